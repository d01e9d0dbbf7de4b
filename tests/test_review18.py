"""review18 (a cold review of the session's merged red-flag changes, issue #12): what they lost.

1. plain.py held back the learned check's emergency when no word of a closed list of sign words
   was in the message, so a sign told in words the list lacked passed as plain pain: an overdose or
   a wish to die beside plain pain ("back pain very bad since 2 days. I am thinking to hang
   myself"), a fall from a scaffold or a window in broken English. Plain is now what every word
   says: the words of plain pain are the closed list (data/plain_pain.json 'words').
2. "since <a year>" read as long ago made a husband's "hasn't had a wee since 2000" (this evening)
   long-standing: a round time on a 24-hour clock is not a year (number kind 'year').
3. A call or a clinician asked "about my back" tells back trouble, so a fever answered yes in the
   call's questions raises the fever rule ("111 asked me about my back. Any fever? Yes, 39.")."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

# review18's lines: each an emergency on 82a987e, none after safety54's first plain.py
PLAIN_BESIDE_A_SIGN = [
    "back pain very bad since 2 days. I am thinking to hang myself.",
    "back pain very bad since 2 days. I've taken a whole box of paracetamol",
    "back pain very bad since 2 days. i not want to live anymore with this pain",
    "back pain very bad since 2 days. better if i am gone",
    "My back pain is really bad and going down my leg to my foot. I swallowed 30 co-codamol",
    "My back pain is really bad and going down my leg to my foot. i drink whole bottle of "
    "painkiller",
    "My lower back is agony since Sunday. I swallowed all my tablets an hour ago.",
    "Sciatica down my leg to my foot for a month. Tonight I took 40 co-codamol.",
    "my father back pain very strong, he drop from scaffold at work",
    "back pain very bad since 2 days, pain in breast bone go to back",
    "back pain very bad since 2 days, he jumped from the window",
    "back pain very bad since 2 days, he was run over",
    "pain going down my leg to the foot. my thing no work in bed now",
    "he cannot stand straight and pain is very strong. he move like drunk man",
]


@pytest.mark.parametrize("question", PLAIN_BESIDE_A_SIGN)
def test_a_sign_in_words_plain_pain_does_not_list_keeps_its_notice(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


# the plain pain safety54 quieted (newcomer18 F2) stays quiet: every word is plain
PLAIN = [
    "back pain very bad since 2 days",
    "my back is very painful since two days",
    "pain going down my leg to the foot",
    "the pain is going down my leg like electric to the foot is this the sciatica",
    "my husband he lift the heavy box yesterday now he cannot stand straight and pain is very "
    "strong what he should do",
    "since one week the pain is very strong in my back",
]


@pytest.mark.parametrize("question", PLAIN)
def test_plain_pain_in_broken_english_stays_quiet(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "My husband hasn't had a wee since 2000 and his lower back is killing him.",
        "My husband hasn't peed since 1930 and his lower back is killing him.",
        "my wife has not passed urine since 2015 and her back is agony",
    ],
)
def test_a_round_clock_time_after_since_is_no_year(question: str) -> None:
    assert [f.id for f in SAFETY.check(question)] == ["cauda-equina-bladder"]


@pytest.mark.parametrize(
    "question",
    [
        "I look after my husband who's had a spinal cord injury since 2010 and uses a catheter. "
        "My question is about my own back from the transfers, is a slide sheet worth it?",
        "My husband has used a catheter since 1995 after his spinal injury. My question is about "
        "my own back, is a slide sheet worth it?",
    ],
)
def test_a_year_after_since_is_still_long_standing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "111 asked me about my back. Any fever? Yes, 39.",
        "Rang 111 about my back. Any numbness around your bottom? No. Any loss of bladder control? "
        "No. Any fever? Yes, 39 and shivering.",
        "I called the GP about my back. Any fever? Yes, 38.9 since last night.",
    ],
)
def test_a_call_about_the_back_tells_back_trouble_beside_a_fever(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].id == "infection-fever"


@pytest.mark.parametrize(
    "question",
    [
        "I rang the GP about my back and she asked about fever, I said no. What stretches help?",
        "I phoned my mum about my back, she had flu last week with a fever",
    ],
)
def test_a_call_about_the_back_with_no_fever_of_the_askers_stays_quiet(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "111 asked: Have you lost control of your bladder? No. Correction, I have.",
        "Any numbness around your bottom? No. Scratch that, it's numb since this morning.",
    ],
)
def test_a_no_corrected_in_the_next_sentence_tells_the_sign(question: str) -> None:
    # checklist_words.json 'hedges_after': "correction" and "scratch" take the no back, as "well"
    # and "actually" do (the line was caught before safety55's answered-no reading, then lost)
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


@pytest.mark.parametrize(
    ("question", "raised"),
    [
        ("my patient now can't feel her legs", True),
        ("my client can't feel his bum since this morning", True),
        ("a patient at work has a numb bum", False),
        ("my client can't feel his bum when he sits on the massage table too long", False),
    ],
)
def test_a_patient_or_client_told_live_is_an_emergency_the_asker_is_with(
    question: str, raised: bool
) -> None:
    # safety55's bar on patients and clients (NOT_CARED_FOR) holds only where the sign's clause
    # tells no live time ('now', 'since this morning'): the CI's test_safety_others found "my
    # patient now can't feel her legs" no longer raised the both-legs rule
    flags = SAFETY.check(question)
    assert bool(flags and flags[0].urgency == "emergency") is raised
