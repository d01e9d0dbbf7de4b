"""Quality guards: the figures reached on our own evaluation sets must not drop.

Measured when set (see README, "Matching quality"): P@1 97.7%, answered right 97.7%, no-answer
rejection 99.0% on tests/eval/backcare_queries.jsonl. The guards sit a little below, so a change that
costs more than a couple of questions fails.
"""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from tests.conftest import EVAL
from tools.eval import engine_scores, load_queries


def test_own_evaluation_set_quality() -> None:
    pack = load_pack()
    queries = load_queries(EVAL / "backcare_queries.jsonl", pack)
    assert len(queries) >= 300
    scores, _ = engine_scores(Engine(pack), queries)
    assert scores.p_at_1 >= 0.965
    assert scores.answered is not None and scores.answered >= 0.965
    assert scores.rejected is not None and scores.rejected >= 0.97
    assert scores.mrr >= 0.975


@pytest.mark.parametrize(
    ("name", "answered", "rejected"),
    [
        # written after tuning; first run 91.4% / 92.0%; now 94.3% / 100%
        ("backcare_holdout.jsonl", 0.93, 0.96),
        # written blind a session later; first run 93.7% / 84.0%; now 96.2% / 96.0%
        ("backcare_holdout2.jsonl", 0.95, 0.92),
        # written blind after all tuning, and not tuned on: 97.3% / 100%
        ("backcare_holdout3.jsonl", 0.95, 0.95),
    ],
)
def test_holdout_set_quality(name: str, answered: float, rejected: float) -> None:
    pack = load_pack()
    scores, _ = engine_scores(Engine(pack), load_queries(EVAL / name, pack))
    assert scores.answered is not None and scores.answered >= answered
    assert scores.rejected is not None and scores.rejected >= rejected
