"""The `Store` protocol: what ranking reads from an index, whichever way it is kept.

Two implementations: `backcare.store.memory` (built per run for small packs) and
`backcare.store.sqlite` (a persistent file for large ones).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import compress, repeat
from operator import ge

from backcare.hints import Protocol
from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Entry

# (steps done, steps in all) of an index build: two steps an entry, analysed then added (so a
# view that names a count says total // 2 entries, never the steps: newcomer17 F2's "1414/...")
Progress = Callable[[int, int], None]

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


def impact_head(postings: Postings, count: int) -> tuple[array[int], array[float]]:
    """The first `count` postings of `impact_order` (docs, tfs), without sorting the rest: an index
    build keeps only the head of a common term's impact order, and a full sort of its tens of
    thousands of postings cost twice as much as finding the head's last tf and sorting the head.
    Ties at that tf keep doc order (the head takes the earliest), as the stable sort does."""
    docs, tfs, _ = postings
    if len(tfs) <= count:
        return impact_order(postings)[:2]
    if count <= 0:
        return array("I"), array("f")
    # the count-th largest tf: a term's tfs take few distinct values (field lengths are small
    # numbers), so they are counted in C and only the distinct values sorted
    seen = Counter(tfs)
    total = 0
    for last in sorted(seen, reverse=True):
        total += seen[last]
        if total >= count:
            break
    head = list(compress(range(len(tfs)), map(ge, tfs, repeat(last))))
    head.sort(key=tfs.__getitem__, reverse=True)  # stable: doc order among equal tfs
    del head[count:]
    return array("I", map(docs.__getitem__, head)), array("f", map(tfs.__getitem__, head))


class DocFeatures(NamedTuple):
    """What ranking needs to know of one entry beyond the postings."""

    grams: Mapping[str, int]  # the character n-grams of its question and aliases, counted
    gram_len: int


class Store(Protocol):
    """Read access to an index; in memory for small packs, SQLite-backed for large ones."""

    size: int
    gram_avg: float
    answer_share: float  # adapt.answer_share: whether questions are ranked by answer text too
    text_length: float  # an entry's average question + answer length in terms
    answer_weight: float  # adapt.answer_weight: the answer field's BM25F weight in the pack

    def postings(self, term: str) -> Postings: ...
    def impact(self, term: str) -> Impact: ...
    def has_term(self, term: str) -> bool: ...
    def has_word(self, word: str) -> bool: ...
    def words(self) -> Sequence[str]: ...
    def gram_df(self, grams: Iterable[str]) -> Mapping[str, int]: ...
    def gram_postings(
        self, grams: Iterable[str], candidates: Sequence[int]
    ) -> Mapping[str, Sequence[tuple[int, int]]]: ...
    def entry(self, doc: int) -> Entry: ...
    def features(self, doc: int) -> DocFeatures: ...
    def features_of(self, docs: Sequence[int]) -> list[DocFeatures]: ...
    def docs_with_topics(self, topics: frozenset[str]) -> frozenset[int]: ...
    # per circumstance, how many entries' questions name it, if counted at build for the
    # circumstance table of this key (engine/circumstances.py); else None
    def question_counts(self, key: int) -> Sequence[int] | None: ...
