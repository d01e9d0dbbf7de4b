"""safety96 (issue #12, red flags 34's first run): each frame made quieter, with the signs it must
still let through.

- A fall from a height told of someone else ("my husband fell off the roof ... says his back is
  'just bruised'"): trauma's `others_now` reads TRAUMA_EVENT or FALL with a HEIGHT.
- An aneurysm's pulsing lump a sentence before sudden back pain (chest-heart's `across`).
- Everyday twins of signs, told by what the person notices: footwear that slaps, rough toilet
  paper, pads for periods, a nurse's catheters, a sprain's swelling, posture getting worse; heat
  and shivers with a named cause (rain, air conditioning, hormones, night feeds, a warming that
  ended them); standing all night; a sign worn off after a position
  (cross-legged, on the loo, lotus, a ride) told cause, sign and easing a sentence each.
- Forms: an answer on the line after its question, "no, neither leg" as the no said again; a
  report's list denied ("None of these") stands beside words of no sign.

tests/eval/red_flags_safety96.jsonl holds the messages written for these frames (read by
test_safety_sets with the other sets); here each frame's live signs and calm twins."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

RAISED = {
    "my brother fell off the garage roof an hour ago, about 12 feet, says his back is only"
    " bruised": "emergency",
    "I fell off a ladder from 10 ft yesterday and my back is just bruised": "emergency",
    "I can feel my heartbeat in a swelling in my tummy. Then my back pain came on all of a sudden,"
    " really bad": "emergency",
    "Even without my flip flops my foot slaps the floor and drags, since Monday": "emergency",
    "Cheap toilet paper aside, I can't feel anything when I wipe since yesterday": "emergency",
    "I'm a nurse and I put in catheters all day, but I haven't been able to pee since last night": (
        "emergency"
    ),
    "The queue for the loo was long and I held it, but now nothing comes out at all": "emergency",
    "Caught in a downpour on Monday, now a temperature of 38.9 and my back is killing me": "urgent",
    "Sat cross-legged for an hour. My foot went dead and slapped the floor. It still hasn't come"
    " back to normal this morning.": "emergency",
    "Q: Any numbness around your bottom?\nA: yes\nQ: Any fever?\nA: no\nback is sore": "emergency",
    "Q: pain in both legs? A: no, neither leg will take my weight": "emergency",
    "The leaflet says get help straight away if your legs go weak. Both of mine went weak this"
    " morning.": "emergency",
    "30M, fell 4m off scaffolding this morning, lower back agony": "emergency",
}


@pytest.mark.parametrize("question", sorted(RAISED))
def test_a_sign_told_in_a_quieter_frame_keeps_its_tier(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == RAISED[question]


CALM = [
    "my husband's flip flops slap the floor all day, is that why my back is stiff from the noise?",
    "The scratchy loo paper at the campsite feels like sandpaper, anyway my back is stiff from the"
    " tent",
    "I wear pads because my period is heavy and my lower back aches every month",
    "I'm a nurse, putting catheters in and turning patients all shift, my back is tight",
    "Sprained my knee skiing, it's still swollen, and my back aches from the crutches",
    "Office aircon has me shivery all day, back stiff from the desk chair",
    "Got home soaked from the rain and shivering, hot bath sorted it, back a bit sore",
    "Danced all night at a wedding and my back was aching from standing all night, fine today",
    "sat on the loo for 20 mins and both legs went dead when I stood, fine after a minute. back"
    " a bit stiff",
    "Q: Any numbness?\nA: no\nQ: Any problems peeing?\nA: no\nQ: Any history of cancer?\nA: no\n"
    "stiff back from painting the ceiling",
    "Q: pain in both legs? A: no, neither leg\nQ: fever? A: no\nsore lower back from kayaking",
    "The leaflet says get help straight away if: numbness in both legs, loss of bladder control,"
    " chest pain. None of these. Just a stiff back from digging, I'm 40.",
    "29F, lower back sore after moving a wardrobe, no other problems",
]


@pytest.mark.parametrize("question", CALM)
def test_a_look_alike_of_a_quieter_frame_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


# safety98 (review25 of safety96): lines safety96 lost or held by the learned check alone, each
# raised by its own rule again. A cold place explains shivering, not a fever told in its own words
# ('cause_reach.told'); hormones, the weeks after a birth and night feeds explain feeling hot or
# sweating only (HORMONE_CAUSE), never a fever or shivers; a lightning bolt "out of nowhere" is
# the worst pain's sudden onset, a sneeze's lightning bolt "every time" is not.
RULE_RAISED = {
    "air conditioning is on but I'm still burning up with a fever, back pain": (
        "infection-fever",
        "urgent",
    ),
    "the aircon at work is freezing but i've also got a fever of 38.5 and night sweats with this"
    " back pain": ("infection-fever", "urgent"),
    "Got soaked in the rain on the walk home and now I'm feverish, my lower back aches": (
        "infection-fever",
        "urgent",
    ),
    "postpartum and feverish and shivery, back pain where the epidural went in": (
        "infection-fever",
        "urgent",
    ),
    "hormonal I guess but I'm shivery with a fever and my back is killing me": (
        "infection-fever",
        "urgent",
    ),
    "breastfeeding and up for night feeds, now I've got a temperature and my back aches": (
        "infection-fever",
        "urgent",
    ),
    "back pain hit me like a lightning bolt out of nowhere and its getting worse fast": (
        "sudden-severe",
        "urgent",
    ),
}


@pytest.mark.parametrize("question", sorted(RULE_RAISED))
def test_a_fever_or_sudden_pain_safety96_lost_is_raised_by_its_rule(question: str) -> None:
    rule, tier = RULE_RAISED[question]
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == tier
    assert rule in {f.id for f in flags}


SAFETY98_CALM = [
    "I'm sweating buckets at night with the hormones, the midwife says that's normal. Best"
    " mattress for a stiff back?",
    "sneezing = lightning bolt in my lower back. every time",
]


@pytest.mark.parametrize("question", SAFETY98_CALM)
def test_hormones_sweat_and_a_sneezes_bolt_stay_below_urgent(question: str) -> None:
    assert all(f.urgency == "soon" for f in SAFETY.check(question))
