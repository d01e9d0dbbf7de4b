"""Broken environments end as one stderr line and a documented exit code, never a traceback:
a full disk, closed standard streams, an ASCII-only locale, bytes that are not UTF-8 in argv, a
reader that goes away, a zero terminal width. The installed command runs in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, installed_command

BACKCARE = " ".join(installed_command())
HAS_DEV_FULL = Path("/dev/full").exists()


def sh(command: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["bash", "-c", command.format(bc=BACKCARE)],
        capture_output=True,
        timeout=60,
        env={**os.environ, **env},
        cwd=REPO,
        check=False,
    )


@pytest.mark.skipif(not HAS_DEV_FULL, reason="needs /dev/full")
@pytest.mark.parametrize(
    "command",
    [
        "{bc} ask stiff back after sitting",
        "{bc} ask --json stiff back",
        "{bc} ask --color always stiff back",
        "{bc} topics",
        "{bc} topics --json",
        "{bc} show back-get-stiff-sit",
        "{bc} validate data/faq.json",
        "{bc} import data/source/faq_page.txt",
        "printf 'stiff back\\nSMA\\n' | {bc} ask --json -",
    ],
)
def test_full_disk_on_stdout_is_exit_2_cannot_write(command: str) -> None:
    done = sh(command + " > /dev/full")
    assert done.returncode == 2, done.stderr
    assert done.stderr.decode().endswith("cannot write output (No space left on device)\n")
    assert b"Traceback" not in done.stderr


def test_closed_stdout_is_an_error_not_silence() -> None:
    done = sh("{bc} ask stiff back >&-")
    assert done.returncode == 2
    assert b"standard output is closed" in done.stderr


def test_closed_stdin_for_a_batch_is_an_error() -> None:
    done = sh("{bc} ask --json - <&-")
    assert done.returncode == 2 and b"standard input is closed" in done.stderr


def test_closed_stderr_keeps_the_exit_code() -> None:
    assert sh("{bc} ask how do I make pancakes 2>&- >/dev/null").returncode == 1
    assert sh("{bc} ask --faq missing.json x 2>&-").returncode == 2


def test_ascii_locale_gets_text_not_an_encoding_error() -> None:
    done = sh("{bc} ask 'why do muscles waste away'", PYTHONIOENCODING="ascii")
    assert done.returncode == 0 and done.stdout.startswith(b"It's usually caused")
    as_json = sh("{bc} ask --json café", PYTHONIOENCODING="ascii")
    assert json.loads(as_json.stdout)["query"] == "café"  # \\u escapes: same JSON, all ASCII


def test_argv_that_is_not_utf8_gives_valid_utf8_json() -> None:
    done = sh("{bc} ask --json $'\\xff\\xfe back pain'")
    data = json.loads(done.stdout.decode("utf-8"))
    # each byte read as Windows-1252, as stdin reads it (hostile16 F1); 0x81 has no character
    assert data["query"] == "\u00ff\u00fe back pain"
    undefined = sh("{bc} ask --json $'\\x81 back pain'")
    assert json.loads(undefined.stdout.decode("utf-8"))["query"] == "\ufffd back pain"


def test_rich_output_into_a_closed_pipe_exits_141_like_plain() -> None:
    for mode in ("--color always", "--plain"):
        done = sh(
            "set -o pipefail; yes stiff back | head -n 300 | {bc} ask " + mode + " - | head -n 1"
        )
        assert done.returncode == 141, mode
        assert done.stderr == b""


def test_zero_columns_still_prints_the_answer() -> None:
    done = sh("{bc} ask --color always stiff back after sitting", COLUMNS="0")
    assert done.returncode == 0 and b"When you sit" in done.stdout


def test_help_as_a_word_shows_help() -> None:
    done = sh("{bc} help")
    assert done.returncode == 0 and b"Usage: backcare" in done.stdout
