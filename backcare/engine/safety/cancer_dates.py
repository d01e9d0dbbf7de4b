"""A long-ago date that dates a cancer's history, not the signs told after it (safety109, issue
#12, review27: "Finished chemo 2 years ago, had a weird episode where I couldn't feel my legs, it
resolved after an hour" raised nothing).

A long-ago phrase (PAST: "2 years ago") covers its own scope and goes on over a story told in
the past (past.py), and dated_over.py moves a resolved sign in its sentence to the past. Told in
the clause of a cancer or its treatment ('dated' in data/cancer_dates.json: "Finished chemo 2
years ago"), the date is that history's: the cancer rules read a cancer in any sentence and in
the past, and a cancer history with leg numbness or weakness is an emergency (SAFETY_FACTS),
a sign that came and went included. So such a date leaves the clauses after its own undated:
what is past there is what the other dates make past. When unsure, the notice stands. Pure:
tokens and phrase finds in.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from backcare.engine.safety.reading import Found, Token
from backcare.resources import DataError


@functools.cache
def _dated() -> frozenset[str]:
    """The concepts whose clause a date then dates (data/cancer_dates.json)."""
    from backcare.resources import read_json

    try:
        return frozenset(str(c) for c in read_json("cancer_dates.json")["dated"])
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"cancer_dates.json: {error!r}") from None


def history_dates(tokens: list[Token], found: list[Found], dating: str) -> list[Found]:
    """The `dating` phrases told in the clause of a cancer or its treatment."""
    dated = _dated()
    clauses = {tokens[f.positions[0]].clause for f in found if f.label in dated}
    if not clauses:
        return []
    return [f for f in found if f.label == dating and tokens[f.positions[0]].clause in clauses]


def without(found: list[Found], histories: list[Found]) -> list[Found]:
    """The phrase finds less the history dates (by identity: one set, so a long text of many
    dates stays linear)."""
    if not histories:
        return found
    dates = {id(h) for h in histories}
    return [f for f in found if id(f) not in dates]


def undated_after(
    tokens: list[Token],
    found: list[Found],
    past: set[int],
    histories: list[Found],
    past_of: Callable[[list[Found]], set[int]],
) -> set[int]:
    """The past positions, those in the clauses after a history's date (`histories`, from
    history_dates) past only where the reading without those dates (`past_of`) makes them so."""
    if not histories:
        return past
    rest = past_of(without(found, histories))
    after = min(tokens[h.positions[-1]].clause for h in histories)
    return {p for p in past if tokens[p].clause <= after or p in rest}
