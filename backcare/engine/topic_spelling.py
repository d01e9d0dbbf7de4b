"""Topics typed with a slip or in another language's spelling: "my mother has osteoporoza" (Polish,
Czech, Romanian), "osteoporose" (German, French), "scolisis". Typo correction reaches only the pack's
words and the lexicon's synonyms, and a word 3 edits off not even those, so such a condition was a
word the pack lacks and nothing more, and a stretch answered "an exercise for a woman with
osteoporoza" confidently. A long word that is neither English nor the pack's, close to a one-word
topic and starting as it does, names that topic (Matcher: an entry must mention it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from backcare.engine.analyze import words
from backcare.engine.spelling import closest_by_ratio
from backcare.engine.tuning import SPELT_ENDING, SPELT_MIN, SPELT_PREFIX, SPELT_RATIO


class SpeltTopics:
    """The one-word topics of SPELT_MIN letters or more, by their first SPELT_PREFIX letters:
    read from `topics` when a word first needs them. Most questions have no word that long
    ("stiff back after sitting"), and reading every topic cost ~3M instructions of each cold
    ask (issue 17); an iterator given is consumed then, not before."""

    def __init__(self, topics: Iterable[tuple[tuple[str, ...], str]]) -> None:
        self._topics: Iterable[tuple[tuple[str, ...], str]] | None = topics
        self._table: dict[str, dict[str, tuple[str, ...]]] | None = None

    def _by_start(self) -> dict[str, dict[str, tuple[str, ...]]]:
        if self._table is None:
            table: dict[str, dict[str, tuple[str, ...]]] = {}
            for phrase, written in self._topics or ():
                if len(phrase) == 1 and len(written) >= SPELT_MIN and written.isalpha():
                    table.setdefault(written[:SPELT_PREFIX], {})[written] = phrase
            self._table, self._topics = table, None
        return self._table

    def find(
        self,
        text: str,
        known: Callable[[str], bool],
        aside: Sequence[str] | frozenset[str] = frozenset(),
    ) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The topics a text names by a word spelt otherwise, as (topic stems, word typed); not
        words `known` (English, the pack's) nor those `aside` (its setting, topics found as
        written). With no topic of SPELT_MIN letters no word finds one, as before, when this
        returned () before reading the words."""
        found = []
        for word in dict.fromkeys(words(text)):
            if len(word) < SPELT_MIN or word in aside or not word.isalpha():
                continue
            near = self._by_start().get(word[:SPELT_PREFIX])
            if not near or word in near or known(word):
                continue
            topic = closest_by_ratio(word, list(near), SPELT_RATIO) or next(
                (t for t in near if _same_start(word, t)), None
            )
            if topic is not None:
                found.append((near[topic], word))
        return tuple(found)


def _same_start(word: str, topic: str) -> bool:
    """Whether a word keeps all of a topic but its ending (SPELT_ENDING letters): "osteoporoza"."""
    keep = max(SPELT_MIN, len(topic) - SPELT_ENDING)
    return len(word) >= keep and word[:keep] == topic[:keep]
