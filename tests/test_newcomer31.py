"""newcomer31's findings the lead mended: a single-dash long option (F9), a two-letter topic
read as a close spelling, batch errors that name their input lines in one last error (F8), the
prompt's "did you mean" for a mistyped command (F10), and the apostrophe hint in `ask --help`
(F11). Each failed on main cf810e23."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from backcare.cli.promptcommands import near_command
from tests.test_interactive import session


def backcare(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BACKCARE_CACHE_DIR": "off", "NO_COLOR": "1"}
    env.pop("BACKCARE_FAQ", None)
    return subprocess.run(
        [sys.executable, "-m", "backcare", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["-top", "5", "stiff", "back"],
            "no such option: -top (long options take two dashes: did you mean --top?)",
        ),
        (["--tpo", "5", "stiff", "back"], "no such option: --tpo (did you mean --top?)"),
        (
            ["ask", "-top", "5", "stiff", "back"],  # Click read it as -t op: "unknown topic 'op'"
            "no such option: -top (long options take two dashes: did you mean --top?)",
        ),
        (["-explain", "stiff", "back"], "did you mean --explain?"),
        (["validate", "-questions", "q.csv"], "did you mean --questions?"),
    ],
)
def test_a_mistyped_long_option_is_named_as_typed_with_what_it_meant(
    args: list[str], said: str
) -> None:
    run = backcare(*args)
    assert run.returncode == 2
    assert said in run.stderr, run.stderr
    assert run.stderr.count("\n") == 1 and run.stdout == ""


def test_an_option_nothing_resembles_is_only_named() -> None:
    run = backcare("-x", "stiff", "back")
    assert run.returncode == 2
    assert "no such option: -x;" in run.stderr and "did you mean" not in run.stderr


@pytest.mark.parametrize("topic", ["op", "ph", "ief", "ess"])
def test_two_or_three_letters_inside_a_topic_name_are_no_topic(topic: str) -> None:
    # "op" sits inside "atrophy": WRatio's partial score chose "muscle atrophy" and answered from it
    run = backcare("ask", "--topic", topic, "stiff", "back")
    assert run.returncode == 1  # not found, as an unknown id (ux31, F12)
    assert f"unknown topic '{topic}'" in run.stderr and run.stdout == ""


@pytest.mark.parametrize(
    ("topic", "named"), [("relif", "pain relief"), ("atrphy", "muscle atrophy")]
)
def test_a_misspelt_topic_of_four_letters_or_more_still_resolves(topic: str, named: str) -> None:
    run = backcare("topics", topic)
    assert run.returncode == 0, run.stderr
    assert all(line.startswith(named) for line in run.stdout.splitlines())


def test_a_batch_s_bad_lines_are_named_in_one_last_error() -> None:
    lines = '{"q": "stiff back"}\nnot json\n{"q": "heat or ice"}\n[1]\nnot json either\n'
    run = backcare("ask", "--json", "--input", "jsonl", "-", stdin=lines)
    assert run.returncode == 2
    objects = [json.loads(line) for line in run.stdout.splitlines()]
    assert [o.get("line") for o in objects] == [1, 2, 3, 4, 5, None]  # one last object, no line
    last = objects[-1]["error"]
    assert last.startswith("lines 2, 5 of the input: the line is not JSON"), last
    assert "line 4 of the input: the line is not a JSON object" in last
    # stderr: the same one line
    assert run.stderr.count("\n") == 1 and "lines 2, 5 of the input" in run.stderr


def test_a_plain_batch_names_its_bad_line_on_stderr() -> None:
    run = backcare("ask", "--input", "jsonl", "-", stdin='{"q": "stiff back"}\nnot json\n')
    assert run.returncode == 2
    assert "backcare: line 2 of the input: the line is not JSON" in run.stderr
    assert "When you sit on the edge of your chair" in run.stdout


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("qiut", "quit"),
        ("exti", "exit"),
        ("hlep", "help"),
        ("topcs", "topics"),
        ("shwo", "show"),
        (":topic", ":topics"),
        (":qiut", ":quit"),
        (":hepl", ":help"),
    ],
)
def test_the_prompt_says_what_a_mistyped_command_meant(typed: str, meant: str) -> None:
    assert near_command(typed) == meant
    s, out = session(typed)
    s.run()
    assert f"Did you mean {meant!r}?" in out.getvalue(), out.getvalue()
    assert "No confident match" not in out.getvalue()


@pytest.mark.parametrize("word", ["shoe", "exist", "quiet", "hell", "topic", "stretches", "back"])
def test_an_ordinary_word_alone_is_still_a_question(word: str) -> None:
    assert near_command(word) is None
    s, out = session(word)
    s.run()
    assert "Did you mean" not in out.getvalue()


def test_a_mistyped_command_that_describes_a_red_flag_is_asked_first() -> None:
    # no single word here is a command's typo and a red flag at once today; a colon typo with
    # red-flag words gets the notice first, then the hint
    s, out = session(":topic i cant pee and my groin is numb")
    s.run()
    text = out.getvalue()
    assert "EMERGENCY" in text.upper() and s.emergency
    assert text.upper().index("EMERGENCY") < text.index("Did you mean ':topics'?")


def test_ask_help_says_an_apostrophe_needs_double_quotes() -> None:
    run = backcare("ask", "--help")
    assert run.returncode == 0
    assert "apostrophe in double quotes" in " ".join(run.stdout.split())


@pytest.mark.parametrize("term", ["dumb", "xterm"])
def test_color_always_on_a_dumb_terminal_keeps_the_width_given(
    monkeypatch: pytest.MonkeyPatch, term: str
) -> None:
    # F13: Rich takes 80x25 on TERM=dumb unless given a height too: `--color always` there was
    # laid out at 80 columns whatever COLUMNS said
    from backcare.output.terminal import make_console

    monkeypatch.setenv("TERM", term)
    console = make_console("always", width=50)
    assert console.width == 50


def test_a_glued_short_option_value_that_is_no_long_option_is_still_a_value() -> None:
    assert backcare("ask", "-n2", "stiff", "back", "after", "sitting").returncode == 0
    run = backcare("ask", "-tpain", "relief", "tight", "back")  # -t "pain": a topic's prefix
    assert run.returncode in (0, 1) and "no such option" not in run.stderr


def test_a_glued_long_option_after_dashes_is_words_of_the_question() -> None:
    run = backcare("ask", "--", "-top", "stiff")
    assert run.returncode == 1 and "no such option" not in run.stderr


def test_red_flag_words_beside_a_glued_long_option_are_told_first() -> None:
    run = backcare("ask", "-top", "5", "i", "cant", "pee", "and", "my", "groin", "is", "numb")
    assert run.returncode == 3
    assert "no such option: -top" in run.stderr
