"""The start-up fast path parses exactly what Typer would, or steps aside."""

from __future__ import annotations

import subprocess
import sys

import pytest

from backcare.cli.commands import AskOptions
from backcare.cli.entry import fast_ask_options
from tests.conftest import REPO


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["ask", "stiff", "back"], AskOptions(["stiff", "back"])),
        (["ask", "--json", "x", "-n", "5"], AskOptions(["x"], top=5, json_output=True)),
        (["ask", "--top=2", "--color=NEVER", "-"], AskOptions(["-"], top=2, color="never")),
        (
            ["ask", "-t", "pain relief", "--explain", "--plain", "q"],
            AskOptions(["q"], topic="pain relief", explain=True, plain=True),
        ),
    ],
)
def test_plain_asks_are_parsed(argv: list[str], expected: AskOptions) -> None:
    assert fast_ask_options(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["topics"],
        ["ask"],
        ["ask", "  "],
        ["ask", "--help", "x"],
        ["ask", "--top", "0", "x"],
        ["ask", "--top", "x"],
        ["ask", "--color", "pink", "x"],
        ["ask", "--", "x"],
        ["ask", "-n5", "x"],
        ["ask", "--jsn", "x"],
        ["ask", "x", "--top"],
    ],
)
def test_everything_else_is_left_to_typer(argv: list[str]) -> None:
    assert fast_ask_options(argv) is None


PARITY = [
    ["ask", "stiff back after sitting"],
    ["ask", "--json", "-n", "5", "tight", "back"],
    ["ask", "--plain", "--explain", "stif bak"],
    ["ask", "--json", "--topic", "MUSCLE ATROPHY", "wasting"],
    ["ask", "--topic", "knees", "x"],
    ["ask", "how do I make pancakes"],
    ["ask", "--faq", "missing.json", "x"],
    ["ask", "--json", "-"],
]


@pytest.mark.parametrize("argv", PARITY, ids=[" ".join(a) for a in PARITY])
def test_fast_path_and_typer_give_identical_results(argv: list[str]) -> None:
    def run(fast: bool) -> tuple[int, str, str]:
        env = {"PATH": "/usr/bin:/bin", "COLUMNS": "100"}
        if not fast:
            env["BACKCARE_NO_FAST_PATH"] = "1"
        done = subprocess.run(
            [sys.executable, "-m", "backcare", *argv],
            input="SMA\n\nzzzz\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=False,
        )
        return done.returncode, done.stdout, done.stderr

    assert run(fast=True) == run(fast=False)
