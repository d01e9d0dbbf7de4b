"""newcomer23 F4 (ux34): the same question in two Markdown pages gave both the same generated id,
and the "ids must be unique" error took down every question of both. An id a page's importer
made is renamed `-2` with a note; ids a person wrote still collide."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.packs.multi import load_packs
from backcare.packs.schema import PackErrors
from backcare.packs.validate import validate_pack
from tests.conftest import PYTHON_M, run_backcare

CLINIC = "# Clinic\n\n## Where do you meet?\n\nAt the hall.\n\n## Is there parking?\n\nYes, behind the hall.\n"
OTHER = "# Conditions\n\n## What is sciatica?\n\nPain along the nerve.\n\n## Is there parking?\n\nOn the street.\n"


def pack_json(entry_id: str) -> str:
    entry = {
        "id": entry_id,
        "question": "Is there parking?",
        "answer": "Ask at the desk.",
        "topic": "Visiting",
    }
    return json.dumps({"title": "Written", "entries": [entry]})


def test_two_pages_asking_the_same_question_are_searched_together(tmp_path: Path) -> None:
    (tmp_path / "clinic.md").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER, encoding="utf-8")
    notes: list[str] = []
    pack = load_packs([tmp_path / "clinic.md", tmp_path / "other.md"], notes)
    assert pack.by_id["there-parking"].answer == "Yes, behind the hall."
    assert pack.by_id["there-parking-2"].answer == "On the street."
    [note] = [n for n in notes if "gets the id" in n]
    assert note.startswith(
        f"{tmp_path / 'other.md'}: question 'Is there parking?' gets the id 'there-parking'"
    )
    assert "named 'there-parking-2' here" in note and "reword its heading" in note


@pytest.mark.parametrize("json_first", [True, False])
def test_a_page_id_that_a_written_id_uses_is_the_one_renamed(
    tmp_path: Path, json_first: bool
) -> None:
    (tmp_path / "clinic.md").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "written.json").write_text(pack_json("there-parking"), encoding="utf-8")
    names = [tmp_path / "written.json", tmp_path / "clinic.md"]
    pack = load_packs(names if json_first else names[::-1], [])
    assert pack.by_id["there-parking"].answer == "Ask at the desk."  # the person's id stays
    assert pack.by_id["there-parking-2"].answer == "Yes, behind the hall."


def test_ids_written_by_a_person_still_collide(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(pack_json("parking"), encoding="utf-8")
    (tmp_path / "b.json").write_text(pack_json("parking"), encoding="utf-8")
    with pytest.raises(PackErrors, match="ids must be unique"):
        load_packs([tmp_path / "a.json", tmp_path / "b.json"])


def test_validate_warns_instead_of_failing(tmp_path: Path) -> None:
    (tmp_path / "clinic.md").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER, encoding="utf-8")
    report = validate_pack([tmp_path / "clinic.md", tmp_path / "other.md"])
    assert report.error_count == 0 and report.status == "warnings"
    assert any("named 'there-parking-2' here" in note for note in report.import_warnings)


def test_ask_with_two_pages_answers_and_says_why_an_id_changed(tmp_path: Path) -> None:
    (tmp_path / "clinic.md").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER, encoding="utf-8")
    done = run_backcare(  # this checkout's backcare: `python -m` from the repository
        "--faq",
        str(tmp_path / "clinic.md"),
        "--faq",
        str(tmp_path / "other.md"),
        "ask",
        "where do you meet",
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "At the hall."
    assert "named 'there-parking-2' here" in done.stderr
