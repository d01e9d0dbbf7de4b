"""A supposition the asker then claims as their own (safety116, issue #12, red flags 38: "Purely
theoretical question - could a slipped disc ever make someone lose feeling during sex? Because
that's kind of what's happened to me since Saturday." and "hypothetically, if a guy with a
slipped disc couldnt wee for like 10 hours, is that an A&E thing ...? asking for me lol, its been
since breakfast" raised nothing).

People ask about "someone" or "a guy" to keep a distance, then say it is them. A claim
(data/claimed.json) is, in a sentence after the supposed one or a later clause of it:
- a 'happened' word followed within two words by 'to' or 'with' and a 'me' word ("that's what's
  happened to me", "what's happening with me");
- an 'asking' word, then 'for', then a 'me' word ("asking for me", "I'm asking for myself");
- "it's|that's (actually|really ...) me" ending its clause ('its', 'adverbs').
It lifts the supposition when it is live: the claim is 'happening' (present), or its sentence
tells a 'live' time ("since Saturday", "now", "today") with no negation in the claim's clause.
Then the signs told before it in a supposed sentence (one with an 'openers' word, "if",
"hypothetically", "theoretical", or a 'generic' person, "someone", "a guy"; and no 'relatives'
word, "my mum") are the asker's now: no longer someone else's, asked about or general. A claim
with no time ("asking for me, in case it ever happens") or a relative's supposed sign ("if my
mum couldn't pee ... asking for me") lifts nothing. When unsure the sign stands.
Pure: tokens and mentions in, mentions out; one pass over the words.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError

# how far after a 'happened' word its "to me" may stand ("happened with me", "happening to me")
REACH = 2


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    """data/claimed.json's lists, each one checked for once (a missing one names the file)."""
    lists = listed_words("claimed.json")
    missing = sorted(set(lists.get("keys", ())) - set(lists)) if "keys" in lists else ["keys"]
    if missing:
        raise DataError(f"claimed.json: missing {missing!r}")
    return lists


def _claim_at(tokens: Sequence[Token], i: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether a claim (module doc) starts at word i."""
    word = tokens[i].surface

    def at(k: int, key: str) -> bool:
        return (
            k < len(tokens)
            and tokens[k].clause == tokens[i].clause
            and (tokens[k].surface in words[key])
        )

    if word in words["happened"]:
        return any(at(k, "to") and at(k + 1, "me") for k in range(i + 1, i + 1 + REACH))
    if word in words["asking"]:
        return at(i + 1, "for") and at(i + 2, "me")
    if word in words["its"]:
        k = i + 1
        while at(k, "adverbs"):
            k += 1
        ends = k + 1 >= len(tokens) or tokens[k + 1].clause != tokens[i].clause
        return at(k, "me") and ends
    return False


def _said_by(tokens: Sequence[Token], part: str) -> dict[int, set[str]]:
    """The words of each clause or sentence (`part`), in one pass."""
    said: dict[int, set[str]] = {}
    for t in tokens:
        said.setdefault(getattr(t, part), set()).add(t.surface)
    return said


def claimed(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the signs of a supposition the asker claims (module doc) read as theirs."""
    if not any(m.other or m.asked or m.general for m in mentions):
        return mentions
    words = _words()
    by_clause, by_sentence = _said_by(tokens, "clause"), _said_by(tokens, "sentence")
    # live: present ('happening') or a 'live' time in its sentence, its clause denying nothing
    live = [
        i
        for i in range(len(tokens))
        if _claim_at(tokens, i, words)
        and not by_clause[tokens[i].clause] & words["negations"]
        and (
            tokens[i].surface in words["happening"]
            or bool(by_sentence[tokens[i].sentence] & words["live"])
        )
    ]
    if not live:
        return mentions
    last = max(live)
    # supposed: an opener or a generic person in the sentence, and no relative
    supposed = {
        n
        for n, said in by_sentence.items()
        if said & (words["openers"] | words["generic"]) and not said & words["relatives"]
    }
    return [
        m._replace(other=False, asked=False, general=False)
        if (m.other or m.asked or m.general)
        and m.last < last
        and m.sentence in supposed
        and tokens[m.first].clause != tokens[last].clause
        else m
        for m in mentions
    ]
