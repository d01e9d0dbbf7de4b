"""Body parts told normal by the words before them (safety130, issue #12): "full feeling around my
bum and groin", "I still have normal control of my bladder and bowels", "I can feel everything
when I wipe". The rules read the parts and nothing else, so no rule fired, and the learned check,
seeing the cauda equina's words live, raised an emergency on the asker's reassurance.

A 'qualities' word followed by a 'functions' word ("full feeling", "normal control"), or an
'abilities' pair ("feel everything"), denies the body parts ('regions') named after it in its
scope, the way "bladder fine" denies the bladder. Only body parts, never a sign: "full feeling in
my legs but I can't pee" keeps its sign, and the rules combining a part with a sign read the sign's
own part. Nothing is denied in a scope holding a negation or a 'blockers' word (a loss, a change, a
time before: "I've lost normal control of my bladder", "no longer full feeling down there", "full
control of my bladder until this morning"). Pure: tokens and mentions in, mentions out; the words
are safety_vocabulary.json's 'normal_before'.
"""

from __future__ import annotations

from collections.abc import Sequence

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def cue_ends(
    tokens: Sequence[Token],
    qualities: frozenset[str],
    functions: frozenset[str],
    abilities: frozenset[str],
) -> list[int]:
    """Where each fronted normal cue ends: the position of its second word."""
    return [
        i
        for i in range(1, len(tokens))
        if tokens[i].scope == tokens[i - 1].scope
        and (
            (tokens[i - 1].surface in qualities and tokens[i].surface in functions)
            or f"{tokens[i - 1].surface} {tokens[i].surface}" in abilities
        )
    ]


def open_ends(
    tokens: Sequence[Token], ends: Sequence[int], blockers: frozenset[str], asking: frozenset[str]
) -> list[int]:
    """The cue ends whose scope holds no negation and no 'blockers' word (a loss, a change, a
    time before), and whose telling is not asked or answered otherwise (answered_after): when
    unsure, flag."""
    blocked = {t.scope for t in tokens if t.surface in blockers}
    return [
        e
        for e in ends
        if tokens[e].scope not in blocked and not answered_after(tokens, {e}, asking, blockers)
    ]


def normal_before(
    tokens: Sequence[Token],
    mentions: list[Mention],
    ends: Sequence[int],
    regions: frozenset[str],
) -> list[Mention]:
    """The mentions with the body parts named after a fronted normal cue in its scope denied;
    `ends` are the open cue ends (open_ends)."""
    first_end: dict[int, int] = {}
    for e in ends:
        first_end.setdefault(tokens[e].scope, e)
    if not first_end:
        return mentions
    return [
        m._replace(negated=True)
        if m.concept in regions
        and not m.negated
        and m.first > first_end.get(tokens[m.first].scope, len(tokens))
        else m
        for m in mentions
    ]


def told_normal(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    regions: frozenset[str],
    after: frozenset[str],
    reach: int,
    ends: Sequence[int],
) -> set[int]:
    """The words telling a body part normal: from a denied part to a normal word ('after':
    "intact", "like clockwork") at most `reach` words on in its scope, or from a fronted cue
    ending at one of `ends` to a denied part after it in its scope ("full feeling around my bum
    and groin"). The learned check reads the message without them (learned_check._normal_held):
    a sign told beside them is still read."""
    told: set[int] = set()
    for m in mentions:
        if m.concept not in regions or not m.negated:
            continue
        scope = tokens[m.first].scope
        for i in range(m.last + 1, min(len(tokens), m.last + reach + 1)):
            if tokens[i].scope != scope:
                break
            if tokens[i].surface in after:
                told.update(range(m.first, i + 1))
                break
        starts = [e - 1 for e in ends if e < m.first and tokens[e].scope == scope]
        if starts:
            told.update(range(starts[0], m.last + 1))
    return told


def answered_after(
    tokens: Sequence[Token], told: set[int], asking: frozenset[str], answers: frozenset[str]
) -> bool:
    """Whether what was told normal may be asked or answered otherwise: a sentence holding it
    opens with a question word ("Can you pass urine normally? Not since Monday."), or a later
    sentence opens with a negation or a word of a loss or change ("Intact? Not any more.")."""
    sentences = {tokens[k].sentence for k in told}
    firsts: dict[int, str] = {}
    for t in tokens:
        firsts.setdefault(t.sentence, t.surface)
    last = max(sentences)
    return any(firsts[s] in asking for s in sentences) or any(
        s > last and w in answers for s, w in firsts.items()
    )
