"""All that ranking reads of a question, read once into an `Analysis` (a `Matcher` mixin): its
concepts and corrections, what it names, its setting, the type it asks and the sentence that asks,
its topics, a choice, the words said tried or set aside. Pure: no I/O, no printing."""

from __future__ import annotations

from backcare.engine.absent_parts import absent_words
from backcare.engine.analyze import stem, text_stems, words
from backcare.engine.asides import aside_openers, aside_words
from backcare.engine.buying import buying_cues, chosen_to_buy
from backcare.engine.for_whom import describing_words
from backcare.engine.idle_words import idle_words, in_verb_place
from backcare.engine.intent import Sense
from backcare.engine.ranked import Analysis
from backcare.engine.referred import referred
from backcare.engine.resolve import WordResolution, _corrected
from backcare.engine.side_questions import set_aside_words
from backcare.engine.subjects import SubjectChecks
from backcare.engine.textspeak import respellings
from backcare.engine.topic_spelling import SpeltTopics
from backcare.engine.tried import cue_words, instead_words, load_tried, tried_words
from backcare.engine.tuning import LINK_MIN_ENTRIES
from backcare.lazyregex import lazy

# the statements before a one-sentence question's clause that asks, told apart by commas and "and"
_CONJUNCTS = lazy(r"[,;:]|\band\b")


