"""A sign read from noise is no sign (garbled.py): random bytes or letters hold, now and then, a
short token that a correction or initials make a sign word ("soi" soil, "epe" pee, "agss" ass,
"rta" a road crash), and a line of random bytes raised an emergency (newcomer19 F6: 7 of 1,543
seeded random lines). Such a sign counts only when readable words stand around it: a person
who writes "cnt feel my bum" or "had an rta" writes other words, random bytes seldom do.

A word is readable when it is a common English word as written (not a correction, not one
letter: random letters make "a", "i", "o" and one random pair in 13 a common two-letter word),
or a word of two letters or more in one script other than Latin (a message in Russian or Greek
around an English sign; random bytes decoded as Windows-1252 give Latin letters, and two valid
multi-byte letters of one script in a row are rare). Pure engine code, no I/O.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention

# how far around a sign read from a short token its readable words are looked for (raw tokens)
NOISE_REACH = 5
# a sign read from noise: fewer than one readable word in NOISE_SHARE of the words around it
NOISE_SHARE = 3


def _script(char: str) -> str:
    """The script of a letter, by the first word of its Unicode name ("LATIN", "CYRILLIC")."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _foreign_word(surface: str) -> bool:
    """A word of at least two letters, all of one script other than Latin ("боль", "πόνος")."""
    letters = [c for c in surface if c.isalpha()]
    if len(letters) < 2 or len(letters) != len(surface):
        return False
    scripts = {_script(c) for c in letters}
    return len(scripts) == 1 and "LATIN" not in scripts


def readable(raw: Token, read: Token, is_common: Callable[[str], bool]) -> bool:
    """Whether a token is a word a person wrote (see the module's note)."""
    surface = raw.surface
    if len(surface) < 2:
        return False
    if surface == read.surface and is_common(surface):
        return True
    return _foreign_word(surface)


def _counted(surface: str) -> bool:
    """Whether a token counts among the words around a sign: one character and pure numbers
    count neither way ("i", "a", "74"), random bytes are full of them and so are messages."""
    return len(surface) >= 2 and any(c.isalpha() for c in surface)


def from_noise(
    mention: Mention,
    raw: Sequence[Token],
    tokens: Sequence[Token],
    is_common: Callable[[str], bool],
) -> bool:
    """Whether a mention read from short tokens alone (the caller's judgement) stands in noise:
    within NOISE_REACH tokens on each side, words to count, and fewer than one readable word in
    NOISE_SHARE of them. With no word to count around it ("rta", "rta!!", "a rta") the caller's
    other tests decide."""
    lo = max(0, mention.first - NOISE_REACH)
    hi = min(len(raw), mention.last + NOISE_REACH + 1)
    around = [
        p
        for p in range(lo, hi)
        if not mention.first <= p <= mention.last and _counted(raw[p].surface)
    ]
    if not around:
        return False
    words = sum(1 for p in around if readable(raw[p], tokens[p], is_common))
    return words * NOISE_SHARE < len(around)
