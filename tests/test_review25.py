"""review25 (issue #12): a cold reviewer's red flags told in the frames safety95 and safety96 made
quieter (tests/eval/red_flags_review25.jsonl, 185 red flags, 14 calm twins). Every line the old
code (111d6d9e) caught stays caught at its tier; the lines no version caught yet, and the calm
twins that still raise a notice, are strict xfails so a fix shows. safety97: the urine's
"stopped going|feeling" is retention, never safety95's everyday "stopped hurting" sense."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, keeps_its_tier, row_id, rules, rules_tier, set_rows

# red flags no version caught when the set was written (review25's "misses common to all"): all
# four caught by safety99 (a sign set against its cause, "Mine's from ...", a floppy foot back
# again), so none is left
NEVER_CAUGHT: frozenset[str] = frozenset()
# safety96 (with safety98) quietened five of the six when both were merged: the downpour, the
# lightning-bolt twinges, the flip-flops, the toilet and the cross-legged foot (signs worn off)
STILL_LOUD = frozenset({"slipped on the ice and bruised my back, bit sore but walking fine"})


@pytest.mark.parametrize(
    "row", set_rows("review25", True, NEVER_CAUGHT, "no version caught it yet"), ids=row_id
)
def test_a_real_sign_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize(
    "row", set_rows("review25", False, STILL_LOUD, "a known false alarm"), ids=row_id
)
def test_the_calm_twins_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


# safety95's losses (and "stream stopped"): retention on the rule path, not the learned check's
@pytest.mark.parametrize(
    "message",
    [
        "my pee stopped burning but now it's stopped altogether, nothing since this morning",
        "my wee stopped going halfway and won't start again, back is agony",
        "my urine stopped going this morning and my back is agony",
        "my wee stopped going this afternoon",
        "since the fall my wee stopped feeling like anything, can't tell when I'm going",
        "my stream stopped going completely and my back is agony",
        "the pee stopped stinging yesterday and since then it won't start at all",
    ],
    ids=lambda m: m[:60],
)
def test_the_urine_stopped_is_retention(message: str) -> None:
    assert rules_tier(message) == "emergency", (message, rules(message))


@pytest.mark.parametrize(
    "message",
    [
        "my pee stopped burning after the antibiotics",
        "my wee stopped stinging completely once I finished the antibiotics",
        "my pee stopped being cloudy once I drank more water",
        "my wee stopped feeling sore after the cranberry juice",
        "my stream stopped working so I restarted the router, back aches from the desk",
    ],
    ids=lambda m: m[:60],
)
def test_a_symptom_of_the_urine_stopped_raises_nothing(message: str) -> None:
    assert SAFETY.check(message) == [], message
