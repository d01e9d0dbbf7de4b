"""Words within a few edits of a misspelt one, for typo correction.

`within_edits` returns exactly what rapidfuzz's `process.extract` with the OSA distance returns (the
same words, distances and order: by distance, then by position in the list). Importing rapidfuzz
costs about 10 ms, as much as a third of the tldr client's whole run, and a typo in a question
against the bundled pack compares one word with about 550: here that takes about 1 ms in Python
(Hyyrö's bit-parallel OSA distance, the algorithm rapidfuzz uses, with the typed word as the
pattern). Longer lists, where Python would cost more than the import, go to rapidfuzz.
"""

from __future__ import annotations

from collections.abc import Sequence

# Above this many words, importing rapidfuzz costs less than comparing them in Python.
PYTHON_MAX_CHOICES = 4000


def osa_distance(word: str, other: str) -> int:
    """The optimal string alignment distance: insertions, deletions, substitutions and swaps of
    adjacent letters, each 1, no substring edited twice ("pian" -> "pain" is 1)."""
    if not word:
        return len(other)
    return _osa(_pattern(word), len(word), other)


def within_edits(
    word: str, choices: Sequence[str], max_distance: int, limit: int
) -> list[tuple[str, int]]:
    """The `limit` choices closest to `word` (at most `max_distance` edits), closest first, ties in
    list order: `process.extract(word, choices, scorer=OSA.distance, score_cutoff=max_distance,
    limit=limit)` without rapidfuzz's index column."""
    if len(choices) > PYTHON_MAX_CHOICES:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        found = process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=max_distance, limit=limit
        )
        return [(str(c), int(d)) for c, d, _ in found]
    size = len(word)
    pattern = _pattern(word)
    close: list[tuple[int, int, str]] = []
    for index, choice in enumerate(choices):
        if abs(len(choice) - size) > max_distance:
            continue  # the length difference alone is that many edits
        distance = _osa(pattern, size, choice) if size else len(choice)
        if distance <= max_distance:
            close.append((distance, index, choice))
    close.sort()
    return [(choice, distance) for distance, _, choice in close[:limit]]


def _pattern(word: str) -> dict[str, int]:
    """Bit i of pattern[c] is set where word[i] == c."""
    pattern: dict[str, int] = {}
    for i, c in enumerate(word):
        pattern[c] = pattern.get(c, 0) | 1 << i
    return pattern


def _osa(pattern: dict[str, int], size: int, other: str) -> int:
    """Hyyrö (2003), "A bit-vector algorithm for computing Levenshtein and Damerau edit distances",
    restricted-transposition variant: one column of the edit-distance matrix per letter of `other`,
    as vertical deltas packed into integers (bits above `size` are masked off)."""
    full = (1 << size) - 1
    last = 1 << (size - 1)
    vp, vn, d0, previous = full, 0, 0, 0
    distance = size
    for c in other:
        pm = pattern.get(c, 0)
        swap = ((~d0 & pm) << 1) & previous
        d0 = ((((pm & vp) + vp) ^ vp) | pm | vn | swap) & full
        hp = vn | (~(d0 | vp) & full)
        hn = d0 & vp
        if hp & last:
            distance += 1
        if hn & last:
            distance -= 1
        hp = ((hp << 1) | 1) & full
        hn = (hn << 1) & full
        vp = hn | (~(d0 | hp) & full)
        vn = hp & d0
        previous = pm
    return distance
