"""newcomer25's findings for a bot developer and a screen-reader user (ux38).

F3: `ask --json` says in `outcome` what the line is (answer, emergency, no_answer), and under an
emergency `match` is null, as the terminal withholds the answer (--show-answer fills it), even
when the matched entry's answer is self-care for that very emergency. F4: a line of `ask -` that
arrived on its own, after the reply to the line before it, is never read with that line for a
red flag (a co-process's next message may be someone else's)."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import PYTHON_M, REPO, PackWriter, isolated_env, run_backcare
from tests.ptyrun import Terminal

CLINIC = {
    "title": "Riverside FAQ",
    "contact": "Reception: 01234 567890",
    "entries": [
        {
            "id": "parking",
            "question": "Is there parking at the clinic?",
            "answer": "Yes, behind the building, free for patients.",
            "topic": "visiting",
        },
        {
            "id": "numb-pee",
            "question": "My legs are numb and I can't pee, should I rest?",
            "answer": "Rest and use a hot water bottle.",
            "topic": "symptoms",
        },
    ],
}
EMERGENCY_ASKED = "my legs are numb and i cant pee"


def _json(runner: CliRunner, *args: str, stdin: str | None = None) -> tuple[int, list[Any]]:
    result = runner.invoke(app, list(args), input=stdin, env={"BACKCARE_REGION": "UK"})
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


def test_an_emergency_withholds_match_even_an_entry_about_that_emergency(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    pack = str(write_pack(CLINIC))
    status, [data] = _json(runner, "--faq", pack, "ask", "--json", "--", EMERGENCY_ASKED)
    assert status == 3 and data["outcome"] == "emergency"
    assert data["match"] is None and "Rest" not in json.dumps(data)
    assert data["results"][0]["id"] == "numb-pee"  # still ranked, as the closest are
    assert {flag["urgency"] for flag in data["red_flags"]} == {"emergency"}
    shown, [data] = _json(
        runner, "--faq", pack, "ask", "--json", "--show-answer", "--", EMERGENCY_ASKED
    )
    assert shown == 3 and data["outcome"] == "emergency" and data["match"]["id"] == "numb-pee"


@pytest.mark.parametrize(
    ("question", "outcome", "answered", "urgencies"),
    [
        ("is there parking at the clinic", "answer", True, set()),
        # an urgent notice with an answer: show the notice first, then the answer
        (
            "is there parking at the clinic? I also have a fever and feel unwell",
            "answer",
            True,
            {"urgent"},
        ),
        ("how do I make pancakes", "no_answer", False, set()),
        # the entry's own question describes an emergency the asker did not: withheld
        ("should I rest my legs", "no_answer", False, set()),
    ],
)
def test_outcome_says_what_to_show(
    runner: CliRunner,
    write_pack: PackWriter,
    question: str,
    outcome: str,
    answered: bool,
    urgencies: set[str],
) -> None:
    pack = str(write_pack(CLINIC))
    _, [data] = _json(runner, "--faq", pack, "ask", "--json", "--", question)
    assert data["outcome"] == outcome
    assert (data["match"] is not None) is answered
    assert {flag["urgency"] for flag in data["red_flags"]} == urgencies


def test_batch_and_jsonl_lines_carry_the_same_outcome(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    pack = str(write_pack(CLINIC))
    questions = ["is there parking at the clinic", EMERGENCY_ASKED, "how do I make pancakes"]
    expected = ["answer", "emergency", "no_answer"]
    status, lines = _json(runner, "--faq", pack, "ask", "--json", "-", stdin="\n".join(questions))
    assert status == 3 and [line["outcome"] for line in lines] == expected
    assert lines[1]["match"] is None
    framed = "".join(json.dumps({"q": q}) + "\n" for q in questions)
    status, records = _json(
        runner, "--faq", pack, "ask", "--json", "--input", "jsonl", "-", stdin=framed
    )
    assert status == 3 and [r["outcome"] for r in records] == expected
    assert records[1]["match"] is None


def test_the_engine_gives_the_same_object_as_the_json_view() -> None:
    from backcare import Engine, load_pack

    answer = Engine(load_pack()).ask("stiff back after sitting and both legs weak")
    data = answer.to_dict()
    assert data["outcome"] == "emergency" and data["match"] is None
    assert answer.to_dict(show_answer=True)["match"] is not None


def _worker(home: Path) -> subprocess.Popen[str]:
    env = isolated_env(home, BACKCARE_CONFIG=os.devnull, BACKCARE_REGION="UK")
    env.pop("PYTHONUNBUFFERED", None)
    return subprocess.Popen(
        [*PYTHON_M, "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


def _reply(worker: subprocess.Popen[str], line: str) -> dict[str, Any]:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(line + "\n")
    worker.stdin.flush()
    ready, _, _ = select.select([worker.stdout], [], [], 120)
    assert ready, "no reply from the worker"
    reply: dict[str, Any] = json.loads(worker.stdout.readline())
    return reply


@pytest.mark.parametrize("pause", [0.0, 0.3])
def test_a_co_process_line_sent_after_the_reply_is_never_read_with_the_one_before(
    tmp_path: Path, pause: float
) -> None:
    """newcomer25 F4: A's "my back hurts and I cannot", answered; then B's "pee at the clinic",
    sent after A's reply was read (at once, or a moment later), is B's alone: no emergency."""
    worker = _worker(tmp_path)
    first = _reply(worker, "my back hurts and I cannot")
    time.sleep(pause)
    second = _reply(worker, "pee at the clinic, is there a toilet?")
    assert worker.stdin is not None
    worker.stdin.close()
    assert worker.wait(timeout=120) != 3
    assert not first["red_flags"] and not second["red_flags"], second


def test_lines_that_arrive_together_are_still_read_together(tmp_path: Path) -> None:
    """A wrapped message written at once (a pipe, a file) keeps its emergency (harden18)."""
    lines = b"my back hurts and I cannot\npee at the clinic, is there a toilet?\n"
    piped = run_backcare("ask", "--json", "-", home=tmp_path, stdin=lines, command=PYTHON_M)
    assert piped.returncode == 3
    replies = [json.loads(line) for line in piped.stdout.splitlines()]
    assert [r["outcome"] for r in replies] == ["answer", "emergency"] or [
        r["outcome"] for r in replies
    ][1] == "emergency"
    path = tmp_path / "lines.txt"
    path.write_bytes(lines)
    with path.open("rb") as stdin:
        from_file = subprocess.run(
            [*PYTHON_M, "ask", "-"],
            stdin=stdin,
            capture_output=True,
            env=isolated_env(tmp_path),
            cwd=REPO,
            timeout=120,
            check=False,
        )
    assert from_file.returncode == 3


def test_a_blank_line_that_came_alone_parts_the_lines_around_it(tmp_path: Path) -> None:
    """One blank line between two wrapped lines keeps them one message (newcomer21 F7) only
    when what follows the blank came with it: here it is sent after the first line's reply."""
    worker = _worker(tmp_path)
    first = _reply(worker, "since yesterday I suddenly cannot")
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("\n")
    worker.stdin.flush()
    assert json.loads(worker.stdout.readline())["error"] == "the question is empty"
    second = _reply(worker, "pee at all")
    worker.stdin.close()
    worker.wait(timeout=120)
    assert not first["red_flags"] and not any(
        flag["urgency"] == "emergency" for flag in second["red_flags"]
    )


