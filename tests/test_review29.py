"""review29 (issue #12): a cold reviewer's red flags written in the frames safety112 made quieter
(tests/eval/red_flags_review29.jsonl: 181 red flags, 20 ordinary twins). The old code (ba66204b)
caught 175/181; safety112 (a29580fc) lost 9 and lowered 4 (not_that.py's affirmation, the cancer
-fear sense, thing_heat.py, cleared.py, and footwear, plain_case and pronoun_rivals); safety114
narrowed each by class: 175/181 again, every line at the old code's tier or higher, and the twins
safety112 quietened (poor sleep, a cancer feared, a bath's 39C) still quiet.

Every sign is caught at least at its labelled tier and every twin raises nothing, but for the
rows below (strict xfails, listed by line: a fix shows). The rows the old code raised above their
label are held at that tier."""

from __future__ import annotations

import pytest

from tests.safety_cases import row_id, set_rows, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# missed on every version, the old code's included (review29_report.md, "Misses common to every
# version"): strict xfails, so a fix shows; none left
# (L132 and L187 are caught since safety113: asked_figure.py, felt_heat.py; L27, L46, L96,
# L135, L136, L137, L181, L182, L188 and L194 since safety116: the frail elders' fever and
# confusion, the aneurysm's pain into the tummy, the polio weakness told worse, the soak's
# 39.4 degrees; tests/test_safety116.py holds their classes)
MISSED_EVERYWHERE: set[str] = set()

# the old code's tier where it is not the label: below it (the rows above), or above it
OLD_TIER = {
    "Mum's 89, her temp was 37.4 a bit ago, is that a fever at her age? She's muddled, not making"
    " sense and her back's hurting": "urgent",
    "Is 37.3 a fever? I'm 92, fell yesterday and now I'm very confused according to my daughter,"
    " back hurts": "urgent",
    "worst pain of my life came on suddenly in my back spreading round to my belly, I'm 68": (
        "urgent"
    ),
    "Grandad is 85 and hot to touch, not himself, talking nonsense, says his back hurts": "urgent",
    "My nan's burning up and doesn't know where she is, and she keeps holding her back": "urgent",
    "it's not like a normal backache it's tearing through to my tummy and I'm 74": "soon",
    # L43: labelled soon; the old code's cancer-history (urgent) is the safer tier
    "worried every lump is cancer after mine last year, and there's a new lump on my spine that's"
    " sore and growing": "urgent",
    # L165: labelled urgent; the old code raised the pasted list's signs (emergency)
    "ChatGPT said: 'seek help if you have fever, numbness or loss of bladder control'. Not really"
    " any of those, I'm just a bit shivery since last night and my back's worse": "emergency",
}

# ordinary twins that raise a notice on every version: L24, L25, L57, L100, L150, L156
RAISED_EVERYWHERE = {
    "it's not like I fell, I just bent down to pick up the washing and my back went",
    # (L25 "It's not that my legs are numb, they're just achy after the hike yesterday" is quiet
    # since safety115: not_that.py's milder state)
    "my sandal strap snapped so I was dragging my foot to keep it on, back's a bit sore from"
    " walking funny",
    "had stress incontinence since my kids, no different since my back started hurting, can I do"
    " pilates?",
    "drove 5 hours to Scotland, numb bum in the car but fine after a walk round, back a bit stiff",
    "bum went numb on the train but the feeling came back within a minute of walking",
}


@pytest.mark.parametrize(
    "row",
    set_rows("review29", True, MISSED_EVERYWHERE, "missed or below its tier on every version"),
    ids=row_id,
)
def test_a_sign_is_caught_at_least_at_its_tier(row: dict[str, str]) -> None:
    raised = tier(row["q"])
    assert RANK[raised] >= RANK[row["tier"]], (row["q"], raised, row["tier"])


@pytest.mark.parametrize("question", sorted(OLD_TIER))
def test_a_sign_is_raised_at_least_at_the_old_codes_tier(question: str) -> None:
    raised = tier(question)
    assert RANK[raised] >= RANK[OLD_TIER[question]], (question, raised)


@pytest.mark.parametrize(
    "row",
    set_rows("review29", False, RAISED_EVERYWHERE, "a known false alarm"),
    ids=row_id,
)
def test_an_ordinary_twin_raises_nothing(row: dict[str, str]) -> None:
    assert tier(row["q"]) is None, row["q"]
