"""Rank a pack's entries for a question, over a `Store` (backcare.store). Pure: no I/O, no printing.

Ranking has two stages. (1) Word-level BM25F over the fields of every entry (question and aliases
weigh most, then tags and topic, the answer as much as the pack's own aliases say it should; see
adapt.py), with each question word standing for a concept: its stem, lexicon synonyms and, for a word
the pack does not know, its typo correction. (2) The best candidates are re-ranked by adding
character n-gram BM25 over question and aliases (near-duplicate phrasing, word forms the stemmer
splits), the concept coverage below, and whether the entry answers the question's type ("how long",
"why"; intent.py). With the optional semantic extra, the best ten are then re-ranked by sentence
embeddings (semantic.py).

Score and confidence: an entry's *coverage* is the share of the question's concepts it contains,
each concept weighted by its IDF, with a match in the answer counting half. Words the pack has never
seen count against coverage, which is what rejects off-topic questions (half as much in the story
around a long question's asking sentence); framing words ("how long", "best way") count
`FRAMING_SHARE` of that either way. The best entry's score is 100 x its coverage, plus
`AGREEMENT_BONUS` when two or more of the question's topic words are found in its question, aliases
or tags, plus `INTENT_BONUS` when it answers the question's type, capped at 100. A question that does
not name the entry's subject, or whose type clashes with the entry's, is never confident: its score is
scaled by `SENSE_FACTOR` and held below `CONFIDENT`. The others are scaled by their relevance relative
to the best, so scores fall with rank. A short question that close runners-up hold as strongly as
the best entry ("back") does not tell them apart: of k such entries none scores over 100/k. A match
is confident when the best score reaches `CONFIDENT` (50). The numbers live in tuning.py; docs/matching.md says how they were chosen.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

from backcare.engine.adapt import reads_answers
from backcare.engine.analyze import (
    PHRASE_SEPARATOR,
    Analyzer,
    Concept,
    common_words,
    stem,
    words,
)
from backcare.engine.candidates import CandidateStage, idf
from backcare.engine.index import FIELDS
from backcare.engine.intent import Asked, Named, Sense, Subject, default_sense
from backcare.engine.semantic import Reranker
from backcare.engine.topk import BoundsCache, Term, add_parts, all_scores, concept_scores, top_k
from backcare.engine.tuning import (
    AGREEMENT_BONUS,
    ANSWER_TEXT_B,
    ANSWER_TEXT_K1,
    ANSWER_TEXT_WEIGHT,
    CANDIDATES,
    CHAR_FLOOR,
    CHAR_WEIGHT,
    CONCEPT_CACHE,
    COVERAGE_WEIGHT,
    DISTINCT_SHARE,
    FIELD_COVER,
    FRAMING_SHARE,
    INTENT_BONUS,
    INTENT_WEIGHT,
    K1,
    MAX_QUERY_CHARS,
    PACK_SETTING_MIN,
    PACK_SETTING_SHARE,
    RANKING_CACHE,
    REAL_WORD_TYPO_WEIGHT,
    REGION_WEIGHT,
    SAME_REGION_WEIGHT,
    SEMANTIC_TOP,
    SEMANTIC_WEIGHT,
    SENSE_FACTOR,
    STAGE_CACHE,
    STRONG_SHARE,
    SUBJECT_WEIGHT,
    TIE_KEY,
    TIE_MARGIN,
    TIE_RIVALS,
    TIE_WORDS,
    TYPO_WEIGHT,
    UNKNOWN_ASKING,
    UNKNOWN_CONTEXT,
    UNKNOWN_WEIGHT,
    UNNAMED_REGION_WEIGHT,
    WORD_CACHE,
    WORD_DOC_CACHE,
)
from backcare.engine.tuning import CONFIDENT as CONFIDENT  # re-exported: validate reads it here
from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Entry
from backcare.store.protocol import Impact, Postings, Store, impact_order

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")

_COVER_BY_INDEX = tuple(FIELD_COVER[name] for name in FIELDS)

STRONG_FIELDS = frozenset({"question", "aliases", "tags"})
_OWN_FIELDS = frozenset({"question", "aliases"})  # the questions an entry answers


class Signals(NamedTuple):
    """Why an entry scored as it did: each signal's share and the concepts it matched."""

    words: float
    chars: float
    coverage: float
    matched: tuple[tuple[str, str, str], ...]  # (word typed, term matched, field)
    missing: tuple[str, ...]
    agreeing: int  # topic words (not framing) found in question or aliases, plus one if any in tags
    intent: int = 0  # 1: the question's type is one of the entry's; -1: they clash; 0: unknown
    subject: bool = True  # the question names part of the entry's subject
    outside: tuple[str, ...] = ()  # topics the question asks about that the entry never mentions
    # BM25 over the entry's question + answer, relative to the best candidate's, when the pack reads
    # answers as text and the question was found mostly outside the strong fields (else None)
    answer_text: float | None = None
    # entries (ids) the question does not tell apart from this one: each holds every concept it
    # matched, as strongly, answers its type as well and ranks close; of k such entries none
    # scores over 100/k ("back": the best and four tied, 20; "muscles": 25; a two-way tie: 50, the
    # confident mark itself, kept confident on purpose: docs/matching.md)
    tied: tuple[str, ...] = ()
    # close runners-up the question tells apart from this entry only by what their questions say
    # beyond it ("tight": "What helps tight back muscles?" says back, "How do you get rid of tight
    # muscles?" no more than muscles): decided, but no more than the confident mark itself
    close: tuple[str, ...] = ()
    # the question is made of state words only ("tight", "weakness"): it names no subject, so
    # entries it does not tell apart are not even a coin toss between subjects (no answer)
    states_only: bool = False
    # the question names all of the best entry's subject and nothing of what it asks about it
    # ("session": "How many sessions will I need?"), and runners-up ask other things of the same
    # subject ("How much does a session cost?"): no more a choice than state words are (no answer)
    unasked: bool = False


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


