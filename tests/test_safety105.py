"""safety105 (issue #12, red flags 35): false alarms by class and the sepsis and shock tier.

- Signs given as what to watch for (a physio's, a GP's, a page's or a checker's list), then denied
  by the asker, are the list's (watch_lists.py); the sign present after the list, or a claim
  after the denial, keeps the notice.
- Signs quoted as a joke ("'I can't feel my legs' ... lol", "jokes that he's 'lost the use of his
  legs'") are hyperbole (joked.py); a sign told outside the quotation, or "really", keeps it.
- A side effect asked about with the asker's wellness apart ("mine are fine just asking") is a
  topic; a sign told after it is the asker's.
- Sepsis and shock signs beside a fever or a temperature below 36 (new confusion, hard to wake, a
  rash that does not fade, pale and clammy, blue lips, fainting), severe pain with the signs of
  shock, a baby that stopped moving with a fever, and sudden severe back and tummy pain in an
  older person are emergencies (sepsis-shock; NHS sepsis, NICE NG51, NHS AAA); an ordinary
  fever, a cold and clammy hand and "I'm confused about" stay as they were.
- Misses: "my back is getting worse fast" (sudden-severe), "haven't slept because of my back"
  (night pain, as "can't sleep because of my back" already was), "both legs go dead for a minute
  or two on the toilet, after that they're fine" (worn off).
"""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, rules, tier

WATCH_CALM = [
    "My physio told me to watch for numbness round my bottom or trouble peeing. I've got neither,"
    " just my usual sciatica down the right leg which is slowly easing. Anything else I can do?",
    "The GP said to look out for numbness down below or problems peeing. I have none of those,"
    " what stretches help?",
    "My GP went through all the red flags with me today: numbness in the saddle area, trouble"
    " peeing or leaking, both legs weak, fever. I have none of those. What exercises help?",
    "'Go to A&E if both legs are weak' is what the NHS page says. One leg's a bit achy from"
    " sciatica, both work fine. Stretch or rest?",
    "The leaflet says to watch out for a numb bum or wetting yourself. None of that here, just a"
    " stiff back. Heat or ice?",
    "Looking at an online symptom checker that asks: 'Do you have numbness around your genitals"
    " or bottom? Difficulty passing urine? Weakness in both legs? A high temperature?' I answered"
    " no to everything and it said self-care. Anything else I should do besides walking?",
]

WATCH_KEPT = [
    # the sign present after the list, no denial
    "The GP said to watch for numbness down there, and now I have it",
    "My physio told me to watch for numbness round my bottom. Since this morning my bum is numb.",
    # a claim after the denial
    "My physio told me to watch for numbness round my bottom or trouble peeing. I've got neither,"
    " but both my legs have gone weak",
    "The GP said to look out for numbness down below or problems peeing. None of those except I"
    " can't pee since last night",
    # a listed kind told live elsewhere
    "My physio told me to watch for numbness round my bottom or trouble peeing. I've got neither."
    " My bum has been numb since Tuesday though.",
    # a question asked because the sign is there
    "could this numbness round my bum be serious?",
]

JOKE_CALM = [
    "'I can't feel my legs' is what I said after the marathon lol. Back is stiff today, can I"
    " foam roll it?",
    "My husband jokes that he's 'lost the use of his legs' every time he has to walk the dog. He's"
    " walking perfectly well, just stiff. How do I get him to stretch?",
    "One of the dads pulled his back and said 'I can't feel my legs' as a joke. He then ran the"
    " line for the whole second half. Heat or ice?",
    "My brother keeps joking that 'both his legs have gone numb' after leg day, haha. Is foam"
    " rolling ok for his back?",
]

JOKE_KEPT = [
    "My husband jokes that he's 'lost the use of his legs' but tonight he really can't stand up",
    "He said 'I can't feel my legs' as a joke but now both his legs are numb and he can't walk",
    "'I can't feel my legs' - not joking, my back went and both legs are numb",
    "My husband is always joking but tonight he can't feel his legs",
    "I said 'I can't feel my legs' lol and now I genuinely can't feel my legs",
    # the asker's own words quoted back to a notice (safety87's reply)
    "Why did it say emergency? I typed 'can't pee' lol, what do you mean",
]

