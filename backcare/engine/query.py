"""A question as the engine takes it: validated once, whoever asks (CLI, batch, library, prompt).

`make_query` is the one place that checks a question's text and `top`, and resolves a topic name to
the pack's topics with one case-folding rule (str.casefold, so "Rücken" and "RÜCKEN" agree) used by
every store and by `topics`.
"""

from __future__ import annotations

from typing import NamedTuple

from backcare.errors import QueryError
from backcare.packs.schema import Pack

MAX_TOP = 1000  # more results than any terminal or script reads; keeps memory bounded


class Query(NamedTuple):
    text: str
    top: int = 3
    topics: frozenset[str] | None = None  # the pack's own topic names to search; None: all

    def with_text(self, text: str) -> Query:
        """The same query for another question (batch mode: one per line)."""
        return self._replace(text=checked_text(text))


def make_query(text: str, pack: Pack, *, top: int = 3, topic: str | None = None) -> Query:
    return query_template(pack, top=top, topic=topic).with_text(text)


def query_template(pack: Pack, *, top: int = 3, topic: str | None = None) -> Query:
    """A query's settings, checked once, before any text (a batch may have no lines at all)."""
    if not top_in_range(top):
        raise QueryError(f"--top must be a whole number from 1 to {MAX_TOP}, not {top}")
    topics = None if topic is None else resolve_topics(pack, topic)
    return Query("", top, topics)


def top_in_range(top: int) -> bool:
    """The one rule for how many results may be asked for (flags, settings file, environment)."""
    return 1 <= top <= MAX_TOP


def checked_text(text: str) -> str:
    if not text.strip():
        raise QueryError("the question is empty")
    return text


def resolve_topics(pack: Pack, name: str) -> frozenset[str]:
    """The pack's topics a name stands for (packs.lookup.find_topics: any case, a prefix of a topic
    or of one of its words, or a close spelling); unknown: a QueryError naming them all."""
    from backcare.packs.lookup import find_topics

    found = find_topics(pack, name)
    if found:
        return frozenset(found)
    names = ", ".join(repr(t) for t in pack.topics() if t) or "none"
    raise QueryError(f"unknown topic {name!r} (topics: {names})")