class Analysis(NamedTuple):
    """Everything ranking reads of a question (Matcher._analysis): equal analyses rank alike."""

    concepts: tuple[Concept, ...]
    corrections: tuple[tuple[str, str], ...]
    char_words: tuple[str, ...]  # its words but stop words, once each, for the n-gram scores
    asking: frozenset[str] | None  # the words of the sentence that asks, when there are several
    setting: frozenset[str]
    asked: Asked
    guessed: frozenset[str]  # correctly spelt words taken as typos
    named: Named
    regions: frozenset[int]
    about: tuple[tuple[tuple[str, ...], str], ...]  # the topics it asks about
    choice: tuple[str, str] | None
    only_asks: bool
    aside: frozenset[str]  # its setting and similes' words: no subject to name
    terms: tuple[str, ...]  # its terms, when the pack reads answers as text (else empty)
    combined: bool = False  # it asks about two of its topics taken together
    cued: frozenset[str] = frozenset()  # words inside its multi-word cues ("how fast"): no topic


Scored = tuple[float, int, float, float, float, int]  # key, doc, words, chars, coverage, intent
Covered = dict[int, tuple[float, str, str]]  # doc -> (cover value, term matched, field)
# word scores, coverage, importance, matches, candidates, n-gram scores, own n-gram weight
Stage = tuple[
    dict[int, float],
    dict[int, float],
    list[float],
    list[Covered],
    list[int],
    dict[int, float],
    float,
]


