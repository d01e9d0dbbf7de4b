"""The posting and n-gram stage of ranking (match.Matcher's first reads): a term's postings (a
lexicon phrase's from its words' postings), and the character n-gram BM25 scores of candidates,
with the per-pack and per-batch caches they keep. Pure: no I/O, no printing; it reads a `Store`."""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from itertools import compress, repeat
from operator import add, methodcaller, mul, or_, truediv

from backcare.engine.analyze import PHRASE_SEPARATOR, Analyzer
from backcare.engine.index import word_grams
from backcare.engine.tuning import GRAM_B, GRAM_CACHE, GRAM_K1, WORD_CACHE, WORD_DOC_CACHE
from backcare.store.protocol import Postings, Store


def idf(size: int, df: int) -> float:
    return math.log(1 + (size - df + 0.5) / (df + 0.5))


class CandidateStage:
    """Postings and n-gram scores for a `Matcher` (its base class): the state they cache across
    questions lives here."""

    store: Store
    analyzer: Analyzer

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        self.store = store
        self.analyzer = analyzer
        self._gram_idf: dict[str, float] = {}  # per-pack constants, filled as grams are seen
        self._gram_norm: dict[int, float] = {}
        self._word_chars: dict[str, dict[int, float]] = {}  # word -> its n-gram score per entry
        self._word_own: dict[str, float] = {}  # word -> its own n-gram weight (_own_weight)
        # the same for large packs, where only candidates are scored: the entries done so far
        # (0.0 where the entry has none of the word's n-grams)
        self._word_docs: dict[str, dict[int, float]] = {}
        self._word_doc_pairs = 0
        self._phrases: dict[str, Postings] = {}

    def _postings(self, term: str) -> Postings:
        """A term's postings; for a lexicon phrase ("physic activ"), the entries holding all its
        words, each at its rarest word's frequency and weakest field."""
        if PHRASE_SEPARATOR not in term:
            return self.store.postings(term)
        found = self._phrases.get(term)
        if found is None:
            words = term.split(PHRASE_SEPARATOR)
            if all(map(self.store.has_term, words)):
                found = _all_of([self.store.postings(t) for t in words])
            else:  # no entry holds them all: a common word's row (MBs) is not read for nothing
                found = array("I"), array("f"), array("B")
            self._phrases[term] = found
        return found

    def _char_scores(
        self, question_words: Iterable[str], candidates: list[int]
    ) -> tuple[dict[int, float], float]:
        """Character n-gram BM25 over question and aliases, summed word by word (n-grams never
        span words), so each word's scores can be cached: over the whole pack for a small one,
        entry by entry for a large one (each question scores only its candidates); and the
        question's own n-gram weight (the sum of its known n-grams' IDF: what an entry of average
        length holding each of its words once would score). `question_words`: the question's
        words but stop words, once each (match.Analysis.char_words)."""
        whole_pack = len(candidates) == self.store.size
        scores: dict[int, float] = {}
        own = 0.0
        if not candidates:
            return scores, own
        # a large pack's candidates: each word's scores as a list in candidates' order (0.0 where
        # the entry has none of its n-grams, which changes no sum: the same floats, added in the
        # same word order), summed in C
        totals: list[float] | None = None
        for word in question_words:
            if whole_pack:
                cached = self._word_chars.get(word)
                if cached is None:
                    cached = self._word_char_scores(word, candidates)
                    if len(self._word_chars) < WORD_CACHE:
                        self._word_chars[word] = cached
                for doc, value in cached.items():
                    scores[doc] = scores.get(doc, 0.0) + value
            else:
                values = self._word_doc_scores(word, candidates)
                totals = values if totals is None else list(map(add, totals, values))
            own += self._own_weight(word)
        if totals is not None:
            scores = dict(compress(zip(candidates, totals, strict=True), totals))
        return scores, own

    def _own_weight(self, word: str) -> float:
        """The sum of a word's known n-grams' IDF (after its n-gram scores were computed, which
        fills their IDF), kept per word as its scores are: a batch asks the same words often."""
        found = self._word_own.get(word)
        if found is None:
            grams = set(word_grams(word))
            self._learn_idf(grams)
            found = sum(self._gram_idf[gram] for gram in grams)
            if len(self._word_own) >= WORD_CACHE:
                self._word_own.clear()
            self._word_own[word] = found
        return found

    def _word_doc_scores(self, word: str, candidates: list[int]) -> list[float]:
        """A word's n-gram scores of some candidates (0.0 for those with none of its n-grams),
        computed for the entries not seen with this word before."""
        done = self._word_docs.get(word)
        missing = candidates if done is None else [d for d in candidates if d not in done]
        if missing and self._word_doc_pairs + len(missing) > WORD_DOC_CACHE:
            # full (new words, or old words meeting new entries): start afresh, this word too
            self._word_docs.clear()
            self._word_doc_pairs = 0
            done, missing = None, candidates
        if done is None:
            done = self._word_docs[word] = {}
        if missing:
            fresh = self._word_char_scores(word, missing)
            done.update(zip(missing, map(fresh.get, missing, repeat(0.0)), strict=True))
            self._word_doc_pairs += len(missing)
        return list(map(done.__getitem__, candidates))

    def _word_char_scores(self, word: str, candidates: list[int]) -> dict[int, float]:
        """A word's n-gram scores of the candidates having any of its n-grams; each entry's sum is
        taken in the word's n-gram order, so it does not depend on the other candidates."""
        grams = list(dict.fromkeys(word_grams(word)))
        self._learn_idf(grams)
        if len(candidates) < self.store.size:
            return self._some_char_scores(grams, candidates)
        scores: dict[int, float] = {}
        found = self.store.gram_postings(grams, candidates)
        norm = self._norm
        for gram in grams:
            postings = found.get(gram)
            if not postings:
                continue
            weight = self._gram_idf[gram] * (GRAM_K1 + 1)
            for doc, tf in postings:
                scores[doc] = scores.get(doc, 0.0) + weight * tf / (tf + norm(doc))
        return scores

    def _some_char_scores(self, grams: list[str], candidates: list[int]) -> dict[int, float]:
        """`_word_char_scores` of some candidates (a large pack's), from their n-gram counts,
        gram by gram over all of them in C (`map`): a (gram, entry) pair per Python step cost more
        than the rest of the n-gram stage. Where an entry lacks the gram its share is 0.0, which
        changes no sum, so each entry's score is the same float, summed in the same order; an
        entry with none of the grams gets no score, as before."""
        counted = [found.grams for found in self.store.features_of(candidates)]
        norms = list(map(self._norm, candidates))
        totals: list[float] = []
        held: list[int] = []
        for gram in grams:
            counts: list[int] = list(map(methodcaller("get", gram, 0), counted))
            if not any(counts):
                continue
            weight = self._gram_idf[gram] * (GRAM_K1 + 1)
            shares = map(truediv, map(mul, repeat(weight), counts), map(add, counts, norms))
            if held:
                totals = list(map(add, totals, shares))
                held = list(map(or_, held, counts))
            else:
                totals, held = list(shares), counts
        if not held:
            return {}
        return dict(compress(zip(candidates, totals, strict=True), held))

    def _learn_idf(self, grams: Collection[str]) -> None:
        """Puts every one of `grams` in the n-gram IDF table. The table holds per-pack constants,
        but a batch of made-up words (random text piped in) would grow it without end: past
        GRAM_CACHE grams it starts afresh, with these grams."""
        unseen = [g for g in grams if g not in self._gram_idf]
        if not unseen:
            return
        if len(self._gram_idf) + len(unseen) > GRAM_CACHE:
            self._gram_idf.clear()
            unseen = list(grams)
        df = self.store.gram_df(unseen)
        for gram in unseen:
            self._gram_idf[gram] = idf(self.store.size, df[gram]) if df.get(gram) else 0.0

    def _norm(self, doc: int) -> float:
        """BM25 length normalisation of an entry's n-grams (cached: it never changes)."""
        norm = self._gram_norm.get(doc)
        if norm is None:
            gram_len = self.store.features(doc).gram_len
            norm = GRAM_K1 * (1 - GRAM_B + GRAM_B * gram_len / self.store.gram_avg)
            self._gram_norm[doc] = norm
        return norm


