"""A calm cold ask's red-flag tables read less (issue 17, speed58): each cut is exact.

- PhraseIndex._by_stem is a StemLists (one string of stems, one of phrase numbers): its `get` is a
  dict's, by binary search and, after many look-ups, by the dict itself.
- A phrase is compiled only when the question meets its needs, read from their text
  (PhraseIndex._needs, the snapshot's): the masks and the phrases found are those of an index
  that compiles every phrase it meets.
- code_switch's first words are read from the keys alone; language.foreign_words makes only the
  non-ASCII words plain.
"""

from __future__ import annotations

from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.language import _plain, foreign_words
from backcare.engine.safety import code_switch, reading, stem_lists
from backcare.engine.safety.detect import Safety, load_safety
from backcare.engine.safety.stem_lists import StemLists, needs_text
from backcare.resources import read_words
from backcare.store import tablespec

_SAFETY: list[Safety] = []


def _safety() -> Safety:
    if not _SAFETY:
        _SAFETY.append(load_safety())
    return _SAFETY[0]


_LISTS = st.dictionaries(
    st.text(max_size=6),
    st.lists(st.integers(0, 60_000), min_size=1, max_size=5),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_LISTS, st.lists(st.text(max_size=6), max_size=10))
def test_stem_lists_get_as_the_dict_does(lists: dict[str, list[int]], others: list[str]) -> None:
    stems = StemLists(lists)
    assert len(stems) == len(lists)
    assert dict(stems.items()) == lists
    asked = [*lists, *others] * 2  # past LOOKUPS_BEFORE_DICT: the dict made, then read
    asked = asked * (1 + StemLists.LOOKUPS_BEFORE_DICT // max(len(asked), 1))
    for key in asked:
        assert list(stems.get(key, ())) == lists.get(key, [])
    assert (stems._reads > StemLists.LOOKUPS_BEFORE_DICT) == bool(stems._found) or not lists


def test_the_safetys_stem_lists_hold_every_phrase_by_its_first_words_stem() -> None:
    index = _safety()._index
    by_stem = dict(index._by_stem.items())
    numbers = sorted(n for found in by_stem.values() for n in found)
    prefixed = {n for found in index._by_prefix.values() for n in found}
    # every phrase is reached through a stem, a prefix or a number class, once a stem
    assert set(numbers) | prefixed | set(index._numeric) == set(range(len(index._texts)))


def test_the_bounds_check_refuses_stem_lists_out_of_range() -> None:
    stems = StemLists({"back": [3, 7], "leg": [1]})
    assert tablespec._stem_lists_laid_out(stems, 8)
    assert not tablespec._stem_lists_laid_out(stems, 7)  # phrase 7 of 7
    short = StemLists({"back": [3, 7], "leg": [1]})
    short._key_lengths = array("I", [4, 2])
    assert not tablespec._stem_lists_laid_out(short, 8)
    fewer = StemLists({"back": [3, 7], "leg": [1]})
    fewer._number_lengths = array("I", [2])
    assert not tablespec._stem_lists_laid_out(fewer, 8)
    read = StemLists({"back": [3]})
    read.get("back")
    assert not tablespec._stem_lists_laid_out(read, 8)
    assert tablespec._stem_lists_laid_out(StemLists({}), 0)
    assert not tablespec._stem_lists_laid_out(StemLists({"a": [0]}), 0)


def _groups(text: str) -> tuple[frozenset[str], ...]:
    """needs_text read back as PhraseIndex._text_mask reads it."""
    groups = text.split(stem_lists.NEEDS_GROUPS) if text else []
    return tuple(frozenset(g.split(stem_lists.NEEDS_STEMS)) for g in groups)


def test_every_phrases_needs_text_reads_as_its_compiled_needs() -> None:
    index = _safety()._index
    rows = index.needs_rows()
    assert rows is not None and len(rows) == len(index._texts)
    for n, (text,) in enumerate(rows):
        assert _groups(text) == index.phrase(n).needs


_STEM = st.text(st.characters(exclude_categories=["Cs"]), max_size=5)


@given(st.lists(st.frozensets(_STEM, max_size=4), max_size=4))
def test_needs_text_reads_back_or_is_refused(needs: list[frozenset[str]]) -> None:
    text = needs_text(tuple(needs))
    if text is None:
        assert any(
            not g or any(not s or " " in s or "|" in s for s in g) for g in needs
        ) or not all(needs)
    else:
        assert _groups(text) == tuple(needs)


QUESTIONS = [
    "stiff back after sitting",
    "I can't feel my legs and I wet myself",
    "numb bum and cant pee since yesterday",
    "my dad fell off a ladder, his back hurts and he has a fever",
    "no numbness, no tingling, just a sore lower back",
    "back pain for 2 months, now my legs won't lift properly",
    "i'm 38 and have had back pain for six weeks, worse at night, lost weight",
    "feverish and shivering with pain in my back since the fall",
    "mi schiena fa male, both gambe like cotton",
    "saddle numbness after lifting, should i go to a and e",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_phrases_found_with_needs_read_as_text_are_those_compiled(question: str) -> None:
    """An index reading each phrase's needs from their text (the snapshot's) finds the same
    phrases, with the same masks' meaning, as one compiling every phrase it meets."""
    safety = _safety()
    tokens = safety.read(question)[0]
    built = load_safety()._index
    texted = load_safety()._index
    texted._needs = texted.needs_rows()
    for token in tokens:
        plain = built.starting_with(token)
        read = texted.starting_with(token)
        assert [n for n, _ in plain] == [n for n, _ in read]
    fillers = safety._fillers
    assert texted.find(tokens, fillers) == built.find(tokens, fillers)
    # only phrases whose needs the question meets were compiled
    assert len(texted._compiled) <= len(built._compiled)


def test_code_switch_first_words_are_the_phrases_first_words() -> None:
    assert code_switch._firsts() == frozenset(key[0] for key in code_switch._phrases())


def test_a_message_without_a_first_word_builds_no_phrases() -> None:
    code_switch._phrases.cache_clear()
    tokens = reading.tokenize("stiff back after sitting", frozenset(), frozenset(), frozenset())
    assert code_switch.code_switched(tokens) == tokens
    assert code_switch._phrases.cache_info().currsize == 0


def test_foreign_words_as_every_word_made_plain() -> None:
    listed = [w.casefold() for w in read_words("foreign_words.txt")]
    assert foreign_words() == frozenset(listed) | frozenset(map(_plain, listed))


@given(st.text(st.characters(max_codepoint=127), max_size=12))
def test_an_ascii_word_casefolded_is_its_own_plain_form(word: str) -> None:
    folded = word.casefold()
    assert _plain(folded) == folded