class Matcher(CandidateStage):
    """Ranks a store's entries for questions; caches per-word work across questions."""

    def __init__(
        self,
        store: Store,
        analyzer: Analyzer,
        sense: Sense | None = None,
        reranker: Reranker | None = None,
    ) -> None:
        super().__init__(store, analyzer)
        self.reranker = reranker
        self.sense = sense if sense is not None else default_sense(analyzer)
        self._entry_sense: dict[int, tuple[frozenset[str], Subject, frozenset[int]]] = {}
        self._entry_stems: dict[int, tuple[frozenset[str], str]] = {}
        self._question_subject: dict[int, frozenset[str]] = {}  # _unsaid
        self._distinct_subject: dict[int, Subject] = {}  # every stem of an entry, for topics
        self._corrections: dict[str, tuple[str, float] | None] = {}
        self._real_words: dict[str, bool] = {}  # word -> common English (_real)
        self._by_letter: dict[str, list[str]] = {}  # typo candidates by first letter
        self._rarest = idf(store.size, 1)
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
        # the pack's choice (adapt.reads_answers), and each entry's question + answer terms
        self._reads_answers = reads_answers(store.answer_share)
        self._texts: dict[int, Counter[str]] = {}
        # a question's concept -> the concepts it is ranked as, and its correction (_concepts)
        self._resolved: dict[Concept, tuple[list[Concept], list[tuple[str, str]]]] = {}
        # rankings by (analysis, top, topics): a batch's questions often differ only in words
        # the analysis drops ("please", "thanks", a question mark)
        self._rankings: dict[tuple[Analysis, int, frozenset[str] | None], Ranking] = {}
        self._ranked_size = 0  # rankings and matches kept there
        # candidate stages by (concepts, n-gram words, topics): _stage
        self._stages: dict[
            tuple[tuple[Concept, ...], tuple[str, ...], frozenset[str] | None], Stage
        ] = {}

    def rank(self, question: str, top: int = 3, topics: frozenset[str] | None = None) -> Ranking:
        question = question[:MAX_QUERY_CHARS]
        analysis = self._analysis(question)
        if self.reranker is not None:  # it reads the question's text itself
            return self._ranked(question, analysis, top, topics)
        # everything below reads the question only through its analysis: questions that differ
        # only in what the analysis drops (stop words, punctuation, case) rank alike, so a
        # batch ranks each distinct analysis once (the memo is bounded; cleared when full)
        key = (analysis, top, topics)
        found = self._rankings.get(key)
        if found is None:
            found = self._ranked(question, analysis, top, topics)
            size = 1 + len(found.matches)
            if self._ranked_size + size > RANKING_CACHE:
                self._rankings.clear()
                self._ranked_size = 0
            self._rankings[key] = found
            self._ranked_size += size
        return found if found.question == question else found._replace(question=question)

    def _analysis(self, question: str) -> Analysis:
        """All that ranking reads of a question."""
        concepts, corrections = self._concepts(question)
        idiomatic = self.analyzer.idiomatic(question)
        typed = [
            stem(w)
            for i, w in enumerate(words(question))
            if w not in self.analyzer.stopwords and i not in idiomatic
        ]
        # correctly spelt words taken as typos ("paint" -> "pain"): a guess that may rank, and
        # name what it was taken for ("siting": sit), but not that word's synonyms ("backache")
        guessed = frozenset(w for w, _ in corrections if self._real(w))
        qualified = self._qualified(question, concepts)
        named = self.sense.named(
            [
                c._replace(alternatives=c.alternatives[:1])
                if c.word in guessed or c.word in qualified
                else c
                for c in concepts
            ],
            typed,
        )
        setting = self.analyzer.setting(question)
        asking_text = self.sense.asking_text(question)
        about = self.analyzer.topics(asking_text)
        return Analysis(
            tuple(concepts),
            corrections,
            # the words _char_scores reads
            tuple(dict.fromkeys(w for w in words(question) if w not in self.analyzer.stopwords)),
            self.sense.asking_words(question),
            setting,
            self.sense.types(_corrected(question, corrections)),
            guessed,
            named,
            self.sense.regions(typed),
            about,
            self.sense.choice(asking_text),
            self._only_asks(question),
            setting | self.analyzer.figurative(question),
            tuple(self.analyzer.terms(question)) if self._reads_answers else (),
            self.sense.combined(asking_text, about),
            self.sense.cue_words(question),
        )

    def _ranked(
        self, question: str, analysis: Analysis, top: int, topics: frozenset[str] | None
    ) -> Ranking:
        concepts = list(analysis.concepts)
        corrections = analysis.corrections
        word_scores, coverage, importance, covered, candidates, char_scores, own_chars = (
            self._stage(analysis, topics)
        )
        best_words = max((word_scores.get(d, 0.0) for d in candidates), default=0.0) or 1.0
        # relative to the best entry's, unless even the best holds less than CHAR_FLOOR of the
        # question's own n-gram weight: then weak character matches of a question the pack's
        # questions do not hold ("my server's workers are never checked") count only as weak
        best_chars = max(max(char_scores.values(), default=0.0), CHAR_FLOOR * own_chars) or 1.0
        setting = analysis.setting
        total_importance = _total_importance(
            analysis.asking, setting, concepts, importance, covered
        )
        asked = analysis.asked
        guessed = analysis.guessed
        named = analysis.named
        regions = analysis.regions
        about = analysis.about
        choice = _choice(analysis.choice, concepts, covered)
        only_asks = analysis.only_asks
        bare = not asked.types  # a keyword question, asking no type ("posture")
        choosing = self.sense.cues.choosing
        # the terms each word reaches only through a one-way broader link (none: an empty list)
        broad_links = [
            self.analyzer.broader_only(c.alternatives[0][0]) if c.alternatives else frozenset()
            for c in concepts
        ]
        if not any(broad_links):
            broad_links = []
        scored: list[Scored] = []
        for doc in candidates:
            w = word_scores.get(doc, 0.0) / best_words
            c = char_scores.get(doc, 0.0) / best_chars
            if w or c:
                cov = coverage.get(doc, 0.0) / total_importance
                types, subject, entry_regions = self._sense_of(doc)
                # a broader word ("legs", "shoulders" -> muscle) covers an entry about muscles in
                # general, not one about muscles of its own ("How do I loosen my erector spinae?"):
                # there it ranks for nothing (its score still counts it, as before)
                rank_cov = cov
                if broad_links and self._distinct(doc).distinct:
                    rank_cov -= (
                        sum(
                            importance[i] * found[doc][0]
                            for i, found in enumerate(covered)
                            if doc in found and found[doc][1] in broad_links[i]
                        )
                        / total_importance
                    )
                intent = _intent(asked, types, self.sense.cues.practical)
                if (
                    intent < 0
                    and asked.types <= choosing
                    and self._options(concepts, covered, doc) >= 2
                ):
                    intent = 0  # it names the options the question chooses between
                # a question about calves, not about an entry about the back
                apart = bool(regions and entry_regions) and regions.isdisjoint(entry_regions)
                # shifted by one INTENT_WEIGHT so keys stay positive (scores are relative)
                # an entry answering only a side cue of a firm question ("relax" in "reason my
                # erectors never relax?") ranks halfway between a clash and no type
                rank_intent = intent - 0.5 * (intent == 0 and asked.firm and bool(types))
                key = (
                    w
                    + CHAR_WEIGHT * c
                    + COVERAGE_WEIGHT * rank_cov
                    + INTENT_WEIGHT * (rank_intent + 1)
                )
                key += REGION_WEIGHT * (not apart)
                key += UNNAMED_REGION_WEIGHT * (bool(regions) or not entry_regions)
                key += SAME_REGION_WEIGHT * bool(regions & entry_regions)
                if self.sense.names_subject(named, subject) is False:
                    key *= 1 - SUBJECT_WEIGHT
                scored.append((key, doc, w, c, cov, intent))
        if not scored:
            return Ranking(question, (), False, corrections)
        scored.sort(key=lambda item: (-item[0], item[1]))  # ties broken by file order
        answer_text: dict[int, float] = {}
        if self._reads_answers and _told_apart(concepts, covered, scored[0][1]):
            scored, answer_text = self._with_answer_text(analysis.terms, scored, concepts)
        if self.reranker is not None:
            scored = self._rerank(self.reranker, question, scored)
        # the story around the sentence that asks, like its setting, says what the question is
        # not about: a word of it the entry lacks does not make the question another subject's
        # ("I have a desk job but I also go to the gym. Why would these muscles stay so tight?")
        story = analysis.aside
        if analysis.asking is not None:
            story = story | {
                c.word for c in concepts if c.word.split(" ", 1)[0] not in analysis.asking
            }
        signals = [
            Signals(
                w,
                c,
                cov,
                *_matched(concepts, covered, doc, self.analyzer.framing | analysis.cued),
                intent,
                self._names(named, concepts, covered, doc, only_asks, story, guessed, bare)
                or self._asks_its_subject(asked, intent, doc, only_asks)
                or self._names_a_problem(intent, doc, regions),
                self._outside(about, doc, analysis.combined) + _unchosen(choice, doc),
                answer_text.get(doc),
            )
            for _, doc, w, c, cov, intent in scored[:top]
        ]
        if signals:
            signals[0] = self._lone_unknown(
                signals[0],
                scored[0][1],
                concepts,
                covered,
                (importance, total_importance),
                analysis,
            )
            tied = self._tied(
                named,
                concepts,
                covered,
                scored,
                (only_asks, bare),
                analysis.aside,
                guessed,
                signals[0],
            )
            signals[0] = signals[0]._replace(
                tied=tied[0], close=tied[1], states_only=tied[2], unasked=tied[3]
            )
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

    def _stage(self, analysis: Analysis, topics: frozenset[str] | None) -> Stage:
        """The candidate stage of a ranking: word scores, coverage, importance and matches
        (_word_scores), the candidates, their n-gram scores and the question's own n-gram weight
        (_char_scores of the question's `char_words`). It depends on the concepts, those
        words and the topics alone, so analyses that differ elsewhere ("please tell me ..." asks
        the same words in another sentence) share it: kept (bounded: STAGE_CACHE, cleared when
        full). Read only, like the rankings memo's."""
        key = (analysis.concepts, analysis.char_words, topics)
        found = self._stages.get(key)
        if found is None:
            allowed = None if topics is None else self.store.docs_with_topics(topics)
            word_scores, coverage, importance, covered = self._word_scores(
                list(analysis.concepts), allowed
            )
            candidates = self._candidates(word_scores, allowed)
            char_scores, own_chars = self._char_scores(analysis.char_words, candidates)
            found = (word_scores, coverage, importance, covered, candidates, char_scores, own_chars)
            if len(self._stages) >= STAGE_CACHE:
                self._stages.clear()
            self._stages[key] = found
        return found

    def _with_answer_text(
        self, query: tuple[str, ...], scored: list[Scored], concepts: Sequence[Concept] = ()
    ) -> tuple[list[Scored], dict[int, float]]:
        """The candidates re-ranked by their key relative to the best plus ANSWER_TEXT_WEIGHT x
        plain BM25 over question + answer relative to the best candidate's (the baseline a pack
        whose answers hold its users' words must not fall below), and those relative scores.
        `query`: the question's terms (Analyzer.terms). A term an entry's text lacks counts by
        the best of its lexicon synonyms that the text holds, at the synonym's weight, as the
        ranking counts it: "price" is in "How much does a treatment cost?", a "chiropractor" in
        a chiropractic price list (a pack without lexicon groups is scored as plain BM25)."""
        size = self.store.size
        norm = self.store.text_length or 1.0
        parts: dict[int, float] = {}
        weights: dict[str, float] = {}  # a term's IDF, once a question (not once an entry)
        synonyms = {
            c.alternatives[0][0]: [(t, f) for t, f in c.alternatives[1:] if " " not in t]
            for c in concepts
            if len(c.alternatives) > 1
        }
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
                    value += factor * weight * tf * (ANSWER_TEXT_K1 + 1) / (tf + saturation)
            parts[doc] = value
        best = max(parts.values()) or 1.0
        relative = {doc: value / best for doc, value in parts.items()}
        top = scored[0][0] or 1.0
        fused = [(s[0] / top + ANSWER_TEXT_WEIGHT * relative[s[1]], *s[1:]) for s in scored]
        fused.sort(key=lambda item: (-item[0], item[1]))
        return fused, relative

    def _options(self, concepts: list[Concept], covered: list[Covered], doc: int) -> int:
        """How many different terms of an entry's tags a question's words name, generic words
        ("pain", "relief") aside: the options it lists that the question chooses between ("ice
        packs and a hot water bottle": ice, heat; "ibuprofen or paracetamol": medication only)."""
        return len(
            {
                found[doc][1]
                for concept, found in zip(concepts, covered, strict=True)
                if doc in found and found[doc][2] == "tags" and not self.sense.generic(concept.word)
            }
        )

    def _tied(
        self,
        named: Named,
        concepts: list[Concept],
        covered: list[Covered],
        scored: list[Scored],
        asks: tuple[bool, bool],  # (only_asks, bare), as _names takes them
        aside: frozenset[str],
        guessed: frozenset[str],
        best: Signals,
    ) -> tuple[tuple[str, ...], tuple[str, ...], bool, bool]:
        """The close runners-up (key at least TIE_KEY of the best's, among the next TIE_RIVALS)
        that the question does not tell apart from the best entry: each holds every concept the
        best holds, at least as strongly, answers the question's type as well as the best does,
        and has its subject named when the best has. Then only length and spelling accidents of
        the entries ranked them ("back": three entries say back in their question or aliases);
        a question with words that one entry holds more strongly, or a type one answers, is
        decided, however close the scores (the brief's near ties, right four times in five).
        Second: the runners-up told apart only by leaving more of their question's subject unsaid
        (close, but decided), when the question leaves some of the best's unsaid too ("atrophy":
        the general entry's muscles); when it says all of the best's ("tight muscles"), they are
        decided outright. Third: whether the question is state words only ("tight", "stiffness"):
        then nothing tells its entries apart, the runners-up are tied, and even two are no answer.
        Counted in ideas, not words (`_ideas`: "lower back" is the one idea "back")."""
        top_key, best_doc, *_ = scored[0]
        best_intent = scored[0][5]
        mine = [(i, found[best_doc][0]) for i, found in enumerate(covered) if best_doc in found]
        if not mine or top_key <= 0 or _ideas(concepts, self.analyzer.framing) > TIE_WORDS:
            return (), (), False, False
        # a rival leaving more of its subject unsaid than the best is told apart: "tight muscles"
        # says all of "How do you get rid of tight muscles?", not the back of "What helps tight
        # back muscles?" (words typed only: "back" says "spinal" only through a synonym)
        unsaid = self._unsaid(named, best_doc)
        # a question of state words only ("tight", "stiffness") names no subject: what the
        # runners-up leave unsaid beyond it cannot tell them apart
        states = all(
            c.filler or c.word in self.analyzer.framing or self.sense.generic(c.word)
            for c in concepts
        )
        # a question asking no type that types none of the words by which the best entry's
        # question says what it asks ("how many ... need", "what happens"): saying all of the
        # best's subject does not make it the one meant over runners-up that say more only by
        # what they ask of it ("session": "How much does a session cost?", a practical type's
        # word), unlike those that say more of their subject ("erector spinae": "spinal")
        typed = {c.alternatives[0][0] for c in concepts if c.alternatives}
        asks_of = self.sense.asks_of(self.store.entry(best_doc).question)
        unasked = asks[1] and not unsaid and bool(asks_of) and asks_of.isdisjoint(typed)
        unasked_ties = False
        tied: list[str] = []
        close: list[str] = []
        for key, doc, _w, _c, _cov, intent in scored[1 : 1 + TIE_RIVALS]:
            if key < TIE_KEY * top_key:
                break
            if intent < best_intent:
                continue
            if any(
                doc not in covered[i] or covered[i][doc][0] < value - TIE_MARGIN
                for i, value in mine
            ):
                continue
            if best.subject and not self._names(
                named, concepts, covered, doc, asks[0], aside, guessed, asks[1]
            ):
                continue
            said_less = self._unsaid(named, doc) > unsaid
            if said_less and not states and not unsaid:
                if not (unasked and self.sense.asks_only(self._unsaid_words(named, doc))):
                    continue  # it says all the best's subject and less of theirs: decided
                unasked_ties = True
                tied.append(self.store.entry(doc).id)
                continue
            (close if said_less and not states else tied).append(self.store.entry(doc).id)
        return tuple(tied), tuple(close), states, unasked_ties

    def _unsaid(self, named: Named, doc: int) -> int:
        """How many subject words of an entry's question a question does not type (or fix from a
        typo). The question alone: aliases restate it in other words, which no one types all of."""
        return len(self._unsaid_words(named, doc))

    def _unsaid_words(self, named: Named, doc: int) -> frozenset[str]:
        """The subject stems of an entry's question that a question does not type (_unsaid)."""
        stems = self._question_subject.get(doc)
        if stems is None:
            stems = self.sense.subject((self.store.entry(doc).question,)).stems
            if len(self._question_subject) >= CONCEPT_CACHE:
                self._question_subject.clear()
            self._question_subject[doc] = stems
        return stems - named.own

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

    def _sense_of(self, doc: int) -> tuple[frozenset[str], Subject, frozenset[int]]:
        """An entry's question types, subject and body regions (from its question and aliases,
        and multi-word tags for the regions), cached."""
        found = self._entry_sense.get(doc)
        if found is None:
            entry = self.store.entry(doc)
            texts = (entry.question, *entry.aliases)
            subject = self.sense.subject(texts, entry.tags)
            # a tag's region word inside an idiom names no body part of the entry ("legs up the
            # wall", a pose for the back: the entry is not about legs)
            idiomatic = {
                stem(w)
                for tag in entry.tags
                for i, w in enumerate(words(tag))
                if i in self.analyzer.idiomatic(tag)
            }
            regions = self.sense.regions(
                {
                    *subject.stems,
                    *(s for phrase in subject.phrases for s in phrase if s not in idiomatic),
                }
            )
            found = (self.sense.entry_types(texts), subject, regions)
            self._entry_sense[doc] = found
        return found

    def _names(
        self,
        named: Named,
        concepts: list[Concept],
        covered: list[Covered],
        doc: int,
        only_asks: bool,
        aside: frozenset[str],
        guessed: frozenset[str] = frozenset(),
        bare: bool = False,
    ) -> bool:
        """Whether the question names the entry's subject. Naming only what many entries share
        ("back") is enough unless the question has a content word the entry lacks, outside its
        setting and its figures of speech: "why is my back stiff in the morning" is not about the
        sitting of "Why does my back get stiff when I sit?"; "why is my back tight as a drum" may
        be about the erectors of "Why are my spinal erectors so tight?". A correctly spelt word
        taken as a typo counts as found only in the entry's question, aliases or tags: "siting"
        may be the "sit" of that question, but "paint" is not the "pain" of its answer."""
        if only_asks:
            return False  # "how do I relax": it says what it asks, about nothing
        if self._all_own(concepts, covered, doc, bare):
            return True  # "posture", "how do I do kegels", "do I need an MRI"
        # common words only its answer holds do not name what an entry is about ("numb": the ice
        # of "What helps tight back muscles?" can "numb pain"), unless the pack reads answers
        if not self._reads_answers and not any(
            doc in found and found[doc][2] in STRONG_FIELDS for found in covered
        ):
            return False
        subject = self._distinct(doc)
        names = self.sense.names_subject(named, subject)
        # the entry's common words name a body part and the question names none: "why does my
        # office chair squeak when I sit down" names the sitting of "Why does my back get stiff
        # when I sit?" but no body, so it is judged by its other words, as below
        if (
            names
            and subject.distinct
            and not self.sense.regions(named.wide)
            and self.sense.regions(subject.stems - subject.distinct)
        ):
            names = None
        if names is not None:
            return names
        return all(
            (doc in found and (concept.word not in guessed or found[doc][2] in STRONG_FIELDS))
            or concept.filler
            or concept.word in aside
            or self.sense.generic(concept.word)
            for concept, found in zip(concepts, covered, strict=True)
        )

    def _asks_its_subject(self, asked: Asked, intent: int, doc: int, only_asks: bool) -> bool:
        """Whether a question asking a practical type ("how much is a sports massage": cost) asks
        it of an entry whose subject is that type's own words ("How much does a treatment
        cost?": its subject is "cost"): the question names the subject by asking it. Not a
        question that says only what it asks ("how much is it"), which names nothing."""
        if only_asks or intent <= 0 or not asked.types <= self.sense.cues.practical:
            return False
        stems = self._sense_of(doc)[1].stems
        return bool(stems) and self.sense.asks_only(stems)

    def _names_a_problem(self, intent: int, doc: int, regions: frozenset[int]) -> bool:
        """Whether a question of an entry's type that names a body region ("do you treat neck
        pain") asks of an entry whose subject is body problems in general ("What conditions do
        you treat?"): the region's problem is one of them, so the question names the subject."""
        return (
            intent > 0 and bool(regions) and self.sense.names_problems(self._sense_of(doc)[1].stems)
        )

    def _lone_unknown(
        self,
        best: Signals,
        doc: int,
        concepts: list[Concept],
        covered: list[Covered],
        weights: tuple[list[float], float],
        analysis: Analysis,
    ) -> Signals:
        """The best entry's signals when a question says one word the pack has never seen and
        every other content word (two or more) is the entry's own, as typed, in its question or
        aliases, naming a body region the entry names too ("stiff back café"): that word costs what a story
        word does (UNKNOWN_CONTEXT) and no longer makes the question another subject's. A word
        the pack lacks beside a partial or answer-only match still costs in full ("how to fix a
        stiff door hinge": "stiff" alone is no specific match), and so do two or more of them."""
        importance, total = weights
        content = [i for i, c in enumerate(concepts) if not c.filler]
        unknown = [i for i in content if not covered[i]]
        if len(unknown) != 1 or len(content) < 3 or best.outside or best.intent < 0:
            return best
        # specific: the rest names a body region the entry names too ("back"); entry words alone
        # ("greatest cause", "fastest home remedy", "relieve tension") fit any subject, and the
        # unknown word is then the question's own ("inflation", "hiccups", "a relationship")
        if not analysis.regions & self._sense_of(doc)[2]:
            return best
        lone = unknown[0]
        if concepts[lone].word in self.analyzer.framing or self.sense.generic(concepts[lone].word):
            return best  # already counted as framing: nothing to forgive
        word = concepts[lone].word
        asking = analysis.asking
        if word in analysis.setting or (asking is not None and word.split(" ", 1)[0] not in asking):
            return best  # a story word's cost is already cut
        rest = [i for i in content if i != lone]
        if not self._all_own(
            [concepts[i] for i in rest], [covered[i] for i in rest], doc, False
        ) or any(covered[i][doc][2] not in _OWN_FIELDS for i in rest):
            return best
        # the unknown word's share of the total, as _total_importance counted it, cut to a story
        # word's (an unknown word of the story is already cut: it stays as it was)
        lenient = importance.copy()
        lenient[lone] *= UNKNOWN_CONTEXT
        total_lenient = _total_importance(
            analysis.asking, analysis.setting, concepts, lenient, covered
        )
        if total_lenient >= total:
            return best
        return best._replace(coverage=best.coverage * total / total_lenient, subject=True)

    def _all_own(
        self, concepts: list[Concept], covered: list[Covered], doc: int, bare: bool
    ) -> bool:
        """Whether every content word of a question is, as typed (its own stem or typo fix, not a
        synonym), the entry's own: in its question or aliases, or in its tags when the question
        asks no type ("posture") or the word is no common English word ("how do I do kegels"),
        or anywhere in it when no other entry has it and it is no common English word ("do I
        need an MRI", said only by one answer). Such a question names what the entry is about,
        even through a single-word tag, which alone in a longer question is too loose to stand
        for its subject: "what helps a cold" is not about the "cold" packs of a tag."""
        content = [(c, found) for c, found in zip(concepts, covered, strict=True) if not c.filler]
        if not content:
            return False
        english = common_words()
        for concept, found in content:
            if not concept.alternatives or doc not in found:
                return False
            _, term, field = found[doc]
            if term != concept.alternatives[0][0]:
                return False
            if field in _OWN_FIELDS:
                continue
            special = concept.word not in english
            if field == "tags" and (bare or special):
                continue
            if not (special and len(self._postings(term)[0]) == 1):
                return False
        return True

    def _distinct(self, doc: int) -> Subject:
        """An entry's subject with its distinct words: those fewer than DISTINCT_SHARE of the
        pack's entries have. Read for the entries shown only (their postings are looked up)."""
        found = self._distinct_subject.get(doc)
        if found is None:
            subject = self._sense_of(doc)[1]
            common = DISTINCT_SHARE * self.store.size
            distinct = (s for s in subject.stems if len(self._postings(s)[0]) < common)
            found = subject._replace(distinct=frozenset(distinct))
            if len(self._distinct_subject) >= CONCEPT_CACHE:
                self._distinct_subject.clear()
            self._distinct_subject[doc] = found
        return found

    def _qualified(self, question: str, concepts: list[Concept]) -> frozenset[str]:
        """The words reaching a broader term ("shoulder" -> muscle) right after an English word
        the pack has never seen and that is not generic: "frozen shoulder", "dislocated shoulder" name a
        condition of their own, not the muscles of an entry about muscles in general ("tight
        calves", "sore shoulders" still do). Such a word searches the broader term but names no
        subject through it."""
        tokens = words(question)
        found = {c.word: c for c in concepts}
        qualified = set()
        for before, word in pairwise(tokens):
            concept = found.get(word)
            if concept is None or not concept.alternatives:
                continue
            if not self.analyzer.broader_only(concept.alternatives[0][0]):
                continue
            prior = found.get(before)
            if (
                prior is not None
                and not prior.filler
                and not self.sense.generic(before)
                and not self._concept_scores(prior)[2]
                and before in common_words()  # a misspelling ("atrofied thigh") qualifies nothing
            ):
                qualified.add(word)
        return frozenset(qualified)

    def _only_asks(self, question: str) -> bool:
        """Whether every word of a question only says what is asked ("how do I relax", "how long
        does it last"): such a question names no entry's subject."""
        return self.sense.only_asks(question)

    def _pack_setting(self, topic: tuple[str, ...]) -> bool:
        """Whether many of the pack's entries mention a topic by one of its single words (a physio
        clinic's page and "physio"): then it is where the whole pack stands, not something one
        entry leaves out (PACK_SETTING_SHARE, PACK_SETTING_MIN)."""
        least = max(PACK_SETTING_MIN, PACK_SETTING_SHARE * self.store.size)
        return any(
            len(form) == 1 and len(self._postings(form[0])[0]) >= least
            for form in self.analyzer.topic_forms(topic)
        )

    def _outside(
        self, topics: tuple[tuple[tuple[str, ...], str], ...], doc: int, combined: bool = False
    ) -> tuple[str, ...]:
        """The topics a question asks about ("mattress", "MRI") that an entry never mentions; and,
        when it asks about them taken together ("paracetamol and ibuprofen together"), those the
        entry mentions only by the one word it uses for another of them ("medication")."""
        if not topics:
            return ()
        known = self._entry_stems.get(doc)
        if known is None:
            entry = self.store.entry(doc)
            texts = (entry.question, *entry.aliases, *entry.tags, entry.topic, entry.answer)
            runs = [self.analyzer.terms(text) for text in texts]
            # each text's stems, space-separated and space-ended, so a phrase is a substring
            known = (
                frozenset(s for run in runs for s in run),
                "".join(f" {' '.join(r)} \n" for r in runs),
            )
            if len(self._entry_stems) >= CONCEPT_CACHE:
                self._entry_stems.clear()
            self._entry_stems[doc] = known
        said, text = known
        if not combined:
            return tuple(
                written
                for topic, written in topics
                if not self._pack_setting(topic)
                and not any(
                    form[0] in said if len(form) == 1 else f" {' '.join(form)} " in text
                    for form in self.analyzer.topic_forms(topic)
                )
            )
        mentions = [
            frozenset(
                form
                for form in self.analyzer.topic_forms(topic)
                if (form[0] in said if len(form) == 1 else f" {' '.join(form)} " in text)
            )
            for topic, _ in topics
        ]
        outside = []
        for i, (_, written) in enumerate(topics):
            told_apart = mentions[i] and all(
                j == i or not mentions[j] or len(mentions[i] | mentions[j]) > 1
                for j in range(len(topics))
            )
            if not told_apart:
                outside.append(written)
        return tuple(outside)

    def _concepts(self, question: str) -> tuple[list[Concept], tuple[tuple[str, str], ...]]:
        concepts: list[Concept] = []
        corrections: list[tuple[str, str]] = []
        for concept in self.analyzer.concepts(question, self.store.has_word):
            found = self._resolved.get(concept)
            if found is None:
                found = self._resolve(concept)
                if len(self._resolved) >= CONCEPT_CACHE:
                    self._resolved.clear()
                self._resolved[concept] = found
            concepts.extend(found[0])
            corrections.extend(found[1])
        return concepts, tuple(corrections)

    def _resolve(self, concept: Concept) -> tuple[list[Concept], list[tuple[str, str]]]:
        """A question's concept as ranked (the same concept when the pack knows it; else its
        typo's correction, or the two pack words it runs together), and the correction made."""
        if any(self._postings(t)[0] for t, _ in concept.alternatives) or self.store.has_word(
            concept.word
        ):
            return [concept], []
        fix = self._correct(concept.word)
        if fix is not None:
            corrected, weight = fix
            # keep the word as typed, so explanations show what the person wrote
            alternatives = self.analyzer.concept(corrected, weight).alternatives
            return [Concept(concept.word, alternatives, concept.filler)], [
                (concept.word, corrected)
            ]
        parts = self._split(concept.word)
        if parts is not None:  # "backmuscles": two pack words run together
            return (
                [self.analyzer.concept(part, TYPO_WEIGHT) for part in parts],
                [(concept.word, " ".join(parts))],
            )
        return [concept], []

    def _split(self, word: str) -> tuple[str, str] | None:
        """Two words of the pack that a word unknown to it runs together ("backmuscles",
        "spinaltension"), each of three letters or more; the most even split wins."""
        if len(word) < 6 or not word.isalpha() or self._real(word):
            return None  # a real word ("profit", "sideways") is not two run together
        found = [
            (word[:i], word[i:])
            for i in range(3, len(word) - 2)
            if self.store.has_word(word[:i]) and self.store.has_word(word[i:])
        ]
        return min(found, key=lambda ab: abs(len(ab[0]) - len(ab[1])), default=None)

    def _real(self, word: str) -> bool:
        """Whether a word is common English (a search of a 400 kB text: kept, asked again often)."""
        found = self._real_words.get(word)
        if found is None:
            if len(self._real_words) >= WORD_CACHE:
                self._real_words.clear()
            found = self._real_words[word] = word in common_words()
        return found

    def _starting_with(self, letter: str) -> list[str]:
        """The pack's words, then the lexicon's, that start with this letter, each part sorted: a
        typo keeps its first letter, so only these are compared (a twentieth of the vocabulary)."""
        found = self._by_letter.get(letter)
        if found is None:
            words = self.store.words()  # sorted
            # every word starting with `letter` sorts from `letter` up to the next code point
            start = bisect_left(words, letter)
            end = bisect_left(words, chr(min(ord(letter) + 1, 0x10FFFF)), start)
            lexicon = sorted(w for w in self.analyzer.vocabulary if w.startswith(letter))
            found = self._by_letter[letter] = [*words[start:end], *lexicon]
        return found

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
            from backcare.engine.spelling import within_edits

            # two English words run together ("backspin": back + spin) are a compound more
            # likely than a word two edits off ("backpain"): one edit only
            allowed = 1 if len(word) <= 5 or real or _compound(word) else 2
            found = within_edits(word, self._starting_with(word[0]), allowed, limit=1)
            if found:
                candidate, distance = found[0]
                weight = REAL_WORD_TYPO_WEIGHT if real else TYPO_WEIGHT - 0.1 * distance
                result = (candidate, weight)
        self._corrections[word] = result
        return result

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
            if not weight and self.sense.generic(concept.word):
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
            if not weight and self.sense.generic(concept.word):
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
        for term, weight in concept.alternatives:
            postings = self._postings(term)
            if not postings[0]:
                continue
            term_idf = idf(self.store.size, len(postings[0]))
            best_idf = max(best_idf, term_idf)
            factor = term_idf * weight * (K1 + 1)
            terms.append(Term(factor, postings[0], postings[1], *self._impact(term, postings)))
            found.append((term, weight, postings))
        return terms, found, best_idf

    def _impact(self, term: str, postings: Postings) -> Impact:
        """A term's postings in impact order (the store keeps them; phrases are sorted here)."""
        if PHRASE_SEPARATOR not in term:
            return self.store.impact(term)
        found = self._phrase_impacts.get(term)
        if found is None:
            found = self._phrase_impacts[term] = impact_order(postings)
        return found

    def _candidates(
        self, word_scores: dict[int, float], allowed: frozenset[int] | None
    ) -> list[int]:
        if self.store.size <= CANDIDATES:
            pool = range(self.store.size) if allowed is None else sorted(allowed)
            return list(pool)
        ranked = sorted(word_scores, key=lambda d: (-word_scores[d], d))
        return ranked[:CANDIDATES]


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


