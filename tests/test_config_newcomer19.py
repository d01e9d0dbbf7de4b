"""newcomer19 F7: `config` says a settings file that is there but not read (another user's) is
there and not used, never "(no file there)"; and a cache directory this user cannot write (a
read-only home) is shown as not used, with a warning line saying why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.config import Settings


def test_a_file_there_but_not_read_is_not_said_to_be_missing(tmp_path: Path) -> None:
    there = tmp_path / "config.toml"
    there.write_text('region = "UK"\n', encoding="utf-8")
    shown = Settings(path=str(there), found=False).file_shown()
    assert "no file there" not in shown and "not used" in shown
    assert "(no file there)" in Settings(path=str(tmp_path / "none.toml")).file_shown()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_another_users_settings_file_is_there_and_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "cfg" / "backcare"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text('region = "UK"\n', encoding="utf-8")
    for path in (tmp_path / "cfg", folder, folder / "config.toml"):
        os.chown(path, 1, 1)
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    done = CliRunner().invoke(app, ["config", "--plain"], env=env)
    assert "(no file there)" not in done.stdout
    assert "not used" in done.stdout and "another user" in done.stderr


def test_a_cache_directory_that_cannot_be_written_is_shown_unusable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "ro" / "backcare"
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if str(path) == str(tmp_path / "ro") and mode & os.W_OK:
            return False  # as on a read-only file system, which root cannot write either
        return real_access(path, mode)  # type: ignore[arg-type]

    (tmp_path / "ro").mkdir()
    monkeypatch.setattr(os, "access", access)
    env = {"HOME": str(tmp_path), "BACKCARE_CACHE_DIR": str(cache)}
    done = CliRunner().invoke(app, ["config", "--plain"], env=env)
    line = next(x for x in done.stdout.splitlines() if x.startswith("cache directory"))
    assert "not used" in line
    assert "cannot be written" in done.stderr
    monkeypatch.setattr(os, "access", real_access)
    fine = CliRunner().invoke(app, ["config", "--plain"], env=env)
    assert "not used" not in fine.stdout and "cannot be written" not in fine.stderr


def test_the_readme_says_what_the_index_checksums_do_as_the_threat_model_does() -> None:
    # newcomer19 F5: "a damaged or unexpected index is never trusted" read as forgery-proof; a
    # forged index with valid checksums was served. The threat model says: damage, not forgery.
    # (The README's "Large packs" is in docs/figures.md since ux41.)
    from tests.conftest import REPO

    readme = " ".join((REPO / "docs" / "figures.md").read_text(encoding="utf-8").split())
    threats = " ".join((REPO / "docs" / "threat-model.md").read_text(encoding="utf-8").split())
    assert "detects damage, not forgery" in threats
    assert "The checksums detect damage, not forgery" in readme
    assert "trust rests on the cache directory being yours alone" in readme
    assert "index is never trusted" not in readme and "never trusted), writes" not in readme
