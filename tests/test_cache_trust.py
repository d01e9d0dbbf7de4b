"""The cache is used only when it is the user's own (hostile10 6).

Anyone who can write the cache directory can plant a snapshot whose red-flag tables, digests
recomputed, pass every check of their shape and yet miss an emergency. So, as ssh treats its files,
a cache directory or snapshot that another user owns, or that others can write, is neither read
nor written: one warning line, and the run goes on as with no cache.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backcare.engine import prebuilt
from backcare.store import cachedir, snapshot
from tests.conftest import PYTHON_M, run_backcare
from tests.test_snapshot import resign, snapshot_file


def flags(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    return [f["id"] for f in json.loads(done.stdout.splitlines()[0])["red_flags"]]


def warnings(done: subprocess.CompletedProcess[bytes]) -> list[bytes]:
    return [line for line in done.stderr.splitlines() if b"warning" in line]


def poison(parts: dict[str, Any]) -> None:
    """hostile10's crafted tables: the user's own words read as "someone else"."""
    safety = parts["safety"]
    for name in ("_animal_stems", "_others_words"):
        safety[name] = type(safety[name])(set(safety[name]) | {"i", "my", "me"})


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "cache"
    cachedir.report_to(None)
    prebuilt.use(None)
    snapshot.forget()


# ---- the verdict ------------------------------------------------------------------------------


def test_an_own_directory_is_trusted_and_one_others_can_write_is_not(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    folder.chmod(0o755)
    assert cachedir.distrusted(str(folder)) is None
    folder.chmod(0o777)
    assert cachedir.distrusted(str(folder)) == "anyone can write to it"
    folder.chmod(0o1777)  # sticky, as /tmp: others still put files in it
    assert cachedir.distrusted(str(folder)) == "anyone can write to it"
    assert cachedir.distrusted(str(tmp_path / "absent")) is None  # the cache makes it


def test_a_directory_of_another_user_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = tmp_path.stat().st_uid
    if owner == 0:
        pytest.skip("root's files are trusted as ssh trusts them; needs another uid")
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)
    assert cachedir.distrusted(str(tmp_path)) == f"it belongs to another user (uid {owner})"


def test_root_owned_files_are_trusted_as_ssh_trusts_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status = tmp_path.stat()
    fake = os.stat_result((0o40755, *status[1:4], 0, *status[5:]))  # uid 0, mode 0755
    monkeypatch.setattr(os, "geteuid", lambda: 4242)
    assert cachedir.distrusted(str(tmp_path), fake) is None


def test_group_writable_is_trusted_only_for_the_user_s_private_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    folder.chmod(0o775)
    monkeypatch.setattr(cachedir, "_private_group", lambda gid, user: False)
    assert cachedir.distrusted(str(folder)) == "its group can write to it"
    monkeypatch.setattr(cachedir, "_private_group", lambda gid, user: True)
    assert cachedir.distrusted(str(folder)) is None


def test_a_group_with_other_members_is_no_private_group() -> None:
    import grp
    import pwd

    for group in grp.getgrall():
        shared = [p.pw_uid for p in pwd.getpwall() if p.pw_gid == group.gr_gid]
        if len(shared) > 1:
            assert not cachedir._private_group(group.gr_gid, shared[0])
            return
    pytest.skip("no group here is the primary group of two users")


def test_refusal_is_reported_once_a_run(tmp_path: Path, cache: Path) -> None:
    told: list[str] = []
    cachedir.report_to(told.append)
    tmp_path.joinpath("open").mkdir(mode=0o777)
    tmp_path.joinpath("open").chmod(0o777)
    assert cachedir.refused(str(tmp_path / "open"))
    assert cachedir.refused(str(tmp_path / "open"))
    assert len(told) == 1
    assert "anyone can write to it" in told[0] and "chmod go-w" in told[0]


# ---- the command ------------------------------------------------------------------------------


def test_a_crafted_snapshot_in_a_cache_others_can_write_switches_nothing_off(
    tmp_path: Path,
) -> None:
    cache = str(tmp_path / "cache")
    done = run_backcare(
        "ask", "--json", "stiff back", home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=cache
    )
    assert done.returncode == 0
    path = snapshot_file(tmp_path / "cache")
    resign(path, poison)
    # the attack needs the cache writable by the attacker: here, by anyone
    (tmp_path / "cache").chmod(0o777)
    (tmp_path / "cache" / "snapshot").chmod(0o777)
    path.chmod(0o666)
    planted = path.read_bytes()
    # what the trusted first run wrote: the snapshot and the data files' sums (store/datasums.py)
    kept = {p.name: p.read_bytes() for p in (tmp_path / "cache" / "snapshot").iterdir()}
    assert sorted(kept) == sorted([path.name, "data-sums.json"])
    done = run_backcare(
        "ask", "--json", "i cant pee", home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=cache
    )
    assert done.returncode == 3, done.stderr
    assert flags(done) == ["cauda-equina-bladder"]
    assert len(warnings(done)) == 1, done.stderr
    assert b"is not used: anyone can write to it" in done.stderr
    assert path.read_bytes() == planted  # nothing written there
    assert {p.name: p.read_bytes() for p in (tmp_path / "cache" / "snapshot").iterdir()} == kept


def test_a_snapshot_file_others_can_write_is_not_read_and_is_rewritten(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    run_backcare(
        "ask", "--json", "stiff back", home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=cache
    )
    path = snapshot_file(tmp_path / "cache")
    resign(path, poison)
    path.chmod(0o666)
    done = run_backcare(
        "ask", "--json", "i cant pee", home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=cache
    )
    assert flags(done) == ["cauda-equina-bladder"]
    assert len(warnings(done)) == 1
    # its own directory: the tables built are written over it, the user's alone
    assert stat.S_IMODE(snapshot_file(tmp_path / "cache").stat().st_mode) & 0o022 == 0
    again = run_backcare(
        "ask", "--json", "i cant pee", home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=cache
    )
    assert flags(again) == ["cauda-equina-bladder"] and not warnings(again)


def test_a_snapshot_of_another_user_is_not_read(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a file another user's needs root")
    cache = str(tmp_path / "cache")
    run_backcare(
        "ask", "--json", "stiff back", home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=cache
    )
    path = snapshot_file(tmp_path / "cache")
    resign(path, poison)
    path.chmod(0o644)
    os.chown(path, 65534, 65534)
    done = run_backcare(
        "ask", "--json", "i cant pee", home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=cache
    )
    assert flags(done) == ["cauda-equina-bladder"]
    assert b"belongs to another user (uid 65534)" in done.stderr


def test_a_umask_002_session_keeps_a_cache_it_trusts(tmp_path: Path, cache: Path) -> None:
    old = os.umask(0o002)
    try:
        os.environ["BACKCARE_CACHE_DIR"] = str(cache)
        first = snapshot.Tables()
        first._load()
        assert not first.read
        for made in (cache, cache / "snapshot", snapshot_file(cache)):
            assert stat.S_IMODE(made.stat().st_mode) & 0o022 == 0, made
        second = snapshot.Tables()
        second._load()
        assert second.read
    finally:
        os.umask(old)
        del os.environ["BACKCARE_CACHE_DIR"]


def test_an_index_cache_others_can_write_is_left_alone(tmp_path: Path) -> None:
    from tools.make_pack import make_pack

    pack = tmp_path / "large.json"  # indexed: 50 kB or more
    pack.write_text(json.dumps(make_pack(1500)), encoding="utf-8")
    assert pack.stat().st_size >= 50_000
    cache = tmp_path / "shared"
    cache.mkdir()
    cache.chmod(0o777)
    ask = ("--faq", str(pack), "ask", "--json", "parking")
    done = run_backcare(
        *ask,
        home=tmp_path,
        command=PYTHON_M,
        BACKCARE_CACHE_DIR=str(cache),
        BACKCARE_NO_SNAPSHOT="1",
    )
    assert done.returncode in (0, 1), done.stderr
    assert len(warnings(done)) == 1, done.stderr
    assert list(cache.iterdir()) == []  # nothing read, nothing written
    own = tmp_path / "own"
    same = run_backcare(
        *ask, home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=str(own), BACKCARE_NO_SNAPSHOT="1"
    )
    assert same.stdout == done.stdout
    assert list((own / "index").iterdir())


def test_an_imported_page_is_not_cached_in_a_cache_others_can_write(tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text("# Clinic FAQ\n## Is there parking?\nYes, at the back.\n", encoding="utf-8")
    cache = tmp_path / "shared"
    cache.mkdir()
    cache.chmod(0o777)
    ask = ("--faq", str(page), "ask", "--json", "is there parking")
    done = run_backcare(*ask, home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=str(cache))
    assert done.returncode == 0, done.stderr
    assert len(warnings(done)) == 1, done.stderr
    assert list(cache.iterdir()) == []
    own = str(tmp_path / "own")
    same = run_backcare(*ask, home=tmp_path, command=PYTHON_M, BACKCARE_CACHE_DIR=own)
    assert same.stdout == done.stdout
    assert list((tmp_path / "own" / "imports").iterdir())
