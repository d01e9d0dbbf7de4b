"""The re-ranks after the candidate stage (a `Matcher` mixin): by plain BM25 over each candidate's
question + answer, for a pack that reads answers as text when the best entry was found mostly
outside its strong fields; and by semantic similarity, with the optional extra. Pure: no I/O, no
printing; it reads a `Store`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from backcare.engine.analyze import Analyzer, Concept
from backcare.engine.candidates import CandidateStage, idf
from backcare.engine.ranked import STRONG_FIELDS, Covered, Scored
from backcare.engine.semantic import Reranker
from backcare.engine.tuning import (
    ANSWER_TEXT_B,
    ANSWER_TEXT_K1,
    ANSWER_TEXT_WEIGHT,
    ASKED_TERM_WEIGHT,
    CONCEPT_CACHE,
    SEMANTIC_TOP,
    SEMANTIC_WEIGHT,
    STRONG_SHARE,
    TRUSTED_READING,
)
from backcare.store.protocol import Store


class Reranking(CandidateStage):
    """Answer-text and semantic re-ranks of the candidates, with the cache they keep."""

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        super().__init__(store, analyzer)
        self._texts: dict[int, Counter[str]] = {}  # each entry's question + answer terms

    def _with_answer_text(
        self,
        query: tuple[str, ...],
        scored: list[Scored],
        concepts: Sequence[Concept] = (),
        asked: frozenset[str] = frozenset(),
    ) -> tuple[list[Scored], dict[int, float]]:
        """The candidates re-ranked by their key relative to the best plus ANSWER_TEXT_WEIGHT x
        plain BM25 over question + answer relative to the best candidate's (the baseline a pack
        whose answers hold its users' words must not fall below), and those relative scores.
        `query`: the question's terms (Analyzer.terms). A term an entry's text lacks counts by
        the best of its lexicon synonyms that the text holds, at the synonym's weight, as the
        ranking counts it: "price" is in "How much does a treatment cost?", a "chiropractor" in
        a chiropractic price list (a pack without lexicon groups is scored as plain BM25).
        `asked`: the terms of the sentence that asks, in a message of several written sentences;
        each weighs ASKED_TERM_WEIGHT times a term of the story around it ("My dog chewed a
        library book ... What happens now, do I have to pay?": the need is paying)."""
        size = self.store.size
        norm = self.store.text_length or 1.0
        parts: dict[int, float] = {}
        weights: dict[str, float] = {}  # a term's IDF, once a question (not once an entry)
        synonyms = {
            c.alternatives[0][0]: [(t, f) for t, f in c.alternatives[1:] if " " not in t]
            for c in concepts
            if len(c.alternatives) > 1
        }
        for c in concepts:
            # a word read as another (a typo's correction: "interpretor" as "interpret") counts by
            # what it was read as, at the ranking's weight: its own term is no word of the pack,
            # so the text of the entry the ranking found through it scored nothing. Not a short
            # word: one edit from three letters is a guess ("pid" as "pad", "buf" as "bug")
            if len(c.word) < TRUSTED_READING or not c.alternatives:
                continue
            typed = self.analyzer.terms(c.word)
            if len(typed) == 1 and typed[0] != c.alternatives[0][0]:
                synonyms.setdefault(typed[0], [(t, f) for t, f in c.alternatives if " " not in t])
        for _, doc, *_rest in scored:
            text = self._text(doc)
            saturation = 0.0  # the entry's, when a term is found (the same float each time)
            value = 0.0
            for term in query:
                found, factor = term, 1.0
                tf = text.get(term, 0)
                if not tf:
                    for alternative, share in synonyms.get(term, ()):
                        if text.get(alternative, 0):
                            found, factor = alternative, share
                            tf = text[alternative]
                            break
                if tf:
                    weight = weights.get(found)
                    if weight is None:
                        weight = weights[found] = idf(size, len(self._postings(found)[0]))
                    if not saturation:
                        length = sum(text.values())
                        saturation = ANSWER_TEXT_K1 * (
                            1 - ANSWER_TEXT_B + ANSWER_TEXT_B * length / norm
                        )
                    if term in asked:
                        factor *= ASKED_TERM_WEIGHT
                    value += factor * weight * tf * (ANSWER_TEXT_K1 + 1) / (tf + saturation)
            parts[doc] = value
        best = max(parts.values()) or 1.0
        relative = {doc: value / best for doc, value in parts.items()}
        top = scored[0][0] or 1.0
        fused = [(s[0] / top + ANSWER_TEXT_WEIGHT * relative[s[1]], *s[1:]) for s in scored]
        fused.sort(key=lambda item: (-item[0], item[1]))
        return fused, relative

    def _text(self, doc: int) -> Counter[str]:
        """An entry's question + answer terms, counted (kept: a batch meets the same entries)."""
        found = self._texts.get(doc)
        if found is None:
            entry = self.store.entry(doc)
            found = Counter(self.analyzer.terms(f"{entry.question} {entry.answer}"))
            if len(self._texts) >= CONCEPT_CACHE:
                self._texts.clear()
            self._texts[doc] = found
        return found

    def _rerank(self, reranker: Reranker, question: str, scored: list[Scored]) -> list[Scored]:
        """The best SEMANTIC_TOP candidates re-ranked with semantic similarity added to their key
        (relative to the best key); the rest keep their order below them."""
        top = scored[:SEMANTIC_TOP]
        best = top[0][0] or 1.0
        similar = reranker.similarities(question, [self.store.entry(s[1]) for s in top])
        fused = [
            (s[0] / best + SEMANTIC_WEIGHT * sim, *s[1:])
            for s, sim in zip(top, similar, strict=True)
        ]
        fused.sort(key=lambda item: (-item[0], item[1]))
        floor = min(item[0] for item in fused)
        rest = [(min(s[0] / best, floor), *s[1:]) for s in scored[SEMANTIC_TOP:]]
        return fused + rest


def _told_apart(concepts: list[Concept], covered: list[Covered], doc: int) -> bool:
    """Whether fewer than STRONG_SHARE of a question's concepts were found in the best entry's
    question, aliases or tags: a question told in the user's own words, which only answers hold."""
    strong = sum(1 for found in covered if doc in found and found[doc][2] in STRONG_FIELDS)
    return strong < STRONG_SHARE * max(1, len(concepts))


def _reads_text(by_share: bool, answers_read: bool, several: bool) -> bool:
    """Whether a question is ranked by the answers' text as well (the question + answer BM25
    fused in, when its best entry was found mostly outside its strong fields: _told_apart).
    `by_share`: the pack reads answers as text (adapt.reads_answers); `answers_read`: its users'
    words are in its answers by its share or by its answer weight (adapt.answers_read: short
    questions, as the GP surgery pack's); `several`: the question is a message of several written
    sentences. Such a pack below the share's line ranks a long message so too (quality77): its
    story spreads words over entries whose short questions say none of its need, while the
    answers do; a one-sentence question there stays ranked by the pack's own questions, which the
    fusion cost P@1 and a rejection (quality70, quality73)."""
    return by_share or (answers_read and several)
