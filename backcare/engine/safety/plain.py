"""Plain pain: an emergency the learned check alone reads needs a sign the guidance names
(safety54, issue #12, newcomer18 F2). The learned check was trained where ordinary pain told in
broken English, sciatica to the foot and fragments were rare, and read "back pain very bad since 2
days", "pain going down my leg to the foot" and "my husband he suddenly cannot" as emergencies
("since", "foot", "cannot" weigh towards the emergency class). A message that tells only plain
pain (how bad, where it goes, since when, whose) describes no emergency the rules missed, so the
learned check's emergency is held back there. Plain is what the message's every word says, not
what no word says: the words of plain pain are a closed list, and a word outside it may name a sign
in words no list holds, so it keeps the notice ("he drop from scaffold", "I swallowed all my
tablets", a word in another language: review18 found a closed list of sign words let those
through). So does a concept outside the plain ones, a word mixing letters and digits ("c4nt p33"),
or a "can't" before anything but an ordinary inability ("I cant we since this morning"). The words
are data: data/plain_pain.json, read the first time a learned emergency is judged."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.namedtuple import NamedTuple


class _Words(NamedTuple):
    concepts: frozenset[str]
    one_side: frozenset[str]  # concepts plain only when told of one side (one_sided)
    one_side_words: frozenset[str]  # their words, plain only then
    sides: frozenset[str]
    words: frozenset[str]  # every word a plain message may hold
    inabilities: tuple[tuple[str, ...], ...]  # longest first
    cant: frozenset[str]


@functools.cache
def _words() -> _Words:
    """data/plain_pain.json, read once."""
    from backcare.resources import read_json

    data = read_json("plain_pain.json")
    inabilities = sorted((tuple(p.split()) for p in data["ordinary_inabilities"]), key=len)
    return _Words(
        frozenset(data["concepts"]),
        frozenset(data["one_side"]["concepts"]),
        frozenset(data["one_side"]["words"]),
        frozenset(data["one_side"]["sides"]),
        frozenset(data["words"]),
        tuple(reversed(inabilities)),
        frozenset(data["cant"]),
    )


def plain_concepts() -> frozenset[str]:
    """The concepts of plain pain (data/plain_pain.json)."""
    return _words().concepts


def plain_words() -> frozenset[str]:
    """Every word a plain message may hold (data/plain_pain.json)."""
    return _words().words


def odd_words(tokens: list[Token]) -> bool:
    """Whether these words may tell a sign in words no list holds: a word mixing letters and
    digits ("c4nt p33"), or a "can't" before anything but an ordinary inability ("I cant we")."""
    return _cant_exempt(tokens) is None or any(
        not t.surface.isdigit() and not t.surface.isalpha() and any(c.isdigit() for c in t.surface)
        for t in tokens
    )


def _cant_exempt(tokens: list[Token]) -> set[int] | None:
    """The positions of the ordinary inabilities after each "can't" (none when one ends its
    clause), or None when a "can't" precedes anything else."""
    words = _words()
    surfaces = [t.surface for t in tokens]
    exempt: set[int] = set()
    for i, word in enumerate(surfaces):
        if word not in words.cant:
            continue
        rest = [k for k in range(i + 1, len(tokens)) if tokens[k].clause == tokens[i].clause]
        if not rest:
            continue  # a fragment: "my husband he suddenly cannot"
        said = tuple(surfaces[k] for k in rest)
        phrase = next((p for p in words.inabilities if said[: len(p)] == p), None)
        if phrase is None:
            return None  # "I cant we": a sign may be told in words no list holds
        exempt.update(rest[: len(phrase)])
    return exempt


def plain_pain(tokens: list[Token], mentions: Iterable[Mention], text: str) -> bool:
    """Whether a message (or a window of one) tells only plain pain: every mention the rules
    read (any state, any person or animal) is of a plain concept, or of a one-sided one told of
    one side (one_sided), every word is a plain word or a number, and every "can't" ends its
    clause or precedes an ordinary inability. `text`: the whole message, as written."""
    words = _words()
    concepts = {m.concept for m in mentions}
    if not concepts <= words.concepts | words.one_side:
        return False
    allowed = words.words
    if concepts & words.one_side:
        if not one_sided(tokens, text):
            return False
        allowed = allowed | words.one_side_words
    exempt = _cant_exempt(tokens)
    if exempt is None:
        return False
    return all(
        k in exempt or t.surface in allowed or t.surface.isdigit() for k, t in enumerate(tokens)
    )


def one_sided(tokens: list[Token], text: str) -> bool:
    """Whether numbness or tingling (data/plain_pain.json's one_side) is told of one leg: at most
    one side named ("leg left and right is numb" is both), and no symbol the reading drops in the
    message (an emoji may name the saddle: "numb" beside a peach). newcomer30 F2: "pins and
    needles in my right foot" is sciatica's, a sign the guidance never names on one side."""
    import unicodedata

    named = {t.surface for t in tokens} & _words().sides
    return len(named) <= 1 and not any(unicodedata.category(c).startswith("S") for c in text)
