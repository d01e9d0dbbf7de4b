"""`python -m tools.eval`: the evaluation harness under its old name; it lives in backcare.eval
(`python -m backcare.eval`, which also works from an installed package)."""

from __future__ import annotations

import sys

from backcare.eval.command import main
from backcare.eval.harness import (
    Query,
    Scores,
    better_bm25,
    bm25_ranker,
    engine_scores,
    evaluate,
    fuzz_ranker,
    load_queries,
    rank_scores,
    table,
)

__all__ = [
    "Query",
    "Scores",
    "better_bm25",
    "bm25_ranker",
    "engine_scores",
    "evaluate",
    "fuzz_ranker",
    "load_queries",
    "main",
    "rank_scores",
    "table",
]

if __name__ == "__main__":
    sys.exit(main())
