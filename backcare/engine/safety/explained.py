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

The learned check covers the rules' misreadings too (safety100), so the trace is narrow: no sign
told in a sentence with a live word or a time course ("since my back flared up, when I sit on a
hard chair it feels like I'm sitting on a cushion", "I nearly wet myself getting up this
morning", "a car accident 2 days ago and my lower back is getting worse": the cause may be
misread, the check's catch is kept), no risk factor (a minor fall on the grass at 83 stays the
learned check's to weigh: risk_only.py), and the emergency is held only where the rest reads no
tier at all ("Numb bum on the ride but it came back within minutes of getting off. Happens every
ride now and each time it lasts longer" keeps its emergency).
"""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def _key(m: Mention) -> tuple[str, int, int]:
    return m.concept, m.first, m.last


def dropped_signs(
    before: list[Mention],
    after: list[Mention],
    signs: Collection[str],
    kept: Collection[int],
) -> frozenset[int]:
    """The positions of the asker's signs (`signs`: the concepts the rules are made of, less the
    risk factors) told in `before`, not denied, that `after` no longer holds: what an explaining
    step dropped; but none told in one of the `kept` sentences (a live word or a time course)."""
    held = {_key(m) for m in after}
    return frozenset(
        p
        for m in before
        if m.concept in signs and not m.negated and _key(m) not in held and m.sentence not in kept
        for p in range(m.first, m.last + 1)
    )


def explained_rest(tokens: list[Token], explained: frozenset[int]) -> str | None:
    """The question's words outside the explained signs' own words, for the learned check to
    read alone; None when no sign was explained."""
    if not explained:
        return None
    return " ".join(t.surface for k, t in enumerate(tokens) if k not in explained)
