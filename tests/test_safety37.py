"""safety37 (issue #12): false alarms, by class. Each class's ordinary wording must raise no notice,
short and inside a message of more than 200 words (where the rules alone decide); the same frame
with the asker's own current sign added must keep that sign's rule, short and long.

Classes: figures and names (a car crash said of one's sleep, "fallen through the floor",
"dropped like a stone", a crash call-out, a band called after a sign, the motoring club's
"triple a"); a bare "if" before a person supposes about them; a reported set of denials ("I said
no to all of them", "went through the list - ... - and I had none of them"); someone reporting
advice in general terms; common knowledge contrasted with one's own case ("mine is just stiff");
recovery told as an anniversary; a case vignette that presents; a leaflet's or card's words asked
about; the asker's care job; "not for me".
"""

from __future__ import annotations

import pytest

from backcare.engine.tuning import NET_MAX_WORDS
from tests.safety_cases import flagged, long_message, rules

# a neutral story with no sign, no I, no back and no time course (test_safety27's padding tells
# one, "has started ... this month", which by design keeps the notice of every reading that sets
# signs aside as asked: those readings need no time course anywhere)
STILL = (
    "The garden centre on the corner sells bulbs in every colour, tulips and daffodils by the "
    "door, and a small cafe with cakes and tea beside the pond where the ducks swim. "
)


def still_message(line: str) -> str:
    text = STILL * 5 + line + " " + STILL * 4
    assert len(text.split()) > NET_MAX_WORDS
    return text


CALM = [
    # figures and names (redteam13 B2; held-out 23; review13 F13)
    "my sleep has been an absolute car crash since the baby, does a bad night make back pain worse?",
    "honestly my posture is a complete car crash, what desk setup helps my lower back?",
    "my energy levels have fallen through the floor since my back flared up, is that normal?",
    "my running pace dropped like a stone after I hurt my back, how do I get it back?",
    "My pub quiz team is called The Night Sweats, we sit on bar stools for hours and my back "
    "aches. Any tips?",
    "I'm a paramedic; we had a nasty crash shout last night and I was kneeling for hours. "
    "Back's stiff today, heat or ice?",
    "triple a was late so I pushed the car and now my lower back aches",
    # a bare "if" before a person (held-out 23's job class)
    "I'm a reflexologist: if a client mentions numbness around their bottom, what should I "
    "tell them to do?",
    # a reported set of denials
    "The physio asked about numbness, bladder changes and weakness and I said no to all of "
    "them. Is it just a muscle strain then?",
    "GP went through the red flag list - fever, weight loss, night pain - and I had none of "
    "them. Which stretches help?",
    # someone reporting advice in general terms, then the asker's denial
    "My mate says you should go to A&E if your legs go numb with back pain. Mine don't, just "
    "asking whether he's right.",
    # common knowledge contrasted with one's own case (redteam13 B8)
    "they always say a fever with back pain is serious - mine is just sore from the gym, what "
    "helps?",
    "the rule is numb legs means 999, but mine are fine, just a tight lower back. Stretches?",
    # recovery told as an anniversary or a victory (redteam13 B7)
    "three years on from my fall off the scaffolding and I'm pain free, is rock climbing OK?",
    "I beat my bladder problems after my disc op, now I just want to get fit again, where to "
    "start?",
    # a case vignette that presents (redteam13 B5)
    "OSCE practice: 55M presents with back pain and urinary retention, what's the first "
    "investigation?",
    "how do paramedics assess a patient who fell from a ladder with back pain?",
    # a leaflet's or card's words asked about (redteam13 B6, held-out 23's poster)
    "the NHS card says 'loss of sensation in the saddle area' - where is the saddle area?",
    "my leaflet says to look out for 'urinary incontinence' - is that the same as leaking?",
    # the asker's care job (redteam13 B3)
    "I'm a support worker and spend all day changing pads for incontinent residents, my back "
    "aches, any tips?",
    # "not for me"
    "Is numbness in both legs serious with back pain? Asking for a quiz I'm writing, not for me.",
]

# the same frames with the asker's own current sign: each must keep its rule
KEPT = [
    ("my sleep has been a car crash and since this morning both my legs are numb", "both-legs"),
    (
        "My confidence has fallen through the floor, and so have I: I fell from the loft "
        "hatch onto my back an hour ago",
        "trauma",
    ),
    ("my weight has dropped like a stone without trying and my back aches", "weight-loss"),
    (
        "My pub quiz team is called The Night Sweats and I've had a fever of 39 since "
        "yesterday with back pain",
        "infection-fever",
    ),
    ("I have a triple A that's being monitored and my back hurts", "chest-heart"),
    (
        "I'm a reflexologist and since this morning I can't feel my bottom when I wipe",
        "cauda-equina-saddle",
    ),
    (
        "The physio asked about numbness and bladder changes and I said no to all of them, "
        "but since this morning I can't pee",
        "cauda-equina-bladder",
    ),
    # a sign told before the report in the denial's sentence stays the asker's
    (
        "numb bum, the doctor asked about pain in both legs, I don't have that",
        "cauda-equina-saddle",
    ),
    (
        "GP went through the red flag list - fever, weight loss - and I had none of them, but "
        "now I have a temperature of 39 and my back is agony",
        "infection-fever",
    ),
    (
        "My mate says you should go to A&E if your legs go numb with back pain. Both mine went "
        "numb an hour ago.",
        "both-legs",
    ),
    ("the rule is numb legs means 999, and both mine are numb since this morning", "both-legs"),
    ("two years on from my car crash and since this morning both my legs are numb", "both-legs"),
    (
        "OSCE practice tomorrow, but since lunch I can't pee and my back is killing me",
        "cauda-equina-bladder",
    ),
    (
        "the card says 'numbness around your back passage'. I've had that since this morning",
        "cauda-equina-saddle",
    ),
    (
        "I'm a care worker and spend all day changing pads, and since this morning I'm "
        "incontinent myself",
        "cauda-equina-bladder",
    ),
    (
        "Can you get sciatica in both legs? Asking for my revision, not for me. Well, actually "
        "both mine are numb now",
        "both-legs",
    ),
]


@pytest.mark.parametrize("question", CALM)
def test_an_ordinary_question_of_the_class_raises_nothing(question: str) -> None:
    assert not flagged(question)


@pytest.mark.parametrize("question", CALM)
def test_an_ordinary_question_of_the_class_raises_nothing_in_a_long_message(
    question: str,
) -> None:
    assert not rules(still_message(question))


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_askers_own_sign_in_the_same_frame_keeps_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_askers_own_sign_in_the_same_frame_keeps_its_rule_in_a_long_message(
    question: str, rule: str
) -> None:
    assert rule in rules(long_message(question))
    assert rule in rules(still_message(question))
