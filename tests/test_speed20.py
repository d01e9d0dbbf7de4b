"""A batch's repeated lines are answered once (cli/repeats.py, issue 17): the engine reads each
distinct query once, every line still gets its own number and text, and what a line owes to the
lines before it (an emergency hard-wrapped across lines, wrapped.py) is still read line by line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from backcare.cli import repeats
from backcare.cli.app import app
from backcare.cli.ask import answers
from backcare.cli.context import open_engine
from backcare.cli.inputlines import input_line
from backcare.engine import tried
from backcare.engine.analyze import words
from backcare.engine.answer import Answer, Engine
from backcare.engine.query import Query, query_template
from backcare.engine.tried import TriedCues


def counted(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts `engine.answer` is asked, in order."""
    asked: list[str] = []
    answer = engine.answer

    def counting(query: Query) -> Answer:
        asked.append(str(query.text))
        return answer(query)

    monkeypatch.setattr(engine, "answer", counting)
    return asked


LINES = [
    "stiff back after sitting",
    "heat or ice for a stiff back?",
    "stiff back after sitting",
    "i cant pee",
    "heat or ice for a stiff back?",
    "stiff back after sitting",
    "i cant pee",
]


def batch(engine: Engine, lines: list[str]) -> list[Answer]:
    template = query_template(engine.pack, top=3, topic=None)
    return list(answers(engine, template, [input_line(t, n) for n, t in enumerate(lines, 1)]))


def test_each_distinct_line_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = open_engine([])
    asked = counted(engine, monkeypatch)
    got = batch(engine, LINES)
    assert asked == list(dict.fromkeys(LINES))  # was every line: 7 readings for 3 texts
    assert [a.line for a in got] == list(range(1, len(LINES) + 1))
    assert [a.query for a in got] == LINES
    assert [getattr(a.query, "number", None) for a in got] == [a.line for a in got]
    # each answer is the one the text gets asked alone
    alone = open_engine([])
    template = query_template(alone.pack, top=3, topic=None)
    for a in got:
        single = alone.answer(template.with_text(a.query))
        assert a._replace(line=None) == single
    assert got[3].red_flags and got[3].red_flags == got[6].red_flags


def test_a_re_ranker_reads_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A semantic re-ranker reads the text itself and may fail mid-batch (the later lines are
    then ranked without it): no memo."""
    engine = open_engine([])
    asked: list[str] = []
    monkeypatch.setattr(engine.matcher, "reranker", object())  # only its presence is read here
    memo = repeats.Repeats(engine)
    template = query_template(engine.pack, top=3, topic=None)
    monkeypatch.setattr(engine, "answer", lambda query: asked.append(str(query.text)))
    for text in LINES[:3]:
        memo.answer(template.with_text(text))
    assert asked == LINES[:3]


def test_the_memo_starts_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repeats, "REPEAT_CACHE", 5)  # two answers of 1 + 3 results do not fit
    engine = open_engine([])
    asked = counted(engine, monkeypatch)
    got = batch(engine, LINES[:3])
    assert asked == LINES[:3]
    assert got[0]._replace(line=None, query="") == got[2]._replace(line=None, query="")


def run(lines: list[str]) -> list[dict[str, Any]]:
    done = CliRunner().invoke(app, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_a_repeated_line_still_ends_an_emergency_wrapped_over_lines() -> None:
    """'myself' asked alone first is answered from the memo later, where it ends the emergency
    wrapped over three lines: the notice the joined lines raise is still added to it."""
    first, *_, last = run(["myself", "I want to", "kill", "myself"])
    assert first["query"] == last["query"] == "myself"
    assert not first["red_flags"]
    assert [f["urgency"] for f in last["red_flags"]] == ["emergency"]
    assert (first["line"], last["line"]) == (1, 4)


# ---- tried.py: a question none of whose words starts a cue is not walked word by word ------------


def unguarded(text: str, stopwords: frozenset[str], cues: TriedCues) -> frozenset[str]:
    """tried_words without the guard: every clause walked word by word."""
    return tried.walked([words(c) for c in tried._CLAUSE.split(text)], stopwords, cues)


CUES = tried.load_tried()
PIECES = sorted(
    {" ".join(c) for c in CUES.cues | CUES.failed | CUES.aims}
    | {"stretching", "heat", "my", "back", "but", "still", "hurts", "what", "helps", "for"}
    | {",", ".", "?", " and "}
)
STOP = frozenset({"my", "but", "what", "for", "the", "it", "i"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_tried_words_are_those_of_the_word_by_word_walk(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert tried.tried_words(text, STOP, CUES) == unguarded(text, STOP, CUES)


def test_a_question_without_a_cue_word_says_nothing_was_tried() -> None:
    assert tried.tried_words("what helps a stiff back after sitting", STOP, CUES) == frozenset()
    assert tried.tried_words("I've tried stretching but it still hurts", STOP, CUES) == {
        "stretching"
    }
