"""quality26 (issue 11): holdout 26's misses and near-domain answers, each class in other wordings."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_pack())


@pytest.mark.parametrize(
    "question",
    [
        # a rarer synonym ("tension", one entry) scores no more than the typed word ("tight")
        "back tight after work every day, what should I do",
    ],
)
def test_a_tight_back_is_the_tight_back_entry(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"
