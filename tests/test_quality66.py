"""quality66 (issue 11): tools.miss_causes puts each of the engine's misses in one cause, by where
the question's words are in the wanted entry and in the entry ranked first instead, on small
made-up packs with rankers that miss on purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcare.engine.analyze import load_stopwords
from backcare.packs.schema import Entry, Pack
from tools.miss_causes import CAUSES, Miss, cause, in_half, main, misses, report, terms

STOP = frozenset(load_stopwords())


def entry(id_: str, question: str, answer: str) -> Entry:
    return Entry(id_, question, answer)


def pack_of(*entries: Entry) -> Pack:
    return Pack("made up", entries, "made-up.json")


def ask(text: str) -> frozenset[str]:
    return terms(text, STOP)


KAYAK = entry("kayak", "How do I roll a kayak?", "Hip snap first, then sweep the paddle.")
TENT = entry("tent", "How do I pitch a tent in wind?", "Stake the windward side, then the poles.")
STOVE = entry("stove", "Why will my camping stove not light?", "Clean the jet; check the gas.")


def test_a_question_sharing_no_word_with_the_wanted_entry_is_no_shared_word() -> None:
    assert cause(ask("capsize recovery drill"), KAYAK, TENT, STOP) == "no shared word"


def test_words_only_the_wanted_answer_holds_are_answer_field_evidence() -> None:
    assert cause(ask("paddle sweep"), KAYAK, TENT, STOP) == "wanted only via its answer"


def test_a_rival_whose_question_holds_more_of_the_words_is_told_so() -> None:
    question = ask("pitch a tent or roll a kayak in wind")
    assert cause(question, KAYAK, TENT, STOP) == "rival's question holds more"


def test_a_tie_in_the_questions_settled_by_the_rival_answer_is_told_apart_from_other_ties() -> None:
    rival = entry("tent2", "How do I roll a tent?", "Fold the poles, sweep out the sand.")
    # "roll" in both questions; "sweep" in both answers, "sand" in the rival's only
    assert (
        cause(ask("roll with sweep in sand"), KAYAK, rival, STOP)
        == "tie in the questions, rival's answer holds more"
    )
    assert cause(ask("roll sweep"), KAYAK, rival, STOP) == "tie in the questions, other signals"


def test_a_wanted_entry_whose_question_holds_more_and_still_lost_is_its_own_cause() -> None:
    assert cause(ask("roll a kayak"), KAYAK, STOVE, STOP) == "lost with more question words"


def test_nothing_ranked_counts_as_a_rival_holding_nothing() -> None:
    assert cause(ask("roll a kayak"), KAYAK, None, STOP) == "lost with more question words"


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=60))
def test_every_miss_has_exactly_one_of_the_named_causes(q: str, a: str, b: str) -> None:
    wanted = entry("w", a, b)
    rival = entry("r", b, a)
    assert cause(ask(q), wanted, rival, STOP) in CAUSES


@given(st.lists(st.sampled_from(["kayak", "tent", "stove"]), min_size=1, max_size=3, unique=True))
def test_the_two_halves_split_the_questions_by_the_wanted_entry_position(ids: list[str]) -> None:
    pack = pack_of(KAYAK, TENT, STOVE)
    expect = frozenset(ids)
    first = min(["kayak", "tent", "stove"].index(x) for x in ids)
    assert in_half(pack, expect, "even") == (first % 2 == 0)
    assert in_half(pack, expect, "even") != in_half(pack, expect, "odd")
    assert in_half(pack, expect, None)


def test_misses_lists_only_wrong_first_answers_of_the_half_with_each_baseline_verdict() -> None:
    pack = pack_of(KAYAK, TENT, STOVE)
    queries = [
        ("roll a kayak", frozenset({"kayak"})),  # right: no miss
        ("stove will not light", frozenset({"stove"})),  # wrong: tent first
        ("pitch a tent", frozenset({"tent"})),  # odd position: left out of the even half
        ("nothing here", frozenset({"gone"})),  # a label the pack lacks: not asked
    ]
    ranked = {"roll a kayak": ["kayak"], "stove will not light": ["tent", "stove"]}
    found, asked = misses(
        pack,
        queries,
        lambda text: ranked.get(text, ["kayak"]),
        [lambda text: ["stove"], lambda text: []],
        half="even",
    )
    assert asked == 2
    assert found == [
        Miss(
            "stove will not light",
            "stove",
            "tent",
            "lost with more question words",
            (True, False),
        )
    ]


def test_the_report_counts_each_cause_and_the_baselines_that_got_it_right() -> None:
    found = [
        Miss("a", "w", "r", CAUSES[2], (True, False)),
        Miss("b", "w", "r", CAUSES[2], (True, True)),
        Miss("c", "w", None, CAUSES[0], (False, False)),
    ]
    lines = report(found, 10, ("BM25 q", "BM25 qa"))
    assert lines[0] == "3 misses of 10 questions"
    rows = {line.split(" | ")[0].lstrip("| "): line for line in lines[4:]}
    assert set(rows) == set(CAUSES)
    assert rows[CAUSES[2]] == f"| {CAUSES[2]} | 2 | 20.0 | 2 | 1 |"
    assert rows[CAUSES[0]] == f"| {CAUSES[0]} | 1 | 10.0 | 0 | 0 |"
    assert rows[CAUSES[4]] == f"| {CAUSES[4]} | 0 | 0.0 | 0 | 0 |"


def test_the_command_prints_the_table_and_each_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(
        json.dumps(
            {
                "title": "Outdoors",
                "entries": [e._asdict() for e in (KAYAK, TENT, STOVE)],
            }
        ),
        encoding="utf-8",
    )
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        json.dumps({"q": "how do I roll my kayak back up", "expect": ["kayak"]}) + "\n",
        encoding="utf-8",
    )
    assert main([str(pack), str(queries), "--list"]) == 0
    out = capsys.readouterr().out
    assert "misses of 1 questions" in out
    assert "| cause | misses | share of questions | BM25 question right |" in out


def test_an_unreadable_pack_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "missing.json"), str(tmp_path / "q.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("miss_causes: ") and "\n" not in err
