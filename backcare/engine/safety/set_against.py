"""A sign told against the cause before it (safety99, issue #12, review25): "Just a stiff back from
the allotment, but my legs went weak this morning", "I get a shy bladder at work but today nothing
comes out even at home". A harmless cause named first, then a contrast word and a time of the
sign's own after it in the sign's sentence: the contrast says the sign is not what the cause
brings, the time that it is new. The cause explains the sign no more (causes.py, expected.py), as
a cause named after the contrast still does ("but at the urinal nothing comes out"). The words
are data: 'set_against' in data/safety_vocabulary.json (the contrasts, and the concepts that tell
a time of the sign's own)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def set_against(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    cause_end: int,
    sign: Mention,
    contrasts: Collection[str],
    times: Collection[str],
) -> bool:
    """Whether `sign` is told against a cause ending at `cause_end`: a contrast word after the
    cause and before the sign, in the sign's sentence, and a live time concept after that word
    in the same sentence (see the module)."""
    if cause_end >= sign.first:
        return False
    turn = next(
        (
            k
            for k in range(cause_end + 1, sign.first)
            if tokens[k].surface in contrasts and tokens[k].sentence == sign.sentence
        ),
        None,
    )
    return turn is not None and any(
        m.concept in times
        and m.first > turn
        and m.sentence == sign.sentence
        and not (m.negated or m.other or m.past)
        for m in mentions
    )
