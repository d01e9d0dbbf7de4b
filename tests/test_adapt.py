"""The per-pack answer weight's probe count (engine/adapt.py) against a plain full scoring, the
pack's choice to read answers as text (adapt.answer_share, reads_answers), and the real FAQ packs
without aliases (tests/eval: sed, xz, valgrind, perlfaq5) against the BM25 baselines.

adapt._hits skips entries that cannot outscore a probe's own entry; these tests hold it to the
straightforward count (score every entry holding any probe term, own entry first unless another
scores more, ties to the earlier entry) on arbitrary small packs, ties and repeated words included.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.adapt import _B, _K1, _hits, answer_share, answer_weight, reads_answers
from backcare.engine.analyze import Analyzer, load_stopwords
from backcare.engine.answer import Engine
from backcare.engine.tuning import ANSWER_SHARE, ANSWER_WEIGHTS, FIELD_WEIGHTS, READ_ANSWER_WEIGHT
from backcare.packs.load import load_pack
from tests.conftest import EVAL, PackWriter
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
        # Debian's sed FAQ, 62 user-style queries: first run 74.1 (better BM25 68.5, question+answer);
        # 79.6 with answers read as text
        ("sed", 0.78),
        # Debian's XZ Utils FAQ, 40 queries: first run 82.9 (better BM25 68.6, question, stop words)
        ("xz", 0.80),
        # valgrind's FAQ, 162 blind queries, half "task" queries in the user's words: 69.8 (0.94x
        # the better BM25, 74.1 question+answer) before answers were read as text, then 75.3
        ("valgrind", 0.74),
        # perlfaq5, 278 blind queries: 57.9 (1.00x) before, then 61.5; 62.2, then 62.9 with the
        # word links a pack of 30 entries or more teaches about itself (quality56, links.py); 63.7
        # with related English words (quality59, related.py): between the two, so it fails if
        # they stop acting
        ("perlfaq5", 0.633),
    ],
)
def test_real_faq_packs_beat_the_better_bm25(name: str, p_at_1: float) -> None:
    # real FAQ text with no aliases and no lexicon: the answer weight stays the default there
    pack = load_pack(EVAL / f"{name}_faq.json")
    queries = load_queries(EVAL / f"{name}_queries.jsonl", pack)
    scores, _ = engine_scores(Engine(pack), queries)
    assert scores.p_at_1 >= better_bm25(pack, queries)
    assert scores.p_at_1 >= p_at_1
    assert scores.rejected in (None, 1.0)


def test_answer_share_counts_answer_words_no_question_side_uses() -> None:
    questions = [["pay", "card"], ["ship", "order"]]
    # answer 0: 1 of 2 distinct terms unused by any question side; answer 1: 2 of 2
    answers = [["card", "visa", "visa"], ["parcel", "courier"]]
    assert answer_share(questions, answers.__getitem__, 2) == pytest.approx((1 / 2 + 2 / 2) / 2)
    # aliases and tags are question side too: naming the answers' words there lowers the share
    aliased = [*questions, ["visa", "parcel", "courier"]]
    assert answer_share(aliased, [*answers, []].__getitem__, 3) == 0.0
    assert answer_share([[]], [[]].__getitem__, 1) == 0.0  # no answer text: nothing to read


def test_reads_answers_is_a_threshold_on_the_share() -> None:
    assert reads_answers(ANSWER_SHARE)
    assert not reads_answers(ANSWER_SHARE - 0.01)


def test_the_bundled_pack_ranks_by_its_questions() -> None:
    # its aliases and tags say what its answers say (share 0.60): answers are not read as text
    engine = Engine(load_pack())
    assert not reads_answers(engine.matcher.store.answer_share)
    answer = engine.ask("my back muscles are stiff and sore after lifting boxes", top=3)
    assert all(m.signals.answer_text is None for m in answer.results)


_TOOL_FAQ = [
    ("build", "Why does compiling from source stop with an error?",
     "Old versions of make have a bug in variable expansion; upgrade make and build again."),
    ("exit", "Why does my program crash when it exits?",
     "The cleanup routine of the C library frees memory twice on old distributions."),
    ("name", "Where does the name come from?",
     "It is the gate to a hall of the dead in Norse myths, guarded by a grinder of bones."),
    ("help", "Where can I get more help?",
     "Write to the users mailing list or read the manual online; developers answer on the forum."),
    ("leak", "What do the kinds of leaks in the report mean?",
     "Definitely lost blocks have no pointer left; still reachable blocks had a pointer at exit."),
]  # fmt: skip


def test_a_question_in_the_users_words_is_found_through_the_answers(
    write_pack: PackWriter,
) -> None:
    entries = [{"id": i, "question": q, "answer": a} for i, q, a in _TOOL_FAQ]
    pack = load_pack(write_pack({"lexicon": {"builtin": False}, "entries": entries}))
    engine = Engine(pack)
    assert reads_answers(engine.matcher.store.answer_share)  # answers' words are theirs alone
    # only "exit" is in a question (the wrong one); the rest is the leak entry's answer
    answer = engine.ask("blocks still reachable with a pointer at exit", top=2)
    assert [m.entry.id for m in answer.results] == ["leak", "exit"]
    assert answer.results[0].signals.answer_text == 1.0
    explained = answer.to_dict(explain=True)
    assert "answer_text" in json.dumps(explained)
    # a question its entry's question holds is ranked as before: no answer text
    plain = engine.ask("where does the name come from", top=2)
    assert plain.results[0].entry.id == "name"
    assert plain.results[0].signals.answer_text is None


def test_an_alias_less_pack_that_reads_answers_weighs_them_more() -> None:
    # no aliases to judge by: the pack's answer share decides (tuning.READ_ANSWER_WEIGHT)
    pack = load_pack(EVAL / "clinic2_faq.json")
    analyzer = Analyzer(load_stopwords())
    assert answer_weight(pack.entries, analyzer) == FIELD_WEIGHTS["answer"]
    assert answer_weight(pack.entries, analyzer, share=ANSWER_SHARE) == READ_ANSWER_WEIGHT
    assert (
        answer_weight(pack.entries, analyzer, share=ANSWER_SHARE - 0.01)
        == (FIELD_WEIGHTS["answer"])
    )
    # a pack with aliases enough keeps choosing from them, whatever its share
    bundled = load_pack()
    assert answer_weight(bundled.entries, analyzer, share=1.0) == answer_weight(
        bundled.entries, analyzer
    )
