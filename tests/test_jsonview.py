"""`ask --json` lines are built from parts (each entry's fields encoded once a batch): they must be
the characters `dumps` gives for the documented object, for every kind of answer and stream."""

from __future__ import annotations

import io
import json

import pytest

from backcare.engine.answer import Answer, Engine
from backcare.engine.match import Match, Ranking
from backcare.output.environment import Environment, Mode, ViewOptions
from backcare.output.jsonview import JsonView, dumps
from backcare.packs.load import load_pack

ENGINE = Engine(load_pack())
QUESTIONS = [
    "stiff back after sitting",
    "heat or ice for a stiff back?",
    "how do I make pancakes",  # no answer: the pack's topics
    "help",
    "sudden numbness in my groin and I can't pee",  # an emergency notice
    "is numbness in the groin serious? asking for a first aid course",  # a pointer
    "my back hurts and my legs feel weak since this morning",
    "stiff bakc aftr siting",  # typo corrections
    'a "quoted" back\\slash question \u00e9\u2014ok',
    "\x9b31mred back pain a\u202egnp tag\U000e0041 line\u2028break",  # shown as escapes
    "moj maz nie czuje nog i nie moze siusiac",  # not English: "not_english" (newcomer18 F8)
]


def view(explain: bool, ascii_only: bool, region: str | None) -> JsonView:
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii" if ascii_only else "utf-8")
    env = Environment(
        stdout,
        io.StringIO(),
        False,
        False,
        Mode.JSON,
        "never",
        80,
        ViewOptions(explain, region=region),
    )
    return JsonView(env)


@pytest.mark.parametrize("explain", [False, True])
@pytest.mark.parametrize("ascii_only", [False, True])
@pytest.mark.parametrize("region", [None, "uk"])
def test_an_answer_line_is_the_documented_object_encoded(
    explain: bool, ascii_only: bool, region: str | None
) -> None:
    shown = view(explain, ascii_only, region)
    assert shown.ascii_only is ascii_only
    for question in QUESTIONS:
        for top in (1, 3, 12):
            answer = ENGINE.ask(question, top=top)
            expected = dumps(shown.answer_data(answer), ascii_only=ascii_only)
            assert shown.answer_line(answer) == expected
            assert json.loads(expected)["query"] == question


def test_pack_text_a_terminal_would_not_show_is_escaped_in_an_answer_line() -> None:
    entry = ENGINE.pack.entries[0]
    hostile = entry._replace(answer="Rest.\x9b31m \u202eWalk.", question="Why\u2028me?")
    signals = ENGINE.ask("stiff back after sitting").results[0].signals
    match = Match(hostile, 80.0, signals)
    answer = Answer("q\x85", Ranking("q", (match,), True, ()), ())
    line = view(True, False, None).answer_line(answer)
    assert all(c.isprintable() for c in line)
    assert line == dumps(view(True, False, None).answer_data(answer))
    assert json.loads(line)["match"]["answer"] == "Rest.\x9b31m \u202eWalk."
