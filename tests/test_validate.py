"""Authoring warnings from `validate`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from backcare.packs.validate import LONG_ANSWER, check
from tests.conftest import PackWriter, run_backcare


def kinds(pack_data: dict[str, Any], write_pack: PackWriter) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for w in check(Engine(load_pack(write_pack(pack_data)))):
        found.setdefault(w.kind, []).append(w.entry_id)
    return found


def test_clean_pack_has_no_warnings(write_pack: PackWriter, small_pack: dict[str, Any]) -> None:
    assert kinds(small_pack, write_pack) == {}


def test_each_authoring_problem_is_reported(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    entries = small_pack["entries"]
    entries.append(
        {
            "id": "dup",
            "question": "How often should I water tomatoes?",
            "answer": "x" * (LONG_ANSWER + 1),
        }
    )
    entries.append(
        {
            "id": "odd",
            "question": "Zqx vvk?",
            "answer": "Bell \x07 here",
            "topic": "misc",
            "aliases": ["How do I keep slugs off lettuce?"],
        }
    )
    found = kinds(small_pack, write_pack)
    assert found["no-topic"] == ["dup"]
    assert found["long-answer"] == ["dup"]
    assert found["duplicate-question"] == ["dup"]
    assert found["control-characters"] == ["odd"]
    assert "odd" in found["not-found-by-own-question"]
    # "water" and "dup" ask the same question: duplicate-question says it, once (newcomer23 F14)
    assert "competing-entries" not in found


def entry(entry_id: str, question: str, answer: str) -> dict[str, str]:
    return {"id": entry_id, "question": question, "answer": answer, "topic": "back"}


def competing(entries: list[dict[str, str]], write_pack: PackWriter) -> list[tuple[str, str]]:
    warnings = check(Engine(load_pack(write_pack({"title": "T", "entries": entries}))))
    return [
        (w.entry_id, w.message.split("'")[1]) for w in warnings if w.kind == "competing-entries"
    ]


def test_two_entries_asking_the_same_thing_compete(write_pack: PackWriter) -> None:
    entries = [
        entry("sleep", "What is the best sleeping position for back pain?", "On your side."),
        entry("sleep-bad-back", "Which sleeping position is best for a bad back?", "Side."),
        entry("lift", "How should I lift heavy boxes?", "Bend your knees."),
    ]
    assert competing(entries, write_pack) == [("sleep", "sleep-bad-back")]


def test_same_question_type_on_different_subjects_does_not_compete(
    write_pack: PackWriter,
) -> None:
    entries = [
        entry("stiff-back-last", "How long does a stiff back last?", "A few days."),
        entry("rebuild", "How long does it take to rebuild muscle after atrophy?", "Months."),
        entry("atrophy", "What causes muscle atrophy?", "Mostly not using the muscle."),
        entry("paraspinal", "What causes paraspinal muscle atrophy?", "A nerve root injury."),
    ]
    assert competing(entries, write_pack) == []


def work_entry(entry_id: str, question: str) -> dict[str, str]:
    return {"id": entry_id, "question": question, "answer": f"About {question}", "topic": "Work"}


# an occupational-health pack in which "back" is the subject of 8 of 12 entries (newcomer12 F3)
WORK_PACK = [
    work_entry("come-to-work", "Can I come to work with back pain?"),
    work_entry("hurt-at-work", "What should I do if I hurt my back at work?"),
    work_entry("drive", "Can I drive for work if my back hurts?"),
    work_entry("phased", "Can I have a phased return to work after back pain?"),
    work_entry("desk", "How should I set up my desk?"),
    work_entry("chair", "Can I get a special chair?"),
    work_entry("physio", "How do I see a physio through work?"),
    work_entry("fit-note", "Do I need a fit note?"),
    work_entry("causes", "What causes back pain?"),
    work_entry("why-hurt", "Why does my back hurt?"),
    work_entry("sleep", "What is the best sleeping position for back pain?"),
    work_entry("sleep-bad-back", "Which sleeping position is best for a bad back?"),
]


def test_questions_sharing_only_the_pack_s_own_subject_do_not_compete(
    write_pack: PackWriter,
) -> None:
    # "Can I come to work with back pain?" finds "What should I do if I hurt my back at work?"
    # confidently (66.9) and the other way round (72.2), each ranking its own entry first at 100:
    # they share "back", which most of the pack is about, and the first asks of "coming" to work,
    # which the second never says. The two real duplicates still compete: one shares a subject
    # few entries have (sleeping position), the other says all the first asks but its framing
    # ("What causes back pain?", "Why does my back hurt?")
    assert competing(WORK_PACK, write_pack) == [
        ("causes", "why-hurt"),
        ("sleep", "sleep-bad-back"),
    ]


def test_the_pair_without_its_duplicates_validates_clean_through_the_command(
    write_pack: PackWriter, tmp_path: Path
) -> None:
    path = write_pack({"title": "OH", "entries": WORK_PACK[:8]})
    result = run_backcare("validate", "--json", str(path), home=tmp_path)
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["warnings"] == []


def test_a_question_that_cannot_find_its_own_entry_first_still_competes(
    write_pack: PackWriter,
) -> None:
    # the sed FAQ's "When should I use sed?" and "When should I NOT use sed?" ("not" is a stop
    # word): the first ranks the second first; they share only "sed", what that pack is about
    entries = [
        work_entry("use", "When should I use sed?"),
        work_entry("not-use", "When should I NOT use sed?"),
        work_entry("lines", "How do I delete lines with sed?"),
        work_entry("version", "Which version of sed do I have?"),
        work_entry("files", "How do I edit files in place?"),
    ]
    assert competing(entries, write_pack) == [("use", "not-use")]


def test_the_bundled_pack_validates_clean() -> None:
    from backcare.packs.validate import validate_pack

    report = validate_pack("bundled")
    assert report.status == "clean", [w.message for w in report.warnings]


def visit_entry(entry_id: str, question: str) -> dict[str, str]:
    return {"id": entry_id, "question": question, "answer": f"About {question}", "topic": "Visit"}


# a clinic FAQ in which "appointment" is the subject of 5 of 12 entries (newcomer21 F3)
VISIT_PACK = [
    visit_entry("first", "What happens at my first appointment?"),
    visit_entry("wear", "What should I wear to my appointment?"),
    visit_entry("parking", "Is there parking at the clinic?"),
    visit_entry("cancel", "How do I cancel or change my appointment?"),
    visit_entry("video", "Can I have my appointment by video call?"),
    visit_entry("sessions", "How many sessions will I need?"),
    visit_entry("referral", "Do I need a GP referral to see a physio?"),
    visit_entry("insurance", "Do you accept private health insurance?"),
    visit_entry("cost", "How much does a session cost?"),
    visit_entry("heat-ice", "Should I use heat or ice on my back?"),
    visit_entry("book-appointment", "How do I book an appointment?"),
    visit_entry("make-booking", "How can I make a booking?"),
]


def test_entries_differing_only_in_a_word_common_in_the_pack_compete(
    write_pack: PackWriter,
) -> None:
    # "How do I book an appointment?" finds make-booking confidently only 6th, behind the four
    # entries sharing "appointment"; "How can I make a booking?" finds book-appointment second.
    # The one word that sets them apart is what 5 of the 12 entries are about
    assert competing(VISIT_PACK, write_pack) == [("book-appointment", "make-booking")]


def test_a_common_word_alone_shared_is_no_competition(write_pack: PackWriter) -> None:
    # the appointment entries share "appointment" and nothing else of their own
    assert competing(VISIT_PACK[:-1], write_pack) == []


def test_a_word_one_question_says_and_the_other_lacks_keeps_them_apart(
    write_pack: PackWriter,
) -> None:
    # the bundled pack's "Why are my spinal erectors so tight?" and "What causes paraspinal muscle
    # atrophy?": "atrophy" is common there, but "tight" is said by one question only
    entries = [
        entry("causes-atrophy", "What is the greatest cause of muscle atrophy?", "Disuse."),
        entry("sma", "What are the signs and symptoms of spinal muscular atrophy?", "Weakness."),
        entry("rebuild", "How long does it take to rebuild muscle after atrophy?", "Months."),
        entry("paraspinal", "What causes paraspinal muscle atrophy?", "A nerve root injury."),
        entry("erectors", "Why are my spinal erectors so tight?", "Weakness elsewhere."),
        entry("sit", "Why does my back get stiff when I sit?", "Not moving."),
    ]
    assert competing(entries, write_pack) == []


def test_the_clinic_packs_without_a_duplicate_gain_no_competing_warning() -> None:
    from backcare.packs.validate import validate_pack

    for n in ("", "2", "3", "4", "5", "6", "7", "8", "9"):
        report = validate_pack(f"tests/eval/clinic{n}_faq.json")
        assert not [w for w in report.warnings if w.kind == "competing-entries"], n
