"""The runner-up that holds every word the entries above it hold, and more (a coordination
step after the re-ranking): when three entries or more rank first holding the same words of the
question, two or more ("back pain" in five of a leaflet's questions), those words are a subject
they share and tell none of them apart; the first entry below them that holds those words too, in
any field, and a word of the question none of them holds ("walk", in the answer of "Should I rest
or keep active?") is the one the question tells apart. Pure: no I/O, no printing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from backcare.engine.analyze import Concept, stem
from backcare.engine.ranked import STRONG_FIELDS, Covered, Scored
from backcare.engine.tuning import COORDINATION_REACH, SHARED_AT_LEAST, TIED_AT_LEAST


def held_more(
    concepts: Sequence[Concept],
    covered: Sequence[Covered],
    scored: Sequence[Scored],
    unsaid: frozenset[str],
    generic: Callable[[str], bool],
) -> int:
    """The position of the first candidate below the tied entries (TIED_AT_LEAST or more ranked
    first, holding the same SHARED_AT_LEAST or more content words: not filler, not framing or a
    cue, `unsaid`) whose content words are theirs and more; 0 when there is none. Each word more
    must be typed (a typo's guess is no word of the question's: "decreased" as "deceased") and,
    when only the entry's answer holds it, no generic word (an answer says "often", "stay" in
    passing; "walk" it does not)."""
    content = [i for i, c in enumerate(concepts) if not c.filler and c.word not in unsaid]
    if len(content) <= SHARED_AT_LEAST:
        return 0
    held = [
        frozenset(i for i in content if item[1] in covered[i])
        for item in scored[:COORDINATION_REACH]
    ]
    if not held or len(held[0]) < SHARED_AT_LEAST:
        return 0
    for position, words in enumerate(held[1:], 1):
        if words == held[0]:
            continue
        doc = scored[position][1]
        telling = position >= TIED_AT_LEAST and held[0] < words
        return (
            position
            if telling
            and all(_tells(concepts[i], covered[i][doc][2], generic) for i in words - held[0])
            else 0
        )
    return 0


def _tells(concept: Concept, field: str, generic: Callable[[str], bool]) -> bool:
    """Whether a word an entry holds beyond the tied entries tells it apart."""
    typed = bool(concept.alternatives) and concept.alternatives[0][0] == stem(concept.word)
    return typed and (field in STRONG_FIELDS or not generic(concept.word))
