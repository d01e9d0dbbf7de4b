"""A sign the asker corrects in the next breath (safety86, issue #12; red flags 31): "Both legs ache
- well, no, just the right one really", "My back wakes me up - well, the neighbour's dog does".
The first words are taken back by the clause after them: what stands is one leg (sciatica's, not
the both-legs emergency) or a dog that wakes the asker (no night pain). retracted.py reads the
opposite turn (a denial taken back: "Scratch that, I do").

A correction opens a clause after the sign's, in its sentence, with a 'openers' word ("well",
"actually", "I mean", "sorry", "or rather"; "no" may follow), and then either
- **narrows** a sign of both sides to one ('narrowed' concepts: BOTH_LEGS): "just|only the right
  one", "only my left leg", "just the one side" ('narrowers' then 'sides' then 'ones'), unless
  the rest of the sentence names the other side or both again ("... but the left is numb too",
  'both'); or
- **gives another subject** to a sign a cause may bring ('caused' concepts: NIGHT_PAIN): "the dog
  does", "the baby did" ("the|a|our|my" then a word, then "does", "did", "is"), where the subject
  is no sign and no body part of the asker's ('kept_subjects': "the pain does", "my back does"
  keep it).
The corrected sign is then denied. Not when the correction itself tells a sign ("well, no,
both legs are numb now") or is denied ("well, not just the right one"), nor for a sign told
again after the correction: that mention stands.

The opposite turn too: a message that opens by correcting the asker's earlier answer ('replies':
"scratch that", "correction:", "actually no") speaks of what that answer was about, their back, and
may drop the subject: "scratch that - not fine at night, wakes me every night". A 'subjectless'
sign opening its clause there (its clause starts at it, or at a negation before it) is told of
the back, as "it wakes me every night" is: back pain is read at it (PAIN), so rules that need the
asker's pain read it. The words are data/corrections.json."""

from __future__ import annotations

import functools
from collections.abc import Collection

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.namedtuple import NamedTuple


class CorrectionWords(NamedTuple):
    openers: frozenset[str]
    fillers: frozenset[str]  # words that may follow an opener ("no", "sorry")
    narrowed: frozenset[str]
    narrowers: frozenset[str]
    sides: frozenset[str]
    ones: frozenset[str]
    both: frozenset[str]  # words naming both sides again ("too", "both", "also")
    caused: frozenset[str]
    determiners: frozenset[str]
    pro_verbs: frozenset[str]
    kept_subjects: frozenset[str]
    reach: int  # words after the opener where the correction is read
    replies: tuple[tuple[str, ...], ...]  # a message's opening correction ("scratch that")
    subjectless: frozenset[str]  # signs that take the back as their dropped subject
    pain: str  # the concept of back pain told


@functools.cache
def _words() -> CorrectionWords:
    from backcare.resources import read_json

    data = read_json("corrections.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(data[key])

    return CorrectionWords(
        words("openers"),
        words("fillers"),
        words("narrowed"),
        words("narrowers"),
        words("sides"),
        words("ones"),
        words("both"),
        words("caused"),
        words("determiners"),
        words("pro_verbs"),
        words("kept_subjects"),
        int(data["reach"]),
        tuple(tuple(p.split()) for p in data["replies"]),
        words("subjectless"),
        data["pain"],
    )


def corrected(
    tokens: list[Token], mentions: list[Mention], signs: Collection[str], negations: Collection[str]
) -> list[Mention]:
    """The mentions with each sign a correction takes back denied (see the module). `signs`
    are the concepts that are signs (a correction telling one corrects nothing away)."""
    taken = _taken_back(tokens, mentions, signs, negations)
    if not taken:
        return mentions
    return [m._replace(negated=True) if m in taken else m for m in mentions]


def corrected_rest(
    tokens: list[Token], mentions: list[Mention], signs: Collection[str], negations: Collection[str]
) -> str | None:
    """The message's words without the signs a correction took back, for the learned check to
    read alone (topic_frame._learned_held): "both legs" read in "Both legs ache - well, no, just
    the right one" is no emergency once corrected. None when no correction took a sign back."""
    taken = _taken_back(tokens, mentions, signs, negations)
    if not taken:
        return None
    gone = {p for m in taken for p in range(m.first, m.last + 1)}
    return " ".join(t.surface for k, t in enumerate(tokens) if k not in gone)


def _taken_back(
    tokens: list[Token], mentions: list[Mention], signs: Collection[str], negations: Collection[str]
) -> set[Mention]:
    """The mentions a correction takes back, denied already or not (see the module)."""
    words = _words()
    if not any(t.surface in words.openers for t in tokens):
        return set()
    taken: set[Mention] = set()
    for k, t in enumerate(tokens):
        if t.surface not in words.openers or k == 0 or tokens[k - 1].clause == t.clause:
            continue  # an opener opens a clause after another
        end = k + 1
        while end < len(tokens) and tokens[end].surface in words.fillers | words.openers:
            end += 1
        said = [
            p
            for p in range(end, min(len(tokens), end + words.reach))
            if tokens[p].sentence == t.sentence
        ]
        if not said or any(tokens[p].surface in negations for p in said):
            continue
        if any(m.concept in signs and said[0] <= m.first <= said[-1] for m in mentions):
            continue  # the correction tells a sign of its own
        before = [m for m in mentions if m.sentence == t.sentence and m.last < k]
        surfaces = [tokens[p].surface for p in said]
        rest = {u.surface for u in tokens[said[0] :] if u.sentence == t.sentence}
        if _narrows(surfaces, words) and len(rest & words.sides) < 2 and not rest & words.both:
            taken.update(m for m in before if m.concept in words.narrowed)
        if _another_subject(surfaces, words):
            taken.update(m for m in before if m.concept in words.caused)
    return taken


def _narrows(surfaces: list[str], words: CorrectionWords) -> bool:
    """Whether the correction opens by narrowing to one side ("just the right one")."""
    if not surfaces or surfaces[0] not in words.narrowers:
        return False
    rest = [w for w in surfaces[1:4] if w not in words.determiners]
    return bool(rest) and (rest[0] in words.sides or rest[0] in words.ones)


def _another_subject(surfaces: list[str], words: CorrectionWords) -> bool:
    """Whether the correction opens with another subject and a pro-verb ("the dog does")."""
    if len(surfaces) < 3 or surfaces[0] not in words.determiners:
        return False
    for p in range(1, min(len(surfaces), 4)):
        if surfaces[p] in words.pro_verbs:
            return not any(w in words.kept_subjects for w in surfaces[1:p])
    return False


def reply_subjects(
    tokens: list[Token], mentions: list[Mention], negations: Collection[str]
) -> list[Mention]:
    """The mentions with back pain read at each subjectless sign of a message that opens by
    correcting an earlier answer (see the module)."""
    words = _words()
    opening = [t.surface for t in tokens[:4]]
    if not any(tuple(opening[: len(p)]) == p for p in words.replies):
        return mentions
    starts: dict[int, int] = {}
    for k, t in enumerate(tokens):
        starts.setdefault(t.clause, k)
    told: list[Mention] = []
    for m in mentions:
        if m.concept not in words.subjectless or m.negated or m.other:
            continue
        start = starts[tokens[m.first].clause]
        if all(tokens[p].surface in negations for p in range(start, m.first)):
            told.append(Mention(words.pain, m.first, m.last, m.sentence, False, False, False))
    return mentions + told if told else mentions
