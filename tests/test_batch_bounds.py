"""A batch worker's per-word caches keep at most BATCH_WORDS words (newcomer19 F13: memory grew
with every distinct question of a long `--input jsonl` run)."""

from __future__ import annotations

import pytest

from backcare.engine import analyze, candidates, index, tuning
from backcare.engine.answer import Engine
from backcare.engine.safety import net, typos
from backcare.store.open import open_store


def test_the_word_caches_share_one_bound() -> None:
    assert tuning.WORD_CACHE == tuning.NET_WORD_CACHE == tuning.SAFETY_WORD_MEMO
    assert tuning.WORD_CACHE == tuning.BATCH_WORDS <= 16_384
    assert index.word_grams.cache_info().maxsize == 2 * tuning.BATCH_WORDS
    assert net._letter_grams.cache_info().maxsize == tuning.BATCH_WORDS
    assert typos.WORD_MEMO_SIZE == tuning.BATCH_WORDS


def test_distinct_questions_never_grow_the_word_caches_past_their_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analyze, "WORD_CACHE", 40)
    monkeypatch.setattr(candidates, "WORD_CACHE", 40)
    engine = Engine(*open_store(None))
    for n in range(120):
        engine.ask(f"stiff back after zq{n}x wobbly{n}k")
    assert len(engine.analyzer._single) <= 40
    assert len(engine.matcher._word_own) <= 40
