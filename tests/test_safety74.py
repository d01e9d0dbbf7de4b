"""safety74 (issue #12; codereview20 finding 1, review20 F6): a function item's qualified no on a
form is its loss only when the lead negates the quality; a comparison that denies change, a doubt
about the question and a reassurance leave it quiet. Wordings beyond the sets'
(tests/eval/red_flags_safety74.jsonl holds more)."""

from __future__ import annotations

import copy

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.safety.detect import Safety
from backcare.engine.safety.qualified import tells_loss
from backcare.resources import DataError, read_json, read_shared_json
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
    "Bladder control: not right since Monday, no problems with my bowels",  # another item's
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


# codereview20 findings 4, 10, 11: one test of "the learned check is sure", the risk section
# checked once at load


def _rules_with_risk(risk: object) -> tuple[dict[str, object], dict[str, object]]:
    rules = copy.deepcopy(read_json("red_flags.json"))
    rules["learned"]["risk_only"] = risk
    return rules, read_shared_json("safety_vocabulary.json")


@pytest.mark.parametrize(
    "risk",
    [
        {"concepts": ["FALL"], "major": ["HEIGHT"]},  # no floor
        {"concepts": ["FALL"], "major": ["HEIGHT"], "floor": "later"},
        {"concepts": "FALL", "major": ["HEIGHT"], "floor": "soon"},
        {"major": ["HEIGHT"], "floor": "soon"},
        {"concepts": ["NO_SUCH_CONCEPT"], "major": ["HEIGHT"], "floor": "soon"},
    ],
)
def test_a_broken_risk_only_section_fails_at_load_not_at_an_ask(risk: object) -> None:
    with pytest.raises(DataError, match="risk_only"):
        Safety(*_rules_with_risk(risk))


def test_the_risk_only_floor_is_the_datas() -> None:
    risk = dict(read_json("red_flags.json")["learned"]["risk_only"])
    risk["floor"] = "urgent"
    safety = Safety(*_rules_with_risk(risk))
    text = "My husband is 87. He tripped on the path and landed on the lawn. Now his back aches."
    assert load_safety().check(text)[0].urgency == "soon"
    assert safety.check(text)[0].urgency == "urgent"


def test_sure_emergency_is_past_the_soon_threshold() -> None:
    net = load_safety()._learned_net()
    soon, emergency = net.thresholds["soon"], net.thresholds["emergency"]
    assert net.sure_emergency(("emergency", soon))
    assert not net.sure_emergency(("urgent", 1.0))
    assert not net.sure_emergency(None)
    if emergency < soon:
        assert not net.sure_emergency(("emergency", emergency))


def _vocabulary_with(section: str, key: str, phrase: str) -> Safety:
    vocabulary = copy.deepcopy(read_shared_json("safety_vocabulary.json"))
    vocabulary[section][key] = [*vocabulary[section][key], phrase]
    return Safety(read_json("red_flags.json"), vocabulary)


def test_a_turn_longer_than_any_before_is_read() -> None:
    # the lengths come from the data (codereview20 finding 14): a five-word turn is read
    safety = _vocabulary_with("denied_throughout", "turns", "one more thing to mention")
    surfaces = "no fever . one more thing to mention my bum is numb".split()
    assert safety._turn_at(surfaces, 3)
    assert not load_safety()._turn_at(surfaces, 3)


def test_a_compare_lead_of_three_words_is_read() -> None:
    question = "Not a bit like the usual back pain cases."
    safety = _vocabulary_with("contrast", "compare_leads", "not a bit like")
    assert any(m.concept == "PAIN" for m in load_safety().mentions(question))
    assert not any(m.concept == "PAIN" for m in safety.mentions(question))
