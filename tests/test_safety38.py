"""safety38 (issue #12): signs silenced by an ordinary second question (redteam14 A1), a sign as
the object of stop or prevent (hostile14 3), and redteam14's other missed classes.

Each reading is tested short, inside a message of more than 200 words and inside a batch, with
calm twins in wordings of their own (not the probes')."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.safety import URGENCIES
from backcare.packs.load import parse_pack
from backcare.packs.validate import emergency_questions
from tests.safety_cases import (
    ORDINARY_LINE,
    SAFETY,
    SECOND,
    batch_flags,
    long_message,
    raised_in_batch,
    rules,
    tier,
)

# hostile14 3: a sign told as what the pain stops or prevents
STOPPED = [
    ("my back pain is stopping me from peeing", "cauda-equina-bladder"),
    ("back pain has stopped me peeing since last night", "cauda-equina-bladder"),
    ("my back is preventing me from passing urine", "cauda-equina-bladder"),
    ("the sciatica is preventing me from feeling my legs", "both-legs"),
    ("my back pain is stopping me from feeling my legs at all", "both-legs"),
]
STOPPED_CALM = [
    "my back pain is stopping me from going to the gym",
    "my sore back is preventing me from lifting my toddler",
    "the tablets have stopped me peeing so often at night, and my back feels better",
    "what stops me peeing so often at night, is it my back?",
]


@pytest.mark.parametrize(("question", "rule"), STOPPED)
def test_a_sign_stopped_by_the_pain_raises_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)
    assert SAFETY.check(question)[0].urgency == "emergency"


@pytest.mark.parametrize(("question", "rule"), STOPPED)
def test_a_sign_stopped_by_the_pain_in_a_long_message(question: str, rule: str) -> None:
    assert rule in rules(long_message(question))


@pytest.mark.parametrize("question", STOPPED_CALM)
def test_what_the_pain_stops_is_no_sign_unless_it_is_one(question: str) -> None:
    assert not any(f.urgency == "emergency" for f in SAFETY.check(question))


def test_a_general_question_of_what_back_pain_stops_is_flagged_as_its_siblings() -> None:
    # "can back pain cause numb legs?" raises the emergency by design (a frightened person asks in
    # general terms); "can back pain stop me peeing?" now reads as the same sign, so a pack entry
    # asking it with a calming answer is found by validate (it uses the same reading)
    assert "cauda-equina-bladder" in rules("can back pain stop me peeing?")
    assert "cauda-equina-bladder" in rules("can back pain stop you peeing?")


def test_validate_warns_of_an_entry_asking_what_the_pain_stops_with_a_calming_answer() -> None:
    entries = [
        {"id": "d", "question": "Can back pain stop me peeing?", "answer": "It settles by itself."},
        {"id": "e", "question": "Stiff back?", "answer": "Move."},
    ]
    pack = parse_pack(json.dumps({"title": "U", "entries": entries}).encode(), "und.json")
    assert [w.kind for w in emergency_questions(pack)] == ["emergency-question"]


# redteam14 A1: a report the learned check reads, then the ordinary question the person came with
FOLLOW_UPS = [
    SECOND,
    " Also, which stretches are good for a stiff back?",
    " Also, what mattress is best for back pain?",
    " Is a memory foam mattress good for back pain?",
    " What exercises are good for lower back pain?",
]
REPORTED = [
    ("my bum feels like it belongs to someone else and my back hurts.", "emergency"),
    ("I have numb between my legs since the morning and back is hurting.", "emergency"),
    ("Lower back pain. Then this morning, the loo. Couldn't go. Still can't.", "emergency"),
    (
        "my legs feel like they belong to someone else since this morning and my back is in bits.",
        "emergency",
    ),
    ("Weight is reducing without any reason, 7 kilo in two months, back pain also.", "soon"),
]
ORDINARY = [
    "My back is stiff every morning after sleeping on the sofa.",
    "Long drive yesterday, back a bit sore today.",
    "I sit at a desk all day and my lower back aches by the evening.",
    "My numb bum after the cycle sportive went within the hour, back is just tight.",
]


@pytest.mark.parametrize(("report", "urgency"), REPORTED)
@pytest.mark.parametrize("follow_up", FOLLOW_UPS)
def test_a_follow_up_question_keeps_the_reports_notice(
    report: str, urgency: str, follow_up: str
) -> None:
    assert tier(report) == urgency
    assert tier(report + follow_up) == urgency


@pytest.mark.parametrize("line", ORDINARY)
@pytest.mark.parametrize("follow_up", FOLLOW_UPS)
def test_an_ordinary_line_with_a_follow_up_stays_calm(line: str, follow_up: str) -> None:
    assert tier(line) is None
    assert tier(line + follow_up) is None


@pytest.mark.parametrize(("report", "urgency"), REPORTED)
def test_a_report_and_its_follow_up_in_a_long_message(report: str, urgency: str) -> None:
    # a long message is read by windows (safety29), which may read a soon sign as more urgent
    raised = tier(long_message(report + FOLLOW_UPS[0]))
    assert raised is not None
    assert URGENCIES.index(raised) <= URGENCIES.index(urgency)


@pytest.mark.parametrize(
    "question",
    [
        "Years ago I lost bladder control after a disc prolapse, fixed by surgery, fine ever since.",
        "My dad couldn't pee last week, he's fine now.",
    ],
)
@pytest.mark.parametrize("follow_up", FOLLOW_UPS)
def test_judged_signs_before_a_follow_up_stay_calm(question: str, follow_up: str) -> None:
    # the part before the question is read only where the rules left a sign unjudged
    assert tier(question) is None
    assert tier(question + follow_up) is None


def test_a_report_and_its_follow_up_inside_a_batch() -> None:
    lines = [ORDINARY_LINE]
    lines += [report + FOLLOW_UPS[0] for report, _ in REPORTED]
    lines += [line + FOLLOW_UPS[1] for line in ORDINARY]
    flags = batch_flags(lines)
    assert not flags[0]
    for k, (_, urgency) in enumerate(REPORTED, 1):
        assert flags[k][0]["urgency"] == urgency, lines[k]
    assert all(not raised for raised in flags[1 + len(REPORTED) :])


# the guard (redteam14 A1 and its mirror): a sample of every red-flag set's lines (one in
# GUARD_STEP), each alone and with each of three ordinary follow-ups appended: a caught line stays
# caught at its tier, a calm line stays calm. The few that change are listed in
# tests/eval/follow_up_known.json (safety38, 7: the rules' own readings of the appended back pain
# beside "N Ed", and the learned check on a sister's list of signs denied; safety53: a past
# glandular fever "got over" is over, and left the list; safety117: a Portuguese line read word
# for word, "Não tenho febre" denied, is partly English with an English follow-up, and then its
# code-switch words alone read a fever; foreign145: a Swahili sudden severe pain, urgent once
# Swahili is read, is partly English with an English follow-up and then read as main read it,
# calm). A new change fails, and so does a listed one that no longer changes (take it off)
GUARD_STEP = 40
GUARD_FOLLOW_UPS = FOLLOW_UPS[:3]
EVAL = Path(__file__).parent / "eval"


def _guard_lines() -> list[str]:
    lines = []
    for path in sorted(EVAL.glob("red_flags*.jsonl")):
        rows = [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row]
        lines += [row["q"] for row in rows[::GUARD_STEP]]
    return lines


def _appended(line: str, follow_up: str) -> str:
    line = line.rstrip()
    return line + ("" if line[-1:] in ".?!" else ".") + follow_up


def follow_up_changes() -> list[str]:
    """Each sampled line whose tier changes with a follow-up appended, with that follow-up."""
    changed = []
    for line in _guard_lines():
        alone = tier(line)
        for follow_up in GUARD_FOLLOW_UPS:
            if tier(_appended(line, follow_up)) != alone:
                changed.append(_appended(line, follow_up))
    return changed


def test_a_follow_up_changes_no_tier_but_the_known() -> None:
    known = set(json.loads((EVAL / "follow_up_known.json").read_text(encoding="utf-8")))
    assert sorted(set(follow_up_changes()) ^ known) == []


def test_a_lone_also_is_no_echo_but_me_too_is() -> None:
    # "Also," opening an ordinary question made the sentence before it the asker's (safety35's
    # echo): someone else's chemo became the asker's cancer history
    assert rules("My wife is on chemo. Also, which stretches are good for a stiff back?") == set()
    assert "cauda-equina-saddle" in rules("My friend has a numb bum. Me too.")
    assert "cauda-equina-saddle" in rules("My friend has a numb bum. Same.")


# redteam14 A5: weeks of pain that treatment has not helped, dated by more calendar events
CALENDAR = [
    "my lower back has ached since the clocks went forward and the physio exercises aren't helping",
    "back pain since Chinese New Year, painkillers are doing nothing",
    "sore back since the children went back to school, heat and stretches haven't helped",
    "back ache since Hanukkah and the ibuprofen isn't touching it",
]
CALENDAR_CALM = [
    "since the clocks went back I wake in the dark and my back is stiff for a few minutes",
    "since the kids went back to school my back has been fine",
]


@pytest.mark.parametrize("question", CALENDAR)
def test_weeks_told_by_a_calendar_event_with_a_failed_treatment(question: str) -> None:
    assert "not-improving" in rules(question)
    assert "not-improving" in rules(long_message(question))


@pytest.mark.parametrize("question", CALENDAR_CALM)
def test_a_calendar_event_alone_is_calm(question: str) -> None:
    assert SAFETY.check(question) == []


# redteam14 A7: a carer telling retention by a pad that stays dry for hours
DRY_PADS = [
    "Dad's pad has been completely dry since yesterday lunchtime and his back is hurting",
    "Nan's back is bad and her pads have stayed dry for 14 hours",
]
DRY_CALM = [
    "the paint on the knee pad was dry in two hours, my back aches from painting",
    "My 3 year old stayed dry all night for the first time, lifting her hurts my back",
]


@pytest.mark.parametrize("question", DRY_PADS)
def test_a_pad_dry_for_hours_is_retention(question: str) -> None:
    assert "cauda-equina-bladder" in rules(question)
    assert "cauda-equina-bladder" in rules(long_message(question))


@pytest.mark.parametrize("question", DRY_CALM)
def test_a_dry_pad_with_no_hours_or_no_wearer_is_calm(question: str) -> None:
    assert SAFETY.check(question) == []


def test_the_new_signs_raise_their_notice_inside_a_batch() -> None:
    raised_in_batch([q for q, _ in STOPPED] + DRY_PADS + CALENDAR)
