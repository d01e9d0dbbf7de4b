"""ux33: a physiotherapist keeping her practice's pack over two versions. F5: `validate NEW
--against OLD` follows an entry gone to where its questions go (merged into another, or renamed
and reworded), and a labelled question's `expect` may name an alias. F8: `validate --questions`
reads a spreadsheet's CSV or TSV export with a header row."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import PYTHON_M, run_backcare

PARKING = {
    "id": "parking",
    "question": "Is there parking at the clinic?",
    "answer": "Yes, there are six spaces behind the building, free for patients.",
    "topic": "visiting",
}
BLUE_BADGE = {
    "id": "disabled-parking",
    "question": "Do you have disabled parking?",
    "answer": "Two of our spaces are for blue badge holders, next to the ramp.",
    "topic": "visiting",
    "aliases": ["Is there a blue badge space?"],
}
HOURS = {
    "id": "opening-hours",
    "question": "What are your opening hours?",
    "answer": "Monday to Friday 8 to 6, Saturday 9 to 12.",
    "topic": "visiting",
}
HEAT = {
    "id": "heat-or-ice",
    "question": "Should I use heat or ice on my back?",
    "answer": "For a new strain, ice for the first two days, then heat.",
    "topic": "self-care",
}
STRETCHES = {
    "id": "sciatica-stretch",
    "question": "Which stretches help sciatica?",
    "answer": "Try the knee-to-chest stretch and the piriformis stretch once or twice a day.",
    "topic": "exercises",
}
ACUPUNCTURE = {
    "id": "acupuncture",
    "question": "Do you offer acupuncture?",
    "answer": "Not at the moment; ask us about other treatments.",
    "topic": "treatments",
}


def _pack(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"title": "Riverside Physio FAQ", "entries": [dict(e) for e in entries]}


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _versions(tmp_path: Path) -> tuple[Path, Path]:
    """The old pack, and the new one: disabled parking merged into parking (its question now an
    alias there), the sciatica entry renamed AND reworded, acupuncture gone for good."""
    old = _write(
        tmp_path / "clinic-old.json",
        _pack(PARKING, BLUE_BADGE, HOURS, HEAT, STRETCHES, ACUPUNCTURE),
    )
    parking = {
        **PARKING,
        "question": "Where can I park when I visit?",
        "answer": "Six free spaces behind the building; two are for blue badge holders.",
        "aliases": ["Do you have disabled parking?", "Is there a blue badge space?"],
    }
    exercises = {
        **STRETCHES,
        "id": "sciatica-exercises",
        "question": "What exercises help with sciatica?",
        "answer": STRETCHES["answer"] + " Walk a little every day too.",
    }
    new = _write(tmp_path / "clinic.json", _pack(parking, HOURS, HEAT, exercises))
    return new, old


def _diff(new: Path, old: Path, *more: str) -> Any:
    return CliRunner().invoke(app, ["validate", str(new), "--against", str(old), *more])


# ---- F5: where a gone entry's questions go -----------------------------------------------------


def test_a_merged_entry_is_said_with_the_entry_it_went_into(tmp_path: Path) -> None:
    new, old = _versions(tmp_path)
    done = _diff(new, old)
    assert done.exit_code == 1, done.stderr  # something changed: as before
    lines = done.stdout.splitlines()
    assert (
        "merged\tdisabled-parking\tinto parking (its question or an alias is there now): "
        "Do you have disabled parking?"
    ) in lines
    assert not any(line.startswith("removed\tdisabled-parking") for line in lines)
    assert "removed\tacupuncture\tDo you offer acupuncture?" in lines  # its questions go nowhere
    assert lines[-1].endswith("1 removed, 1 renamed, 1 merged, 2 question, 2 answer, 1 aliases")


def test_the_json_diff_gives_into_and_found_by(tmp_path: Path) -> None:
    new, old = _versions(tmp_path)
    done = _diff(new, old, "--json")
    assert done.exit_code == 1, done.stderr
    report = json.loads(done.stdout)
    merged = [c for c in report["changes"] if c["kind"] == "merged"]
    assert merged == [
        {
            "kind": "merged",
            "id": "disabled-parking",
            "into": "parking",
            "question": "Do you have disabled parking?",
            "found_by": "aliases",
        }
    ]
    renamed = next(c for c in report["changes"] if c["kind"] == "renamed")
    assert renamed["id"] == "sciatica-exercises" and renamed["from"] == "sciatica-stretch"
    assert renamed["found_by"] == "asked"  # reworded: each version answers the other's question
    reworded = {(c["kind"], c["id"]) for c in report["changes"]}
    assert ("question", "sciatica-exercises") in reworded
    assert ("added", "sciatica-exercises") not in reworded
    assert report["summary"]["merged"] == 1 and report["summary"]["removed"] == 1
    assert report["notes"] == []


def test_a_rename_by_its_question_says_so_as_before(tmp_path: Path) -> None:
    old = _write(tmp_path / "old.json", _pack(PARKING, HOURS))
    new = _write(tmp_path / "new.json", _pack({**PARKING, "id": "park"}, HOURS))
    done = _diff(new, old, "--json")
    renamed = json.loads(done.stdout)["changes"]
    assert renamed == [
        {
            "kind": "renamed",
            "id": "park",
            "from": "parking",
            "question": PARKING["question"],
            "found_by": "question",
        }
    ]
    plain = _diff(new, old)
    assert (
        plain.stdout.splitlines()[0]
        == "renamed\tpark\tfrom parking: Is there parking at the clinic?"
    )


def test_two_entries_gone_into_one_new_entry_are_both_merged(tmp_path: Path) -> None:
    old = _write(tmp_path / "old.json", _pack(PARKING, BLUE_BADGE, HOURS))
    both = {
        "id": "getting-here",
        "question": "How do I get to the clinic?",
        "answer": "Park behind the building (two blue badge spaces) or take the 12 bus.",
        "aliases": [PARKING["question"], BLUE_BADGE["question"]],
    }
    new = _write(tmp_path / "new.json", _pack(both, HOURS))
    changes = json.loads(_diff(new, old, "--json").stdout)["changes"]
    kinds = {(c["kind"], c["id"], c.get("into")) for c in changes}
    assert kinds == {
        ("added", "getting-here", None),
        ("merged", "parking", "getting-here"),
        ("merged", "disabled-parking", "getting-here"),
    }


def test_an_old_question_the_new_pack_answers_is_merged_by_asking(tmp_path: Path) -> None:
    # no alias carries the old question: the new pack's answer to it tells where it goes
    old = _write(tmp_path / "old.json", _pack(PARKING, BLUE_BADGE, HOURS))
    parking: dict[str, Any] = {
        **PARKING,
        "answer": "Six spaces behind the building, two for blue badge holders.",
        "tags": ["disabled parking", "blue badge"],
    }
    new = _write(tmp_path / "new.json", _pack(parking, HOURS))
    done = _diff(new, old, "--json")
    merged = [c for c in json.loads(done.stdout)["changes"] if c["kind"] == "merged"]
    assert [(c["id"], c["into"], c["found_by"]) for c in merged] == [
        ("disabled-parking", "parking", "asked")
    ]
    plain = _diff(new, old).stdout
    assert "into parking (the new pack answers its question with it)" in plain


def test_nothing_changed_still_exits_0(tmp_path: Path) -> None:
    new, _ = _versions(tmp_path)
    done = _diff(new, new)
    assert done.exit_code == 0 and done.stdout.startswith("no changes from ")


def test_a_large_diff_asks_within_the_ranking_budget_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare.packs import limits
    from backcare.packs.multi import load_one

    monkeypatch.setattr(limits, "RANKED_WORK", 1)
    monkeypatch.setattr(limits, "MIN_RANKED_ENTRIES", 2)
    new, old = _versions(tmp_path)
    from backcare.packs.packdiff import diff_packs

    report = diff_packs(load_one(str(new), None), load_one(str(old), None))
    assert report.notes and "not asked of the new pack" in report.notes[0]
    # the alias link needs no asking: still found
    assert any(c.kind == "merged" and c.into == "parking" for c in report.changes)


def test_hostile_text_in_a_merged_entry_is_no_escape_sequence(tmp_path: Path) -> None:
    hostile = {**BLUE_BADGE, "question": "Do you have \x1b[2Jdisabled [bold]parking[/bold]?"}
    old = _write(tmp_path / "old.json", _pack(PARKING, hostile))
    parking = {**PARKING, "aliases": [hostile["question"]]}
    new = _write(tmp_path / "new.json", _pack(parking))
    done = _diff(new, old)
    assert done.exit_code == 1
    merged = next(line for line in done.stdout.splitlines() if line.startswith("merged"))
    assert "\x1b" not in merged and "[bold]parking[/bold]" in merged
    shown = json.loads(_diff(new, old, "--json").stdout)["changes"]
    assert shown[0]["question"] == hostile["question"]  # kept verbatim in JSON, as every text


# ---- F5: labels naming an alias; a merged entry's old label ------------------------------------


def _labelled(tmp_path: Path, *lines: dict[str, Any]) -> Path:
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_label_naming_an_alias_names_its_entry(tmp_path: Path) -> None:
    new, _ = _versions(tmp_path)
    questions = _labelled(
        tmp_path,
        {"q": "is there a space for a blue badge", "expect": "Is there a blue badge space?"},
        {"q": "can disabled people park there", "expect": ["do you have  DISABLED parking"]},
        {"q": "heat or ice", "expect": "Is there a blue badge space?"},
    )
    done = CliRunner().invoke(app, ["validate", str(new), "--questions", str(questions), "--json"])
    verdicts = [q["verdict"] for q in json.loads(done.stdout)["questions"]]
    assert verdicts == ["right", "right", "wrong"]  # the alias names `parking`, not heat-or-ice
    assert done.exit_code == 4


def test_a_label_of_a_merged_entry_is_said_with_the_entry_it_went_into(tmp_path: Path) -> None:
    new, old = _versions(tmp_path)
    questions = _labelled(tmp_path, {"q": "blue badge parking", "expect": ["disabled-parking"]})
    args = ["validate", str(new), "--questions", str(questions)]
    done = CliRunner().invoke(app, [*args, "--against", str(old)])
    # ux43 (newcomer29 F4): scored as the entry it went into, no longer an unknown label
    assert done.exit_code == 0
    assert "'disabled-parking' is now entry 'parking', as the older pack shows" in done.stderr
    assert "scored as it" in done.stderr


# ---- F8: a spreadsheet of questions --------------------------------------------------------------


EXCEL = (
    "\ufeffPatient question;Should be answered by;Date\r\n"
    '"Can I park there; is it free?";parking;2026-11-02\r\n'
    '"My back hurts after gardening,\r\nshould I use heat or ice?";heat-or-ice;2026-11-03\r\n'
    "Do you do acupuncture?;none;2026-11-04\r\n"
    "\r\n"
    "What are your opening hours on Saturday;;2026-11-05\r\n"
    "Is there a blue badge space?;Is there a blue badge space?;2026-11-05\r\n"
)


def _questions(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_an_excel_export_is_read_as_its_table(tmp_path: Path) -> None:
    new, _ = _versions(tmp_path)
    path = _questions(tmp_path, "asked.csv", EXCEL)
    done = CliRunner().invoke(app, ["validate", str(new), "--questions", str(path), "--json"])
    assert done.exit_code == 0, done.stderr
    report = json.loads(done.stdout)
    asked = [
        (q["line"], q["question"], q.get("expect"), q.get("verdict")) for q in report["questions"]
    ]
    assert asked == [
        (2, "Can I park there; is it free?", ["parking"], "right"),
        (
            3,
            "My back hurts after gardening,\r\nshould I use heat or ice?",
            ["heat-or-ice"],
            "right",
        ),
        (5, "Do you do acupuncture?", [], "right"),  # "none": the pack has no answer
        (7, "What are your opening hours on Saturday", None, None),  # empty: unlabelled
        (8, "Is there a blue badge space?", ["Is there a blue badge space?"], "right"),
    ]
    assert "Patient question" not in {q["question"] for q in report["questions"]}
    note = next(n for n in report["notes"] if "read as a table" in n)
    assert "separated by semicolons" in note and "'Should be answered by'" in note
    assert "not read: 'Date'" in note


def test_the_plain_report_of_a_table_and_its_note(tmp_path: Path) -> None:
    new, _ = _versions(tmp_path)
    path = _questions(tmp_path, "asked.csv", EXCEL)
    done = run_backcare(
        "validate", str(new), "--questions", str(path), home=tmp_path, text=True, command=PYTHON_M
    )
    assert done.returncode == 0, done.stderr
    header, *lines = done.stdout.splitlines()  # the header names the columns (ux31 F14)
    assert header.endswith("\tverdict")
    assert lines[0].startswith("2\tanswered\tparking\t") and lines[0].endswith("\tright")
    assert "4 labelled: 4 right (100% of 4)" in done.stdout  # ux43: what the share is out of
    assert (
        done.stderr.startswith("note: ")
        and "read as a table separated by semicolons" in done.stderr
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("asked.tsv", "Question\tExpected\nheat or ice?\theat-or-ice\n"),
        ("asked.txt", "question,expected\nheat or ice?,heat-or-ice\n"),  # any name, with a header
        ("asked.csv", 'Patient Query,Answered By\n"heat, or ice?",heat-or-ice\n'),
        ("asked.txt", "Incoming question\tExpected entry\nheat or ice?\theat-or-ice\n"),
    ],
)
def test_a_table_by_its_name_or_its_header(tmp_path: Path, name: str, text: str) -> None:
    new, _ = _versions(tmp_path)
    path = _questions(tmp_path, name, text)
    done = CliRunner().invoke(app, ["validate", str(new), "--questions", str(path), "--json"])
    assert done.exit_code == 0, done.stderr
    (only,) = json.loads(done.stdout)["questions"]
    assert only["line"] == 2 and only["verdict"] == "right"


def test_a_table_on_standard_input(tmp_path: Path) -> None:
    new, _ = _versions(tmp_path)
    done = CliRunner().invoke(
        app,
        ["validate", str(new), "--questions", "-", "--json"],
        input="question;expected\nheat or ice?;heat-or-ice\n",
    )
    assert done.exit_code == 0, done.stderr
    assert [q["verdict"] for q in json.loads(done.stdout)["questions"]] == ["right"]


def test_one_column_keeps_a_question_with_a_comma_whole(tmp_path: Path) -> None:
    new, _ = _versions(tmp_path)
    path = _questions(tmp_path, "asked.txt", "Questions\nmy back hurts, heat or ice?\n")
    done = CliRunner().invoke(app, ["validate", str(new), "--questions", str(path), "--json"])
    (only,) = json.loads(done.stdout)["questions"]
    assert only["question"] == "my back hurts, heat or ice?" and only["line"] == 2


@pytest.mark.parametrize(
    "first",
    [
        "I have a question",
        "My question, please help",
        "Quick question, can I park?",
        "heat or ice",
        '{"q": "question", "expect": ["heat-or-ice"]}',
    ],
)
def test_a_plain_file_stays_one_question_a_line(tmp_path: Path, first: str) -> None:
    new, _ = _versions(tmp_path)
    path = _questions(tmp_path, "asked.txt", f"{first}\nwhen are you open\n")
    done = CliRunner().invoke(app, ["validate", str(new), "--questions", str(path), "--json"])
    assert done.exit_code in (0, 1), done.stderr
    report = json.loads(done.stdout)
    asked = [q["question"] for q in report["questions"]]
    assert asked == [json.loads(first)["q"] if first[0] == "{" else first, "when are you open"]
    assert not any("read as a table" in n for n in report["notes"])


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        (
            "asked.csv",
            "Date;Patient said;Should be answered by\n1;x;y\n",
            "names no question column (found: 'Date', 'Patient said', 'Should be answered by')",
        ),
        ("asked.txt", "Expected,Date\nparking,2026\n", "names no question column"),
        ("asked.csv", "question,query\na,b\n", "names the question column twice"),
        (
            "asked.csv",
            "question,expected\nmy back hurts, heat or ice?,heat-or-ice\n",
            "line 2: 3 cells where the header names 2",
        ),
        (
            "asked.csv",
            'question,expected\n"a",x\n"never closed,x\nb,c\n',
            "line 3: not a table row",
        ),
        ("asked.csv", 'question,expected\n"Hi" she said,x\n', "quote the whole cell"),
        ("asked.csv", "Date\t\x1b]0;evil\x07[red]Notes[/red]\n1\t2\n", "names no question column"),
    ],
)
def test_a_table_that_cannot_be_read_is_one_line(
    tmp_path: Path, name: str, text: str, said: str
) -> None:
    new, _ = _versions(tmp_path)
    path = _questions(tmp_path, name, text)
    done = run_backcare(
        "validate", str(new), "--questions", str(path), home=tmp_path, text=True, command=PYTHON_M
    )
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert said in line and "Traceback" not in line
    assert "\x1b" not in line and "\x07" not in line


def test_rows_with_no_question_are_said(tmp_path: Path) -> None:
    new, _ = _versions(tmp_path)
    path = _questions(
        tmp_path, "asked.csv", "question,expected,notes\n,,called back\nheat or ice,heat-or-ice,\n"
    )
    done = CliRunner().invoke(app, ["validate", str(new), "--questions", str(path)])
    assert done.exit_code == 0, done.stderr
    assert "1 row with no question, skipped: line 2" in done.stderr


def test_a_table_question_is_checked_for_red_flags(tmp_path: Path) -> None:
    new, _ = _versions(tmp_path)
    path = _questions(
        tmp_path, "asked.csv", 'question,expected\n"I can\'t pee, and my bum is numb",none\n'
    )
    done = CliRunner().invoke(app, ["validate", str(new), "--questions", str(path), "--json"])
    (only,) = json.loads(done.stdout)["questions"]
    assert only["red_flags"] and only["verdict"] == "right"
