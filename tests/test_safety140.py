"""safety140 (issue #12, red flags 48): false alarms of denial lists, by cause.

- A message of denials with a negated verb among them ("I haven't fallen or had any accident") was
  read whole by denied_rest.py, and the learned check, weighing the signs' words and barely their
  denials, raised an emergency. A negated verb opening the denial of an event, a fever or chest
  pain (data 'rest_verb_denied') is now the denial's, not a sign's negated verb. A function's
  negated verb still has the message read whole ("i not go number one since last night", review18,
  reads "number" as numb: no sensation is in the list).
- A list's items each answered ", no" at the end of its clause ("any problems peeing, no. numbness
  between the legs, no. weakness, no.": a triage call retold) are read as answered ": no"
  (colon_noes.comma_noes_as_colons), two or more of them and none a sentence of the asker's own or
  a negation's; a form's no said again ("Both legs? No, not even one") is the no
  (checklist_words.json 'answer_rest_repeats').

tests/eval/red_flags_safety140.jsonl: 45 real signs in the shapes of the readings (each an
emergency before and after, but one the base misses too) and 17 calm lines; every message is this
round's own.
"""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, keeps_its_tier, row_id, set_rows

# "can feel when i wipe, no" is the sign (no feeling), but an item holding "i" is a sentence:
# the list is read as written, and the base misses it too
KNOWN_MISSES = {"fever, no. weight loss, no. can feel when i wipe, no."}


@pytest.mark.parametrize(
    "row", set_rows("safety140", True, KNOWN_MISSES, "missed on the base too"), ids=row_id
)
def test_a_real_sign_beside_denied_events_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize("row", set_rows("safety140", False), ids=row_id)
def test_denied_events_and_a_tight_back_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


def test_a_functions_negated_verb_still_has_the_message_read_whole() -> None:
    # review18's retention: "number" is read as numb, denied by "not"; numb is no event
    flags = SAFETY.check("back pain very bad since 2 days, i not go number one since last night")
    assert flags and flags[0].urgency == "emergency"
