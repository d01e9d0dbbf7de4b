"""A lexicon phrase's postings (candidates._all_of): the entries holding all its words, whichever way
they are found (binary searches for a few, a set and compress for many)."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.candidates import _all_of
from backcare.store.protocol import Postings


def postings(cells: dict[int, tuple[float, int]]) -> Postings:
    docs = sorted(cells)
    return (
        array("I", docs),
        array("f", [cells[d][0] for d in docs]),
        array("B", [cells[d][1] for d in docs]),
    )


CELLS = st.dictionaries(
    st.integers(0, 3000),
    st.tuples(st.sampled_from([0.25, 0.5, 1.0, 1.5, 2.75]), st.integers(0, 4)),
    max_size=600,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(CELLS, min_size=2, max_size=3))
def test_phrase_postings_are_the_entries_holding_every_part(
    parts: list[dict[int, tuple[float, int]]],
) -> None:
    docs, tfs, fields = _all_of([postings(p) for p in parts])
    common = sorted(set(parts[0]).intersection(*parts[1:]))
    assert list(docs) == common
    assert list(tfs) == [min(p[d][0] for p in parts) for d in common]
    assert list(fields) == [max(p[d][1] for p in parts) for d in common]


@settings(max_examples=100, deadline=None)
@given(CELLS, st.sets(st.integers(0, 3000), max_size=50), st.floats(0.5, 3.0))
def test_phrase_postings_when_most_entries_hold_every_part(
    first: dict[int, tuple[float, int]], dropped: set[int], scale: float
) -> None:
    # the second word is in nearly every entry of the first: the set-and-compress way
    second = {d: (tf * scale, 4 - field) for d, (tf, field) in first.items() if d not in dropped}
    docs, tfs, fields = _all_of([postings(first), postings(second)])
    common = sorted(second)
    assert list(docs) == common
    assert list(tfs) == [array("f", [min(first[d][0], second[d][0])])[0] for d in common]
    assert list(fields) == [max(first[d][1], second[d][1]) for d in common]
