"""safety82 (issue #12): misses and tier errors read as classes.

1. A dose's limit and a count told as bare numbers (dose_counts.py): a count past the limit in
   the same unit is an overdose told; at or under it, nothing. Also in a batch, whose quick exit
   (screen.py) once dropped them: the concepts come from numbers, not phrases.
2. An intake's own time overrules a span told in another clause (own_time.py): a course finished
   last week, then a whole box tonight.
3. A course read of the supply it names (courses.py): "I've taken all the ibuprofen the GP gave me
   ..., should I stop now?" is no overdose; beside another medicine, a time, an aim or "at once"
   it stays one.
4. An older person's age carried to the fall told of them next (carried_ages.py).
5. Night pain told as "at night my back is unbearable"; an echo told "Mine are doing the same".
"""

from __future__ import annotations

import pytest

from backcare.engine.safety import Safety
from backcare.resources import read_json

SAFETY = Safety(read_json("red_flags.json"), read_json("safety_vocabulary.json"))


def _ids(message: str) -> list[str]:
    return [f.id for f in SAFETY.check(message)]


def _tier(message: str) -> str | None:
    flags = SAFETY.check(message)
    return flags[0].urgency if flags else None


# 1. limits and counts ------------------------------------------------------------------------

OVER = [
    "Leaflet: maximum 8. Me: 14. Back still agony.",
    "Limit: 4g. Taken: 6g today. Back pain bad.",
    "Box says max 6 a day. Count so far today: 11.",
    "Max dose: 3g a day. Taken today: 5g of paracetamol.",
    "Do not exceed 4,000 mg in 24 hours. I have had 5000mg today.",
    "Ibuprofen limit: 1200mg. Had 2000mg today for my back.",
    "Co-codamol - maximum 8. Mum: 13 today.",
    "The label says take up to 8 in a day. I'm up to 11 and it's only 4pm.",
    "Box: maximum 3 a day. Dad has had 5 today for his back.",
    "Max 8 a day. I've had 9 today, back still sore.",
]
UNDER = [
    "Leaflet: maximum 8. Me: 4. Back still sore.",
    "Limit: 4g. Taken: 2g today. Can I have more for my back?",
    "Box says max 6 a day. Count so far today: 4.",
    "Max 8 a day. I've had 8 today, can I have more?",
    "Paracetamol: max 4000 mg. Taken: 3000 mg.",
    "Max 8 a day. I haven't had 10, only 4.",
    # a limit for one dose, and other measures, are no day's limit of tablets
    "No more than 2 at a time, the leaflet says. I've had 6 today over three doses, back a bit better.",
    "My deadlift max is 100kg. Had 120kg on the bar today and my back is a bit tight.",
    "Max 8 hours sitting a day, my physio said. I had 10 hours at my desk today and my back is stiff.",
]


@pytest.mark.parametrize("message", OVER)
def test_a_count_past_a_stated_limit_is_an_overdose(message: str) -> None:
    assert "overdose-accidental" in _ids(message), message


@pytest.mark.parametrize("message", UNDER)
def test_a_count_at_or_under_the_limit_or_another_measure_is_none(message: str) -> None:
    assert not {"overdose-accidental", "crisis"} & set(_ids(message)), message


def test_a_count_past_a_limit_is_caught_in_a_batch_too() -> None:
    """The batch's quick exit reads phrases: a count told as a bare number has none."""
    safety = Safety(read_json("red_flags.json"), read_json("safety_vocabulary.json"))
    for k in range(30):  # past QUICK_AFTER: the quick exit is on
        safety.check_rules(f"is a heat pad good for a stiff back, question {k}")
    assert safety._screening()
    assert [f.id for f in safety.check_rules("Box: maximum 3 a day. Dad has had 5 today.")] == [
        "overdose-accidental"
    ]
    assert safety.check_rules("Box: maximum 3 a day. Dad has had 2 today.") == []


# 2. and 3. courses ---------------------------------------------------------------------------

