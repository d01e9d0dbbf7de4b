"""Hypothesis strategies shared by the tests.

`packs` makes small random packs whose texts are drawn from a handful of words: stems that merge
(back/backs, sit/sitting), a stop word, a one-letter word, so that terms repeat across entries and
fields often enough for index shortcuts (bulk postings, shares per field length, n-gram counts) to
meet ties and shared terms. Written once here: the store's build and bulk tests drew their packs
from two copies that had started to differ."""

from __future__ import annotations

from hypothesis import strategies as st

from backcare.packs.schema import Entry, Pack

WORDS = ("back", "backs", "pain", "sit", "sitting", "stiff", "the", "neck", "stretch", "x", "ok")

SENTENCES = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)


def packs(max_entries: int) -> st.SearchStrategy[Pack]:
    """Packs of 1 to `max_entries` entries (ids e0, e1...), each with a question, an answer and a
    topic, at most one alias and two tags, all SENTENCES (any of them may be empty)."""
    row = st.tuples(
        SENTENCES,
        SENTENCES,
        SENTENCES,
        st.lists(SENTENCES, max_size=1),
        st.lists(SENTENCES, max_size=2),
    )
    return st.lists(row, min_size=1, max_size=max_entries).map(_pack)


def _pack(rows: list[tuple[str, str, str, list[str], list[str]]]) -> Pack:
    entries = tuple(
        Entry(f"e{n}", question, answer, topic, tuple(aliases), tuple(tags))
        for n, (question, answer, topic, aliases, tags) in enumerate(rows)
    )
    return Pack(title="t", entries=entries, path="t.json")
