"""Red-flag wordings from newcomer24's trial (a physiotherapist pasting a patient's email into the
prompt): breathlessness told with laughter as its cause is an expression, not a sign; the same
breathlessness with pain or no such cause is still an emergency. The quiet cases raised an EMERGENCY
chest notice on main 6cab5e94."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()


@pytest.mark.parametrize(
    "question",
    [
        "I could hardly breathe from laughing when my son saw me crawl in",
        "couldn't catch my breath from laughing, back aches now",
        "we were all breathing with laughter at the dog, and my back's stiff since",
    ],
)
def test_breath_lost_to_laughter_is_an_expression(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "I could hardly breathe from the pain in my back and chest",
        "I can hardly breathe, my back and chest hurt, I was laughing earlier",
        "sudden back pain and I can't catch my breath",
    ],
)
def test_breathlessness_with_pain_is_still_an_emergency(question: str) -> None:
    assert "emergency" in [flag.urgency for flag in SAFETY.check(question)]
