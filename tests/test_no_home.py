"""newcomer17 F1: a uid with no passwd entry (`docker run --user`, Kubernetes' runAsUser) run with
no HOME (cron, `env -i`). platformdirs raised RuntimeError finding the cache, and every command
ended "unexpected error", exit 2, before the red-flag check: an emergency told nothing. With no
home there is no cache (said by `backcare config` only: newcomer24 F13), as with a cache that cannot be used, and the run goes on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from backcare.config import CacheDir
from backcare.store import cachedir
from tests.conftest import REPO, run_backcare

# python -c: backcare as the console script runs it, with the password database lacking this uid
NO_ACCOUNT = (
    sys.executable,
    "-c",
    "import pwd, sys\n"
    "def missing(uid): raise KeyError(f'getpwuid(): uid not found: {uid}')\n"
    "pwd.getpwuid = missing\n"
    "from backcare.cli.entry import main\n"
    "sys.argv[0] = 'backcare'\n"
    "main()\n",
)


def _no_account(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    def missing(uid: int) -> pwd.struct_passwd:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", missing)
    for name in ("HOME", "XDG_CACHE_HOME", "BACKCARE_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG reading is Linux's")
@pytest.mark.parametrize("home", [None, "", "relative/home"])
def test_no_usable_home_and_no_account_means_no_cache(
    home: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_account(monkeypatch)
    if home is not None:
        monkeypatch.setenv("HOME", home)
    assert cachedir.cache_dir_name() == cachedir.NO_HOME
    assert cachedir.distrusted(cachedir.NO_HOME) is not None  # never used as a path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG reading is Linux's")
def test_the_accounts_home_serves_when_home_is_unset(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pwd

    class Account:
        pw_dir = str(tmp_path)

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("BACKCARE_CACHE_DIR", raising=False)
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: Account())
    assert cachedir.cache_dir_name() == str(tmp_path / ".cache" / "backcare")


def test_config_says_there_is_no_cache() -> None:
    cache = CacheDir(cachedir.NO_HOME, "default", used=False)
    assert cache.shown() == "none (no home directory to keep one in)"
    assert cache.to_dict() == {
        "path": None,
        "source": "default",
        "used": False,
        "snapshot": True,
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG reading is Linux's")
@pytest.mark.parametrize("home", [None, ".", "rel"])
def test_an_emergency_is_told_with_no_home_and_no_account(home: str | None, tmp_path: Path) -> None:
    done = run_backcare(
        "ask",
        "i cant pee and my bum is numb",
        home=Path(home) if home is not None else tmp_path,
        command=NO_ACCOUNT,
        cwd=tmp_path,
        text=True,
        unset=() if home is not None else ("HOME",),
        PYTHONPATH=str(REPO),  # this checkout's backcare, whatever the working directory
    )
    assert done.returncode == 3, done.stderr
    assert "EMERGENCY" in done.stdout and "unexpected error" not in done.stderr
    # newcomer24 F13: nothing on stderr (cron mailed a warning each run); `config` says it
    assert done.stderr == ""
    assert not (tmp_path / "snapshot").exists() and not (tmp_path / "backcare").exists()


def test_a_jsonl_worker_answers_every_line_with_no_home(tmp_path: Path) -> None:
    lines = b'{"q": "where do I park"}\n{"q": "my legs went numb and i cant pee"}\n'
    done = run_backcare(
        "ask",
        "--json",
        "--input",
        "jsonl",
        "-",
        home=tmp_path,
        command=NO_ACCOUNT,
        cwd=tmp_path,
        stdin=lines,
        unset=("HOME",),
        BACKCARE_CONFIG="/dev/null",
        PYTHONPATH=str(REPO),
    )
    assert done.returncode == 3, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [answer["line"] for answer in answers] == [1, 2]
    assert answers[1]["red_flags"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG reading is Linux's")
def test_config_says_how_to_have_a_cache_and_names_no_settings_file_at_the_root(
    tmp_path: Path,
) -> None:
    done = run_backcare(
        "config",
        home=tmp_path,
        command=NO_ACCOUNT,
        cwd=tmp_path,
        text=True,
        unset=("HOME",),
        PYTHONPATH=str(REPO),
    )
    assert done.returncode == 0, done.stderr
    assert "cache directory: none (no home directory to keep one in)" in done.stdout
    assert "no cache is used" in done.stderr and "BACKCARE_CACHE_DIR" in done.stderr
    assert "/.config/" not in done.stdout
    assert "settings file: none (no home directory; BACKCARE_CONFIG names a file)" in done.stdout
