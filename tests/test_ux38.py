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
        ("is there parking at the clinic? I also have a fever and feel unwell", "answer", True, {"urgent"}),
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
