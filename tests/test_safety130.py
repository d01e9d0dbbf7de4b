"""safety130 (issue #12): body parts told normal in words the 'normal' reading did not know.
Before, "my back hurts but I have full feeling around my bum and groin" left the bum and groin
live: no rule fired, and the learned check, seeing the cauda equina's words, raised an emergency
on the asker's reassurance. Now a 'qualities' + 'functions' pair ("full feeling", "normal
control") or an 'abilities' pair ("feel everything") denies the parts after it in its scope
(normal_before.py), 'perfectly', 'intact', 'unchanged', 'clockwork' judge the part before them,
and the learned check reads the message without the words telling parts normal
(learned_check._normal_held). The red-team twins are tests/test_safety130_redteam.py."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


def denied(question: str, concept: str) -> list[bool]:
    return [m.negated for m in SAFETY.mentions(question) if m.concept == concept]


CALM = [
    # fronted: a quality and a function, or an ability, before the parts
    "my back hurts after gardening but I have full feeling around my bottom and groin",
    "sore back from decorating, but I still have full sensation around my bum and between my legs",
    "still got normal control of my bladder and bowels, just a stiff lower back, what stretches?",
    "lower back ache, I have complete control of my bladder and bowels, is it ok to swim?",
    "I can feel everything when I wipe, and my back is just achy from the sofa",
    "I've got normal feeling around my back passage and genitals, only the lower back aches",
    "full feeling in both legs and my bum, back ache from a long drive, any tips?",
    "stiff back after a long flight; I can feel everything down below and my legs are fine",
    "complete control of my bladder, back twinge after lifting the shopping, normal?",
    # after: the newer words judging the part before them
    "both legs work perfectly, my back is stiff after painting. Heat or ice?",
    "bowels working like clockwork, back aches after hoovering, should I rest?",
    "lower back sore from the gym; bladder and bowels unchanged, what should I do?",
    "sensation around my bum is intact, only a sore back after moving house",
    "back ache for three days, sensation around my genitals intact, bowels unchanged, stretches?",
    "Back ache: mild. Saddle sensation: intact. Bladder: unchanged.",
]


@pytest.mark.parametrize("question", CALM)
def test_parts_told_normal_raise_nothing(question: str) -> None:
    assert tier(question) is None


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("my back hurts but I have full feeling around my bum and groin", "SADDLE"),
        ("lower back pain; I still have normal control of my bladder and bowels", "URINE"),
        ("I can feel everything when I wipe, back sore", "WIPE"),
        ("toilet habits unchanged, back sore", "TOILET"),
        ("sensation in the saddle area intact, back sore", "SADDLE"),
        ("bladder working like clockwork, back sore", "URINE"),
    ],
)
def test_a_part_told_normal_is_denied(question: str, concept: str) -> None:
    assert denied(question, concept) and all(denied(question, concept))


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        # a loss, a change or a time before in the cue's scope
        ("I've lost normal control of my bladder, back pain", "URINE"),
        ("I had full feeling around my bum until this morning", "SADDLE"),
        ("only partial feeling around my groin today", "SADDLE"),
        # asked, or answered otherwise in a later sentence
        ("Do I have full feeling around my bum? Back pain.", "SADDLE"),
        ("Full feeling around my bum? No. Back pain since the weekend.", "SADDLE"),
        ("Normal control of my bladder? Nah. Back pain.", "URINE"),
    ],
)
def test_a_part_told_normal_otherwise_stays_live(question: str, concept: str) -> None:
    # the part stays live, or is read inside the sign itself ("lost normal control of my bladder")
    assert not any(denied(question, concept))


def test_a_normal_word_right_before_a_sign_describes_the_sign() -> None:
    # "perfectly" before "numb" says how numb, it judges no part
    assert not any(denied("my legs are perfectly numb, back hurts", "LEGS"))
    assert tier("my legs are perfectly numb, back hurts") == "emergency"


def test_the_learned_check_still_reads_a_sign_beside_parts_told_normal() -> None:
    question = "full feeling around my bum and groin, my legs feel like they belong to someone else"
    assert tier(question) == "emergency"
