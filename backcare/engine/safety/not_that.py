"""A denial placed before the clause it denies ("It's not that I can't pee, I pee fine"): the
clause's signs are the asker's denial, not a report (safety112, issue #12, red flags 37: "It's not
that I can't pee, I pee fine, I just keep thinking about it since I read about cauda equina"
raised cauda-equina-bladder, and "not that I can't feel my legs, I can feel them fine, they're
just dead tired after the half marathon yesterday" raised both-legs).

A negation reaches the words after it, so "not that I can't pee" read "can't pee" under two
negations, which the double-negation reading keeps as a sign said. In "it's not that X" the
negation denies the whole clause X, whatever negation X holds: X is what the asker is not
saying. The frame is a 'deniers' word, then a 'links' word ('that', 'like', 'as if'), then at
once a 'subjects' word ("I", "my", "it", "he"): "not that bad", "not that long ago" and "not
like before" name no clause. The rest of the sentence must affirm what the clause denied
('affirmations': "I pee fine", "I can feel them fine") and restate no complaint instead
('corrections': "It's not that I can't pee, it's that it just dribbles out on its own" and "...
it was that nothing came out at all" tell the bladder's trouble in other words, which only the
denied clause's reading raised: review24, safety94; "It's not that I can't pee, I can, it just
takes ages to start" affirms nothing fine and stays). The signs from the subject to the clause's end, stopping at a
'contrasts' word ("just", "but", "any more": "it's not that I can't walk any more" says the
walking is lost), are marked denied and disowned (the learned check does not overrule the
asker's own denial: learned_check._learned_notice). A sign told in another clause stays: "It's
not that I can't pee, it's that I keep wetting myself", "Not that it matters, but I can't feel
my legs". data/not_that.json holds the words.
"""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def not_that(
    tokens: list[Token],
    mentions: list[Mention],
    symptoms: Collection[str],
    regions: Collection[str],
) -> list[Mention]:
    """The mentions, the signs of a clause denied by a "not that" before it marked denied and
    disowned (module doc); `symptoms` the concepts a rule reads as signs, `regions` the body
    parts, which stay for a sign told of them later ("not that I can't feel my legs, they're
    both numb": the legs are told again by "they")."""
    words = listed_words("not_that.json")
    if not any(t.surface in words["deniers"] for t in tokens):
        return mentions
    denied: set[int] = set()
    for k, t in enumerate(tokens):
        if t.surface not in words["deniers"]:
            continue
        start = _clause_start(tokens, k + 1, words["links"], words["subjects"])
        if start is None:
            continue
        clause = tokens[start].clause
        end = start
        while (
            end + 1 < len(tokens)
            and tokens[end + 1].clause == clause
            and tokens[end + 1].surface not in words["contrasts"]
        ):
            end += 1
        rest = [u.surface for u in tokens[end + 1 :] if u.sentence == t.sentence]
        if _affirmed(rest, words["affirmations"]) and not _said(rest, words["corrections"]):
            denied.update(range(start, end + 1))
    if not denied:
        return mentions
    return [
        m._replace(negated=True, disowned=True)
        if m.concept in symptoms
        and m.concept not in regions
        and not m.other
        and m.first in denied
        and m.last in denied
        else m
        for m in mentions
    ]


def _clause_start(
    tokens: list[Token], at: int, links: Collection[str], subjects: Collection[str]
) -> int | None:
    """The position of the subject opening the denied clause when a link ('that', 'as if')
    stands at `at` with the subject right after it, else None."""
    for link in links:
        parts = link.split()
        end = at + len(parts)
        if end >= len(tokens) or [t.surface for t in tokens[at:end]] != parts:
            continue
        if any(t.clause != tokens[at - 1].clause for t in tokens[at : end + 1]):
            continue
        if tokens[end].surface in subjects:
            return end
    return None


def _affirmed(rest: list[str], affirmations: Collection[str]) -> bool:
    """Whether the words after the denied clause affirm what it denied ("I pee fine")."""
    return any(w in affirmations for w in rest)


def _said(rest: list[str], phrases: Collection[str]) -> bool:
    """Whether one of the phrases stands, word for word, in the words after the clause."""
    for phrase in phrases:
        parts = phrase.split()
        if any(rest[k : k + len(parts)] == parts for k in range(len(rest) - len(parts) + 1)):
            return True
    return False
