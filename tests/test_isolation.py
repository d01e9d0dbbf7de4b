"""newcomer10 F13: the test suite read the developer's own settings (~/.config/backcare/config.toml)
and failed. conftest.py isolates every test, and every process a test starts, from the user's
settings, cache and environment: a hostile settings file in a fake HOME, and hostile BACKCARE_*
variables, change no result."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HOSTILE = (
    'faq = "/nonexistent/clinic.json"\ntop = 1\nregion = "US"\nplain = true\ncolor = "always"\n'
)
TESTS = [
    "tests/test_startup.py::test_a_question_with_typos_is_corrected_without_rapidfuzz",
    "tests/test_cli.py::test_json_no_match_keeps_results",
    "tests/test_worker_lines.py::test_plain_batch_still_skips_blank_lines",
]


def test_the_session_environment_is_not_the_users() -> None:
    assert not any(var.startswith("BACKCARE_") for var in os.environ)
    assert "backcare-tests-" in os.environ["HOME"]
    assert "backcare-tests-" in os.environ["XDG_CONFIG_HOME"]
    assert "NO_COLOR" not in os.environ


def test_a_hostile_user_setup_changes_no_result(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".config" / "backcare").mkdir(parents=True)
    (home / ".config" / "backcare" / "config.toml").write_text(HOSTILE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    env.update(
        HOME=str(home),
        BACKCARE_FAQ="/nonexistent/other.json",
        BACKCARE_TOP="1",
        BACKCARE_REGION="US",
        BACKCARE_COLOR="always",
        NO_COLOR="1",
        COLUMNS="20",
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider", *TESTS],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert f"{len(TESTS)} passed" in done.stdout
