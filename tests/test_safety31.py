"""safety31's readings (docs/safety.md, "Thirty-first round"; issue #12, red flags 21 and round
11's leftovers): a new urge leak told as not making it to the loo in time; numbers told in words;
a sign asked and answered no ("Heavy legs? No."); the asker's health or care job naming its
patients' signs; a study purpose with "I'm healthy"; "tell" and "say" as reporting words; a
generic "can X put your back out?" with a friend's event as its reason; star-sign senses of
Cancer; a sentence naming no one after one about someone else; "never had back pain" before a new
pain. Each class in wordings of its own (not the probes'), with twins that keep their notice, and
every kept sign also inside a message of more than 200 words, which only the rules read."""

from __future__ import annotations

import time

import pytest

from backcare.engine.safety.checklist import read_checklist
from backcare.engine.safety.spoken import spoken_numbers
from tests.safety_cases import flagged, long_message, rules

KEPT = [
    # a new urge leak, downplayed or not
    (
        "no biggie but lately I can't always get to the bathroom in time, back has ached since "
        "Friday",
        "cauda-equina-bladder",
    ),
    (
        "I haven't been reaching the loo in time this week and my lower back is sore",
        "cauda-equina-bladder",
    ),
    # numbers told in words
    ("back pain and my temperature was thirty-eight point six last night", "infection-fever"),
    ("my lower back hurts and I'm running a hundred and one point five", "infection-fever"),
    # a sign asked and answered yes keeps its notice
    ("Numb bottom? Yes, since lunch. Back pain? Yes.", "cauda-equina-saddle"),
    # a job's worker telling their own sign
    (
        "I'm a staff nurse and since last night I can't pee and my back is agony",
        "cauda-equina-bladder",
    ),
    ("I'm a care assistant, I lift residents all day and my legs have both gone weak", "both-legs"),
    (
        "I'm a physio, I see patients all day, fever and the shivers, back is agony",
        "infection-fever",
    ),
    (
        "I'm a porter at the hospital and I fell down the stairs yesterday, my back is agony",
        "trauma",
    ),
    # a study purpose, but the asker's own sign told
    (
        "What's saddle numbness? It's for an essay, but my bum has actually been numb since "
        "yesterday",
        "cauda-equina-saddle",
    ),
    # a report of the friend's words, then the asker's own sign
    (
        "My friend tell me fever is danger and I have fever and back pain since two days",
        "infection-fever",
    ),
    # the asker's own event after a generic question
    (
        "Can sneezing put your back out? I did it yesterday and it hurts every time I cough",
        "cough-strain",
    ),
    # real cancer beside a star-sign word
    ("I had bowel cancer last year and now my back aches all night", "cancer-history"),
    # a sentence naming no one after one about someone else is the asker's
    (
        "My partner is away this week. Numb between my legs since this morning and my back is bad",
        "cauda-equina-saddle",
    ),
    (
        "The kids are at school. Fever and shivering since last night, back pain too",
        "infection-fever",
    ),
    # "never had back pain" before the pain told
    (
        "I'm 64 and never had back pain in my life, but for a month a dull ache keeps me up at "
        "night and I've lost a stone without trying",
        "weight-loss",
    ),
]


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_keeps_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_keeps_its_rule_in_a_long_message(question: str, rule: str) -> None:
    assert rule in rules(long_message(question))


CALM = [
    # a denied leak, another "in time"
    "I always get to the loo in time, no leaks at all, just a stiff back from the garden",
    "I never get to the bus stop in time because my back is so stiff in the mornings",
    # a spoken age or weight
    "I'm forty-two and my back is stiff after five-a-side, any stretches?",
    # asked and answered no
    "Numb bottom? No. Sore back from the new office chair? Yes. Which chair?",
    "Any trouble peeing? Nope. Stiff lower back after decorating? Totally.",
    # a health or care job naming its patients' signs
    "I'm a district nurse, I empty catheter bags and check bladder scans all day; my back aches",
    "I'm a carer, changing incontinence pads all shift and my lower back is sore from bending",
    "As a paramedic I attend falls from ladders and car crashes every week and my back aches",
    # a study purpose with the asker well
    "Can losing weight without trying be a red flag for back pain? It's for a school project, "
    "I'm healthy",
    # a friend's words reported, the sign denied in non-native English
    "My brother tell me weak legs is danger with back pain. My legs is fine, only back is stiff",
    # a generic question, the friend's event as its reason
    "Can coughing really put your back out? My neighbour did it last month, I'm curious how",
    # star signs
    "As a Cancer with Venus rising I'm told I carry stress in my back. Stretches for desk work?",
    # someone else in hospital after a crash, the asker's back from the visits
    "My cousin's in hospital after a car crash and sitting by his bed all week has made my back "
    "stiff",
]


@pytest.mark.parametrize("question", CALM)
def test_calm(question: str) -> None:
    assert not rules(question)


def test_a_job_sentence_told_with_a_state_or_a_time_is_the_asker_s() -> None:
    # the asker's telegraphic signs in a working sentence are no list of the job's cases
    assert "both-legs" in rules("I'm a nurse, I lift patients all day and both legs have gone numb")
    assert "cauda-equina-bladder" in rules(
        "I'm a nurse, I see patients all day, numb bum and can't pee"
    )
    # a vocative is no job named
    assert "age-onset" in flagged("Doctor, I am 58, first time back pain in my life, 5 weeks now")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thirty-nine point five", "39.5"),
        ("a hundred and two", "102"),
        ("one hundred point four", "100.4"),
        ("Temperature of thirty eight this morning", "Temperature of 38 this morning"),
        ("I don't have one", "I don't have one"),  # a lone number word stays a word
        ("forty winks", "forty winks"),
    ],
)
def test_spoken_numbers(text: str, expected: str) -> None:
    assert spoken_numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the item answered yes is told as the item (safety35)
        ("Heavy legs? No. Heavy bag? Yes", "Heavy legs nil. Heavy bag: yes"),
        ("Fever? Nope.", "Fever nil."),
        ("Serious? No idea.", "Serious? No idea."),  # no answer: "No" does not end its clause
        # a question whose no is the sign, told as the sign (safety60: "Can I still walk? No.")
        ("Can I still walk? No.", "I cannot still walk."),
        ("Able to pee? No.", " not Able to pee."),  # a function answered no is the sign
    ],
)
def test_a_sign_asked_and_answered_no(text: str, expected: str) -> None:
    assert read_checklist(text) == expected


def test_the_question_answer_reading_is_linear_on_hostile_input() -> None:
    started = time.perf_counter()
    read_checklist("ab " * 60_000 + "? no")
    read_checklist("a? n" * 50_000)
    assert time.perf_counter() - started < 5
