"""newcomer18's 40-column phone and pipeline findings (ux25): messages broken between words at a
known terminal's width and never in a pipe, a plain first sentence for a missing question, the
stdin suggestion keeping the options given, README's jq examples on real batch output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backcare.output.wrapping import wrapped
from tests.conftest import installed_command, isolated_env, run_backcare

if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals are POSIX only", allow_module_level=True)

REPO = Path(__file__).resolve().parents[1]


def on_a_terminal(args: list[str], home: Path, columns: int = 40, **env: str) -> tuple[str, int]:
    """backcare on a pseudo-terminal `columns` wide: the screen's lines and the exit status."""
    pexpect = pytest.importorskip("pexpect")
    command = installed_command()
    child = pexpect.spawn(
        command[0],
        [*command[1:], *args],
        env={
            **isolated_env(home, BACKCARE_CONFIG="/dev/null", TERM="xterm", NO_COLOR="1", **env),
            "COLUMNS": str(columns),
        },
        encoding="utf-8",
        dimensions=(40, columns),
        timeout=120,
    )
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before).replace("\r\n", "\n"), int(child.exitstatus or 0)


def test_wrapped_breaks_between_words_and_never_inside_an_id() -> None:
    line = "  related: long-take-rebuild-muscle-after-atrophy and causes-paraspinal-muscle-atrophy"
    out = wrapped(line, 30)
    assert "long-take-rebuild-muscle-after-atrophy" in out.split("\n")[1]  # whole, on its own
    assert "causes-paraspinal-muscle-atrophy" in out
    assert all(len(row) <= 30 for row in out.split("\n") if " " in row.strip())
    assert out.split("\n")[1].startswith("    ")  # its own indentation, plus the hang
    assert wrapped("short\n\n  kept", 30) == "short\n\n  kept"


def test_an_error_at_40_columns_breaks_between_words(tmp_path: Path) -> None:
    shown, status = on_a_terminal(["ask", "--top", "0", "pain"], tmp_path)
    rows = [row for row in shown.split("\n") if row.strip()]
    assert status == 2 and len(rows) > 1
    assert all(len(row) <= 40 for row in rows)
    said = " ".join(shown.split())
    # the terminal broke "1000" after "100" (newcomer18 F5): each number is whole on its row
    assert "from 1 to 1000, not '0'" in said
    assert not any(row.rstrip().endswith("100") for row in rows)


def test_an_error_in_a_pipe_is_one_line(tmp_path: Path) -> None:
    done = run_backcare("ask", "--top", "0", "pain", home=tmp_path, COLUMNS="40")
    assert done.returncode == 2 and len(done.stderr.decode().splitlines()) == 1


def test_ask_with_no_question_on_a_terminal_starts_with_a_plain_sentence(tmp_path: Path) -> None:
    shown, status = on_a_terminal(["ask"], tmp_path)
    said = " ".join(shown.split())
    assert status == 2
    assert said.startswith("backcare: no question. Type it after 'ask', like this:")
    assert "QUESTION..." not in said and "BACKCARE_PLAIN" not in said


@pytest.mark.parametrize(
    ("args", "suggested"),
    [
        (["ask", "--json", "--input", "jsonl"], "'backcare ask --json --input jsonl -'"),
        (["ask", "--input", "jsonl"], "'backcare ask --input jsonl -'"),
        (["ask", "-n", "2"], "'backcare ask -n 2 -'"),
    ],
)
def test_the_stdin_suggestion_keeps_the_options_given(
    tmp_path: Path, args: list[str], suggested: str
) -> None:
    done = run_backcare(*args, home=tmp_path, stdin=b'{"q": "stiff back"}\n')
    assert done.returncode == 2 and suggested in done.stderr.decode()
