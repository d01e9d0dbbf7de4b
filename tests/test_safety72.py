"""safety72 (issue #12, red flags 29): false alarms on past, resolved and managed signs, and on
other senses of words, fixed by class; each class with twins that must still raise.

Other senses (data/safety_vocabulary.json): a device named as what a crash word meant
(DEVICE_MEANT), the sweat a heat patch makes (HEAT_APPLIED), the shiver after a cold-water dip
told anywhere in the message (COLD_DIP, cause_reach 'anywhere'), "left me a bit jumpy" (no "me
bits")."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

SENSES = [
    # a crash word taken back as a device's
    "my car crashed, the computer i mean, lost my whole essay, and now my back's sore from "
    "hunching over it all night",
    "the car crashed, the game I mean, my character died lol, back is sore from gaming all weekend",
    "ugh the car crashed, I mean the laptop, lost a day of work and my back aches from the chair",
    "my car crashed again, the spreadsheet not the car, and my back is stiff from the desk",
    # the sweat a heat patch or a hot water bottle makes
    "Spent the weekend digging a pond, my lower back is aching. Would a heat patch help or do they "
    "just make you sweaty?",
    "Is it worth sleeping with a hot water bottle on my sore back or will it just make me sweaty?",
    "My back aches after the gym. Do heat wraps work or do they only make you sweat?",
    # the shiver after a cold-water dip, told in another sentence
    "I've started open water swimming in the sea. My lower back is stiff from work. Is it ok to "
    "stretch on the beach while I'm still shivering?",
    "We do ice baths at the club. My back is sore from training. Can I stretch while shivering, "
    "or should I wait until I'm warm?",
    "Wild swimming in the lake every Sunday. Afterwards I shiver for ages. Back is stiff from "
    "my desk job, does cold help?",
    # "left me a bit", no "me bits"
    "My dad couldn't pee years ago and had surgery. It's left me a bit jumpy. My back is sore "
    "from painting, everything else normal.",
    "The move has left me a bit stiff in my lower back. Tips?",
]

RAISED = [
    ("my car crashed this morning on the motorway and now my back really hurts", "emergency"),
    ("car crashed into a wall today, the car not the computer, my neck and back hurt", "emergency"),
    ("I crashed my car, the laptop is fine, and my back is agony", "emergency"),
    (
        "Went cold water swimming but now I'm shivering with a fever of 38.9 and my back hurts",
        "urgent",
    ),
    (
        "We swim in the lake. Since yesterday I've been shivering and my back hurts on one side",
        "urgent",
    ),
    ("I'm hot and sweaty with a fever and my back is very sore", "urgent"),
    ("I use a heat patch but I have a temperature of 39 and my back is agony", "urgent"),
    (
        "It's left me a bit numb around my bottom and I can't pee since yesterday, back pain too",
        "emergency",
    ),
]


@pytest.mark.parametrize("question", SENSES)
def test_an_other_sense_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize(("question", "tier"), RAISED)
def test_the_sign_itself_still_raises(question: str, tier: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == tier, (question, [(f.id, f.urgency) for f in flags])


# a long-ago story's object named alone after a joiner, then the story told on ----------------

OLD_STORY = [
    "Back in my twenties I had a fever and back pain that turned out to be a kidney infection. "
    "Now I'm 35 and just have a stiff back from the move, no temperature. Tips?",
    "Years ago I had a temperature and back pain that ended up being pyelonephritis. This week "
    "it's only a sore back from decorating.",
    "In 2015 I had a high fever and back pain which proved to be a spinal infection. Fully "
    "recovered. My back aches after football now, ice or heat?",
]

NEW_AFTER_OLD = [
    (
        "Years ago I had a kidney infection and now I have a fever and back pain since yesterday",
        "urgent",
    ),
    (
        "In my twenties I had a kidney infection. This week I've got a fever and back pain that "
        "is getting worse",
        "urgent",
    ),
    ("broke my back years ago and both legs numb", "emergency"),
]


@pytest.mark.parametrize("question", OLD_STORY)
def test_signs_named_between_a_long_ago_story_and_its_ending_are_over(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize(("question", "tier"), NEW_AFTER_OLD)
def test_signs_told_now_after_an_old_story_still_raise(question: str, tier: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == tier, (question, [(f.id, f.urgency) for f in flags])


# legs spent by a heavy carry, the exertion told anywhere (WOBBLY's '*EXERTION') ---------------

CARRIED = [
    "Legs went wobbly after carrying the kids' bunk beds up three flights, back's a bit sore. All "
    "good again after a sit down and a brew.",
    "Both legs felt wobbly after hauling the bags of compost up the garden steps, back is achy. "
    "All back to normal after a sit down.",
    "After lifting the fridge up the stairs my legs were shaky and my back hurts a bit.",
]

CARRIED_TWINS = [
    "Both legs went wobbly after lifting boxes and now I can't feel them properly, back pain",
    "Legs like jelly since carrying the wardrobe, now they keep giving way and my back is bad",
    "legs wobbly after lifting the fridge and i cant pee now, back agony",
    "My legs went wobbly after moving the sofa yesterday and they're still wobbly today, back hurts",
]


@pytest.mark.parametrize("question", CARRIED)
def test_legs_spent_by_a_heavy_carry_raise_nothing(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize("question", CARRIED_TWINS)
def test_legs_failing_beyond_the_carry_still_raise_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", question


# someone else's signs over, the asker's denied: the learned check's emergency must stand on
# the rest of the message (others_over.py) -----------------------------------------------------

OTHERS_OVER = [
    "My mum had a prolapsed disc about fifteen years ago and she couldn't wee and couldn't feel "
    "her bottom, she had surgery that night. She's fine now. My own back is sore after a day of "
    "painting, no numbness, peeing fine, legs fine. Just rest?",
    "Years ago my brother couldn't pee and couldn't feel his bum, he had an operation the same "
    "night. He's fine now. Mine is just a stiff back from the gym, no numbness, bladder fine.",
]

OTHERS_NOW = [
    "My mum had a prolapsed disc years ago. Today she couldn't wee at all and she can't feel her "
    "bottom, her back is agony.",
    "My uncle had cauda equina syndrome back in 1998. He wet himself in the car on the way here "
    "and didn't feel it. What should we do?",
    "My dad had a back operation in 2001. He fell off the ladder while clearing the gutters and "
    "landed on his back. Should I take him to A&E?",
    "My dad had a disc problem years ago and couldn't pee then. Now I've got the same: since "
    "this morning I can't pee and my bum is numb.",
]


@pytest.mark.parametrize("question", OTHERS_OVER)
def test_someone_elses_signs_over_beside_the_askers_denials_raise_no_emergency(
    question: str,
) -> None:
    assert all(f.urgency != "emergency" for f in SAFETY.check(question)), question


@pytest.mark.parametrize("question", OTHERS_NOW)
def test_signs_now_or_care_asked_for_keep_the_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", question


# a cared-for person's long-standing signs told managed (past._managed_long) -------------------

MANAGED = [
    "I'm the main carer for my husband, who has advanced prostate cancer. The palliative care "
    "team visit twice a week. He has problems with his bladder and wears pads, and he's got "
    "weakness in his legs. His team know all about this, it's been the case for months and it's "
    "managed. I'm writing about my own back, which aches after helping him move.",
    "My dad has advanced bowel cancer and is under the hospice team at home. He's been weak in "
    "his legs for months and uses a commode, it's all managed and nothing has changed. My back "
    "is killing me from helping him. Is a hoist worth getting?",
    "I care for my mum who has secondary breast cancer. She's had numbness in both legs for a "
    "long time and the palliative team know all about it. My own lower back aches from the "
    "transfers. What can I do?",
]

MANAGED_TWINS = [
    "My husband has advanced prostate cancer and the palliative team visit. He wears pads already "
    "but tonight he can't pee at all and his back is agony.",
    "My dad has advanced bowel cancer and is under the hospice team at home. Since yesterday his "
    "legs have gone weak and he can't stand, his back is very sore.",
    "My mum has secondary breast cancer and the palliative team know her well. She's had back "
    "pain for months but today both her legs went numb.",
    "My husband has advanced prostate cancer, managed by his team. He has had new weakness in "
    "his legs since yesterday and his back hurts.",
]


@pytest.mark.parametrize("question", MANAGED)
def test_a_cared_for_persons_managed_long_standing_signs_raise_no_emergency(
    question: str,
) -> None:
    assert all(f.urgency != "emergency" for f in SAFETY.check(question)), question


@pytest.mark.parametrize("question", MANAGED_TWINS)
def test_a_cared_for_persons_new_signs_keep_the_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", question


# an operation told as lasting ("since the op I've always ...") is no recent infection ---------


def test_an_operation_long_ago_told_as_lasting_is_no_recent_infection() -> None:
    question = (
        "In 2016 I had emergency surgery on a disc. Eight years on I've tweaked my back clearing "
        "the garage. Since the op I've always been a bit cautious about exercise. Are deadlifts ok?"
    )
    assert SAFETY.check(question) == []


def test_a_recent_operation_with_signs_of_infection_still_raises() -> None:
    flags = SAFETY.check("Since the op last week the wound is red and I feel hot, back sore")
    assert flags and flags[0].urgency == "urgent"
