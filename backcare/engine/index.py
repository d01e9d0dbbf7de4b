"""Indexing a pack: per-entry analysis, BM25F postings and character n-gram statistics. Pure: no I/O.
`backcare.store.memory` serves small packs from an `IndexData`; `backcare.store.sqlite` writes the same
`IndexBuilder` output to a file for large ones.

Field weights (question and aliases weigh most, then tags and topic, the answer least) and how much a
term found in each field counts towards coverage live here because postings record them.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from backcare.engine.analyze import Analyzer, words
from backcare.engine.tuning import FIELD_COVER, FIELD_WEIGHTS, B
from backcare.packs.schema import Entry, Pack
from backcare.store.protocol import DocFeatures, Postings

FIELDS = tuple(FIELD_WEIGHTS)


def field_texts(entry: Entry) -> dict[str, list[str]]:
    return {
        "question": [entry.question],
        "aliases": list(entry.aliases),
        "tags": list(entry.tags),
        "topic": [entry.topic],
        "answer": [entry.answer],
    }


@lru_cache(maxsize=65536)
def word_grams(word: str) -> tuple[str, ...]:
    """Character 3-5-grams of one word, with its boundaries marked."""
    padded = f" {word} "
    return tuple(padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1))


def text_grams(analyzer: Analyzer, texts: Iterable[str]) -> Counter[str]:
    grams: Counter[str] = Counter()
    for text in texts:
        for word in words(text):
            if word not in analyzer.stopwords:
                grams.update(word_grams(word))
    return grams


def doc_features(
    entry: Entry, analyzer: Analyzer, analysed: Mapping[str, list[str]] | None = None
) -> DocFeatures:
    analysed = analysed if analysed is not None else analyse_fields(entry, analyzer)
    cover: dict[str, int] = {}
    for index, name in enumerate(FIELDS):
        for term in analysed[name]:
            if term not in cover or FIELD_COVER[name] > FIELD_COVER[FIELDS[cover[term]]]:
                cover[term] = index
    grams = text_grams(analyzer, [entry.question, *entry.aliases])
    return DocFeatures(cover, grams, sum(grams.values()))


def analyse_fields(entry: Entry, analyzer: Analyzer) -> dict[str, list[str]]:
    return {
        name: [t for text in texts for t in analyzer.terms(text)]
        for name, texts in field_texts(entry).items()
    }


def entry_words(entry: Entry, analyzer: Analyzer) -> set[str]:
    """Surface words of an entry (the vocabulary typos are corrected against)."""
    return {
        w
        for texts in field_texts(entry).values()
        for text in texts
        for w in words(text)
        if w not in analyzer.stopwords
    }


class IndexBuilder:
    """Accumulates BM25F postings and n-gram statistics entry by entry, in compact arrays.

    Two passes over the entries: field lengths first (BM25F needs the averages), then postings.
    Used for the in-memory index and, fed in a stream, for the persistent one (backcare.store.sqlite).
    """

    def __init__(
        self,
        analyzer: Analyzer,
        average: Mapping[str, float],
        weights: Mapping[str, float] = FIELD_WEIGHTS,
    ) -> None:
        self.analyzer = analyzer
        self.average = average
        self.weights = weights
        self.postings: dict[str, Postings] = {}
        self.vocabulary: set[str] = set()
        self.gram_df: Counter[str] = Counter()
        self.gram_total = 0
        self.size = 0

    @staticmethod
    def field_lengths(entry: Entry, analyzer: Analyzer) -> dict[str, int]:
        return {name: len(terms) for name, terms in analyse_fields(entry, analyzer).items()}

    def add(self, entry: Entry, analysed: Mapping[str, list[str]] | None = None) -> DocFeatures:
        doc = self.size
        self.size += 1
        weighted: dict[str, float] = {}
        if analysed is None:
            analysed = analyse_fields(entry, self.analyzer)
        for name, terms in analysed.items():
            norm = 1 - B + B * len(terms) / self.average[name]
            for term, count in Counter(terms).items():
                weighted[term] = weighted.get(term, 0.0) + self.weights[name] * count / norm
        features = doc_features(entry, self.analyzer, analysed)
        for term, tf in weighted.items():
            postings = self.postings.get(term)
            if postings is None:
                postings = self.postings[term] = (array("I"), array("f"), array("B"))
            postings[0].append(doc)
            postings[1].append(tf)
            postings[2].append(features.cover[term])
        self.vocabulary |= entry_words(entry, self.analyzer)
        self.gram_df.update(features.grams.keys())
        self.gram_total += features.gram_len
        return features

    @property
    def gram_avg(self) -> float:
        return max(1e-9, self.gram_total / max(1, self.size))


def average_lengths(lengths: Iterable[Mapping[str, int]]) -> dict[str, float]:
    totals: Counter[str] = Counter()
    count = 0
    for item in lengths:
        totals.update(item)
        count += 1
    return {name: max(1e-9, totals[name] / max(1, count)) for name in FIELD_WEIGHTS}


class IndexData(NamedTuple):
    """Everything derived from a pack once: BM25F postings, vocabulary, n-gram statistics."""

    size: int
    postings: dict[str, Postings]
    vocabulary: set[str]
    gram_df: Counter[str]
    gram_avg: float
    features: list[DocFeatures]
    gram_postings: dict[str, list[tuple[int, int]]]  # gram -> (doc, count in question and aliases)


def field_weights(
    pack: Pack, analyzer: Analyzer, analysed: Sequence[Mapping[str, list[str]]] | None = None
) -> dict[str, float]:
    """The BM25F field weights for a pack: the defaults, with the answer's chosen from the pack."""
    from backcare.engine.adapt import answer_weight

    return {**FIELD_WEIGHTS, "answer": answer_weight(pack.entries, analyzer, analysed)}


def build_index(pack: Pack, analyzer: Analyzer) -> IndexData:
    analysed = [analyse_fields(e, analyzer) for e in pack.entries]  # once, for all three uses
    average = average_lengths({n: len(t) for n, t in a.items()} for a in analysed)
    builder = IndexBuilder(analyzer, average, field_weights(pack, analyzer, analysed))
    features = [builder.add(e, a) for e, a in zip(pack.entries, analysed, strict=True)]
    gram_postings: dict[str, list[tuple[int, int]]] = {}
    for doc, f in enumerate(features):
        for gram, count in f.grams.items():
            gram_postings.setdefault(gram, []).append((doc, count))
    return IndexData(
        builder.size,
        builder.postings,
        builder.vocabulary,
        builder.gram_df,
        builder.gram_avg,
        features,
        gram_postings,
    )
