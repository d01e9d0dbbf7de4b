"""Signs a named cause explains, traced for the learned check (safety104, issue #12).

The rules drop a sign a harmless cause explains (causes.py: "this new chair is so soft i cant
even feel the seat under my bum", a numb foot from sitting cross-legged; expected.py's exertion:
"Leg day ... both legs heavy and shaky"), so no rule fires on it. But the learned check reads the
raw words: it found "cant even feel ... my bum" or "both legs heavy" with no mention left for its
gate to judge, and, sure of an emergency, raised one alone (safety100: the largest mechanism of
the first runs' false alarms). A sign worn off already leaves a trace (expected.worn_off_rest);
this is the same trace for a sign explained: the words of the dropped mentions, so the learned
check reads the message without them (topic_frame._learned_held). A real sign told beside the
explained one stays in what it reads ("after leg day my legs are shaky and I can't pee": the
retention is no exertion's and is read), and a sign the rules keep is never in the trace.
"""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def _key(m: Mention) -> tuple[str, int, int]:
    return m.concept, m.first, m.last


def dropped_signs(
    before: list[Mention], after: list[Mention], signs: Collection[str]
) -> frozenset[int]:
    """The positions of the asker's signs (`signs`: the concepts the rules are made of) told in
    `before`, not denied, that `after` no longer holds: what an explaining step dropped."""
    kept = {_key(m) for m in after}
    return frozenset(
        p
        for m in before
        if m.concept in signs and not m.negated and _key(m) not in kept
        for p in range(m.first, m.last + 1)
    )


def explained_rest(tokens: list[Token], explained: frozenset[int]) -> str | None:
    """The question's words outside the explained signs' own words, for the learned check to
    read alone; None when no sign was explained."""
    if not explained:
        return None
    return " ".join(t.surface for k, t in enumerate(tokens) if k not in explained)
