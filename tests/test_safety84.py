"""safety84 (issue #12, red flags 31): other languages' and dialects' words for the signs read as
English (code_switch.py, data/code_switch_words.json), injected drug use told as past or a
relapse, and other senses of alarm words (a startle's near leak, remission from a habit, normal
findings of both legs, weight lost from an activity or stress). Each class has its twin that
keeps its notice."""

from __future__ import annotations

import pytest

from backcare.engine.analyze import SortedWords
from backcare.engine.safety.code_switch import _phrases, code_switched
from backcare.engine.safety.reading import tokenize
from backcare.resources import read_bytes
from tests.safety_cases import SAFETY

CODE_SWITCHED = [
    "mi schiena fa male, both gambe like cotton, falling",
    "Mi back a hurt and mi cyaan feel mi backside",
    "my back hurts, both piernas weak since this morning",
    "mi espalda duele, no siento las piernas",
    "back bad, nie czuje nogi, nie moge sikac",
    "kamar dard, dono pairon mein sunn, peshab nahi aa raha",
    "back sore, both taangein weak, can't stand",
    "ma back's sair an ah cannae feel ma legs",
    "dor nas costas, nao sinto minhas pernas",
]

INJECTED = [
    "used to inject, clean for a bit, but I'm using again and my lower back has ached for a "
    "week, no temp, walking ok",
    "I used to inject. Back aches for a month now",
    "started injecting again last month and my lower back is sore all the time",
    "I'm back on the gear and my back has been killing me for a week",
]

CALM = [
    "I used to inject insulin but now I take tablets; my back aches",
    "I'm in remission from a gambling habit lol, now I just sit too much playing chess online. "
    "Back's stiff. Tips?",
    "Lost my job, lost my car keys, lost 2kg from stress-cleaning the house. Back's stiff from "
    "hunching over the hoover. Stretches?",
    "Almost pooed myself when the deadlift bar slipped, scariest moment of my gym life. Back's "
    "fine, any technique tips?",
    "Paramedic, lifting stretchers all day, mild LBP, apyrexial, full power both legs. Do "
    "lifting belts actually help?",
    "my sheets are like cotton, back stiff",
    "mi schiena è rigida from sitting all day at the desk, any stretches?",
]

TWINS = [
    ("lost 2kg without trying this month and my back aches at night", "soon"),
    ("almost pooed myself twice today, can't feel when I need to go, back is sore", "emergency"),
    ("in remission from breast cancer, new back pain that keeps me up at night", "urgent"),
    ("Paramedic here, my own back has gone and both my legs are numb since lunch", "emergency"),
    ("I really wet myself, not laughing, and my back is sore since the fall", "emergency"),
]


@pytest.mark.parametrize("question", CODE_SWITCHED)
def test_code_switched_sign_words_raise_the_emergency(question: str) -> None:
    flags = SAFETY.check_rules(question)
    assert flags and flags[0].urgency == "emergency"


@pytest.mark.parametrize("question", INJECTED)
def test_injected_drug_use_past_or_relapsed_is_a_risk_factor(question: str) -> None:
    assert "infection-risk" in {f.id for f in SAFETY.check_rules(question)}


@pytest.mark.parametrize("question", CALM)
def test_other_senses_raise_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize(("question", "tier"), TWINS)
def test_twins_keep_their_tier(question: str, tier: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == tier


def test_no_code_switch_key_is_english_alone() -> None:
    """A key may not be a common English word alone, nor a run of English words only ("pair"
    stays a pair, "no fit" is English): the table reads only what English cannot mean."""
    english = SortedWords(read_bytes("english_words.txt"))
    for key in _phrases():
        assert not all(word in english for word in key), key


def test_a_run_is_read_in_place_within_its_clause() -> None:
    tokens = tokenize(
        "no siento las piernas, pair mein dard", frozenset(), frozenset(), frozenset()
    )
    read = [t.surface for t in code_switched(tokens)]
    assert read == ["cant", "feel", "las", "legs", "in", "legs", "pain"]
    across = tokenize("no, siento", frozenset(), frozenset(), frozenset())
    assert [t.surface for t in code_switched(across)] == ["no", "siento"]
