"""review10's F6: under `umask 002` every directory and file the cache makes is still the user's
alone (no group write), so the cache-trust checks (store/cachedir.py) hold for what it writes
beside the snapshot too: the import cache, index records, notes markers. And the refusal's remedy
fits its cause: chmod cannot give the user a directory another user owns."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from backcare.store import cachedir
from tests.conftest import REPO, isolated_env

PAGE = "# Clinic FAQ\n\n## Is there parking?\n\nYes, behind the clinic.\n\n## Do you open on Sundays?\n\nNo.\n"


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX modes")
def test_the_cache_is_never_group_writable_under_umask_002(tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text(PAGE, encoding="utf-8")
    cache = tmp_path / "cache"
    env = isolated_env(tmp_path, BACKCARE_CACHE_DIR=str(cache))
    for args in (["ask", "stiff back"], ["--faq", str(page), "ask", "parking"]):
        done = subprocess.run(
            [
                "bash",
                "-c",
                'umask 002 && exec "$@"',
                "bash",
                sys.executable,
                "-m",
                "backcare",
                *args,
            ],
            capture_output=True,
            timeout=120,
            cwd=REPO,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert b"is not used" not in done.stderr
    made = [cache, *cache.rglob("*")]
    assert any(p.is_file() for p in made)
    writable = [p for p in made if stat.S_IMODE(p.lstat().st_mode) & 0o022]
    assert writable == []


def test_the_remedy_fits_the_cause() -> None:
    assert "chown" in cachedir.remedy("it belongs to another user (uid 1001)")
    assert "chmod go-w" not in cachedir.remedy("it belongs to another user (uid 1001)")
    assert "chmod go-w" in cachedir.remedy("its group can write to it")
    assert "chmod go-w" in cachedir.remedy("anyone can write to it")


def _status(uid: int, mode: int) -> os.stat_result:
    return os.stat_result((mode, 0, 0, 1, uid, 0, 0, 0, 0, 0))


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners")
def test_another_users_reads_distrusteds_own_reason() -> None:
    # one test of "another user owns it" for the cache's remedy and the settings file's folder
    # (config.py), read from distrusted()'s reason rather than each caller's copy of its words
    other = os.geteuid() + 1
    theirs = cachedir.distrusted("/x", _status(other, stat.S_IFDIR | 0o755))
    assert theirs is not None and cachedir.another_users(theirs)
    for mode in (0o777, 0o1777):
        open_to_all = cachedir.distrusted("/x", _status(os.geteuid(), stat.S_IFDIR | mode))
        assert open_to_all is not None and not cachedir.another_users(open_to_all)
    fifo = cachedir.distrusted("/x", _status(other, stat.S_IFIFO | 0o644))
    assert fifo is not None and not cachedir.another_users(fifo)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_settings_file_in_another_users_folder_is_moved_not_chmodded(tmp_path: Path) -> None:
    from backcare.config import ConfigError, read_config

    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o755)
    config = folder / "config.toml"
    config.write_text('faq = "x.json"\n', encoding="utf-8")
    config.chmod(0o644)
    os.chown(folder, 65534, -1)
    with pytest.raises(ConfigError) as refused:
        read_config(config, required=True)
    said = str(refused.value)
    assert "belongs to another user (uid 65534)" in said
    assert "move it to a folder of your own" in said and "chmod" not in said