class QuestionAnalysis(SubjectChecks, WordResolution):
    """Reads a question into the `Analysis` every ranking stage takes."""

    sense: Sense  # the Matcher's
    _spelt: SpeltTopics  # the Matcher's: the pack's topics spelt otherwise

    def _absent_parts(self, absent: frozenset[str]) -> frozenset[str]:
        """The words said absent that name a body part ("leg" of "no pain in the leg"): no
        other part the question asks about (Matcher._other_region, _other_muscles)."""
        return frozenset(w for w in absent if self.sense.regions([stem(w)]))

    def _analysis(self, question: str) -> Analysis:
        """All that ranking reads of a question."""
        concepts, corrections = self._concepts(question)
        # what it says was already tried is not what it asks ("I've tried stretching but ...")
        cues = load_tried()
        tried = tried_words(question, self.analyzer.stopwords, cues)
        # ... unless nothing but the cue's own words is left: "street light not working" reports
        # the light, it asks of nothing else
        if tried and any(
            not c.filler and c.word not in tried and c.word not in cue_words(cues) for c in concepts
        ):
            concepts = [c for c in concepts if c.word not in tried]
        else:
            tried = frozenset()
        # a cue word inside a phrase that asks nothing is no word to match ("last" of "last
        # month": not the entry "How long does a stiff back last?")
        if timed := self.sense.plain_words(question):
            concepts = [c for c in concepts if c.word not in timed]
        # nor is a light verb before the object that carries its meaning ("go for a walk": not
        # the "go" of "take to go away") or a phrase of talk ("in the first place", "I mean")
        if idle := idle_words(question):
            said = [c for c in concepts if c.word not in idle]
            if any(not c.filler for c in said):
                concepts = said
        # and a topic's word where only a verb can stand is autocorrect's noun for a verb ("why
        # does it mattress how i sit": matters): no topic asked, no word to match
        if placed := in_verb_place(question):
            placed &= {w for _, written in self.analyzer.topics(question) for w in words(written)}
            concepts = [c for c in concepts if c.word not in placed]
        idiomatic = self.analyzer.idiomatic(question)
        typed = [
            stem(w)
            for i, w in enumerate(words(question))
            if w not in self.analyzer.stopwords and i not in idiomatic and w not in tried
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
        # a word the question's own cues read is no typo for its type ("what stops a stiff back":
        # not "what steps"), though it may be one of a word the pack has
        in_cues = {w for w, _ in self.sense.type_words(question)}
        typed_fixes = tuple(c for c in corrections if c[0] not in in_cues)
        # and a question word typed as on a phone ("wat do i do") is read as the word it spells
        typed_fixes += tuple(p for p in respellings(question) if p[0] not in in_cues)
        asked = self.sense.types(_corrected(question, typed_fixes))
        objects = self.sense.cue_objects(asking_text, asked.types)
        # a type asked of nothing named ("what should I avoid doing if ...": avoid what?) asks
        # what its "objectless" types ask too: what to avoid is advice, which a remedy answers
        if asked.firm and not objects:
            also = self.sense.objectless_also(asking_text, asked.types)
            asked = asked._replace(also=asked.also | also)
        # the topics of the clause that asks: a one-sentence question's statements before it
        # tell who asks ("Pregnant and my back is tight, what can I do?": sense.topic_text)
        topic_text = self.sense.topic_text(question)
        about = self.analyzer.topics(topic_text)
        # an animal of the story the asking sentence points back to ("his spine"): asked too;
        # and one of the statements before the clause that asks ("my dog's back is stiff, what
        # can I do?"): in one sentence, the question is about it
        about += referred(self.analyzer, question, asking_text)
        if topic_text != asking_text:
            # an animal, or a topic asked wherever it is said ("back pain after an epidural,
            # how long does it last"), in the statements is asked too
            about += referred(self.analyzer, asking_text, topic_text, pointed=False)
            about += tuple(
                t
                for t in self.analyzer.topics(asking_text)
                if self.analyzer.always_asked(t[0]) and t not in about
            )
            # and so is one said of a body part ("shingles on my back, how long does it last",
            # "sciatica down my leg, what eases it"): only a state told apart ("I'm pregnant and
            # my back is tight") is who asks
            about += tuple(
                t
                for part in _CONJUNCTS.split(asking_text[: asking_text.rfind(topic_text)])
                if self.sense.regions(text_stems(part)) or self.sense.phrase_regions(part)
                for t in self.analyzer.topics(part)
                if t not in about
            )
        # a topic said to be tried, set aside or not wanted instead is not asked ("leaving aside
        # SMA, ...", "rather than an inversion table")
        # and so is one said to be absent ("no nerve pain going down the leg")
        absent = absent_words(asking_text, self.sense.cues, self.analyzer.stopwords)
        # and so is one told in a bracket of the asker's story ("(I've got a physio for that)")
        absent |= aside_words(asking_text, aside_openers(), self.analyzer.stopwords)
        # and so is one that describes the person asked for ("my elderly mum": for_whom.py)
        described = describing_words(asking_text)
        # and so is one of a clause that says it is not asked ("I'm not asking about my scan")
        described |= set_aside_words(asking_text, self.analyzer.stopwords)
        if aside := (
            tried | instead_words(question, self.analyzer.stopwords) | absent | described | placed
        ):
            about = tuple(t for t in about if not aside.issuperset(words(t[1])))
        # a topic spelt otherwise ("osteoporoza"), unless in the setting ("after my operaton") or
        # said to be tried ("took ibuprofin already didnt help")
        about += self._spelt.find(
            topic_text,
            lambda w: self.store.has_word(w) or self._real(w),
            setting | tried | {w for _, written in about for w in words(written)},
        )
        # a type's cue said absent ("even without leg symptoms") asks nothing, and matches
        # no entry by that type's word (the signs entry of "What are the signs and symptoms of
        # spinal muscular atrophy?"); other absent words still match ("without recompressing")
        cued = absent & self.sense.absent_cue_words(asking_text) if absent else frozenset()
        if cued and any(not c.filler and c.word not in cued for c in concepts):
            concepts = [c for c in concepts if c.word not in cued]
        # (the union made once, not once a word: the stop words are hundreds; and only when
        # something was tried: a copy of them a question was ~0.5% of a 10k batch, speed47)
        unread = self.analyzer.stopwords | tried if tried else self.analyzer.stopwords
        return Analysis(
            tuple(concepts),
            corrections,
            # the words _char_scores reads
            tuple(dict.fromkeys(w for w in words(question) if w not in unread)),
            self.sense.asking_words(question),
            setting,
            asked,
            guessed,
            named,
            self.sense.regions(typed) | self.sense.phrase_regions(question),
            about,
            self.sense.choice(asking_text),
            self._only_asks(question),
            setting
            | self.analyzer.setting_cues(question)
            | self.analyzer.figurative(question)
            | self._absent_parts(absent),
            # read by the answer-text re-rank (rerank._reads_text: a pack that reads its answers
            # ranks a long message so) and by a large pack's word links (links.py)
            tuple(self.analyzer.terms(question))
            if self._answer_text or self._reads_answers or self.store.size >= LINK_MIN_ENTRIES
            else (),
            self.sense.combined(asking_text, about),
            self.sense.cue_words(question),
            self.sense.asks_the_pack(question),
            self.sense.named_types(question),
            self.analyzer.kinds_asked(asking_text),
            self.sense.cause_asked(question),
            self.sense.type_words(_corrected(question, typed_fixes)),
            objects,
            # a product asked to be chosen to buy is asked the best one of
            self.analyzer.best_asked(asking_text)
            | chosen_to_buy(asking_text, about, buying_cues()),
            self.sense.named_apart(question),
            self.sense.set_against(asking_text),
        )
