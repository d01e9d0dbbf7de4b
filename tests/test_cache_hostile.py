"""Hostile files in the cache directory and a cache that cannot be used: a record that is a FIFO or
a link to /dev/zero, a cache path too long for the system, links to world-writable files, and the
import-notes markers. A cache is never trusted and never fatal, and it is never blamed on the pack."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.answer import Engine
from backcare.store import imports
from backcare.store import open as store_open

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")


def open_engine(path: Path, notes: list[str] | None = None) -> Engine:
    pack, store = store_open.open_store(path, None, notes)
    return Engine(pack, store=store)


def the_record(tmp_path: Path) -> Path:
    records = list((tmp_path / "cache" / "packs").iterdir())
    assert len(records) == 1
    return records[0]


@contextlib.contextmanager
def fifo_readers(fifo: Path) -> Iterator[list[bool]]:
    """Yields a list that gets True if anything opens `fifo` for reading while the block runs; the
    reader is then let go (a writer opens and closes), so code that reads it cannot hang the test."""
    seen: list[bool] = []
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.01):
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: no reader yet
                continue
            if stat.S_ISFIFO(os.fstat(fd).st_mode):  # not the regular file before a swap
                seen.append(True)
            os.close(fd)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield seen
    finally:
        done.set()
        watcher.join()


@needs_fifo
def test_a_cache_record_that_is_a_fifo_is_not_read(big_pack: Path, tmp_path: Path) -> None:
    open_engine(big_pack)
    record = the_record(tmp_path)
    record.unlink()
    os.mkfifo(record)
    with fifo_readers(record) as seen:
        engine = open_engine(big_pack)
    assert not seen
    assert engine.ask("knee stiff running").results


def test_a_cache_record_linked_to_dev_zero_is_a_bad_record(big_pack: Path, tmp_path: Path) -> None:
    open_engine(big_pack)
    record = the_record(tmp_path)
    record.unlink()
    record.symlink_to("/dev/zero")
    # in a child with 1 GB of address space: a read without limit ends in MemoryError there
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from backcare.store import open as o\n"
        "o.INDEXED_PACK_BYTES = 10_000\n"
        "pack, store = o.open_store(sys.argv[1])\n"
        "print(len(pack.entries), store is not None)\n"
    )
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(big_pack)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["300", "True"]


def test_a_cache_path_too_long_answers_from_memory_with_one_note(
    big_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_dir = tmp_path / ("c" * 300)
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(long_dir))
    notes: list[str] = []
    engine = open_engine(big_pack, notes)
    assert engine.ask("knee stiff running").results
    assert len(notes) == 1
    assert "cannot be used (File name too long): the pack is answered from memory" in notes[0]
    assert str(big_pack) not in notes[0]  # the cache's problem, not the pack's


def test_the_cli_with_a_cache_path_too_long_answers_and_blames_the_cache(
    big_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / ("c" * 300)))
    result = CliRunner().invoke(app, ["--faq", str(big_pack), "ask", "--json", "knee stiff"])
    assert result.exit_code in (0, 1), result.stderr
    json.loads(result.stdout)
    assert "cannot open the FAQ pack" not in result.stderr
    [line] = result.stderr.splitlines()
    # one style for every cache problem, a refused cache's (ux31 F13)
    assert line.startswith("backcare: warning: the cache ") and "File name too long" in line


def test_rebuilt_cache_files_never_take_a_linked_files_mode(big_pack: Path, tmp_path: Path) -> None:
    open_engine(big_pack)
    index = next((tmp_path / "cache" / "index").glob("*.sqlite"))
    record = the_record(tmp_path)
    for cached in (index, record):
        shared = tmp_path / f"shared-{cached.name}"
        shared.write_bytes(b"not a cache file")
        shared.chmod(0o666)
        cached.unlink()
        cached.symlink_to(shared)
    old = os.umask(0o022)
    try:
        open_engine(big_pack).ask("knee stiff running")
    finally:
        os.umask(old)
    for cached in (index, record):
        assert not cached.is_symlink()  # replaced, not written through
        assert stat.S_IMODE(cached.lstat().st_mode) == 0o644
    assert (tmp_path / f"shared-{index.name}").read_bytes() == b"not a cache file"


FAQ_MD = "Intro text before any question.\n\n## Is rest good for my back?\n\nA little.\n"


@needs_fifo
def test_import_notes_are_remembered_without_reading_the_page_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    page = tmp_path / "faq.md"
    page.write_text(FAQ_MD, encoding="utf-8")
    loaded = imports.open_page  # one page: imported through the cache (backcare.store.imports)

    def load_then_swap(*args: object, **kwargs: object) -> object:
        pack = loaded(*args, **kwargs)  # type: ignore[arg-type]
        page.unlink()
        os.mkfifo(page)  # the page replaced by a FIFO once it has been read
        return pack

    monkeypatch.setattr(imports, "open_page", load_then_swap)
    with fifo_readers(page) as seen:
        result = CliRunner().invoke(app, ["--faq", str(page), "ask", "is rest good"])
    assert not seen
    assert result.exit_code == 0, result.stderr
    assert "note: " in result.stderr
    assert len(list((tmp_path / "cache" / "notes").iterdir())) == 1


def _junk_journal(index: Path) -> Path:
    """A rollback journal beside the index: SQLite's header magic, then junk (a killed writer of
    something else, or a planted file). SQLite takes it for a hot journal needing recovery."""
    journal = index.with_name(index.name + "-journal")
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + bytes(range(256)) * 15 + bytes(248))
    return journal


def test_a_stale_journal_beside_the_index_is_removed_and_the_index_used_again(
    big_pack: Path, tmp_path: Path
) -> None:
    from backcare.store.sqlite import SqliteStore

    open_engine(big_pack)
    [index] = (tmp_path / "cache" / "index").glob("*.sqlite")
    built = index.stat().st_ino
    journal = _junk_journal(index)
    notes: list[str] = []
    pack, store = store_open.open_store(big_pack, None, notes)
    # the index itself is opened (not discarded and rebuilt, as on every run while the journal
    # stayed), the journal is gone, and nothing needed saying
    assert isinstance(store, SqliteStore)
    assert index.stat().st_ino == built
    assert not journal.exists()
    assert notes == []
    assert Engine(pack, store=store).ask("knee stiff running").results


def test_a_journal_that_cannot_be_removed_is_one_note_and_answers_from_memory(
    big_pack: Path, tmp_path: Path
) -> None:
    open_engine(big_pack)
    [index] = (tmp_path / "cache" / "index").glob("*.sqlite")
    journal = index.with_name(index.name + "-journal")
    journal.mkdir()
    (journal / "x").write_text("x")  # a directory in the journal's place: unlink fails
    notes: list[str] = []
    engine = open_engine(big_pack, notes)
    assert engine.ask("knee stiff running").results
    [note] = notes
    assert "cannot be used" in note and "journal" in note
