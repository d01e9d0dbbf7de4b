"""hostile8 #9: a usage error's suggested command, pasted into a POSIX shell, asks the same
question: `--` kept where a word would be read as an option, control characters in ANSI-C
quoting so the shell gives back the same bytes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from backcare.output.text import ask_command, command_line
from tests.conftest import installed_command, isolated_env

BACKCARE = installed_command()


def _pasted(command: str) -> list[str]:
    """The words bash gives a pasted command (printf prints each on a line, NUL-separated)."""
    done = subprocess.run(
        ["bash", "-c", f"set -- {command}; shift; printf '%s\\0' \"$@\""],
        capture_output=True,
        check=True,
        timeout=30,
    )
    return done.stdout.decode("utf-8").split("\0")[:-1]


@pytest.mark.parametrize(
    "words",
    [
        ["x", "\x1b[2J"],
        ["a\nb", "tab\there", "bell\x07", "del\x7f", "it's", "back\\slash", "\u202eevil"],
        ["$(reboot)", "; rm -rf ~", "`id`", "*", "~"],
    ],
)
def test_a_command_line_gives_back_the_same_words(words: list[str]) -> None:
    assert _pasted(command_line("ask", *words)) == ["ask", *words]
    assert command_line("ask", *words).isprintable()


@pytest.mark.parametrize(
    ("words", "asked"),
    [
        (["show", "-x", "y"], ["ask", "--", "show", "-x", "y"]),
        (["show", "a", "b", "--top", "0"], ["ask", "--", "show", "a", "b", "--top", "0"]),
        (["show", "a", "b"], ["ask", "show", "a", "b"]),
    ],
)
def test_ask_command_keeps_dashes_where_needed(words: list[str], asked: list[str]) -> None:
    assert _pasted(ask_command(*words)) == asked


@pytest.mark.parametrize(
    "argv", [["show", "--", "-x", "y"], ["show", "a", "b", "--", "--top", "0"]]
)
def test_a_show_usage_error_suggests_the_same_question(argv: list[str], tmp_path: Path) -> None:
    done = subprocess.run(
        [*BACKCARE, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated_env(tmp_path),
        check=False,
    )
    assert done.returncode == 2
    found = re.search(r"to ask a question: (backcare ask .*?); see .backcare", done.stderr)
    assert found is not None, done.stderr
    words = _pasted(found.group(1))
    question = [w for w in argv if w != "--"]
    assert words == ["ask", "--", *question]
