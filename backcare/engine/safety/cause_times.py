"""Time words that tell a cause's length or a sign's end, not its course (safety109, issue #12,
redteam15: "On the 11 hour flight my legs went numb, both of them, till I walked about - best back
support for flights?" raised the learned check's emergency alone).

explained.py traces the signs a named cause explained so the learned check reads the message
without them, but keeps every sign told in a sentence with a time course (a long-standing 'bar':
"since my back flared up", "2 days ago"): the cause may be misread there. A time word inside the
cause's own phrase ('causes' in data/cause_times.json: "the 11 hour flight", "a 4 hour
sportive") is the cause's length, and a lone 'ends' word ("till I walked about") tells when the
sign stopped: neither keeps the sign; nor does a length ending on a unit right before the
cause's first word ("after a 4 hour | sportive": SHORT_TIME), which eased.py then reads as no
time course beside the easing either. A time of the sign's own ("numb since the flight", "still
numb now") still does. Pure: tokens and mentions in.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The cause concepts, the end words and the units of data/cause_times.json."""
    lists = listed_words("cause_times.json")
    try:
        return (lists["causes"], lists["ends"], lists["units"])
    except KeyError as error:
        raise DataError(f"cause_times.json: {error!r}") from None


def sign_times(
    tokens: Sequence[Token], times: Sequence[Mention], mentions: Sequence[Mention]
) -> list[Mention]:
    """The time mentions (`times`) that may tell a sign's course: not inside a cause's phrase
    among `mentions` nor ending on a unit right before one, nor a lone end word (module doc)."""
    causes, ends, units = _words()
    # per word, the last word of the cause phrases holding it; and where cause phrases start:
    # one pass over the causes, so a long text of many times and causes stays linear
    covered: dict[int, int] = {}
    starts: set[int] = set()
    for m in mentions:
        if m.concept in causes and not m.negated:
            starts.add(m.first)
            for p in range(m.first, m.last + 1):
                covered[p] = max(m.last, covered.get(p, m.last))
    return [
        m
        for m in times
        if covered.get(m.first, -1) < m.last
        and not (m.last + 1 in starts and tokens[m.last].surface in units)
        and not (m.first == m.last and tokens[m.first].surface in ends)
    ]
