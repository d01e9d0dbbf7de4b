"""safety65 (issue #12, red flags 28's care-home line): both legs not moving, and a pad or nappy
dry all day, told live of the asker or of someone they care for, raise their emergency; a
choice, a long-standing state, a textbook patient and a dry nappy of potty training do not."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()


def rule_ids(text: str) -> list[str]:
    return [f.id for f in SAFETY.check_rules(text)]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("My dad is not moving his legs at all since this morning.", "both-legs"),
        ("My dad isn't moving his legs since this morning.", "both-legs"),
        ("Mum hasn't moved her legs all day, she can't lift them.", "both-legs"),
        ("I'm not moving my legs at all since this morning.", "both-legs"),
        ("My dad can't move his legs since this morning.", "both-legs"),
        ("My dad can't lift his legs since this morning.", "both-legs"),
        ("My dad's legs have not moved since this morning.", "both-legs"),
        ("Tonight my husband's legs won't move at all.", "both-legs"),
        ("My dad's nappy has been dry all day.", "cauda-equina-bladder"),
        (
            "His pad has also been dry all shift and his tummy looks swollen and tight.",
            "cauda-equina-bladder",
        ),
        ("Gran's pad has been dry all afternoon.", "cauda-equina-bladder"),
        ("My pad has been dry today and my back is agony.", "cauda-equina-bladder"),
        ("His incontinence pad has been bone dry all day.", "cauda-equina-bladder"),
        ("My wife has stopped moving her legs since lunchtime.", "both-legs"),
        ("Dad's legs aren't moving since lunchtime.", "both-legs"),
    ],
)
def test_legs_not_moving_and_a_dry_pad_told_live_raise(text: str, rule: str) -> None:
    assert rule in rule_ids(text)


def test_red_flags_28s_care_home_line_written_out_keeps_its_emergency() -> None:
    text = (
        "We have a gentleman, 88, advanced dementia. Tonight when we went to turn him he "
        "screamed when we touched his lower back, and he's not moving his legs at all. His pad "
        "has also been dry all shift and his tummy looks swollen and tight. Should we ring the "
        "out of hours GP? I do not want to get in trouble."
    )
    assert {"both-legs", "cauda-equina-bladder"} <= set(rule_ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "I'm not moving my legs much because it hurts to",
        "My dad isn't moving his legs much because it hurts.",
        "grandma's legs have been weak for years, she uses a frame",
        "Her legs haven't moved for years since the stroke.",
        "the patient in my textbook case can't move his legs",
        "a dry nappy all night is a good sign of potty training",
        "the pad stayed dry on the long drive",
        "I'm not moving my legs much, it's too sore.",
        "stop moving your legs while I do your hair",
        "my son won't stop moving his legs at night, restless legs",
        "the nappy stayed dry all day during potty training",
    ],
)
def test_calm_twins_stay_quiet(text: str) -> None:
    assert not [i for i in rule_ids(text) if i in ("both-legs", "cauda-equina-bladder")]
