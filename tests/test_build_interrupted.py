"""A signal during an index build leaves nothing behind in the cache: the half-written index's
temporary file is removed (backcare.store.files), and the process still ends as that signal ends
it (killed by SIGTERM or SIGHUP, 130 for Ctrl-C)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from backcare.store.files import TEMP_PREFIX, replacing
from tests.conftest import PYTHON_M, REPO, isolated_env


def _temps(cache: Path) -> list[Path]:
    return list(cache.rglob(f"{TEMP_PREFIX}*")) if cache.exists() else []


@pytest.mark.parametrize(
    ("signum", "code"),
    [(signal.SIGTERM, -signal.SIGTERM), (signal.SIGHUP, -signal.SIGHUP), (signal.SIGINT, 130)],
)
def test_a_signal_mid_build_leaves_no_temporary_file(
    tmp_path: Path, signum: int, code: int
) -> None:
    pack = tmp_path / "many.json"
    entries = [
        {
            "id": f"a{i}",
            "question": f"Is there parking number {i} near gate {i % 97}?",
            "answer": f"Yes, bay {i}.",
        }
        for i in range(60_000)
    ]
    pack.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    cache = tmp_path / "cache"
    env = isolated_env(tmp_path, BACKCARE_CACHE_DIR=str(cache))
    env.pop("PYTHONSAFEPATH", None)
    child = subprocess.Popen(  # Popen: the signal is sent while it runs
        [*PYTHON_M, "--faq", str(pack), "ask", "parking 7"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
    )
    try:
        start = time.monotonic()
        while (
            not _temps(cache / "index") and child.poll() is None and time.monotonic() - start < 90
        ):
            time.sleep(0.01)
        if child.poll() is not None:
            pytest.skip("the build ended before its temporary file was seen")
        time.sleep(0.5)  # well inside the build: rows being written
        child.send_signal(signum)
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode == 0:
        pytest.skip("the build ended before the signal")
    assert child.returncode == code, err
    assert _temps(cache) == []


def test_a_signal_ignored_before_stays_ignored_during_a_write(tmp_path: Path) -> None:
    """`nohup`, or a parent that ignores SIGHUP: the write goes on as it did."""
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        target = tmp_path / "file.txt"
        with replacing(target) as temp:
            temp.write_text("whole")
            os.kill(os.getpid(), signal.SIGHUP)
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)
    assert target.read_text() == "whole"
    assert _temps(tmp_path) == []


def test_a_handler_set_before_is_called_and_the_write_abandoned(tmp_path: Path) -> None:
    """The progress bar's handler (which ends the process itself) gets the signal; had it let the
    process go on, the write is abandoned as an OSError (the caller answers without an index)."""
    called: list[int] = []
    before = signal.signal(signal.SIGTERM, lambda signum, frame: called.append(signum))
    try:
        target = tmp_path / "file.txt"
        with pytest.raises(InterruptedError), replacing(target) as temp:
            temp.write_text("half")
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)  # the handler runs here
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL  # put back
    finally:
        signal.signal(signal.SIGTERM, before)
    assert called == [signal.SIGTERM]
    assert not target.exists()
    assert _temps(tmp_path) == []
