"""The labelled red-flag sets the rules were tuned on (tests/eval/red_flags*.jsonl): every red-flag
question raises a notice and no ordinary question does. Figures on sets nobody tuned on are in
docs/safety.md; tools/redflag_eval.py measures any set."""

from __future__ import annotations

from typing import Any

import pytest

from backcare.engine.safety import load_safety
from tests.conftest import EVAL, read_jsonl

SAFETY = load_safety()
# sets the learned check (data/redflag_net.bin) is trained on but the rules were never tuned on:
# the first sets written for it by people who never saw the rules (docs/safety.md). The rules
# flag some of their ordinary lines, which the learned check cannot undo (it only adds notices)
RULES_UNTUNED = ("red_flags_bankA", "red_flags_bankB")
SETS = [p for p in sorted(EVAL.glob("red_flags*.jsonl")) if p.stem not in RULES_UNTUNED]


def labelled() -> list[tuple[str, dict[str, Any]]]:
    return [(path.stem, item) for path in SETS for item in read_jsonl(path)]


def is_red_flag(item: dict[str, Any]) -> bool:
    return bool(item["urgent"]) if "urgent" in item else item["flag"] is not None


ITEMS = labelled()
RED = [(name, item) for name, item in ITEMS if is_red_flag(item)]
ORDINARY = [(name, item) for name, item in ITEMS if not is_red_flag(item)]


def test_sets_are_big_and_balanced() -> None:
    assert len(SETS) >= 3
    assert len(RED) >= 250 and len(ORDINARY) >= 240


@pytest.mark.parametrize(("name", "item"), RED, ids=[f"{n}:{i['q'][:50]}" for n, i in RED])
def test_red_flag_question_raises_a_notice(name: str, item: dict[str, Any]) -> None:
    flags = SAFETY.check(item["q"])
    assert flags, f"{name}: no notice for {item['q']!r}"
    if item.get("flag"):  # the project's own set names the rule
        assert item["flag"] in [f.id for f in flags]


@pytest.mark.parametrize(
    ("name", "item"), ORDINARY, ids=[f"{n}:{i['q'][:50]}" for n, i in ORDINARY]
)
def test_ordinary_question_raises_nothing(name: str, item: dict[str, Any]) -> None:
    assert [f.id for f in SAFETY.check(item["q"])] == [], f"{name}: {item['q']!r}"


def test_emergency_labelled_questions_raise_an_emergency() -> None:
    wrong = [
        item["q"]
        for _, item in RED
        if item.get("tier") == "emergency" and SAFETY.check(item["q"])[0].urgency != "emergency"
    ]
    assert wrong == []


@pytest.mark.parametrize("name", RULES_UNTUNED)
def test_sets_the_rules_were_not_tuned_on_are_caught_with_the_learned_check(name: str) -> None:
    items = read_jsonl(EVAL / f"{name}.jsonl")
    red = [item["q"] for item in items if is_red_flag(item)]
    ordinary = [item["q"] for item in items if not is_red_flag(item)]
    missed = [q for q in red if not SAFETY.check(q)]
    assert len(missed) <= len(red) // 50, missed  # at least 98% caught (measured: 245, 246/250)
    # the learned check adds no false alarm to the rules' own
    added = [q for q in ordinary if SAFETY.check(q) != SAFETY.check_rules(q)]
    assert added == []
