"""s31 fixA (after merging safety119 and safety120; issue #12): a measure told as a number after
has/is/was is no temperature, and Hindi/Urdu phrases are read in Hindi's dictionary.

1. safety119 read a number with a fractional part after has/is/was as a fever ("my 4yo has
   39.1"); a BMI, a weight, a score or a blood level told so ("my BMI is 39.2") read as one too.
   The senses now name the measures before the verb, as they named the units after it ("is 39.2
   kg"), so the measure's phrase hides the number from FEVER; a person's or a temperature's
   number stays a fever.
2. The merge put safety119's 34 Hindi/Urdu phrases ("koi farq nahi", "hosh nahi") in Tagalog's
   dictionary, after safety120's Tagalog: every language's phrases are checked to be its own
   where safety119 and safety120 wrote them.
"""

from __future__ import annotations

import pytest

from backcare.engine.safety.foreign_reading import in_english
from backcare.resources import read_json
from tests.safety_cases import SAFETY


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


MEASURES_CALM = [
    "my BMI is 39.2 and my back aches when I walk far, would losing weight help?",
    "her weight is 41.5 now and her back hurts after gardening",
    "my Oswestry score was 40.5 at the physio, back still sore",
    "my vitamin D level is 38.9 and I have lower back pain",
    "my son's BMI has hit 39.7, he says his back aches",
    "my BMI is at 40.1 and my back is sore, can I swim?",
    "her blood sugar was 38.7 and her back hurts, she is diabetic",
    "on average his score is 39.6, back is stiff in the mornings",
    "My BMI has crept up to 39.4 and I get backache after standing",
    "my Oswestry disability index came out at 38.8 and my back is bad",
]

FEVERS = [
    "my 4yo has 39.1 and says her back hurts",
    "my daughter is 38.6 and complaining of back pain",
    "he was 39.4 last night and his back is killing him",
    "temp is 38.9 and my lower back aches",
    "my husband has 39.2 this morning with back pain and shivers",
    "this time it was 39.5 and my back is agony",
    "my daughter's temperature level is 39.2 and her back is sore",
    "his temp reading was 39.1 and his back hurts",
    "she's 39.3 since lunch and her lower back hurts",
]


@pytest.mark.parametrize("question", MEASURES_CALM)
def test_a_measure_told_as_a_number_is_no_fever(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize("question", FEVERS)
def test_a_temperature_told_as_a_number_is_still_a_fever(question: str) -> None:
    assert tier(question) in ("urgent", "emergency"), question


HINDI = [
    ("dawai se koi farq nahi", "no better"),
    ("nani ko hosh nahi", "confused"),
    ("ghar par sab kuch try kar liya", "at home everything tried"),
]


@pytest.mark.parametrize(("text", "english"), HINDI)
def test_safety119s_hindi_phrases_are_read_as_hindi(text: str, english: str) -> None:
    reading = in_english(text)
    assert reading is not None and english in reading.text, (text, reading)


def test_no_language_holds_another_languages_phrases() -> None:
    """Hindi's phrases of safety119 in Hindi's dictionary, none of them in Tagalog's."""
    languages = read_json("foreign_reading.json")["languages"]
    for phrase in ("koi farq nahi", "hosh nahi", "pehchan nahi rahi", "ghar par", "dawai"):
        assert phrase in languages["hi"]["phrases"], phrase
        assert phrase not in languages["tl"]["phrases"], phrase
