"""Opening a pack and its store: in memory for small packs, from a persistent index for the rest.

A pack of `INDEXED_PACK_BYTES` or more gets an index, built once into the user cache directory
(platformdirs; BACKCARE_CACHE_DIR overrides it) as an SQLite file named by the pack's content hash
and the index format and backcare versions, so a changed pack or a new backcare gets a new index.

Finding the index must not cost a read of the whole pack on every ask, yet must never serve an
index of other content. A small record per pack path remembers the file's identity (device, inode,
size, mtime and ctime, all nanoseconds) and its content hash. ctime cannot be set back by a user
(touch and os.utime set only atime and mtime, and bump ctime), so an edit that keeps the size and
restores the mtime still changes it. A file changed within `RACY_SECONDS` of the record being made
could share its timestamps (file times tick coarsely), so such a record is not trusted: the file is
hashed again, at most once per run. Building writes a temporary file and renames it into place; a
cache that is missing, damaged, unwritable or of another version is ignored (and rebuilt when
possible), never trusted, never fatal. Temporary files left by a killed build are removed by the
next build, and the index of a path's previous content when its new index is built (prune.py).
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import time
from collections.abc import Iterator
from functools import lru_cache

from backcare import __version__
from backcare.errors import os_reason
from backcare.hints import TYPE_CHECKING
from backcare.packs.load import (
    as_path,
    content_digest,
    load_pack,
    parse_pack,
    read_file_bytes,
    written_as_pathlib_writes_it,
)
from backcare.packs.schema import Pack
from backcare.store.cachedir import is_file

if TYPE_CHECKING:
    from pathlib import Path

    from backcare.store.protocol import Progress, Store

# Below this, building the index in memory costs less than opening one (docs/benchmarks.md).
INDEXED_PACK_BYTES = 50_000
RACY_SECONDS = 2.0
STALE_TEMP_SECONDS = 600  # a temporary file older than this belongs to a build that was killed
RECORD_BYTES = 4096  # a record is about 160 bytes; anything longer is not one


def open_store(
    path: str | Path | None, progress: Progress | None = None, notes: list[str] | None = None
) -> tuple[Pack, Store | None]:
    """The pack at `path` (None: the bundled FAQ) and, for a large pack, its persistent store.
    None for the store means: build one in memory (the engine does). A cache that cannot be used
    is never fatal: the pack is answered from memory, and `notes` gets one line saying why."""
    if path is None or not _is_large(path):
        return load_pack(path), None
    problems: list[str] = []
    # the path as text where pathlib would write it the same way (most paths): an ask of a pack
    # with an index imports neither pathlib nor urllib.parse (~5 ms of a cold ask)
    opened = _indexed(as_path(path), str(path), progress, problems)
    if problems and notes is not None:
        from backcare.store.cachedir import cache_reason, shown

        notes.append(
            f"the cache {shown(str(cache_dir()))} cannot be used ({cache_reason(problems[0])}): "
            "the pack is answered from memory (BACKCARE_CACHE_DIR sets another place)"
        )
    return opened


def open_pack(path: str | Path | None, progress: Progress | None = None) -> Pack:
    """Just the pack (for `topics`, `show`): parsed if small, read from its index if large."""
    return open_store(path, progress)[0]


def _is_large(file: str | os.PathLike[str]) -> bool:
    try:
        return is_file(file) and os.stat(file).st_size >= INDEXED_PACK_BYTES  # noqa: PTH116
    except OSError:
        return False  # let load_pack report the problem precisely


def cache_dir() -> Path:
    from pathlib import Path

    from backcare.store.cachedir import cache_dir_name

    return Path(cache_dir_name())


def _in_cache(*parts: str) -> str | Path:
    """cache_dir().joinpath(*parts), as text when pathlib would write it the same way."""
    from backcare.store.cachedir import cache_dir_name

    base = as_path(cache_dir_name())
    return os.path.join(base, *parts) if isinstance(base, str) else base.joinpath(*parts)  # noqa: PTH118


def path_record(file: Path, kind: str) -> Path:
    """Where the content hash of the file at this path is remembered (records of `kind`: 'packs',
    or 'pages' for imported pages, backcare.store.imports). The name only spreads paths over
    files (hashlib costs 2.7 ms to import); two paths sharing a name would just take turns, as the
    record holds the file's identity."""
    from pathlib import Path

    return Path(_record_of(file, kind))


def _record_of(file: str | Path, kind: str) -> str | Path:
    """path_record, as text when pathlib would write it the same way."""
    import zlib

    resolved = os.path.realpath(file) if isinstance(file, str) else ""
    if not written_as_pathlib_writes_it(resolved):
        from pathlib import Path

        resolved = str(Path(file).resolve())
    key = resolved.encode("utf-8", "surrogateescape")
    return _in_cache(kind, f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}.json")


def remembered_digest(record: str | Path, signature: list[int]) -> str | None:
    """The content hash `record` remembers for a file of this identity (device, inode, size,
    mtime, ctime), unless the record is racy or not ours."""
    return _remembered_digest(record, signature, signature[-1])


def remember_digest(record: Path, signature: list[int], digest: str) -> None:
    """Remember a file's content hash for its identity; a cache that cannot be written is skipped."""
    _remember(record, signature, digest)


