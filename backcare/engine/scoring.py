"""The word stage of ranking (a `Matcher` mixin): each question concept's BM25F scoring terms and
coverage postings, the candidates' word scores, coverage and matches (over a whole small pack, or
the CANDIDATES best of a large one, found by topk without scoring every posting), with the caches
a batch shares, and what coverage is a share of. Pure: no I/O, no printing; it reads a `Store`."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from backcare.engine.adapt import answers_read
from backcare.engine.analyze import PHRASE_SEPARATOR, Analyzer, Concept
from backcare.engine.bound import FIRST_DEPTH
from backcare.engine.candidates import CandidateStage, idf
from backcare.engine.index import FIELDS
from backcare.engine.intent import Sense
from backcare.engine.ranked import STRONG_FIELDS, Covered
from backcare.engine.topk import BoundsCache, Term, add_parts, all_scores, concept_scores, top_k
from backcare.engine.tuning import (
    CANDIDATES,
    COMMON_MIN,
    COMMON_SHARE,
    CONCEPT_CACHE,
    FIELD_COVER,
    FRAMING_SHARE,
    K1,
    SPECIFIC_ANSWER_COVER,
    SPECIFIC_DECAY,
    UNKNOWN_ASKING,
    UNKNOWN_CONTEXT,
    UNKNOWN_WEIGHT,
    WORD_DOC_CACHE,
)
from backcare.store.protocol import Impact, Postings, Store, impact_head, impact_order

_COVER_BY_INDEX = tuple(FIELD_COVER[name] for name in FIELDS)
_ANSWER_COVER = FIELD_COVER["answer"]
_STRONG_BYTES = tuple(bytes((i,)) for i, name in enumerate(FIELDS) if name in STRONG_FIELDS)


class WordScores(CandidateStage):
    """Word scores, coverage and matches of a question's concepts, with the caches they keep."""

    sense: Sense  # the Matcher's (generic words count as framing)

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        super().__init__(store, analyzer)
        self._rarest = idf(store.size, 1)
        # a pack that reads answers as text counts an answer's words by how specific they are
        # (_specific_cover); any other, as FIELD_COVER says
        self._reads_specific = answers_read(store.answer_share, store.answer_weight)
        self._phrase_impacts: dict[str, Impact] = {}
        # a concept's scoring terms and coverage postings, kept across questions (batch mode asks
        # the same words again and again); bounded: cleared when full
        self._concepts_seen: dict[
            Concept, tuple[list[Term], list[tuple[str, float, Postings]], float]
        ] = {}
        self._bounds = BoundsCache(size=store.size)  # dense bounds, read once a batch
        # a large pack's (concept, entry) matches found so far (None: no match), kept like the
        # n-gram scores: a batch's questions meet the same words in the same entries
        self._covers: dict[Concept, dict[int, tuple[float, str, str] | None]] = {}
        self._cover_pairs = 0
        # on a pack of at most CANDIDATES entries, each concept's part of every entry's word score
        # and its match in every entry it is in (they depend on the concept alone)
        self._whole: dict[Concept, tuple[dict[int, float], Covered]] = {}
        self._whole_concepts: dict[
            Concept, tuple[dict[int, float], Covered, float, list[tuple[int, float]]]
        ] = {}

    def _word_scores(
        self, concepts: list[Concept], allowed: frozenset[int] | None
    ) -> tuple[dict[int, float], dict[int, float], list[float], list[Covered]]:
        """BM25F score and (unnormalised) coverage of the candidates (the CANDIDATES best entries
        by word score, found by backcare.engine.topk without scoring every posting; every entry
        sharing a term when the pack is that small), each concept's importance (its best IDF, or
        UNKNOWN_WEIGHT x the rarest if unknown; a share of it for framing words), and what each
        concept matched in each candidate."""
        if self.store.size <= CANDIDATES and allowed is None:
            return self._whole_scores(concepts)
        terms = []
        found = []
        importance = []
        for concept in concepts:
            concept_terms, concept_found, weight = self._concept_scores(concept)
            terms.append(concept_terms)
            found.append((concept_found, weight))
            share = FRAMING_SHARE if concept.word in self.analyzer.framing else 1.0
            if not weight and (
                self.sense.generic(concept.word) or self.sense.practical(concept.word)
            ):
                share = FRAMING_SHARE  # "went", "normal", "permanently": unknown but no topic
            importance.append(share * (weight or UNKNOWN_WEIGHT * self._rarest))
        if self.store.size <= CANDIDATES:
            scores = all_scores(terms, K1, allowed)
        else:
            scores = top_k(terms, CANDIDATES, K1, allowed, self._bounds)
        coverage: dict[int, float] = {}
        matches = []
        for concept, (concept_found, weight) in zip(concepts, found, strict=True):
            share = FRAMING_SHARE if concept.word in self.analyzer.framing else 1.0
            covered = self._covered_of(concept, concept_found, scores)
            for doc, (value, _, _) in covered.items():
                coverage[doc] = coverage.get(doc, 0.0) + share * weight * value
            matches.append(covered)
        return scores, coverage, importance, matches

    def _covered_of(
        self, concept: Concept, found: list[tuple[str, float, Postings]], docs: dict[int, float]
    ) -> Covered:
        """`_covered` of a large pack's candidates, each (concept, entry) pair worked out once a
        batch (its binary searches): the matches depend on the two alone. Bounded as the n-gram
        scores' pairs are (WORD_DOC_CACHE), cleared when full."""
        known = self._covers.get(concept)
        if known is None:
            known = self._covers[concept] = {}
        if not docs.keys() <= known.keys():  # (in C)
            missing = [doc for doc in docs if doc not in known]
            if self._cover_pairs + len(missing) > WORD_DOC_CACHE:
                self._covers.clear()  # full: start afresh, this concept too
                self._cover_pairs = 0
                known = self._covers[concept] = {}
                missing = list(docs)
            fresh = _covered(found, missing)
            known.update(zip(missing, map(fresh.get, missing), strict=True))
            self._cover_pairs += len(missing)
        get = known.__getitem__  # a match, or None
        return {doc: value for doc in docs if (value := get(doc)) is not None}

    def _specific_cover(self, covered: list[Covered], importance: list[float], doc: int) -> float:
        """What the question's words found only in `doc`'s answer add to its (unnormalised)
        coverage, for confidence, in a pack that reads answers as text: each counts
        answer_cover(holders) rather than FIELD_COVER's answer share, where holders is the
        number of entries holding the word. 0.0 in any other pack, and for a question with a
        word no entry holds: it may ask what the pack lacks ("is xz faster than gzip": no entry
        says faster, one answer says gzip in passing), and an answer's words then stay answer
        words."""
        if not self._reads_specific or not all(covered):
            return 0.0
        extra = 0.0
        for weight, found in zip(importance, covered, strict=True):
            match = found.get(doc)
            if match is not None and match[2] == "answer":
                holders = len(self._postings(match[1])[0])
                extra += weight * match[0] * (answer_cover(holders) / _ANSWER_COVER - 1.0)
        return extra

    def _whole_scores(
        self, concepts: list[Concept]
    ) -> tuple[dict[int, float], dict[int, float], list[float], list[Covered]]:
        """_word_scores over a whole (small) pack, from each concept's parts (kept)."""
        parts = [self._whole_concept(concept) for concept in concepts]
        coverage: dict[int, float] = {}
        for part in parts:
            for doc, value in part[3]:
                coverage[doc] = coverage.get(doc, 0.0) + value
        scores = add_parts([part[0] for part in parts])
        return scores, coverage, [part[2] for part in parts], [part[1] for part in parts]

    def _whole_concept(
        self, concept: Concept
    ) -> tuple[dict[int, float], Covered, float, list[tuple[int, float]]]:
        """A concept's word score part and matches over a whole (small) pack, its importance,
        and its share of each entry's coverage: what _word_scores computes for it, kept."""
        known = self._whole_concepts.get(concept)
        if known is None:
            terms, found, weight = self._concept_scores(concept)
            share = FRAMING_SHARE if concept.word in self.analyzer.framing else 1.0
            importance = share
            if not weight and (
                self.sense.generic(concept.word) or self.sense.practical(concept.word)
            ):
                importance = FRAMING_SHARE  # "went", "normal", "permanently": unknown, no topic
            part, covered = self._whole_pack(concept, terms, found)
            known = (
                part,
                covered,
                importance * (weight or UNKNOWN_WEIGHT * self._rarest),
                [(doc, share * weight * value) for doc, (value, _, _) in covered.items()],
            )
            if len(self._whole_concepts) >= CONCEPT_CACHE:
                self._whole_concepts.clear()
            self._whole_concepts[concept] = known
        return known

    def _whole_pack(
        self, concept: Concept, terms: list[Term], found: list[tuple[str, float, Postings]]
    ) -> tuple[dict[int, float], Covered]:
        """A concept's word score part and matches over a whole (small) pack, cached."""
        known = self._whole.get(concept)
        if known is None:
            if len(self._whole) >= CONCEPT_CACHE:
                self._whole.clear()
            docs = dict.fromkeys(d for _, _, (term_docs, _, _) in found for d in term_docs)
            known = self._whole[concept] = (concept_scores(terms, K1, None), _covered(found, docs))
        return known

    def _concept_scores(
        self, concept: Concept
    ) -> tuple[list[Term], list[tuple[str, float, Postings]], float]:
        """One concept's alternatives that the pack has: as scoring terms (BM25F factor, postings
        in doc and impact order), as (term, weight, postings) for coverage; and its best IDF."""
        known = self._concepts_seen.get(concept)
        if known is not None:
            return known
        if len(self._concepts_seen) >= CONCEPT_CACHE:
            self._concepts_seen.clear()
        known = self._concepts_seen[concept] = self._concept_terms(concept)
        return known

    def _concept_terms(
        self, concept: Concept
    ) -> tuple[list[Term], list[tuple[str, float, Postings]], float]:
        terms = []
        found = []
        best_idf = 0.0
        present = [(t, w, p) for t, w in concept.alternatives if (p := self._postings(t))[0]]
        # a word the pack never has, found only through its synonyms ("knotted": tight, tension),
        # weighs each at the synonyms' commonest IDF (as one term, like Lucene's SynonymQuery):
        # which synonym an entry says is no evidence the word meant the rarer one
        shared_idf = None
        alternatives = concept.alternatives
        if (
            len(present) >= 2
            and alternatives
            and present[0][0] != alternatives[0][0]
            and not any(PHRASE_SEPARATOR in term for term, _, _ in present)
        ):
            shared_idf = min(idf(self.store.size, len(p[0])) for _, _, p in present)
        # a word two or more entries ask about (in their question, aliases or tags), found in at
        # most half of them: a synonym the pack also asks about scores no more than the typed word
        # would. The pack tells the two apart ("tight" is three entries' word, "tension" one's),
        # and an entry saying the rarer one is no better evidence of what the word typed meant: "my
        # husband's back is tight every evening" is the tight-back entry, not spinal tension
        ceiling = None
        if (
            present
            and alternatives
            and present[0][0] == alternatives[0][0]
            and 2 * len(present[0][2][0]) <= self.store.size
            and _asked_about(present[0][2]) >= 2
        ):
            ceiling = idf(self.store.size, len(present[0][2][0])) * present[0][1]
        for term, weight, postings in present:
            term_idf = idf(self.store.size, len(postings[0]))
            best_idf = max(best_idf, term_idf)
            factor = (term_idf if shared_idf is None else shared_idf) * weight
            if ceiling is not None and _asked_about(postings):
                factor = min(factor, ceiling)
            factor *= K1 + 1
            terms.append(Term(factor, postings[0], postings[1], *self._impact(term, postings)))
            found.append((term, weight, postings))
        # a word most of the pack holds ("back" in a back-care pack), said through several of its
        # synonyms ("spinal", "spine", "lower back"), is still one weak word: its alternatives
        # score as one term, saturated once, at the typed word's IDF (the back-synonym sum)
        if (
            len(present) >= 2
            and present[0][0] == alternatives[0][0]
            and 2 * len(present[0][2][0]) > self.store.size
        ):
            terms = [_one_term(present, idf(self.store.size, len(present[0][2][0])))]
        return terms, found, best_idf

    def _impact(self, term: str, postings: Postings) -> Impact:
        """A term's postings in impact order (the store keeps them; phrases are sorted here). Of
        a long phrase list only the head, as the index keeps of a common word: top-k reads no
        more of it, and sorts the rest where it needs it (topk._whole). Two common words' phrase
        on a 200,000-entry pack holds ~40,000 entries, whose full sort was ~8 ms of a cold ask."""
        if PHRASE_SEPARATOR not in term:
            return self.store.impact(term)
        found = self._phrase_impacts.get(term)
        if found is None:
            if len(postings[0]) <= FIRST_DEPTH:
                found = impact_order(postings)
            else:
                found = (*impact_head(postings, FIRST_DEPTH), self._phrase_bounds(term))
            self._phrase_impacts[term] = found
        return found

    def _phrase_bounds(self, phrase: str) -> bytes | None:
        """A long phrase list's dense bounds (topk.dense_bounds), when each of its words has them
        stored: each field's lowest over the words. A phrase holds an entry at its words' lowest
        tf (candidates._all_of), a bound rises with the tf (distinct float32 tfs give quotients
        far more apart than float64 rounding), and an entry lacking a word has 0 there: the
        bytes topk would scatter from the phrase's postings (~7 ms for two common words' 40,000
        entries on a 200,000-entry pack), read off two big integers. None: topk scatters them."""
        from backcare.engine.lanes import bounds_min  # (only for long phrase lists)

        stored = [self.store.impact(word)[2] for word in phrase.split(PHRASE_SEPARATOR)]
        if any(bounds is None for bounds in stored):
            return None
        return bounds_min(stored)  # type: ignore[arg-type]

    def _agrees_elsewhere(
        self,
        concepts: list[Concept],
        importance: list[float],
        covered: list[Covered],
        doc: int,
        framing: frozenset[str],
    ) -> bool:
        """Whether the words a question shares with an entry's question, aliases or tags are all
        words most of the pack holds (the pack's own, by its document frequencies: "back" and
        "pain" on a back-pain charity's page) while the words it misses, weighing more, are all
        found together in another entry ("universal credit back pain": universal, credit are in
        the benefits entry's answer): then agreeing on the pack's common words is no agreement
        on what is asked, and earns no bonus. Words the pack never has are not "elsewhere": the
        coverage they cost already says how much of the question an entry misses."""
        agreed: list[int] = []
        missing: list[int] = []
        for i, concept in enumerate(concepts):
            if concept.filler or concept.word in framing:
                continue
            found = covered[i].get(doc)
            if found is None:
                missing.append(i)
            elif found[2] in STRONG_FIELDS:
                agreed.append(i)
        if not agreed or len(missing) < 2 or not all(self._common(concepts[i]) for i in agreed):
            return False
        # distinctive: each missing word at most half as common as the rarest agreed one ("find",
        # "many" beside perlfaq5's "file" and "lines" are ordinary words, not another subject)
        rarest = min(self._held(concepts[i]) for i in agreed)
        if any(2 * self._held(concepts[i]) > rarest for i in missing):
            return False
        others = set(covered[missing[0]])
        for i in missing[1:]:
            others.intersection_update(covered[i])
        others.discard(doc)
        return bool(others) and sum(importance[i] for i in missing) > sum(
            importance[i] for i in agreed
        )

    def _common(self, concept: Concept) -> bool:
        """Whether many of the pack's entries hold a concept's own (typed) stem: at least
        COMMON_SHARE of them, and COMMON_MIN."""
        return self._held(concept) >= max(COMMON_MIN, COMMON_SHARE * self.store.size)

    def _held(self, concept: Concept) -> int:
        """How many of the pack's entries hold a concept's own (typed) stem (0 for a phrase)."""
        if not concept.alternatives:
            return 0
        term = concept.alternatives[0][0]
        return 0 if PHRASE_SEPARATOR in term else len(self._postings(term)[0])

    def _candidates(
        self, word_scores: dict[int, float], allowed: frozenset[int] | None
    ) -> list[int]:
        if self.store.size <= CANDIDATES:
            pool = range(self.store.size) if allowed is None else sorted(allowed)
            return list(pool)
        ranked = sorted(word_scores, key=lambda d: (-word_scores[d], d))
        return ranked[:CANDIDATES]


