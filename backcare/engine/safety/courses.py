"""A whole supply told taken as a course finished (safety82, issue #12): "I've taken all the
ibuprofen the GP gave me and the back is better, should I stop now?", "I've taken all the naproxen
the GP gave me. The back is much better. Should I stop now?". safety75 read a course (OD_COURSE)
anywhere as OD_SUPPLY's harmless cause and review21 withdrew it: it cancelled real overdoses told
beside a course or a question about other tablets ("I took all my co-codamol at once about an hour
ago. Should I stop the ibuprofen too?"). Here the course is read of the supply it names:

- the supply is told with a plain verb ("taken", "took", "finished"), not "swallowed", "necked" or
  "downed", which say more than taking a course ("I swallowed the whole box of co-codamol. Should
  I stop?" stays a crisis);
- the course's clause names no medicine that the supply's clause does not ("Should I stop the
  ibuprofen too?" asks about other tablets), and is told of the same person as the supply ("Took
  the whole lot of my mum's co-codamol, she's on a course of it" is not the taker's course);
- the supply's sentence tells no time of its own, aim, mistake or intake at once ('barred':
  "tonight", "to end it"; 'at_once': "all at once", "in one go", in any of its clauses).

The supply's mention is then dropped: a course finished. data/dose_counts.json 'courses'."""

from __future__ import annotations

import functools

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.namedtuple import NamedTuple


class CourseWords(NamedTuple):
    supplies: frozenset[str]
    course: str
    names: str
    plain_verbs: frozenset[str]
    barred: frozenset[str]
    at_once: tuple[tuple[str, ...], ...]


@functools.cache
def _words() -> CourseWords:
    from backcare.resources import read_json

    data = read_json("dose_counts.json")["courses"]
    return CourseWords(
        frozenset(data["supplies"]),
        data["course"],
        data["names"],
        frozenset(data["plain_verbs"]),
        frozenset(data["barred"]),
        tuple(tuple(p.split()) for p in data["at_once"]),
    )


def courses_finished(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions without each whole supply that a course of it explains (see the module)."""
    words = _words()
    supplies = [m for m in mentions if m.concept in words.supplies and not m.negated]
    courses = [m for m in mentions if m.concept == words.course and not m.negated]
    if not supplies or not courses:
        return mentions
    names: dict[int, set[str]] = {}  # by clause: the medicines it names
    for m in mentions:
        if m.concept == words.names:
            named = names.setdefault(tokens[m.first].clause, set())
            named.update(tokens[p].stem for p in range(m.first, m.last + 1))
    barred = {m.sentence for m in mentions if m.concept in words.barred and not m.negated}
    surfaces = [t.surface for t in tokens]
    for phrase in words.at_once:
        n = len(phrase)
        barred.update(
            tokens[k].sentence
            for k in range(len(tokens) - n + 1)
            if tuple(surfaces[k : k + n]) == phrase
        )
    finished = {
        s
        for s in supplies
        if tokens[s.first].surface in words.plain_verbs
        and s.sentence not in barred
        and any(
            c.other == s.other
            and names.get(tokens[c.first].clause, set()) <= names.get(tokens[s.first].clause, set())
            for c in courses
        )
    }
    return [m for m in mentions if m not in finished] if finished else mentions
