"""A sign that is an alarm only as another sign's, read as the back's pain where the asker denies
that sign (safety139, issue #12): "Upper back pain when I breathe in deeply, no chest pain" raised
the chest emergency, since a pain on breathing in is read as the chest's alarm (chest-heart),
though the asker told it of the back and denied the chest in the same breath.

A 'signs' mention (data/denied_alike.json: a pain on breathing) is the back's pain, read as a
sense (neither the rules nor the learned check read it as a sign), when it is the asker's and
live, a 'told_of' body part (the back) is named, not denied, in its clause, and the message holds
the asker's denial of a 'denied_by' sign (the chest) and no live mention of it at all: "no chest
pain but my chest feels tight when I breathe" tells the chest, and "it hurts to breathe in, no
chest pain, and my back aches" tells the pain of no back. A live 'kept_by' sign anywhere (the
heart's and lungs' other signs, a sudden or severe onset, a fever, a fall) or one of 'kept_words'
(a clot's setting: a swollen calf, a flight, the pill) keeps the message as written: there the
pain on breathing may be the lung's, whatever the chest. Breathlessness told in its own words
("short of breath") is another concept, which this never reads."""

from __future__ import annotations

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def denied_alike(
    tokens: list[Token], mentions: list[Mention]
) -> tuple[list[Mention], frozenset[int]]:
    """The mentions without each 'signs' mention the asker's denial of its 'denied_by' sign
    covers (module doc), and the positions of the words those mentions held."""
    words = listed_words("denied_alike.json")
    signs = words["signs"]
    live = [m for m in mentions if not (m.negated or m.other or m.asked or m.general)]
    if not any(m.concept in signs for m in live):
        return mentions, frozenset()
    by = words["denied_by"]
    if any(m.concept in by and not m.negated for m in mentions):
        return mentions, frozenset()  # the sign told, by anyone: no denial covers the message
    if not any(m.concept in by and m.negated and not m.other for m in mentions):
        return mentions, frozenset()
    if any(m.concept in words["kept_by"] for m in live) or any(
        t.surface in words["kept_words"] for t in tokens
    ):
        return mentions, frozenset()
    told_of = {tokens[m.first].clause for m in live if m.concept in words["told_of"]}
    covered = [m for m in live if m.concept in signs and tokens[m.first].clause in told_of]
    if not covered:
        return mentions, frozenset()
    held = frozenset(p for m in covered for p in range(m.first, m.last + 1))
    return [m for m in mentions if m not in covered], held
