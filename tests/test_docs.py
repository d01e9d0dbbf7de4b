"""The README tells the truth: its two set-up commands, every command, exit codes, and CI."""

from __future__ import annotations

import os
import re

from backcare.cli.status import Exit
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def code_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, flags=re.S)


def test_top_of_readme_has_exactly_two_one_line_commands() -> None:
    top = README.split("\n---\n", 1)[0]
    blocks = code_blocks(top)
    assert len(blocks) == 2
    install, test = (b.strip() for b in blocks)
    assert "\n" not in install and "\n" not in test
    assert (
        install.endswith('backcare ask "stiff back after sitting"') and "pip install ." in install
    )
    assert test.endswith("pytest") and "'.[test]'" in test


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    marker = README.index("<!-- test-command")
    after = README[marker:].splitlines()
    assert after[1] == "```sh" and "pytest" in after[2]
    assert "test-command" in ci and "ruff check" in ci and "mypy" in ci


def test_every_command_is_documented() -> None:
    from backcare.cli.options import COMMANDS

    for command in COMMANDS:  # the list the app is checked against (tests/test_grammar.py)
        assert f"### `backcare {command}" in README or f"### `backcare [{command}]" in README


def test_every_exit_code_is_documented() -> None:
    table = README.split("## Exit codes", 1)[1].split("##", 1)[0]
    for code in Exit:
        assert f"| {int(code)} |" in table, code


def test_documented_json_keys_match_the_output() -> None:
    from backcare.engine.answer import Engine
    from backcare.packs.load import load_pack

    keys = set(Engine(load_pack()).ask("stiff back after sitting").to_dict())
    for key in keys:
        assert f'"{key}"' in README, key


def test_the_json_example_is_a_real_run() -> None:
    """The `ask --json` example in the README, as `backcare ask --json QUERY` prints it, except
    what the README shortens with '...' (the answer, aliases and tags)."""
    import json
    import subprocess

    from tests.conftest import installed_command

    section = README.split("## JSON output", 1)[1]
    example = re.search(r"```json\n(.*?)```", section, flags=re.S)
    assert example is not None
    shown = json.loads(example.group(1))
    done = subprocess.run(
        [*installed_command(), "ask", "--json", shown["query"]],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "BACKCARE_CONFIG": os.devnull},
        check=False,
    )
    real = json.loads(done.stdout)
    assert real["results"] == shown["results"]
    assert real["red_flags"] == shown["red_flags"]
    assert list(real) == list(shown)  # every key, in order
    [pack], [real_pack] = shown["packs"], real["packs"]
    assert real_pack["name"] == pack["name"]
    assert real_pack["sha256"].startswith(pack["sha256"].rstrip("."))
    for key, value in shown["match"].items():
        if value == ["..."] or (isinstance(value, str) and value.endswith("...")):
            assert str(real["match"][key]).startswith(str(value).rstrip(".").rstrip()) or (
                value == ["..."] and real["match"][key]
            ), key
        else:
            assert real["match"][key] == value, key
