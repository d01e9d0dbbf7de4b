"""The index a pack path no longer uses is removed when its new one is built (newcomer19 F13: each
edit of a large pack left another index in the cache), safely: a copy's index, a link, another
user's file, a file that vanishes and a directory that cannot be written are all left alone
(backcare/store/prune.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from backcare.store import open as store_open
from backcare.store import prune
from backcare.store.sqlite import SqliteStore


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(directory))
    return directory


def _pack(version: int) -> dict[str, Any]:
    from tools.make_pack import make_pack

    data = make_pack(200)
    data["entries"][0]["answer"] += f" (version {version})"
    return data


def _write(path: Path, version: int) -> None:
    path.write_text(json.dumps(_pack(version)), encoding="utf-8")


def _open(path: Path) -> None:
    store = store_open.open_store(path)[1]
    assert isinstance(store, SqliteStore)


def _indexes(cache: Path) -> list[str]:
    return sorted(p.name for p in (cache / "index").glob("*.sqlite"))


def test_an_edit_replaces_the_index_instead_of_adding_one(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "pack.json"
    _write(path, 1)
    _open(path)
    first = _indexes(cache)
    assert len(first) == 1
    for version in (2, 3):
        _write(path, version)
        _open(path)
        now = _indexes(cache)
        assert len(now) == 1 and now != first
        first = now


def test_an_index_a_copy_still_uses_is_kept(cache: Path, tmp_path: Path) -> None:
    path, copy = tmp_path / "pack.json", tmp_path / "copy.json"
    _write(path, 1)
    _write(copy, 1)
    _open(path)
    _open(copy)  # the same content: the same index, named by both records
    shared = _indexes(cache)
    assert len(shared) == 1
    _write(path, 2)
    _open(path)
    assert set(shared) < set(_indexes(cache))  # the copy's index stays, the new one beside it
    _open(copy)  # and serves the copy without a rebuild
    assert len(_indexes(cache)) == 2


def test_older_versions_of_the_content_go_too(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "pack.json"
    _write(path, 1)
    _open(path)
    (name,) = _indexes(cache)
    digest = name.split("-f", 1)[0]
    older = cache / "index" / f"{digest}-f1-v0.0.1.sqlite"
    older.write_bytes(b"an index of an older backcare")
    unrelated = cache / "index" / "notes.sqlite"
    unrelated.write_bytes(b"not one of ours by name")
    _write(path, 2)
    _open(path)
    assert not older.exists() and unrelated.exists()
    assert len(_indexes(cache)) == 2  # the new index and notes.sqlite


def _setup_replaced(cache: Path, tmp_path: Path) -> tuple[Path, Path, str, str]:
    """Two indexed contents of one path by hand: the record names the first."""
    path = tmp_path / "pack.json"
    _write(path, 1)
    _open(path)
    (old_name,) = _indexes(cache)
    record = Path(store_open.path_record(path, "packs"))
    old = prune.previous_digest(record)
    assert old is not None and old_name.startswith(old)
    return path, record, old, old_name


def test_a_link_or_another_users_file_is_never_removed(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, record, old, old_name = _setup_replaced(cache, tmp_path)
    index_dir = cache / "index"
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me", encoding="utf-8")
    link = index_dir / f"{old}-f9-v9.sqlite"
    link.symlink_to(target)
    # another user's file: the owner seen is not this user
    monkeypatch.setattr(os, "geteuid", lambda: os.getuid() + 1)
    assert prune.remove_replaced(index_dir, record, old, "0" * 32) == 0
    assert (index_dir / old_name).exists() and link.is_symlink() and target.exists()
    monkeypatch.undo()
    assert prune.remove_replaced(index_dir, record, old, "0" * 32) == 1
    assert not (index_dir / old_name).exists()
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "keep me"


def test_files_that_vanish_or_cannot_be_removed_are_no_error(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, record, old, old_name = _setup_replaced(cache, tmp_path)
    index_dir = cache / "index"
    real_unlink = os.unlink

    def vanished(name: Any, *args: Any, **kwargs: Any) -> None:
        real_unlink(name)  # another process removed it first
        raise FileNotFoundError(2, "No such file or directory", str(name))

    monkeypatch.setattr(os, "unlink", vanished)
    assert prune.remove_replaced(index_dir, record, old, "0" * 32) == 0

    def refused(name: Any, *args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Permission denied", str(name))

    _write(path, 1)
    _open(path)  # the old content's index again
    monkeypatch.setattr(os, "unlink", refused)
    assert prune.remove_replaced(index_dir, record, old, "0" * 32) == 0
    assert (index_dir / old_name).exists()
    monkeypatch.undo()
    # the index directory itself gone: nothing to do, no error
    assert prune.remove_replaced(tmp_path / "no-such-dir", record, old, "0" * 32) == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through a read-only directory")
def test_an_unwritable_index_directory_still_answers(cache: Path, tmp_path: Path) -> None:
    _, record, old, old_name = _setup_replaced(cache, tmp_path)
    index_dir = cache / "index"
    index_dir.chmod(0o555)
    try:
        assert prune.remove_replaced(index_dir, record, old, "0" * 32) == 0
    finally:
        index_dir.chmod(0o755)
    assert (index_dir / old_name).exists()


def test_an_unreadable_record_keeps_the_index(cache: Path, tmp_path: Path) -> None:
    _, record, old, _name = _setup_replaced(cache, tmp_path)
    other = record.parent / "ffffffffffffffff.json"
    other.mkdir()  # a record that cannot be read: it might name the content
    assert prune.remove_replaced(cache / "index", record, old, "0" * 32) == 0
    other.rmdir()
    other.write_text("{not json", encoding="utf-8")
    assert prune.remove_replaced(cache / "index", record, old, "0" * 32) == 0
    other.unlink()
    assert prune.remove_replaced(cache / "index", record, old, "0" * 32) == 1


def test_a_reader_of_the_removed_index_keeps_reading(cache: Path, tmp_path: Path) -> None:
    from backcare.engine.answer import Engine

    path = tmp_path / "pack.json"
    _write(path, 1)
    reader = Engine(*store_open.open_store(path))
    before = [m.entry.id for m in reader.ask("stiff back after sitting", top=5).results]
    _write(path, 2)
    _open(path)  # another run builds the new index and removes the old one
    assert len(_indexes(cache)) == 1
    after = [m.entry.id for m in reader.ask("stiff back after sitting", top=5).results]
    assert after == before


def test_previous_digest_reads_only_records() -> None:
    assert prune.previous_digest("/no/such/record.json") is None
