"""safety39 (issue #12): missed signs by class. An accident told again (review14 F14), ...

Each reading is tested short, inside a message of more than 200 words, with an ordinary second
question appended and as one line of a batch, with calm twins in wordings of their own (not the
probes')."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.safety_cases import SAFETY, long_message, rules

APPENDED = " Also, which stretches are good for a stiff back?"


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


def batch(lines: list[str]) -> list[dict[str, object]]:
    """Each line's answer, asked as lines of one batch (`ask --json -`)."""
    result = CliRunner().invoke(app, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(lines)
    return answers


def batch_tiers(lines: list[str]) -> list[str | None]:
    """The most urgent tier each line of a batch raises, an ordinary question between them."""
    ordinary = "is heat or ice better for a stiff back?"
    asked = [line for question in lines for line in (ordinary, question)]
    answers = batch(asked)
    assert not any(answers[k]["red_flags"] for k in range(0, len(asked), 2))
    tiers: list[str | None] = []
    for answer in answers[1::2]:
        flags = answer["red_flags"]
        assert isinstance(flags, list)
        tiers.append(flags[0]["urgency"] if flags else None)
    return tiers


# review14 F14: an accident told again after an old one dated as over; "it again" and "another
# crash" name no mechanism of their own, the old episode's is told again now
AGAIN = [
    "four years on from falling off the loft hatch, I fell off it again last night onto my back",
    "I came off my motorbike in 2021. Came off it again this afternoon and my back is in agony",
    "I was knocked off my bike by a car last summer, and today I was in another crash, back hurts",
    "five years since I fell from the scaffold; I fell again from it an hour ago, my back is agony",
    "I fell down the stairs at work years ago. Fell down them again this morning, my back hurts",
]
AGAIN_CALM = [
    "I fell off the loft ladder years ago and my back has been playing up again this week",
    "I came off my motorbike in 2021 and I'm scared I'll have another crash, my back is stiff",
    "a year on from my car crash, my back aches again in the cold",
    "I was in a car crash years ago. How do I stop my back stiffening up again after driving?",
    "I fell off my bike as a kid and fell off it again as a teenager, my back is fine now",
]


@pytest.mark.parametrize("question", AGAIN)
def test_an_accident_told_again_is_trauma(question: str) -> None:
    assert "trauma" in rules(question)
    assert tier(question) == "emergency"


@pytest.mark.parametrize("question", AGAIN)
def test_an_accident_told_again_in_a_long_message_and_with_a_question(question: str) -> None:
    assert "trauma" in rules(long_message(question))
    assert "trauma" in rules(question + "." + APPENDED)


def test_an_accident_told_again_in_a_batch() -> None:
    assert batch_tiers(AGAIN) == ["emergency"] * len(AGAIN)


@pytest.mark.parametrize("question", AGAIN_CALM)
def test_an_old_accident_whose_pain_is_back_is_no_new_trauma(question: str) -> None:
    assert "trauma" not in rules(question)
    assert "trauma" not in rules(long_message(question))


# redteam14 A2: a second language's bladder grammar ("urine is stop", "no can make pee", "not
# getting urine from yesterday"): retention, the guidance's "can't pee"
SECOND_LANGUAGE = [
    "from two days pee is stop and back paining very bad",
    "I no can do wee since last evening, my lower back is hurting",
    "my mother is not making urine from morning time, her back is paining",
    "not coming urine since 8 hours and back pain too much",
]
SECOND_LANGUAGE_CALM = [
    "I'm not getting urine infections any more since I drink more water, but my back aches",
    "I am not coming for the urine test today because of my back pain",
    "my urine is normal colour, only the back is paining since Monday",
]


@pytest.mark.parametrize("question", SECOND_LANGUAGE)
def test_a_second_languages_retention_raises_the_bladder_rule(question: str) -> None:
    assert "cauda-equina-bladder" in rules(question)
    assert "cauda-equina-bladder" in rules(long_message(question))
    assert "cauda-equina-bladder" in rules(question + "." + APPENDED)


def test_a_second_languages_retention_in_a_batch() -> None:
    assert batch_tiers(SECOND_LANGUAGE) == ["emergency"] * len(SECOND_LANGUAGE)


@pytest.mark.parametrize("question", SECOND_LANGUAGE_CALM)
def test_urine_named_in_other_words_is_no_retention(question: str) -> None:
    assert "cauda-equina-bladder" not in rules(question)


# redteam14 A6: a clinician's examination finding in clinical words, the reassurance after it
# ("but not to worry", "probably sciatica") no denial of it: the guidance's saddle and sphincter
# signs as an examiner finds them
FINDINGS = [
    "the A&E doctor did a rectal exam and said the anal tone was decreased, sent me home for my back",
    "my physio noted reduced perineal sensation but said it's just my sciatica, back pain all week",
    "on examination the GP said I had absent anal wink, then gave me codeine for my back",
    "the registrar wrote sphincter tone poor but told me to rest my back at home",
]
FINDINGS_CALM = [
    "the doctor did a neuro exam and said my perineal sensation and anal tone were normal, back strain",
    "the physio checked my reflexes and sensation, all fine, just a stiff lower back",
    "what does 'anal tone reduced' mean on a back pain leaflet? just curious",
    "revising for my exam: what is the anal wink reflex and why test it in back pain?",
]


@pytest.mark.parametrize("question", FINDINGS)
def test_a_clinicians_finding_is_suspected_cauda_equina(question: str) -> None:
    assert "cauda-equina-suspected" in rules(question)
    assert "cauda-equina-suspected" in rules(long_message(question))
    assert "cauda-equina-suspected" in rules(question + "." + APPENDED)


def test_a_clinicians_finding_in_a_batch() -> None:
    assert batch_tiers(FINDINGS) == ["emergency"] * len(FINDINGS)


@pytest.mark.parametrize("question", FINDINGS_CALM)
def test_a_normal_finding_or_a_question_about_one_is_calm(question: str) -> None:
    assert tier(question) != "emergency"


# redteam14 A8: a pulsating abdominal mass told by a beat or a pulse in the belly, with back pain:
# chest-heart's aneurysm
PULSING = [
    "my stomach is thumping like a drum and my lower back pain is the worst ever",
    "there's a swelling in my belly that pulses with my heartbeat, back agony",
    "I can feel a heartbeat in my tummy when I lie flat and my back hurts like hell",
]
PULSING_CALM = [
    "my heart was pounding at the top of the hill and my back aches from the rucksack",
    "my tummy is gurgling and my back is stiff after the flight",
    "I get a throbbing headache and an upset stomach with my period, and back ache",
]


@pytest.mark.parametrize("question", PULSING)
def test_a_pulsing_belly_with_back_pain_is_chest_heart(question: str) -> None:
    assert "chest-heart" in rules(question)
    assert "chest-heart" in rules(long_message(question))
    assert "chest-heart" in rules(question + "." + APPENDED)


def test_a_pulsing_belly_in_a_batch() -> None:
    assert batch_tiers(PULSING) == ["emergency"] * len(PULSING)


@pytest.mark.parametrize("question", PULSING_CALM)
def test_a_pounding_heart_or_a_rumbling_tummy_is_no_pulse_in_the_belly(question: str) -> None:
    assert "chest-heart" not in rules(question)


# redteam14 A3: a bladder's sign told by a pronoun over two sentences: retention or incontinence
# when the bladder or its water is named just before, nothing when something else is
PRONOUN = [
    ("My bladder is playing up. It won't start at all. Lower back agony.", "cauda-equina-bladder"),
    (
        "Worried about my waterworks. It's stopped since this morning. Back is bad.",
        "cauda-equina-bladder",
    ),
    (
        "Back gone since Sunday. Then my bladder today. It let go in the shop.",
        "cauda-equina-bladder",
    ),
]
PRONOUN_CALM = [
    "Worried about my boiler. It won't start at all. Lower back agony from kneeling at it.",
    "My bladder is fine. It's the back that won't settle, stiff every morning.",
    "My dog's bladder is weak. It let go on the rug, and cleaning it hurt my back.",
]


@pytest.mark.parametrize(("question", "rule"), PRONOUN)
def test_a_bladders_sign_told_by_a_pronoun(question: str, rule: str) -> None:
    assert rule in rules(question)
    assert rule in rules(long_message(question))
    assert rule in rules(question + APPENDED)


def test_a_bladders_sign_told_by_a_pronoun_in_a_batch() -> None:
    assert batch_tiers([q for q, _ in PRONOUN]) == ["emergency"] * len(PRONOUN)


@pytest.mark.parametrize("question", PRONOUN_CALM)
def test_a_pronoun_for_something_else_is_no_bladder_sign(question: str) -> None:
    assert "cauda-equina-bladder" not in rules(question)
