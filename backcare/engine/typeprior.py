"""What an entry that asks no question type is taken to answer, from the pack's other entries.

An entry written as a title ("Strikethrough with GitHub Markdown", "Multiple dropbox accounts on
one PC?") has no type cue, though it answers something. Ranked as type-less, it lost 0.5 of the key
to any entry that shares the question's type, while the pack's typed entries say what such an entry
most likely answers: in a pack where nearly every typed entry is a how-to, a title is a how-to too;
in one of mixed types it could be anything. So a type-less entry ranks as answering a type asked by
the share of the pack's typed entries that ask it (between no type, 0, and a shared type, 1). A
pack of typed entries only (the bundled back-care pack) is unchanged. Ranking only: confidence
still counts a shared type only where the entry says it. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from backcare.engine.tuning import ADAPT_SAMPLE


def type_shares(types: Iterable[frozenset[str]]) -> dict[str, float]:
    """Of the entries that ask some type, the share that asks each one."""
    counts: dict[str, int] = {}
    typed = 0
    for found in types:
        if found:
            typed += 1
            for kind in found:
                counts[kind] = counts.get(kind, 0) + 1
    return {kind: count / typed for kind, count in counts.items()}


def sampled_shares(size: int, types_of: Callable[[int], frozenset[str]]) -> dict[str, float]:
    """type_shares over at most ADAPT_SAMPLE of a pack's `size` entries, evenly spaced (as the
    pack's answer weight is chosen: a 50k-entry pack costs no more than a 300-entry one)."""
    step = max(1, size // ADAPT_SAMPLE)
    return type_shares(types_of(doc) for doc in range(0, size, step))


def untyped_intent(shares: Mapping[str, float], asked: frozenset[str]) -> float:
    """The intent a type-less entry ranks with for a question asking `asked`: the largest share
    of the pack's typed entries that ask one of those types."""
    return max((shares.get(kind, 0.0) for kind in asked), default=0.0)
