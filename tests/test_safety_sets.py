"""The labelled red-flag sets the rules were tuned on (tests/eval/red_flags*.jsonl): every red-flag
question raises a notice and no ordinary question does, except the failures listed in
tests/eval/known_red_flags.json for sets kept with their honest remaining misses (the strangers'
banks A and B, where recall is still being worked on). Figures on sets nobody tuned on are in
docs/safety.md; tools/redflag_eval.py measures any set."""

from __future__ import annotations

import json
from typing import Any

import pytest

from backcare.engine.safety import load_safety
from tests.conftest import EVAL, read_jsonl

SAFETY = load_safety()
SETS = sorted(EVAL.glob("red_flags*.jsonl"))
# per set: "missed", "flagged" and "not_emergency" questions, each a known failure
KNOWN: dict[str, dict[str, list[str]]] = json.loads(
    (EVAL / "known_red_flags.json").read_text(encoding="utf-8")
)["sets"]


def known(name: str, kind: str) -> set[str]:
    return set(KNOWN.get(name, {}).get(kind, ()))


# sets the learned check (data/redflag_net.bin) was first measured on, written by people who never
# saw the rules (docs/safety.md): their remaining failures are listed in known_red_flags.json
RULES_UNTUNED = ("red_flags_bankA", "red_flags_bankB")


def labelled() -> list[tuple[str, dict[str, Any]]]:
    return [(path.stem, item) for path in SETS for item in read_jsonl(path)]


def is_red_flag(item: dict[str, Any]) -> bool:
    return bool(item["urgent"]) if "urgent" in item else item["flag"] is not None


ITEMS = labelled()
RED = [
    (name, item)
    for name, item in ITEMS
    if is_red_flag(item) and item["q"] not in known(name, "missed")
]
ORDINARY = [
    (name, item)
    for name, item in ITEMS
    if not is_red_flag(item) and item["q"] not in known(name, "flagged")
]


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
        for name, item in RED
        if item.get("tier") == "emergency"
        and item["q"] not in known(name, "not_emergency")
        and SAFETY.check(item["q"])[0].urgency != "emergency"
    ]
    assert wrong == []


def test_known_failures_are_current() -> None:
    """Each listed failure is a question of its set, labelled so, that still fails: one the
    check now gets right must leave the list, so the list stays an honest count."""
    by_set = {name: {item["q"]: item for n, item in ITEMS if n == name} for name in KNOWN}
    stale = []
    for name, kinds in KNOWN.items():
        for kind, questions in kinds.items():
            for question in questions:
                item = by_set[name].get(question)
                flags = SAFETY.check(question)
                still = item is not None and (
                    (kind == "missed" and is_red_flag(item) and not flags)
                    or (kind == "flagged" and not is_red_flag(item) and bool(flags))
                    or (
                        kind == "not_emergency"
                        and item.get("tier") == "emergency"
                        and bool(flags)
                        and flags[0].urgency != "emergency"
                    )
                )
                if not still:
                    stale.append(f"{name} {kind}: {question}")
    assert stale == []


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
