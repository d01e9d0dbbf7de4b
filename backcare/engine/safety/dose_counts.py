"""A dose's limit and a count told as bare numbers (safety82, issue #12; safety75's set): "Leaflet:
maximum 8. Me: 14.", "Limit: 4g. Taken: 6g today.", "Box says max 6 a day. Count so far today:
11." The vocabulary's OD_OVER reads a count past the commonest limit (9 or more tablets) said with
a verb ("took 14"); a form's shorthand has no verb, and a limit of 6 makes 7 too many. Here the
numbers themselves are compared: a count past the limit stated in the same message, in the same
unit (grams and milligrams compared as one), is OD_OVER at the count, with OD_LIMIT at the limit
when no phrase read one (rule overdose-accidental: OD_LIMIT anywhere + OD_OVER). A count at or
under the limit ("Leaflet: maximum 8. Me: 4.") adds nothing. The words are data/dose_counts.json.

A limit for one dose ("no more than 2 at a time") is no day's limit; a number measuring something
else ("max 100kg, I had 120kg on the bar", "10 hours") is neither; a count denied in its clause
("I haven't had 14") is no count. The mentions added are judged by the passes after this one as
any other (asked, supposed, quoted, a span of days: OD_OVER's 'unless')."""

from __future__ import annotations

import functools

from backcare.engine.safety.course_spans import courses_rushed, rushed_concepts
from backcare.engine.safety.courses import courses_finished
from backcare.engine.safety.dose_totals import Amount, totals_past
from backcare.engine.safety.numbers import read_number
from backcare.engine.safety.reading import Token, phrase_starts, said_earlier_in_clause
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.lazyregex import lazy
from backcare.namedtuple import NamedTuple

_THOUSANDS = lazy(r"\d{1,3}(?:,\d{3})+")  # read only for a dose's number: compiled when first used
ADDED = frozenset({"OD_OVER", "OD_LIMIT"})  # the concepts this reading adds


class DoseWords(NamedTuple):
    """data/dose_counts.json, read when a message first holds a number."""

    limits: tuple[tuple[str, ...], ...]
    per_dose: frozenset[str]
    counts: tuple[tuple[str, ...], ...]
    labels: frozenset[str]
    reach: int
    units: dict[str, str]
    scale: dict[str, float]
    not_doses: frozenset[str]


@functools.cache
def dose_words() -> DoseWords:
    from backcare.resources import read_json

    data = read_json("dose_counts.json")
    return DoseWords(
        tuple(tuple(p.split()) for p in data["limits"]),
        frozenset(data["per_dose"]),
        tuple(tuple(p.split()) for p in data["counts"]),
        frozenset(data["labels"]),
        int(data["reach"]),
        dict(data["units"]),
        {k: float(v) for k, v in data["unit_scale"].items()},
        frozenset(data["not_doses"]),
    )


