"""newcomer12 F7, F9, F10 (harden19), through the installed command: `backcare ask < file` says
how to read questions from standard input; a page's import notes never promise "shown once" and
then show again; an ASCII stream writes a currency sign as its code, never '?'."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.output.ascii import to_ascii
from tests.conftest import PackWriter, run_backcare

PAGE = Path(__file__).parent / "importers" / "messy_wordpress.html"


def test_ask_with_questions_redirected_in_but_no_dash_says_how_to_read_them(
    tmp_path: Path,
) -> None:
    done = run_backcare("ask", home=tmp_path, stdin=b"stiff back\nheat or ice\n")
    assert done.returncode == 2
    [line] = done.stderr.decode().splitlines()
    assert "missing argument" in line and "'backcare ask -'" in line and "--help" in line
    as_json = run_backcare("ask", "--json", home=tmp_path, stdin=b"stiff back\n")
    assert as_json.returncode == 2
    assert "'backcare ask --json -'" in json.loads(as_json.stdout)["error"]  # options kept
    # with the dash, the questions are read as the message says
    read = run_backcare("ask", "--json", "-", home=tmp_path, stdin=b"stiff back\n")
    assert read.returncode in (0, 1) and len(read.stdout.splitlines()) == 1


def test_the_stdin_hint_is_not_given_for_a_missing_question_of_other_kinds(
    tmp_path: Path,
) -> None:
    done = run_backcare("show", home=tmp_path, stdin=b"x\n")
    assert done.returncode == 2 and b"ask -" not in done.stderr


def _notes(done_stderr: str) -> list[str]:
    return [line for line in done_stderr.splitlines() if line.startswith("note: ")]


def test_import_notes_say_every_ask_when_a_file_in_the_cache_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a read-only cache: its directory is there, a file in it cannot be made (EROFS)
    import backcare.store.files

    def refuse(*_: object, **__: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache" / "notes").mkdir(parents=True, mode=0o755)
    monkeypatch.setattr(backcare.store.files, "write_atomic", refuse)
    runner = CliRunner()
    for _ in range(2):
        shown = runner.invoke(app, ["ask", "--faq", str(PAGE), "stiff back"])
        assert "shown once" not in shown.stderr
        assert "shown on every ask" in _notes(shown.stderr)[-1]


def test_a_read_only_home_never_promises_once_and_shows_again(tmp_path: Path) -> None:
    # newcomer12 F9: chmod 555 on HOME. As root the cache is written anyway (the notes are then
    # shown once, truly); as another user it cannot be, and the notes say so each time
    home = tmp_path / "home"
    home.mkdir()
    page = home / "faq.html"
    shutil.copy(PAGE, page)
    home.chmod(0o555)
    try:
        runs = [
            run_backcare("--faq", str(page), "ask", "stiff back", home=home).stderr.decode()
            for _ in range(2)
        ]
    finally:
        home.chmod(0o755)
    first, second = (_notes(run) for run in runs)
    assert first
    if "shown once" in first[-1]:
        assert not second
    else:
        assert "shown on every ask" in first[-1] and "shown on every ask" in second[-1]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("claim up to \u00a3150", "claim up to GBP 150"),
        ("(\u00a3150)", "(GBP 150)"),
        ("\u00a3 150", "GBP 150"),
        ("150\u20ac a month", "150 EUR a month"),
        ("\u20ac5\u2013\u00a36", "EUR 5-GBP 6"),
        ("\u20b9500", "INR 500"),
        ("37\u00b0C", "37 deg C"),
        ("\u00bd hour", "1/2 hour"),
        ("5\u00b5g", "5ug"),
        ("\u00b1 2", "+/- 2"),
    ],
)
def test_currency_and_common_signs_become_ascii_words_not_question_marks(
    text: str, shown: str
) -> None:
    assert to_ascii(text) == shown
    assert "?" not in to_ascii(text, "latin-1")  # "£", "°", "½" are Latin-1: kept as they are


def test_signs_keep_their_meaning_in_panels_too() -> None:
    from backcare.output.ascii import CELL_ERRORS, register

    register()
    assert "\u00bd of \u00a3150".encode("ascii", CELL_ERRORS) == b"1/2 of GBP 150"


def test_show_on_an_ascii_stream_prints_the_currency_code(
    tmp_path: Path, write_pack: PackWriter
) -> None:
    entry = {
        "id": "home-desk",
        "question": "Does the company help with my home set-up?",
        "answer": "Yes: claim up to \u00a3150 for a chair or desk.",
    }
    path = write_pack({"title": "OH", "entries": [entry]})
    done = run_backcare("--faq", str(path), "show", "home-desk", home=tmp_path,
                        PYTHONIOENCODING="ascii")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert b"claim up to GBP 150 for a chair" in done.stdout and b"?150" not in done.stdout
