"""newcomer9 10: under --json an error is also a JSON object on stdout, `{"error": message}`, so a
program reading JSON lines reads it without scraping stderr; the stderr line and the exit status
are as without --json."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PYTHON_M, run_backcare


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_backcare(*args, home=tmp_path, cwd=tmp_path, stdin=None, text=True)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["ask", "--json", "--top", "0", "stiff back"], "invalid value for '--top'"),
        (["--faq", "missing.json", "ask", "--json", "stiff back"], "missing.json: no such file"),
        (["ask", "--json", ""], "the question is empty"),
        (["ask", "--jsn", "--json", "x"], "no such option: --jsn"),
    ],
)
def test_an_error_under_json_is_an_object_on_stdout(
    tmp_path: Path, args: list[str], said: str
) -> None:
    done = run(tmp_path, *args)
    assert done.returncode == 2, done.stderr
    [line] = done.stdout.splitlines()
    assert set(json.loads(line)) == {"error"} and said in json.loads(line)["error"]
    assert done.stderr.startswith("backcare: ") and said in done.stderr


def test_without_json_stdout_stays_empty(tmp_path: Path) -> None:
    done = run(tmp_path, "ask", "--top", "0", "stiff back")
    assert done.returncode == 2 and done.stdout == ""


def test_json_as_a_word_of_the_question_is_no_flag(tmp_path: Path) -> None:
    done = run(tmp_path, "ask", "--top", "0", "--", "--json")
    assert done.returncode == 2 and done.stdout == ""


def test_an_emergency_comes_first_and_keeps_its_status(tmp_path: Path) -> None:
    done = run(tmp_path, "--faq", "missing.json", "ask", "--json", "i cant feel my legs")
    assert done.returncode == 3
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["red_flags"][0]["urgency"] == "emergency"
    assert second == {"error": "missing.json: no such file"}


def test_python_dash_m_does_the_same(tmp_path: Path) -> None:
    done = run_backcare(
        "ask", "--json", "--top", "0", "x", home=tmp_path, command=PYTHON_M, stdin=None, text=True
    )
    assert done.returncode == 2 and "error" in json.loads(done.stdout)
