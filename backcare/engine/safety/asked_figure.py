"""A question about how long one may go without a function, answered at once by the asker's own
figure (safety113, issue #12: "how many hours is too long without weeing? it's been 14 hours"
and "General question - how long can someone go without weeing before its dangerous? Husband's
bad back, hasn't been since 6am and it's 9pm" raised nothing).

The vocabulary reads a retention told as a stretch in one phrase ("14 hours without a wee"), and
phrases never cross a sentence. People ask the general question first and tell their own figure
in the next sentence: the question names the function denied ("without weeing"), the figure
says how long it has been ("it's been 14 hours", "hasn't been since 6am"). Read together they
are one stretch, someone's now. A sentence with an 'asks' pair ("how long", "too long") and a
denied mention of a 'stretches' concept (data/asked_figures.json), followed by a sentence whose
'marks' word ("been") is followed, past 'fillers' only, by a 'since' word or by a number and a
unit of time long enough ('least_hours' hours, or days), gains the stretch's concept
(RETENTION) at the figure, someone else's when that sentence's mentions are. Anything else
after the mark ("been fine since") or a short figure ("it's been 3 hours") reads as before.
Pure: tokens and mentions in, mentions out; one pass over the words.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError

# the words after a mark that may tell the figure ("been | for about 14 hours")
FIGURE_REACH = 5


class _Figures:
    """data/asked_figures.json, read once."""

    def __init__(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise DataError("asked_figures.json: not an object")
        try:
            self.asks = frozenset(tuple(str(a).split()) for a in raw["asks"])
            self.stretches = {str(k): str(v) for k, v in raw["stretches"].items()}
            self.marks = frozenset(str(w) for w in raw["marks"])
            self.fillers = frozenset(str(w) for w in raw["fillers"])
            self.since = frozenset(str(w) for w in raw["since"])
            self.hour_units = frozenset(str(w) for w in raw["hour_units"])
            self.day_units = frozenset(str(w) for w in raw["day_units"])
            self.least_hours = float(raw["least_hours"])
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise DataError(f"asked_figures.json: {error!r}") from None


@functools.cache
def _figures() -> _Figures:
    from backcare.resources import read_json

    return _Figures(read_json("asked_figures.json"))


def _figure_at(tokens: Sequence[Token], sentence: range, words: _Figures) -> int:
    """The position of the first mark in a sentence's words followed by a figure of time gone
    by long enough (module doc), or -1."""
    for p in sentence:
        if tokens[p].surface not in words.marks:
            continue
        for q in range(p + 1, min(p + 1 + FIGURE_REACH, sentence.stop)):
            word = tokens[q]
            if word.clause != tokens[p].clause:
                break
            if word.surface in words.since:
                return p
            if word.number is not None and q + 1 < sentence.stop:
                unit = tokens[q + 1].surface
                if (unit in words.hour_units and word.number >= words.least_hours) or (
                    unit in words.day_units and word.number >= 1
                ):
                    return p
                break
            if word.surface not in words.fillers:
                break
    return -1


def asked_figures(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the stretch a figure answers (module doc) added in the figure's
    sentence."""
    words = _figures()
    asked = {
        m.sentence: words.stretches[m.concept]
        for m in mentions
        if m.negated and m.concept in words.stretches
    }
    if not asked:
        return mentions
    spans: dict[int, list[int]] = {}
    for p, t in enumerate(tokens):
        spans.setdefault(t.sentence, []).append(p)
    # per sentence: the concepts named there, and whether someone else's mention is
    named: dict[int, set[str]] = {}
    others: set[int] = set()
    for m in mentions:
        named.setdefault(m.sentence, set()).add(m.concept)
        if m.other:
            others.add(m.sentence)
    added: list[Mention] = []
    for n, concept in asked.items():
        question = spans.get(n, [])
        pairs = {(tokens[p].surface, tokens[p + 1].surface) for p in question[:-1]}
        if not pairs & words.asks or n + 1 not in spans:
            continue
        told = spans[n + 1]
        at = _figure_at(tokens, range(told[0], told[-1] + 1), words)
        if at < 0 or concept in named.get(n + 1, ()):
            continue
        added.append(Mention(concept, at, at, n + 1, False, n + 1 in others, False))
    return [*mentions, *added] if added else mentions


def figure_concepts(labels: set[str] | frozenset[str]) -> frozenset[str]:
    """The concepts asked_figures may add where these concepts may be named (for the batch's
    quick exit, screen.py): each stretch whose denied function may be named."""
    return frozenset(v for k, v in _figures().stretches.items() if k in labels)
