"""A batch's JSON objects say which input line each answers ("line", 1-based, every line counted),
whatever the input holds between them (blank lines, invisible ones, CRLF, a byte-order mark, no
final newline), and whichever path answers it (the engine, or the red-flag check alone)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.golden_files import check

# 1 (a byte-order mark, CRLF), 2 blank (CRLF), 3 spaces, 4 a zero-width space (invisible: blank),
# 5, 6 (CRLF), 7 blank, 8 (no final newline)
BATCH = (
    "\ufeffstiff back after sitting\r\n\r\n   \n\u200b\nheat or ice for a stiff back?\r\n"
    "i cant pee\n\nhow do I make pancakes"
).encode()
LINES = [1, 5, 6, 8]
BLANK_LINES = [2, 3, 4, 7]  # each gets {"line", "error": "the question is empty"} (newcomer10 F2)
QUERIES = [
    "stiff back after sitting",
    "heat or ice for a stiff back?",
    "i cant pee",
    "how do I make pancakes",
]


def batch(*args: str, stdin: bytes = BATCH) -> tuple[int, list[dict[str, Any]], str]:
    done = CliRunner().invoke(app, ["ask", "--json", *args, "-"], input=stdin)
    return done.exit_code, [json.loads(line) for line in done.stdout.splitlines()], done.stdout


def test_each_batch_object_names_the_input_line_it_answers() -> None:
    code, objects, _ = batch()
    assert code == 3  # the emergency on line 6
    assert [o["line"] for o in objects] == list(range(1, 9))  # every line, in order
    answered = [o for o in objects if "query" in o]
    assert [o["line"] for o in answered] == LINES
    assert [o["query"] for o in answered] == QUERIES
    assert [o for o in objects if "query" not in o] == [
        {"line": n, "error": "the question is empty"} for n in BLANK_LINES
    ]
    assert all(next(iter(o)) == "line" for o in objects)  # first, the same in every object


def test_a_batch_with_unix_line_ends_numbers_the_same() -> None:
    unix = BATCH.replace(b"\r\n", b"\n")
    assert [o["line"] for o in batch(stdin=unix)[1] if "query" in o] == LINES


def test_a_batch_whose_pack_fails_still_numbers_its_notices() -> None:
    """The pack cannot be opened: the questions are checked for red flags alone, the notice's
    object names its line too, and every other line gets an error object naming its line
    (newcomer10 F3); the installed command closes with an {"error"} line (test_worker_lines)."""
    code, objects, _ = batch("--faq", "no-such-pack.json")
    assert code == 3
    assert [(o["line"], o["query"]) for o in objects if "query" in o] == [(6, "i cant pee")]
    assert [o.get("line") for o in objects] == list(range(1, 9))
    assert objects[1] == {"line": 2, "error": "the question is empty"}
    assert "no-such-pack.json" in objects[0]["error"]


def test_a_batch_in_utf16_numbers_its_lines_too() -> None:
    utf16 = BATCH.decode().removeprefix("\ufeff").encode("utf-16")
    assert [o["line"] for o in batch(stdin=utf16)[1] if "query" in o] == LINES


@pytest.mark.parametrize("question", ["stiff back after sitting", "i cant pee"])
def test_a_question_on_the_command_line_has_no_line(question: str) -> None:
    done = CliRunner().invoke(app, ["ask", "--json", *question.split()])
    assert "line" not in json.loads(done.stdout)


def test_batch_json_matches_golden_file() -> None:
    check("ask_json_batch.txt", batch()[2])


@pytest.mark.parametrize("explain", [False, True])
def test_a_numbered_answer_line_is_the_documented_object_encoded(explain: bool) -> None:
    """The batch's line, built from parts (JsonView.answer_line), is the documented object
    (Answer.to_dict, with "line") encoded, as for every other answer (tests/test_jsonview.py)."""
    from backcare.output.jsonview import dumps
    from tests.test_jsonview import ENGINE, QUESTIONS, view

    shown = view(explain, False, None)
    for number, question in enumerate(QUESTIONS, 1):
        answer = ENGINE.ask(question)._replace(line=number)
        expected = dumps(shown.answer_data(answer))
        assert shown.answer_line(answer) == expected
        assert json.loads(expected)["line"] == number
