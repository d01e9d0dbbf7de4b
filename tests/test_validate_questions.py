"""`validate --questions`: real questions run against a pack, reported as data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.answer import Engine
from backcare.errors import PackError, QueryError
from backcare.packs import limits
from backcare.packs.questions import check_questions, parse_questions, read_questions

QUESTIONS = """stiff back after sitting

how do I make pancakes
   numbness in my groin and I cannot pee
back pain that wakes me up at night, what helps
"""


def test_each_question_gets_its_outcome_and_line(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "questions.txt"
    path.write_text(QUESTIONS, encoding="utf-8")
    report = check_questions(engine, read_questions(path))
    by_line = {r.line: r for r in report.results}
    assert sorted(by_line) == [1, 3, 4, 5]  # blank line 2 skipped, numbering kept
    stiff = by_line[1]
    assert stiff.answered and stiff.entry_id == "back-get-stiff-sit" and stiff.score >= 50
    assert not stiff.red_flags
    pancakes = by_line[3]
    assert not pancakes.answered and pancakes.score < 25  # closest, if any, is far off
    groin = by_line[4]
    assert groin.question == "numbness in my groin and I cannot pee"
    assert not groin.answered and groin.entry_id is not None and 0 < groin.score < 50
    assert ("cauda-equina-bladder", "emergency") in groin.red_flags
    # answered and flagged at once ("back pain with fever" was, until fever became a topic no
    # entry mentions: the FAQ has no answer for it, so it now gets none, flag kept)
    night = by_line[5]
    assert night.answered and night.red_flags[0][0] == "night-pain"


def test_summary_counts_and_shares(engine: Engine) -> None:
    report = check_questions(engine, parse_questions(QUESTIONS, "q"))
    assert report.summary() == {
        "questions": 4,
        "answered": 2,
        "unanswered": 2,
        "red_flagged": 2,
        "answered_share": 0.5,
        "unanswered_share": 0.5,
        "red_flagged_share": 0.5,
    }
    assert [r.line for r in report.unanswered] == [3, 4]
    assert [r.line for r in report.flagged] == [4, 5]


def test_report_is_json_with_match_or_closest(engine: Engine) -> None:
    data = json.loads(
        json.dumps(check_questions(engine, parse_questions(QUESTIONS, "q")).to_dict())
    )
    assert data["pack"] == "bundled FAQ"
    first, _, groin, _ = data["questions"]
    assert first["match"]["id"] == "back-get-stiff-sit" and first["closest"] is None
    assert groin["match"] is None and groin["closest"]["score"] < 50
    assert {"id": "cauda-equina-bladder", "urgency": "emergency"} in groin["red_flags"]


def test_plain_strings_are_numbered_and_an_empty_file_reports_zero(engine: Engine) -> None:
    report = check_questions(engine, ["stiff back after sitting", "  ", "sciatica?"])
    assert [r.line for r in report.results] == [1, 3]
    empty = check_questions(engine, [])
    assert empty.summary()["questions"] == 0 and empty.summary()["answered_share"] == 0.0


def test_bad_bytes_are_replaced_and_limits_hold(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_bytes(b"stiff back \x81 after sitting\n")  # no Windows-1252 character either
    ((line, question, expect),) = read_questions(path)
    assert line == 1 and expect is None and "\ufffd" in question
    with pytest.raises(QueryError, match="the limit is"):
        parse_questions("q?\n" * (limits.MAX_QUESTIONS_LINES + 1), "q.txt")
    with pytest.raises(PackError, match="no such file"):
        read_questions(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    "line",
    [
        '{"q": "where do I park", "id": "park-clinic"}',
        '{"q": "where do I park", "expected": ["park-clinic"]}',
        '{"q": "where do I park", "answer": "park-clinic", "kind": "lay"}',
        '{"q": "where do I park", "Expect": []}',
    ],
)
def test_a_mistyped_label_key_is_an_error_naming_it(line: str) -> None:
    # read as "expects no answer" it made every such line wrong and blamed the pack
    with pytest.raises(QueryError, match=r'line 1: no "expect" but'):
        parse_questions(line, "labels.jsonl")


def test_a_line_without_expect_and_no_other_key_still_expects_no_answer() -> None:
    text = '{"q": "how do I fix a door hinge"}\n{"q": "sore throat", "kind": "ood"}'
    assert parse_questions(text, "labels.jsonl") == [
        (1, "how do I fix a door hinge", ()),
        (2, "sore throat", ()),
    ]
