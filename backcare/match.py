"""Index a pack and rank entries for a question. Pure: no I/O, no printing.

Ranking has two stages. (1) Word-level BM25F over the fields of every entry (question and aliases
weigh most, then tags and topic, the answer least), with each question word standing for a concept:
its stem, lexicon synonyms and, for a word the pack does not know, its typo correction. (2) The best
candidates are re-ranked by adding character n-gram BM25 over question and aliases (catches
near-duplicate phrasing and word forms the stemmer splits) and the concept coverage below.

Score and confidence: an entry's *coverage* is the share of the question's concepts it contains,
each concept weighted by its IDF, with a match in the answer counting half. Words the pack has never
seen count against coverage, which is what rejects off-topic questions. The best entry's score is
100 x its coverage, plus `AGREEMENT_BONUS` when two or more of the question's words are found in its
question, aliases or tags (long paraphrases cover less, yet agree on several key words), capped at
100. The others are scaled by their relevance relative to the best, so scores fall with rank. A match
is confident when the best score reaches `CONFIDENT` (50). Both figures were chosen on the evaluation
sets; see docs/matching.md.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol

from backcare.analyze import Analyzer, Concept, common_words, words
from backcare.pack import Entry, Pack

# Field weights for BM25F and how much a concept found in each field counts towards coverage.
FIELD_WEIGHTS: Mapping[str, float] = {
    "question": 1.0,
    "aliases": 1.0,
    "tags": 0.5,
    "topic": 0.3,
    "answer": 0.1,
}
FIELD_COVER: Mapping[str, float] = {
    "question": 1.0,
    "aliases": 1.0,
    "tags": 0.9,
    "topic": 0.6,
    "answer": 0.5,
}
K1, B = 0.9, 0.9
GRAM_K1, GRAM_B = 1.2, 0.75
CHAR_WEIGHT = 1.0
COVERAGE_WEIGHT = 1.5
# A word unknown to the pack weighs this share of the rarest possible term.
UNKNOWN_WEIGHT = 1.2
TYPO_WEIGHT = 0.95  # a corrected word counts this much, less 0.1 per edit
REAL_WORD_TYPO_WEIGHT = 0.5
CANDIDATES = 50
CONFIDENT = 50.0
AGREEMENT_BONUS = 25.0
STRONG_FIELDS = frozenset({"question", "aliases", "tags"})
MAX_QUERY_CHARS = 1000


class DocFeatures(NamedTuple):
    """What ranking needs to know of one entry beyond the postings."""

    fields: Mapping[str, frozenset[str]]
    grams: Mapping[str, int]
    gram_len: int


class Signals(NamedTuple):
    """Why an entry scored as it did: each signal's share and the concepts it matched."""

    words: float
    chars: float
    coverage: float
    matched: tuple[tuple[str, str, str], ...]  # (word typed, term matched, field)
    missing: tuple[str, ...]


class Match(NamedTuple):
    entry: Entry
    score: float
    signals: Signals


class Ranking(NamedTuple):
    question: str
    matches: tuple[Match, ...]
    confident: bool
    corrections: tuple[tuple[str, str], ...]

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.confident and self.matches else None


class Store(Protocol):
    """Read access to an index; in memory for small packs, SQLite-backed for large ones."""

    size: int
    gram_avg: float

    def postings(self, term: str) -> Postings: ...
    def has_word(self, word: str) -> bool: ...
    def words(self) -> Sequence[str]: ...
    def gram_df(self, grams: Iterable[str]) -> Mapping[str, int]: ...
    def entry(self, doc: int) -> Entry: ...
    def features(self, doc: int) -> DocFeatures: ...
    def docs_with_topic(self, topic: str) -> frozenset[int]: ...


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
    fields = {name: frozenset(terms) for name, terms in analysed.items()}
    grams = text_grams(analyzer, [entry.question, *entry.aliases])
    return DocFeatures(fields, grams, sum(grams.values()))


