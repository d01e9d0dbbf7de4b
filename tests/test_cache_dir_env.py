"""hostile11 F4: BACKCARE_CACHE_DIR as a systemd unit, a docker --env-file or a .env file passes
it on, literally: a leading "~" is expanded (as the settings file's paths are), and a path that is
still not a full one ("$HOME/c", "rel") is not used, with one warning, instead of a cache made in
every directory backcare runs from (and a directory named "~" that `rm -rf ~` would "clean up"
with the user's home). `backcare config` says where the cache is."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PYTHON_M, run_backcare

PAGE = "# Clinic FAQ\n\n## Is there parking?\n\nYes, behind the clinic.\n\n## Do you open on Sundays?\n\nNo.\n"


def _run(home: Path, cwd: Path, cache: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_backcare(
        *args, home=home, cwd=cwd, command=PYTHON_M, stdin=None, text=True, BACKCARE_CACHE_DIR=cache
    )


@pytest.mark.parametrize("cache", ["$HOME/c", "rel", "./rel", "~nosuchuser4f/c"])
def test_a_cache_dir_that_is_no_full_path_is_not_used(tmp_path: Path, cache: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    page = tmp_path / "faq.md"
    page.write_text(PAGE, encoding="utf-8")
    for args in (["ask", "stiff back"], ["--faq", str(page), "ask", "parking"]):
        done = _run(tmp_path / "home", work, cache, *args)
        assert done.returncode == 0, done.stderr
        assert done.stderr.count("is not used: it is not a full path") == 1, done.stderr
    assert list(work.iterdir()) == []  # nothing made where it ran
    shown = _run(tmp_path / "home", work, cache, "config", "--json")
    assert json.loads(shown.stdout)["cache"] == {
        "path": cache,
        "source": "BACKCARE_CACHE_DIR",
        "used": False,
        "snapshot": True,
    }


def test_a_leading_tilde_is_the_home_directory(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    home = tmp_path / "home"
    done = _run(home, work, "~/bccache", "ask", "stiff back")
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert list(work.iterdir()) == []
    assert (home / "bccache" / "snapshot").is_dir()
    plain = _run(home, work, "~/bccache", "config")
    assert f"cache directory: {home / 'bccache'} (BACKCARE_CACHE_DIR)" in plain.stdout


def test_config_shows_the_default_cache(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run_backcare("config", "--json", home=home, command=PYTHON_M, stdin=None, text=True)
    cache = json.loads(done.stdout)["cache"]
    assert cache["source"] == "default" and cache["used"] is True
    assert Path(cache["path"]).is_absolute()
