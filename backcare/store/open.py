"""Opening a pack and its store: in memory for small packs, from a persistent index for large ones.

A large pack's index is built once into the user cache directory (platformdirs; BACKCARE_CACHE_DIR
overrides it) as an SQLite file named by the pack's content hash and the index format version, so
a changed pack or a new backcare gets a new index. Finding it costs one stat: a small record keyed by
the pack's path remembers (size, mtime) -> content hash; only when those change is the file hashed.
Building writes a temporary file and renames it into place. A cache that is missing, corrupt,
unwritable or of another version is ignored (and rebuilt when possible), never trusted, never fatal.
"""

from __future__ import annotations

import contextlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from backcare import __version__
from backcare.packs.load import content_digest, load_pack, parse_pack, read_file_bytes
from backcare.packs.schema import Pack
from backcare.store.files import write_atomic

if TYPE_CHECKING:
    from backcare.store.protocol import Progress, Store

LARGE_PACK_BYTES = 1_000_000  # below this, building in memory is faster than opening an index


def open_store(
    path: str | Path | None, progress: Progress | None = None
) -> tuple[Pack, Store | None]:
    """The pack at `path` (None: the bundled FAQ) and, for a large pack, its persistent store.
    None for the store means: build one in memory (the engine does)."""
    if path is None or not _is_large(Path(path)):
        return load_pack(path), None
    return _indexed(Path(path), str(path), progress)


def open_pack(path: str | Path | None, progress: Progress | None = None) -> Pack:
    """Just the pack (for `topics`, `show`): parsed if small, read from its index if large."""
    return open_store(path, progress)[0]


def _is_large(file: Path) -> bool:
    try:
        return file.is_file() and file.stat().st_size >= LARGE_PACK_BYTES
    except OSError:
        return False  # let load_pack report the problem precisely


def cache_dir() -> Path:
    override = os.environ.get("BACKCARE_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("backcare", appauthor=False))


def _indexed(file: Path, name: str, progress: Progress | None) -> tuple[Pack, Store | None]:
    import hashlib

    from backcare.store.sqlite import build_index_file, open_index

    stat = file.stat()
    signature = [stat.st_size, stat.st_mtime_ns]
    record = (
        cache_dir() / "packs" / (hashlib.sha1(str(file.resolve()).encode()).hexdigest() + ".json")
    )
    digest = _remembered_digest(record, signature)
    raw: bytes | None = None
    if digest is None:
        raw = read_file_bytes(file, name)
        digest = content_digest(raw)
    opened = open_index(_index_path(digest), digest, name)
    if opened is not None:
        _remember(record, signature, digest)
        return opened
    if raw is None:  # remembered, but no usable index: read again (the file may have changed)
        raw = read_file_bytes(file, name)
        digest = content_digest(raw)
    pack = parse_pack(raw, name)._replace(digest=digest)
    index = _index_path(digest)
    try:
        index.parent.mkdir(parents=True, exist_ok=True)
        build_index_file(pack, index, progress)
    except (OSError, _sqlite_error()):
        return pack, None  # cache unwritable: answer from memory this time
    _remember(record, signature, pack.digest)
    return open_index(index, pack.digest, name) or (pack, None)


def _index_path(digest: str) -> Path:
    """Keyed by content, index format and backcare version: any change means a new index."""
    from backcare.store.sqlite import INDEX_FORMAT

    return cache_dir() / "index" / f"{digest}-f{INDEX_FORMAT}-v{__version__}.sqlite"


def _remembered_digest(record: Path, signature: list[int]) -> str | None:
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        if data["signature"] == signature and isinstance(data["digest"], str):
            return data["digest"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _remember(record: Path, signature: list[int], digest: str) -> None:
    with contextlib.suppress(OSError):
        record.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(record, json.dumps({"signature": signature, "digest": digest}).encode())


@lru_cache(maxsize=1)
def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error
