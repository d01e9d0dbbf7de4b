"""A score told falling is no rapid worsening (safety125, issue #12, red flags 43: "my back pain
score has gone from 6 to 3 in four days" raised sudden-severe). The vocabulary reads a change
"gone from ... to ... in" as RAPID_WORSE whatever its direction, since its words cannot compare
numbers. A mention of one of data/falling_scores.json's 'concepts' whose words hold a 'from'
word with a number after it and then a 'to' word with a number after it is dropped when the
second number is the lower ("from 8/10 to 4": the first number after each word, so "/10"
is the scale). Rising numbers ("from 3 to 9 in an hour") and words ("from a twinge to agony")
stay as read."""

from __future__ import annotations

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def falling_scores(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions without a worsening told as a number that falls (module doc)."""
    if sum(t.number is not None for t in tokens) < 2:
        return mentions  # the quick exit: no two numbers, no change between them
    words = listed_words("falling_scores.json")
    concepts = words["concepts"]
    if not any(m.concept in concepts for m in mentions):
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.concept in concepts and not m.negated and _falls(tokens[m.first : m.last + 1], words)
        )
    ]


def _falls(said: list[Token], words: dict[str, frozenset[str]]) -> bool:
    """Whether these words tell a change from a number to a lower one."""
    start = next((k for k, t in enumerate(said) if t.surface in words["from"]), None)
    if start is None:
        return False
    turn = next((k for k in range(start + 1, len(said)) if said[k].surface in words["to"]), None)
    if turn is None:
        return False
    before = next((t.number for t in said[start + 1 : turn] if t.number is not None), None)
    after = next((t.number for t in said[turn + 1 :] if t.number is not None), None)
    return before is not None and after is not None and after < before
