"""safety74 (issue #12; codereview20 finding 1, review20 F6): a function item's qualified no on a
form is its loss only when the lead negates the quality; a comparison that denies change, a doubt
about the question and a reassurance leave it quiet. Wordings beyond the sets'
(tests/eval/red_flags_safety74.jsonl holds more)."""

from __future__ import annotations

import pytest

from backcare.engine.safety.qualified import tells_loss
from tests.safety_cases import tier

QUALIFIED_LOSS = [
    "Bowel control: never quite right since my back went",
    "Bladder control: not very reliable since the weekend",
    "Feeling down below: not the same since Thursday",
    "Bladder control: not any more",
    "Bowel control: not always there",
    "Bladder control: not 100% since the fall",
    "Bladder control: not reliable and worse than ever",  # "worse" not negated
    "Bowel control: not right, bladder fine",  # the lone "fine" is the bladder's
    "Bladder control: never sure when I need to go now",  # a doubt about the function
    "Bladder control: not fine since Monday",  # the reassurance negated
]


@pytest.mark.parametrize("text", QUALIFIED_LOSS)
def test_a_qualified_no_is_still_the_loss(text: str) -> None:
    assert tier(text) == "emergency"


DENIED = [
    "Bowel control: no worse than it's ever been",
    "Bladder control: not much worse, if at all",
    "Bladder control: not sure how they expect me to answer, it's fine",
    "Bowel control: never sure which box that is, all fine",
    "Bladder control: not great but fine",
    "Bowel control: never certain what they mean by it, no accidents",
    "Pain: 5/10. Bladder control: not any worse than normal. Fever: none.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_comparison_a_doubt_about_the_question_or_a_reassurance_is_quiet(text: str) -> None:
    assert tier(text) is None


def test_the_quality_is_the_word_the_lead_negates() -> None:
    # "normal" three words on is no quality of the lead's: "no worse than normal" compares
    assert not tells_loss("no worse than normal".split(), [])
    assert tells_loss("not very good".split(), [])
    assert tells_loss("never the same".split(), [])
    assert not tells_loss("not".split(), [])
    # a reassurance of one word counts in the answer, not in the rest of the sentence
    assert not tells_loss("not great but fine".split(), [])
    assert tells_loss("not right".split(), ["bladder", "fine"])
    assert not tells_loss("not right".split(), ["it's", "fine"])
