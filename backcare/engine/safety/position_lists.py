"""Pain that no position eases, told as a list of positions (safety113, issue #12, red flags 37:
"I've rested for a week like the leaflet said and it makes no difference at all, it's the same
sitting, lying or standing" raised nothing).

"Unchanged by position" and "not eased by rest" are phrases of the night-pain sign. People say
it as a list instead ("the same sitting, lying or standing"), and the commas of a list part it
into clauses, which no phrase crosses. A run of two or more positions (data/position_lists.json
'positions'), each at most LIST_GAP words from the next past 'list_words' only, the last after a
'joiners' word ("or"), told a few words after a 'same' word ("the same", "unchanged") or a
negated 'changes' word ("no different", "no difference") in its sentence, is read as the sign
('concept') over the list. A list with no such word before it ("which is best: sitting, lying or
standing?") or one that tells a difference ("worse sitting, better lying or standing") reads
as before. Pure: tokens and mentions in, mentions out; one pass over the words.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.listed_words import word_set
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError

# the words that may stand between two positions of one list ("sitting, | lying | or | standing")
LIST_GAP = 3
# the words before a list's first position where its 'same' word may stand ("the same | whether
# I'm | sitting")
SAME_REACH = 4


class _Lists:
    """data/position_lists.json, read once."""

    def __init__(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise DataError("position_lists.json: not an object")
        try:
            self.concept = str(raw["concept"])
            self.positions = word_set(raw["positions"])
            self.joiners = word_set(raw["joiners"])
            self.list_words = word_set(raw["list_words"])
            self.same = word_set(raw["same"])
            self.changes = word_set(raw["changes"])
            self.negations = word_set(raw["negations"])
        except (KeyError, TypeError, AttributeError) as error:
            raise DataError(f"position_lists.json: {error!r}") from None


@functools.cache
def _lists() -> _Lists:
    from backcare.resources import read_json

    return _Lists(read_json("position_lists.json"))


def _lists_in(tokens: Sequence[Token], words: _Lists) -> list[tuple[int, int]]:
    """The first and last positions of each list of two or more positions closed by a joiner."""
    found: list[tuple[int, int]] = []
    start = last = -1
    joined = False
    for p, t in enumerate(tokens):
        if t.surface in words.positions:
            if start >= 0 and t.sentence == tokens[last].sentence and p - last <= LIST_GAP:
                joined = any(tokens[q].surface in words.joiners for q in range(last + 1, p))
                last = p
                continue
            if start >= 0 and last > start and joined:
                found.append((start, last))
            start = last = p
            joined = False
        elif t.surface not in words.list_words and start >= 0 and p - last > 0:
            if last > start and joined:
                found.append((start, last))
            start = last = -1
            joined = False
    if start >= 0 and last > start and joined:
        found.append((start, last))
    return found


def _said_same(tokens: Sequence[Token], first: int, words: _Lists) -> bool:
    """Whether a 'same' word, or a negated 'changes' word, stands a few words before a list."""
    for p in range(first - 1, max(first - 1 - SAME_REACH, -1), -1):
        word = tokens[p]
        if word.sentence != tokens[first].sentence:
            return False
        if word.surface in words.same:
            return True
        if word.surface in words.changes:
            return any(tokens[q].surface in words.negations for q in range(max(p - 2, 0), p))
    return False


def position_lists(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each list of positions told the same (module doc) read as the sign."""
    words = _lists()
    if not any(t.surface in words.joiners for t in tokens):
        return mentions
    # per sentence: whether it names anyone's mention, and whether all are someone else's
    told: dict[int, bool] = {}
    for m in mentions:
        told[m.sentence] = told.get(m.sentence, True) and m.other
    added: list[Mention] = []
    for first, last in _lists_in(tokens, words):
        if not _said_same(tokens, first, words):
            continue
        sentence = tokens[first].sentence
        added.append(
            Mention(words.concept, first, last, sentence, False, told.get(sentence, False), False)
        )
    return [*mentions, *added] if added else mentions


def list_concepts(tokens: Sequence[Token]) -> frozenset[str]:
    """The concept position_lists may add (for the batch's quick exit, screen.py): the sign,
    wherever two positions and a joiner are among the words."""
    words = _lists()
    surfaces = {t.surface for t in tokens}
    if len(surfaces & words.positions) >= 2 and surfaces & words.joiners:
        return frozenset((words.concept,))
    return frozenset()
