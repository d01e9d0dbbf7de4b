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
def _words() -> dict[str, frozenset[str]]:
    lists = listed_words("days_after.json")
    missing = {"joiners", "still", "days", "also", "this"} - lists.keys()
    if missing:
        raise DataError(f"days_after.json: missing {sorted(missing)}")
    return lists


def lasts_into_a_day(tokens: Sequence[Token], after: int, end: int) -> bool:
    """Whether the words after position `after` up to `end` (its sentence's last word) tell the
    sign going on into a later time of day (module doc)."""
    words = _words()
    for k in range(after + 1, end + 1):
        if tokens[k].surface not in words["joiners"]:
            continue
        j, still = k + 1, False
        while j <= end and tokens[j].surface in words["still"] | words["this"]:
            still = still or tokens[j].surface in words["still"]
            j += 1
        if j > end or tokens[j].surface not in words["days"]:
            continue
        if still:
            return True
        also = tokens[j + 1].surface if j + 1 <= end else ""
        if also in words["also"] and also != "well":
            return True
        if also == "as" and j + 2 <= end and tokens[j + 2].surface == "well":
            return True
    return False
