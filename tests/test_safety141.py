"""safety141 (issue #12): false alarms on signs that are past and over, and the red team of every
quieting reading it added (tests/eval/red_flags_safety141.jsonl).

The readings: a sign of the asker's examined and cleared by a clinician and told ended since
(cleared_over.py: "went to A&E, MRI all clear ... the tingling went completely within a week",
"ECG and bloods were fine ... the chest pain's gone now"), in French and Hindi too through their
English reading; a denied list ending on a bare "since" ("no numbness, bladder problems or
anything else since"); "they've stopped" ending a scope (RESOLVED: a lower tier's sign only); a
bracketed label ending in a number ("(L2)") no aside; "decades ago"; a return told with its
subject left out ("went away but came back this morning"), which main missed. Each real line tells
a current sign in the same sentence as a reading's shape (told back, still there, a new sign after
the end, the end denied, a present tense); each must keep its tier. Each calm line is a reading's
own shape and must raise nothing. Every message is this round's own, none copied from an eval set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.safety import URGENCIES, load_safety
from backcare.engine.safety.cleared_over import cleared_over
from backcare.engine.safety.reading import tokenize

SET = Path(__file__).parent / "eval" / "red_flags_safety141.jsonl"
CASES = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
REAL = [case for case in CASES if case["urgent"]]
CALM = [case["q"] for case in CASES if not case["urgent"]]
SAFETY = load_safety()


def _rank(urgency: str) -> int:
    return len(URGENCIES) - URGENCIES.index(urgency)  # URGENCIES runs most urgent first


def test_the_set_is_whole() -> None:
    assert len(REAL) >= 30 and len(CALM) >= 20


@pytest.mark.parametrize("case", REAL, ids=range(len(REAL)))
def test_a_current_sign_in_an_over_shape_keeps_its_tier(case: dict[str, str]) -> None:
    flags = SAFETY.check(case["q"])
    assert flags, case["q"]
    assert _rank(flags[0].urgency) >= _rank(case["tier"]), (case["q"], flags[0].id)


@pytest.mark.parametrize("question", CALM)
def test_a_sign_over_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == [], question


def _past(question: str, concept: str) -> list[bool]:
    _, mentions = SAFETY.read(question)
    return [m.past for m in mentions if m.concept == concept]


def test_the_check_alone_or_the_end_alone_leaves_the_sign() -> None:
    # a clinician's all-clear with no end told: the sign may still be there
    assert _past(
        "A&E did an MRI, all clear, said it was a trapped nerve, tingling in my groin.", "NUMB"
    ) == [False]
    # an end with no clinician's check: passed lately, which an emergency rule still counts
    assert {
        f.urgency
        for f in SAFETY.check("Had tingling in my groin yesterday, it went away within an hour.")
    } == {"emergency"}


def test_cleared_and_ended_is_past_whatever_the_order() -> None:
    assert all(
        _past(
            "Had tingling in my groin, the GP checked me and said it was fine, and it went completely.",
            "NUMB",
        )
    )
    assert all(
        _past(
            "The doctor examined me, said it was normal, and the numbness in my bum has gone.",
            "NUMB",
        )
    )


def test_cleared_over_leaves_mentions_without_a_clinician() -> None:
    tokens = tokenize("the numbness went away", frozenset(), frozenset(), frozenset())
    assert cleared_over(tokens, [], {"NUMB"}, set(), lambda told, p: False) == []


def test_a_bare_since_ends_no_denied_list_but_a_dated_one_does() -> None:
    assert SAFETY.check("No numbness, bladder problems or anything else since. Back stiff.") == []
    assert SAFETY.check("No fever, numb groin or saddle since this morning.")


def test_a_label_in_brackets_is_no_aside_but_a_whole_number_is() -> None:
    tokens, _ = SAFETY.read("Broke a vertebra (L2) skiing years ago")
    assert len({t.clause for t in tokens}) == 1
    tokens, _ = SAFETY.read("Mum (86) fell")
    assert len({t.clause for t in tokens}) == 3
