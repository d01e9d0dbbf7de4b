"""safety73 (issue #12, review20 F1-F5, codereview20 5 and 8): the topic frame's opening and
closing, in wordings beyond tests/eval/red_flags_review20.jsonl's.

Kept: an everyday word is no cue ("a course of prednisolone", "an episode of sciatica", "revision
surgery"); a frame closes where one of the asker's people, named from the cue's sentence on, has a
sign now ("My wife has her nursing exam next week. She ... can't wee"); a handover's new sign is
live, and a live word after the cue's sentence is no cue's own time; the asker's claim in ordinary
words ("that describes me", "I have all three"); an event is the asker's own moment, and a sign
that stayed is now; a form's function answered with a time ("Not since Tuesday"). Calm: an exam's
patient with a friend named after it, a past patient, a trainer's "someone", a handover of managed
signs, 111's questions answered no after a live time."""

from __future__ import annotations

from tests.safety_cases import SAFETY, class_tests, tier

CALM = {
    "study": [
        "Exam practice question: a 60-year-old man presents with back pain, saddle numbness "
        "and urinary retention. What's the first investigation? My friend and I disagree.",
    ],
    "case": [
        "Thinking back to a patient I had when I worked on the wards: an old man who couldn't "
        "pass urine and couldn't feel his legs. It taught me a lot. Any tips for my own stiff "
        "back?",
    ],
    "course": [
        "Had a manual handling refresher at work today; the trainer explained that if someone "
        "can't feel their legs after a fall you shouldn't move them. How should I lift boxes?",
    ],
    "care": [
        "Writing my handover: Mrs J, 88, long-term catheter since 2015, bowels on a regime, "
        "settled tonight. Is that enough?",
    ],
    "form": [
        "Rang 111 last night and they went through a load of questions - any numbness, any "
        "trouble peeing, any leg weakness - it was no to all of them. How long will my back "
        "ache?",
    ],
}
KEPT = {
    "everyday_cue": [
        (
            "Grandad is on a course of prednisolone for his arthritis. He has back pain, he can't "
            "pass urine and his legs are numb.",
            "emergency",
        ),
        (
            "My son has had another episode of sciatica. He can't feel his bottom and he can't "
            "pee.",
            "emergency",
        ),
        (
            "Dad had revision surgery on his hip last year. He has back pain, his legs are numb "
            "and he can't pee.",
            "emergency",
        ),
    ],
    "people": [
        (
            "My wife has her nursing exam next week. She has bad back pain, she can't wee and her "
            "bum is numb.",
            "emergency",
        ),
        (
            "My husband did the training for his new warehouse job. He has back pain, can't feel "
            "his bottom and can't wee.",
            "emergency",
        ),
        (
            "My colleague went on the first aid course with me. He has awful back pain and can't "
            "pass urine.",
            "emergency",
        ),
    ],
    "handover": [
        (
            "Handover: Mr Patel, 83, back pain. Hasn't passed urine for 15 hours, tummy is "
            "swollen and tender.",
            "emergency",
        ),
        (
            "Handover. Tonight Mrs Green cannot feel her legs and has wet the bed without knowing.",
            "emergency",
        ),
    ],
    "claimed": [
        (
            "Textbook says cauda equina is saddle numbness, retention and weak legs. Honestly "
            "that describes me.",
            "emergency",
        ),
        (
            "Flashcards for finals: saddle anaesthesia, urinary retention, bilateral leg "
            "weakness. Sounds just like me.",
            "emergency",
        ),
        (
            "Lecture notes on the cauda equina red flags: numb saddle area, retention, weak legs. "
            "I have all three.",
            "emergency",
        ),
    ],
    "event": [
        (
            "At the end of his football match my son's legs collapsed, both of them, and he can't "
            "get up.",
            "emergency",
        ),
        (
            "At the finish line of the race my legs went weak, both of them, and they have "
            "remained weak. Back hurts.",
            "emergency",
        ),
    ],
    "form": [
        (
            "Triage form: Are you able to pass urine normally? Not since Tuesday. Back pain 9/10.",
            "emergency",
        ),
    ],
}

class_tests(globals(), CALM, KEPT, {})


def test_a_frame_reaches_its_sentences_only() -> None:
    """'reach' is a count of sentences (codereview20 8): a sign ten sentences after a course's
    cue is no longer the course's."""
    story = " ".join(f"The lodger watched the match on day {n}." for n in range(1, 11))
    signs = "The lodger cannot pass urine and both legs are numb."
    message = f"Did a first aid course years ago. {story} {signs}"
    assert tier(message) == "emergency"


def test_the_learned_hold_reads_the_frame_once() -> None:
    """_learned_held uses the frame _topic_framed read (codereview20 5): a framed sign carries
    the frame's positions, and a framing taken back ("this is real") frames nothing."""
    case = "Exam practice question: a 60-year-old man presents with back pain, saddle numbness "
    _, mentions = SAFETY.read(case + "and urinary retention. What's the first investigation?")
    framed = [m for m in mentions if m.frame]
    assert framed and all(m.first in m.frame for m in framed)
    _, taken_back = SAFETY.read(case + "and urinary retention. This is real, not hypothetical.")
    assert not any(m.frame for m in taken_back)
