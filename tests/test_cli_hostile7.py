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


@pytest.mark.parametrize("fast", [True, False])
def test_validate_questions_lists_a_page_s_import_notes_every_time_and_in_json(
    tmp_path: Path, fast: bool
) -> None:
    (tmp_path / "w.md").write_text("# FAQ\n\nWelcome!\n\n## Can I park?\n\nYes.\n")
    (tmp_path / "q.txt").write_text("can i park\n")
    for _ in range(2):  # shown once per version of the file, as `ask` does, they were lost
        done = run("validate", "w.md", "--questions", "q.txt", cwd=tmp_path, fast=fast)
        assert (
            "note: w.md: line 3: skipped text before the first question: 'Welcome!'" in done.stderr
        )
    done = run("validate", "w.md", "--questions", "q.txt", "--json", cwd=tmp_path, fast=fast)
    assert json.loads(done.stdout)["notes"] == [
        "w.md: line 3: skipped text before the first question: 'Welcome!'"
    ]


def test_validate_takes_the_pack_named_by_faq_before_it(tmp_path: Path) -> None:
    (tmp_path / "q.txt").write_text("stiff back after sitting\n")
    done = run("--faq", "bundled", "validate", "--questions", "q.txt", "--json", cwd=tmp_path)
    assert done.returncode == 0, done
    assert json.loads(done.stdout)["summary"]["answered"] == 1
    missing = run("validate", "--questions", "q.txt", cwd=tmp_path)
    assert missing.returncode == 2 and "--faq PACK before 'validate'" in missing.stderr


@pytest.mark.parametrize("fast", [True, False])
def test_validate_dot_slash_bundled_checks_the_file(tmp_path: Path, fast: bool) -> None:
    (tmp_path / "bundled").write_text(
        json.dumps({"title": "X", "entries": [{"id": "a", "question": "Q?", "answer": "A."}]})
    )
    done = run("validate", "./bundled", "--json", cwd=tmp_path, fast=fast)
    assert json.loads(done.stdout)["entries"] == 1, done
