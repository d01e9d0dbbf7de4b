"""The word counts of a set of phrases, derived from the data when first asked (codereview20
finding 14): a reader that looks a phrase up by a run of surfaces tries these lengths, so a
longer phrase added to the data is read, not silently ignored under a limit kept by hand."""

from __future__ import annotations

import functools


@functools.cache
def lengths(phrases: frozenset[str]) -> tuple[int, ...]:
    """The phrases' word counts, longest first (the longest match wins where that matters)."""
    return tuple(sorted({len(p.split()) for p in phrases}, reverse=True))
