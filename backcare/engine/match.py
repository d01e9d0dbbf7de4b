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

import math
from collections.abc import Callable, Iterable

from backcare.engine.analyze import PHRASE_SEPARATOR, Analyzer, Concept, common_words, text_stems
from backcare.engine.asking import written_sentences
from backcare.engine.circumstances import Circumstances
from backcare.engine.coordination import held_more
from backcare.engine.forum_titles import untitled
from backcare.engine.intent import Asked, Named, Sense, default_sense
from backcare.engine.other_parts import OtherParts
from backcare.engine.phrases import SolePhrases
from backcare.engine.question_analysis import QuestionAnalysis
from backcare.engine.ranked import (
    _OWN_FIELDS,
    NOWHERE,
    STRONG_FIELDS,
    Analysis,
    Covered,
    Match,
    Ranking,
    Scored,
    Signals,
    Stage,
)
from backcare.engine.rerank import Reranking, _reads_text, _told_apart
from backcare.engine.resolve import WordResolution
from backcare.engine.restricted import RestrictedSubjects
from backcare.engine.scoring import _total_importance
from backcare.engine.semantic import Reranker
from backcare.engine.sole_answer import SoleAnswer
from backcare.engine.subjects import (
    _answers_choice,
    _cause_unnamed,
    _choice,
    _intent,
    _unchosen,
    names_subject,
    said_of_known,
)
from backcare.engine.ties import Ties
from backcare.engine.topic_spelling import SpeltTopics
from backcare.engine.tuning import (
    AGREEMENT_BONUS,
    ANSWER_TEXT_WEIGHT,
    ASKED_WEIGHT,
    CHAR_FLOOR,
    CHAR_WEIGHT,
    CHOICE_WEIGHT,
    COVERAGE_WEIGHT,
    INTENT_BONUS,
    INTENT_WEIGHT,
    LINK_MIN_ENTRIES,
    MAX_QUERY_CHARS,
    RANK_ANSWER_COVER,
    RANKING_CACHE,
    REGION_WEIGHT,
    SAME_REGION_WEIGHT,
    SENSE_FACTOR,
    STAGE_CACHE,
    SUBJECT_WEIGHT,
    UNNAMED_REGION_WEIGHT,
    VERBATIM_RIVALS,
)
from backcare.engine.tuning import CONFIDENT as CONFIDENT  # re-exported: validate reads it here
from backcare.hints import TYPE_CHECKING
from backcare.store.protocol import Store

if TYPE_CHECKING:
    from backcare.engine.links import PackLinks
    from backcare.engine.related import RelatedWords

__all__ = ["CONFIDENT", "Match", "Matcher", "Ranking", "Signals", "confidence"]


