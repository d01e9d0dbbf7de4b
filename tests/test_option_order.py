"""newcomer10 F8: `backcare --json ask -- hi` asked the question 'ask hi'. Decided once, for every
command: a command's options may come before its name as after it (as --faq and --color may);
only a name before any `--` and before the first plain word is the command. Through the
installed command, with the fast path and without it (Typer)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

BACKCARE = shutil.which("backcare") or "backcare"


def run(*args: str, fast: bool = True, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BACKCARE_CONFIG": os.devnull, "BACKCARE_REGION": "UK"}
    if not fast:
        env["BACKCARE_NO_FAST_PATH"] = "1"
    return subprocess.run(
        [BACKCARE, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize("fast", [True, False])
def test_json_before_ask_is_asks_option(fast: bool) -> None:
    before = run("--json", "ask", "--", "stiff back after sitting", fast=fast)
    after = run("ask", "--json", "--", "stiff back after sitting", fast=fast)
    assert json.loads(before.stdout)["query"] == "stiff back after sitting"
    assert before.stdout == after.stdout and before.returncode == after.returncode == 0


@pytest.mark.parametrize("fast", [True, False])
def test_options_before_topics_and_show_are_theirs(fast: bool) -> None:
    topics = run("--json", "topics", fast=fast)
    assert isinstance(json.loads(topics.stdout), list), topics.stdout
    shown = run("--faq", "bundled", "--json", "show", "back-get-stiff-sit", fast=fast)
    assert json.loads(shown.stdout)["id"] == "back-get-stiff-sit"


def test_an_option_the_command_lacks_is_a_usage_error_naming_the_command() -> None:
    done = run("--explain", "topics")
    assert done.returncode == 2
    assert "--explain" in done.stderr and "topics" in done.stderr


def test_a_batch_with_json_before_ask_reads_stdin() -> None:
    done = run("--json", "ask", "-", stdin="stiff back after sitting\n")
    assert json.loads(done.stdout)["line"] == 1


@pytest.mark.parametrize("args", [("--json", "--", "topics"), ("--json", "how", "topics", "work")])
def test_a_command_name_after_dashes_or_words_is_part_of_the_question(
    args: tuple[str, ...],
) -> None:
    done = run(*args)
    assert json.loads(done.stdout)["query"] == " ".join(a for a in args[1:] if a != "--")


def test_an_emergency_after_options_before_ask_still_exits_3() -> None:
    done = run("--json", "ask", "my legs are numb and i cant pee")
    assert done.returncode == 3
    assert json.loads(done.stdout)["red_flags"]
