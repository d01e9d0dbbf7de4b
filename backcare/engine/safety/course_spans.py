"""A supply meant to last days told taken in a night, an afternoon or a day (safety86, issue #12;
review22's misses): "I've taken all the ibuprofen the GP gave me this afternoon, it was meant to
be a week's course", "The GP gave me a week of diazepam. I took all of it last night.", "Took all
the tablets in the box at 3am. It was a 5 day course." Each names no count and no limit, and
"should I stop now?" reads as a course finished (courses.py), so nothing was raised; a week's
course swallowed in hours is an overdose (the NHS page 'Overdose': more than the recommended dose,
A&E at once).

Read here, as OD_RUSHED (rule overdose-accidental) at the intake:
- **the span**: a number of days, weeks or a month (two days or more; "a week" is seven) told
  as a course's, in a clause with a course's word ("course", "supply", "meant to last", "gave me")
  or right before "of" or "worth" ("a week of diazepam", "a week's worth");
- **the whole taken**: an intake verb ("took", "had", "swallowed"; not "finished", which tells
  the end of a course) followed closely by a whole ("all", "the lot", "them all"), not denied in
  its clause, and not a day's set ("all my tablets": a day's dose, PILLS_ALL_TAKEN's reading);
- **a short time in the intake's clause**: "last night", "this afternoon", "since yesterday",
  "in one go", "at 3am";
- the span told in the intake's sentence or the one before or after it.

"I've finished the week's course of naproxen" and "took all my tablets this morning" stay
calm. The words are data/dose_counts.json 'rushed'."""

from __future__ import annotations

import functools

from backcare.engine.safety.reading import Token, phrase_starts
from backcare.engine.safety.rules import Mention
from backcare.namedtuple import NamedTuple


class RushedWords(NamedTuple):
    concept: str
    units: dict[str, float]  # a span's unit -> its days
    ones: frozenset[str]  # words that are one of a unit ("a", "an", "one")
    shortest: float  # the fewest days a course's span may have
    course_words: frozenset[str]  # words telling a span as a course's in its clause
    after_span: frozenset[str]  # words right after the unit telling a supply ("of", "worth")
    verbs: frozenset[str]  # intake verbs
    wholes: frozenset[str]  # words telling the whole supply after an intake verb
    whole_reach: int  # words after the verb where the whole may stand
    day_sets: tuple[tuple[str, ...], ...]  # a day's set of tablets ("all my tablets")
    short_times: tuple[tuple[str, ...], ...]  # a short time ("last night", "in one go")
    clock_suffixes: frozenset[str]  # "am", "pm": a clock time is a short time
    sentences: int  # sentences between the span and the intake


@functools.cache
def _words() -> RushedWords:
    from backcare.resources import read_json

    data = read_json("dose_counts.json")["rushed"]
    return RushedWords(
        data["concept"],
        {k: float(v) for k, v in data["units"].items()},
        frozenset(data["ones"]),
        float(data["shortest_days"]),
        frozenset(data["course_words"]),
        frozenset(data["after_span"]),
        frozenset(data["verbs"]),
        frozenset(data["wholes"]),
        int(data["whole_reach"]),
        tuple(tuple(p.split()) for p in data["day_sets"]),
        tuple(tuple(p.split()) for p in data["short_times"]),
        frozenset(data["clock_suffixes"]),
        int(data["sentences"]),
    )


def rushed_concepts(tokens: list[Token]) -> frozenset[str]:
    """The concept courses_rushed may add (for the batch's quick exit, screen.py): when the
    question holds a span's unit and an intake verb."""
    words = _words()
    surfaces = {t.surface for t in tokens}
    if surfaces & words.units.keys() and surfaces & words.verbs:
        return frozenset({words.concept})
    return frozenset()


def courses_rushed(
    tokens: list[Token], mentions: list[Mention], negations: frozenset[str]
) -> list[Mention]:
    """The mentions with OD_RUSHED at each whole supply taken in a short time beside a course's
    span of days (see the module)."""
    words = _words()
    if not rushed_concepts(tokens):
        return mentions
    spans = _span_sentences(tokens, words)
    if not spans:
        return mentions
    surfaces = [t.surface for t in tokens]
    short = {
        tokens[k].clause for phrase in words.short_times for k in phrase_starts(surfaces, phrase)
    }
    short.update(
        t.clause
        for k, t in enumerate(tokens)
        if (t.surface in words.clock_suffixes and k and tokens[k - 1].number is not None)
        or (t.surface[-2:] in words.clock_suffixes and t.surface[:-2].isdigit())
    )
    day_set = {k for phrase in words.day_sets for k in phrase_starts(surfaces, phrase)}
    added: list[Mention] = []
    for k, t in enumerate(tokens):
        if t.surface not in words.verbs or t.clause not in short:
            continue
        ahead = range(k + 1, min(len(tokens), k + 1 + words.whole_reach))
        if not any(
            tokens[p].surface in words.wholes and tokens[p].clause == t.clause for p in ahead
        ):
            continue
        if any(p in day_set for p in range(k, k + words.whole_reach)):
            continue
        if any(tokens[p].surface in negations for p in range(k) if tokens[p].clause == t.clause):
            continue
        if any(abs(s - t.sentence) <= words.sentences for s in spans):
            added.append(Mention(words.concept, k, k, t.sentence, False, False, False))
    return mentions + added if added else mentions


def _span_sentences(tokens: list[Token], words: RushedWords) -> set[int]:
    """The sentences telling a course's span of days (see the module)."""
    found: set[int] = set()
    for k, t in enumerate(tokens):
        days = words.units.get(t.surface)
        if days is None or k == 0:
            continue
        count = tokens[k - 1]
        if count.number is not None:
            days *= count.number
        elif count.surface not in words.ones:
            continue
        if days < words.shortest:
            continue
        after = tokens[k + 1].surface if k + 1 < len(tokens) else ""
        clause = [u.surface for u in tokens if u.clause == t.clause]
        if after in words.after_span or words.course_words & set(clause):
            found.add(t.sentence)
    return found
