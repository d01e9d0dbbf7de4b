"""A health worker's teaching case, exam question, leaflet or QI project read as a topic (safety85,
issue #12): the readings topic_frame.py adds for such frames, its words in data/teaching_words.json.

- The asker writing or asking about the topic is no claim of its signs: a subject word ("I", "we")
  followed within 'author_reach' words of its clause by an 'author_verbs' word ("how do I phrase
  the question about saddle numbness", "how do I explain to students why ...", "I keep forgetting
  to ask about night pain"), or a self word right before a 'texts' word ("my notes say", "our
  leaflet"), is the frame's own word (`authored`).
- A quoted text tells its own time: in a frame of a 'kinds' kind (as for the author verbs), a live word inside a
  quotation (quotations.py's spans) whose sentence names no self word outside it is the text's
  ("Exam Q: 'A 68-year-old ... presents with new leg weakness'", "Pt leaflet draft: 'Call 999 if
  both legs suddenly become weak'"), not anyone's now (`quoted_times`).
- A text's time is its own: a live time in a sentence naming a 'texts' word and no sign ("At
  the moment our notes say things like 'c/o back pain'") closes no such frame.
- A clinical report outside a quotation ('reports': "Pt c/o saddle anaesthesia, retaining") is
  someone's now, in such a frame too; a kind of 'untimed_kinds' has no time of its own, so a live
  word right after its cue is live ("QI project, currently on shift").
- 'quiet_live': per kind, live words that in its frame name a sign's kind, not a time ("a training
  session on which signs to escalate - new bladder problems, leg weakness").

The asker's own signs stay theirs: a live time outside a quotation ("revising for my OSCE but I
can't feel my bum since this morning"), an echo ("that's exactly what I've got"), a plea.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.quotations import quotation_spans
from backcare.engine.safety.reading import Token
from backcare.namedtuple import NamedTuple


class TeachingWords(NamedTuple):
    """data/teaching_words.json."""

    subjects: frozenset[str]
    author_reach: int
    author_verbs: frozenset[str]
    kinds: frozenset[str]
    quiet_live: dict[str, frozenset[str]]
    texts: frozenset[str]
    untimed_kinds: frozenset[str]
    reports: frozenset[str]


@functools.cache
def teaching_words() -> TeachingWords:
    from backcare.resources import read_json

    data = read_json("teaching_words.json")
    return TeachingWords(
        frozenset(data["subjects"]),
        int(data["author_reach"]),
        frozenset(data["author_verbs"]),
        frozenset(data["kinds"]),
        {kind: frozenset(words) for kind, words in data["quiet_live"].items()},
        frozenset(data["texts"]),
        frozenset(data["untimed_kinds"]),
        frozenset(data["reports"]),
    )


def authored(tokens: Sequence[Token], k: int) -> bool:
    """Whether the self word at k is the asker writing or asking about the topic: one right
    before a 'texts' word ("my notes"), or a subject word with an 'author_verbs' word within
    'author_reach' words after it in its clause."""
    words = teaching_words()
    if k + 1 < len(tokens) and tokens[k + 1].surface in words.texts:
        return True  # "my notes say", "our leaflet": the author's text
    if tokens[k].surface not in words.subjects:
        return False
    after = tokens[k + 1 : k + 1 + words.author_reach]
    return any(t.surface in words.author_verbs and t.clause == tokens[k].clause for t in after)


def quoted_spans(question: str, tokens: Sequence[Token]) -> set[int]:
    """The positions inside quotations (none without the question's text)."""
    if not question:
        return set()
    return {
        k for first, last, _ in quotation_spans(question, tokens) for k in range(first, last + 1)
    }


def quoted_times(question: str, tokens: Sequence[Token], self_words: frozenset[str]) -> set[int]:
    """The positions inside quotations whose sentence names no `self_words` word outside them:
    a live word there is the quoted text's own time."""
    inside = quoted_spans(question, tokens)
    owned = {
        t.sentence for k, t in enumerate(tokens) if k not in inside and t.surface in self_words
    }
    return {k for k in inside if tokens[k].sentence not in owned}
