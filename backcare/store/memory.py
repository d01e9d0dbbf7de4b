"""A `Store` over an index built in memory: for packs small enough to index on every run."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence

from backcare.engine.index import IndexData
from backcare.packs.schema import Entry, Pack
from backcare.store.protocol import DocFeatures, Impact, Postings, impact_order

_NO_POSTINGS: Postings = (array("I"), array("f"), array("B"))


class MemoryStore:
    """A Store over an in-memory IndexData."""

    def __init__(self, pack: Pack, data: IndexData) -> None:
        self.size = data.size
        self.gram_avg = data.gram_avg
        self.answer_share = data.answer_share
        self.text_length = data.text_length
        self.answer_weight = data.answer_weight
        self._pack = pack
        self._data = data
        self._words: list[str] | None = None
        self._impacts: dict[str, Impact] = {}

    def postings(self, term: str) -> Postings:
        return self._data.postings.get(term, _NO_POSTINGS)

    def impact(self, term: str) -> Impact:
        """Sorted on first use: a small pack's lists are short, and most terms are never asked."""
        found = self._impacts.get(term)
        if found is None:
            found = self._impacts[term] = impact_order(self.postings(term))
        return found

    def has_term(self, term: str) -> bool:
        return bool(self.postings(term)[0])

    def has_word(self, word: str) -> bool:
        return word in self._data.vocabulary

    def words(self) -> Sequence[str]:
        if self._words is None:
            self._words = sorted(self._data.vocabulary)
        return self._words

    def gram_df(self, grams: Iterable[str]) -> Mapping[str, int]:
        return self._data.gram_df

    def gram_postings(
        self, grams: Iterable[str], candidates: Sequence[int]
    ) -> Mapping[str, Sequence[tuple[int, int]]]:
        postings = self._data.gram_postings
        found = {g: postings[g] for g in grams if g in postings}
        if len(candidates) == self.size:
            return found
        # a gram's postings filtered, or (few candidates against a long list: a common gram in a
        # large pack, each of `validate`'s questions) the candidates' own gram counts looked up
        features = self._data.features
        wanted = set(candidates)
        ordered = sorted(wanted)
        return {
            g: [p for p in plist if p[0] in wanted]
            if len(plist) <= 4 * len(ordered)
            else [(d, n) for d in ordered if (n := features[d].grams.get(g, 0))]
            for g, plist in found.items()
        }

    def entry(self, doc: int) -> Entry:
        return self._pack.entries[doc]

    def features(self, doc: int) -> DocFeatures:
        return self._data.features[doc]

    def features_of(self, docs: Sequence[int]) -> list[DocFeatures]:
        return list(map(self._data.features.__getitem__, docs))

    def docs_with_topics(self, topics: frozenset[str]) -> frozenset[int]:
        """Entries under these topic names, as spelled in the pack (resolved by engine.query)."""
        return frozenset(i for i, e in enumerate(self._pack.entries) if e.topic in topics)

    def question_counts(self, key: int) -> Sequence[int] | None:
        """Not kept: a small pack's circumstances are counted from its postings."""
        return None