Choice = tuple[str, Covered, Covered] | None  # "A or B", and where each of them was found


def _choice(
    pair: tuple[str, str] | None, concepts: list[Concept], covered: list[Covered]
) -> Choice:
    """A question's choice between two words ("ibuprofen or naproxen ... better"), with the
    matches of each in every entry."""
    if pair is None:
        return None
    found = {c.word: f for c, f in zip(concepts, covered, strict=True)}
    first, second = found.get(pair[0]), found.get(pair[1])
    if first is None or second is None:
        return None
    return f"{pair[0]} or {pair[1]}", first, second


def _unchosen(choice: Choice, doc: int) -> tuple[str, ...]:
    """The choice an entry cannot answer, as an outside topic: it must mention both things, by
    different words ("heat" and "cold"; not "medication" for both ibuprofen and naproxen)."""
    if choice is None:
        return ()
    written, first, second = choice
    a, b = first.get(doc), second.get(doc)
    return () if a is not None and b is not None and a[1] != b[1] else (written,)


def _compound(word: str) -> bool:
    """Whether a word is two common English words of four letters or more run together ("ten" +
    "shun" is how "tension" may be misspelt)."""
    english = common_words()
    return any(word[:i] in english and word[i:] in english for i in range(4, len(word) - 3))


def _corrected(question: str, corrections: tuple[tuple[str, str], ...]) -> str:
    """The question with its typos fixed, for reading its type ("relase" is a "release")."""
    if not corrections:
        return question
    fixed = dict(corrections)
    return _WORD.sub(lambda m: fixed.get(m[0].casefold(), m[0]), question)  # punctuation kept