class DoseCounts(Vocabulary):
    """The reading of a limit and a count told as numbers (mixed into `Safety`)."""

    def _doses_read(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions with the doses' counts read (_dose_counted), the supplies that a
        course of them explains dropped (courses.py) and a course taken in hours read
        (course_spans.py)."""
        counted = self._dose_counted(tokens, mentions)
        finished = courses_finished(tokens, counted, self._others_stems)
        return courses_rushed(tokens, finished, self._negations)

    def _dose_concepts(self, tokens: list[Token]) -> frozenset[str]:
        """The concepts _dose_counted may add to a question's reading (for the batch's quick
        exit, screen.py): OD_OVER and OD_LIMIT when it holds two numbers and a limit's words,
        OD_RUSHED when it holds a span's unit and an intake verb (course_spans.py)."""
        rushed = rushed_concepts(tokens)
        if sum(t.number is not None for t in tokens) < 2:
            return rushed
        words = dose_words()
        surfaces = [t.surface for t in tokens]
        if any(phrase_starts(surfaces, phrase) for phrase in words.limits):
            return ADDED | rushed
        return rushed

    def _dose_counted(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, with OD_OVER at each count past the largest limit of its unit stated in
        the message, and OD_LIMIT at that limit when no mention of it stands in its sentence."""
        if sum(t.number is not None for t in tokens) < 2:
            return mentions
        words = dose_words()
        limits = [
            a
            for a in _amounts(tokens, words, words.limits, clause=True)
            if _daily(a, tokens, words)
        ]
        if not limits:
            return mentions
        counts = _amounts(tokens, words, words.counts, clause=False) + _labelled(tokens, words)
        past: list[tuple[int, int]] = []
        for count in counts:
            same = [a for a in limits if a.unit == count.unit and a.at != count.at]
            if not same or said_earlier_in_clause(tokens, count.at, self._negations):
                continue
            limit = max(same, key=lambda a: a.value)
            if count.value > limit.value:
                past.append((count.at, limit.at))
        past += totals_past(
            tokens,
            limits,
            counts,
            lambda p: _amount(tokens, p, words),
            lambda p: said_earlier_in_clause(tokens, p, self._negations),
            self._negations,
        )
        added: list[Mention] = []
        for count_at, limit_at in past:
            if any(m.concept == "OD_OVER" and m.first == count_at for m in added):
                continue
            sentence = tokens[count_at].sentence
            added.append(Mention("OD_OVER", count_at, count_at, sentence, False, False, False))
            here = tokens[limit_at].sentence
            if not any(m.concept == "OD_LIMIT" and m.sentence == here for m in mentions + added):
                added.append(Mention("OD_LIMIT", limit_at, limit_at, here, False, False, False))
        return mentions + added if added else mentions


def _amounts(
    tokens: list[Token], words: DoseWords, phrases: tuple[tuple[str, ...], ...], clause: bool
) -> list[Amount]:
    """The first number (a dose's, not another measure's) within `reach` words after each of
    the phrases, in the phrase's clause (`clause`: the next one after a label ending its own,
    "Limit: 4g") or sentence; a limit phrase inside a count phrase ("I'm up to 12") is the
    count's."""
    surfaces = [t.surface for t in tokens]
    counted = {  # the words of count phrases: no limit starts among them
        k + j
        for phrase in words.counts
        for k in phrase_starts(surfaces, phrase)
        for j in range(len(phrase))
    }
    found: dict[int, Amount] = {}
    for phrase in phrases:
        for k in phrase_starts(surfaces, phrase):
            if phrases is words.limits and k in counted:
                continue
            end = k + len(phrase) - 1
            if end + 1 == len(tokens):
                continue
            # a label ending its clause ("Limit: 4g", "Max dose: 3g") reads the clause after it
            own = {tokens[end].clause, tokens[end + 1].clause}
            for p in range(end + 1, min(len(tokens), end + 1 + words.reach)):
                if clause and tokens[p].clause not in own:
                    if len(own) > 2 or tokens[p - 1].clause != tokens[end].clause:
                        break
                    own.add(tokens[p].clause)  # the label's own words end before the number
                if tokens[p].sentence != tokens[end].sentence:
                    break
                if tokens[p].surface in words.not_doses:
                    break  # the number measures that ("I'm on day 12": review22)
                if tokens[p].number is not None:
                    amount = _amount(tokens, p, words)
                    if amount is not None:
                        found[p] = amount
                    break
    return list(found.values())


def _labelled(tokens: list[Token], words: DoseWords) -> list[Amount]:
    """A form's count: a number opening the clause after a label that ends its own ("Me: 14")."""
    amounts: list[Amount] = []
    for p in range(1, len(tokens)):
        before = tokens[p - 1]
        if (
            tokens[p].number is not None
            and before.surface in words.labels
            and before.clause != tokens[p].clause
            and before.sentence == tokens[p].sentence
            and (p < 2 or tokens[p - 2].clause != before.clause)
        ):
            amount = _amount(tokens, p, words)
            if amount is not None:
                amounts.append(amount)
    return amounts


def _amount(tokens: list[Token], p: int, words: DoseWords) -> Amount | None:
    """The number at p as an amount of a dose, or None when the word after it measures something
    else ("10 hours", "120 kg")."""
    token = tokens[p]
    assert token.number is not None
    value = (
        read_number(token.surface.replace(",", ""))
        if _THOUSANDS.fullmatch(token.surface)
        else token.number
    )
    after = tokens[p + 1].surface if p + 1 < len(tokens) else ""
    if after in words.not_doses:
        return None
    unit = words.units.get(after, "")
    return Amount(p, value * words.scale.get(after, 1.0), unit)


def _daily(limit: Amount, tokens: list[Token], words: DoseWords) -> bool:
    """Whether a limit is a day's, not one dose's ("no more than 2 at a time")."""
    clause = tokens[limit.at].clause
    for p in range(limit.at + 1, min(len(tokens), limit.at + 1 + words.reach)):
        if tokens[p].clause != clause:
            break
        if tokens[p].surface in words.per_dose:
            return False
    return True
