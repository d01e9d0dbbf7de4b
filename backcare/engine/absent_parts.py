"""What a question says is absent ("even when there's no nerve pain going down the leg", "when
there is no pain in the leg"): the words after an absence word ("no", "without"; intents.json
negations.absent) up to the end of its clause, as far as the negations' reach. A body part named
only there is not what is asked: the paraspinal entry answers "what causes the back muscles to
waste when there is no pain in the leg", though it never names a leg. Pure: no I/O."""

from __future__ import annotations

import re
from collections.abc import Container

from backcare.engine.analyze import stem, words
from backcare.engine.cues import Cues

_CLAUSE = re.compile(r"[.,;:!?()\n]+|\s-+\s")


def absent_words(text: str, cues: Cues, stopwords: Container[str]) -> frozenset[str]:
    """The words (as `words` gives them) a text names only as absent, each clause read alone;
    a word the text says elsewhere too is not among them ("no leg pain, but my leg is weak"),
    unless a stop word, which says nothing of its own ("the" of "down the leg")."""
    if not cues.absent or not cues.negation_reach:
        return frozenset()
    inside: set[str] = set()
    outside: set[str] = set()
    for clause in _CLAUSE.split(text):
        tokens = words(clause)
        until = -1  # the last place an absence word reaches in this clause
        for i, token in enumerate(tokens):
            stemmed = stem(token)
            if stemmed in cues.clause_breaks:
                until = -1
            if i <= until:
                inside.add(token)
            elif token not in stopwords:
                outside.add(token)
            if stemmed in cues.absent:
                until = i + cues.negation_reach
    return frozenset(inside - outside)
