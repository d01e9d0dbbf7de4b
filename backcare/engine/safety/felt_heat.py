"""A person felt hot to the touch (safety113, issue #12, red flags 37: a care home's "Nan (91)
... she's off her food, hot to touch and groaning when they move her. They think it's her back"
raised nothing).

"Feeling hot" is a fever's sign (SAFETY_FACTS' urgent tier), and a carer tells it as what they
feel with a hand: "she's hot to touch". A thing is hot to the touch too ("the heat pad is hot to
the touch"; a phrase for it raised that in session 28 and was dropped). So the words are read by
who is hot: a HOT mention followed by 'to' and 'touch' (data/felt_heat.json) is a fever felt
(FEEL_HOT, the same person's) when, walking back over its sentence, a person ('persons': "she",
"he", "skin") comes before any thing ('things': "pad", "bottle", "bath"); in its own clause only
'skips' words may stand before it ("she is really hot to touch"), and a clause that opens on it
("off her food, hot to touch") goes back to the clauses before. When unsure the sign stands.

safety116 (review29: "mum's not like herself she's hot and confused", "Grandad is 85 and hot to
touch"): a carer also says plainly "she's hot" or "Grandad is hot". HOT with no "to the touch" is
a fever felt when someone else ('subjects': "she's", "he", "mum", "grandad") is its own clause's
subject, past 'skips' only; the self ("I'm hot") and a thing ("it's hot", "the bath is hot") are
not. 'subjects' count as persons for the touch too, and a number (an age) is skipped.
Pure: tokens and mentions in, mentions out; one pass over a sentence per HOT mention.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.listed_words import word_set
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError

# the words before a HOT mention over which its person is sought: a clause or two of a list ("the
# carers rang to say she's off her food, hot to touch"), and a bound on long text
PERSON_REACH = 20


class _Heat:
    """data/felt_heat.json, read once."""

    def __init__(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise DataError("felt_heat.json: not an object")
        try:
            self.hot = str(raw["hot"])
            self.fever = str(raw["fever"])
            self.touch = word_set(raw["touch"])
            self.to = word_set(raw["to"])
            self.articles = word_set(raw["articles"])
            self.persons = word_set(raw["persons"])
            self.skips = word_set(raw["skips"])
            self.things = word_set(raw["things"])
            self.subjects = word_set(raw["subjects"])
        except (KeyError, TypeError, AttributeError) as error:
            raise DataError(f"felt_heat.json: {error!r}") from None


@functools.cache
def _heat() -> _Heat:
    from backcare.resources import read_json

    return _Heat(read_json("felt_heat.json"))


def _to_touch(tokens: Sequence[Token], m: Mention, words: _Heat) -> bool:
    """Whether 'to' (the) 'touch' ends or follows a HOT mention ("hot to the touch")."""
    if tokens[m.last].surface in words.touch:
        return True  # the phrase "hot touch" holds it, with "to" a filler
    p = m.last + 1
    if p < len(tokens) and tokens[p].surface in words.to:
        p += 1
        if p < len(tokens) and tokens[p].surface in words.articles:
            p += 1
        return p < len(tokens) and tokens[p].surface in words.touch
    return False


def _a_person_is_hot(tokens: Sequence[Token], first: int, words: _Heat, *, bare: bool) -> bool:
    """Whether the one hot to the touch is a person (module doc); for a `bare` HOT (no "to the
    touch") only someone else named as its clause's subject counts ("she's hot and confused")."""
    here = tokens[first]
    opens = not bare and (first == 0 or tokens[first - 1].clause != here.clause)
    persons = words.subjects if bare else words.persons | words.subjects
    for p in range(first - 1, max(first - 1 - PERSON_REACH, -1), -1):
        word = tokens[p]
        if word.sentence != here.sentence:
            return False
        if word.surface in persons:
            return True
        if word.surface in words.things:
            return False
        # an age between the person and the heat ("Grandad is 85 and hot to touch")
        skipped = word.surface in words.skips or word.number is not None
        if word.clause == here.clause and not skipped:
            return False
        if word.clause != here.clause and not opens:
            return False
    return False


def felt_heat(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each person felt hot to the touch (module doc) read as a fever felt."""
    words = _heat()
    added = [
        m._replace(concept=words.fever)
        for m in mentions
        if m.concept == words.hot
        and not m.negated
        and (
            _a_person_is_hot(tokens, m.first, words, bare=False)
            if _to_touch(tokens, m, words)
            else _a_person_is_hot(tokens, m.first, words, bare=True)
        )
    ]
    return [*mentions, *added] if added else mentions


def heat_concepts(labels: set[str] | frozenset[str]) -> frozenset[str]:
    """The concept felt_heat may add where these concepts may be named (for the batch's quick
    exit, screen.py): the fever, wherever HOT may be."""
    words = _heat()
    return frozenset((words.fever,)) if words.hot in labels else frozenset()