def test_ask_help_points_bots_to_jsonl(runner: CliRunner) -> None:
    text = runner.invoke(app, ["ask", "--help"], env={"COLUMNS": "200"}).stdout
    assert "--json --input jsonl -" in text
    assert "wrapped message" in text and "different people's" in " ".join(text.split())


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip("select on pipes")


# ---- F1, F2: the prompt on a dumb terminal (pty) --------------------------------------------------


def _prompt_session(home: Path, keys: list[bytes], timeout: float = 120.0) -> tuple[str, int]:
    """`python -m backcare` on a pseudo-terminal with TERM=dumb; each of `keys` is typed once the
    prompt shows (again); what the terminal showed, and the exit status."""
    with Terminal(home, TERM="dumb", NO_COLOR="1", COLUMNS="80", LINES="200") as term:
        term.next_prompt(timeout)
        for key in keys:
            term.send(key)
            term.next_prompt(timeout)
        status = term.finish(timeout)
    return term.text, status


def test_ctrl_d_with_words_on_a_dumb_terminal_asks_them_whole_on_a_new_line(
    tmp_path: Path,
) -> None:
    # words the pack has no answer for, so the reply quotes them (quality60 answers "heat or ice")
    shown, status = _prompt_session(tmp_path, [b"tax or rent\x04", b"\x04"])
    assert status == 0
    assert "'tax or rent'" in shown and "'tax or ren'" not in shown
    typed = shown.split("backcare> tax or rent", 1)[1]
    assert typed.startswith(("\r\n", "\n")), typed[:40]  # the reply starts on a line of its own


