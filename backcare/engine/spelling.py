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
# After this many calls in one process (a batch: each new word of each question is checked),
# rapidfuzz's import is paid once and every later call is ~10x cheaper (a batch of 3,432 distinct
# questions made 1,664 calls: 0.15 s in Python, 0.01 s in rapidfuzz).
PYTHON_MAX_CALLS = 64
_CALLS = [0]


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
    _CALLS[0] += 1
    if len(choices) > PYTHON_MAX_CHOICES or _CALLS[0] > PYTHON_MAX_CALLS:
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


def closest_by_ratio(word: str, choices: Sequence[str], cutoff: float) -> str | None:
    """The choice most similar to `word` by rapidfuzz's `fuzz.ratio` (100 x the share of both
    words' letters that their longest common subsequence keeps) if it reaches `cutoff`, the first
    such choice on a tie: `process.extractOne(word, choices, scorer=fuzz.ratio,
    score_cutoff=cutoff)[0]` without importing rapidfuzz (the red-flag check compares a typo with
    a handful of vocabulary words)."""
    best, best_score = None, -1.0
    for choice in choices:
        score = ratio(word, choice)
        if score >= cutoff and score > best_score:
            best, best_score = choice, score
    return best


def ratio(word: str, other: str) -> float:
    """rapidfuzz's `fuzz.ratio`: the normalised Indel similarity, 0-100."""
    total = len(word) + len(other)
    if not total:
        return 100.0
    return 100.0 * (1.0 - (total - 2 * _lcs(word, other)) / total)


def _lcs(word: str, other: str) -> int:
    """Length of the longest common subsequence (one row of the table at a time)."""
    row = [0] * (len(other) + 1)
    for a in word:
        diagonal = 0
        for j, b in enumerate(other, 1):
            above = row[j]
            row[j] = diagonal + 1 if a == b else max(above, row[j - 1])
            diagonal = above
    return row[-1]


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
