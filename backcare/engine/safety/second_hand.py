"""Signs of a second-hand person: someone the asker knows only through another person (safety80,
issue #12). "My friend's husband had cauda equina surgery and still struggles to pee", "My
partner's colleague had a back op and now can't control his bladder", "My husband told me about
his mate who can't pee after a back op": the asker is neither that person nor with them, and
tells what they heard. A carer's report ("Mum can't pee since this morning", "my husband can't
feel his legs") names the person directly and is untouched.

A second-hand person is named by two person words in a row, one possessing the other, where one
of them is an acquaintance (data/second_hand.json): an acquaintance's person ("friends husband",
"flatmates boyfriend"; apostrophes are dropped), a person's acquaintance ("partners colleague",
"husbands mate") or a third person's acquaintance ("his mate", "her friend"), unless a reporting
word follows ("her neighbour says she had a fall": the neighbour tells of the person the message
is about, safety88). "My wife's dad" (two
relatives) names family the asker may care for, and is not one.

Someone else's signs (`other`) told after a second-hand person in the same clause are read as
over (`resolved`), as holder.py reads signs being seen to: no emergency of theirs for the asker now,
unless the sentence tells the sign live ('live': "since this morning", "an hour ago",
"ambulance"). The asker's own signs and signs in other sentences keep their reading ("My
husband's mate had a back op. Now my husband can't pee since last night")."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.reading import Token, phrase_starts
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError

_KEYS = (
    "acquaintances",
    "acquaintances_of",
    "persons",
    "persons_of",
    "third_possessives",
    "live",
    "reporters",
)


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    from backcare.resources import read_json

    try:
        found = read_json("second_hand.json")
        words = {key: frozenset(found[key]) for key in _KEYS}
        words["live_phrases"] = frozenset(str(p) for p in found["live_phrases"])
        return words
    except (KeyError, TypeError) as error:
        raise DataError(f"second_hand.json: {error!r}") from None


def second_hand_clauses(tokens: Sequence[Token]) -> dict[int, int]:
    """The clauses that name a second-hand person (module doc) in a sentence that tells nothing
    live, each with where the person is first named."""
    words = _words()
    acquaintances = words["acquaintances"]
    persons = words["persons"] | acquaintances
    found: dict[int, int] = {}
    for k in range(len(tokens) - 1):
        first, second = tokens[k], tokens[k + 1]
        if first.clause != second.clause:
            continue
        if (
            (first.surface in words["acquaintances_of"] and second.surface in persons)
            or (first.surface in words["persons_of"] and second.surface in acquaintances)
            or (
                first.surface in words["third_possessives"]
                and second.surface in acquaintances
                # "her neighbour says she had a fall": a reporter of the person the message is
                # about, who is "her" (reporters_about)
                and not (k + 2 < len(tokens) and tokens[k + 2].surface in words["reporters"])
            )
        ):
            found.setdefault(first.clause, k)
    if found:
        live = {t.sentence for t in tokens if t.surface in words["live"]}
        surfaces = [t.surface for t in tokens]
        for phrase in words["live_phrases"]:  # "I'm with her", "what do I do" (review22)
            live.update(tokens[k].sentence for k in phrase_starts(surfaces, phrase.split()))
        found = {c: k for c, k in found.items() if tokens[k].sentence not in live}
    return found


def second_hand(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with someone else's signs told after a second-hand person in their clause
    read as over: the person the clause is about ("her boss rang me" after "She lost control of
    her bladder" names who told, not who has the sign)."""
    if not any(m.other for m in mentions):
        return mentions
    heard = second_hand_clauses(tokens)
    if not heard:
        return mentions
    return [
        m._replace(resolved=True)
        if m.other and not m.negated and heard.get(tokens[m.first].clause, m.first) < m.first
        else m
        for m in mentions
    ]