def _all_of(parts: list[Postings]) -> Postings:
    """The postings of the entries holding every part, each at its parts' lowest tf and their
    weakest field. In C (a set, then compress and map, or binary searches when few entries hold
    them all): a common word's postings number 100,000s, and a phrase's parts often never meet."""
    from itertools import compress

    smallest = min((p[0] for p in parts), key=len)
    if not smallest:  # (set().intersection would still walk every other part)
        return array("I"), array("f"), array("B")
    others = [p[0] for p in parts if p[0] is not smallest]
    known: list[bool] | None = None  # the other list's membership, when one other list
    # the two lists' items as made once: reading an array makes a new int of each item above 256
    # every time (three readings of each of two 88,000-entry lists: ~3 ms of a 200,000-entry ask)
    listed: dict[int, list[int]] = {}
    if len(others) == 1:
        # of one other list, a doc in the smallest is a doc in both: its membership there is its
        # membership in the common docs (kept below), and those docs are that list's picked
        listed = {id(smallest): list(smallest), id(others[0]): list(others[0])}
        held = set(listed[id(smallest)])
        known = list(map(held.__contains__, listed[id(others[0])]))
        common = set(compress(listed[id(others[0])], known))
    else:
        common = set(smallest).intersection(*others)
    if not common:
        return array("I"), array("f"), array("B")
    if len(common) * 16 < max(len(p[0]) for p in parts):  # look the few up in each part
        docs = sorted(common)
        at = [list(map(bisect_left, repeat(p[0]), docs)) for p in parts]
        found = list(zip(parts, at, strict=True))
        return (
            array("I", docs),
            array("f", map(min, *(map(p[1].__getitem__, i) for p, i in found))),
            array("B", map(max, *(map(p[2].__getitem__, i) for p, i in found))),
        )
    from backcare.engine.lanes import lanes_max, lanes_min  # (only for long lists)

    kept = [  # doc order: aligned
        known
        if known is not None and p[0] is others[0]
        else list(map(common.__contains__, listed.get(id(p[0]), p[0])))
        for p in parts
    ]
    pairs = list(zip(parts, kept, strict=True))
    tfs = [array("f", compress(p[1], k)) for p, k in pairs]
    fields = [_kept_fields(p[2], k) for p, k in pairs]
    # each lowest tf and strongest field, all positions at once (lanes.py); element by element
    # where that is not exact (a negative or NaN tf, unequal lengths in a damaged index)
    lowest = lanes_min(tfs)
    strongest = lanes_max(fields)
    return (
        array("I", compress(listed.get(id(parts[0][0]), parts[0][0]), kept[0])),
        array("f", map(min, *tfs)) if lowest is None else lowest,
        array("B", map(max, *fields)) if strongest is None else strongest,
    )


def _kept_fields(fields: Sequence[int], kept: Iterable[bool]) -> array[int]:
    """The fields where `kept`; the stores' (one byte each) picked from their bytes, whose items
    are Python's shared small ints: no object made per posting, as an array's iteration makes."""
    if isinstance(fields, array) and fields.typecode == "B":
        return array("B", bytes(compress(fields.tobytes(), kept)))
    return array("B", compress(fields, kept))
