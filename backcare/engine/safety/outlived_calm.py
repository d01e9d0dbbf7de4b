"""A calming phrase followed by a time course is no disclaimer (safety109, issue #12, review27:
"What does it mean if both legs go weak and you cant feel the toilet roll? mine are fine just
curious lol its been since yesterday" raised nothing).

hypothetical.py supposes an opener's signs ("if both legs go weak") when the message says
nothing is happening ("mine are fine", "touch wood", "just asking"), and a live word in that
phrase's own clause ("I'm fine at the moment, touch wood") dates the fineness, not a sign. But
people minimise and then tell the course anyway: a time course after the calming phrase in its
sentence ('courses' in data/outlived_calm.json: "since yesterday", "for 3 days"), with no fine
word between them ('fine_words': "mine are fine and have been fine since yesterday" dates the
fineness) and no back named in the course's clause ("had back pain for 3 weeks" is the back's
own course), told up to now ('markers' in its clause: "been", "since"; "I'm going travelling
for four months next year" is a plan), says how long it has been, so that sentence calms nothing. "mine are fine now" is read
as before ("now" is no course). When unsure, the notice stands. Pure: tokens and mentions in.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError


@functools.cache
def _words() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """The time-course concepts, the fine words, the time units, the concepts that date the
    back's own course and the markers of a course up to now, of data/outlived_calm.json."""
    lists = listed_words("outlived_calm.json")
    try:
        return (
            lists["courses"],
            lists["fine_words"],
            lists["units"],
            lists["timed_by"],
            lists["markers"],
        )
    except KeyError as error:
        raise DataError(f"outlived_calm.json: {error!r}") from None


def outlived_sentences(
    tokens: Sequence[Token], mentions: Sequence[Mention], calming_ends: dict[int, int]
) -> set[int]:
    """The sentences (of `calming_ends`: a sentence with a calming phrase, and the position
    after its last calming phrase's last word) where a time course is told after that phrase,
    with no fine word between (module doc)."""
    if not calming_ends:
        return set()
    courses, fine_words, units, timed_by, markers = _words()
    backs = {tokens[m.first].clause for m in mentions if m.concept in timed_by and not m.negated}
    # where a course is told: a course concept's first word, or a number before a time unit
    told = [m.first for m in mentions if m.concept in courses and not m.negated]
    told += [
        k
        for k in range(len(tokens) - 1)
        if tokens[k].number is not None and tokens[k + 1].surface in units
    ]
    # one pass over the words: a fine word seen since the calming phrase, and the clauses with
    # a marker, so a long text of many courses stays linear (tests/test_safety_scaling)
    courses_at = set(told)
    outlived: set[int] = set()
    fine_seen: set[int] = set()
    marked: set[int] = set()
    for k, token in enumerate(tokens):
        sentence = token.sentence
        end = calming_ends.get(sentence)
        if end is None or k < end or sentence in outlived:
            continue
        if token.surface in markers:
            marked.add(token.clause)
        if (
            k in courses_at
            and token.clause not in backs
            and token.clause in marked
            and sentence not in fine_seen
        ):
            outlived.add(sentence)
        if token.surface in fine_words:
            fine_seen.add(sentence)
    return outlived
