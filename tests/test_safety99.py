"""safety99 (issue #12): the misses and tiers left by the twenty-fifth session, each by its class.

- A sign set against its harmless cause (set_against.py): the cause first, then a contrast and a
  time of the sign's own ("a stiff back from the allotment, but my legs went weak this morning",
  "a shy bladder at work but today nothing comes out even at home"). The shy bladder names the
  bladder the sign speaks of (cauda-equina-bladder's SHY_CAUSE + NO_FLOW).
- The asker's back told by "mine" with its cause after a list denied ("None of the above. Mine's
  from moving house"): back trouble, which a fever needs.
- A foot gone floppy (foot drop) and a sign back again told as "it's done it again".
- A form's question of an ability answered no ("Can you feel your bottom? No"): the loss told.
- A catheter a person came home with is care, not retention.
"""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, rules

RAISED = {
    # set against its cause
    "Stiff back from digging the allotment, but my legs went weak this morning": "emergency",
    "Sore back from moving house, however both legs went weak today": "emergency",
    "I've always had a shy bladder in public loos but today nothing comes out even at home": "emergency",
    "Shy bladder at work, but since this morning nothing comes out at all, back aching": "emergency",
    # "mine" told with its cause
    "None of those. Mine's from lifting boxes. I've had a fever of 38.6 since yesterday": "urgent",
    "none of the above, mine is from gardening. Shivery with a temperature of 39 today": "urgent",
    # a floppy foot, and a sign done again
    "My foot went floppy this morning and keeps catching on the stairs": "emergency",
    "Foot went floppy after kneeling. Then it was fine. It did it again today": "emergency",
    # an ability asked and answered no
    "Can you feel your bottom? No, not at all": "emergency",
    "Can you feel your bottom? No": "emergency",
    "Can you pee? Nope.": "emergency",
    "Could you feel the toilet paper when you wiped? No.": "emergency",
}


@pytest.mark.parametrize("question", sorted(RAISED))
def test_a_sign_left_by_the_last_session_raises_its_tier(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == RAISED[question], (question, flags)


CALM = [
    # the cause explains the sign told without a contrast and a time of its own
    "I get a shy bladder at work, nothing comes out when people are around",
    "shy bladder, nothing comes out in public loos",
    "shy bladder at work, nothing comes out with people next to me but fine today at home",
    "Can you feel your bottom? Yes",
    "Mum came home with a catheter after her knee op and the district nurse checks it",
]


@pytest.mark.parametrize("question", CALM)
def test_a_cause_or_care_that_explains_raises_nothing(question: str) -> None:
    assert rules(question) == set(), question


def test_a_catheter_brought_home_is_no_retention() -> None:
    """The 81-year-old of red flags 34 stays an emergency (new confusion), but not for retention:
    the catheter she came home with is care, not a sign."""
    question = (
        "Mum (81) came home with a catheter after her hip op last week. Today she's hot and"
        " shivery and her lower back hurts."
    )
    assert "cauda-equina-bladder" not in rules(question)
    assert "cauda-equina-bladder" in rules("Dad came home with a catheter because he couldn't pee")
