"""Whether a question names an entry's subject, and what else it asks that the entry cannot answer
(a `Matcher` mixin): each entry's question types, subject and body regions; whether a question names
the entry's subject (its own words, a practical type asked of its subject, a region's problem); a
lone unknown word beside an entry's own words; the words that qualify a broader term; the topics
and the choice a question asks about that an entry never mentions; whether the question's type is
the entry's. Pure: no I/O, no printing; it reads a `Store` and the pack's `Sense`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from backcare.engine.adapt import answers_read, reads_answers
from backcare.engine.analyze import PHRASE_SEPARATOR, Analyzer, Concept, common_words, stem, words
from backcare.engine.intent import Asked, Named, Sense, Subject
from backcare.engine.ranked import _OWN_FIELDS, NOWHERE, STRONG_FIELDS, Analysis, Covered, Signals
from backcare.engine.scoring import WordScores, _total_importance
from backcare.engine.tuning import (
    CONCEPT_CACHE,
    DISTINCT_SHARE,
    PACK_SETTING_MIN,
    PACK_SETTING_SHARE,
    UNKNOWN_CONTEXT,
)
from backcare.store.protocol import Store


def names_subject(named: Named, subject: Subject) -> bool | None:
    """Whether a question names part of an entry's subject: a subject word (synonyms count:
    "spine" names "back"), or all the words of a multi-word tag, in its own words ("stretch"
    does not stand for "yoga pose"). An entry with no subject words asks for nothing; a
    question of generic words only is not judged. None: it names only subject words that
    many entries of the pack have (the "back" of "Why does my back get stiff when I sit?")."""
    if not named.own or (not subject.stems and not subject.phrases):
        return True  # a question naming nothing ("is it safe?") is left to coverage
    # what the entry is about beyond the pack's common subject: "why is my back stiff in the
    # morning" names "back" but not the "sit" of "Why does my back get stiff when I sit?"
    for phrase in subject.phrases:  # a loop, not any(): called for every entry ranked
        if named.own.issuperset(phrase):
            return True
    wide = named.wide if subject.distinct else named.wide | named.broad
    if not wide.isdisjoint(subject.distinct or subject.stems):
        return True
    # a kind of the thing an entry is distinctly about ("yoga", "stretches" through the
    # one-way link to "exercise": "What exercises should I do?") names it
    if not named.broad.isdisjoint(subject.distinct):
        return True
    return None if not wide.isdisjoint(subject.stems) else False


class SubjectChecks(WordScores):
    """What a question names of an entry and asks that it lacks, with the caches they keep."""

    sense: Sense  # the Matcher's

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        super().__init__(store, analyzer)
        self._entry_sense: dict[int, tuple[frozenset[str], Subject, frozenset[int]]] = {}
        self._asked_prebuilt = False  # whether the registered source was asked for them all
        self._entry_stems: dict[int, tuple[frozenset[str], str, str]] = {}
        # the stems of a single pack's title ("Bramble Lane Physiotherapy FAQ"): what it names is
        # where the whole pack stands, however few entries say it (Matcher sets them)
        self._title_stems: frozenset[str] = frozenset()
        # the types an entry answers only in its answer, with the stems of the sentences that
        # say so (Sense.answer_types), filled by _sense_of
        self._answered: dict[int, dict[str, frozenset[str]]] = {}
        self._distinct_subject: dict[int, Subject] = {}  # every stem of an entry, for topics
        # the share of the pack's typed entries that ask each type (typeprior), when first needed
        self._type_shares: dict[str, float] | None = None
        # the pack's choice: whether its answers hold its users' words (adapt.answers_read), and
        # whether it ranks by its answers' text as well (adapt.reads_answers: match.py)
        self._reads_answers = answers_read(store.answer_share, store.answer_weight)
        self._answer_text = reads_answers(store.answer_share)

    def _sense_of(self, doc: int) -> tuple[frozenset[str], Subject, frozenset[int]]:
        """An entry's question types, subject and body regions (from its question and aliases,
        and multi-word tags for the regions), cached."""
        found = self._entry_sense.get(doc)
        if found is None and not self._asked_prebuilt:
            self._asked_prebuilt = True
            self._read_prebuilt()
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
            types = self.sense.entry_types(texts)
            # what its answer answers too ("To avoid back stiffness, ...": prevention), for an
            # entry that asks something: one of no type clashes with nothing, and still does not
            if types:
                said = {
                    kind: stems
                    for kind, stems in self.sense.answer_types(entry.answer).items()
                    if kind not in types
                }
                if said:
                    self._answered[doc] = said
                    types |= frozenset(said)
            found = (types, subject, regions)
            self._entry_sense[doc] = found
        return found

    def _read_prebuilt(self) -> None:
        """Every entry's sense and answered types from the registered source, when it holds them
        for this store and sense (engine/prebuilt.entry_senses): what _sense_of would make of
        each, so they only fill its caches. An entry's answered types are read only after its
        sense (_answers_only_other follows _sense_of in Matcher._ranked)."""
        from backcare.engine import prebuilt

        found = prebuilt.entry_senses(self.store, self.sense)
        if found is not None:
            senses, answered = found
            self._entry_sense.update(senses)
            self._answered.update(answered)

    def _untyped_intent(self, asked: frozenset[str]) -> float:
        """The intent a type-less entry ranks with (typeprior), the pack's shares read once."""
        # imported where used: only a pack with entries of no question type asks (issue 17)
        from backcare.engine.typeprior import sampled_shares, untyped_intent

        shares = self._type_shares
        if shares is None:
            shares = self._type_shares = sampled_shares(self.store.size, self._own_types)
        return untyped_intent(shares, asked)

    def _own_types(self, doc: int) -> frozenset[str]:
        entry = self.store.entry(doc)
        return self.sense.entry_types((entry.question, *entry.aliases))

    def _answers_only_other(
        self, asked: frozenset[str], doc: int, concepts: Sequence[Concept], asking: frozenset[str]
    ) -> bool:
        """Whether an entry answers the type asked only in its answer, and of something else: a
        word the question asks about that the answer's sentences saying so lack ("how to avoid
        backache" is not answered by "To avoid back stiffness, use an upright sitting
        posture"; "how can I avoid a stiff back" is)."""
        said = self._answered.get(doc)
        if said is None or not asked or not asked <= said.keys():
            return False
        stems = frozenset().union(*(said[kind] for kind in asked))
        return any(
            not any(set(term.split()) <= stems for term, _ in c.alternatives)
            for c in concepts
            if c.word in asking
        )

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
        names = names_subject(named, subject)
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
        # the pack's own setting ("How much does physiotherapy cost?" on a physio clinic's page)
        # says where the whole pack stands, not what this entry is about apart from its cost
        return bool(stems) and self.sense.asks_only(s for s in stems if not self._setting_word(s))

    def _setting_word(self, word_stem: str) -> bool:
        """Whether many of the pack's entries hold a stem or one of its synonyms (_pack_setting's
        share): "physiotherapi" on a physio clinic's page."""
        least = max(PACK_SETTING_MIN, PACK_SETTING_SHARE * self.store.size)
        return any(
            PHRASE_SEPARATOR not in term and len(self._postings(term)[0]) >= least
            for term, _ in self.analyzer.concept(word_stem).alternatives
        )

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

    def _verbatim(self, question: str, docs: Sequence[int]) -> frozenset[int]:
        """The entry among `docs` (the best-ranked) whose question or an alias the question is,
        word for word ("how often should i come" and "How often should I come?"): the author's
        own words name what it is about, however many entries share them. Empty when another of
        them is asked in the same words too: then the words do not tell the two apart."""
        said = words(question)
        if not said:
            return frozenset()
        entries = ((doc, self.store.entry(doc)) for doc in docs)
        found = [
            doc
            for doc, entry in entries
            if any(words(text) == said for text in (entry.question, *entry.aliases))
        ]
        return frozenset(found) if len(found) == 1 else frozenset()

    def _unknown_subject(
        self,
        concepts: Sequence[Concept],
        framing: frozenset[str],
        story: frozenset[str],
        said: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        """The common English words of a question that no entry of the pack holds as its own,
        when every other word is generic ("go", "pain") or held by many of the pack's entries
        ("back" in a back-care FAQ): "can I go swimming with back pain" may ask about swimming.
        Empty when a word some entries hold says more ("sit"): ranking and the subject test
        decide then. A word held only in passing, inside a longer tag the question does not say
        whole (the "tennis balls" of a tag, for "can I play tennis with back pain"), is held by
        no entry as its own: it is what the question asks about too.
        `said`: every stem the question's words stand for. A name, slang or a sign-off ("café",
        "innit", "zumba") is no subject of its own, and framing, story and filler words say
        nothing of the subject either way."""
        least = max(PACK_SETTING_MIN, DISTINCT_SHARE * self.store.size)
        english = common_words()
        unknown: list[str] = []
        for concept in concepts:
            word = concept.word
            if (
                concept.filler
                or word in framing
                or word in story
                or self.sense.generic(word)
                or not concept.alternatives
            ):
                continue
            held = max(len(self._postings(term)[0]) for term, _ in concept.alternatives)
            if held >= least:
                continue  # the pack's common subject: it names no entry of its own
            if held and self._held_as_own(concept, said):
                return ()
            if all(w in english for w in word.split()):
                unknown.append(word)
        return tuple(unknown)

    def _in_whole_tag(self, doc: int, term: str, said: frozenset[str]) -> bool:
        """Whether an entry has a tag holding a term (or its phrase's words) every word of which
        the question says (`said`: every stem its words stand for), or whose last word, the thing
        it names, the term is: "tennis balls" for "can tennis balls loosen my back", "floppy
        baby" for "what signs should I watch for in our newborn"; not "lower back tension" for
        "the lower spine", nor "tennis balls" for "can I play tennis": a word before the last
        says what kind of thing, and alone it names another."""
        parts = set(term.split(PHRASE_SEPARATOR))
        for tag in self.store.entry(doc).tags:
            stems = self.analyzer.terms(tag)
            if parts <= set(stems) and (stems[-1] in parts or set(stems) <= said | parts):
                return True
        return False

    def _held_as_own(self, concept: Concept, said: frozenset[str]) -> bool:
        """Whether some entry holds a word (or one of its readings) other than in passing: in
        its question, aliases, topic or answer, or in a tag every word of which the question says
        ("tennis balls" for "can tennis balls loosen my back"). A tag says what an entry is
        about in a few words, so a word only inside a longer one qualifies another thing (the
        "tennis" of "tennis balls" is no sport). Called only for a word few entries hold."""
        for term, _ in concept.alternatives:
            parts = term.split(PHRASE_SEPARATOR)
            for doc in self._postings(term)[0]:
                entry = self.store.entry(doc)
                for text in (entry.question, *entry.aliases, entry.topic, entry.answer):
                    if set(parts) <= set(self.analyzer.terms(text)):
                        return True
                if self._in_whole_tag(doc, term, said):
                    return True
        return False

    def _asks_its_question(self, doc: int, said: frozenset[str]) -> bool:
        """Whether a question holds more than half the words of an entry's question or of one of
        its aliases (`said`: every stem the question's words stand for, synonyms too): "for how
        many weeks can back stiffness last before it's a concern" asks "How long does a stiff
        back last?" whatever its "concern"; "can I go swimming with back pain" holds only its
        "back", so its unknown "swimming" is what it asks about, which the entry never mentions."""
        entry = self.store.entry(doc)
        for text in (entry.question, *entry.aliases):
            terms = set(self.analyzer.terms(text))
            if terms and 2 * len(terms & said) > len(terms):
                return True
        return False

    def _meets_clause(
        self, analysis: Analysis, concepts: list[Concept], covered: list[Covered], doc: int
    ) -> bool:
        """Whether an entry holds a content word of the clause a question puts to the pack after
        its story (intent `asks_the_pack`): "this back pain is killing me, do you have any
        appointments today" is not answered by an entry about training with back pain, which
        meets only the story."""
        asking = analysis.asking or frozenset()
        return any(
            doc in found and not concept.filler and concept.word.split(" ", 1)[0] in asking
            for concept, found in zip(concepts, covered, strict=True)
        )

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
            # a word most of the pack holds names nothing of an entry through a label: "low
            # back" is only part of the paraspinal entry's tag "chronic low back pain"
            if field == "tags" and (
                special or (bare and 2 * len(self._postings(term)[0]) <= self.store.size)
            ):
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

    def _pack_setting(self, topic: tuple[str, ...], own: bool = False) -> bool:
        """Whether many of the pack's entries mention a topic by one of its single words (a physio
        clinic's page and "physio"): then it is where the whole pack stands, not something one
        entry leaves out (PACK_SETTING_SHARE, PACK_SETTING_MIN), or the pack's title names it ("Bramble
        Lane Physiotherapy FAQ", two entries of twenty saying "physio"). By its `own` words only, not
        its synonyms', when asked the best one of ("best foam roller": not "massage")."""
        least = max(PACK_SETTING_MIN, PACK_SETTING_SHARE * self.store.size)
        forms = self.analyzer.topic_forms(topic)
        return any(
            len(form) == 1
            and (form[0] in self._title_stems or len(self._postings(form[0])[0]) >= least)
            for form in (forms[:1] if own else forms)
        )

    def _outside(
        self,
        topics: tuple[tuple[tuple[str, ...], str], ...],
        doc: int,
        combined: bool = False,
        answers: bool = True,
        which: frozenset[tuple[str, ...]] = frozenset(),
        best: frozenset[tuple[str, ...]] = frozenset(),
    ) -> tuple[str, ...]:
        """The topics a question asks about ("mattress", "MRI") that an entry never mentions; and,
        when it asks about them taken together ("paracetamol and ibuprofen together"), those the
        entry mentions only by the one word it uses for another of them ("medication").

        A word for a kind of thing (lexicon topics "classes": "medication") mentions a thing of
        that kind ("ibuprofen") only in an entry about such things (its question or aliases name
        one of those kinds: "Should I take painkillers every day?") or one that `answers` what the question asks (a
        shared type: "does ibuprofen help a stiff back" and "What helps tight back muscles?"); a
        list that names "pain medication" in passing does not say whether ibuprofen is all right
        to take. A kind asked which one of (`which`: "which painkillers are ok for backache") is
        mentioned only by an entry about such things, in its question or aliases: a list naming
        "pain medication" does not say which. A topic asked the `best` one of ("best foam roller")
        is mentioned only by its own words: "massage" says how to use one, not which is best."""
        if not topics:
            return ()
        known = self._entry_stems.get(doc)
        if known is None:
            entry = self.store.entry(doc)
            texts = (entry.question, *entry.aliases, *entry.tags, entry.topic, entry.answer)
            runs = [self.analyzer.terms(text) for text in texts]
            # each text's stems, space-separated and space-ended, so a phrase is a substring;
            # then its question's and aliases' alone
            known = (
                frozenset(s for run in runs for s in run),
                "".join(f" {' '.join(r)} \n" for r in runs),
                "".join(f" {' '.join(r)} \n" for r in runs[: 1 + len(entry.aliases)]),
            )
            if len(self._entry_stems) >= CONCEPT_CACHE:
                self._entry_stems.clear()
            self._entry_stems[doc] = known
        said, text, subject = known

        def mentions(form: tuple[str, ...], own: bool = True) -> bool:
            if not (own or answers) and self.analyzer.names_a_kind(form):
                # a synonym for its kind: only in an entry about medicines of any kind
                return self.analyzer.names_kinds(subject)
            return form[0] in said if len(form) == 1 else f" {' '.join(form)} " in text

        def named_there(form: tuple[str, ...]) -> bool:  # in the entry's question or aliases
            return f" {' '.join(form)} " in subject

        if not combined:
            return tuple(
                written
                for topic, written in topics
                if not self._pack_setting(topic, topic in best)
                and not any(
                    named_there(form) if topic in which else mentions(form, i == 0)
                    for i, form in enumerate(self.analyzer.topic_forms(topic))
                    if i == 0 or topic not in best  # the best one: by its own words
                )
            )
        mentioned = [
            frozenset(
                form
                for i, form in enumerate(self.analyzer.topic_forms(topic))
                if mentions(form, i == 0)
            )
            for topic, _ in topics
        ]
        outside = []
        for i, (_, written) in enumerate(topics):
            told_apart = mentioned[i] and all(
                j == i or not mentioned[j] or len(mentioned[i] | mentioned[j]) > 1
                for j in range(len(topics))
            )
            if not told_apart:
                outside.append(written)
        return tuple(outside)

    def _options(self, concepts: list[Concept], covered: list[Covered], doc: int) -> int:
        """How many different terms of an entry's tags a question's words name, generic words
        ("pain", "relief") aside: the options it lists that the question chooses between ("ice
        packs and a hot water bottle": ice, heat; "ibuprofen or paracetamol": medication only).
        Terms of one tag are one option: "office" and "chair" both name the tag "office chair",
        so "which office chair is best" chooses no option of the sitting entry."""
        terms = {
            found[doc][1]
            for concept, found in zip(concepts, covered, strict=True)
            if doc in found and found[doc][2] == "tags" and not self.sense.generic(concept.word)
        }
        if len(terms) < 2:
            return len(terms)
        tags = [frozenset(map(stem, words(tag))) for tag in self.store.entry(doc).tags]
        return len(
            {
                next((i for i, tag in enumerate(tags) if tag.issuperset(term.split())), term)
                for term in terms
            }
        )


# "A or B", where each of them was found, and the terms each stands for
Choice = tuple[str, Covered, Covered, frozenset[str], frozenset[str]] | None


def said_of_known(
    question: str,
    unknown: Sequence[str],
    stopwords: frozenset[str] | set[str],
    knows: Callable[[str], bool],
) -> bool:
    """Whether every word of `unknown` is said of a word the pack knows: it follows such a word
    directly, as a verb follows its subject ("when my back pain flares up", "if the pain
    recurs"). Such a word says when or how the thing the entry is about happens; one after a
    stop word ("when swimming", "at the cinema", "while driving") names an activity, a place or
    a time of its own, which is what the question asks about. A word after one so said is said
    of it too ("when my back pain worsens suddenly")."""
    tokens = words(question)
    firsts = {word.split(" ", 1)[0] for word in unknown}
    said = [False] * len(tokens)
    for i, token in enumerate(tokens):
        if token not in firsts:
            continue
        before = tokens[i - 1] if i else ""
        said[i] = bool(before) and (
            said[i - 1] if before in firsts else before not in stopwords and knows(before)
        )
        if not said[i]:
            return False
    return any(said)


def _choice(
    pair: tuple[str, str] | None, concepts: list[Concept], covered: list[Covered]
) -> Choice:
    """A question's choice between two words ("ibuprofen or naproxen ... better"), with the
    matches of each in every entry, and the terms each word can stand for."""
    if pair is None:
        return None
    found = {c.word: f for c, f in zip(concepts, covered, strict=True)}
    terms = {c.word: frozenset(t for t, _ in c.alternatives) for c in concepts}
    first, second = found.get(pair[0]), found.get(pair[1])
    if first is None or second is None:
        return None
    return f"{pair[0]} or {pair[1]}", first, second, terms[pair[0]], terms[pair[1]]


def _cause_unnamed(
    cause: frozenset[str], concepts: Sequence[Concept], covered: Sequence[Covered], doc: int
) -> tuple[str, ...]:
    """The cause a yes/no question asks about ("can stress cause back pain": stress), when the
    entry names none of its words: it does not say whether that is a cause (a home remedy for back
    pain is no answer)."""
    asked = [i for i, c in enumerate(concepts) if c.word in cause]
    if not asked or any(doc in covered[i] for i in asked):
        return ()
    return (" ".join(concepts[i].word for i in asked),)


def _unchosen(choice: Choice, doc: int) -> tuple[str, ...]:
    """The choice an entry cannot answer, as an outside topic: it must mention both things, by
    different words ("heat" and "cold"; not "medication" for both ibuprofen and naproxen), and
    neither by a word the other stands for as well ("tennis ball or lacrosse ball": an entry's
    "massage" is found for both balls, so it tells neither from the other)."""
    if choice is None:
        return ()
    written, first, second, first_terms, second_terms = choice
    a, b = first.get(doc), second.get(doc)
    if a is None or b is None or a[1] == b[1]:
        return (written,)
    if a[1] in second_terms or b[1] in first_terms:
        return (written,)
    return ()


def _answers_choice(
    choice: Choice, concepts: Sequence[Concept], covered: Sequence[Covered], doc: int
) -> bool:
    """Whether an entry answers a choice asked with no type ("heat or ice?"): it names both sides
    in its question, aliases or tags, by different words ("heat" and "cold" tags), and so every
    other content word of the question ("heat or ice tightness": the tag "muscle tightness").
    A side found only in its answer is mentioned in passing ("rest or activity?" is not answered
    by the atrophy entry tagged "bed rest" whose answer says "activity"), and a word it lacks is
    another subject ("heat or ice for my neck")."""
    if choice is None or _unchosen(choice, doc):
        return False
    return all(
        concept.filler or found.get(doc, NOWHERE)[2] in STRONG_FIELDS
        for concept, found in zip(concepts, covered, strict=True)
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
