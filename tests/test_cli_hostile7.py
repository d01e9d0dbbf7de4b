"""hostile7 and newcomer7's findings at the command line, run on the installed command (both the
fast path and Typer's route): suggestions safe to paste, questions made only of invisible
characters, `validate` with words that are no files, `--faq ./bundled`."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.conftest import installed_command

BACKCARE = installed_command()


def run(
    *args: str, stdin: bytes = b"", cwd: Path | None = None, fast: bool = True
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if not fast:
        env["BACKCARE_NO_FAST_PATH"] = "1"
    return subprocess.run(
        [*BACKCARE, *args],
        input=stdin.decode(),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
        check=False,
    )


def suggested(stderr: str) -> list[str]:
    """The words of the command a usage error suggests, as a POSIX shell would split them."""
    command = re.search(r"backcare ask (.*?)\)?; see 'backcare", stderr)
    assert command is not None, stderr
    return ["ask", *shlex.split(command.group(1))]


def test_a_show_usage_error_suggests_a_command_safe_to_paste() -> None:
    done = run("show", "is it ok; rm -rf ~", "or $(reboot)")
    assert done.returncode == 2
    assert suggested(done.stderr) == ["ask", "show", "is it ok; rm -rf ~", "or $(reboot)"]


def test_a_near_command_suggests_a_command_safe_to_paste() -> None:
    done = run("show;", "x")
    assert done.returncode == 2
    assert suggested(done.stderr) == ["ask", "show;", "x"]


@pytest.mark.parametrize("fast", [True, False])
def test_validate_with_words_that_are_no_files_shows_the_notice_first(fast: bool) -> None:
    done = run("validate", "i", "cant", "pee", fast=fast)
    assert done.returncode == 3, done
    assert "EMERGENCY" in done.stdout.upper()
    assert "i: no such file" in done.stderr


def test_validate_with_a_missing_file_and_no_red_flag_is_still_an_error() -> None:
    done = run("validate", "no-such-pack.json")
    assert done.returncode == 2 and done.stdout == ""


@pytest.mark.parametrize("where", [("--faq", "./bundled", "ask"), ("ask", "--faq", "./bundled")])
def test_faq_dot_slash_bundled_is_the_file_not_the_bundled_pack(
    tmp_path: Path, where: tuple[str, ...]
) -> None:
    pack = {
        "title": "X",
        "entries": [
            {"id": "parking", "question": "Is there parking?", "answer": "Yes, behind the clinic."}
        ],
    }
    (tmp_path / "bundled").write_text(json.dumps(pack))
    done = run(*where, "--json", "parking", cwd=tmp_path)
    assert json.loads(done.stdout)["match"]["id"] == "parking", done
    bundled = run("--faq", "bundled", "ask", "--json", "parking", cwd=tmp_path)
    assert json.loads(bundled.stdout)["match"] is None
