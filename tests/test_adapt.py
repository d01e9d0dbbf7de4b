"""The per-pack answer weight's probe count (engine/adapt.py) against a plain full scoring, and the
real FAQ packs without aliases (tests/eval/sed_faq.json, xz_faq.json) against the BM25 baselines.

adapt._hits skips entries that cannot outscore a probe's own entry; these tests hold it to the
straightforward count (score every entry holding any probe term, own entry first unless another
scores more, ties to the earlier entry) on arbitrary small packs, ties and repeated words included.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.adapt import _B, _K1, _hits
from backcare.engine.answer import Engine
from backcare.engine.tuning import ANSWER_WEIGHTS
from backcare.packs.load import load_pack
from tests.conftest import EVAL
from tools.eval import better_bm25, engine_scores, load_queries


def _reference(
    probes: Sequence[tuple[list[str], int]],
    base: Sequence[Counter[str]],
    answers: Sequence[Counter[str]],
    weight: float,
) -> int:
    docs = [
        {t: b.get(t, 0) + weight * a.get(t, 0) for t in b.keys() | (a.keys() if weight else ())}
        for b, a in zip(base, answers, strict=True)
    ]
    lengths = [sum(d.values()) for d in docs]
    average = max(1e-9, sum(lengths) / max(1, len(docs)))
    n = len(docs)
    hits = 0
    for terms, own in probes:
        scores: dict[int, float] = {}
        for term in set(terms):
            found = [doc for doc, d in enumerate(docs) if term in d]
            if not found:
                continue
            idf = math.log(1 + (n - len(found) + 0.5) / (len(found) + 0.5))
            for doc in found:
                tf = docs[doc][term]
                norm = _K1 * (1 - _B + _B * lengths[doc] / average)
                scores[doc] = scores.get(doc, 0.0) + idf * tf * (_K1 + 1) / (tf + norm)
        if scores and min(scores, key=lambda d: (-scores[d], d)) == own:
            hits += 1
    return hits


# a small vocabulary, so that entries share words, probes tie and common words have long postings
_WORDS = st.sampled_from(["cmd", "file", "list", "open", "net", "port", "user", "pid", "dir"])
_BAGS = st.lists(_WORDS, max_size=8).map(Counter)


@settings(max_examples=200, deadline=None)
@given(
    base=st.lists(_BAGS, min_size=1, max_size=12),
    data=st.data(),
)
def test_hits_equal_a_full_scoring(base: list[Counter[str]], data: st.DataObject) -> None:
    answers = data.draw(st.lists(_BAGS, min_size=len(base), max_size=len(base)))
    probes = data.draw(
        st.lists(
            st.tuples(st.lists(_WORDS, max_size=5), st.integers(0, len(base) - 1)), max_size=10
        )
    )
    for weight in ANSWER_WEIGHTS:
        assert _hits(probes, base, answers, weight) == _reference(probes, base, answers, weight)


def test_a_common_word_does_not_hide_a_rival() -> None:
    # "cmd" is in every entry; entry 1 holds the rare word twice in a shorter text, so it wins
    base = [Counter({"cmd": 1, "rare": 1, "long": 3}), Counter({"cmd": 1, "rare": 2})]
    answers: list[Counter[str]] = [Counter(), Counter()]
    probes = [(["cmd", "rare"], 0), (["cmd", "rare"], 1)]
    assert _hits(probes, base, answers, 0.0) == 1 == _reference(probes, base, answers, 0.0)


@pytest.mark.parametrize(
    ("name", "p_at_1"),
    [
        # Debian's sed FAQ, 62 user-style queries: first run 74.1 (better BM25 68.5, question+answer)
        ("sed", 0.72),
        # Debian's XZ Utils FAQ, 40 queries: first run 82.9 (better BM25 68.6, question, stop words)
        ("xz", 0.80),
    ],
)
def test_real_faq_packs_beat_the_better_bm25(name: str, p_at_1: float) -> None:
    # real FAQ text with no aliases and no lexicon: the answer weight stays the default there
    pack = load_pack(EVAL / f"{name}_faq.json")
    queries = load_queries(EVAL / f"{name}_queries.jsonl", pack)
    scores, _ = engine_scores(Engine(pack), queries)
    assert scores.p_at_1 >= better_bm25(pack, queries)
    assert scores.p_at_1 >= p_at_1
    assert scores.rejected == 1.0
