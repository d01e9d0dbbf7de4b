"""A question read for red flags: tokens with their sentence and clause, and the phrases found in it.

Words are normalised as the matcher does (Unicode folding, apostrophes dropped, Snowball stems). A
phrase is written in data as words separated by spaces; each word may list alternatives ("pee|wee"),
end in '*' to match any word starting so ("tingl*"), name a number class ("<old>"), or be "..."
(up to GAP other words). Between two phrase words, up to FILLER_SKIP filler words ("really", "my")
may stand ("can't feel my bum properly" reads as "can't feel bum"). Phrases never cross a clause.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from itertools import pairwise
from typing import NamedTuple

from backcare.engine.analyze import fold, stem

GAP = 4  # words a "..." in a phrase may stand for
FILLER_SKIP = 2  # filler words allowed between two words of a phrase

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
    r"|(?P<stop>[.!?;\n]+)"
    r"|(?P<pause>[,:]|\s[-–—]+\s|[–—])"
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


class Token(NamedTuple):
    surface: str  # folded, apostrophes removed ("can't" -> "cant")
    stem: str
    sentence: int
    clause: int  # phrases stay within a clause
    scope: int  # a clause, also ended by a breaker word ("but", "just"): where a negation reaches
    number: float | None  # the value of a number token


def normal(word: str) -> str:
    return fold(word).replace("'", "")


def tokenize(
    text: str, breakers: frozenset[str], joiners: frozenset[str], subjects: frozenset[str]
) -> list[Token]:
    """Tokens in order. A sentence ends at . ! ? ; or a new line; a clause also at a comma, colon
    or dash; a scope also at a breaker word ("but", "just") and at a joiner followed by a subject
    ("and I", "so my"), which is where a negation stops reaching."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    raw: list[tuple[str, str, int, int, float | None]] = []
    sentence = clause = 0
    for found in _TOKEN.finditer(text):
        kind = found.lastgroup
        value = found.group()
        if kind in ("stop", "pause"):
            sentence += kind == "stop"
            clause += 1
        elif kind == "num":
            raw.append((value, value, sentence, clause, float(value.replace(",", "."))))
        else:
            surface = normal(value)
            raw.append((surface, stem(surface), sentence, clause, None))
    tokens: list[Token] = []
    scope = 0
    for i, (surface, stemmed, sentence, clause, number) in enumerate(raw):
        following = raw[i + 1][0] if i + 1 < len(raw) else ""
        if (
            (tokens and clause != tokens[-1].clause)
            or surface in breakers
            or (surface in joiners and following in subjects)
        ):
            scope += 1
        tokens.append(Token(surface, stemmed, sentence, clause, scope, number))
    return tokens


class Alternative(NamedTuple):
    stems: frozenset[str]
    prefixes: tuple[str, ...]
    ranges: tuple[tuple[float, float], ...]  # number classes as (low, high)

    def accepts(self, token: Token) -> bool:
        if token.number is not None:
            return any(low <= token.number <= high for low, high in self.ranges)
        return token.stem in self.stems or token.surface.startswith(self.prefixes)


Element = Alternative | None  # None is a gap ("...")


class Phrase(NamedTuple):
    label: str  # the concept it names; "" for a sense that is no symptom ("fell asleep")
    first: Alternative
    elements: tuple[Element, ...]  # all of them, the first included


class Found(NamedTuple):
    label: str
    positions: tuple[int, ...]  # the tokens the phrase's words matched


def compile_phrase(label: str, text: str, classes: Mapping[str, tuple[float, float]]) -> Phrase:
    elements: list[Element] = []
    for word in text.split():
        if word == "...":
            elements.append(None)
            continue
        stems, prefixes, ranges = set(), [], []
        for option in word.split("|"):
            if option.startswith("<") and option.endswith(">"):
                ranges.append(classes[option[1:-1]])
            elif option.endswith("*"):
                prefixes.append(normal(option[:-1]))
            else:
                stems.add(stem(normal(option)))
        elements.append(Alternative(frozenset(stems), tuple(prefixes), tuple(ranges)))
    first = elements[0] if elements else None
    if (
        first is None
        or elements[-1] is None
        or any(a is None and b is None for a, b in pairwise(elements))
    ):
        raise ValueError(f"phrase {text!r} must start and end with a word, one '...' at a time")
    return Phrase(label, first, tuple(elements))


def match_at(
    phrase: Phrase, tokens: list[Token], start: int, fillers: frozenset[str]
) -> tuple[int, ...] | None:
    """The positions of the phrase's words when it starts at `start`, or None."""
    if not phrase.first.accepts(tokens[start]):
        return None
    return _rest(phrase.elements, 1, tokens, start, fillers, (start,))


def _rest(
    elements: tuple[Element, ...],
    k: int,
    tokens: list[Token],
    last: int,
    fillers: frozenset[str],
    found: tuple[int, ...],
) -> tuple[int, ...] | None:
    if k == len(elements):
        return found
    clause = tokens[last].clause
    element = elements[k]
    gap = element is None
    target = elements[k + 1] if gap else element
    assert target is not None  # phrases never have two gaps in a row nor end in one
    reach = GAP if gap else FILLER_SKIP
    for j in range(last + 1, min(len(tokens), last + 2 + reach)):
        token = tokens[j]
        if token.clause != clause:
            return None
        if target.accepts(token):
            done = _rest(elements, k + (2 if gap else 1), tokens, j, fillers, (*found, j))
            if done is not None:
                return done
        if not gap and token.surface not in fillers:
            return None
    return None
