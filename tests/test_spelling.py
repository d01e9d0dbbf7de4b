"""Typo candidates in Python are rapidfuzz's, exactly: same words, distances and order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from backcare.engine import spelling

# a small alphabet, so that words within one or two edits (and ties) are common
WORD = st.text(alphabet="abcdeé", min_size=0, max_size=10)


@settings(max_examples=500, deadline=None)
@given(WORD, WORD)
def test_osa_distance_is_rapidfuzz_osa(a: str, b: str) -> None:
    assert spelling.osa_distance(a, b) == OSA.distance(a, b)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdeé", min_size=1, max_size=9),
    st.lists(WORD.filter(bool), max_size=80),
    st.integers(0, 2),
    st.sampled_from([1, 3, 10]),
)
def test_within_edits_is_rapidfuzz_extract(
    word: str, choices: list[str], allowed: int, limit: int
) -> None:
    want = process.extract(word, choices, scorer=OSA.distance, score_cutoff=allowed, limit=limit)
    spelling._CALLS[0] = 0  # the Python path (a process's first calls)
    assert spelling.within_edits(word, choices, allowed, limit) == [(c, d) for c, d, _ in want]
    spelling._CALLS[0] = spelling.PYTHON_MAX_CALLS  # a batch's later calls: rapidfuzz
    assert spelling.within_edits(word, choices, allowed, limit) == [(c, d) for c, d, _ in want]
    spelling._CALLS[0] = 0


def test_long_lists_go_to_rapidfuzz_with_the_same_result() -> None:
    choices = [f"{a}{b}{c}" for a in "abcd" for b in "abcd" for c in "abcdefgh"] * 40
    assert len(choices) > spelling.PYTHON_MAX_CHOICES
    fast = spelling.within_edits("abd", choices, 1, 10)
    want = process.extract("abd", choices, scorer=OSA.distance, score_cutoff=1, limit=10)
    assert fast == [(c, d) for c, d, _ in want]


def test_a_swap_of_adjacent_letters_is_one_edit() -> None:
    assert spelling.osa_distance("pian", "pain") == 1
    assert spelling.osa_distance("ca", "abc") == 3  # OSA, not Damerau: no edit of a swapped pair


@settings(max_examples=500, deadline=None)
@given(WORD, WORD)
def test_ratio_is_rapidfuzz_ratio(a: str, b: str) -> None:
    assert spelling.ratio(a, b) == fuzz.ratio(a, b)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdeé", min_size=1, max_size=9),
    st.lists(WORD, max_size=30),
    st.sampled_from([0, 50, 70, 85, 100]),
)
def test_closest_by_ratio_is_rapidfuzz_extract_one(
    word: str, choices: list[str], cutoff: int
) -> None:
    found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    assert spelling.closest_by_ratio(word, choices, cutoff) == (found[0] if found else None)