def test_an_up_arrow_on_a_dumb_terminal_says_history_needs_another_terminal(
    tmp_path: Path,
) -> None:
    shown, status = _prompt_session(tmp_path, [b"stiff back after sitting\n", b"\x1b[A\n", b"\x04"])
    assert status == 0
    flat = " ".join(shown.split())
    # said as a person would (newcomer31 F15, ux32): no lower-case "the question is empty
    # (only invisible characters or terminal escapes)" before it
    assert "The arrow keys do nothing here: this terminal (TERM=dumb) has no line" in flat
    assert "BACKCARE_PLAIN=1" in flat
    assert "question is empty" not in flat and "escapes" not in flat


# ---- F7: a plain batch read on a terminal names each question --------------------------------------


def test_a_plain_batch_on_a_terminal_names_each_question_and_parts_every_answer() -> None:
    import io

    from backcare import Engine, load_pack
    from backcare.cli.inputlines import numbered
    from backcare.output.environment import Environment, Mode, ViewOptions
    from backcare.output.views import make_view
    from tests.golden_files import check

    engine = Engine(load_pack())
    out = io.StringIO()
    # stdout and stderr one terminal, as a screen reader's console has them
    env = Environment(
        out, out, True, True, Mode.PLAIN, "never", 60,
        ViewOptions(batch=True, region="UK"), linear=True,
    )  # fmt: skip
    view = make_view(env)
    asked = [
        "stiff back after sitting",
        "how do I make pancakes",
        "my legs are numb and i cant pee",
        "what helps tight back muscles",
    ]
    for number, question in enumerate(asked, 1):
        view.answer(numbered(engine.ask(question), _line(question, number)))
    view.finish()
    text = out.getvalue()
    check("ask_plain_terminal_batch.txt", text)
    blocks = text.split("\n\n")
    heads = [block for block in blocks if block.startswith("Question on line ")]
    assert [head.splitlines()[0] for head in heads] == [
        f"Question on line {n}: '{q}'" for n, q in enumerate(asked, 1)
    ]
    # the notice is under its question's line; the no-match line has a block of its own
    assert "Question on line 3: 'my legs are numb and i cant pee'\nEMERGENCY" in text
    assert "Question on line 2: 'how do I make pancakes'\nbackcare: no confident match" in text


def _line(text: str, number: int) -> str:
    from backcare.cli.inputlines import input_line

    return input_line(text, number)


# ---- F8, F10, F12, F13, F14 ----------------------------------------------------------------------


def test_the_future_review_check_does_not_follow_the_local_time_zone(
    tmp_path: Path, write_pack: PackWriter
) -> None:
    """newcomer25 F14: a date two days after UTC's today is one zone's tomorrow (UTC+14): the
    same verdict under every TZ."""
    import datetime

    utc_today = datetime.datetime.now(datetime.timezone.utc).date()
    ahead = (utc_today + datetime.timedelta(days=2)).isoformat()
    pack = dict(CLINIC, entries=[dict(CLINIC["entries"][0], reviewed=ahead)])  # type: ignore[arg-type]
    path = str(write_pack(pack))
    kinds = []
    for zone in ("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"):
        done = run_backcare(
            "validate", path, "--json", home=tmp_path, command=PYTHON_M, TZ=zone, text=True
        )
        kinds.append([w["kind"] for w in json.loads(done.stdout)["warnings"]])
    assert kinds == [["future-review"]] * 3


