"""hostile15's findings on the CLI's doors: words put where a file goes are read for red flags
first (F3), and root options keep their meaning wherever a command option comes first (F5)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import REPO, installed_command

EMERGENCY = "EMERGENCY - get help now:"
PACK = str(REPO / "data" / "faq.json")


@pytest.mark.parametrize(
    "args",
    [
        ["import", "i cant pee and my bum is numb"],
        ["import", "i want to kill myself", "-o", "out.json"],
        ["validate", PACK, "--questions", "i want to kill myself"],
        ["validate", PACK, "--against", "i cant pee and my bum is numb"],
        ["validate", "i cant pee and my bum is numb", "--against", PACK],
    ],
)
def test_words_where_a_file_goes_get_their_notice_before_the_error(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 3
    assert done.stdout.startswith(EMERGENCY)
    assert "no such file" in done.stderr
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize(
    "args",
    [["import", "nosuch.html"], ["validate", PACK, "--questions", "nosuch.txt"]],
)
def test_a_missing_file_alone_is_only_its_error(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 2
    assert done.stdout == "" and "no such file" in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--json", "--faq", PACK, "validate"],
        ["--json", f"--faq={PACK}", "config"],
        ["--plain", "--faq", PACK, "--color", "never", "config"],
        ["--json", "--faq", PACK, "topics"],
    ],
)
def test_root_options_after_a_command_option_keep_their_meaning(args: list[str]) -> None:
    # through the installed command: argv is read as typed (cli.entry), before Typer sees it
    done = subprocess.run(
        [*installed_command(), *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    if "--json" in args:
        shown = json.loads(done.stdout)
        if "config" in args:
            assert PACK in json.dumps(shown["settings"])