SIDE_EFFECT_CALM = [
    "is incontinance a side affect of any back pain tablets? mine are fine just asking",
    "is incontinence a side effect of naproxen? mine are fine, just wondering",
]

SIDE_EFFECT_KEPT = [
    "is incontinence a side effect of any back pain tablets? I've been leaking since I started them",
    "is incontinence a side effect of any back pain tablets? mine are fine but I wet myself today",
]

SEPSIS_EMERGENCY = [
    "Mum is 84, back pain, temp 39.4, shivering and sweating, and she's not making any sense this"
    " evening",
    "fever 39.1, shaking, sweating all night, back agony and he's really drowsy and hard to wake",
    "burning up with a fever and shaking, back pain, and I've got a rash that doesn't fade when I"
    " press a glass on it",
    "Dad 72, sudden severe pain in his lower back and tummy, worst he's ever had, he's gone really"
    " pale and clammy",
    "temp 38.7, shivery, back pain, and I'm 30 weeks pregnant and the baby has stopped moving",
    "temp 35.1, shaking, back pain and mum is confused",
    "Mum's 78, sudden agonising pain in her back and tummy",
    "back pain, fever 39, she keeps fainting",
    "high temperature and back pain, his lips have gone blue",
    "back pain and a fever of 39 and I can't wake him properly",
]

# the fever rule's urgent stays, and no emergency rises on these
FEVER_URGENT = [
    "I have a fever and back pain and I'm confused about whether to use heat or ice",
    "back pain and a temperature of 38.5, my hands are cold and clammy",
    "back pain with a fever, feeling really unwell",
    "Should I worry that my back pain came with a fever? I'm confused",
]

MISSES = [
    ("my back is getting worse fast", "urgent"),
    ("my back pain is getting worse quickly, what should I do", "urgent"),
    ("haven't slept because of my back", "soon"),
    ("haven't slept properly for a week because of my back", "soon"),
]

WORN_OFF_CALM = [
    "both legs go dead for a minute or two when I sit on the toilet too long, after that they're"
    " fine",
    "my legs go numb for a few minutes when I sit on the loo too long, after that it's fine",
]

WORN_OFF_KEPT = [
    "both legs go dead when I sit on the toilet too long, after that they're fine but since"
    " yesterday they stay numb",
]


@pytest.mark.parametrize("message", WATCH_CALM + JOKE_CALM + SIDE_EFFECT_CALM + WORN_OFF_CALM)
def test_a_list_denied_a_joke_a_topic_or_a_spell_over_raises_nothing(message: str) -> None:
    assert SAFETY.check(message) == [], message


@pytest.mark.parametrize("message", WATCH_KEPT + JOKE_KEPT + SIDE_EFFECT_KEPT + WORN_OFF_KEPT)
def test_the_real_sign_in_the_same_frame_is_an_emergency(message: str) -> None:
    assert tier(message) == "emergency", message


@pytest.mark.parametrize("message", SEPSIS_EMERGENCY)
def test_sepsis_and_shock_signs_beside_a_fever_or_severe_pain_are_an_emergency(
    message: str,
) -> None:
    assert "sepsis-shock" in rules(message), message
    assert tier(message) == "emergency", message


@pytest.mark.parametrize("message", FEVER_URGENT)
def test_an_ordinary_fever_stays_urgent(message: str) -> None:
    assert "sepsis-shock" not in rules(message), message
    assert tier(message) == "urgent", message


def test_severe_pain_told_as_near_fainting_is_no_shock_sign() -> None:
    # "nearly passed out" is how bad pain is told: fainting counts beside a fever only
    assert "sepsis-shock" not in rules("severe back pain, I nearly passed out getting up")
    assert "sepsis-shock" in rules("back pain and a fever, and she passed out in the kitchen")


def test_lying_on_the_stomach_is_no_tummy_pain() -> None:
    assert "sepsis-shock" not in rules(
        "I'm 67 and woke up with terrible back pain, I sleep on my stomach"
    )


@pytest.mark.parametrize(("message", "expected"), MISSES)
def test_misses_are_caught_at_their_tier(message: str, expected: str) -> None:
    assert tier(message) == expected, message


def test_a_bad_night_for_another_reason_is_no_night_pain() -> None:
    assert "night-pain" not in rules("I haven't had a bad night because of my back, it's fine")