class Matcher(QuestionAnalysis, SoleAnswer, OtherParts, Ties, Reranking, WordResolution):
    """Ranks a store's entries for questions; caches per-word work across questions. Its stages
    are mixins, each with the caches it keeps: QuestionAnalysis (question_analysis.py: what a
    question says, read once), WordResolution (resolve.py: typos), WordScores (scoring.py),
    SubjectChecks (subjects.py), SoleAnswer (sole_answer.py), OtherParts (other_parts.py: another
    body part), Ties (ties.py), Reranking (rerank.py); the n-gram scores are CandidateStage's
    (candidates.py)."""

    def __init__(
        self,
        store: Store,
        analyzer: Analyzer,
        sense: Sense | None = None,
        reranker: Reranker | None = None,
        title: str = "",
    ) -> None:
        super().__init__(store, analyzer)
        if any(True for _ in analyzer.topic_names()):  # what a single pack's title names is
            self._title_stems = frozenset(analyzer.terms(title))  # its setting (_pack_setting)
        self.reranker = reranker
        self.sense = sense if sense is not None else default_sense(analyzer)
        self._spelt = SpeltTopics(analyzer.topic_names())
        self._restricted = RestrictedSubjects(store, analyzer, self._title_stems)
        self._circumstances = Circumstances(store, analyzer, self._title_stems)
        # two words only one entry writes side by side: as a word only its answer holds
        self._sole_phrases = SolePhrases(store, analyzer, self._reads_answers, self.sense.generic)
        # word links the pack teaches about itself: only a large pack has enough entries to learn
        # from (links.py), so a small one never imports them
        self._links: PackLinks | None = None
        # and related English words (related.py): in a small pack they swap near-duplicate
        # entries its lexicon already tells apart (tuning.RELATED_WEIGHT)
        self._related: RelatedWords | None = None
        if store.size >= LINK_MIN_ENTRIES:
            from backcare.engine.links import PackLinks
            from backcare.engine.related import RelatedWords

            self._links = PackLinks(store, analyzer)
            self._related = RelatedWords(store, self._links.own_terms)
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
        # a forum title's flair and age/sex tags ("[Help] ... - 28M") are not what it asks
        text = untitled(question)
        # a word speech-to-text wrote as two ("muscle a trophy") is read whole
        text, joins = self._rejoined(text)
        # a word stretched for emphasis ("sooooo", "dayyy") is the word it stretches
        text, stretched = self._unstretched(text)
        joins += stretched
        # a word heard as another that sounds the same ("caws" for cause) is read as meant
        text, heard = self._heard(text)
        joins += heard
        # a real word autocorrect put for a term of the pack ("spinal directors") is the term
        text, autocorrect = self._autocorrected(text)
        joins += autocorrect
        # a question typed without vowels ("hw lng t rbld mscl ftr trphy") is read with them
        text, filled = self._revowelled(text)
        joins += filled
        # a body word in another language's sense ("the kidneys are hurting me") is the region
        text, sensed = self._in_region_sense(text)
        joins += sensed
        # a child's age stated as a number ("my 14 year old") is the child
        text, aged = self._as_child(text)
        joins += aged
        if text != question:
            read = self._ranked(text, self._analysis(text), top, topics)
            return read._replace(question=question, corrections=joins + read.corrections)
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
        against = _choice(analysis.against, concepts, covered)
        only_asks = analysis.only_asks
        bare = not asked.types  # a keyword question, asking no type ("posture")
        # a choice asked with no type ("heat or ice?", "heat or ice tightness"): its words beside
        # the two sides, if any, an entry must hold in its own words too (_answers_choice)
        bare_choice = bare and choice is not None
        unanswered = self._asked_of_none(analysis.named_types, candidates)
        if unanswered:  # asked firmly, whatever else it asks: what the thing asked about is for
            answering = self.sense.cues.named
            asked = Asked(unanswered, True, frozenset(t for k in unanswered for t in answering[k]))
        choosing = self.sense.cues.choosing
        # the terms each word reaches only through a one-way broader link (none: an empty list)
        broad_links = [
            self.analyzer.broader_only(c.alternatives[0][0]) if c.alternatives else frozenset()
            for c in concepts
        ]
        if not any(broad_links):
            broad_links = []
        # a practical type's cue words ("price", "fee"): an entry that asks that type ("How much are
        # Pilates classes?") answers them by its type, whether or not it says the word
        practical = [
            i for i, c in enumerate(concepts) if asked.types and self.sense.practical(c.word)
        ]
        # so, for confidence, do the words of a cue of the type asked ("clinical features",
        # "presentation" of a symptoms question): the entry answers them by its type
        asking_cues = {w for w, kind in analysis.type_words if kind in asked.types}
        # what the question asks to prevent ("avoid backache": backache), for an entry that says
        # how to prevent only in its answer, and maybe something else
        content = analysis.objects if asked.firm else frozenset()
        practical += [
            i for i, c in enumerate(concepts) if c.word in asking_cues and i not in practical
        ]
        # the asking sentence's own topic words that some candidate holds, when a story around
        # it has words too ("my back is killing me, can you book me in today": book, today)
        asked_words = self._asked_concepts(analysis, concepts, covered)
        # a story, then a sentence that asks only a type ("... tied in knots all week. What
        # actually helps?"): the type is all that sentence asks
        type_only = (
            asked.firm
            and analysis.asking is not None
            and not any(
                not c.filler
                and c.word not in self.analyzer.framing | analysis.cued
                and c.word.split(" ", 1)[0] in analysis.asking
                for c in concepts
            )
        )
        # a distinctive word only one entry's answer holds, when nothing else explains the
        # question ("should i stay in bed": "Bed rest for more than a day ..."): that entry's
        # a word alone ("towel", "email") is a keyword, not a question the answer that says it
        # answers: the rule needs a question that says more ("can i go swimming")
        words_said = sum(not c.filler and c.word not in self.analyzer.framing for c in concepts)
        sole = (
            self._sole_answer(concepts, covered, importance, candidates, analysis.cued)
            or self._sole_phrases.sole(concepts, covered, importance, analysis.cued)
            if words_said >= 2
            else {}
        )
        unasked: set[int] = set()  # the entries that hold none of them
        # the stems the question stands for: an entry restricted to a subject it never names
        # (pregnancy, children, a video call) is one whose subject it does not name (restricted.py)
        said = self._restricted.named(question, concepts)
        restricted = {d for d in candidates if self._restricted.unnamed(d, said)}
        scored: list[Scored] = []
        for doc in candidates:
            w = word_scores.get(doc, 0.0) / best_words
            c = char_scores.get(doc, 0.0) / best_chars
            if w or c:
                cov = (coverage.get(doc, 0.0) + sole.get(doc, 0.0)) / total_importance
                types, subject, entry_regions = self._sense_of(doc)
                # a broader word ("legs", "shoulders" -> muscle) covers an entry about muscles in
                # general, not one about muscles of its own ("How do I loosen my erector spinae?"):
                # there it ranks for nothing (its score still counts it, as before)
                rank_cov = cov
                # a word found only in an entry's answer ranks for less than it counts towards
                # confidence: an answer mentions much in passing ("remove" in the when-you-die
                # entry's answer is no "how do I remove my account")
                rank_cov -= (1.0 - RANK_ANSWER_COVER) * (
                    sum(
                        importance[i] * found[doc][0]
                        for i, found in enumerate(covered)
                        if found.get(doc, NOWHERE)[2] == "answer"
                    )
                    / total_importance
                )
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
                if intent > 0 and self._answers_only_other(asked.types, doc, concepts, content):
                    intent = -1  # it answers how to prevent something else
                if intent > 0 and practical:
                    cov += (
                        sum(importance[i] for i in practical if doc not in covered[i])
                        / total_importance
                    )
                if (
                    intent < 0
                    and asked.types <= choosing
                    and (
                        self._options(concepts, covered, doc) >= 2
                        # each side of the choice named, by different words ("upright" and
                        # "hunch" in the sitting entry): it tells them apart
                        or (against is not None and not _unchosen(against, doc))
                    )
                ):
                    intent = 0  # it names the options the question chooses between
                # a question about calves, not about an entry about the back
                apart = bool(regions and entry_regions) and regions.isdisjoint(entry_regions)
                # shifted by one INTENT_WEIGHT so keys stay positive (scores are relative)
                # an entry answering only a side cue of a firm question ("relax" in "reason my
                # erectors never relax?") ranks halfway between a clash and no type
                rank_intent: float = intent - 0.5 * (intent == 0 and asked.firm and bool(types))
                if not types and asked.types:  # a title: what the pack's typed entries ask
                    rank_intent = self._untyped_intent(asked.types)
                key = (
                    w
                    + CHAR_WEIGHT * c
                    + COVERAGE_WEIGHT * rank_cov
                    + INTENT_WEIGHT * (rank_intent + 1)
                )
                key += REGION_WEIGHT * (not apart)
                key += UNNAMED_REGION_WEIGHT * (bool(regions) or not entry_regions)
                key += SAME_REGION_WEIGHT * bool(regions & entry_regions)
                # a restricted entry ranks as one whose subject is not named, unless the question
                # is one word ("appointment"): then it stays among the entries it ties with
                if names_subject(named, subject) is False or (doc in restricted and words_said > 1):
                    key *= 1 - SUBJECT_WEIGHT
                # a choice it cannot answer: it does not name both sides
                if choice is not None and _unchosen(choice, doc):
                    key *= 1 - CHOICE_WEIGHT
                # an entry holding only the story's words answers nothing that is asked
                if asked_words and not any(
                    covered[i].get(doc, NOWHERE)[2] in STRONG_FIELDS for i in asked_words
                ):
                    key *= 1 - ASKED_WEIGHT
                    unasked.add(doc)
                elif type_only and intent < 0:  # another type answers nothing that is asked
                    key *= 1 - ASKED_WEIGHT
                scored.append((key, doc, w, c, cov, intent))
        if not scored:
            return Ranking(question, (), False, corrections)
        scored.sort(key=lambda item: (-item[0], item[1]))  # ties broken by file order
        answer_text: dict[int, float] = {}
        several = (
            analysis.asking is not None
            and (self._answer_text or self._reads_answers)
            and written_sentences(question) >= 2
        )
        if _reads_text(self._answer_text, self._reads_answers, several) and _told_apart(
            concepts, covered, scored[0][1]
        ):
            asked_terms = (
                frozenset(self.analyzer.terms(" ".join(sorted(analysis.asking or ()))))
                if several
                else frozenset()
            )
            scored, answer_text = self._with_answer_text(
                analysis.terms, scored, concepts, asked_terms
            )
            if unasked:  # the story's words in an answer answer nothing asked either
                scored = sorted(
                    (
                        (
                            item[0] - ASKED_WEIGHT * ANSWER_TEXT_WEIGHT * answer_text[item[1]]
                            if item[1] in unasked
                            else item[0],
                            *item[1:],
                        )
                        for item in scored
                    ),
                    key=lambda item: (-item[0], item[1]),
                )
        if self._links is not None:
            scored = self._links.rerank(analysis.terms, scored)
        if self._related is not None:
            scored = self._related.rerank(analysis.terms, scored)
        framing_cued = self.analyzer.framing | analysis.cued
        # three entries or more ranked first on the same shared words ("back pain") tell nothing
        # apart: the first below them holding those and a word more ("walk") is told apart
        lifted = held_more(concepts, covered, scored, framing_cued, self.sense.generic)
        if lifted:
            item = scored.pop(lifted)
            scored.insert(0, (scored[0][0], *item[1:]))
        if sole:  # the one entry that explains the question ranks first
            first = next((i for i, item in enumerate(scored) if item[1] in sole), 0)
            if first:
                item = scored.pop(first)
                scored.insert(0, (scored[0][0], *item[1:]))
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
        # the regions of every word, idioms too: "from my lower back up to my shoulders" names a
        # back though "back up" is an idiom (_other_region)
        said_regions = regions | self.sense.regions(text_stems(question))
        # the words of a condition the question names ("trapped nerve": not the traps muscle)
        conditions = frozenset(w for _, name in about for w in name.split())
        # the circumstances it names ("morning": not "Why does my back get stiff when I sit?")
        circumstances = self._circumstances.named(
            [*self.analyzer.terms(question), *(c.alternatives[0][0] for c in concepts)]
        )
        framing = self.analyzer.framing | analysis.cued  # once, not once a candidate
        # words the pack never saw beside only generic and common ones: what the question may ask
        # about, outside each entry whose type or own question it does not ask
        said_stems = frozenset(
            s
            for c in concepts
            if not c.filler
            for term, _ in c.alternatives
            for s in term.split(PHRASE_SEPARATOR)
        )
        unknown = self._unknown_subject(concepts, framing, frozenset(story), said_stems)
        # each of them said of a word the pack knows ("when my back pain flares up") says when
        # the entry's subject happens; one after a stop word ("avoid when swimming", "at the
        # cinema") is an activity or a place of its own: an entry of a type the asked type only
        # accepts (what helps, for what to avoid) is no answer to it
        said_of = bool(unknown) and said_of_known(
            question, unknown, self.analyzer.stopwords, self._knows
        )
        # an entry asked in its own words: those name its subject (not only words many entries share)
        verbatim = self._verbatim(question, [item[1] for item in scored[:VERBATIM_RIVALS]])
        signals = [
            Signals(
                w,
                c,
                # an answer's words specific to this entry count more (a pack that reads them),
                # unless they count fully already (the sole entry whose answer holds one)
                cov
                + (doc not in sole)
                * self._specific_cover(covered, importance, doc)
                / total_importance,
                *_matched(
                    concepts,
                    covered,
                    doc,
                    framing,
                    lambda doc, term: self._in_whole_tag(doc, term, said_stems),
                ),
                intent,
                (
                    self._names(named, concepts, covered, doc, only_asks, story, guessed, bare)
                    or self._asks_its_subject(asked, intent, doc, only_asks)
                    or self._names_a_problem(intent, doc, regions)
                    or self._sole_of_type(
                        (asked, asking_cues), intent, doc, named, concepts, covered, scored
                    )
                    or doc in sole
                    or doc in verbatim
                    # what a comparison asks of is its two sides ("heat vs cold"): an entry
                    # telling them apart names it
                    or (against is not None and not _unchosen(against, doc))
                    # so is a choice asked with no type ("heat or ice?"): an entry naming both
                    # sides in its own words, by different ones, and every other word of the
                    # question there too, tells them apart ("heat or ice for my neck": no)
                    or (bare_choice and _answers_choice(choice, concepts, covered, doc))
                )
                and doc not in restricted
                and (not analysis.to_pack or self._meets_clause(analysis, concepts, covered, doc)),
                _said_once(
                    self._outside(
                        about + analysis.kinds_asked,
                        doc,
                        analysis.combined,
                        intent > 0,
                        frozenset(kind for kind, _ in analysis.kinds_asked),
                        analysis.best_asked,
                    )
                    + _unchosen(choice, doc)
                    + tuple(
                        cause
                        for group in (analysis.cause, *analysis.apart)
                        for cause in _cause_unnamed(group, concepts, covered, doc)
                        if cause not in conditions  # a topic too: said once
                    )
                    + self._other_muscles(concepts, covered, broad_links, doc, story | conditions)
                    + self._other_region(
                        concepts, covered, said_regions, doc, story | conditions, bare
                    )
                    + self._circumstances.other(doc, circumstances, concepts, analysis.asking),
                    # an entry answering the type asked ("what helps", "how long"), or one the
                    # type asked also accepts (what to avoid in a flare: what helps it), is asked
                    # of it: the unknown word then says how or when ("my back is proper stiff
                    # what do i do", "what should I avoid when my back pain flares up")
                    unknown
                    if unknown
                    and intent <= 0
                    and (not said_of or asked.also.isdisjoint(self._sense_of(doc)[0]))
                    and not self._asks_its_question(doc, said_stems)
                    else (),
                ),
                answer_text.get(doc),
            )
            for _, doc, w, c, cov, intent in scored[:top]
        ]
        if signals and not signals[0].subject:  # why, for --explain's text
            signals[0] = self._why_unnamed(signals[0], scored[0][1], concepts, named, restricted)
        if signals:
            signals[0] = self._lone_unknown(
                signals[0],
                scored[0][1],
                concepts,
                covered,
                (importance, total_importance),
                analysis,
            )
            if signals[0].agreeing >= 2 and self._agrees_elsewhere(
                concepts, importance, covered, scored[0][1], self.analyzer.framing | analysis.cued
            ):
                signals[0] = signals[0]._replace(agreeing=1)
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
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        lead = top_key / runner_up if runner_up > 0 else math.inf
        if best_score < CONFIDENT and self._leads(signals[0], best_score, lead, concepts):
            best_score = CONFIDENT  # confident: the mark, not more (backcare.engine.lead)
        matches = tuple(
            Match(self.store.entry(item[1]), round(best_score * item[0] / top_key, 1), found)
            for item, found in zip(scored, signals, strict=False)
        )
        # a question of stop words only ("help", "the") has no topic to be confident about
        has_content = any(not c.filler for c in concepts)
        confident = has_content and matches[0].score >= CONFIDENT
        return Ranking(question, matches, confident, corrections)

    def _sole_of_type(
        self,
        asking: tuple[Asked, set[str]],
        intent: int,
        doc: int,
        named: Named,
        concepts: list[Concept],
        covered: list[Covered],
        scored: list[Scored],
    ) -> bool:
        """Whether the question's type tells the entry apart where its words do not: it names
        only words many entries share ("why are my back muscles so tight": back, muscle, tight),
        two or more of them said by the entry's own question or aliases and none found only in
        its answer, asks firmly a type the entry's own question or aliases ask (why), and
        no other candidate holding those words in its question, aliases or tags asks that type
        ("What helps tight back muscles?" asks what helps). The shared words and the type then
        name what this entry is about. `asking`: the type asked and the words of its cues ("signs"
        of "what are the warning signs": the type, not a topic). Every other word must be common
        English ("must", "strong"): one that is not ("mornin") may name what the entry is not
        about; and held by no other candidate asking the type (quality65)."""
        asked, cue_words = asking
        if intent <= 0 or not asked.firm:
            return False
        if names_subject(named, self._distinct(doc)) is not None:
            return False  # it names the entry's distinct subject, or another one
        unsaid = self.analyzer.framing | cue_words
        topical = [i for i, c in enumerate(concepts) if not c.filler and c.word not in unsaid]
        fields = {i: covered[i].get(doc, NOWHERE)[2] for i in topical}
        held = [i for i in topical if fields[i] in _OWN_FIELDS]
        # a word found only in its answer is something it mentions in passing, not what both
        # ask about; its tags are labels of what it is about ("weak": "weakness")
        if len(held) < 2 or any(f and f not in STRONG_FIELDS for f in fields.values()):
            return False
        english = common_words()
        if any(
            not fields[i] and concepts[i].word.removesuffix("'s") not in english for i in topical
        ):
            return False
        # words no entry holds anywhere ("wheel", "bike", "turn") more than the shared ones it
        # holds: the question is as much about something else ("why is the back wheel of my
        # bike stiff to turn", holdout 40's other-domain question); a person or a time beside
        # three shared words ("my wife's back muscles are tight every night") is its setting
        unseen = [
            i
            for i in topical
            if not fields[i]
            and not any(self.store.has_term(t) for t, _ in concepts[i].alternatives)
        ]
        if len(unseen) > len(held):
            return False
        # the types read last, and only of those holding the words: reading them parses text
        if not asked.types & self._own_types(doc):
            return False
        # nor does one that holds a word this entry lacks ("Mum's lower back muscles are rock
        # hard, why?": the sitting entry says back and stiff, the erector entry muscles)
        lacking = [i for i in topical if not fields[i]]
        return not any(
            other != doc
            and (
                all(covered[i].get(other, NOWHERE)[2] in STRONG_FIELDS for i in held)
                or any(covered[i].get(other, NOWHERE)[2] in STRONG_FIELDS for i in lacking)
            )
            and asked.types & self._own_types(other)
            for _, other, *_ in scored
        )

    def _leads(self, signals: Signals, score: float, lead: float, concepts: list[Concept]) -> bool:
        """Whether the best entry leads clearly (backcare.engine.lead): `lead`, its ranking score
        over the runner-up's."""
        # imported where used: a calm question's best entry may never be weighed so (issue 17)
        from backcare.engine.lead import clear_lead

        unknown = {
            c.word for c in concepts if not any(self.store.has_term(t) for t, _ in c.alternatives)
        }
        return clear_lead(signals, score, lead, unknown, _held_as_said(signals, concepts))

    def _why_unnamed(
        self,
        signals: Signals,
        doc: int,
        concepts: list[Concept],
        named: Named,
        restricted: set[int],
    ) -> Signals:
        """The subject test's cause for the best entry: the restricting subjects it is for, or the
        question's words that name its distinct subject (then other words decided)."""
        if doc in restricted:
            return signals._replace(restricted=self._restricted.written(doc))
        distinct = self._distinct(doc).distinct & named.wide
        words = tuple(c.word for c in concepts if any(t in distinct for t, _ in c.alternatives[:1]))
        return signals._replace(distinct_named=words)

    def _asked_of_none(self, kinds: frozenset[str], candidates: Iterable[int]) -> frozenset[str]:
        """The types a pack must answer by name (a price, the best product: Cues.named) that a
        question asks by a weak cue and that none of its candidates asks or names by one of the
        type's one-word cues in any field (a parking entry saying "Charges", "Free" names a
        price): the question asks what the pack does not answer. Empty when some candidate does."""
        if not kinds:
            return frozenset()
        docs = list(candidates)
        if any(kinds & self._sense_of(doc)[0] for doc in docs):
            return frozenset()
        holding: set[int] = set()
        for cue in self.sense.word_cues(kinds):
            holding.update(self._postings(cue)[0])
        return kinds if holding.isdisjoint(docs) else frozenset()

    def _asked_concepts(
        self, analysis: Analysis, concepts: list[Concept], covered: list[Covered]
    ) -> list[int]:
        """The concepts of the sentence that asks which some entry holds in its question,
        aliases or tags (not framing, not filler), when it is a clause put to the pack after a
        story (Sense.asks_the_pack) that has such words too; else none. An answer mentions much in passing ("you can book online"): there a word is
        no sign of what the entry is about."""
        asking = analysis.asking
        # only a clause put to the pack's owner after the story ("..., can you book me in
        # today"): a later sentence may well ask about the story ("I'd like to split a gmail
        # conversation ... is this possible?", an error message and its "No such file")
        if asking is None or not analysis.to_pack:
            return []
        framing = self.analyzer.framing | analysis.cued
        topical = [
            i
            for i, c in enumerate(concepts)
            if not c.filler
            and c.word not in framing
            and any(found[2] in STRONG_FIELDS for found in covered[i].values())
        ]
        asked = [i for i in topical if concepts[i].word.split(" ", 1)[0] in asking]
        story = [i for i in topical if concepts[i].word.split(" ", 1)[0] not in asking]
        return asked if story else []

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


