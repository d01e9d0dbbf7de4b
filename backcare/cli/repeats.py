"""A batch's repeated lines answered once (issue 17).

Real batches repeat whole messages: a portal's templates, a form's default text, the same question
sent by many people. `Engine.answer` is a function of the query alone (its text, --top, --topic):
the matcher's and the red-flag check's memos and quick exits change how fast it answers, never what
(tests/test_speed20.py, and docs/benchmarks.md's byte-identity runs). So a line whose exact text a
line before it already asked gets that answer again, without the ~0.5 ms of reading it. Only the
engine's answer is kept: what a line owes to the lines around it (wrapped.py's emergency read
across hard-wrapped lines, a framed message's other values, --topic's words) is still worked out
line by line, and the answer carries this line's own text and number.

Not with a semantic re-ranker: it reads the text itself, and one that fails mid-batch makes the
later lines lexical (Engine.rank), so the same text could be answered two ways in one batch.
"""

from __future__ import annotations

from backcare.engine.tuning import REPEAT_CACHE
from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.answer import Answer, Engine
    from backcare.engine.query import Query


class Repeats:
    """`Engine.answer` for a batch's lines, each distinct query answered once (bounded: the memo
    starts afresh when its answers hold REPEAT_CACHE results)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._answers: dict[Query, Answer] = {}
        self._size = 0  # answers kept, each counted as one plus its results

    def answer(self, query: Query) -> Answer:
        engine = self._engine
        if engine.matcher.reranker is not None:
            return engine.answer(query)
        found = self._answers.get(query)
        if found is not None:
            # the same text (str equality), this line's own object (an InputLine keeps its number)
            return found._replace(query=query.text)
        found = engine.answer(query)
        size = 1 + len(found.ranking.matches)
        if self._size + size > REPEAT_CACHE:
            self._answers.clear()
            self._size = 0
        self._answers[query] = found
        self._size += size
        return found
