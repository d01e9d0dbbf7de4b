"""Two words of a question that one entry alone writes as one unit (issue 11, quality45).

"is there sign language" on a hospital leaflet: "language" is in the question of the entry about the
leaflet in other languages, and "sign" is in three answers, but only the interpreter entry's answer
says "British Sign Language". Word by word, the entry whose own question holds one of the words
wins; plain BM25 over question and answer finds the interpreter entry, since it holds both. Two
words the question says together, which one entry of the pack writes as one unit and no other does,
name that entry's subject as a word only its answer holds does (Matcher._sole_answer): the entry
ranks first and the two words count as fully as in its own question.

A unit is a name (a capital letter that starts no sentence: "British Sign Language", "WhatsApp
group") or a hyphenated compound ("--trace-children"): two words that merely meet in an answer
("Don't wait for the next meeting!") are no unit, and "when is the next meeting" is the meetings
entry's. Only on a pack that reads its answers as text (adapt.py), as for the lone answer word:
there the answers hold the words people ask with. Both words as typed (not a synonym, a typo's guess
or a number), not framing words ("how long"), not both generic ("go", "get"); the entry holds every
topic word of the question and no other entry holds two of the question's words in its own
question, aliases or tags. Pure: it reads a `Store`'s entries and the analyzer's stems.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import pairwise

from backcare.engine.analyze import _TOKEN, Analyzer, Concept, fold, stem
from backcare.engine.ranked import STRONG_FIELDS, Covered
from backcare.engine.tuning import CONCEPT_CACHE
from backcare.store.protocol import Store

_STARTS_BEFORE = frozenset(".!?:;-*\u2022")  # a capital after these may start a sentence or item


class SolePhrases:
    """The one entry of a pack that writes two adjacent words of a question side by side."""

    def __init__(
        self, store: Store, analyzer: Analyzer, on: bool, generic: Callable[[str], bool]
    ) -> None:
        self.store = store
        self.analyzer = analyzer
        self._on = on  # the pack reads its answers as text (adapt.py)
        self._generic = generic  # a word any question may use (Sense.generic)
        self._pairs: dict[int, frozenset[tuple[str, str]]] = {}  # doc -> its adjacent stems

    def sole(
        self,
        concepts: list[Concept],
        covered: list[Covered],
        importance: list[float],
        cued: frozenset[str],
    ) -> dict[int, float]:
        """{the entry: the coverage the pair adds} (each word found only in its answer counts as
        in its question), else {}. `cued`: the question's words that frame it as a type."""
        if not self._on:
            return {}
        framing = self.analyzer.framing | cued
        generic = self._generic
        topical = [
            i
            for i, c in enumerate(concepts)
            if not c.filler and c.word not in framing and c.alternatives
        ]
        if len(topical) < 2:
            return {}
        chosen: int | None = None
        pair: tuple[int, int] | None = None
        for i, j in pairwise(topical):
            if j != i + 1:
                continue  # a framing or filler word between them: not said together
            first, second = (self._typed(concepts[k]) for k in (i, j))
            # a pair of words any question may use ("go", "get") says nothing; one of them may be
            # ("sign" of "sign language" is also a symptom's word): the pair is what is specific
            if (
                not first
                or not second
                or first == second
                or all(generic(concepts[k].word) for k in (i, j))
            ):
                continue
            holders = [
                doc
                for doc in covered[i].keys() & covered[j].keys()
                if covered[i][doc][1] == first
                and covered[j][doc][1] == second
                and (first, second) in self._adjacent(doc)
            ]
            if len(holders) != 1:
                continue  # no entry or several say it: it tells none apart
            if chosen is not None and holders[0] != chosen:
                return {}  # two entries, each alone with a pair: the question does not choose
            chosen, pair = holders[0], (i, j)
        if chosen is None or pair is None:
            return {}
        # nothing else explains the question: the entry holds every topic word of it, and no
        # other entry holds two of its words in its own question, aliases or tags ("forum rules":
        # an answer says "forum rules", the entry asking "What are the rules of the online
        # forum?"; "what happens on the first visit": "What happens at my first appointment?")
        if any(chosen not in covered[i] for i in topical):
            return {}
        strong = Counter(
            doc
            for i, concept in enumerate(concepts)
            if not concept.filler  # framing words too: "what happens" is what an entry asks
            for doc, (_, _, field) in covered[i].items()
            if doc != chosen and field in STRONG_FIELDS
        )
        if strong and max(strong.values()) >= 2:
            return {}
        extra = sum(
            importance[k] * covered[k][chosen][0] for k in pair if covered[k][chosen][2] == "answer"
        )
        return {chosen: extra} if extra else {}

    @staticmethod
    def _typed(concept: Concept) -> str:
        """The concept's term when it is the word as typed (not a synonym, a typo's guess, two
        words joined or a number), else ""."""
        term = concept.alternatives[0][0]
        # a number is no subject ("between line 10 and 50": an answer's "line 10" is another's)
        if " " in concept.word or concept.word.isdigit() or term != stem(concept.word):
            return ""
        return term

    def _adjacent(self, doc: int) -> frozenset[tuple[str, str]]:
        """The pairs of stems an entry's question, aliases and answer write side by side as one
        unit (stop words dropped, as a question's are): joined by a hyphen ("trace-children"), or
        with a capital letter that starts no sentence, as a name is written ("British Sign
        Language", "WhatsApp group"). Two words that merely meet ("Don't wait for the next
        meeting!", "pay at your first visit") are no unit of the entry's."""
        found = self._pairs.get(doc)
        if found is None:
            entry = self.store.entry(doc)
            pairs: set[tuple[str, str]] = set()
            for text in (entry.question, *entry.aliases, entry.answer):
                pairs.update(self._units(text))
            if len(self._pairs) >= CONCEPT_CACHE:
                self._pairs.clear()
            found = self._pairs[doc] = frozenset(pairs)
        return found

    def _units(self, text: str) -> Iterator[tuple[str, str]]:
        """The pairs of a text's adjacent content words written as one unit (_adjacent)."""
        stop = self.analyzer.stopwords
        kept = [m for m in _TOKEN.finditer(text) if fold(m[0]) not in stop]
        for a, b in pairwise(kept):
            between = text[a.end() : b.start()]
            hyphen = between == "-"
            named = between == " " and (_capital(text, a) or _capital(text, b))
            if hyphen or named:
                yield stem(fold(a[0])), stem(fold(b[0]))


def _capital(text: str, word: re.Match[str]) -> bool:
    """Whether a word is written with a capital letter that does not merely start a sentence or a
    list item (one inside the word, "WhatsApp", "BSL", always counts)."""
    if not any(c.isupper() for c in word[0]):
        return False
    if word[0][1:] != word[0][1:].lower():
        return True
    at = word.start() - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] not in _STARTS_BEFORE