COURSE_THEN_OVERDOSE = [
    "I finished the course of naproxen the GP gave me last week but the pain is back, so tonight "
    "I swallowed the whole box of co-codamol. Should I stop the naproxen now?",
    "The GP's course of diclofenac ran out on Monday, so tonight I swallowed the whole packet of "
    "co-codamol. Should I stop the diclofenac?",
    "I finished the course of ibuprofen two weeks ago, and an hour ago I swallowed 20 paracetamol.",
    "I've taken all the naproxen the GP gave me, all at once, should I stop now?",
    "I took all my co-codamol at once about an hour ago. Should I stop the ibuprofen too?",
    "I've taken all the naproxen. Should I stop the co-codamol as well?",
    "I've taken all my tramadol tonight. Should I stop now?",
    "I swallowed the whole box of co-codamol. Should I stop?",
]
COURSE_FINISHED = [
    "I've taken all the ibuprofen the GP gave me and the back is better, should I stop now?",
    "I've taken all the diclofenac the GP prescribed, the back is loads better, should I stop now?",
    "My dad has taken all his ibuprofen from the GP, it was a week's course. Should he stop now?",
    "I took all the diclofenac the physio suggested, my course is done, should I stop?",
]


@pytest.mark.parametrize("message", COURSE_THEN_OVERDOSE)
def test_an_overdose_beside_a_course_stays_an_emergency(message: str) -> None:
    assert _tier(message) == "emergency", (message, _ids(message))


@pytest.mark.parametrize("message", COURSE_FINISHED)
def test_a_course_of_the_supply_finished_is_no_overdose(message: str) -> None:
    assert not {"crisis", "overdose-accidental"} & set(_ids(message)), message


def test_a_span_with_no_time_of_the_intakes_own_still_explains_it() -> None:
    assert "crisis" not in _ids(
        "Last week was awful with my back so I've taken a whole box of paracetamol over the last "
        "few days."
    )


# 4. older people's falls ---------------------------------------------------------------------

OLDER_FALLS = [
    "My father is 90 year old. He fall down the stair this morning, he say he ok but I am worry.",
    "My nan is 87. She fell down the stairs last night and says her back hurts.",
    "My grandad is 89. He fell down the stairs this morning and says he is alright but I am worried.",
    "Mother is 86. She fall down stairs yesterday night, now she say back is very pain.",
]
NOT_THEIRS = [
    "My dad is 90. My son fell down the stairs this morning.",
    "My mum is 85. She fell down the stairs years ago but she's fine.",
    "My grandad is 89. He sat down too hard on the sofa and his back is a bit stiff.",
]


@pytest.mark.parametrize("message", OLDER_FALLS)
def test_an_older_persons_fall_down_the_stairs_told_apart_is_an_emergency(message: str) -> None:
    assert _tier(message) == "emergency", (message, _ids(message))


@pytest.mark.parametrize("message", NOT_THEIRS)
def test_an_age_is_not_carried_to_another_person_or_a_past_fall(message: str) -> None:
    assert _tier(message) != "emergency", (message, _ids(message))


# 5. night pain, echoes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I'm ok in the day but at night my back is unbearable",
        "my lower back is excruciating at night, ok in the daytime",
        "Days are manageable. At night my back is horrendous.",
    ],
)
def test_back_pain_unbearable_at_night_is_night_pain(message: str) -> None:
    assert "night-pain" in _ids(message), message


@pytest.mark.parametrize(
    "message",
    [
        "The heat was unbearable at night on holiday; my back is just a bit stiff from the flight.",
        "I'm fine during the day but at night my back is a bit stiff.",
    ],
)
def test_other_things_unbearable_at_night_are_no_night_pain(message: str) -> None:
    assert "night-pain" not in _ids(message), message


@pytest.mark.parametrize(
    "message",
    [
        "Dad's legs gave way on him. Mine are doing the same since my back went.",
        "My brother's legs gave way on the stairs. Mine are doing the same since my back went on "
        "Friday.",
        "Mum's legs keep giving way. I'm feeling the same since I hurt my back.",
    ],
)
def test_an_echo_doing_the_same_since_is_the_askers_sign(message: str) -> None:
    assert _tier(message) == "emergency", (message, _ids(message))


def test_an_echo_with_other_words_is_none() -> None:
    assert (
        _ids("My sister's back is stiff from yoga. I'm doing the same exercises, is that ok?") == []
    )
