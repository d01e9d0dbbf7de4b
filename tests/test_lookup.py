"""Finding what a person meant: topics by name, prefix or spelling; ids near a mistyped one; which
near misses are worth suggesting."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from backcare.packs.lookup import complete_topics, find_topics, suggest_ids
from backcare.packs.schema import Pack

PACK: Pack = load_pack(None)


@pytest.mark.parametrize(
    ("wanted", "found"),
    [
        ("Pain Relief", ["pain relief"]),
        ("  pain   relief ", ["pain relief"]),
        ("stretches", ["stretches and release"]),
        ("relief", ["pain relief"]),  # the start of one of its words
        ("atrophy", ["muscle atrophy"]),
        ("s", ["stretches and release", "stiffness and tightness"]),
        ("strech", ["stretches and release"]),  # a close spelling
        ("cooking", []),
        ("", []),
        ("ＰＡＩＮ ＲＥＬＩＥＦ", ["pain relief"]),  # full-width forms folded (hostile11)
        ("ｒｅｌｉｅｆ", ["pain relief"]),
    ],
)
def test_find_topics(wanted: str, found: list[str]) -> None:
    assert find_topics(PACK, wanted) == found


def test_suggest_ids_puts_ids_it_starts_first_then_close_spellings() -> None:
    assert suggest_ids(PACK, "helps-tight")[0] == "helps-tight-back-muscles"
    assert suggest_ids(PACK, "long")[:2] == [
        "long-stiff-back-last",
        "long-take-rebuild-muscle-after-atrophy",
    ]
    assert "back-get-stiff-sit" in suggest_ids(PACK, "bak-get-stif-sit")
    assert suggest_ids(PACK, "zzqx") == []
    assert suggest_ids(PACK, "ｂａｃｋ-ｇｅｔ-ｓｔｉｆｆ-ｓｉｔ")[0] == "back-get-stiff-sit"
    assert suggest_ids(PACK, " ") == []


def test_complete_topics_is_case_blind() -> None:
    assert complete_topics(PACK, "PA") == ["pain relief"]


def test_complete_topics_offers_no_topic_readline_would_echo_raw() -> None:
    from backcare.packs.schema import pack_from_data

    entries = [
        {"id": f"e{i}", "question": f"Question {i}?", "answer": "An answer.", "topic": topic}
        for i, topic in enumerate(["relief \u009b31m", "relief \u202eevil", "relief plain"])
    ]
    pack = pack_from_data({"title": "T", "entries": entries}, "t.json")
    assert complete_topics(pack, "rel") == ["relief plain"]


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("tight neck", 3),  # best 37.5: plausible
        ("how do I make pancakes", 0),  # best 0
        ("the", 0),  # filler only: high scores that mean nothing
        ("stiff back after sitting", 0),  # confident: the answer itself, not suggestions
    ],
)
def test_plausible_suggestions(question: str, shown: int) -> None:
    assert len(Engine(PACK).ask(question).suggestions) == shown
