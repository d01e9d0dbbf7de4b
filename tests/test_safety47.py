"""safety47 (issue #12): the learned check beside the rules and in long messages.

A learned emergency beside a lower tier's rule stands when the message without the sentences the
rule fired on still reads as an emergency (beside_rules.py: long16's bladder told by a pronoun
beside age-onset was lost); the rule explains it away when nothing else does. A passage of a long
message raises a notice only when it names a sign the rules know, and someone else's signs count
in a passage only beside back trouble of theirs. Each class in wordings of its own, with twins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.tuning import NET_MAX_WORDS

SAFETY = load_safety()
LEARNED = "described-warning-sign"
EVAL = Path(__file__).parent / "eval"

STORY = (
    "The first few days were the usual ache low down on the left side and I took ibuprofen "
    "with food as the leaflet said. I also tried a hot water bottle in the evenings and it "
    "helped a bit. "
)
MORE = (
    "My wife thinks I should get a new mattress because ours is twelve years old and has a "
    "dip on my side. Last year I had a similar flare after gardening and it settled in about "
    "three weeks with some stretches a physio showed me. I work from home three days a week "
    "and I have been trying to get up every half hour. "
)

# an emergency only the learned check reads, beside a lower tier's rule on another sentence
BESIDE_LOWER = [
    "My bladder has been strange. I can't tell when it's full since Monday, I just go by the "
    "clock now. My lower back has ached for about three months now and nothing I do makes any "
    "difference. " + STORY + "Should I use heat or ice?",
    "Something is off with my bladder. Since Tuesday I can't feel when it needs emptying, I "
    "just go every two hours. My lower back has ached for about three months now and nothing I "
    "do makes any difference. " + STORY + "Should I use heat or ice?",
    "My bladder has been strange. I can't tell when it's full since Monday, I just go by the "
    "clock now. Anyway the back pain started about ten days ago when I was helping my brother "
    "move a sofa, which was a silly idea given that I am fifty-three and spend most of my day "
    "behind a desk. " + STORY + MORE + "Should I use heat or ice?",
]

# the rule's tier stands: the learned check's emergency is the rule's own sign, or nothing
# outside the rule's sentences reads as one
LOWER_STANDS = [
    "I fell over in the garden and my back hurts",
    "I slipped on the ice on Sunday and landed on my back. Should I use heat or ice?",
]


def tiers(question: str) -> list[tuple[str, str]]:
    return [(f.id, f.urgency) for f in SAFETY.check(question)]


def test_long16_bladder_by_pronoun_is_an_emergency_beside_age_onset() -> None:
    line = json.loads((EVAL / "red_flags_long16.jsonl").read_text("utf-8").splitlines()[0])
    assert line["tier"] == "emergency"
    flags = SAFETY.check(line["q"])
    assert [f.id for f in SAFETY.check_rules(line["q"])] == ["age-onset"]
    assert (flags[0].id, flags[0].urgency) == (LEARNED, "emergency")
    assert "age-onset" in [f.id for f in flags]  # the rule's notice stays beside it


@pytest.mark.parametrize("question", BESIDE_LOWER)
def test_learned_emergency_beside_a_lower_rule_comes_first(question: str) -> None:
    fired = SAFETY.check_rules(question)
    assert fired and fired[0].urgency != "emergency"  # the rules read a lower tier only
    flags = SAFETY.check(question)
    assert (flags[0].id, flags[0].urgency) == (LEARNED, "emergency")
    assert {f.id for f in fired} <= {f.id for f in flags}


@pytest.mark.parametrize("question", LOWER_STANDS)
def test_a_lower_rule_explains_its_own_sign(question: str) -> None:
    flags = tiers(question)
    assert flags and flags[0][1] == "soon"
    assert LEARNED not in [i for i, _ in flags]


def test_weight_loss_story_stays_soon() -> None:
    # long16's weight-loss story: the whole message reads P(emergency) 0.36, its passages 'soon'
    line = json.loads((EVAL / "red_flags_long16.jsonl").read_text("utf-8").splitlines()[19])
    assert line["tier"] == "soon"
    assert [u for _, u in tiers(line["q"])] == ["soon", "soon"]


# a neutral story around the line (test_safety27's), over NET_MAX_WORDS tokens: read by passages
PADDING = (
    "The weather on the coast has been mild this month and the garden centre down the road "
    "has started selling bulbs for the spring, with tulips and daffodils in every colour. "
)
HOLIDAY = (
    "We got back from Portugal on Saturday. The flights were long and the airport was chaos "
    "this time, but the apartment was lovely and the children started swimming lessons there. "
) * 6


def long_message(line: str, padding: str = PADDING) -> str:
    text = padding * 5 + line + " " + padding * 4
    assert len(SAFETY.read(text)[0]) > NET_MAX_WORDS
    return text


@pytest.mark.parametrize("line", ["I like tea.", "My back hurts.", "What chair should I buy?"])
def test_a_story_without_a_sign_raises_nothing(line: str) -> None:
    assert tiers(long_message(line)) == []


def test_another_story_without_a_sign_raises_nothing() -> None:
    assert tiers(HOLIDAY + "My lower back is stiff after the drive. " + HOLIDAY) == []


@pytest.mark.parametrize(
    ("line", "tier"),
    [
        # a sign only the learned check reads, inside the same story
        ("I keep finding marks in my underwear and I genuinely didn't know it happened.", None),
        # someone else's sign beside back trouble of theirs stays theirs to be helped with
        (
            "Nan is 81. She slipped off the bottom step and sat down hard and her back's been "
            "sore since yesterday. She says it's nothing.",
            None,
        ),
        ("Since Tuesday my bum has gone numb.", "emergency"),
    ],
)
def test_a_sign_inside_the_story_still_raises(line: str, tier: str | None) -> None:
    flags = tiers(long_message(line))
    assert flags
    if tier:
        assert flags[0][1] == tier


@pytest.mark.parametrize(
    "line",
    [
        "My sister came over to help on Sunday. She had bowel cancer two years ago and finished "
        "her chemo last spring, and she's doing brilliantly. My own lower back is stiff from "
        "the decorating.",
        "My sister-in-law has breast cancer and has just started chemo. I've been doing her "
        "shopping and my own back is sore from carrying the bags.",
    ],
)
def test_someone_elses_sign_without_their_back_trouble_raises_nothing(line: str) -> None:
    assert tiers(long_message(line)) == []


@pytest.mark.parametrize(
    "report",
    [
        "Lower back pain. Then this morning, the loo. Couldn't go. Still can't.",
        "Back's been bad since Friday. Then today, the toilet. Nothing came. Still nothing.",
    ],
)
def test_a_report_before_its_follow_up_is_read_as_one_passage(report: str) -> None:
    # the follow-up question is a sentence of its own to the passages, so the report's short
    # sentences join in one (their emergency was raised before only by the story's own words)
    question = report + " Also, is a heat pad or an ice pack better for a stiff back?"
    assert tiers(question)[0][1] == "emergency"
    assert tiers(long_message(question))[0][1] == "emergency"
