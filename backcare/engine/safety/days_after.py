"""A numbness told going on after its seat, into a later time of day (safety113, issue #12,
review28: "Blamed the cheap folding chairs at the festival for my numb bum but it's been numb for
the whole drive home and today as well" raised nothing).

A seat explains a numbness while one sits (causes.py). A sign told as going on after the seat
into a later time ("... and today as well", "... and still this morning", "... and today too")
has outlasted it, and every seat told before it: the drive home is a seat, but the numbness
went on into today. After the cause in the sign's sentence: a 'joiners' word, then (past a
'still' word only, or a 'this' word) a 'days' word, then an 'also' word ("as well", "too"), or a
'still' word before the day (data/days_after.json). A day told with no such word ("and today
I'm getting a cushion") is no lasting. Pure: tokens in, a verdict out; one pass over a sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.resources import DataError


@functools.cache
def _words() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """The joiners, the 'still' words, the 'this' words, the days and the 'also' words."""
    lists = listed_words("days_after.json")
    try:
        return lists["joiners"], lists["still"], lists["this"], lists["days"], lists["also"]
    except KeyError as error:
        raise DataError(f"days_after.json: {error!r}") from None


def lasts_into_a_day(tokens: Sequence[Token], after: int, end: int) -> bool:
    """Whether the words after position `after` up to `end` (its sentence's last word) tell the
    sign going on into a later time of day (module doc)."""
    joiners, stills, these, days, alsos = _words()
    for k in range(after + 1, end + 1):
        if tokens[k].surface not in joiners:
            continue
        j, still = k + 1, False
        while j <= end and (tokens[j].surface in stills or tokens[j].surface in these):
            still = still or tokens[j].surface in stills
            j += 1
        if j > end or tokens[j].surface not in days:
            continue
        # "and still this morning", or "and today too" / "and today as well" (an 'also' word
        # within two words: "as well")
        if still or any(tokens[q].surface in alsos for q in range(j + 1, min(j + 3, end + 1))):
            return True
    return False
