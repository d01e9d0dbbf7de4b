"""Retention told as a stretch of time without peeing (red flags 37's first run missed "it's been 14
hours" after "how many hours is too long without weeing?"): "14 hours without a wee", "gone a
whole day without peeing", "without weeing for 10 hours" read as RETENTION (data only:
safety_vocabulary.json), though "without" is a negation word that denies the bare "weeing".
The hours start at eight (the `high` number band): a night's sleep without a wee is no sign. The
twins that share the frame and are no sign stay quiet: another thing gone without, a break not
taken for a wee, a question in general, a stretch told in a year gone by."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

RAISED = [
    "it's been 14 hours without weeing and my back is agony",
    "14 hours without a wee, lower back pain since friday",
    "gone 12 hrs without peeing and my back hurts",
    "2 days without a wee and my back is killing me",
    "went a whole day without peeing, sciatica both sides",
    "without peeing for 10 hours now, back is bad",
    "my dad has been 16 hours without a drop and his back has gone",
]

QUIET = [
    "10 hours without a cigarette and my back aches",
    "sat 9 hours without a break for a wee, back stiff, best stretches?",
    "how long can you go without peeing? asking for a friend",
    "I slept 6 hours without a wee for once, back a bit stiff this morning",
    "I went 14 hours without weeing on the coach trip last year, is sitting that long bad for"
    " my back?",
]


@pytest.mark.parametrize("question", RAISED)
def test_a_stretch_without_peeing_is_retention(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].id == "cauda-equina-bladder" and flags[0].urgency == "emergency"


@pytest.mark.parametrize("question", QUIET)
def test_the_twins_without_a_sign_stay_quiet(question: str) -> None:
    assert SAFETY.check(question) == []
