"""review30 (issue #12): a cold reviewer's red flags written in the frames safety115 made quieter
and in safety117's languages (tests/eval/red_flags_review30.jsonl: 110 red flags, 30 ordinary
twins). The old code (4543b6ce) caught 101/110; safety115 (fd2b763d) lost nine both-legs
emergencies to not_that.py's milder state ("It's not that my legs are weak, they're just not
doing what I tell them"), which now needs a state named in data/not_that.json's mild_states;
safety117 lost two learned emergencies of messages it reads word for word ("não sinto nada quando
me limpo", "mujhe pair mehsoos nahin ho rahe"), which a mostly-read message now keeps.

Every sign is caught at least at its labelled tier and every twin raises nothing, but for the rows
below (strict xfails: a fix shows)."""

from __future__ import annotations

import pytest

from tests.safety_cases import row_id, set_rows, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# missed (or below the label) on every version: none since safety119 (a box ticked under a title
# line that names someone is the writer's yes; a frail mother's confusion in Spanish is read)
MISSED_EVERYWHERE: set[str] = set()

# ordinary twins that raise a notice: a phrasebook's sign told in another language (read word
# for word, as an English message's quoted words are not yet); the song's, the grandmother's
# 1950 story's and the Polish "no fever, no numbness" are calm since safety119 and safety120
# together (a wholly read message's tier from its English reading; frames set aside)
RAISED = {
    "Wie sagt man 'ich kann nicht mehr laufen' auf Englisch? Für den Urlaub",
}


@pytest.mark.parametrize(
    "row",
    set_rows("review30", True, MISSED_EVERYWHERE, "missed or below its tier on every version"),
    ids=row_id,
)
def test_a_sign_is_caught_at_least_at_its_tier(row: dict[str, str]) -> None:
    raised = tier(row["q"])
    assert RANK[raised] >= RANK[row["tier"]], (row["q"], raised, row["tier"])


@pytest.mark.parametrize(
    "row", set_rows("review30", False, RAISED, "a known false alarm"), ids=row_id
)
def test_an_ordinary_twin_raises_nothing(row: dict[str, str]) -> None:
    assert tier(row["q"]) is None, row["q"]
