"""newcomer10 F2/F3, through the installed command as a service runs it: a worker
(`backcare --faq PACK ask --json -`) that is written one message and read one line never waits
forever. Every input line gets exactly one line (an empty or invisible-only message an
{"line", "error"} object), and a worker whose pack is missing or invalid says so at once, on
stderr and as a JSON line, and exits 2, before it reads a question."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

BACKCARE = shutil.which("backcare") or "backcare"
TIMEOUT = 60.0  # seconds: a loaded machine is slow, a hang is forever


def _env() -> dict[str, str]:
    # without PYTHONUNBUFFERED, as on a machine, a cron job or a service that does not set it
    # (newcomer15 F1: this machine exports it, and every worker test passed while a README
    # worker elsewhere waited forever for a reply sitting in backcare's stdout buffer)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return {**env, "BACKCARE_CONFIG": os.devnull, "BACKCARE_REGION": "UK"}


def _readline(worker: subprocess.Popen[str]) -> str:
    assert worker.stdout is not None
    ready, _, _ = select.select([worker.stdout], [], [], TIMEOUT)
    assert ready, "no line from the worker"
    return worker.stdout.readline()


def _ask(worker: subprocess.Popen[str], message: str) -> dict[str, Any]:
    assert worker.stdin is not None
    worker.stdin.write(" ".join(message.split()) + "\n")  # README's snippet
    worker.stdin.flush()
    reply: dict[str, Any] = json.loads(_readline(worker))
    return reply


def _worker(*faq: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [BACKCARE, *faq, "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )


@pytest.mark.parametrize("message", ["", "   ", "\u200b", "\ufeff", "\u00ad", "\x01", "\x1b[0m"])
def test_a_worker_answers_an_empty_message_with_an_error_line(message: str) -> None:
    worker = _worker()
    try:
        first = _ask(worker, "stiff back after sitting")
        assert first["line"] == 1 and first["match"] is not None
        assert _ask(worker, message) == {"line": 2, "error": "the question is empty"}
        third = _ask(worker, "heat or ice for a stiff back?")  # still in step
        assert third["line"] == 3 and third["query"] == "heat or ice for a stiff back?"
    finally:
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait(TIMEOUT)
    assert worker.returncode == 0  # a blank line is no question: the status is the answers'


def test_plain_batch_still_skips_blank_lines() -> None:
    done = subprocess.run(
        [BACKCARE, "ask", "-"],
        input="\n\nstiff back after sitting\n\n",
        capture_output=True,
        text=True,
        env=_env(),
        timeout=TIMEOUT,
    )
    assert done.returncode == 0 and "error" not in done.stdout
    assert done.stdout.strip()


@pytest.mark.parametrize("pack", ["missing.json", "broken.json"])
def test_a_worker_with_a_bad_pack_says_so_at_once_and_answers_each_line(
    tmp_path: Path, pack: str
) -> None:
    """The error is on stderr before any question is written; each message then gets one line
    (the error naming its line, or an emergency's notice: still checked); exit 3 outranks 2."""
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    worker = _worker("--faq", str(tmp_path / pack))
    assert worker.stderr is not None and worker.stdin is not None
    try:
        ready, _, _ = select.select([worker.stderr], [], [], TIMEOUT)  # stdin still open, empty
        assert ready, "no error line before the first question"
        assert worker.stderr.readline().startswith(f"backcare: {tmp_path / pack}")
        first = _ask(worker, "where can I park")
        assert first["line"] == 1 and pack in first["error"]
        assert _ask(worker, "") == {"line": 2, "error": "the question is empty"}
        notice = _ask(worker, "my legs are numb and I cant pee")
        assert notice["line"] == 3 and notice["red_flags"] and notice["match"] is None
        worker.stdin.close()
        assert worker.wait(TIMEOUT) == 3
        # newcomer11: said once, at the start; the end does not repeat it on stderr
        assert str(tmp_path / pack) not in worker.stderr.read()
    finally:
        if worker.poll() is None:
            worker.kill()
        for stream in (worker.stdin, worker.stdout, worker.stderr):
            if stream is not None and not stream.closed:
                stream.close()


def test_the_readmes_worker_snippet_gets_its_replies_without_pythonunbuffered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # newcomer15 F1: the README's own worker, copied verbatim, waited forever for its first reply
    # on any machine that does not export PYTHONUNBUFFERED (the reply sat in the block buffer)
    import threading

    # the README's "Calling backcare from a program", in docs/scripting.md since ux41
    readme = (Path(__file__).resolve().parent.parent / "docs" / "scripting.md").read_text("utf-8")
    snippet = next(
        block.split("```", 1)[0]
        for block in readme.split("```python\n")[1:]
        if "worker = subprocess.Popen" in block
    )
    shutil.copy(
        Path(__file__).resolve().parent.parent / "data" / "faq.json", tmp_path / "clinic.json"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PYTHONUNBUFFERED", raising=False)
    namespace: dict[str, Any] = {}
    exec(compile(snippet, "docs/scripting.md", "exec"), namespace)
    replies: list[dict[str, Any]] = []
    asking = threading.Thread(
        target=lambda: replies.extend(
            namespace["ask"](q)
            for q in ("stiff back after sitting", "I can't pee\nand my bum is numb")
        ),
        daemon=True,
    )
    asking.start()
    asking.join(TIMEOUT)
    worker = namespace["worker"]
    worker.stdin.close()
    worker.wait(TIMEOUT)
    assert len(replies) == 2, "the README's worker got no reply"
    assert replies[0]["match"] is not None
    assert [flag["urgency"] for flag in replies[1]["red_flags"]][:1] == ["emergency"]
