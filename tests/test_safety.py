"""Red flags: every labelled emergency caught, no ordinary question flagged, negation, typos."""

from __future__ import annotations

import pytest

from backcare.engine.safety import URGENCIES, load_safety
from tests.conftest import EVAL, read_jsonl

SAFETY = load_safety()
LABELLED = read_jsonl(EVAL / "red_flags.jsonl")
FLAGGED = [item for item in LABELLED if item["flag"]]
ORDINARY = [item for item in LABELLED if not item["flag"]]


def test_labelled_set_is_big_and_balanced() -> None:
    assert len(FLAGGED) >= 30 and len(ORDINARY) >= 30


@pytest.mark.parametrize("item", FLAGGED, ids=[i["q"][:40] for i in FLAGGED])
def test_red_flag_question_raises_its_rule(item: dict[str, str]) -> None:
    assert item["flag"] in [f.id for f in SAFETY.check(item["q"])]


@pytest.mark.parametrize("item", ORDINARY, ids=[i["q"][:40] for i in ORDINARY])
def test_ordinary_question_raises_nothing(item: dict[str, str]) -> None:
    assert SAFETY.check(item["q"]) == []


@pytest.mark.parametrize(
    "question",
    ["no fever", "I am not feverish", "I don't have a fever", "without any numbness in my bum"],
)
def test_negated_symptom_does_not_fire(question: str) -> None:
    assert SAFETY.check(question) == []


def test_negation_of_one_symptom_leaves_another() -> None:
    ids = [f.id for f in SAFETY.check("no fever but I wet myself")]
    assert ids == ["cauda-equina-bladder"]


def test_typos_are_tolerated() -> None:
    assert [f.id for f in SAFETY.check("numbess in my buttocks")] == ["cauda-equina-saddle"]


def test_flags_are_ordered_most_urgent_first_and_carry_an_action() -> None:
    flags = SAFETY.check("fever and I can't pee")
    assert [f.urgency for f in flags] == sorted((f.urgency for f in flags), key=URGENCIES.index)
    assert flags[0].urgency == "emergency"
    assert "emergency number" in flags[0].message and "999" in flags[0].message


def test_rules_file_is_complete_and_cites_sources() -> None:
    import json

    from backcare.resources import data_path

    data = json.loads(data_path("red_flags.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) >= 3 and all(s["name"] and s["url"] for s in data["sources"])
    assert set(data["messages"]) == set(URGENCIES)
    ids = [rule["id"] for rule in data["rules"]]
    assert len(ids) == len(set(ids))
    for rule in data["rules"]:
        assert rule["urgency"] in URGENCIES
        assert len(rule["message"]) > 20 and rule["patterns"]
    assert "emergency number" in data["messages"]["emergency"]
