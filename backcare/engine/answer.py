"""The library's front door: an `Engine` answers a question with an `Answer` (ranking + red flags)."""

from __future__ import annotations

from typing import Any, NamedTuple

from backcare.engine.analyze import analyzer_for
from backcare.engine.match import Match, Matcher, Ranking, Signals
from backcare.engine.safety import RedFlag, Safety, load_safety
from backcare.engine.semantic import available
from backcare.errors import QueryError
from backcare.packs.schema import Pack
from backcare.store.protocol import Store


class Answer(NamedTuple):
    query: str
    ranking: Ranking
    red_flags: tuple[RedFlag, ...]

    @property
    def match(self) -> Match | None:
        return self.ranking.best

    @property
    def results(self) -> tuple[Match, ...]:
        return self.ranking.matches

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The documented JSON object (one per question in `ask --json`)."""
        best = self.match
        match: dict[str, Any] | None = None
        if best is not None:
            match = {**best.entry.to_dict(), "score": best.score}
            if explain:
                match["explain"] = signals_dict(best.signals)
        results = []
        for m in self.results:
            item: dict[str, Any] = {
                "id": m.entry.id,
                "question": m.entry.question,
                "score": m.score,
            }
            if explain:
                item["explain"] = signals_dict(m.signals)
            results.append(item)
        return {
            "query": self.query,
            "match": match,
            "results": results,
            "red_flags": [f.to_dict() for f in self.red_flags],
        }


def signals_dict(signals: Signals) -> dict[str, Any]:
    return {
        "words": round(signals.words, 3),
        "characters": round(signals.chars, 3),
        "coverage": round(signals.coverage, 3),
        "matched": [{"word": w, "term": t, "field": f} for w, t, f in signals.matched],
        "missing": list(signals.missing),
        # question type: 1 the entry answers it, -1 a clash (never confident), 0 unknown
        "question_type": signals.intent,
        "names_subject": signals.subject,
    }


class Engine:
    """Answers questions from one pack. Builds (or loads) the pack's index once."""

    def __init__(
        self,
        pack: Pack,
        store: Store | None = None,
        *,
        safety: Safety | None = None,
        semantic: bool | None = None,
    ) -> None:
        """`semantic`: re-rank with sentence embeddings (the optional `backcare[semantic]` extra);
        None uses them when the extra is installed, False never, True requires it."""
        self.pack = pack
        self.analyzer = analyzer_for(pack)
        if store is None:
            from backcare.engine.index import build_index
            from backcare.store.memory import MemoryStore

            store = MemoryStore(pack, build_index(pack, self.analyzer))
        reranker = None
        if semantic or (semantic is None and available()):
            from backcare.engine.semantic import E5Reranker

            reranker = E5Reranker()
        self.matcher = Matcher(store, self.analyzer, reranker=reranker)
        self.safety = safety if safety is not None else load_safety()

    def ask(self, question: str, top: int = 3, topic: str | None = None) -> Answer:
        if not question.strip():
            raise QueryError("the question is empty")
        if top < 1:
            raise QueryError("--top must be at least 1")
        if topic is not None:
            topic = self.pack.resolve_topic(topic)
        ranking = self.matcher.rank(question, top=top, topic=topic)
        flags = tuple(self.safety.check(ranking.question))
        return Answer(question, ranking, flags)
