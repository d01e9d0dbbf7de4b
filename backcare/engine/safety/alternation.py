"""Phrases from data/ as one regular-expression alternation, written once for the readings that
build patterns from word lists (organ and ability answers, a denial's exception, "neither")."""

from __future__ import annotations

import re
from collections.abc import Iterable


def either(phrases: Iterable[str]) -> str:
    """The phrases as alternatives, in the order given (put longer ones first where one phrase
    begins another); the space between two words is any spaces within a line, never a line
    break, so a form's next line is never read into a phrase."""
    return "|".join(r"[^\S\n]+".join(map(re.escape, p.split())) for p in phrases)
