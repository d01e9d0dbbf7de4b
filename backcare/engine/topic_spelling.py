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
    """The one-word topics of SPELT_MIN letters or more, by their first SPELT_PREFIX letters."""

    def __init__(self, topics: Iterable[tuple[tuple[str, ...], str]]) -> None:
        self._by_start: dict[str, dict[str, tuple[str, ...]]] = {}
        for phrase, written in topics:
            if len(phrase) == 1 and len(written) >= SPELT_MIN and written.isalpha():
                self._by_start.setdefault(written[:SPELT_PREFIX], {})[written] = phrase

    def find(
        self,
        text: str,
        known: Callable[[str], bool],
        aside: Sequence[str] | frozenset[str] = frozenset(),
    ) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The topics a text names by a word spelt otherwise, as (topic stems, word typed); not
        words `known` (English, the pack's) nor those `aside` (its setting, topics found as
        written)."""
        if not self._by_start:
            return ()
        found = []
        for word in dict.fromkeys(words(text)):
            if len(word) < SPELT_MIN or word in aside or not word.isalpha():
                continue
            near = self._by_start.get(word[:SPELT_PREFIX])
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
