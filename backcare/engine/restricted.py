"""Subjects that restrict an entry to some people or some way of being seen (data/restricted_subjects.txt).

The subject gate (subjects.names_subject) asks whether a question names what an entry is about;
the topic gate (SubjectChecks._outside) whether an entry mentions what a question asks about. This
is the other way round: an entry whose question or aliases name a restricting subject ("Can I
have physio for back pain while pregnant?") answers only a question that names it too, itself or
through a lexicon synonym ("zoom" names a video call). "how many physio sessions does back pain
usually take" shares "physio", "back" and "pain" with the pregnancy entry and names no pregnancy:
that entry's subject is not named. Pure: it reads a `Store`'s postings and the analyzer's stems.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from backcare.engine.analyze import PHRASE_SEPARATOR, Analyzer, Concept
from backcare.engine.tuning import CONCEPT_CACHE, PACK_SETTING_MIN, PACK_SETTING_SHARE
from backcare.resources import read_text
from backcare.store.protocol import Store


@lru_cache(maxsize=1)
def restricting_subjects() -> tuple[tuple[str, ...], ...]:
    """data/restricted_subjects.txt: each subject's words as written (comment lines start '#')."""
    lines = read_text("restricted_subjects.txt").splitlines()
    return tuple(
        tuple(w.strip().casefold() for w in line.split(",") if w.strip())
        for line in lines
        if line.strip() and not line.startswith("#")
    )


class RestrictedSubjects:
    """Which entries a question leaves restricted: their question or aliases name a restricting
    subject the question never names. Only with the back-care lexicon (its topics on)."""

    def __init__(
        self, store: Store, analyzer: Analyzer, title: frozenset[str] = frozenset()
    ) -> None:
        self.store = store
        self.analyzer = analyzer
        self._title = title  # the stems of a single pack's title: what it names is the setting
        self._on = any(True for _ in analyzer.topic_names())
        # each subject's words as stems (stop words dropped), and its one-word stems
        self._subjects = [
            tuple(filter(None, (tuple(analyzer.terms(w)) for w in subject)))
            for subject in restricting_subjects()
        ]
        self._entries: dict[int, frozenset[int]] = {}  # doc -> the subjects it is restricted to
        self._setting: dict[int, bool] = {}  # subject -> whether the pack's entries mostly name it

    def named(self, question: str, concepts: Iterable[Concept]) -> frozenset[int]:
        """The subjects a question names: by their words, or a lexicon synonym of a word
        ("zoom" reaches "video", "kiddies" reaches "children")."""
        if not self._on:
            return frozenset()
        reached = [
            (word,)
            for concept in concepts
            for term, _ in concept.alternatives
            for word in term.split(PHRASE_SEPARATOR)
        ]
        return self._naming(self.analyzer.terms(question), reached)

    def unnamed(self, doc: int, named: frozenset[int]) -> bool:
        """Whether the entry is restricted to a subject of which the question names nothing."""
        if not self._on:
            return False
        own = self._own(doc)
        return bool(own) and own.isdisjoint(named)

    def written(self, doc: int) -> tuple[str, ...]:
        """The restricting subjects of an entry, each by its first word in the data file."""
        return tuple(restricting_subjects()[n][0] for n in sorted(self._own(doc)))

    def _naming(self, run: Sequence[str], more: Sequence[tuple[str, ...]] = ()) -> frozenset[int]:
        said = set(more)
        for size in (1, 2, 3):
            said.update(tuple(run[i : i + size]) for i in range(len(run) - size + 1))
        return frozenset(
            number for number, forms in enumerate(self._subjects) if not said.isdisjoint(forms)
        )

    def _own(self, doc: int) -> frozenset[int]:
        found = self._entries.get(doc)
        if found is None:
            entry = self.store.entry(doc)
            found = frozenset(
                number
                for text in (entry.question, *entry.aliases)
                for number in self._naming(self.analyzer.terms(text))
                if not self._pack_setting(number)  # a pregnancy clinic's page: the pack's setting
            )
            if len(self._entries) >= CONCEPT_CACHE:
                self._entries.clear()
            self._entries[doc] = found
        return found

    def _pack_setting(self, number: int) -> bool:
        """Whether so many of the pack's entries hold one of the subject's one-word forms (any
        field: "pregnant", "pregnancy"), or the pack's title names it ("Maple Physio: pregnancy and
        back"), that it is the pack's setting, not a restriction of one entry
        (subjects.SubjectChecks._pack_setting's share)."""
        found = self._setting.get(number)
        if found is None:
            least = max(PACK_SETTING_MIN, PACK_SETTING_SHARE * self.store.size)
            if any(len(f) == 1 and f[0] in self._title for f in self._subjects[number]):
                self._setting[number] = True
                return True
            docs = {
                doc
                for form in self._subjects[number]
                if len(form) == 1 and self.store.has_term(form[0])
                for doc in self.store.postings(form[0])[0]
            }
            found = self._setting[number] = len(docs) >= least
        return found
