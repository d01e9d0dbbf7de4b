"""Circumstances an entry's question is specific about (data/circumstances.txt).

"Why does my back get stiff when I sit?" answers why a back stiffens when sitting, not "why is my
back so stiff in the morning": the question names a circumstance (the morning, sleeping) and none
of the entry's own. Its other circumstance is then a topic the entry never mentions (an outside
topic: never confident), as another body region is (Matcher._other_region). An entry whose question
names no circumstance ("How long does a stiff back last?") answers any; a question that names the
entry's circumstance ("stiff after sitting in the car all morning") is answered whatever else it
names. Words of the story around the asking sentence do not count: they set the scene. Pure: it
reads a `Store`'s entries and the analyzer's stems.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import compress

from backcare.engine.analyze import Analyzer, Concept
from backcare.engine.index import FIELDS
from backcare.engine.tuning import CONCEPT_CACHE, PACK_SETTING_MIN, PACK_SETTING_SHARE
from backcare.resources import read_text
from backcare.store.protocol import Postings, Store


@lru_cache(maxsize=1)
def circumstance_words() -> tuple[tuple[str, ...], ...]:
    """data/circumstances.txt: each circumstance's name, then its one-word forms ('#' comments)."""
    lines = read_text("circumstances.txt").splitlines()
    return tuple(
        tuple(w.strip().casefold() for w in line.split(",") if w.strip())
        for line in lines
        if line.strip() and not line.startswith("#")
    )


def circumstance_terms(analyzer: Analyzer) -> dict[str, int]:
    """Each stem of data/circumstances.txt's forms -> the number of the circumstance it names."""
    found: dict[str, int] = {}
    for number, (_, *forms) in enumerate(circumstance_words()):
        for form in forms:
            for term in analyzer.terms(form):
                found.setdefault(term, number)
    return found


def terms_key(table: dict[str, int]) -> int:
    """A fingerprint of a circumstance table: an index keeps each circumstance's count of
    questions (Store.question_counts) under the key of the table it counted with."""
    import zlib

    return zlib.crc32(repr(sorted(table.items())).encode("utf-8", "surrogatepass"))


def question_counts(table: dict[str, int], postings: Callable[[str], Postings | None]) -> list[int]:
    """Per circumstance (by number), how many entries' questions hold one of its terms (a term's
    best field there: its postings), from the postings of the table's terms (a term without
    postings counts nothing)."""
    question = FIELDS.index("question")
    held: dict[int, set[int]] = {}
    for term, number in table.items():
        found = postings(term)
        if found is not None and len(found[0]):
            docs, _, fields = found
            if len(docs) != len(fields):
                raise ValueError(f"postings of {term!r} of unequal lengths")
            held.setdefault(number, set()).update(_in_field(docs, fields, question))
    return [len(held.get(n, ())) for n in range(max(table.values(), default=-1) + 1)]


class Circumstances:
    """Which circumstances a question names that an entry's question is not about. Only with the
    back-care lexicon (its topics on)."""

    def __init__(
        self, store: Store, analyzer: Analyzer, title: frozenset[str] = frozenset()
    ) -> None:
        self.store = store
        self.analyzer = analyzer
        self._on = any(True for _ in analyzer.topic_names())
        self._title = title
        self._of = circumstance_terms(analyzer)  # stem -> the circumstance it names
        self._entries: dict[int, frozenset[int]] = {}  # doc -> the circumstances its question names
        self._setting: frozenset[int] | None = None  # named by most of the pack's questions

    def named(self, terms: Iterable[str]) -> frozenset[int]:
        """The circumstances these stems name."""
        return frozenset(self._of[t] for t in terms if t in self._of)

    def other(
        self,
        doc: int,
        named: frozenset[int],
        concepts: Sequence[Concept],
        asking: frozenset[str] | None,
    ) -> tuple[str, ...]:
        """The question's words (of its asking sentence) that name a circumstance the entry's
        question does not, when the entry's question names one and the question (`named`: all its
        circumstances) names none of the entry's; else ()."""
        if not self._on:
            return ()
        own = self._own(doc)
        if not own or not own.isdisjoint(named):
            return ()
        return tuple(
            concept.word
            for concept in concepts
            if (asking is None or concept.word.split(" ", 1)[0] in asking)
            and self._of.get(concept.alternatives[0][0], -1) not in (-1, *own)
        )

    def _own(self, doc: int) -> frozenset[int]:
        found = self._entries.get(doc)
        if found is None:
            found = self.named(self.analyzer.terms(self.store.entry(doc).question))
            if found:
                found -= self._pack_setting()
            if len(self._entries) >= CONCEPT_CACHE:
                self._entries.clear()
            self._entries[doc] = found
        return found

    def _pack_setting(self) -> frozenset[int]:
        """The circumstances the pack's title names, or so many of its entries' questions (a
        term's best field there: its postings) that they are its setting (a sleep clinic's page),
        not what one entry is specific about."""
        if self._setting is None:
            least = max(PACK_SETTING_MIN, PACK_SETTING_SHARE * self.store.size)
            # counted when the index was built (a cold ask on a 200,000-entry pack of common words
            # read ~1.3 million postings for this: issue 17), for this very table
            counts = self.store.question_counts(terms_key(self._of))
            if counts is not None:
                setting = {number for number, count in enumerate(counts) if count >= least}
                self._setting = frozenset(setting) | self.named(self._title)
                return self._setting
            question = FIELDS.index("question")
            lists: dict[int, list[tuple[Sequence[int], Sequence[int]]]] = {}
            for term, number in self._of.items():
                if self.store.has_term(term):
                    found, _, fields = self.store.postings(term)
                    if len(found) != len(fields):
                        raise ValueError(f"postings of {term!r} of unequal lengths")
                    lists.setdefault(number, []).append((found, fields))
            setting = set()
            for number, postings in lists.items():
                # the entries whose questions hold one of its terms are at most as many as its
                # postings there: too few, and no set of them is made (a common word's postings
                # on a 200,000-entry pack were a tenth of a cold ask: issue 17)
                if sum(_count(best, question) for _, best in postings) < least:
                    continue
                held: set[int] = set()
                for docs, best in postings:
                    held.update(_in_field(docs, best, question))
                if len(held) >= least:
                    setting.add(number)
            self._setting = frozenset(setting) | self.named(self._title)
        return self._setting


def _count(fields: Sequence[int], field: int) -> int:
    """How many postings have `field` as their best field."""
    if isinstance(fields, array) and fields.typecode == "B":  # the stores' (one byte a posting)
        return fields.tobytes().count(field.to_bytes(1, "little"))
    return sum(map(field.__eq__, fields))


def _in_field(found: Sequence[int], fields: Sequence[int], field: int) -> Iterable[int]:
    """The docs of the postings whose best field is `field`, picked in C (compress, not a
    generator: ~180,000 postings of a common word read on a 200,000-entry pack)."""
    if isinstance(fields, array) and fields.typecode == "B":
        selectors = bytearray(256)  # the field's byte translated to 1, every other byte to 0
        selectors[field] = 1
        return compress(found, fields.tobytes().translate(selectors))
    return compress(found, map(field.__eq__, fields))
