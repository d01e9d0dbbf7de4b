"""Clinic packs through the command line: several packs, Markdown/HTML as --faq, contact lines,
entry details, review dates, and real questions checked against a pack."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import PackWriter

CLINIC = {
    "title": "Riverside Physio FAQ",
    "source": "Riverside Physiotherapy",
    "contact": "Riverside reception: 01234 567890",
    "entries": [
        {
            "id": "parking",
            "question": "Where can I park at the clinic?",
            "answer": "Use the car park behind the building.",
            "topic": "visiting",
            "source_url": "https://riverside.example/faq#parking",
            "reviewed": "2020-01-01",
        }
    ],
}


def run(runner: CliRunner, *args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, list(args), env=env)


def test_several_packs_are_searched_together_and_say_where_answers_come_from(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    clinic = str(write_pack(CLINIC, "clinic.json"))
    both = ["--faq", "bundled", "--faq", clinic]
    parked = json.loads(run(runner, "ask", "--json", *both, "where do I park").stdout)
    assert parked["match"]["id"] == "parking" and parked["match"]["pack"] == clinic
    stiff = json.loads(run(runner, "ask", "--json", *both, "stiff back after sitting").stdout)
    assert stiff["match"]["pack"] == "bundled"
    env = {"BACKCARE_FAQ": f"bundled:{clinic}"}
    assert (
        json.loads(run(runner, "ask", "--json", "park", env=env).stdout)["match"]["pack"] == clinic
    )


def test_show_prints_page_review_date_source_and_contact(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    shown = run(runner, "show", "--faq", str(write_pack(CLINIC)), "parking").stdout
    assert "Page: https://riverside.example/faq#parking" in shown
    assert "Reviewed: 2020-01-01" in shown
    assert "Source: Riverside Physio FAQ - Riverside Physiotherapy" in shown
    assert "Contact: Riverside reception: 01234 567890" in shown


def test_no_answer_message_gives_the_clinic_contact(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    result = run(runner, "ask", "--faq", str(write_pack(CLINIC)), "how do I make pancakes")
    assert result.exit_code == 1
    assert "Contact: Riverside reception: 01234 567890" in result.stderr


def test_markdown_faq_works_directly_as_a_pack(runner: CliRunner, tmp_path: Path) -> None:
    faq = tmp_path / "faq.md"
    faq.write_text("# Clinic\n\n## Do you open on Saturdays?\n\nYes, 9 to 12.\n", encoding="utf-8")
    result = run(runner, "ask", "--faq", str(faq), "open on saturday")
    assert result.exit_code == 0 and result.stdout == "Yes, 9 to 12.\n"


def test_review_age_is_a_flag(runner: CliRunner, write_pack: PackWriter) -> None:
    path = str(write_pack(CLINIC))
    stale = json.loads(run(runner, "validate", "--json", path).stdout)
    assert any("reviewed" in w["message"] for w in stale["warnings"])
    fresh = json.loads(run(runner, "validate", "--json", "--stale-after", "100000", path).stdout)
    assert not any("reviewed" in w["message"] for w in fresh["warnings"])
    assert run(runner, "validate", "--stale-after", "-1", path).exit_code == 2


def test_questions_file_reports_each_question(
    runner: CliRunner, write_pack: PackWriter, tmp_path: Path
) -> None:
    questions = tmp_path / "patients.txt"
    questions.write_text("where do I park\n\nhow do I make pancakes\nI wet myself\n", "utf-8")
    path = str(write_pack(CLINIC))
    result = run(runner, "validate", "--json", path, "--questions", str(questions))
    data = json.loads(result.stdout)
    assert result.exit_code == 1
    assert data["summary"]["questions"] == 3 and data["summary"]["answered"] == 1
    assert data["questions"][2]["red_flags"][0]["urgency"] == "emergency"
    plain = run(runner, "validate", path, "--questions", str(questions)).stdout
    assert plain.splitlines()[0].startswith("line\tanswered?\t")  # the columns named (ux31 F14)
    assert plain.splitlines()[1].startswith("1\tanswered\tparking\t")
    missing = run(runner, "validate", path, "--questions", str(tmp_path / "none.txt"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_import_notes_of_a_page_pack_are_shown_once_per_content(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    page = tmp_path / "faq.html"
    shutil.copy(Path(__file__).parent / "importers" / "messy_wordpress.html", page)
    first = runner.invoke(app, ["ask", "--faq", str(page), "stiff back"])
    notes = [line for line in first.stderr.splitlines() if line.startswith("note: ")]
    # only the notes of content that may be lost: routine ones (page furniture) are the author's,
    # told by validate and import (newcomer26 F9)
    # one line (ux31 F15), naming where they are listed
    [line] = notes
    assert "shown once" in line and f"backcare validate {page}" in line
    assert not any("cookie" in line.lower() or "navigation" in line.lower() for line in notes)
    again = runner.invoke(app, ["ask", "--faq", str(page), "opening hours"])
    assert "note: " not in again.stderr
    page.write_text(page.read_text(encoding="utf-8") + "<p>changed</p>", encoding="utf-8")
    changed = runner.invoke(app, ["ask", "--faq", str(page), "stiff back"])
    assert "note: " in changed.stderr  # another version of the file: its notes once more


def test_import_notes_are_shown_every_time_when_the_cache_cannot_be_written(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(blocker))
    page = Path(__file__).parent / "importers" / "messy_wordpress.html"
    for _ in range(2):
        shown = runner.invoke(app, ["ask", "--faq", str(page), "stiff back"])
        assert "note: " in shown.stderr
        # newcomer11: no "shown once" promise the cache cannot keep; the way out is named
        assert "shown once" not in shown.stderr
        assert "shown on every ask" in shown.stderr and "-o pack.json" in shown.stderr


@pytest.mark.parametrize(
    "args",
    [["ask", "stiff back"], ["topics", "visiting"], ["show", "parking"], ["show", "i cant pee"]],
)
def test_a_pack_that_fails_with_an_os_error_is_one_error_line_in_every_command(
    runner: CliRunner, write_pack: PackWriter, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """An OSError while a pack (or its index cache) is opened is reported the same way by `ask`,
    `topics` and `show` (context.pack_failure; each command wrote the conversion out), after any
    notice the words raise."""
    from backcare.cli import context

    def fail(*args: object) -> None:
        raise PermissionError(13, "Permission denied", "/cache/index.db")

    monkeypatch.setattr(context, "_open", fail)
    clinic = str(write_pack(CLINIC, "clinic.json"))
    result = run(runner, *args, "--faq", clinic)
    line = "backcare: /cache/index.db: cannot open the FAQ pack (Permission denied)\n"
    assert result.stderr.endswith(line), result.stderr
    assert result.exit_code == (3 if "pee" in args[-1] else 2)
