"""A fall's height told at the far end of its sentence (safety113, issue #12, review28: "pupil
fell backwards off the wall bars in the gym this afternoon, flat on her back from about 2 metres
up" raised nothing).

The trauma rule reads a fall beside its height within a few words ("fell 3 metres off a
ladder"). People also tell the fall first and its height last, as where the fall began ("from
about 2 metres up"), more words apart than the rule reads. A height told as a fall's start (a
'starts' word before it past 'skips' only, or an 'ends' word right after it:
data/fall_heights.json) in a sentence holding a fall of the same person is that fall's height,
so it is read at the fall as well. A height told otherwise ("I'm 2 metres tall", "10 metres
from the house") reads as before. Pure: tokens and mentions in, mentions out; one pass over
the mentions.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError

# the words before a height that may part it from its 'starts' word ("from | about | 2 metres")
START_REACH = 3


class _Heights:
    """data/fall_heights.json, read once."""

    def __init__(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise DataError("fall_heights.json: not an object")
        try:
            self.falls = frozenset(str(c) for c in raw["falls"])
            self.height = str(raw["height"])
            self.starts = frozenset(str(w) for w in raw["starts"])
            self.ends = frozenset(str(w) for w in raw["ends"])
            self.skips = frozenset(str(w) for w in raw["skips"])
        except (KeyError, TypeError, AttributeError) as error:
            raise DataError(f"fall_heights.json: {error!r}") from None


@functools.cache
def _heights() -> _Heights:
    from backcare.resources import read_json

    return _Heights(read_json("fall_heights.json"))


def _told_as_start(tokens: Sequence[Token], m: Mention, words: _Heights) -> bool:
    """Whether a height is told as where a fall began ("from about 2 metres", "2 metres up")."""
    after = m.last + 1
    if (
        after < len(tokens)
        and tokens[after].clause == tokens[m.last].clause
        and tokens[after].surface in words.ends
    ):
        return True
    for p in range(m.first - 1, max(m.first - 1 - START_REACH, -1), -1):
        word = tokens[p]
        if word.clause != tokens[m.first].clause:
            return False
        if word.surface in words.starts:
            return True
        if word.surface not in words.skips:
            return False
    return False


def fall_heights(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each height told as a fall's start (module doc) read at that fall too."""
    words = _heights()
    heights = [m for m in mentions if m.concept == words.height and not m.negated]
    if not heights:
        return mentions
    # the first fall of each sentence and person, and where a height is read already
    falls: dict[tuple[int, bool], Mention] = {}
    for m in mentions:
        if m.concept in words.falls and not m.negated:
            falls.setdefault((m.sentence, m.other), m)
    at = {m.first for m in heights}
    added: list[Mention] = []
    for h in heights:
        fall = falls.get((h.sentence, h.other))
        if fall is not None and fall.first not in at and _told_as_start(tokens, h, words):
            at.add(fall.first)
            added.append(h._replace(first=fall.first, last=fall.first))
    return [*mentions, *added] if added else mentions
