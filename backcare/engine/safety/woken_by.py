"""A waking whose subject is a harmless cause, not the pain (safety115, issue #12, red flags 38):
"Menopause hot flushes are waking me up drenched most nights - GP knows. Totally separate, my
back is doing the same dull ache it's done for years".

Night pain is a pain that wakes the asker or keeps them awake. The waking phrases ("waking me
up", "keeps me awake") do not say what wakes: their subject does, and it stands before them in
their clause. When that subject is one of data/woken_by.json 'causes' alone (the menopause's
flushes, a hot room, a baby's feeds: the concepts that already explain a sign beside them) with
no sign beside it and no negation, and neither the waking's words nor the rest of its clause
name a pain or the back ('pains'), nor the rest of its sentence before a breaker ("but",
"only", "now"), the waking is the cause's, and it is no night pain: the
mention is dropped, as causes.py drops a sign a cause explains. "Hot flushes and my back pain
wake me up" (a pain in the subject), "on hot nights my back pain wakes me up" (the pain is the
subject) and "it isn't the flushes that wake me, it's my back" (a negation) are left alone."""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def woken_by(
    tokens: list[Token],
    mentions: list[Mention],
    negations: Collection[str],
    symptoms: Collection[str],
    breakers: Collection[str],
) -> list[Mention]:
    """The mentions, each waking whose subject is a harmless cause alone dropped. `symptoms`
    are the concepts that are signs: none may stand in the subject; `breakers` part a pain
    told later in the sentence from the waking ("but", "only")."""
    words = listed_words("woken_by.json")
    wakings = [m for m in mentions if m.concept in words["wakings"] and not m.negated]
    if not wakings:
        return mentions
    dropped = {
        id(m)
        for m in wakings
        if _woken_by_cause(tokens, mentions, m, negations, symptoms, breakers, words)
    }
    return [m for m in mentions if id(m) not in dropped]


def _woken_by_cause(
    tokens: list[Token],
    mentions: list[Mention],
    waking: Mention,
    negations: Collection[str],
    symptoms: Collection[str],
    breakers: Collection[str],
    words: dict[str, frozenset[str]],
) -> bool:
    """Whether the waking's subject is a cause alone, its clause naming no pain."""
    clause = tokens[waking.first].clause
    start = waking.first
    while start and tokens[start - 1].clause == clause:
        start -= 1
    if any(tokens[k].surface in negations for k in range(start, waking.first)):
        return False
    in_clause = [m for m in mentions if m is not waking and tokens[m.first].clause == clause]
    subject = [m for m in in_clause if m.last < waking.first]
    causes = words["causes"]
    if not any(m.concept in causes and not m.negated for m in subject):
        return False
    if any(m.concept in symptoms and m.concept not in causes for m in subject):
        return False
    if any(m.concept in words["pains"] for m in in_clause):
        return False
    # a pain told later in the sentence with no break before it is what keeps the asker up
    # ("the sweats wake me, and when I'm awake the pain in my back is so bad ..."); after a
    # breaker ("but my back only aches when I garden") it is another matter
    sentence = tokens[waking.first].sentence
    for m in mentions:
        if m.concept in words["pains"] and m.sentence == sentence and m.first > waking.last:
            between = range(waking.last + 1, m.first)
            if not any(tokens[k].surface in breakers for k in between):
                return False
    return True