def _said_once(outside: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    """The topics outside an entry, each word once: "swimming" may be both the cause a question
    asks about and a word the pack has never seen."""
    return outside + tuple(word for word in more if word not in outside)


def _held_as_said(signals: Signals, concepts: list[Concept]) -> bool:
    """Whether the entry holds some word of the question by one of its own forms (its stem, the
    other number, a pair run together: the concept's weightiest terms), not only through a
    lexicon synonym or a derivational relative, which it searches at a lower weight."""
    own: dict[str, set[str]] = {}
    for concept in concepts:
        if concept.alternatives:
            top = max(weight for _, weight in concept.alternatives)
            own.setdefault(concept.word, set()).update(
                term for term, weight in concept.alternatives if weight >= top
            )
    return any(term in own.get(word, ()) for word, term, _ in signals.matched)


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


def _matched(
    concepts: list[Concept],
    covered: list[Covered],
    doc: int,
    framing: frozenset[str],
    whole_tag: Callable[[int, str], bool],
) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...], int]:
    """For the explanation: which term (and field) each concept matched, and what was not found;
    and how many topic words were found in a strong field. A word found only inside a longer tag
    the question does not say whole (`whole_tag`: the "lower" of "lower back tension" for "the
    lower spine") is found in passing, as a word of the answer is: it agrees with no label."""
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
                elif found[2] != "tags" or whole_tag(doc, found[1]):
                    tagged += 1
    # words found only in tags count as one: tags are a bag of labels, and a question naming
    # both words of one ("tennis ball") agrees with a label, not with what the entry asks
    return tuple(matched), tuple(missing), agreeing + min(tagged, 1)