def test_a_question_s_line_end_from_argv_is_not_in_query(runner: CliRunner) -> None:
    _, [data] = _json(runner, "ask", "--json", "--", "  stiff back after sitting\r\n")
    assert data["query"] == "stiff back after sitting"


def test_argv_that_is_not_utf8_is_noted_as_standard_input_is(tmp_path: Path) -> None:
    done = run_backcare(
        "ask", "--json", "--", b"what helps tight \xff back muscles", home=tmp_path,
        command=PYTHON_M,
    )  # fmt: skip
    data = json.loads(done.stdout)
    assert data["query"] == "what helps tight \u00ff back muscles"
    assert data["decoded_as"] == "cp1252"
    assert b"not UTF-8" in done.stderr and b"Windows-1252" in done.stderr


def test_a_batch_line_that_is_not_utf8_says_so_in_its_json(tmp_path: Path) -> None:
    lines = b"what helps tight \xff back muscles\nwhat helps tight back muscles\n"
    done = run_backcare("ask", "--json", "-", home=tmp_path, stdin=lines, command=PYTHON_M)
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["decoded_as"] == "cp1252" and "decoded_as" not in second


def test_usage_lines_hold_no_braces_or_a_bar(runner: CliRunner) -> None:
    for args in (["--help"], ["ask", "--help"], ["show", "--help"]):
        usage = runner.invoke(app, args, env={"COLUMNS": "40"}).stdout.split("\n\n", 1)[0]
        assert "{" not in usage and "|" not in usage, usage
    root = runner.invoke(app, ["--help"], env={"COLUMNS": "100"}).stdout
    assert "COMMAND or QUESTION..." in root and "--plain" in root


def test_plain_validate_on_a_narrow_terminal_breaks_between_words() -> None:
    import io

    from backcare.output.environment import Environment, Mode, ViewOptions
    from backcare.output.views import make_view
    from backcare.packs.validate import validate_pack

    out = io.StringIO()
    env = Environment(out, out, True, True, Mode.PLAIN, "never", 40, ViewOptions(), linear=True)
    view = make_view(env)
    view.validation(validate_pack("bundled"))
    view.finish()
    lines = out.getvalue().splitlines()
    assert lines and all(len(line) <= 40 for line in lines), lines
    assert any("contact lines denying or delaying" in line for line in lines)


def test_the_boxed_validate_summary_is_a_list_on_a_narrow_terminal() -> None:
    from backcare.output.environment import Mode
    from backcare.packs.validate import validate_pack
    from tests.golden_files import render

    report = validate_pack("bundled")
    narrow = render(Mode.RICH, lambda view: view.validation(report), width=40)
    assert "│" not in narrow and "┃" not in narrow
    lines = [line.rstrip() for line in narrow.splitlines()]
    # each check after its count, its wrapped words under it
    assert "0  own question or alias does not find" in lines and "   the entry" in lines
    wide = render(Mode.RICH, lambda view: view.validation(report), width=100)
    assert "┃ check" in wide  # the table where it fits


def test_plain_alone_on_a_terminal_opens_the_plain_prompt(tmp_path: Path) -> None:
    """newcomer25 F5: `backcare --plain` was a usage error; it opens the prompt, in plain lines
    (no box drawing) even where the terminal could draw."""
    with Terminal(tmp_path, "--plain", TERM="xterm-256color", NO_COLOR="1", COLUMNS="80") as term:
        if term.next_prompt(120):
            term.send(b"stiff back after sitting\n")
            if term.next_prompt(120):
                term.send(b"quit\n")  # once: the prompt reads what follows a quit too
        status = term.finish(120)
    text = term.text
    assert status == 0
    assert "[back-get-stiff-sit] (confidence 100.0 of 100)" in " ".join(text.split())
    assert "╭" not in text and "│" not in text
