"""safety77 (issue #12, red flags review20): red flags still missed or under-called, by class, in
wordings beyond tests/eval/red_flags_review20.jsonl's and red_flags_safety77.jsonl's.

Kept: an older person's fall told in an idiom ("came a cropper", "went flying", "took a tumble")
or with legs that won't hold them or a night on the floor; an age in brackets or in another
sentence; a name with an age in apposition ("Handover: Ivy, 90, ...") is someone else, whose sign
now is theirs; a dry nappy told adjective first, or no wet nappy, beside a fall or with no
training told; a child's fever with them pointing to their back; a study list claimed in other
words ("I tick every one", "that's me on all three", "Snap."); a form's ability question answered
with a no of degree ("Hardly at all", "Barely", "Only a dribble"); the asker's person named by a
possessive ("my husband's on a first aid course. He ...") with a sign now.
Calm: a young adult's trip who is fine, an older person up and about at once, a potty used, a
child's fever with no back sign, a study list "none of which I have", a form answered "Yes,
fully", a degree to a question of no sign, a snap that is a pencil's."""

from __future__ import annotations

from backcare.engine.safety.checklist import read_checklist
from tests.safety_cases import class_tests, tier

CALM = {
    "falls": [
        "My nephew (19) tripped down a couple of stairs at a party and is totally fine.",
        "Gran (88) slipped on the kitchen floor but got straight up and carried on baking.",
        "Grandpa, 82, went flying over the hose but was up and about straight away, no harm done.",
    ],
    "nappies": [
        "Potty training day 5: dry nappy all afternoon because he went on the potty every time!",
        "My toddler has a temperature and a cough, no other symptoms. How long to keep her home?",
    ],
    "study": [
        "Revising the red flags for my physio finals: saddle numbness, retention, weak legs, "
        "none of which I have. Any memory tricks?",
        "Flashcards for my OSCE: saddle anaesthesia, retention, bilateral weakness. My pencil "
        "went snap halfway through.",
    ],
    "forms": [
        "Form asked: Can you empty your bladder? Yes, fully. My back has ached for a week.",
        "Physio form: Can you bend to touch your toes? Barely. Back pain for a week.",
    ],
    "frames": [
        "My sister's reading a thriller. The heroine can't feel her legs after a crash. She "
        "says the ending is brilliant.",
        "My brother's on a first aid course. They covered spinal injuries, when you can't feel "
        "your legs after a fall. He learnt to keep the person still.",
    ],
}
KEPT = {
    "falls": [
        ("Grandad (84) came a cropper down the steps at the bus station.", "emergency"),
        ("Mum, 90, went flying in the garden and her legs won't support her.", "emergency"),
        (
            "Nan is 87. She took a tumble in the night and was on the floor till morning.",
            "emergency",
        ),
        ("My father 86 years, he fall in garden, his legs not hold him.", "emergency"),
    ],
    "named": [
        (
            "Night notes: Winifred, 90, back pain on paracetamol. She slipped by her bed and can't "
            "get up.",
            "emergency",
        ),
    ],
    "nappies": [
        (
            "My son (20 months) bumped his back falling off the bed this morning and has had a "
            "dry nappy since.",
            "emergency",
        ),
        ("Baby hasn't had a wet nappy for 10 hours and is very sleepy.", "emergency"),
        ("My 3 year old has a high temperature and keeps pointing at his back.", "urgent"),
    ],
    "study": [
        (
            "Revising the cauda equina signs: numb saddle, can't pee, both legs weak. Snap.",
            "emergency",
        ),
        (
            "Exam flashcards: saddle numbness, retention and weak legs. I tick all of them.",
            "emergency",
        ),
        (
            "Learning the red flags for finals: saddle anaesthesia, retention, weak legs. That's "
            "me on all three.",
            "emergency",
        ),
    ],
    "forms": [
        ("Triage form: Can you empty your bladder? Barely. Back pain since Monday.", "emergency"),
        (
            "The nurse asked: Can you pass urine normally? Not really, only a dribble. Back "
            "pain for days.",
            "emergency",
        ),
    ],
    "frames": [
        (
            "My husband's on a manual handling course. He has lost feeling in both legs and "
            "can't pee.",
            "emergency",
        ),
    ],
}

class_tests(globals(), CALM, KEPT, {})


def test_a_bracketed_age_is_an_aside_but_a_reading_is_not() -> None:
    assert tier("Dad (81) went head over heels down the stairs.") == "emergency"
    assert tier("My temperature (38.9) and back pain started today") == "urgent"


def test_a_degree_answer_is_read_as_the_no_only_where_the_no_is_the_sign() -> None:
    said = read_checklist("Can you empty your bladder? Hardly at all. Back pain.")
    assert said.startswith("I cannot empty my bladder")
    kept = "Any numbness around your bottom? Hardly. Back pain."
    assert read_checklist(kept) == kept
    taken_back = "Can you empty your bladder? Barely. Well, it all comes out in the end."
    assert read_checklist(taken_back) == taken_back
