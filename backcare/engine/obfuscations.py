"""Spellings that hide a word from a reader's eye, read as the word by the red-flag reading (harden18).

People who write of an emergency in a public or shared place often disguise it (hostile12 F2): a
letter starred or banged out ("k*ll", "k!ll"), letters spelled out ("k i l l", "p-e-e", "d.i.e",
"k_i_l_l"), a capital I or a pipe for an l ("kiII", "ki||"), a "strikethrough text generator"'s
combining overlay after each letter (U+0336, U+0332, U+0338), or marks stacked on a letter.

Each is read back only where the result is a word of the red-flag vocabulary (the words of
data/safety_vocabulary.json's concept phrases), so "A-B-C of back care", "the p.m. appointment",
"J. K. L." or "f*** my back" stay as written: a starred word is read only when one vocabulary
word of its length fits it, spelled-out letters only when they split into vocabulary words (and
"i" or "a"), an I or a pipe only when the word it makes is one. A vocabulary word written as a
prefix ("suicid*") takes any ending: "s-u-i-c-i-d-a-l" and "s*icidal" are read too (hostile13 F5). Combining marks are dropped
outright: the vocabulary is English, and an accent never changes what an English word means.

`read_obfuscations` is for the red-flag reading only: what is echoed, stored or matched is never
altered.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from backcare.lazyregex import lazy
from backcare.resources import read_shared_json

FILE = "safety_vocabulary.json"
_SHORTEST = 3  # a vocabulary word read from a disguise has at least this many letters
# a prefix ("suicid*") is read with an ending only when it is this long: "tingl*" is, "ov*" never
_SHORTEST_PREFIX = 5
_LONGEST_ENDING = 4  # letters after a prefix: "suicid" + "al", "ality" is one too many
_SHORT_WORDS = frozenset({"i", "a"})  # words of one letter a spelled-out run may hold
_LONGEST_RUN = 40  # letters of a spelled-out run tried (the split is quadratic in them)

_LETTER = r"[^\W\d_]"
# a word with a star or a bang between its letters: "k*ll", "k!ll", "p**e"
_STARRED = lazy(rf"(?<!{_LETTER}){_LETTER}+(?:[*!]+{_LETTER}+)+(?!{_LETTER})")
# a lower-case run with a capital I or a pipe in it or at its end: "kiII", "ki||", "heIp"
_PIPED = lazy(r"(?<![^\W\d_|])[a-z]+(?:[I|]+[a-z]*)+(?![^\W\d_|])")
# single letters parted by one space, hyphen, dot or underscore, the same each time, three or more
# (compiled when a text may hold one, `_may_spell`: ~1.4 million instructions, issue 17)
_SPELLED = lazy(rf"(?<![^\W\d_.\-])({_LETTER})([ ._-]){_LETTER}(?:\2{_LETTER})+(?!{_LETTER})")
_MARKS = frozenset(("Mn", "Me"))


@lru_cache(maxsize=1)
def _concept_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of the concept phrases, lower case, apostrophes dropped, `_SHORTEST` letters or
    more (a phrase's "pee|wee" gives both; "...", "<old>" and "$" give none), and the prefixes
    of their "word*" options of `_SHORTEST_PREFIX` letters or more ("suicid*" gives "suicid")."""
    concepts = read_shared_json(FILE)["concepts"]
    words: set[str] = set()
    prefixes: set[str] = set()
    for concept in concepts.values():
        for phrase in concept["phrases"]:
            for part in phrase.split():
                for word in part.lstrip("=").split("|"):
                    word = word.replace("'", "").lower()
                    stem = word[:-1] if word.endswith("*") else ""
                    if len(stem) >= _SHORTEST_PREFIX and stem.isalpha() and stem.isascii():
                        prefixes.add(stem)
                    elif len(word) >= _SHORTEST and word.isalpha() and word.isascii():
                        words.add(word)
    return frozenset(words), tuple(sorted(prefixes))


def vocabulary() -> frozenset[str]:
    return _concept_words()[0]


def _prefixed(word: str) -> bool:
    """Whether `word` is a vocabulary prefix's word: the prefix and at most `_LONGEST_ENDING`
    more letters ("suicidal", "suicides")."""
    return any(
        word.startswith(prefix) and len(word) - len(prefix) <= _LONGEST_ENDING
        for prefix in _concept_words()[1]
    )


def _known(word: str) -> bool:
    return word in vocabulary() or _prefixed(word)


@lru_cache(maxsize=1)
def _by_length() -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for word in sorted(vocabulary()):
        found.setdefault(len(word), []).append(word)
    return {length: tuple(words) for length, words in found.items()}


def strip_marks(text: str) -> str:
    """`text` with every combining mark dropped (NFKD, then NFKC again): overlays, underlines,
    stacked accents. Hangul and other precomposed letters come back whole from NFKC."""
    if text.isascii() or not any(unicodedata.category(c) in _MARKS for c in text):
        return text
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) not in _MARKS
    )
    return unicodedata.normalize("NFKC", bare)


def _unstarred(found: re.Match[str]) -> str:
    written = found.group()
    lower = written.lower()

    def fits(word: str) -> bool:  # `word` matches the written letters, a star or bang any letter
        return all(
            c in "*!" or c == w for c, w in zip(lower, word, strict=False)
        )  # a prefix: its letters only

    readings = {w for w in _by_length().get(len(written), ()) if fits(w)}
    for prefix in _concept_words()[1]:  # a prefix's letters starred, its ending as written
        ending = lower[len(prefix) :]
        if 0 < len(ending) <= _LONGEST_ENDING and ending.isalpha() and fits(prefix):
            readings.add(prefix + ending)
    return readings.pop() if len(readings) == 1 else written


def _unpiped(found: re.Match[str]) -> str:
    written = found.group()
    word = written.replace("I", "l").replace("|", "l")
    return word if _known(word) else written


def _split(letters: str) -> list[str] | None:
    """`letters` split into the fewest vocabulary words (and one-letter words), or None."""
    best: list[list[str] | None] = [None] * (len(letters) + 1)
    best[0] = []
    for end in range(1, len(letters) + 1):
        for start in range(end):
            before = best[start]
            piece = letters[start:end]
            if before is None or (not _known(piece) and piece not in _SHORT_WORDS):
                continue
            if best[end] is None or len(before) + 1 < len(best[end] or ()):
                best[end] = [*before, piece]
    return best[-1]


def _unspelled(found: re.Match[str]) -> str:
    written = found.group()
    letters = written[::2].lower()
    if len(letters) > _LONGEST_RUN:
        return written
    words = _split(letters)
    if words is None or all(len(word) < _SHORTEST for word in words):
        return written
    return " ".join(words)


def read_obfuscations(text: str) -> str:
    """`text` with disguised spellings read as the vocabulary words they stand for (the module's
    note). Cheap when there is nothing to read: each step first looks for its characters."""
    text = strip_marks(text)
    if "*" in text or "!" in text:
        text = _STARRED.sub(_unstarred, text)
    if "I" in text or "|" in text:
        text = _PIPED.sub(_unpiped, text)
    return _SPELLED.sub(_unspelled, text) if _may_spell(text) else text


def _may_spell(text: str) -> bool:
    """Whether `_SPELLED` may match: its second letter stands alone between two of the same
    separators, so one piece of the text split at a separator, neither its first nor its last,
    is one character long."""
    return any(len(piece) == 1 for sep in " ._-" if sep in text for piece in text.split(sep)[1:-1])
