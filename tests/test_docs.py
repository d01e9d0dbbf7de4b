"""The README and the docs pages it sends readers to tell the truth: its two set-up commands,
every command, exit codes, JSON output, and CI (ux41: the README's details moved to docs/)."""

from __future__ import annotations

import os
import re

from backcare.cli.status import Exit
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
# where the README's details went (ux41): each command in full, and what scripts read
COMMANDS_PAGE = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")
SCRIPTING = (REPO / "docs" / "scripting.md").read_text(encoding="utf-8")
# the pages the README links as "where to go next", each for its readers
README_PAGES = ("commands", "scripting", "packs", "setup", "red-flags", "figures", "design")


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
        heading = (f"### `backcare {command}", f"### `backcare [{command}]")
        assert any(h in COMMANDS_PAGE for h in heading), command


def test_every_exit_code_is_documented() -> None:
    short = README.split("**Exit codes**", 1)[1].split("\n\n", 2)[1]  # the README's summary
    full = SCRIPTING.split("## Exit codes", 1)[1].split("##", 1)[0]
    for code in Exit:
        assert f"| {int(code)} |" in short, code
        assert f"| {int(code)} |" in full, code


def test_the_readme_is_short_and_sends_readers_to_each_page() -> None:
    """newcomer26 F17: 1,800 lines buried what a newcomer needs; the details are in docs/."""
    assert len(README.splitlines()) < 250
    for page in README_PAGES:
        assert f"](docs/{page}.md)" in README, page
        assert (REPO / "docs" / f"{page}.md").is_file(), page


def test_links_between_the_readme_and_its_pages_land_on_a_heading() -> None:
    """A section moved to another page takes its anchor along: every link to a heading of the
    README or of its pages names a heading that is there."""

    def anchors(text: str) -> set[str]:
        headings = re.findall(r"^#{1,6} (.*)$", text, flags=re.M)
        slugs = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}
        return slugs | set(re.findall(r'<a id="([^"]+)">', text))

    files = [REPO / "README.md", *(REPO / "docs" / f"{p}.md" for p in README_PAGES)]
    for file in files:
        prose = re.sub(r"```.*?```", "", file.read_text(encoding="utf-8"), flags=re.S)
        for target in re.findall(r"\]\(([^)\s#]*\.md)?#([^)\s]+)\)", prose):
            page, anchor = target
            linked = (file.parent / page).resolve() if page else file
            assert anchor in anchors(linked.read_text(encoding="utf-8")), (file.name, target)


def test_documented_json_keys_match_the_output() -> None:
    from backcare.engine.answer import Engine
    from backcare.packs.load import load_pack

    keys = set(Engine(load_pack()).ask("stiff back after sitting").to_dict())
    for key in keys:
        assert f'"{key}"' in SCRIPTING, key


def test_the_json_example_is_a_real_run() -> None:
    """The `ask --json` example in docs/scripting.md, as `backcare ask --json QUERY` prints it, except
    what the page shortens with '...' (the answer, aliases and tags)."""
    import json
    import subprocess

    from tests.conftest import installed_command

    section = SCRIPTING.split("## JSON output", 1)[1]
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