def _indexed(
    file: str | Path, name: str, progress: Progress | None, problems: list[str]
) -> tuple[Pack, Store | None]:
    from backcare.store.cachedir import root_refused

    try:
        found = os.stat(file)  # noqa: PTH116 (no pathlib on an ask)
    except OSError:  # gone (or unreadable) since it was found: the loader says which, in one line
        return load_pack(file), None
    if root_refused():  # another user's, or writable by others: as with no cache (reported once)
        return load_pack(file), None
    signature = [found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns]
    record = _record_of(file, "packs")
    digest = _remembered_digest(record, signature, found.st_ctime_ns)
    raw: bytes | None = None
    if digest is None:
        raw = read_file_bytes(file, name)
        digest = content_digest(raw)
    opened = _open_index(_index_path(digest), digest, name, file, problems)
    if opened is not None:
        if raw is not None:  # hashed this run: remember it (a write and an fsync, so only then)
            _remember(record, signature, digest)
        return opened
    if raw is None:  # remembered, but no usable index: read again (the file may have changed)
        raw = read_file_bytes(file, name)
        digest = content_digest(raw)
    from pathlib import Path

    from backcare.store.cachedir import MODE, make_root
    from backcare.store.files import remove_stale_temps
    from backcare.store.sqlitebuild import build_index_file

    index = Path(_index_path(digest))
    with _no_cycle_collection():
        pack = parse_pack(raw, name)._replace(digest=digest)
        try:
            make_root()
            index.parent.mkdir(MODE, exist_ok=True)
            remove_stale_temps(index.parent, STALE_TEMP_SECONDS)
            build_index_file(pack, index, progress)
        except (OSError, _sqlite_error()) as exc:
            problems.append(_build_reason(exc))
            return pack, None  # cache unwritable: answer from memory this time
    from backcare.store.prune import previous_digest, remove_replaced

    replaced = previous_digest(record)  # the content this path had before: its index goes
    _remember(record, signature, pack.digest)
    remove_replaced(index.parent, Path(record), replaced, pack.digest)
    return _open_index(index, pack.digest, name, file, problems) or (pack, None)


_SQLITE_FULL = 13  # sqlite3.SQLITE_FULL, without importing sqlite3 for it


def _build_reason(exc: Exception) -> str:
    """Why an index build failed, in the system's words: SQLite's own for a full disk ("database
    or disk is full") read as every other write of the cache says it ("No space left on device"),
    so one full disk is one reason whichever file met it (ux31 F13)."""
    if getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL:
        import errno

        return os.strerror(errno.ENOSPC)
    return os_reason(exc)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a pack is parsed and indexed: they make millions of
    objects that live until the end, and no cycles, so each of its passes over the growing heap
    (a few dozen in a 50,000-entry build) found nothing, at 5-15% of the build's time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _open_index(
    index: str | Path, digest: str, name: str, file: str | Path, problems: list[str]
) -> tuple[Pack, Store] | None:
    """open_index, with an OSError from the cache's path (a name too long, a directory that cannot
    be searched) taken as "no index": it is about the cache, never about the pack."""
    from backcare.store.sqlite import open_index

    try:
        _remove_journal(index)
        return open_index(index, digest, name, file)
    except OSError as exc:
        problems.append(os_reason(exc))
        return None


def _remove_journal(index: str | Path) -> None:
    """An index is written whole under a temporary name (journal off), renamed into place and only
    ever read, so a rollback journal beside it is never ours: junk, or another program's. SQLite
    takes one for a hot journal to roll back, which a read-only connection cannot do, so the index
    failed to open on every run and was rebuilt each time, silently. It is removed unread (never
    rolled back into the index); one that cannot be removed is a problem with the cache, noted."""
    journal = f"{index}-journal"  # index.with_name(f"{index.name}-journal")
    try:
        os.unlink(journal)  # noqa: PTH108
    except OSError as exc:
        # none there (or a cache path the system refuses, which the index's own open reports)
        if os.path.lexists(journal):
            name = os.path.basename(journal)  # noqa: PTH119
            raise OSError(exc.errno, f"{name}: {exc.strerror}") from None


def _index_path(digest: str) -> str | Path:
    """Keyed by content, index format and backcare version: any change means a new index."""
    from backcare.store.sqlite import INDEX_FORMAT

    return _in_cache("index", f"{digest}-f{INDEX_FORMAT}-v{__version__}.sqlite")


def _remembered_digest(record: str | Path, signature: list[int], ctime_ns: int) -> str | None:
    """The content hash remembered for this exact file, unless the record is racy or not ours."""
    from backcare.userfiles import FileProblem, read_bounded

    try:
        # a regular file of a few hundred bytes: a FIFO there would block a plain read forever, a
        # link to /dev/zero would read without end; either is a bad record, so no record
        raw = read_bounded(record, RECORD_BYTES, regular=True)
        data = json.loads(raw.decode("utf-8"))
        digest, made = data["digest"], data["made"]
        racy = ctime_ns >= made - RACY_SECONDS * 1e9
        if data["signature"] == signature and isinstance(digest, str) and not racy:
            return digest
    except (FileProblem, ValueError, KeyError, TypeError, RecursionError):
        pass
    return None


def _remember(record: str | Path, signature: list[int], digest: str) -> None:
    data = {"signature": signature, "digest": digest, "made": time.time_ns()}
    from pathlib import Path

    from backcare.store.cachedir import MODE
    from backcare.store.files import remove_stale_temps, write_atomic

    record = Path(record)
    with contextlib.suppress(OSError):
        # not the group's, whatever the umask
        record.parent.mkdir(MODE, parents=True, exist_ok=True)
        remove_stale_temps(record.parent, STALE_TEMP_SECONDS)
        write_atomic(record, json.dumps(data).encode(), keep_mode=False)


@lru_cache(maxsize=1)
def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error
