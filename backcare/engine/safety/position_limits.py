"""An inability limited to one position (safety115, issue #12, red flags 38): "cant sleep on my
front anymore since i did my back on sat, best position? its fine on my side".

"Can't sleep anymore" tells a life the pain has stopped (the not-improving sign: not coping).
The vocabulary's phrase reaches over a few words ("can't sleep ... anymore"), and so it also
reads "can't sleep on my front anymore": one position given up, the others fine, an ordinary
question of which position is best. A mention of one of data/position_limits.json 'concepts'
whose own words hold a preposition ('prepositions': "on") followed, past 'determiners' ("my",
"the", "left"), by a position ('positions': "front", "side", "stomach") limits the inability to
that position, and it is dropped. Never when a word of 'any' stands in its sentence ("can't
sleep on my front or any position", "whatever position"): then no position is left."""

from __future__ import annotations

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def position_limits(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions, each inability limited to one position dropped."""
    words = listed_words("position_limits.json")
    limited = {
        id(m)
        for m in mentions
        if m.concept in words["concepts"] and _one_position(tokens, m, words)
    }
    if not limited:
        return mentions
    return [m for m in mentions if id(m) not in limited]


def _one_position(tokens: list[Token], m: Mention, words: dict[str, frozenset[str]]) -> bool:
    """Whether the mention's words name one position it is limited to, and its sentence no
    word of every position."""
    if any(t.sentence == m.sentence and t.surface in words["any"] for t in tokens):
        return False
    for k in range(m.first, m.last + 1):
        if tokens[k].surface not in words["prepositions"]:
            continue
        j = k + 1
        while j <= m.last and tokens[j].surface in words["determiners"] - words["positions"]:
            j += 1
        if j <= m.last and tokens[j].surface in words["positions"]:
            return True
    return False
