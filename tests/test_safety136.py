"""safety136 (issue #12): red flags 45's and 46's false alarms by cause, and the red team of every
quieting reading it added (tests/eval/red_flags_safety136.jsonl).

The readings: senses for calm look-alikes ("sore in the muscles either side", a back "no different
from usual", "walking lopsided", "how would I know if I had it", "came home from trampolining", a
catheter "for 2 days after his knee op"); a form's "Fever: no (36.6)"; Hindi's noun-then-"nahi"
denials in the code-switch and whole-message readings; German and Italian everyday words; a foreign
message's learned emergency set aside only when its English reading read every word, raised no
emergency and set an emergency rule's signs aside; recent-infection's back pain explained by an
exertion named in its sentence ('pain_explained'). Each real line tells a current sign in the same
sentence as the reading's shape (most in the same clause) and raised its tier on the base; each must
keep it. Each calm line is the reading's own shape and must raise nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.safety import URGENCIES, load_safety

SET = Path(__file__).parent / "eval" / "red_flags_safety136.jsonl"
CASES = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
REAL = [case for case in CASES if case["urgent"]]
CALM = [case["q"] for case in CASES if not case["urgent"]]
# real signs both trees under-call (SAFETY_FACTS: legs giving way, chest pain with back pain): kept
# at the tier they raise, so that no later reading lowers them further
UNDER_CALLED = {
    "Rückenschmerzen, kein Fieber, aber meine Beine geben nach und ich falle hin": "soon",
    "Kein Fieber, aber ich habe plötzlich Brustschmerzen und Rückenschmerzen": "urgent",
}
SAFETY = load_safety()


def _rank(urgency: str) -> int:
    return len(URGENCIES) - URGENCIES.index(urgency)  # URGENCIES runs most urgent first


def test_the_set_is_whole() -> None:
    assert len(REAL) >= 400 and len(CALM) >= 16
    assert set(UNDER_CALLED) <= {case["q"] for case in REAL}


@pytest.mark.parametrize("case", REAL, ids=range(len(REAL)))
def test_a_real_sign_in_a_quieting_readings_shape_keeps_its_tier(case: dict[str, str]) -> None:
    flags = SAFETY.check(case["q"])
    assert flags, case["q"]
    least = UNDER_CALLED.get(case["q"], case["tier"])
    assert _rank(flags[0].urgency) >= _rank(least), (case["q"], flags[0].id)


@pytest.mark.parametrize("question", CALM)
def test_the_readings_calm_shape_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == [], question
