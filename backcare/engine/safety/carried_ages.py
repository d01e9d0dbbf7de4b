"""An older person's age carried to the fall told of them next (safety82, issue #12; safety77's
set): "My father is 90 year old. He fall down the stair this morning, he say he ok but I am
worry." The trauma rule reads a fall down the stairs of an older person ('TRAUMA_EVENT +
AGE_OLD') in one sentence; told as two, the age stood alone. The age is carried, as a mention at
the event's first word, to each later sentence (up to 'reach' on) telling the event of the same
person (both the asker's or both someone else's) and naming no new person: a pronoun ("he",
"she") goes on with whoever was named before, "My dad is 90. My son fell down the stairs" names
another. data/carried_ages.json."""

from __future__ import annotations

import functools

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


@functools.cache
def _table() -> tuple[frozenset[str], frozenset[str], int]:
    from backcare.resources import read_json

    data = read_json("carried_ages.json")
    return frozenset(data["ages"]), frozenset(data["to"]), int(data["reach"])


def ages_carried(
    tokens: list[Token], mentions: list[Mention], persons: frozenset[str], pronouns: frozenset[str]
) -> list[Mention]:
    """The mentions, with each age carried to the events told of the same person in the next
    sentences (see the module); `persons` are the stems that name someone, `pronouns` the words
    that go on with whoever was named before."""
    ages, events, reach = _table()
    told = [m for m in mentions if m.concept in ages and not m.negated]
    if not told:
        return mentions
    carried: list[Mention] = []
    for event in (m for m in mentions if m.concept in events and not m.negated):
        here = event.sentence
        if any(m.sentence == here for m in told) or any(
            t.sentence == here and t.stem in persons and t.surface not in pronouns for t in tokens
        ):
            continue
        age = next(
            (
                m
                for m in told
                if here - reach <= m.sentence < here and m.other == event.other and not m.past
            ),
            None,
        )
        if age is not None:
            carried.append(age._replace(first=event.first, last=event.first, sentence=here))
    return mentions + carried if carried else mentions
