"""The one entry whose answer alone holds a topic word of a question, when nothing else in the
pack explains the question (a `Matcher` mixin): "should i stay in bed" and the one answer that
says "bed". Pure: no I/O, no printing."""

from __future__ import annotations

from backcare.engine.analyze import Concept, stem
from backcare.engine.ranked import NOWHERE, STRONG_FIELDS, Covered
from backcare.engine.subjects import SubjectChecks


class SoleAnswer(SubjectChecks):
    """The entry a word only its answer holds points to."""

    def _sole_answer(
        self,
        concepts: list[Concept],
        covered: list[Covered],
        importance: list[float],
        candidates: list[int],
        cued: frozenset[str],
    ) -> dict[int, float]:
        """The entry whose answer alone in the pack holds a topic word of the question, when no
        other entry holds, in its question, aliases or tags, as much of the question as that word
        weighs: {entry: the coverage the word adds} (it counts as fully as in the entry's own
        question), else {}. "should i stay in bed": only "Bed rest for more than a day ..." says
        "bed"; "how do i contact PALS": only the complaints entry names PALS. A word of two
        entries says nothing of which; a word the pack's questions hold is their subject."""
        if not self._reads_answers:
            return {}  # a pack whose answers mention much in passing ("numb": the ice's)
        framing = self.analyzer.framing | cued
        sole: dict[int, float] = {}
        words: list[int] = []  # the concepts found so
        weight = 0.0
        for i, concept in enumerate(concepts):
            if (
                concept.filler
                or concept.word in framing
                or not concept.alternatives
                or self.sense.generic(concept.word)  # "come": any question's word
            ):
                continue
            # the word itself, not a synonym of it ("acupuncture" is not the "pins and needles"
            # of an urgent-help answer); its synonyms elsewhere weigh in below if they are in
            # another entry's question
            term = concept.alternatives[0][0]
            if term != stem(concept.word):  # a typo's guess ("cafe" -> care) is not the word
                continue
            holders = self._postings(term)[0]
            if len(holders) != 1:
                continue
            doc = holders[0]
            value, found, field = covered[i].get(doc, NOWHERE)
            if field != "answer" or found != term:
                continue
            if sole and doc not in sole:
                return {}  # two entries, each alone with a word: the question does not choose
            sole[doc] = sole.get(doc, 0.0) + importance[i] * value
            weight += importance[i]
            words.append(i)
        if not sole:
            return {}
        # nothing else explains the question: no topic word of it (beyond words any question
        # may use: "go", "get") is in another entry's question, aliases or tags
        (chosen,) = sole
        rarest = max(importance[i] for i in words)
        # the entry also holds another of the question's words in its question, aliases or tags
        # ("pacing workshops back pain": "What is pacing ...?" says pacing, its answer the
        # workshops): with its answer's word, two words it explains
        anchored = any(
            i not in words
            and not concept.filler
            and concept.word not in framing
            and covered[i].get(chosen, NOWHERE)[2] in STRONG_FIELDS
            for i, concept in enumerate(concepts)
        )
        topic = 0.0
        for i, concept in enumerate(concepts):
            if concept.filler or concept.word in framing:
                continue
            # a word the pack never has is a subject it does not cover ("suddenly"), and a word
            # of other entries as rare as the entry's own leaves the question undecided ("what
            # are your opening hours": "open" in one answer, "hours" in another). As rare by the
            # entries holding the word itself: a concept's importance is its rarest alternative's
            # IDF, and "back" on a charity called Backbone Network is as rare as "Backbone"
            if not covered[i] or (
                i not in words
                and chosen not in covered[i]
                and importance[i] >= rarest
                and self._held(concept) <= 1
            ):
                return {}
            # nor do the pack's own words, which many of its entries hold ("back" and "pain" on
            # a back-pain charity's page: "personal independence payment back pain" asks the
            # one answer that says the first three)
            if self.sense.generic(concept.word) or (
                (len(words) >= 2 or anchored) and self._common(concept)
            ):
                continue
            topic += importance[i]
            # (a word the entry's own question holds too explains no other entry better:
            # "support group postcode": the support-group entry says "support", as others do)
            if covered[i].get(chosen, NOWHERE)[2] not in STRONG_FIELDS and any(
                doc != chosen and field in STRONG_FIELDS
                for doc, (_, _, field) in covered[i].items()
            ):
                return {}
            # and no topic word of it is another entry's alone ("my legs have gone numb and I
            # cant pee": the legs and the numbness are other answers' words)
            if covered[i] and chosen not in covered[i]:
                return {}
        # and the word is what the question is about, not one among a story's ("back pain and
        # i suddenly cant control my bladder": a description, which the notices answer)
        return sole if 2 * weight >= topic else {}
