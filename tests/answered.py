"""Which entry a question gets, for the ranking tests (test_quality37 to test_quality57 each kept
their own copy)."""

from __future__ import annotations

from backcare.engine.answer import Engine


def answered(engine: Engine, question: str) -> str | None:
    """The id of the entry the engine answers `question` with, or None when it answers none."""
    answer = engine.ask(question)
    return None if answer.match is None else answer.match.entry.id
