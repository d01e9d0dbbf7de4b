"""safety139 (issue #12): false alarms and scope errors on messages with no current warning sign,
fixed by cause; every quieting reading red-teamed with a real sign in the same sentence.

- A pain on breathing told of the back, beside the asker's denial of chest pain (denied_alike.py,
  data/denied_alike.json): the back's pain, no chest emergency; kept beside any heart or lung
  sign, a sudden or severe onset, a fever, a fall or a clot's setting.
- Safety-net advice answered "none of that has happened" (safety_net.py): a denying partitive's
  subject states nothing, a told word under a negation tells no condition come true; "they've
  just gone numb" is a change told; a supposition ends where the asker answers it
  (hypothetical.py), so "that hasn't happened but I can't feel my bum" keeps its emergency (the
  base missed it).
- "nothing's" denies as "nothing" does; alcohol or sugar given up is an intended weight loss; a
  fever gone by the next day is over (data/safety_vocabulary.json).
- The other leg told "completely normal": no both-legs (the base already read it so; kept here as
  a guard beside its red team).

Every message here is this round's own (tests/eval/red_flags_safety139.jsonl), none copied from
an eval set.
"""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, keeps_its_tier, row_id, set_rows, tier

# calm lines still flagged: the learned check is sure of an emergency where the rules read the
# advice's condition answered no (its words, not the denial, weigh), and "it's a stiff back"
# after the answer reads to safety_net.affirmed as the condition come true
KNOWN_ALARMS = {
    "My osteopath said to ring 999 if I get numb around my bottom or can't wee, none of that has "
    "happened, just a sore back",
    "The out of hours doctor said if my legs give way go to A&E, none of that has happened, it's a "
    "stiff back from gardening",
    "The GP told me to go straight to A&E if I can't feel when I wipe, none of that has happened",
}


@pytest.mark.parametrize("row", set_rows("safety139", True), ids=row_id)
def test_a_real_sign_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize(
    "row",
    set_rows(
        "safety139", False, KNOWN_ALARMS, "the learned check or affirmed() (see KNOWN_ALARMS)"
    ),
    ids=row_id,
)
def test_the_calm_twins_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


def test_a_pain_on_breathing_is_read_as_breathlessness_by_the_learned_check() -> None:
    """BREATH_PAIN was split from BREATHLESS for the rules only: the model's feature is the one it
    was trained on (net.UNTRAINED)."""
    features = SAFETY.learned_features("my back hurts when I breathe in")
    assert "c:BREATHLESS" in features
    assert not any("BREATH_PAIN" in f for f in features)


@pytest.mark.parametrize(
    "message",
    [
        "My back hurts when I breathe in",
        "it hurts to breathe in and my back aches",
        "Upper back pain when I breathe in deeply",
        # no back in the pain's clause: the pain on breathing may be the lung's
        "It hurts to breathe in, no chest pain, and my back aches",
    ],
)
def test_a_pain_on_breathing_not_covered_by_a_denial_keeps_the_chest_emergency(
    message: str,
) -> None:
    assert "chest-heart" in [f.id for f in SAFETY.check(message)], message


@pytest.mark.parametrize(
    "message",
    [
        "Upper back pain when I breathe in deeply, no chest pain",
        "My lower back hurts when I breathe in, no chest pain, pulled it lifting",
    ],
)
def test_a_pain_on_breathing_told_of_the_back_beside_a_denied_chest_raises_no_chest_rule(
    message: str,
) -> None:
    assert "chest-heart" not in [f.id for f in SAFETY.check_rules(message)], message


@pytest.mark.parametrize(
    "message",
    [
        # advice given, no answer: the advice's condition alone (safety_net.py, as before)
        "My physio told me to go to A&E if I can't pee",
        # the condition come true
        "The GP said if my legs go weak to ring 999, and now my legs have gone weak",
        "The GP said if my legs go weak to ring 999, none of that had happened till today, both "
        "legs gave way",
    ],
)
def test_advice_readings_around_the_answer(message: str) -> None:
    expected = None if message.startswith("My physio told") else "emergency"
    assert tier(message) == expected, message
