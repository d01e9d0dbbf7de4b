"""hostile15 F2: the notices of a question asked of a pack that takes seconds to open (a first
index build, a page's first import) are told on stderr while it opens, so a `timeout`, SIGTERM or
Ctrl-C in that time no longer loses an emergency with the whole output. The answer's own output
(notice first) is unchanged; an index that opens at once tells nothing early."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import backcare.cli.ask as ask_module
import backcare.cli.notices as notices_module
from backcare.cli.app import app
from tests.conftest import REPO, installed_command

EMERGENCY = "EMERGENCY - get help now:"
NUMB_AND_CANT_PEE = "i cant pee and my bum is numb"


def _slow_open(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    opened = ask_module.open_engine  # type: ignore[attr-defined]

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(seconds)
        return opened(*args, **kwargs)

    monkeypatch.setattr(ask_module, "open_engine", slow)
    monkeypatch.setattr(notices_module, "EARLY_AFTER", 0.05)


def _ask(pack: Path, *words: str) -> Any:
    return CliRunner().invoke(app, ["--faq", str(pack), "ask", "--json", *words])


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.json"
    path.write_bytes((REPO / "data" / "faq.json").read_bytes())
    return path


def test_a_slow_pack_tells_an_emergency_on_stderr_while_it_opens(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slow_open(monkeypatch, 1.5)
    done = _ask(pack, NUMB_AND_CANT_PEE)
    assert done.exit_code == 3
    assert done.stderr.startswith(EMERGENCY)  # told before the pack was open
    shown = json.loads(done.stdout)
    assert shown["red_flags"][0]["urgency"] == "emergency"  # and in the answer, as always


def test_a_slow_pack_tells_nothing_early_for_an_ordinary_question(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slow_open(monkeypatch, 1.5)
    done = _ask(pack, "stiff back after sitting")
    assert done.exit_code == 0
    assert done.stderr == ""


def test_a_pack_open_before_the_timer_tells_nothing_early_and_waits_for_nothing(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # no timing in the test: the timer is far off, so the pack is open first; the run must
    # neither tell the notice early nor wait for the cancelled timer
    monkeypatch.setattr(notices_module, "EARLY_AFTER", 3600.0)
    done = _ask(pack, NUMB_AND_CANT_PEE)
    assert done.exit_code == 3
    assert EMERGENCY not in done.stderr
    assert json.loads(done.stdout)["red_flags"]


def test_sigterm_during_a_first_index_build_leaves_the_notice_told(tmp_path: Path) -> None:
    # the installed command, a pack large enough that its first index build takes seconds
    from tools.make_pack import make_pack

    pack = tmp_path / "big.json"
    pack.write_text(json.dumps(make_pack(40_000)), encoding="utf-8")
    env = {
        **os.environ,
        "BACKCARE_CACHE_DIR": str(tmp_path / "cache"),
        "BACKCARE_CONFIG": os.devnull,
    }
    worker = subprocess.Popen(
        [*installed_command(), "--faq", str(pack), "ask", "--json", NUMB_AND_CANT_PEE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert worker.stderr is not None
    ready, _, _ = select.select([worker.stderr], [], [], 120)
    told = worker.stderr.readline() if ready else ""
    worker.send_signal(signal.SIGTERM)
    worker.communicate(timeout=60)
    assert told.startswith(EMERGENCY)
