"""A high fever told with rigors is read as such from the fevers the reading
leaves (safety137, issue #12: "no numbness, no bladder problems, and I've got a fever of 39 and
the shakes" raised nothing: infection-fever needs back pain told, and the learned check read no
tier after the denials). fever-high (red_flags.json) reads HIGH_FEVER with no back pain.

HIGH_FEVER has no phrases of its own: a FEVER mention holding a fever's figure, with a FEVER
mention holding a rigors word in its sentence (data/high_fever.json), adds one in the figure's
words and with its judgement, after every other reading, so a fever denied, someone else's, over,
asked about or a bath's ("the thermostat says 38 degrees", thing_heat.py) is the high fever's
too. A figure alone or rigors alone stay FEVER's (infection-fever, with back pain): the labelled
sets' calm lines told both alone ("start running at 40", "teeth chattering" after cold water, a
booster's 38 gone today). Pure: tokens and mentions in, mentions out."""

from __future__ import annotations

import functools

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.namedtuple import NamedTuple
from backcare.resources import DataError, read_json

# how many words before a fever's figure phrase its fever word may stand
FEVER_WORD_BEFORE = 2


class _Words(NamedTuple):
    source: str
    adds: str
    fever_words: frozenset[str]
    rigors: frozenset[str]
    together: tuple[frozenset[str], ...]


@functools.cache
def _words() -> _Words:
    raw = read_json("high_fever.json")
    try:
        return _Words(
            str(raw["from"]),
            str(raw["adds"]),
            frozenset(str(w) for w in raw["fever_words"]),
            frozenset(str(w) for w in raw["rigors"]),
            tuple(frozenset(str(w) for w in group) for group in raw["together"]),
        )
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise DataError(f"high_fever.json: {error!r}") from None


@functools.cache
def _ranges() -> tuple[tuple[float, float], ...]:
    """A fever's figures: the number classes high_fever.json names, from safety_vocabulary.json
    (468 KB), read only once a fever is told (a calm question parses none of it: test_startup)."""
    classes = read_json("high_fever.json")["classes"]
    numbers = read_json("safety_vocabulary.json")["numbers"]
    try:
        return tuple((float(numbers[c][0]), float(numbers[c][1])) for c in classes)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise DataError(f"high_fever.json's classes: {error!r}") from None


def high_concepts(labels: set[str] | frozenset[str]) -> frozenset[str]:
    """What high_fevers may add where these concepts may be named (the batch's quick exit,
    screen.py): the high fever, wherever a fever may be."""
    words = _words()
    return frozenset((words.adds,)) if words.source in labels else frozenset()


def high_fevers(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with a HIGH_FEVER beside each fever's figure told with rigors in its
    sentence (module doc)."""
    words = _words()
    fevers = [m for m in mentions if m.concept == words.source]
    if not fevers:
        return mentions
    added = []
    for m in fevers:
        # the fever word may stand just before the figure's own phrase ("a fever | of 39 and
        # the shakes": two phrases of FEVER's)
        if not _figure(tokens[max(0, m.first - FEVER_WORD_BEFORE) : m.last + 1], words):
            continue
        if any(
            r.sentence == m.sentence
            and not r.negated
            and r.other == m.other
            and _rigors(tokens[r.first : r.last + 1], words)
            for r in fevers
        ):
            added.append(m._replace(concept=words.adds))
    return [*mentions, *added] if added else mentions


def _figure(said: list[Token], words: _Words) -> bool:
    """A fever's figure with a fever word ("a fever of 39", "temp 38.6", "102F")."""
    return any(t.surface in words.fever_words for t in said) and any(
        t.number is not None and any(low <= t.number <= high for low, high in _ranges())
        for t in said
    )


def _rigors(said: list[Token], words: _Words) -> bool:
    surfaces = {t.surface for t in said}
    return bool(surfaces & words.rigors) or any(group <= surfaces for group in words.together)
