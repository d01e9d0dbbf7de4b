"""Whether a common English word was typed for another: "siting" for sitting, "sings" for signs,
"relive" for relieve are words of their own, and so are "brake" (of a bike's brake lever),
"bread", "wrist" or "three", which an edit away are "brace", "break", "waist" and "threw". A real
word is a word, so it is read as the pack's word one edit away only when the words around it say
so: the pack's own texts (questions, aliases, tags) hold that word within `NEAR` content words of
a word the question has within `NEAR` of the typed one ("stiff ... siting": "Why does my back get
stiff when I sit?"). A real word before another real word the pack does not know is part of a
phrase of another subject ("brake lever", "bread dough"), never a typo. A number with a unit
("10k", "5km", "20mg") is no typo either. Another form of the same word ("wrote" for "write",
"built" for "build": data/word_forms.txt) needs no context: it changes no meaning. Pure once
loaded: the pack is read through the arguments given."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

# content words (stop words skipped) between the typed word and the word that makes it likely
NEAR = 2
# entries holding the pack's word read at most (a large pack's common word: the rest add nothing)
MAX_ENTRIES = 500

_NUMBER_WITH_UNIT = re.compile(r"\d+(?:[.,]\d+)?[^\W\d_]+")


@lru_cache(maxsize=1)
def word_forms() -> Mapping[str, frozenset[str]]:
    """Each word of data/word_forms.txt with the forms of the same word ("wrote": write, written)."""
    from backcare.resources import read_text

    forms: dict[str, frozenset[str]] = {}
    for line in read_text("word_forms.txt").splitlines():
        group = frozenset(w.casefold() for w in line.split("#", 1)[0].split())
        for word in group:
            forms[word] = forms.get(word, frozenset()) | (group - {word})
    return forms


def same_word(word: str, other: str) -> bool:
    """Whether two words are forms of one ("write", "wrote")."""
    return other in word_forms().get(word, frozenset())


def number_with_unit(word: str) -> bool:
    """Whether a word is a number with a unit or suffix written on: "10k", "5km", "3rd"."""
    return _NUMBER_WITH_UNIT.fullmatch(word) is not None


def neighbours(tokens: Sequence[str], at: int, stopwords: Iterable[str]) -> list[int]:
    """The positions of the content words (not stop words) within `NEAR` content words of
    `tokens[at]`, nearest first on each side."""
    stop = frozenset(stopwords)
    found: list[int] = []
    for step in (-1, 1):
        i, taken = at + step, 0
        while 0 <= i < len(tokens) and taken < NEAR:
            if tokens[i] not in stop:
                found.append(i)
                taken += 1
            i += step
    return found


def before_unknown(tokens: Sequence[str], at: int, unknown_real: Callable[[str], bool]) -> bool:
    """Whether the word right after `tokens[at]` is a real word the pack does not know: the two
    are a phrase of another subject whose head that word is ("brake lever", "bread dough"). A
    word before it is more often a word saying what kind ("early sings and symptoms")."""
    return at + 1 < len(tokens) and unknown_real(tokens[at + 1])


def near_in(texts: Iterable[Sequence[str]], term: str, others: frozenset[str]) -> bool:
    """Whether one of the texts (stems, stop words dropped) holds `term` within `NEAR` words of
    one of `others`."""
    for stems in texts:
        for i, stem in enumerate(stems):
            if stem != term:
                continue
            window = [*stems[max(0, i - NEAR) : i], *stems[i + 1 : i + 1 + NEAR]]
            if not others.isdisjoint(window):
                return True
    return False
