"""A day's intakes added up against the limit stated beside them (safety86, issue #12; review22's
misses). dose_counts.py compares each count with the limit alone, so an overdose told in parts
stayed quiet: "Leaflet says max 8 paracetamol a day. I've taken 8 paracetamol and 8 co-codamol
today.", "max 6 ibuprofen in 24 hours. I took 6 this morning and then another 6 this afternoon.",
"Max 4g a day, I've taken 3g, and I've also had 4 co-codamol 30/500 which is another 2g." Here:

- **A count goes on** after a joining word ("and", "plus", "another", "then"; "the" may stand
  between: "plus the 6 I took last night") or as the next item of a list opening the clause after
  the count's ("Me: 8 paracetamol, 8 co-codamol, and 6 ibuprofen"). A number asked about or
  planned in its clause ("can I take another 4?") is no intake, and one told of another day
  ("8 yesterday", "the day before") is no part of today's total.
- **Counts add up by ingredient**: co-codamol and Lemsip hold paracetamol, Nuromol ibuprofen too;
  a count naming no medicine joins any. "8 paracetamol and 8 ibuprofen" is two limits, not one.
- **A total past the limit**, in the limit's unit, or at it with another intake of the same
  ingredient in another unit ("Taken: 4g of paracetamol today plus two Lemsip"), is past it. A
  limit told as the person's own ("max dose is 3g for me because of my liver") is the one that
  counts, though the box's is larger.
- **A count told by its time** with no verb, a number opening its clause ("Max 4g a day. 2g
  this morning, 2g at lunch and another 1g now"), is an intake as a counted one is.
- **A day's whole limit at once** ("Maximum 8 a day. I took 8 at once an hour ago", "... all at
  once each time") is past every single dose's.

The words are data/dose_counts.json 'totals'; the mentions added are judged by the passes after
this one as dose_counts.py's are."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from backcare.engine.safety.reading import Token, phrase_starts, said_earlier_in_clause
from backcare.namedtuple import NamedTuple


class TotalWords(NamedTuple):
    joiners: frozenset[str]  # words that carry a count on ("and", "plus", "another")
    between: frozenset[str]  # words that may stand between a joiner and the number ("the")
    planned: frozenset[str]  # words telling a number asked about or planned ("can", "should")
    other_days: tuple[tuple[str, ...], ...]  # another day's intake ("yesterday")
    at_once: tuple[tuple[str, ...], ...]  # an intake at once ("in one go")
    own_limit: tuple[tuple[str, ...], ...]  # a limit told as the person's own ("for me")
    intake_times: tuple[tuple[str, ...], ...]  # an intake's time ("this morning", "at lunch")
    ingredients: dict[str, frozenset[str]]  # a medicine's word -> the ingredients it holds
    name_reach: int  # words after a number (its unit included) where its medicine is named
    go_on_reach: int  # words from one count to the next that carries it on


@functools.cache
def total_words() -> TotalWords:
    from backcare.resources import read_json

    data = read_json("dose_counts.json")["totals"]
    ingredients: dict[str, set[str]] = {}
    for ingredient, names in data["ingredients"].items():
        for name in names:
            ingredients.setdefault(name, set()).add(ingredient)

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p.split()) for p in data[key])

    return TotalWords(
        frozenset(data["joiners"]),
        frozenset(data["between"]),
        frozenset(data["planned"]),
        phrases("other_days"),
        phrases("at_once"),
        phrases("own_limit"),
        phrases("intake_times"),
        {name: frozenset(held) for name, held in ingredients.items()},
        int(data["name_reach"]),
        int(data["go_on_reach"]),
    )


class Intake(NamedTuple):
    at: int  # the number's position
    value: float  # in the unit's base (milligrams for grams)
    unit: str  # "" for a count of tablets
    held: frozenset[str]  # the ingredients of the medicine named with it (empty: none named)


class Amount(NamedTuple):
    """A number read as an amount of a dose (dose_counts.py)."""

    at: int  # the number's position
    value: float  # in the unit's base (milligrams for grams)
    unit: str  # "" for a count of tablets


def totals_past(
    tokens: list[Token],
    limits: list[Amount],
    counts: list[Amount],
    amount: Callable[[int], Amount | None],
    denied: Callable[[int], bool],
    negations: frozenset[str],
) -> list[tuple[int, int]]:
    """(count, limit) positions where the day's intakes, added up or taken at once, pass a daily
    limit stated in the message (see the module). `counts` are dose_counts.py's counts,
    `amount` reads the number at a position as an amount (None for another measure), `denied`
    tells a count denied in its clause and `negations` deny an "at once" just before it."""
    words = total_words()
    surfaces = [t.surface for t in tokens]
    timed = _timed(tokens, surfaces, {a.at for a in limits}, amount, words)
    intakes = _intakes(tokens, counts + timed, amount, denied, words)
    if not intakes:
        return []
    at_once = _sentences_of(tokens, surfaces, words.at_once, negations)
    other_day = set(_starts(surfaces, words.other_days))
    found: list[tuple[int, int]] = []
    for limit in _limits_that_count(tokens, surfaces, limits, words):
        named = _held(tokens, limit.at, words)
        for intake in intakes:  # a day's whole limit at once
            if (
                intake.unit == limit.unit
                and intake.value >= limit.value
                and tokens[intake.at].sentence in at_once
                and _shares(intake.held, named)
            ):
                found.append((intake.at, limit.at))
        today = [i for i in intakes if not _another_day(tokens, i, intakes, other_day)]
        groups = [named] if named else [i.held for i in today if i.held] + [frozenset()]
        for group in groups:
            members = [i for i in today if _shares(i.held, group) if group or not i.held]
            same = [i for i in members if i.unit == limit.unit]
            total = sum(i.value for i in same)
            if not same:
                continue
            past = total > limit.value or (
                total >= limit.value
                and any(i.unit != limit.unit and i.held & group for i in members)
            )
            if past:
                found.append((max(i.at for i in members), limit.at))
    return found


def _shares(held: frozenset[str], group: frozenset[str]) -> bool:
    """Whether an intake counts towards a group's total (or a limit applies to it): no medicine
    named on either side, or an ingredient in common. The group of intakes naming none holds only
    those (`totals_past`)."""
    return not held or not group or bool(held & group)


def _limits_that_count(
    tokens: list[Token], surfaces: list[str], limits: list[Amount], words: TotalWords
) -> list[Amount]:
    """The limits to compare with, one for each unit: the person's own when told ("3g for me"),
    else the largest stated (dose_counts.py's choice)."""
    own_clauses = {tokens[k].clause for k in _starts(surfaces, words.own_limit)}
    chosen: list[Amount] = []
    for unit in {limit.unit for limit in limits}:
        of_unit = [limit for limit in limits if limit.unit == unit]
        own = [limit for limit in of_unit if tokens[limit.at].clause in own_clauses]
        chosen.append(
            min(own, key=lambda a: a.value) if own else max(of_unit, key=lambda a: a.value)
        )
    return chosen


def _intakes(
    tokens: list[Token],
    counts: list[Amount],
    amount: Callable[[int], Amount | None],
    denied: Callable[[int], bool],
    words: TotalWords,
) -> list[Intake]:
    """The counts told taken and the numbers that carry each of them on (see the module)."""
    found: dict[int, Intake] = {}
    todo = sorted(c.at for c in counts if not denied(c.at))
    values = {c.at: c for c in counts}
    while todo:
        at = todo.pop(0)
        if at in found:
            continue
        read = values.get(at) or amount(at)
        if read is None:
            continue
        found[at] = Intake(at, read.value, read.unit, _held(tokens, at, words))
        following = _goes_on(tokens, at, words)
        if following is not None and not denied(following):
            todo.append(following)
    return sorted(found.values(), key=lambda i: i.at)


def _timed(
    tokens: list[Token],
    surfaces: list[str],
    limits: set[int],
    amount: Callable[[int], Amount | None],
    words: TotalWords,
) -> list[Amount]:
    """A form's shorthand count with no verb, told by its time: a number opening its clause
    with an intake's time just after it ("Max 4g a day. 2g this morning, 2g at lunch"), in a
    clause that asks or plans nothing ("10 today would be too many?")."""
    times = {k for phrase in words.intake_times for k in phrase_starts(surfaces, phrase)}
    found: list[Amount] = []
    for p, t in enumerate(tokens):
        if t.number is None or p in limits or (p and tokens[p - 1].clause == t.clause):
            continue
        clause = [u.surface for u in tokens if u.clause == t.clause]
        if any(k in times for k in range(p + 1, p + 4)) and not words.planned & set(clause):
            read = amount(p)
            if read is not None:
                found.append(read)
    return found


def _goes_on(tokens: list[Token], at: int, words: TotalWords) -> int | None:
    """The number that carries the count at `at` on, if any, in its sentence: after a joining
    word ("and another 6", past numbers that join nothing: "4 co-codamol 30/500 which is
    another 2g"), or opening the clause after the count's as a list's next item."""
    for p in range(at + 1, len(tokens)):
        token = tokens[p]
        if token.sentence != tokens[at].sentence:
            return None
        if token.number is None:
            continue
        k, joined = p - 1, False
        while k > at and tokens[k].clause == token.clause:
            joined = tokens[k].surface in words.joiners
            if joined or tokens[k].surface not in words.between:
                break
            k -= 1
        listed = k == p - 1 and tokens[k].clause == tokens[at].clause != token.clause
        if (joined or listed) and not said_earlier_in_clause(tokens, p, words.planned):
            return p
        if p - at > words.go_on_reach and not joined:
            return None
    return None


def _held(tokens: list[Token], at: int, words: TotalWords) -> frozenset[str]:
    """The ingredients of the medicine named just after the number at `at` in its clause."""
    for p in range(at + 1, min(len(tokens), at + 1 + words.name_reach)):
        if tokens[p].clause != tokens[at].clause or tokens[p].number is not None:
            break
        held = words.ingredients.get(tokens[p].surface)
        if held:
            return held
    return frozenset()


def _another_day(
    tokens: list[Token], intake: Intake, intakes: list[Intake], other_day: set[int]
) -> bool:
    """Whether an intake is told of another day: another day's words after its number in its
    clause, before the next intake."""
    later = [i.at for i in intakes if i.at > intake.at]
    end = min(later) if later else len(tokens)
    clause = tokens[intake.at].clause
    return any(intake.at < k < end and tokens[k].clause == clause for k in other_day)


def _starts(surfaces: list[str], phrases: Iterable[tuple[str, ...]]) -> list[int]:
    return [k for phrase in phrases for k in phrase_starts(surfaces, phrase)]


def _sentences_of(
    tokens: list[Token],
    surfaces: list[str],
    phrases: Iterable[tuple[str, ...]],
    negations: frozenset[str],
) -> set[int]:
    """The sentences holding one of the phrases not denied just before it ("not all at once")."""
    return {
        tokens[k].sentence
        for k in _starts(surfaces, phrases)
        if not any(surfaces[j] in negations for j in range(max(0, k - 2), k))
    }