def _asked_about(postings: Postings) -> int:
    """How many entries hold a term in their question, aliases or tags (a postings' best field).
    Counted by bytes.count, one a strong field: a common word of a 50k pack has tens of
    thousands of postings, and a loop in Python over them (or array.count, an object compared a
    posting) was a fifth of that pack's batch (cProfile)."""
    fields = bytes(postings[2])
    return sum(map(fields.count, _STRONG_BYTES))


def _covered(found: list[tuple[str, float, Postings]], docs: Iterable[int]) -> Covered:
    """Each doc's best match for one concept: (cover value, term, field); first alternative wins
    ties."""
    covered: Covered = {}
    for term, weight, (term_docs, _, fields) in found:
        size = len(term_docs)
        for doc in docs:
            i = bisect_left(term_docs, doc)
            if i < size and term_docs[i] == doc:
                value = weight * _COVER_BY_INDEX[fields[i]]
                if doc not in covered or value > covered[doc][0]:
                    covered[doc] = (value, term, FIELDS[fields[i]])
    return covered


def answer_cover(holders: int) -> float:
    """What a word found in an entry's answer counts towards its coverage in a pack that reads
    answers, when `holders` entries hold it: FIELD_COVER's answer share, raised by a share of
    the way to SPECIFIC_ANSWER_COVER that falls fast as more entries hold it (one: all the way;
    two: a quarter of it, at SPECIFIC_DECAY 2)."""
    spread: float = max(1, holders) ** SPECIFIC_DECAY
    return _ANSWER_COVER + (SPECIFIC_ANSWER_COVER - _ANSWER_COVER) / spread


