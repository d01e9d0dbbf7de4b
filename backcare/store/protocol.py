"""The `Store` protocol: what ranking reads from an index, whichever way it is kept.

Two implementations: `backcare.store.memory` (built per run for small packs) and
`backcare.store.sqlite` (a persistent file for large ones).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Entry

Progress = Callable[[int, int], None]  # (entries done, total) of an index build

# Parallel arrays: doc numbers, BM25F weighted tf, index in FIELDS of the term's best field there.
Postings = tuple["array[int]", "array[float]", "array[int]"]

# The same postings' doc numbers and tfs in impact order (tf descending, then doc order): ranking
# reads only the head of a common word's list (backcare.engine.topk); and, for a term in many
# entries, its dense bounds (backcare.engine.topk.dense_bounds; None where not kept).
Impact = tuple["array[int]", "array[float]", bytes | None]


def impact_order(postings: Postings) -> Impact:
    docs, tfs, _ = postings
    order = sorted(range(len(docs)), key=tfs.__getitem__, reverse=True)  # stable: doc order kept
    # gathered in C (`map`): an index build sorts every term's postings
    return array("I", map(docs.__getitem__, order)), array("f", map(tfs.__getitem__, order)), None


class DocFeatures(NamedTuple):
    """What ranking needs to know of one entry beyond the postings."""

    grams: Mapping[str, int]  # the character n-grams of its question and aliases, counted
    gram_len: int


class Store(Protocol):
    """Read access to an index; in memory for small packs, SQLite-backed for large ones."""

    size: int
    gram_avg: float

    def postings(self, term: str) -> Postings: ...
    def impact(self, term: str) -> Impact: ...
    def has_word(self, word: str) -> bool: ...
    def words(self) -> Sequence[str]: ...
    def gram_df(self, grams: Iterable[str]) -> Mapping[str, int]: ...
    def gram_postings(
        self, grams: Iterable[str], candidates: Sequence[int]
    ) -> Mapping[str, Sequence[tuple[int, int]]]: ...
    def entry(self, doc: int) -> Entry: ...
    def features(self, doc: int) -> DocFeatures: ...
    def docs_with_topics(self, topics: frozenset[str]) -> frozenset[int]: ...
