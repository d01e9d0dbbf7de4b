"""safety128 (issue #12): readings of red flags 43's tiers and the classes left, by cause.
- predicate_denial: a body part told just before the denial of its own sign ("legs not numb",
  "my legs are not numb", "bum isn't numb") is the subject of that denial. denied_rest.py read the
  part as told live, and the "not" as a negated verb that has the message read whole, so the
  learned check's emergency went through over a message of denials. The part is now denied with
  its sign (data 'denied_throughout.rest_subject_links' and 'rest_subject_denials'); "legs not
  numb but I can't pee" and any sign told beside still raise.
- state_ok: "bowels ok, only back pain": the run-on reading (run_on.py) took "ok," as an aside
  opening a new sentence, so the 'normal' reading never judged the bowels. After a body part or
  function (data 'run_on.state_holders') "ok," / "okay," is its state; any sign told beside it
  still raises.
- lone_gasp: BREATHLESS read "gasp" alone (stemmed from "gasping"): "*gasp*", "I gasped when I
  bent down", the noise reading's "ga$p". Only "gasping" as written, or a gasp for breath or air,
  is breathlessness now.
- tired_legs: legs told tired ("both legs feel like lead", "aching and heavy", "like jelly") beside
  the workout that made them so: both-legs read them beside the back's ache as pain in both legs,
  and the exertion reading (expected.py) dropped only WEAK, WOBBLY and ACHES_ALL_OVER. A pain that
  travels down the legs, numbness, weakness getting worse, or any bar of the exertion reading
  keeps the emergency.
- care_attitude: how someone takes to care ("she's very independent and won't want a fuss", "he
  refuses to see the GP") is no sign, yet the learned check weighed those words alone into an
  emergency (red flags 43's mother of 79: a weight loss, soon). Where the message without the
  sign-free scopes telling such an attitude reads no emergency at all, the learned emergency is
  held back (care_attitude.py, learned_check._attitude_held).
Every line is of this session's own writing, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.safety.care_attitude import without_attitudes
from tests.safety_cases import class_tests, tier

CALM = {
    "predicate_denial": [
        "legs not numb, no trouble passing urine, only my lower back aches",
        "Bum not numb, no problems weeing, just a stiff back from the garden.",
        "My legs are not numb and there's no trouble with my bladder, only a sore back after the drive.",
        "nothing numb, legs not tingling, no trouble peeing, back sore after hoovering",
        "Legs aren't numb, no leaking, back pulled lifting the kids' bikes. Heat or ice?",
        "feet not numb, no trouble going to the loo, just a twinge low in my back",
        "Groin not numb, no difficulty passing water, lower back tight since Sunday's golf.",
        "legs not weak, no numbness down below, back ache from moving the sofa, what stretches?",
    ],
    "lone_gasp": [
        "gasp",
        "ga$p",
        "*gasp* my back clicked when I stood up, is that bad?",
        "I gasped when I bent to tie my laces, lower back twinge. Stretches?",
        "Gasp! Is it normal for a back to crack this much in the morning?",
        "I let out a gasp when the physio pressed on my lower back, is that normal?",
        "she gasps every time she gets up from the sofa, her lower back is stiff",
        "Got a gasp out of me lifting the laundry basket, back a bit sore now.",
    ],
    "state_ok": [
        "legs not numb, bowels ok, only my back aches",
        "Bladder ok, bowels ok, lower back sore after digging the garden.",
        "wees okay, no numbness, just a stiff back from the long drive",
        "bowels ok, bladder fine, back twinged lifting the shopping. Heat or ice?",
        "Pee ok, poo ok, my lower back is tight since Sunday's football.",
        "waterworks ok, nothing numb, back sore from painting the ceiling",
        "Temperature ok, bladder ok, back aching after a day on the allotment.",
        "toilet ok, legs fine, pulled my back moving the wardrobe. Stretches?",
    ],
}
# tired legs beside their workout: short only (the long message's padding tells "this month" and
# "has been", live words the exertion reading stands down for, as it should for a real story)
SHORT_CALM = {
    "tired_legs": [
        "Ran a half marathon on Sunday, both legs feel like lead and my lower back is achy. Foam roller?",
        "Did leg day yesterday and both my legs are heavy, back a bit tight. Rest or cardio?",
        "Carried boxes up three flights moving house, both legs are shaky and my back is sore. Should I rest?",
        "Did my first spin class, both legs feel like jelly and my lower back is a bit sore from the bike.",
        "Finished a 10k this morning, my legs are heavy and tired, lower back a bit stiff. Normal?",
        "After a football match both legs are aching and tired, back sore too. How long to recover?",
        "Long day on my feet at work, both legs are heavy and achy, lower back sore. Best stretches?",
        "Did a long hike on Saturday with a rucksack, my legs are tired and heavy and my back aches.",
    ],
}
KEPT = {
    "predicate_denial": [
        ("legs numb, can't pee since this morning, back agony", "emergency"),
        ("legs not numb but I can't pee since last night", "emergency"),
        ("legs not numb, haven't had a wee since yesterday morning", "emergency"),
        ("bum not numb but wiping feels like it's someone else's skin", "emergency"),
        ("legs not numb but they keep giving way on the stairs", "emergency"),
        ("legs not numb, wees fine, but my willy has gone completely numb", "emergency"),
        ("bum not numb, no trouble peeing, but I've pooed myself without noticing", "emergency"),
        ("legs nearly numb and my back is killing me", "emergency"),
    ],
    "lone_gasp": [
        ("I can't catch my breath and my back hurts", "emergency"),
        ("gasping for air with chest pain and back pain", "emergency"),
        ("my back hurts and I'm gasping", "emergency"),
        ("back pain and I gasped for breath all night", "emergency"),
        ("gasped for air and my upper back is on fire", "emergency"),
        ("upper back pain, gasping, sweaty", "emergency"),
        ("I'm gasping for breath between my shoulder blades", "emergency"),
        ("back pain and I'm gasping for air", "emergency"),
    ],
    "tired_legs": [
        (
            "Did a half marathon on Sunday and now I have shooting pain down both legs and my back is agony",
            "emergency",
        ),
        (
            "Moved house yesterday, carried boxes all day, now both legs are numb and heavy",
            "emergency",
        ),
        (
            "Played a football match on Saturday and both legs feel heavy, back sore, and I can't pee",
            "emergency",
        ),
        ("Did a 10k yesterday, both legs heavy and getting weaker, lower back sore", "emergency"),
        (
            "Leg day yesterday and now pain spreading down both legs into my feet, back agony",
            "emergency",
        ),
        ("After the hike both legs are heavy and I can't feel my bum when I sit", "emergency"),
        ("Ran a marathon last week and both legs are still weak and keep giving way", "emergency"),
        ("Spin class yesterday, both legs tingling down to the toes, back sore", "emergency"),
    ],
    "state_ok": [
        ("bowels ok, can't feel my bum when I wipe", "emergency"),
        ("bladder ok, but I've wet myself twice today and my back is agony", "emergency"),
        ("bowels ok, legs both numb since this morning", "emergency"),
        ("pee ok, but I've soiled myself without noticing", "emergency"),
        ("legs ok, but I can't pee since last night and my back is killing me", "emergency"),
        ("bowels ok, bladder ok, but my groin's gone numb", "emergency"),
        ("Bladder okay, bowels okay, but I have a fever of 39 and my back is agony", "urgent"),
        ("bowels ok, both legs keep giving way on the stairs", "emergency"),
    ],
}

class_tests(globals(), CALM, KEPT, SHORT_CALM)


# an older relative's attitude to care beside a plain ache (the first three raised the learned
# check's notice before, the fifth an emergency), and beside a soon-tier story of weight loss,
# night pain or weeks without improvement: never an emergency
# (three more, "My aunt is 84, sore back since Sunday. She won't want to bother anyone." and two
# like it, raise the learned emergency again: the rules read no sign in them, and an attitude
# beside a sign only the learned check reads must not hold it back: tests/test_s35_review.py)
ATTITUDE_ALONE = [
    "My mum is 80 and her back is sore. She won't want a fuss.",
    "Dad is 82, stiff back from the garden. He's very independent and won't want a fuss.",
    "Nan's back aches after hoovering. She's very independent and won't want a fuss.",
    "My mother's back is achy from the allotment. She's very independent and won't want a fuss. What cushion helps?",
    "Mum is 75 with a stiff lower back from decorating. Very independent, won't want to bother anyone.",
    "My gran has a sore back after the bus trip. She won't want a fuss, she's very independent.",
    "He's 81 and his back aches from carrying the shopping. He won't want to bother anyone.",
    "My husband's back is sore after mowing. He won't want a fuss.",
    "Our neighbour is 88, her back twinges when she bends. She's very independent and won't want anyone to bother.",
]
ATTITUDE_BESIDE_SOON = [
    "My father is 81 and lives on his own. He's had a sore back for about three weeks, nothing he can't manage. When I visited I noticed his trousers are loose and he admits he's lost weight without trying. He's very independent and won't want a fuss. Which chair would be kinder on his back?",
    "My nan is 87 and still does her own shopping. Her lower back has ached for a month now. She's gone off her food and looks thinner. She's stubborn and refuses to see the GP. Is a hot water bottle safe for her?",
    "Mum's 76, widowed, lives alone. Back has been grumbling for a few weeks. Her rings are loose and she says she's lost half a stone without dieting. She doesn't want the doctor because she hates a fuss. What mattress would help?",
    "My grandad is 90. His back has been sore for a couple of weeks and it's worse at night. He's fiercely independent and won't want to bother anyone. Can he take paracetamol with his other tablets?",
    "My uncle is 78 and lives alone. He's had backache for about a month, not getting better. He's been losing weight and his shirts hang off him. He's proud and won't go to the doctor. How can I help with his back?",
    "My mum is 83. Her back's been aching for weeks, she says it's her age. She's lost weight without trying, her clothes are baggy. She hates a fuss and doesn't want the GP. Would a back brace help?",
    "Aunt Jean is 85 and lives on her own. Sore back for three weeks. She's thinner than at Christmas and says she's not hungry. Very independent, won't want a fuss. Best cushion for her armchair?",
    "My father-in-law is 80. His back has ached on and off for a month. He's dropped a lot of weight without meaning to. He's a stubborn man and refuses to see anyone. Any exercises for his back?",
    "Gramps is 84, back sore for a few weeks since the garden. He's lost weight and looks gaunt, says he's fine. He's too proud to ring the surgery. What pillow helps back pain?",
    "My mother is 80. For a month her back has ached and now she's waking at night with it. She's very independent and doesn't want a fuss. Is a heat pad safe overnight?",
    "My dad is 77 and looks after himself. His back has been bad for a few weeks and his belt needs new holes because he's lost weight. He won't go to the doctor, he hates a fuss. What can he take?",
    "Grandma is 89, in sheltered housing, back aching for weeks. She's lost weight without trying. Stubborn as a mule, says don't fuss. Which stretches are gentle enough?",
]
# the same attitudes beside the signs of an emergency: still one
ATTITUDE_KEPT = [
    "My dad is 80 and stubborn, since this morning he can't feel his bum on the toilet seat. He won't want a fuss.",
    "Nan's 86 and very independent, she wet herself without noticing today and her back is bad. She won't see the GP.",
    "Mum is 77, her back is agony and both her legs have gone weak since lunch. She hates a fuss.",
    "Grandad is 83, fell off the ladder this morning and landed on his back. He won't go to the doctor.",
    "My husband is 60, chest pain going into his jaw and his upper back hurts. He doesn't want an ambulance.",
    "My mother-in-law is 81, hasn't passed urine since yesterday and her back is sore. Doesn't want the doctor.",
    "Dad's 79 and now he's stumbling and can't feel his feet, back pain for a week, he's refusing the GP.",
    "My wife is 55, her legs are numb and she can't pee, she says don't make a fuss.",
]


@pytest.mark.parametrize("question", ATTITUDE_ALONE)
def test_an_attitude_to_care_beside_a_plain_ache_raises_nothing(question: str) -> None:
    assert load_safety().check(question) == []


@pytest.mark.parametrize("question", ATTITUDE_BESIDE_SOON)
def test_an_attitude_to_care_raises_no_emergency_over_a_soon_story(question: str) -> None:
    assert tier(question) == "soon"


@pytest.mark.parametrize("question", ATTITUDE_KEPT)
def test_an_attitude_to_care_beside_an_emergency_keeps_it(question: str) -> None:
    assert tier(question) == "emergency"


def _rest(question: str) -> str | None:
    safety = load_safety()
    tokens, mentions, _ = safety._reading(question)
    return without_attitudes(tokens, mentions, safety._symptoms, safety._self)


def test_the_attitude_scopes_are_set_aside_and_a_sign_keeps_its_own() -> None:
    assert _rest("Dad is 80. He won't want a fuss.") == "dad is 80"
    assert (
        _rest("Mum is 79, her back aches. She refuses to see the GP.") == "mum is 79 her back aches"
    )
    # a sign told in the attitude's own scope keeps that scope: nothing is set aside
    assert _rest("he's numb down there and doesn't want a fuss") is None
    rest = _rest("he's numb down there and doesn't want a fuss. He refuses to see the GP.")
    assert rest == "hes numb down there and doesnt want a fuss"
    # no attitude: None (the message is judged as it is)
    assert _rest("My back aches after the gym.") is None
    # a care word with no declining word before it is no attitude
    assert _rest("The GP said my back is fine.") is None


# red flags 43 (tuned on): the mother of 79's weight loss is soon (SAFETY_FACTS), the learned
# emergency stood on "She's very independent and won't want a fuss" alone
MOTHER = (
    "My mother is 79 and lives alone, I visit on Sundays. She's complained of a bad back for a few "
    "weeks, nothing dramatic. This weekend I noticed her cardigans hanging off her and she admitted "
    "she's lost nearly a stone without meaning to. She's still walking to the shops and says she's "
    "fine. She's very independent and won't want a fuss. What kind of cushion would help her back "
    "in her armchair?"
)


def test_red_flags_43_mother_of_79_is_soon() -> None:
    assert tier(MOTHER) == "soon"