def _total_importance(
    asking: frozenset[str] | None,
    setting: frozenset[str],
    concepts: list[Concept],
    importance: list[float],
    covered: list[Covered],
) -> float:
    """What coverage is a share of. A word no entry has counts against every entry; more when it
    is in the sentence that asks (the subject of "do inversion tables help with back pain" is
    not the FAQ's), less when it is in the story around it (the nurse, the ward and the truck
    of a long question, the football of "tight after football")."""
    total = 0.0
    implied = _implied(frozenset(c.word for c in concepts))
    for concept, weight, found in zip(concepts, importance, covered, strict=True):
        if not found and concept.word in implied:
            weight *= UNKNOWN_CONTEXT  # "car" of "park my car": the verb asks it already
        elif not found and asking is not None:
            inside = concept.word.split(" ", 1)[0] in asking
            weight *= UNKNOWN_ASKING if inside else UNKNOWN_CONTEXT
        if not found and concept.word in setting:
            weight *= UNKNOWN_CONTEXT
        total += weight
    return total or 1.0


@lru_cache(maxsize=1)
def _implied_objects() -> dict[str, frozenset[str]]:
    """data/implied_objects.txt: each verb form -> the objects it implies."""
    from backcare.resources import read_text

    table: dict[str, frozenset[str]] = {}
    for line in read_text("implied_objects.txt").splitlines():
        line = line.split("#", 1)[0]
        if ":" not in line:
            continue
        forms, objects = line.split(":", 1)
        for form in forms.split():
            table[form] = table.get(form, frozenset()) | frozenset(objects.split())
    return table


def _implied(words: frozenset[str]) -> frozenset[str]:
    """The objects the question's verbs imply (data/implied_objects.txt)."""
    table = _implied_objects()
    return frozenset().union(*(table[w] for w in words if w in table))


def _one_term(present: list[tuple[str, float, Postings]], term_idf: float) -> Term:
    """A concept's alternatives as one term (as Lucene's SynonymQuery): each entry's weighted term
    frequencies added and saturated once, at one IDF."""
    tfs: dict[int, float] = {}
    for _, weight, (docs, freqs, _) in present:
        for d, tf in zip(docs, freqs, strict=True):
            tfs[d] = tfs.get(d, 0.0) + weight * tf
    order = sorted(tfs)
    merged = (array("I", order), array("f", [tfs[d] for d in order]), array("B"))
    return Term(term_idf * (K1 + 1), merged[0], merged[1], *impact_order(merged))
