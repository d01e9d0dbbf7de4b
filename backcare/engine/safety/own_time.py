"""An intake's own time against a span told elsewhere in its sentence (safety82, issue #12;
review21): "I finished the course of naproxen the GP gave me last week but the pain is back, so
tonight I swallowed the whole box of co-codamol." OD_TAKEN lapses beside a span of days in its
sentence (OD_SPREAD, "~": "I've taken a whole box of paracetamol, over the last few days" is
dosing), but here the span is the course's, in another clause, and the intake's own clause tells
its time ("tonight", "an hour ago": OD_RECENT): that time wins. A span in the intake's own clause
still explains it ("tonight I finished the box I started last week" is the week's). The table is
data/dose_counts.json 'own_time'."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


@functools.cache
def _table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    from backcare.resources import read_json

    data = read_json("dose_counts.json")["own_time"]
    return {k: frozenset(v) for k, v in data["intakes"].items()}, frozenset(data["times"])


def own_time_wins(
    tokens: list[Token],
    m: Mention,
    cause: Mention,
    named: Mapping[str, Sequence[Mention]],
) -> bool:
    """Whether m's own clause tells a time of its own that overrules `cause`, a span told in
    another clause of its sentence (see the module)."""
    intakes, times = _table()
    if cause.concept not in intakes.get(m.concept, ()):
        return False
    clause = tokens[m.first].clause
    if tokens[cause.first].clause == clause or tokens[cause.last].clause == clause:
        return False
    return any(tokens[t.first].clause == clause for c in times for t in named.get(c, ()))
