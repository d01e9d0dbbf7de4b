"""The learned check's quick exit (backcare.engine.safety.quiet): exact, so a batch's verdicts are
the same with and without it, and it does skip most questions."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.safety import load_safety
from backcare.engine.safety import quiet as quiet_module
from backcare.engine.safety.detect import QUICK_AFTER, Safety
from backcare.engine.safety.net import CLASSES, Net, buckets, concept_features, features, vector

EVAL = Path(__file__).resolve().parent / "eval"


def labelled() -> Iterator[str]:
    for path in sorted(EVAL.glob("*.jsonl")):  # not untuned/: no test reads the sets kept unread
        for line in path.read_text(encoding="utf-8").splitlines():
            question = json.loads(line).get("q") if line.strip() else None
            if isinstance(question, str):
                yield question


def warmed(safety: Safety) -> Safety:
    """Past the first questions, after which a batch takes its quick exits."""
    for _ in range(QUICK_AFTER + 1):
        safety.check("warming up")
    return safety


def test_verdicts_are_the_same_with_and_without_the_quick_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions = list(labelled())
    assert len(questions) > 5000
    quick = warmed(load_safety())
    skipped = 0
    silent = quiet_module.Quiet.silent

    def counting(self: quiet_module.Quiet, question: str) -> bool:
        nonlocal skipped
        found = silent(self, question)
        skipped += found
        return found

    monkeypatch.setattr(quiet_module.Quiet, "silent", counting)
    with_exit = [quick.check(q) for q in questions]
    monkeypatch.setattr(quiet_module.Quiet, "silent", lambda self, question: False)
    full = warmed(load_safety())
    assert with_exit == [full.check(q) for q in questions]
    assert skipped > len(questions) // 4  # it does skip: most labelled lines name a symptom


def test_the_checks_features_are_among_those_the_bound_allows_for() -> None:
    """What the bound rests on: the learned check's features hold every known word feature
    (those read whichever words a sense takes), and the rest are among the possible word
    features and the possible concepts' (a new kind of feature read from the full reading would
    break this, and the quick exit would no longer be exact)."""
    safety = warmed(load_safety())
    net = safety._learned_net()
    quiet = quiet_module.Quiet(safety, net)
    read = with_senses = 0
    for question in labelled():
        found = quiet.reading(question)
        if found is None:
            continue
        read += 1
        tokens, concepts, sensed = found
        with_senses += bool(sensed)
        known, maybe = quiet.known_values(quiet.value_choices(tokens, sensed), len(tokens))
        if not sensed:
            plain = features(tokens, (), safety._negations, safety._negation_reach)
            assert known == values(net, plain)
            assert maybe == set()
        actual = values(net, safety.learned_features(question))
        assert known <= actual, question
        assert actual <= known | maybe | values(net, concept_features(concepts)), question
    assert read > 5000
    assert with_senses > 500  # the labelled lines hold everyday senses of alarm words


@pytest.fixture(scope="module")
def net() -> Net:
    return load_safety()._learned_net()


def values(net: Net, names: list[str]) -> set[int]:
    """The packed values of these features (a value names its bucket: the bound reads values)."""
    return net._memoised(net._packed, names, net._pack)


def exact(net: Net, names: list[str]) -> bool:
    return net.judge(names) is not None


@settings(max_examples=300, deadline=None)
@given(
    known=st.lists(st.text("abcdefgh:~_", min_size=1, max_size=6), max_size=30),
    maybe=st.lists(st.sampled_from(["NUMB", "BLADDER", "PAIN", "FEVER", "BOTH_LEGS"]), max_size=4),
    chosen=st.lists(st.integers(0, 1000), max_size=8),
)
def test_the_bound_never_misses_a_tier_any_subset_would_raise(
    net: Net, known: list[str], maybe: list[str], chosen: list[int]
) -> None:
    """Whatever subset of the possible concept features joins the known ones, if the model
    raises a tier then may_raise said it could."""
    possible = concept_features(maybe)
    subset = [possible[k % len(possible)] for k in chosen] if possible else []
    if exact(net, known + subset):
        assert net.may_raise(known, net.spread(possible))


def test_the_bound_is_tight_when_nothing_is_uncertain(net: Net) -> None:
    """With no possible features, may_raise is judge's own answer (up to the margin)."""
    for names in (["w:back", "w:stiff"], ["w:cant", "w:pee", "c:BLADDER", "c:NUMB"], []):
        spread = net.spread([])
        assert net.may_raise(names, spread) == exact(net, names)


def test_a_spread_covers_each_bucket_once(net: Net) -> None:
    features = concept_features(["NUMB", "PAIN"])
    assert "c:NUMB!" in features and "p:NUMB+PAIN" in features
    most, least = net.spread(features + features)
    assert (most, least) == net.spread(features)
    assert all(m >= 0 >= n for m, n in zip(most, least, strict=True))
    assert len(most) == len(CLASSES)
    assert len(set(buckets(features, net.bits))) <= len(features)
    assert all(math.isfinite(x) for x in most + least)


@settings(max_examples=200, deadline=None)
@given(names=st.lists(st.text("abcdefgh:~_<>", min_size=1, max_size=8), max_size=300))
def test_packed_sums_are_each_classs_sum_over_distinct_buckets(net: Net, names: list[str]) -> None:
    """Net._sums_of packs a bucket and its four weights in one integer: the same integers as
    summing each class's row over the features' distinct buckets, with or without repeats."""
    present = vector(names, net.bits)
    expected = [sum(row[b] for b in present) for row in net._rows]
    assert net._sums_of(names + names[:5]) == expected
    assert net._sums_of(names) == expected  # now from the memo


def test_packed_sums_fall_back_to_row_sums_past_their_bound(
    net: Net, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare.engine.safety import net as net_module

    names = [f"w:word{k}" for k in range(50)]
    expected = net._sums_of(names)
    monkeypatch.setattr(net_module, "PACK_MAX", 10)
    assert net._sums_of(names) == expected
