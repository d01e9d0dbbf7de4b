"""safety41 (issue #12): signs told through a clinician's words (red flags 24's misses), and
redteam15's missed classes.

Each reading is tested short, inside a message of more than 200 words, as one line of a batch and
with an ordinary second question appended, with calm twins in wordings of their own (not the
probes')."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, SECOND, flagged, long_message, raised_in_batch, rules

FOLLOW_UP = SECOND

# red flags 24: a clinician's instruction to get care now (emergency) or today (urgent) is the red
# flag the clinician saw
SENT = [
    ("the locum examined me and said I must go to A&E straight away", "clinician-sent"),
    ("my osteopath told me to get to hospital tonight, my back is bad", "clinician-sent"),
    ("GP sent me to A&E this morning with my back, I'm sat in the waiting room", "clinician-sent"),
    ("the 111 nurse said I should go to the emergency department now", "clinician-sent"),
    ("the paramedic on the phone advised me to ring 999 for an ambulance", "clinician-sent"),
    ("my chiropractor wants me to go to A and E, is she overreacting?", "clinician-sent"),
    ("the pharmacist told me to ring 111 about my back this afternoon", "clinician-sent-today"),
    ("physio said I need to be seen by a doctor today about my back", "clinician-sent-today"),
]
SENT_CALM = [
    "my physio said to go to A&E if my legs ever go numb; for now which stretches help?",
    "the doctor told me to ring 111 if the pain gets much worse, what can I take for it?",
    "the GP said I don't need to go to hospital, it's a muscle strain",
    "my GP sent my dad to A&E in 2019 for his back, he was fine",
    "can I go to A&E for back pain or should I see my GP?",
    "I'm a paramedic and we take people with back pain to A&E every shift",
    "the leaflet says ring 999 if you cannot pass urine, what does it mean?",
]


@pytest.mark.parametrize(("question", "rule"), SENT)
def test_a_clinicians_instruction_raises_its_tier(question: str, rule: str) -> None:
    assert rule in rules(question), (question, rules(question))
    tier = "emergency" if rule == "clinician-sent" else "urgent"
    assert tier in {f.urgency for f in SAFETY.check(question)}


@pytest.mark.parametrize(("question", "rule"), SENT)
def test_a_clinicians_instruction_in_a_long_message(question: str, rule: str) -> None:
    assert rule in rules(long_message(question))


@pytest.mark.parametrize(("question", "rule"), SENT)
def test_a_clinicians_instruction_with_a_second_question(question: str, rule: str) -> None:
    assert rule in rules(question + "." + FOLLOW_UP)


@pytest.mark.parametrize("question", SENT_CALM)
def test_advice_under_a_condition_or_someone_elses_stays_calm(question: str) -> None:
    found = rules(question)
    assert not found & {"clinician-sent", "clinician-sent-today"}, (question, found)


def test_a_name_with_an_ampersand_is_one_clause() -> None:
    # "&" between letters joins them ("A&E", "B&Q"); elsewhere it still parts clauses
    assert "clinician-sent" in rules("the doctor told me to go to A&E")
    assert "both-legs" in rules("back pain & numb legs")


def test_the_new_readings_inside_a_batch() -> None:
    raised_in_batch([q for q, _ in SENT])


def test_calm_twins_raise_nothing_of_the_new_rules_when_checked_whole() -> None:
    for question in SENT_CALM:
        assert not flagged(question) & {"clinician-sent", "clinician-sent-today"}, question


# red flags 24: night pain that wakes the person and eases by day is no pain that has passed
EASES_BY_DAY = [
    "my back wakes me at 4am every night but it's loads better by the afternoon",
    "the pain in my back wakes me every night, it settles by lunchtime",
    "my back ache wakes me up nightly and is fine during the day",
]
PASSED = [
    "my back was sore last week but it's much better now, any stretches to keep it that way?",
    "pulled my back on Saturday, it's getting better by the day, when can I run?",
]


@pytest.mark.parametrize("question", EASES_BY_DAY)
def test_night_pain_that_eases_by_day_raises_night_pain(question: str) -> None:
    assert "night-pain" in rules(question)
    # with its full stop: a run-on into the padding's "mild" is safety36's leftover, not this class
    assert "night-pain" in rules(long_message(question + "."))
    assert "night-pain" in rules(question + "." + FOLLOW_UP)


@pytest.mark.parametrize("question", PASSED)
def test_pain_that_has_passed_stays_calm(question: str) -> None:
    assert not flagged(question), question


def test_night_pain_easing_by_day_inside_a_batch() -> None:
    raised_in_batch(EASES_BY_DAY, "soon")


# redteam15 A5: a form's answer that says the item is not there: a function item so answered is
# the loss, a symptom item is denied
FORM_LOSS = [
    ("Back: 6/10. Feeling between my legs: none.", "cauda-equina-saddle"),
    ("Lumbar pain - bad. Saddle sensation - absent.", "cauda-equina-saddle"),
    ("Back pain: yes. Bladder control: lost.", "cauda-equina-bladder"),
    ("Back agony. Bowel control - gone.", "cauda-equina-bowel"),
]
FORM_DENIED = [
    "Back pain: 3 weeks. Fever - no. Weight loss: none.",
    "Lower back stiff - yes. Temperature: nil.",
]


@pytest.mark.parametrize(("question", "rule"), FORM_LOSS)
def test_a_function_answered_absent_is_the_loss(question: str, rule: str) -> None:
    assert rule in rules(question), (question, rules(question))
    assert rule in rules(long_message(question))
    assert rule in rules(question + FOLLOW_UP)


@pytest.mark.parametrize("question", FORM_DENIED)
def test_a_symptom_answered_none_is_denied(question: str) -> None:
    assert not rules(question), (question, rules(question))


def test_a_form_loss_inside_a_batch() -> None:
    raised_in_batch([q for q, _ in FORM_LOSS], "emergency")


# redteam15 A6: leg strength told only as a low score is weakness
STRENGTH = [
    "back pain all week and my legs are 2/10 strength today",
    "both legs strength 1/10 since this morning, back agony",
    "lower back bad, leg power about 3 out of 10 on both sides",
]
STRENGTH_CALM = [
    "my leg strength is 9/10 again after physio, back feels good",
    "strength training 3 times a week for 10 weeks helped my back",
    "one leg strength 3/10 after my knee op, back a bit stiff",
]


@pytest.mark.parametrize("question", STRENGTH)
def test_a_low_strength_score_in_the_legs_is_weakness(question: str) -> None:
    assert "both-legs" in rules(question), (question, rules(question))
    assert "both-legs" in rules(long_message(question + "."))
    assert "both-legs" in rules(question + "." + FOLLOW_UP)


@pytest.mark.parametrize("question", STRENGTH_CALM)
def test_a_high_or_one_leg_score_raises_no_emergency(question: str) -> None:
    assert "both-legs" not in rules(question), (question, rules(question))


def test_a_strength_score_inside_a_batch() -> None:
    raised_in_batch(STRENGTH, "emergency")


# redteam15 A1: a temperature read off a thermometer named with a word between, or by its brand
READINGS = [
    "back pain and 38.9 on the forehead thermometer",
    "my back is bad, 39.2 on my bedside thermometer",
    "back aching and the Tempa reads 38.6",
]
READINGS_CALM = [
    "38 on the greenhouse thermometer, is heat good for a stiff back?",
    "the ear thermometer says 36.8, back just stiff",
]


@pytest.mark.parametrize("question", READINGS)
def test_a_thermometers_fever_reading_raises_infection_fever(question: str) -> None:
    assert "infection-fever" in rules(question), (question, rules(question))
    assert "infection-fever" in rules(long_message(question + "."))
    assert "infection-fever" in rules(question + "." + FOLLOW_UP)


@pytest.mark.parametrize("question", READINGS_CALM)
def test_a_place_or_a_normal_reading_stays_calm(question: str) -> None:
    assert "infection-fever" not in rules(question), (question, rules(question))


def test_a_thermometer_reading_inside_a_batch() -> None:
    raised_in_batch(READINGS)


# redteam15 A2: cancer history told by euphemism ("the big C", "a C survivor")
EUPHEMISMS = [
    "had the big C three years ago and my back aches every night now",
    "big C survivor, my mid back has been sore for a month",
    "I'm a C survivor and this back pain won't shift",
]


@pytest.mark.parametrize("question", EUPHEMISMS)
def test_a_cancer_euphemism_is_cancer_history(question: str) -> None:
    assert "cancer-history" in rules(question), (question, rules(question))
    assert "cancer-history" in rules(long_message(question + "."))
    assert "cancer-history" in rules(question + "." + FOLLOW_UP)


def test_someone_elses_big_c_or_a_big_cup_stays_calm() -> None:
    assert "cancer-history" not in rules("my dad beat the big C, how do I help him up the stairs?")
    assert not rules("is a big cup of tea before bed bad for my back?")


def test_a_cancer_euphemism_inside_a_batch() -> None:
    raised_in_batch(EUPHEMISMS, "urgent")
