"""Another body part than the entry's (a `Matcher` mixin): a question's words that name a body
region, or reach an entry's muscles only through a broader term, when the entry names none of the
regions they name ("my shoulder", "tight hamstrings" are not a question for the back's entry).
Outside topics: never confident. Pure: no I/O, no printing."""

from __future__ import annotations

from backcare.engine.analyze import Concept
from backcare.engine.ranked import NOWHERE, STRONG_FIELDS, Covered
from backcare.engine.subjects import SubjectChecks


class OtherParts(SubjectChecks):
    """The question's words naming a body part the entry does not."""

    def _other_muscles(
        self,
        concepts: list[Concept],
        covered: list[Covered],
        broad_links: list[frozenset[str]],
        doc: int,
        story: frozenset[str],
    ) -> tuple[str, ...]:
        """The question's words that reach an entry only through a broader term ("hamstrings",
        "calves" -> muscle) and name a body region the entry names none of: "Can tight hamstrings
        cause lower back pain?" asks about leg muscles, which "Why are my spinal erectors so
        tight?" (the back's) does not answer. Outside topics: never confident. Not the story's
        words ("my mate says it is because I never train my glutes. Why are my erectors so
        tight?"): those say why one asks; nor a word of a condition it names ("a trapped nerve":
        no traps)."""
        if not broad_links:
            return ()
        entry_regions = self._sense_of(doc)[2]
        if not entry_regions:
            return ()
        if self._names_own_muscle(concepts, covered, broad_links, doc, entry_regions):
            return ()
        found = []
        for i, concept in enumerate(concepts):
            match = covered[i].get(doc)
            if match is None or match[1] not in broad_links[i] or concept.word in story:
                continue
            named = self.sense.regions([concept.alternatives[0][0]])
            if named and named.isdisjoint(entry_regions):
                found.append(concept.word)
        return tuple(found)

    def _names_own_muscle(
        self,
        concepts: list[Concept],
        covered: list[Covered],
        broad_links: list[frozenset[str]],
        doc: int,
        entry_regions: frozenset[int],
    ) -> bool:
        """Whether the question names the entry's own part by the entry's distinct subject word:
        a word the entry holds directly in its question, aliases or tags, that few of the pack's
        entries hold (subjects._distinct) and that names one of the entry's body regions (the
        "erectors" of "Why are my spinal erectors so tight?"; not "back", which many entries
        share). Another muscle named beside it ("are my erectors tight because of weak glutes?",
        "how do I loosen my erectors, my glutes are weak") is then said of the entry's part, not
        asked instead of it; "tight hamstrings" asked alone, or beside only a word many entries
        share ("hamstrings and lower back"), still names another part (quality65)."""
        distinct = self._distinct(doc).distinct
        if not distinct:
            return False
        for i, concept in enumerate(concepts):
            match = covered[i].get(doc)
            if match is None or match[2] not in STRONG_FIELDS or match[1] in broad_links[i]:
                continue
            if match[1] not in distinct:
                continue
            named = self.sense.regions([concept.alternatives[0][0]])
            if named and not named.isdisjoint(entry_regions):
                return True
        return False

    def _other_region(
        self,
        concepts: list[Concept],
        covered: list[Covered],
        regions: frozenset[int],
        doc: int,
        story: frozenset[str],
        bare: bool,
    ) -> tuple[str, ...]:
        """The question's words that name a body region, when the question names only regions
        the entry names none of and the entry has none of those words: "Why does my shoulder get
        stiff when I sit at a computer?" asks about a shoulder, which "Why does my back get stiff
        when I sit?" does not answer. Outside topics: never confident. Not the story's words, nor
        a part bordering the back ("my hips n bum lock up at a desk": lexicon region_borders).
        A question that asks a type must find the word where the entry says what it is about
        (question, aliases, tags): an answer that names the neck in passing ("from the lower
        back all the way to the top of the neck") does not answer "my neck muscles are so
        tight, why?". A keyword question ("pillow between knees") may find it in the answer."""
        entry_regions = self._sense_of(doc)[2]
        if not regions or not entry_regions or not regions.isdisjoint(entry_regions):
            return ()
        return tuple(
            concept.word
            for i, concept in enumerate(concepts)
            if (
                doc not in covered[i]
                if bare
                else covered[i].get(doc, NOWHERE)[2] not in STRONG_FIELDS
            )
            and concept.word not in story
            and self.sense.regions([concept.alternatives[0][0]])
            and concept.alternatives[0][0] not in self.sense.borders
        )
