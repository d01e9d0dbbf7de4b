"""Words typed without their vowels ("hw lng t rbld mscl ftr trphy": how long to rebuild muscle
after atrophy), as some people type on a phone. A question most of whose words have no vowel is
read with each such word, unknown to the pack, as the one word of the pack (or, failing that, the
one stop word) whose consonants, in order, are its letters. Pure: the pack is read through the
callables given.

Only a question written that way throughout is read so: an abbreviation or two ("my PT says the
LBP ...", "WFH") stands among words with vowels, and is no word with its vowels dropped."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from backcare.engine.split_words import WORD, spliced

VOWELS = frozenset("aeiou")  # "y" stays: "trphy" is atrophy's consonants, "y" is "you"'s
MIN_BARE = 3  # words without a vowel a question needs to be read as typed without them
BARE_SHARE = 0.5  # and the share of its words they must be at least
MIN_LETTERS = 2  # a single letter ("t", "d") may be any of many words: left as typed


def skeleton(word: str) -> str:
    """A word's consonants, in order ("muscle" -> "mscl")."""
    return "".join(ch for ch in word if ch not in VOWELS)


def bare(word: str) -> bool:
    """Whether a word is letters only, none of them a vowel ("mscl"; not "LBP"'s digits-free
    form either way: the caller decides whether the pack knows it)."""
    return word.isalpha() and word.isascii() and VOWELS.isdisjoint(word)


def skeletons(vocabulary: Iterable[str]) -> dict[str, list[str]]:
    """Each skeleton of the given words -> the words with it, in the order given."""
    found: dict[str, list[str]] = {}
    for word in vocabulary:
        if word.isalpha() and not VOWELS.isdisjoint(word):
            found.setdefault(skeleton(word), []).append(word)
    return found


def revowelled(
    text: str,
    known: Callable[[str], bool],
    pack: Callable[[], Mapping[str, Sequence[str]]],
    stops: Mapping[str, Sequence[str]],
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each word typed without its vowels written as the word it stands for, and
    the (word as typed, word read) pairs. `known(word)`: the pack knows the word as typed;
    `pack()`: the pack's words by skeleton, the likeliest first (built only when a question is
    written so); `stops`: the stop words by skeleton. A skeleton two words of the pack share
    ("lng": long, lung) is read as the likeliest; one only stop words share, as none."""
    found = list(WORD.finditer(text))
    if len(found) < MIN_BARE:
        return text, ()
    typed = [m[0].casefold() for m in found]
    unknown = [bare(w) and not known(w) for w in typed]
    if sum(unknown) < max(MIN_BARE, BARE_SHARE * len(typed)):
        return text, ()
    by_skeleton = pack()
    reads: list[tuple[int, int, str, str]] = []
    for match, word, read in zip(found, typed, unknown, strict=True):
        if not read or len(word) < MIN_LETTERS:
            continue
        meant = by_skeleton.get(word, ())
        if not meant:
            only = stops.get(word, ())
            meant = only if len(only) == 1 else ()
        if meant:
            reads.append((match.start(), match.end(), match[0], meant[0]))
    return spliced(text, reads)
