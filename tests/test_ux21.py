"""ux21 (fourteenth session): the CLI for scripts and pack authors, each finding as a class.

- the prompt reads an emergency typed over two lines as a batch reads it (hostile13 F6);
- `validate --questions` labelled lines: withheld answers and unknown labels get verdicts of their
  own, and `--min-right` fails CI below a share of right answers (review13 F14);
- one-line errors for a cache dir that is a file and `--faq file://` (hostile13 F13), the settings
  warning before a bare batch's answers (F14)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backcare.cli.interactive import Session
from backcare.engine.answer import Engine
from backcare.packs.load import load_pack

ROOT = Path(__file__).resolve().parents[1]


# ---- the prompt and an emergency typed over two lines (hostile13 F6) -------------------------------


class Lines:
    def __init__(self, *lines: str) -> None:
        self.lines = list(lines)

    def __call__(self, prompt: str) -> str:
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)


def run_session(*lines: str) -> tuple[Session, str]:
    from backcare.output.terminal import make_console

    out = io.StringIO()
    console = make_console("never")
    console.file = out
    session = Session(Engine(load_pack(None)), console, read=Lines(*lines), plain=True)
    session.run()
    return session, out.getvalue()


@pytest.mark.parametrize(
    "lines",
    [
        ("I suddenly cannot", "pee at all"),
        ("I want to kill", "myself"),
        ("my legs are", "numb"),
    ],
)
def test_the_prompt_reads_an_emergency_typed_over_lines_as_the_batch_does(
    lines: tuple[str, ...],
) -> None:
    session, shown = run_session(*lines)
    assert session.emergency
    assert "EMERGENCY" in shown
    batch = subprocess.run(
        [sys.executable, "-m", "backcare", "ask", "-"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "BACKCARE_CONFIG": os.devnull},
    )
    assert batch.returncode == 3  # the batch and the prompt agree


def test_the_first_line_of_a_wrapped_run_is_answered_at_once() -> None:
    # nothing waits for a next line: the first line gets its own reply before any is typed
    session, shown = run_session("I suddenly cannot")
    assert not session.emergency
    assert "No confident match" in shown


@pytest.mark.parametrize(
    "lines",
    [
        ("I suddenly cannot", "", "pee at all"),  # a blank line ends a run, as in a batch
        ("I suddenly cannot", ":topics", "pee at all"),  # so does a command
        ("I suddenly cannot.", "pee at all"),  # a sentence end
    ],
)
def test_a_run_is_broken_as_in_a_batch(lines: tuple[str, ...]) -> None:
    session, shown = run_session(*lines)
    assert not session.emergency
    assert "EMERGENCY" not in shown


def test_two_ordinary_questions_are_answered_each_as_its_own() -> None:
    session, shown = run_session("how do I sit at a desk and", "stiff back after sitting")
    assert not session.emergency and "EMERGENCY" not in shown


pexpect = pytest.importorskip("pexpect")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_on_a_terminal_the_second_line_brings_the_notice(tmp_path: Path) -> None:
    from tests.test_interactive import Terminal

    term = Terminal(tmp_path)
    first = term.line("I suddenly cannot")
    assert "No confident match" in first and "EMERGENCY" not in first
    second = term.line("pee at all")
    assert "EMERGENCY" in second
    term.child.sendeof()
    assert term.ends() == 3
