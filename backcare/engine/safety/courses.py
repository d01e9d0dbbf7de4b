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
  "tonight", "to end it"; 'at_once': "all at once", "in one go", "with vodka", in any of its
  clauses; a clock time, "about 2am");
- the course is told in the supply's sentence or just after it, with no other supply between
  (review22: "... should I stop now? I also had all my codeine about 2am with vodka" is a second
  supply, its own), and a bare "should I stop now?" is a course only of a supply told as
  prescribed or given in its sentence ("the GP gave me"): "I took all my co-codamol. Should I
  stop now?" is no course;
- the supply is not told as someone else's ("my mum's tramadol", "got more from a friend"), and
  no later sentence tells another intake ("Just bought another box and took all 16 of those too").

The supply's mention is then dropped: a course finished. data/dose_counts.json 'courses'."""

from __future__ import annotations

import functools

from backcare.engine.safety.reading import Token, phrase_starts
from backcare.engine.safety.rules import Mention
from backcare.namedtuple import NamedTuple


class CourseWords(NamedTuple):
    supplies: frozenset[str]
    course: str
    names: str
    plain_verbs: frozenset[str]
    barred: frozenset[str]
    at_once: tuple[tuple[str, ...], ...]
    prescribed: frozenset[str]
    bare_course: frozenset[str]
    sources: frozenset[str]
    after_sentences: int
    later_verbs: frozenset[str]
    later_amounts: frozenset[str]
    clock_suffixes: frozenset[str]


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
        frozenset(data["prescribed"]),
        frozenset(data["bare_course"]),
        frozenset(data["sources"]),
        int(data["after_sentences"]),
        frozenset(data["later_intake_verbs"]),
        frozenset(data["later_intake_amounts"]),
        frozenset(data["clock_suffixes"]),
    )


def _clock_time(tokens: list[Token], k: int, suffixes: frozenset[str]) -> bool:
    """Whether position `k` is a time of day ("2am", "3 pm"): an intake's own time."""
    word = tokens[k].surface
    if word in suffixes and k and tokens[k - 1].surface.isdigit():
        return True
    return word[:-2].isdigit() and word[-2:] in suffixes


def _someone_elses(
    tokens: list[Token], sentence: int, people: frozenset[str], sources: frozenset[str]
) -> bool:
    """Whether a supply's sentence tells it as another's: a person's possessive ("my mums
    tramadol", read without its apostrophe) or a source ("from a friend", "off my mate")."""
    for k, t in enumerate(tokens):
        if t.sentence != sentence or t.stem not in people:
            continue
        if t.surface != t.stem and t.surface.endswith("s"):
            return True
        if any(tokens[j].surface in sources for j in range(max(0, k - 3), k)):
            return True
    return False


def courses_finished(
    tokens: list[Token], mentions: list[Mention], people: frozenset[str]
) -> list[Mention]:
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
        barred.update(tokens[k].sentence for k in phrase_starts(surfaces, phrase))
    barred.update(
        t.sentence for k, t in enumerate(tokens) if _clock_time(tokens, k, words.clock_suffixes)
    )
    intakes = [  # where an intake is told: an intake verb, then an amount or a number
        t.sentence
        for k, t in enumerate(tokens)
        if t.surface in words.later_verbs
        and any(
            w.surface in words.later_amounts or w.surface.isdigit() for w in tokens[k + 1 : k + 3]
        )
    ]
    starts = sorted(m.first for m in supplies)

    def told_of(s: Mention, c: Mention) -> bool:
        """Whether course `c` is told of supply `s` (see the module)."""
        if not s.sentence <= c.sentence <= s.sentence + words.after_sentences:
            return False
        if any(s.first < k < c.first for k in starts):
            return False  # another supply lies between: the course is that one's
        if surfaces[c.first] in words.bare_course and not any(
            t.sentence == s.sentence and t.stem in words.prescribed for t in tokens
        ):
            return False
        return c.other == s.other and names.get(tokens[c.first].clause, set()) <= names.get(
            tokens[s.first].clause, set()
        )

    finished = {
        s
        for s in supplies
        if tokens[s.first].surface in words.plain_verbs
        and s.sentence not in barred
        and not _someone_elses(tokens, s.sentence, people, words.sources)
        and not any(sentence > s.sentence for sentence in intakes)
        and any(told_of(s, c) for c in courses)
    }
    return [m for m in mentions if m not in finished] if finished else mentions
