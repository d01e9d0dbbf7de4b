"""safety44 (issue #12): redteam15's missed classes, fixed as classes: a back scored out of 10
is back pain, a return told by an idiom, emoji for a lost bladder or bowel and for a fever,
height loss measured against a time, activities given up because of the back, night pain as
hours awake, and a new onset dated lately in an older person.

Each reading is tested short, inside a message of more than 200 words, with an ordinary second
question appended and as lines of a batch, with calm twins in wordings of their own (neither
redteam15's nor tests/eval/red_flags_safety44.jsonl's)."""

from __future__ import annotations

import pytest

from backcare.engine.safety.emoji import read_emoji
from tests.safety_cases import SECOND, flagged, long_message, raised_in_batch, rules

FOLLOW_UP = SECOND

TOLD = [
    # a back scored 1-10 is back pain, for the rules that need it
    ("lower back 9/10, thermometer reads 39.0", "infection-fever"),
    ("back 7 out of 10, I've been on prednisolone since 2021", "steroids-osteoporosis"),
    # a return told by an idiom, after a sign told over
    (
        "Two years ago my bum went numb for a week, it all settled. This week history has "
        "repeated itself.",
        "cauda-equina-saddle",
    ),
    (
        "Both my legs went numb in 2020, it passed. Now it's rearing its ugly head again.",
        "both-legs",
    ),
    (
        "I wet myself a few times last spring, then it stopped. Since last night it's started "
        "over.",
        "cauda-equina-bladder",
    ),
    # emoji: a cross after a bladder or bowel word with a time after it, a pictograph
    ("wee 🚫 since lunchtime, lower back agony", "cauda-equina-bladder"),
    ("bowel ⛔ control since this morning and my back hurts", "cauda-equina-bowel"),
    ("my back hurts so much 🤒 38.9", "infection-fever"),
    # height loss measured
    ("I'm 4 cm shorter than three years ago, my back aches", "lump-shape"),
    ("my height has gone down 3 inches, and my back hurts", "lump-shape"),
    # activities given up because of the back
    ("my sciatica is so bad I've given up the gym and my book club", "not-improving"),
    ("my back pain has forced me to quit bowls and swimming", "not-improving"),
    # night pain as hours awake
    ("I'm up from 3am till 6am every night with my back", "night-pain"),
    # a leg's sign scored low "in both"
    ("my leg power is 2/10 in both since Sunday", "both-legs"),
    ("my leg has gone numb in both, back killing me", "both-legs"),
    # a clinician's examination of an ability, answered no by the asker
    (
        "the consultant asked if I could feel the pin on my bum cheeks and I couldn't",
        "cauda-equina-saddle",
    ),
    (
        "my GP checked whether I could feel her touching my inner thighs. I said no.",
        "cauda-equina-saddle",
    ),
    ("the paramedic asked me if I could pass urine, I said I can't", "cauda-equina-bladder"),
    # a new onset dated lately, in an older person
    ("I'm 79, my back pain came on this week", "age-onset"),
]

CALM = [
    "my lower back is 0/10 now, temp 36.7, which stretches keep it that way?",
    "I had a chesty cough last year, it cleared up. History is repeating itself this winter, "
    "is it OK to do back exercises with a cold?",
    "back 😩 stiff 💀 after moving house, what helps?",
    "fever ❌ numb bum ❌ bladder ❌ back pain ✅ - what stretches?",
    "my daughter is 4 cm taller than a year ago, my back aches from lifting her",
    "I've given up chocolate for lent and my back feels fine",
    "I stopped running to protect my back, what else keeps me fit?",
    "up from 2am till 5am every night with the newborn, how do I protect my back feeding her?",
    "I'm 79 and my back has been stiff in the mornings for years, gentle exercises?",
    "my wrists ache in both after typing all day, and my back is stiff too",
    "arm strength 2 out of 10 in both after the flu, is gentle back stretching OK?",
    "the GP asked if I could feel her touch my bum and I could, all normal, back just stiff",
    "the nurse asked whether I could pee and I said yes, no problem there; stretches for my back?",
    "the physio asked if I could feel it when she pressed my lower back and I couldn't believe "
    "how sore it was",
]


@pytest.mark.parametrize(("question", "rule"), TOLD)
def test_the_sign_raises_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question), (question, rules(question))


@pytest.mark.parametrize(("question", "rule"), TOLD)
def test_the_sign_in_a_long_message(question: str, rule: str) -> None:
    # with its full stop: a run-on into the padding's words is safety36's leftover
    assert rule in rules(long_message(question.rstrip(".") + ".")), question


@pytest.mark.parametrize(("question", "rule"), TOLD)
def test_the_sign_with_a_second_question(question: str, rule: str) -> None:
    assert rule in rules(question.rstrip(".") + "." + FOLLOW_UP), question


@pytest.mark.parametrize("question", CALM)
def test_calm_twins_raise_nothing(question: str) -> None:
    assert not flagged(question), (question, flagged(question))


def test_the_signs_inside_a_batch() -> None:
    raised_in_batch([q for q, _ in TOLD])


def test_a_cross_is_a_lost_function_only_after_a_bladder_or_bowel_word_with_a_time() -> None:
    assert read_emoji("pee ❌ since 6am").split() == ["pee", "not", "working", "since", "6am"]
    assert read_emoji("bowels 🚫 control").split() == ["bowels", "no", "control"]
    # a checklist's answers stay crosses for checklist.py
    for text in ("bladder ❌, numbness ❌", "bladder ❌ back pain ✅", "fever ❌ since Monday"):
        assert read_emoji(text) == text
    assert read_emoji("plain text, no marks") == "plain text, no marks"


def test_a_thermometer_face_is_a_temperature_the_reading_decides() -> None:
    assert "infection-fever" in rules("back pain and 🤒 39.4")
    assert not flagged("back pain and 🤒 36.9, so no fever")
