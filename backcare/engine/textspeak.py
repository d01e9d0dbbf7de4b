"""Question words as typed on a phone ("wat do i do", "hw do i loosen it"): read as the words
they spell when a question's type is read (intents.json "textspeak"), as a typo's correction is,
so the cue tables need no text-speak copy of each cue. The words ranked are not changed. Pure
once loaded."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from backcare.engine.split_words import WORD
from backcare.resources import expect_dict, folded_word_map, read_shared_json

# what ends a sentence before a word that opens the next (a line break counts too)
_SENTENCE_ENDS = frozenset(".?!;:\n")


@lru_cache(maxsize=1)
def spelt_as() -> Mapping[str, str]:
    """Each text-speak spelling (lower case) with the word it spells."""
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    textspeak = expect_dict(data.get("textspeak", {}), "intents.json: textspeak")
    table = expect_dict(textspeak.get("spelt_as", {}), "intents.json: textspeak: spelt_as")
    return folded_word_map(table, str.isalnum, str.isalpha)


def respellings(text: str) -> tuple[tuple[str, str], ...]:
    """The (as typed, meant) pairs of a text's text-speak words, each once."""
    table = spelt_as()
    found: dict[str, str] = {}
    # a one-letter spelling found anywhere but at a sentence's start is read nowhere: the pairs
    # are swapped wherever the word stands (resolve._corrected), so "y? hw cn y relieve" would
    # read its second "y" (you) as "why" too
    elsewhere: set[str] = set()
    for match in WORD.finditer(text):
        typed = match[0].casefold()
        meant = table.get(typed)
        if meant is None:
            continue
        if len(typed) > 1 or _opens_sentence(text, match.start()):
            found.setdefault(typed, meant)
        else:
            elsewhere.add(typed)
    return tuple((typed, meant) for typed, meant in found.items() if typed not in elsewhere)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a word starts the text or a sentence of it: a one-letter spelling ("y" for why)
    asks only there ("y do my muscles ache"); elsewhere the letter is often another word ("hw d
    y rlx": do you)."""
    before = text[:at].rstrip()
    return not before or before[-1] in _SENTENCE_ENDS
