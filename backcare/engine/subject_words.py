"""What a text is about (a `Sense` mixin): the words of an entry's question, aliases and tags
that name its subject, what a question names (its own words, their synonyms, broader terms), and
the body regions named. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from backcare.engine.analyze import PHRASE_SEPARATOR, Concept, stem, text_stems, words
from backcare.engine.intent_tables import Named, SenseTables, Subject
from backcare.engine.tuning import CONCEPT_CACHE


class SubjectWords(SenseTables):
    """Subjects, named words and body regions."""

    def regions(self, stems: Iterable[str]) -> frozenset[int]:
        """The body regions some stems name ("calves": limbs; "spine": back)."""
        return frozenset(r for s in stems if (r := self.analyzer.regions.get(s)) is not None)

    def phrase_regions(self, text: str) -> frozenset[int]:
        """The body regions a text names by a phrase of words that are stop words alone ("stiff
        all over": the whole body), read on all its words."""
        phrases = self._region_phrases
        if not phrases:
            return frozenset()
        stems = text_stems(text)
        return frozenset(
            region
            for phrase, region in phrases.items()
            if any(stems[i : i + len(phrase)] == phrase for i in range(len(stems)))
        )

    def generic(self, word: str) -> bool:
        """Whether a word can never name a subject (generic, framing, question-type or stop word),
        or is a numeral: an age, a count, a week of pregnancy ("im 20 weeks pregnant", "my 14
        year old") says how much or how old, not what about."""
        return word.isdecimal() or stem(word) in self._not_subject

    def subject(self, texts: Iterable[str], tags: Iterable[str] = ()) -> Subject:
        """An entry's subject: the words of its question and aliases that name what it is about, and
        its multi-word tags' naming words ("legs up the wall", "hot and cold packs"): a question
        holding all the words of one names the entry's subject too. Single-word tags ("heat",
        "desk") are too loose to stand for a subject on their own."""
        stems = frozenset(s for text in texts for s in self._naming(text))
        phrases = {tuple(sorted(set(self._naming(tag)))) for tag in tags}
        return Subject(stems, tuple(sorted(p for p in phrases if len(p) >= 2)))

    def asks_of(self, text: str) -> frozenset[str]:
        """The stems of the words by which a question says what it asks about its subject (no
        stop words, no subject words: "how many ... need" of "How many sessions will I need?",
        "happen" of "What happens at my appointment?")."""
        return frozenset(
            s
            for w in words(text)
            if w not in self.analyzer.stopwords and (s := stem(w)) in self._not_subject
        )

    def names_problems(self, stems: frozenset[str]) -> bool:
        """Whether an entry's subject stems are only words naming body problems in general
        ("conditions" of "What conditions do you treat?"): a body region's problem is one."""
        return bool(stems) and stems <= self._problem_kinds

    def asks_only(self, stems: Iterable[str]) -> bool:
        """Whether stems are all words of the practical types' cues ("cost", "price", "address"):
        subject words that say what is asked of a subject more than they name one."""
        return self._practical_stems.issuperset(stems)

    def _naming(self, text: str) -> list[str]:
        return [
            s
            for w in words(text)
            if w not in self.analyzer.stopwords and (s := stem(w)) not in self._not_subject
        ]

    def named(self, concepts: Sequence[Concept], typed: Iterable[str]) -> Named:
        """What a question can name: its own words (stems typed, typo fixes) and, for the
        question-and-aliases subject only, their single-word synonyms. A broader term reached
        through a one-way link ("legs" -> "muscle") is searched for but names nothing: "both legs
        weak" is not a question about the erector muscles."""
        own: set[str] = set(typed)
        synonyms: set[str] = set()
        broad: set[str] = set()
        for concept in concepts:
            if concept.filler or not concept.alternatives:
                continue
            word, its_synonyms, its_broad = self._concept_names(concept)
            own.add(word)
            synonyms |= its_synonyms
            broad |= its_broad
        # set comprehensions, not `-=`: that walks the whole (large) not-subject set
        own = {t for t in own if t not in self._not_subject}
        wide = own | synonyms
        return Named(frozenset(own), frozenset(wide), frozenset(broad - wide))

    def _concept_names(self, concept: Concept) -> tuple[str, frozenset[str], frozenset[str]]:
        """A concept's word (its stem, or its typo fix), and the single-word synonyms and the
        broader terms it reaches, less the words that never name a subject."""
        found = self._naming_of.get(concept)
        if found is None:
            word = concept.alternatives[0][0]
            broader = self.analyzer.broader_only(word)
            single = [t for t, _ in concept.alternatives if PHRASE_SEPARATOR not in t]
            kept = [t for t in single if t not in self._not_subject]
            found = (
                word,
                frozenset(t for t in kept if t not in broader),
                frozenset(t for t in kept if t in broader),
            )
            if len(self._naming_of) >= CONCEPT_CACHE:
                self._naming_of.clear()
            self._naming_of[concept] = found
        return found
