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

The affirmation counts only when it stands in the clause right after the denied one and names
what that clause named (a word of the denied clause said again, "I can't pee, I pee fine", or a
plural pronoun for its parts, 'referents': "I can feel them fine"), with no time in it
('times': "was fine yesterday", "before that I was fine" tell the time before the signs) and
not "normally" (a habit: "normally I'm never ill"). A "like" is no denial after a verb of liking
or a person ('comparers': "I do not like it when", "I'm not like my usual self") nor before a
comparison ('comparisons': "not like my usual self"): it compares (safety114, review29: "not
that I was drunk I fell down the whole flight of stairs ..., my head's fine", "it's not that I'm
incontinent I've had two accidents this week ..., before that I was fine", "not that I'm worried
my temp is 39.4 and im shivering, was fine yesterday" and "It's not like I had a big accident I
was rear-ended at about 40mph ..., the car's ok" had lost their signs).

A milder state put in the sign's place counts as the affirmation does (safety115, review29: "It's
not that my legs are numb, they're just achy after the hike yesterday" raised both-legs): the
clause right after the denied one names it again or its parts by a referent, opens on a
'minimisers' word within its first three words ("they're just achy", "they're only stiff"), names
a state of 'mild_states' (review30: "they're just not doing what I tell them" or "just unsteady"
named none, and hid both legs), and tells no sign of its own; a mention of 'dating' there only dates or explains the milder state
("after the hike yesterday"). "they're just numb since this morning" and "they just gave way on
the stairs" tell a sign, and the denied clause stays as written.
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
        if start is None or _compared(tokens, k, start, words):
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
        said = [u.surface for u in tokens[start : end + 1]]
        after = _next_clause(tokens, end)
        if (
            _affirmed(after, said, words)
            or _replaced(tokens, mentions, end, after, said, symptoms, words)
        ) and not _said(rest, words["corrections"]):
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


def _compared(tokens: list[Token], at: int, start: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the "not like" at `at` compares rather than denies (module doc): a verb of liking
    or a person just before it ("do not like it", "I'm not like"), or a comparison within the
    two words after its subject ("not like my usual self")."""
    if tokens[at + 1].surface != "like":
        return False
    if at > 0 and tokens[at - 1].surface in words["comparers"]:
        return True
    return any(t.surface in words["comparisons"] for t in tokens[start : start + 3])


def _next_clause(tokens: list[Token], end: int) -> list[str]:
    """The words of the clause right after the denied clause ending at `end` (the rest of its
    own clause when a contrast word ended it)."""
    if end + 1 >= len(tokens):
        return []
    first = tokens[end + 1]
    return [
        u.surface
        for u in tokens[end + 1 :]
        if u.sentence == first.sentence and u.clause == first.clause
    ]


def _affirmed(after: list[str], said: list[str], words: dict[str, frozenset[str]]) -> bool:
    """Whether the clause after the denied one affirms what it denied, naming it again ("I pee
    fine", "I can feel them fine"), at no other time ("was fine yesterday")."""
    if not any(w in words["affirmations"] for w in after):
        return False
    if any(w in words["times"] for w in after):
        return False
    named = {w for w in said if w not in words["subjects"] and w not in words["unnamed"]}
    return any(w in named or w in words["referents"] for w in after)


def _replaced(
    tokens: list[Token],
    mentions: list[Mention],
    end: int,
    after: list[str],
    said: list[str],
    symptoms: Collection[str],
    words: dict[str, frozenset[str]],
) -> bool:
    """Whether the clause after the denied one puts a milder state in its place (safety115,
    review29: "It's not that my legs are numb, they're just achy after the hike"): it names
    what was denied again or its parts by a plural pronoun, opens on a 'minimisers' word within
    its first three words ("they're just achy", "it's only stiff"), and tells no sign of its own
    ("they're just dead and won't move" tells one)."""
    if not any(w in words["minimisers"] for w in after[:3]):
        return False
    # a state named as milder ("achy", "stiff"), never one the sign's vocabulary merely lacks:
    # "they're just not doing what I tell them", "just unsteady", "just going" (review30)
    if not any(w in words["mild_states"] for w in after):
        return False
    named = {w for w in said if w not in words["subjects"] and w not in words["unnamed"]}
    if not any(w in named or w in words["referents"] for w in after):
        return False
    first = end + 1
    clause = tokens[first].clause
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].clause == clause:
        last += 1
    dating = words["dating"]  # "after the hike yesterday" dates the milder state
    return not any(
        m.concept in symptoms
        and m.concept not in dating
        and not m.negated
        and first <= m.first <= last
        for m in mentions
    )


def _said(rest: list[str], phrases: Collection[str]) -> bool:
    """Whether one of the phrases stands, word for word, in the words after the clause."""
    for phrase in phrases:
        parts = phrase.split()
        if any(rest[k : k + len(parts)] == parts for k in range(len(rest) - len(parts) + 1)):
            return True
    return False
