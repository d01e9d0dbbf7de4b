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
FIELDS = tuple(FIELD_WEIGHTS)
_COVER_BY_INDEX = tuple(FIELD_COVER[name] for name in FIELDS)
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
WORD_CACHE = 50_000  # words whose n-gram scores are kept (batch mode sees the same words often)


class DocFeatures(NamedTuple):
    """What ranking needs to know of one entry beyond the postings."""

    cover: Mapping[str, int]  # term -> index in FIELDS of the field it counts most in
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
    def gram_postings(
        self, grams: Iterable[str], candidates: Sequence[int]
    ) -> Mapping[str, Sequence[tuple[int, int]]]: ...
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


Covered = dict[int, tuple[float, str, str]]  # doc -> (cover value, term matched, field)


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


# Parallel arrays: doc numbers, BM25F weighted tf, index in FIELDS of the term's best field there.
Postings = tuple["array[int]", "array[float]", "array[int]"]


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


def build_index(pack: Pack, analyzer: Analyzer) -> IndexData:
    average = average_lengths(IndexBuilder.field_lengths(e, analyzer) for e in pack.entries)
    builder = IndexBuilder(analyzer, average)
    features = [builder.add(e) for e in pack.entries]
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


_NO_POSTINGS: Postings = (array("I"), array("f"), array("B"))


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

    def gram_postings(
        self, grams: Iterable[str], candidates: Sequence[int]
    ) -> Mapping[str, Sequence[tuple[int, int]]]:
        postings = self._data.gram_postings
        found = {g: postings[g] for g in grams if g in postings}
        if len(candidates) == self.size:
            return found
        wanted = set(candidates)
        return {g: [p for p in plist if p[0] in wanted] for g, plist in found.items()}

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
        self._gram_idf: dict[str, float] = {}  # per-pack constants, filled as grams are seen
        self._gram_norm: dict[int, float] = {}
        self._word_chars: dict[str, dict[int, float]] = {}  # word -> its n-gram score per entry
        self._concept_cache: dict[Concept, tuple[dict[int, float], Covered, float]] = {}

    def rank(self, question: str, top: int = 3, topic: str | None = None) -> Ranking:
        question = question[:MAX_QUERY_CHARS]
        concepts, corrections = self._concepts(question)
        allowed = None if topic is None else self.store.docs_with_topic(topic)
        word_scores, coverage, importance, covered = self._word_scores(concepts, allowed)
        candidates = self._candidates(word_scores, allowed)
        char_scores = self._char_scores(question, candidates) if candidates else {}
        best_words = max((word_scores.get(d, 0.0) for d in candidates), default=0.0) or 1.0
        best_chars = max(char_scores.values(), default=0.0) or 1.0
        total_importance = sum(importance) or 1.0
        scored = []
        for doc in candidates:
            w = word_scores.get(doc, 0.0) / best_words
            c = char_scores.get(doc, 0.0) / best_chars
            if w or c:
                cov = coverage.get(doc, 0.0) / total_importance
                scored.append((w + CHAR_WEIGHT * c + COVERAGE_WEIGHT * cov, doc, w, c, cov))
        if not scored:
            return Ranking(question, (), False, corrections)
        scored.sort(key=lambda item: (-item[0], item[1]))  # ties broken by file order
        signals = [
            Signals(w, c, cov, *_matched(concepts, covered, doc))
            for _, doc, w, c, cov in scored[:top]
        ]
        top_key = scored[0][0]
        best_score = confidence(signals[0])
        matches = tuple(
            Match(self.store.entry(item[1]), round(best_score * item[0] / top_key, 1), found)
            for item, found in zip(scored, signals, strict=False)
        )
        # a question of stop words only ("help", "the") has no topic to be confident about
        has_content = any(not c.filler for c in concepts)
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
                    concept = Concept(concept.word, alternatives, concept.filler)
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
    ) -> tuple[dict[int, float], dict[int, float], list[float], list[Covered]]:
        """BM25F score and (unnormalised) coverage of every entry sharing a term with the question,
        each concept's importance (its best IDF, or UNKNOWN_WEIGHT x the rarest if unknown), and
        what each concept matched in each entry."""
        scores: dict[int, float] = {}
        coverage: dict[int, float] = {}
        importance = []
        matches = []
        for concept in concepts:
            found = self._concept_cache.get(concept) if allowed is None else None
            if found is None:
                found = self._concept_scores(concept, allowed)
                if allowed is None and len(self._concept_cache) < WORD_CACHE:
                    self._concept_cache[concept] = found
            concept_scores, covered, weight = found
            for doc, value in concept_scores.items():
                scores[doc] = scores.get(doc, 0.0) + value
            for doc, (value, _, _) in covered.items():
                coverage[doc] = coverage.get(doc, 0.0) + weight * value
            importance.append(weight or UNKNOWN_WEIGHT * self._rarest)
            matches.append(covered)
        return scores, coverage, importance, matches

    def _concept_scores(
        self, concept: Concept, allowed: frozenset[int] | None
    ) -> tuple[dict[int, float], Covered, float]:
        """One concept's BM25F contribution per entry, its best match there (cover value, term,
        field), and its best IDF."""
        scores: dict[int, float] = {}
        covered: Covered = {}
        best_idf = 0.0
        for term, weight in concept.alternatives:
            docs, tfs, fields = self.store.postings(term)
            if not docs:
                continue
            term_idf = idf(self.store.size, len(docs))
            best_idf = max(best_idf, term_idf)
            factor = term_idf * weight * (K1 + 1)
            for doc, tf, field in zip(docs, tfs, fields, strict=True):
                if allowed is None or doc in allowed:
                    scores[doc] = scores.get(doc, 0.0) + factor * tf / (K1 + tf)
                    value = weight * _COVER_BY_INDEX[field]
                    if doc not in covered or value > covered[doc][0]:
                        covered[doc] = (value, term, FIELDS[field])
        return scores, covered, best_idf

    def _candidates(
        self, word_scores: dict[int, float], allowed: frozenset[int] | None
    ) -> list[int]:
        if self.store.size <= CANDIDATES:
            pool = range(self.store.size) if allowed is None else sorted(allowed)
            return list(pool)
        ranked = sorted(word_scores, key=lambda d: (-word_scores[d], d))
        return ranked[:CANDIDATES]

    def _char_scores(self, question: str, candidates: list[int]) -> dict[int, float]:
        """Character n-gram BM25 over question and aliases, summed word by word (n-grams never
        span words), so each word's scores over the whole pack can be cached."""
        whole_pack = len(candidates) == self.store.size
        scores: dict[int, float] = {}
        for word in dict.fromkeys(w for w in words(question) if w not in self.analyzer.stopwords):
            cached = self._word_chars.get(word) if whole_pack else None
            if cached is None:
                cached = self._word_char_scores(word, candidates)
                if whole_pack and len(self._word_chars) < WORD_CACHE:
                    self._word_chars[word] = cached
            for doc, value in cached.items():
                scores[doc] = scores.get(doc, 0.0) + value
        return scores

    def _word_char_scores(self, word: str, candidates: list[int]) -> dict[int, float]:
        grams = set(word_grams(word))
        unseen = [g for g in grams if g not in self._gram_idf]
        if unseen:
            df = self.store.gram_df(unseen)
            for gram in unseen:
                self._gram_idf[gram] = idf(self.store.size, df[gram]) if df.get(gram) else 0.0
        scores: dict[int, float] = {}
        for gram, postings in self.store.gram_postings(grams, candidates).items():
            weight = self._gram_idf[gram] * (GRAM_K1 + 1)
            for doc, tf in postings:
                scores[doc] = scores.get(doc, 0.0) + weight * tf / (tf + self._norm(doc))
        return scores

    def _norm(self, doc: int) -> float:
        """BM25 length normalisation of an entry's n-grams (cached: it never changes)."""
        norm = self._gram_norm.get(doc)
        if norm is None:
            gram_len = self.store.features(doc).gram_len
            norm = GRAM_K1 * (1 - GRAM_B + GRAM_B * gram_len / self.store.gram_avg)
            self._gram_norm[doc] = norm
        return norm


def confidence(signals: Signals) -> float:
    """0-100: coverage, plus the bonus when two or more words agree with question, aliases or tags."""
    strong = sum(1 for _, _, name in signals.matched if name in STRONG_FIELDS)
    return min(100.0, 100 * signals.coverage + AGREEMENT_BONUS * (strong >= 2))


def _matched(
    concepts: list[Concept], covered: list[Covered], doc: int
) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]:
    """For the explanation: which term (and field) each concept matched, and what was not found."""
    matched = []
    missing = []
    for concept, best in zip(concepts, covered, strict=True):
        found = best.get(doc)
        if found is None:
            missing.append(concept.word)
        else:
            matched.append((concept.word, found[1], found[2]))
    return tuple(matched), tuple(missing)