def confidence(signals: Signals) -> float:
    """0-100: coverage, plus a bonus when two or more topic words agree with question, aliases or
    tags and one when the question's type is the entry's; scaled down below the confident mark when
    the question does not name the entry's subject or its type clashes with the entry's."""
    score = 100 * signals.coverage + AGREEMENT_BONUS * (signals.agreeing >= 2)
    # a shared question type is no evidence on its own: no bonus for an entry sharing no word
    # with the question or aliases it answers (tags are labels: "how do I put backspin on a
    # tennis ball" shares only a tag with "How do I loosen my erector spinae?")
    shares = any(field in _OWN_FIELDS for _, _, field in signals.matched)
    score = min(100.0, score + INTENT_BONUS * (signals.intent > 0 and shares))
    if not signals.subject or signals.intent < 0 or signals.outside:
        score = min(score * SENSE_FACTOR, CONFIDENT - 1)
    # entries the question does not tell apart share what it says: of k of them, none is more
    # than 1/k likely to be the one meant ("back": five, 20; two: 50, the confident mark itself)
    if signals.close:  # close but decided: answered, with a score that says how close
        score = min(score, CONFIDENT)
    if signals.tied and (signals.states_only or signals.unasked):  # "weakness", "session"
        score = min(score, CONFIDENT - 1)
    return min(score, 100.0 / (1 + len(signals.tied)))


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
    for concept, weight, found in zip(concepts, importance, covered, strict=True):
        if not found and asking is not None:
            inside = concept.word.split(" ", 1)[0] in asking
            weight *= UNKNOWN_ASKING if inside else UNKNOWN_CONTEXT
        if not found and concept.word in setting:
            weight *= UNKNOWN_CONTEXT
        total += weight
    return total or 1.0


