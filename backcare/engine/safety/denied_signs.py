"""The learned check's higher bar for an emergency where every warning sign a message names is
denied ("not numb anywhere, bowels and bladder normal, both legs fine"; a 111 call's questions
answered no): data/red_flags.json 'learned.denied_signs'. Pure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from backcare.engine.safety.rules import Mention


def denied_bar(learned: Mapping[str, Any], people: Iterable[Mention]) -> float:
    """The probability a learned emergency needs when at least one of the spec's 'signs' is named
    and every sign and every 'parts' concept named (a place a sign is told of: "bladder", "both
    legs", "when I wipe") is denied; 0.0 otherwise (the net's own thresholds stand). Anything said
    of a sign or a part that is not a denial (over, a topic, someone else's) counts as told."""
    spec = learned.get("denied_signs")
    if not spec:
        return 0.0
    signs, parts = frozenset(spec["signs"]), frozenset(spec["parts"])
    named = [m for m in people if m.concept in signs or m.concept in parts]
    if not any(m.concept in signs for m in named) or not all(m.negated for m in named):
        return 0.0
    return float(spec["emergency"])
