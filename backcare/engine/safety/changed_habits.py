"""A habit told as over, then told changed (safety113, issue #12, review28: "numb bum on the
saddle, it used to go as soon as I got off but now it doesn't, 3 days now" raised nothing).

"Used to" is a long-ago phrase: it dates its own clause and the clause before it ("numb bum on
the saddle, used to get that as a kid"). When its sentence goes on to say the habit has changed
('changes' after it: "but now it doesn't", "not any more", "no longer"), the habit was how the
sign used to pass, and the sign told before it is told now, so the phrase dates its own clause
only. data/changed_habits.json holds the words; past.py asks. Pure: tokens in, a verdict out.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.resources import DataError

# the words after a habit's phrase where its change may be told ("used to go as soon as I got off
# but now it doesn't": 10 words), a bound on long text
CHANGE_REACH = 25


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of a habit's phrase and the words that tell it changed."""
    lists = listed_words("changed_habits.json")
    try:
        return lists["habits"], lists["changes"]
    except KeyError as error:
        raise DataError(f"changed_habits.json: {error!r}") from None


def changed_habit(tokens: Sequence[Token], positions: Sequence[int]) -> bool:
    """Whether a long-ago phrase at `positions` is a habit whose sentence goes on, after it, to
    tell it changed (module doc)."""
    habits, changes = _words()
    first = positions[0]
    if tokens[first].surface not in habits:
        return False
    sentence = tokens[first].sentence
    for p in range(positions[-1] + 1, min(positions[-1] + 1 + CHANGE_REACH, len(tokens))):
        if tokens[p].sentence != sentence:
            return False
        if tokens[p].surface in changes:
            return True
    return False
