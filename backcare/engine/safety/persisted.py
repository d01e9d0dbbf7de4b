"""A sign that lasts past what would explain it (safety109, issue #12, review27: "My son (15)
said 'I can't feel my legs' after football and we all laughed and said he was being dramatic,
but he's still saying it 4 hours later and his back hurts" raised nothing).

An everyday sense ("can't feel my legs after football", "legs like jelly after the gym") wins
over the alarm words inside it: exertion explains a limb that is numb or weak for a while. It
does not explain one that is still so hours or days later: the sign has outlasted its cause, and
that is the sign the rules must read. A sense holding such a sign ('signs': numbness, a limb that
will not feel or hold) gives way when the words after its last hold a 'still' word and a time gone by ('times': "hours", "days", "yesterday"; data/
persisted.json): both are needed, since "my legs are still jelly after the gym" tells the
cause's own hour; a 'still' with a milder state just after it ('milder': "still a bit achy 2 days later but
walking fine") tells that state lasting, not the sign. When unsure, the sign stands (a missed emergency costs more than a false
alarm). Pure: tokens in, a verdict out; one pass over the words per question.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.reading import Token
from backcare.resources import DataError

# a milder state this many words after a 'still' is what goes on ("still a bit achy"), not the
# sign; further on it is told of something else ("still saying it 5 hours later and his back is
# sore")
MILDER_REACH = 3


@functools.cache
def lasting_signs() -> frozenset[str]:
    """The signs whose lasting a sense does not explain (data/persisted.json 'signs')."""
    from backcare.resources import read_json

    try:
        return frozenset(str(c) for c in read_json("persisted.json")["signs"])
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"persisted.json: {error!r}") from None


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The 'still' words, the times gone by and the milder states of data/persisted.json."""
    from backcare.resources import read_json

    try:
        found = read_json("persisted.json")
        return (
            frozenset(str(w) for w in found["still"]),
            frozenset(str(w) for w in found["times"]),
            frozenset(str(w) for w in found["milder"]),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"persisted.json: {error!r}") from None


def lasting_from(tokens: Sequence[Token]) -> int:
    """The last position before which a sense's words must end for the words after them to
    tell a sign lasting (a 'still' word and a time gone by, each after the sense): the smaller
    of the last 'still' word's and the last time's positions, or -1 when either is missing. A
    'still' with a milder state just after it ("still a bit achy") tells that state lasting."""
    still, times, milder = _words()
    last_still = last_time = -1
    for p, token in enumerate(tokens):
        if token.surface in still and not any(
            t.clause == token.clause and t.surface in milder
            for t in tokens[p + 1 : p + 1 + MILDER_REACH]
        ):
            last_still = p
        elif token.surface in times:
            last_time = p
    return min(last_still, last_time)


def outlasted(last: int, lasting: int) -> bool:
    """Whether a sense ending at `last` is outlasted: a 'still' word and a time gone by both
    follow it (`lasting`, from lasting_from)."""
    return lasting > last