def _told_apart(concepts: list[Concept], covered: list[Covered], doc: int) -> bool:
    """Whether fewer than STRONG_SHARE of a question's concepts were found in the best entry's
    question, aliases or tags: a question told in the user's own words, which only answers hold."""
    strong = sum(1 for found in covered if doc in found and found[doc][2] in STRONG_FIELDS)
    return strong < STRONG_SHARE * max(1, len(concepts))


def _ideas(concepts: list[Concept], framing: frozenset[str]) -> int:
    """How many ideas a question's content words hold: a word that another of them also searches
    for is part of that one's idea ("lower back": "lower" searches "back", as the back group's
    "lower back"; one idea, like "back" alone)."""
    content = [c for c in concepts if not c.filler and c.word not in framing]
    searched = [{term for term, _ in c.alternatives} for c in content]
    return sum(
        1
        for i, c in enumerate(content)
        if not c.alternatives
        or not any(c.alternatives[0][0] in other for j, other in enumerate(searched) if j != i)
    )


def _intent(asked: Asked, offered: frozenset[str], practical: frozenset[str] = frozenset()) -> int:
    """1 when the entry answers what the question asks; -1 when the question's type is firm, the
    entry has types, and none of the question's cues is among them, or when both ask practical
    types only (weak cues: place, cost, things to bring ...) and different ones ("what should I
    bring" is not answered by "Can I bring someone with me?"); else 0."""
    if not asked.types or not offered:
        return 0
    if asked.types & offered:
        return 1
    if not asked.firm and asked.types <= practical and offered <= practical:
        return -1
    return -1 if asked.firm and offered.isdisjoint(asked.also) else 0


def _matched(
    concepts: list[Concept], covered: list[Covered], doc: int, framing: frozenset[str]
) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...], int]:
    """For the explanation: which term (and field) each concept matched, and what was not found;
    and how many topic words were found in a strong field."""
    matched = []
    missing = []
    agreeing = tagged = 0
    for concept, best in zip(concepts, covered, strict=True):
        found = best.get(doc)
        if found is None:
            missing.append(concept.word)
        else:
            matched.append((concept.word, found[1], found[2]))
            if concept.word not in framing and found[2] in STRONG_FIELDS:
                if found[2] in _OWN_FIELDS:
                    agreeing += 1
                else:
                    tagged += 1
    # words found only in tags count as one: tags are a bag of labels, and a question naming
    # both words of one ("tennis ball") agrees with a label, not with what the entry asks
    return tuple(matched), tuple(missing), agreeing + min(tagged, 1)
