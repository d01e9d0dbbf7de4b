"""newcomer19's validate findings. F3: two entries with the same answer (word for word, case,
punctuation and layout aside; six words or more) get a `same-answer` warning, exit 1, as the other
warnings do. F8: packs checked together judge `no-topic` file by file, as `validate FILE` does."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.packs.validate import KINDS, validate_pack
from tests.conftest import PackWriter

REFERRAL = (
    "No. You can book directly with us. If you are claiming on health insurance, your insurer "
    "may ask for a GP referral first."
)


def _pack(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"title": "Clinic", "entries": list(entries)}


def _kinds(report: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for warning in report.warnings:
        found.setdefault(warning.kind, []).append(warning.entry_id)
    return found


def test_two_entries_with_one_answer_are_warned_of(write_pack: PackWriter) -> None:
    path = write_pack(
        _pack(
            {"id": "gp-referral", "question": "Do I need a GP referral?", "answer": REFERRAL},
            {"id": "parking", "question": "Is there parking?", "answer": "Two spaces at the back."},
            # the same words, another layout and case: near-identical is the same answer
            {
                "id": "referral-from-gp",
                "question": "Do I need a referral from my doctor?",
                "answer": REFERRAL.upper().replace(". ", ".\n\n"),
            },
        )
    )
    report = validate_pack(path)
    assert _kinds(report).get("same-answer") == ["referral-from-gp"]
    said = next(w for w in report.warnings if w.kind == "same-answer")
    assert "'gp-referral'" in said.message and "alias" in said.message
    assert report.status == "warnings" and "same-answer" in KINDS
    done = CliRunner().invoke(app, ["validate", str(path), "--json"])
    assert done.exit_code == 1
    assert any(w["kind"] == "same-answer" for w in json.loads(done.stdout)["warnings"])


def test_short_answers_said_twice_and_different_answers_are_not_warned_of(
    write_pack: PackWriter,
) -> None:
    path = write_pack(
        _pack(
            {"id": "cards", "question": "Do you take cards?", "answer": "Yes."},
            {"id": "parking", "question": "Is there parking?", "answer": "Yes."},
            {"id": "gp", "question": "Do I need a GP referral?", "answer": REFERRAL},
            {
                "id": "insurer",
                "question": "Will my insurer need a referral?",
                "answer": REFERRAL.replace("may ask", "will ask"),
            },
        )
    )
    assert "same-answer" not in _kinds(validate_pack(path))


def test_no_topic_is_judged_by_each_file_when_packs_are_checked_together(
    write_pack: PackWriter,
) -> None:
    with_topics = write_pack(
        _pack(
            {"id": "park", "question": "Can I park?", "answer": "Yes, behind.", "topic": "Visit"},
            {"id": "pay", "question": "How do I pay?", "answer": "By card.", "topic": "Fees"},
        ),
        "clinic.json",
    )
    without = write_pack(
        _pack(
            {"id": "open", "question": "When are you open?", "answer": "Every weekday."},
            {"id": "lift", "question": "Is there a lift?", "answer": "No, one step."},
        ),
        "other.json",
    )
    alone = validate_pack(without)
    assert "no-topic" not in _kinds(alone)
    together = validate_pack([with_topics, without])
    assert "no-topic" not in _kinds(together)
    # a file's own entry without a topic, while others of that file have one, is still warned of
    mixed = write_pack(
        _pack(
            {"id": "x-ray", "question": "Do you do X-rays?", "answer": "No.", "topic": "Tests"},
            {"id": "scan", "question": "Do you do scans?", "answer": "No, we refer you."},
        ),
        "mixed.json",
    )
    assert _kinds(validate_pack([without, mixed])).get("no-topic") == ["scan"]


def test_expect_may_be_one_question_or_null(write_pack: PackWriter) -> None:
    # newcomer19 F9: `"expect": "Question?"` and `null` mean ["Question?"] and []
    from backcare.packs.questions import read_questions

    path = write_pack(
        _pack(
            {"id": "parking", "question": "Is there parking?", "answer": "Two spaces behind."},
            {"id": "cards", "question": "Do you take cards?", "answer": "Yes, and cash too."},
        )
    )
    lines = (
        '{"q": "is there parking", "expect": "Is there parking?"}\n'
        '{"q": "can i pay by card", "expect": "cards"}\n'
        '{"q": "do you sell shoes", "expect": null}\n'
    )
    questions = path.with_name("labelled.jsonl")
    questions.write_text(lines, encoding="utf-8")
    asked = read_questions(questions, None, [])
    assert [expect for _, _, expect in asked] == [("Is there parking?",), ("cards",), ()]
    done = CliRunner().invoke(app, ["validate", str(path), "--questions", str(questions), "--json"])
    assert done.exit_code in (0, 1), done.stderr
    verdicts = [q["verdict"] for q in json.loads(done.stdout)["questions"]]
    assert verdicts == ["right", "right", "right"]


def test_an_unknown_label_names_the_renamed_entry_the_older_pack_shows(
    write_pack: PackWriter,
) -> None:
    # newcomer19 F10: `there-parking-clinic` renamed `parking`, its question reworded
    parking = "We have two patient spaces behind the building, and street parking nearby."
    old = write_pack(
        _pack(
            {
                "id": "there-parking-clinic",
                "question": "Is there parking at the clinic?",
                "answer": parking,
            },
            {"id": "cards", "question": "Do you take cards?", "answer": "Yes, and cash too."},
        ),
        "clinic-old.json",
    )
    new = write_pack(
        _pack(
            {"id": "parking", "question": "Where can I park?", "answer": parking},
            {"id": "cards", "question": "Can I pay by card?", "answer": "Yes, and cash too."},
        ),
        "clinic.json",
    )
    questions = new.with_name("labelled.jsonl")
    questions.write_text(
        '{"q": "is there parking", "expect": ["there-parking-clinic"]}\n'
        '{"q": "do you take visa", "expect": ["Do you take cards?"]}\n',
        encoding="utf-8",
    )
    args = ["validate", str(new), "--questions", str(questions), "--json"]
    plain = CliRunner().invoke(app, args)
    hints = [q.get("hint", "") for q in json.loads(plain.stdout)["questions"]]
    assert all("is now entry" not in hint for hint in hints)  # nothing tells it: as before
    done = CliRunner().invoke(app, [*args, "--against", str(old)])
    hints = [q.get("hint", "") for q in json.loads(done.stdout)["questions"]]
    assert "'there-parking-clinic' is now entry 'parking'" in hints[0]
    assert "'Do you take cards?' is now entry 'cards'" in hints[1]
    assert "is now entry 'parking'" in done.stderr