Postings = tuple["array[int]", "array[float]"]  # parallel arrays: doc numbers, BM25F weighted tf


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
    Used for the in-memory index and, fed in a stream, for the persistent one (backcare.cache).
    """

    def __init__(self, analyzer: Analyzer, average: Mapping[str, float]) -> None:
        self.analyzer = analyzer
        self.average = average
        self.postings: dict[str, Postings] = {}
        self.vocabulary: set[str] = set()
        self.gram_df: Counter[str] = Counter()
        self.gram_total = 0
        self.size = 0

    @staticmethod
    def field_lengths(entry: Entry, analyzer: Analyzer) -> dict[str, int]:
        return {name: len(terms) for name, terms in analyse_fields(entry, analyzer).items()}

    def add(self, entry: Entry) -> DocFeatures:
        doc = self.size
        self.size += 1
        weighted: dict[str, float] = {}
        analysed = analyse_fields(entry, self.analyzer)
        for name, terms in analysed.items():
            norm = 1 - B + B * len(terms) / self.average[name]
            for term, count in Counter(terms).items():
                weighted[term] = weighted.get(term, 0.0) + FIELD_WEIGHTS[name] * count / norm
        for term, tf in weighted.items():
            docs_tfs = self.postings.get(term)
            if docs_tfs is None:
                docs_tfs = self.postings[term] = (array("I"), array("f"))
            docs_tfs[0].append(doc)
            docs_tfs[1].append(tf)
        self.vocabulary |= entry_words(entry, self.analyzer)
        features = doc_features(entry, self.analyzer, analysed)
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


def build_index(pack: Pack, analyzer: Analyzer) -> IndexData:
    average = average_lengths(IndexBuilder.field_lengths(e, analyzer) for e in pack.entries)
    builder = IndexBuilder(analyzer, average)
    features = [builder.add(e) for e in pack.entries]
    return IndexData(
        builder.size,
        builder.postings,
        builder.vocabulary,
        builder.gram_df,
        builder.gram_avg,
        features,
    )


_NO_POSTINGS: Postings = (array("I"), array("f"))


class MemoryStore:
    """A Store over an in-memory IndexData."""

    def __init__(self, pack: Pack, data: IndexData) -> None:
        self.size = data.size
        self.gram_avg = data.gram_avg
        self._pack = pack
        self._data = data
        self._words: list[str] | None = None

    def postings(self, term: str) -> Postings:
        return self._data.postings.get(term, _NO_POSTINGS)

    def has_word(self, word: str) -> bool:
        return word in self._data.vocabulary

    def words(self) -> Sequence[str]:
        if self._words is None:
            self._words = sorted(self._data.vocabulary)
        return self._words

    def gram_df(self, grams: Iterable[str]) -> Mapping[str, int]:
        return self._data.gram_df

    def entry(self, doc: int) -> Entry:
        return self._pack.entries[doc]

    def features(self, doc: int) -> DocFeatures:
        return self._data.features[doc]

    def docs_with_topic(self, topic: str) -> frozenset[int]:
        wanted = topic.casefold()
        return frozenset(
            i for i, e in enumerate(self._pack.entries) if e.topic.casefold() == wanted
        )


def idf(size: int, df: int) -> float:
    return math.log(1 + (size - df + 0.5) / (df + 0.5))


class Matcher:
    """Ranks a store's entries for questions; caches per-word work across questions."""

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        self.store = store
        self.analyzer = analyzer
        self._corrections: dict[str, tuple[str, float] | None] = {}
        self._rarest = idf(store.size, 1)

    def rank(self, question: str, top: int = 3, topic: str | None = None) -> Ranking:
        question = question[:MAX_QUERY_CHARS]
        concepts, corrections = self._concepts(question)
        allowed = None if topic is None else self.store.docs_with_topic(topic)
        word_scores, importance = self._word_scores(concepts, allowed)
        candidates = self._candidates(word_scores, allowed)
        if not candidates:
            return Ranking(question, (), False, corrections)
        char_scores = self._char_scores(question, candidates)
        best_words = max((word_scores.get(d, 0.0) for d in candidates), default=0.0) or 1.0
        best_chars = max(char_scores.values(), default=0.0) or 1.0
        scored = []
        total_importance = sum(importance) or 1.0
        for doc in candidates:
            features = self.store.features(doc)
            coverage, matched, missing = _coverage(concepts, importance, features)
            coverage /= total_importance
            w = word_scores.get(doc, 0.0) / best_words
            c = char_scores.get(doc, 0.0) / best_chars
            if w == 0 and c == 0:
                continue
            key = w + CHAR_WEIGHT * c + COVERAGE_WEIGHT * coverage
            scored.append((key, doc, Signals(w, c, coverage, matched, missing)))
        # ties broken by file order: sort on (-key, doc)
        scored.sort(key=lambda item: (-item[0], item[1]))
        if not scored:
            return Ranking(question, (), False, corrections)
        top_key, _, top_signals = scored[0]
        best_score = confidence(top_signals)
        matches = tuple(
            Match(self.store.entry(doc), round(best_score * key / top_key, 1), signals)
            for key, doc, signals in scored[:top]
        )
        # a question of stop words only ("help", "the") has no topic to be confident about
        has_content = any(w not in self.analyzer.stopwords for w in words(question))
        confident = has_content and matches[0].score >= CONFIDENT
        return Ranking(question, matches, confident, corrections)

    def _concepts(self, question: str) -> tuple[list[Concept], tuple[tuple[str, str], ...]]:
        concepts = []
        corrections = []
        for concept in self.analyzer.concepts(question):
            known = any(self.store.postings(t)[0] for t, _ in concept.alternatives)
            if not known and not self.store.has_word(concept.word):
                fix = self._correct(concept.word)
                if fix is not None:
                    corrected, weight = fix
                    corrections.append((concept.word, corrected))
                    # keep the word as typed, so explanations show what the person wrote
                    alternatives = self.analyzer.concept(corrected, weight).alternatives
                    concept = Concept(concept.word, alternatives)
            concepts.append(concept)
        return concepts, tuple(corrections)

    def _correct(self, word: str) -> tuple[str, float] | None:
        """The pack (or lexicon) word a misspelt word most likely meant, and how sure we are.

        Edits allowed grow with length (1 up to 5 letters, 2 beyond); a transposition is one edit
        ("pian" -> "pain"). A typo rarely changes the first letter, so candidates must keep it.
        A common English word is a typo only reluctantly: never when short ("bad" is not "bed"),
        and at a low weight when longer ("black" may be "back", "siting" "sitting").
        """
        if word in self._corrections:
            return self._corrections[word]
        result = None
        real = word in common_words()
        if len(word) >= 3 and not word.isdigit() and not (real and len(word) <= 4):
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            allowed = 1 if len(word) <= 5 else 2
            choices = [*self.store.words(), *sorted(self.analyzer.vocabulary)]
            found = process.extract(
                word, choices, scorer=OSA.distance, score_cutoff=allowed, limit=10
            )
            same_start = [(c, d) for c, d, _ in found if c[0] == word[0]]
            if same_start:
                candidate, distance = min(same_start, key=lambda cd: cd[1])
                weight = REAL_WORD_TYPO_WEIGHT if real else TYPO_WEIGHT - 0.1 * distance
                result = (candidate, weight)
        self._corrections[word] = result
        return result

    def _word_scores(
        self, concepts: list[Concept], allowed: frozenset[int] | None
    ) -> tuple[dict[int, float], list[float]]:
        scores: dict[int, float] = {}
        importance = []
        size = self.store.size
        for concept in concepts:
            weight_of_concept = 0.0
            for term, weight in concept.alternatives:
                docs, tfs = self.store.postings(term)
                if not docs:
                    continue
                term_idf = idf(size, len(docs))
                weight_of_concept = max(weight_of_concept, term_idf)
                factor = term_idf * weight * (K1 + 1)
                for doc, tf in zip(docs, tfs, strict=True):
                    if allowed is None or doc in allowed:
                        scores[doc] = scores.get(doc, 0.0) + factor * tf / (K1 + tf)
            importance.append(weight_of_concept or UNKNOWN_WEIGHT * self._rarest)
        return scores, importance

    def _candidates(
        self, word_scores: dict[int, float], allowed: frozenset[int] | None
    ) -> list[int]:
        if self.store.size <= CANDIDATES:
            pool = range(self.store.size) if allowed is None else sorted(allowed)
            return list(pool)
        ranked = sorted(word_scores, key=lambda d: (-word_scores[d], d))
        return ranked[:CANDIDATES]

    def _char_scores(self, question: str, candidates: list[int]) -> dict[int, float]:
        query = text_grams(self.analyzer, [question])
        if not query:
            return {}
        df = self.store.gram_df(query)
        size = self.store.size
        weights = {g: idf(size, df[g]) for g in query if df.get(g)}
        scores = {}
        for doc in candidates:
            features = self.store.features(doc)
            norm = GRAM_K1 * (1 - GRAM_B + GRAM_B * features.gram_len / self.store.gram_avg)
            total = 0.0
            for gram, w in weights.items():
                tf = features.grams.get(gram)
                if tf:
                    total += w * tf * (GRAM_K1 + 1) / (tf + norm)
            if total:
                scores[doc] = total
        return scores


def confidence(signals: Signals) -> float:
    """0-100: coverage, plus the bonus when two or more words agree with question, aliases or tags."""
    strong = sum(1 for _, _, name in signals.matched if name in STRONG_FIELDS)
    return min(100.0, 100 * signals.coverage + AGREEMENT_BONUS * (strong >= 2))


def _coverage(
    concepts: list[Concept], importance: list[float], features: DocFeatures
) -> tuple[float, tuple[tuple[str, str, str], ...], tuple[str, ...]]:
    covered = 0.0
    matched = []
    missing = []
    for concept, weight in zip(concepts, importance, strict=True):
        best = (0.0, "", "")
        for term, alt_weight in concept.alternatives:
            for name, terms in features.fields.items():
                if term in terms:
                    value = alt_weight * FIELD_COVER[name]
                    if value > best[0]:
                        best = (value, term, name)
        if best[0]:
            covered += weight * best[0]
            matched.append((concept.word, best[1], best[2]))
        else:
            missing.append(concept.word)
    return covered, tuple(matched), tuple(missing)
