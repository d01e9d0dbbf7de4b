"""End to end: the installed `backcare` command in a subprocess, as scripts use it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PackWriter, installed_command

BACKCARE = installed_command()


def run(
    *args: str, stdin: bytes | str = b"", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [*BACKCARE, *args],
        input=data,
        capture_output=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        check=False,
    )


def shell(command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_answer_in_a_pipe_is_plain_text(tmp_path: Path) -> None:
    done = run("ask", "stiff back after sitting", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.decode().startswith("When you sit on the edge")
    assert b"\x1b" not in done.stdout


def test_python_dash_m_works_too() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "backcare", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("backcare ")


def test_json_lines_for_a_batch_on_stdin() -> None:
    done = run("ask", "--json", "-", stdin="SMA\nheat or ice\nzzzz\n")
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [line["query"] for line in lines] == ["SMA", "heat or ice", "zzzz"]
    assert lines[2]["match"] is None and done.returncode == 1


def test_invalid_utf8_and_control_characters_on_stdin_keep_the_batch() -> None:
    # bytes that are neither UTF-8 nor Windows-1252 (which reads 0xff 0xfe as "ÿþ", hostile9)
    done = run("ask", "--json", "-", stdin=b"stiff back\n\x81\x8d bad \x00bytes\nSMA\n")
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(lines) == 3 and "\ufffd" in lines[1]["query"]
    assert lines[2]["match"]["id"] == "signs-symptoms-spinal-muscular-atrophy"


def test_megabyte_line_is_answered() -> None:
    done = run("ask", "--json", "-", stdin="stiff back after sitting " + "y" * 1_000_000 + "\n")
    assert done.returncode in (0, 1)
    assert json.loads(done.stdout)["results"]


def test_environment_variable_selects_the_pack(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    done = run(
        "ask", "--json", "slugs on my lettuce", env={"BACKCARE_FAQ": str(write_pack(small_pack))}
    )
    assert json.loads(done.stdout)["match"]["id"] == "slugs"


@pytest.mark.parametrize("pack", ["{", "[]", '{"entries": 3}', ""])
def test_invalid_pack_exit_2_one_line_no_traceback(write_pack: PackWriter, pack: str) -> None:
    done = run("ask", "--faq", str(write_pack(pack)), "x")
    assert done.returncode == 2
    assert done.stderr.count(b"\n") == 1 and b"Traceback" not in done.stderr


@pytest.mark.parametrize(
    "command",
    [
        "{bc} topics | head -n 1",
        "yes 'stiff back' | head -n 20000 | {bc} ask --json - | head -n 1",
        "{bc} ask stiff back after sitting | head -c 10",
        "{bc} show back-get-stiff-sit | head -c 5",
    ],
)
def test_closed_pipe_ends_quietly(command: str) -> None:
    done = shell(command.format(bc=" ".join(BACKCARE)))
    assert done.stderr == ""
    assert done.stdout


def test_ctrl_c_during_a_batch_exits_130_quietly() -> None:
    process = subprocess.Popen(
        [*BACKCARE, "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as in a foreground batch, even when the tests run as a background job, whose
        # shell ignores SIGINT for what it starts (backcare then leaves it so)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(b"stiff back\n")
    process.stdin.flush()
    # its first answer shows it started and now blocks reading the next line (a fixed sleep of a
    # second sent the signal before start-up ended on a loaded machine: `.ci/run` at load ~2)
    assert process.stdout.readline().startswith(b'{"line": 1,')
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Traceback" not in err


def test_topics_plain_is_one_entry_per_line() -> None:
    lines = run("topics").stdout.decode().splitlines()
    assert len(lines) == 12 and all(line.count("\t") == 2 for line in lines)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("command", "code"),
    [
        ("ask 'i cant pee' > /dev/full", 3),  # 3 outranks 2: the emergency was described
        ("ask 'i cant pee' > /dev/full 2>/dev/full", 3),
        ("ask --json 'both legs numb' > /dev/full", 3),
        ("--faq /no/such.json ask 'i cant pee' > /dev/full", 3),
        ("ask 'stiff back after sitting' > /dev/full", 2),  # no emergency: output lost is 2
        ("ask pancakes 2>/dev/full", 1),  # a message lost on stderr changes nothing
        ("ask --json pancakes 2>/dev/full > /dev/null", 1),
        ("ask 'stiff back after sitting' 2>/dev/full", 0),
        ("--faq /no/such.json ask 'stiff back' 2>/dev/full", 2),
    ],
)
def test_exit_code_precedence_when_output_cannot_be_written(command: str, code: int) -> None:
    done = shell(f"{BACKCARE[0]} {command}", env={"BACKCARE_CONFIG": os.devnull})
    assert done.returncode == code, done.stderr


def test_a_batch_that_fails_to_write_after_an_emergency_still_exits_3() -> None:
    done = shell(
        f"printf 'i cant pee\\nstiff back after sitting\\n' | {BACKCARE[0]} ask - > /dev/full",
        env={"BACKCARE_CONFIG": os.devnull},
    )
    assert done.returncode == 3 and "cannot write output" in done.stderr


@pytest.mark.parametrize(
    ("args", "stdin"), [([], b""), (["ask", "--json", "-"], b""), (["ask", "-"], b"\n   \n\t\n")]
)
def test_no_questions_read_is_said_on_stderr_and_exits_1(args: list[str], stdin: bytes) -> None:
    done = run(*args, stdin=stdin, env={"BACKCARE_CONFIG": os.devnull})
    assert done.returncode == 1
    assert done.stdout == b""
    assert done.stderr.decode().startswith("backcare: no questions read")


def test_a_redirected_empty_file_is_no_questions(tmp_path: Path) -> None:
    empty = tmp_path / "questions.txt"
    empty.write_bytes(b"")
    done = shell(f"{BACKCARE[0]} < {empty}", env={"BACKCARE_CONFIG": os.devnull})
    assert done.returncode == 1 and "no questions read" in done.stderr
