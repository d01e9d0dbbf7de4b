"""The snapshot key's checksums of the data files a cold ask reads for nothing else, remembered by
file identity.

The key (store/snapfile.inputs_key) names every data file the tables are built from by its length,
CRC-32 and Adler-32. A cold ask that reads the tables from the snapshot parses only the bundled
pack and red_flags.json; the other files (safety_vocabulary.json alone is 0.49 MB) were read and
checksummed for the key alone: ~0.65 MB, 8M instructions, ~2% of a cold ask (issue 17, speed38).
Their sums are remembered as Python's bytecode cache remembers a module's source (by size and
time) and store/sums.py a large pack's SHA-256: in one small record in the snapshot directory,
each file's identity (device, inode, size, mtime and ctime, in nanoseconds) beside its sums, by
the file's path. A file is read and checksummed again unless its identity is exactly the one
remembered, and not racy: a file changed within RACY_NS before the record was made may change
again in the same clock tick keeping its times, so its sums are not taken from the record. Any write to a file, a rename
over it or a chmod gives it another ctime, so another identity.

The record is read only from a directory the snapshot itself may be read from (the user's own:
backcare.store.cachedir), as a regular file owned by the user that no one else can write, and as
data: a JSON object whose every entry is eight non-negative integers; anything else counts as no
record (the files are read as before). Like the snapshot's own checks, it guards against staleness
and damage, not against the user's own account (docs/threat-model.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import time
import zlib
from collections.abc import Callable, Container, Iterable

from backcare.resources import data_file
from backcare.store.cachedir import MODE, make_root, read_own

RECORD = "data-sums.json"
RECORD_BYTES = 16384  # an entry takes its path and ~90 bytes: the data files of a few installs
RACY_NS = 2_000_000_000  # as store/open.py's RACY_SECONDS
Sum = tuple[int, int, int]  # a file's length, CRC-32 and Adler-32
_FIELDS = 8  # an entry: the five numbers of the file's identity, then its Sum


def checksum(content: bytes) -> Sum:
    return len(content), zlib.crc32(content), zlib.adler32(content)


def data_sums(
    names: Iterable[str], read: Callable[[str], bytes], where: Callable[[], str | None]
) -> dict[str, Sum]:
    """Each named data file's Sum: as the record in the folder `where()` names remembers it for
    the file's identity, else read with `read` and checksummed (the record then written again).
    OSError when a file cannot be found or read, as reading them all did (before the folder is
    asked for: a cache refused is reported as it was, after the data files were found). With no
    folder (a cache not the user's own, or none), nothing is remembered: every file is read."""
    paths = {name: data_file(name) for name in names}
    # taken before the read: a change after it gives the next run another ctime, so a miss
    found = {name: os.stat(path) for name, path in paths.items()}  # noqa: PTH116 (no pathlib)
    folder = where()
    # only our files' entries are checked (the record holds every install's: a hundred entries
    # where many checkouts share one cache, ~1M instructions each run to check them all)
    record = _record(folder, set(paths.values())) if folder else {}
    sums: dict[str, Sum] = {}
    entries: dict[str, list[int]] = {}
    fresh = False
    for name, status in found.items():
        identity = [
            status.st_dev,
            status.st_ino,
            status.st_size,
            status.st_mtime_ns,
            status.st_ctime_ns,
        ]
        known = record.get(paths[name])
        if known is not None and known[:5] == identity and stat.S_ISREG(status.st_mode):
            sums[name] = (known[5], known[6], known[7])
        else:
            sums[name] = checksum(read(name))
            fresh = True
        entries[paths[name]] = [*identity, *sums[name]]
    if fresh and folder:
        # by path, and the other installs' entries kept after ours: several checkouts or virtual
        # environments share one cache (as the snapshots' KEEP), and would otherwise each
        # replace the others' entries on every run
        record = _record(folder)
        _remember(
            folder,
            [*entries.items(), *((p, e) for p, e in record.items() if p not in entries)],
            len(entries),
        )
    return sums


def _record(folder: str, only: Container[str] | None = None) -> dict[str, list[int]]:
    """The record's entries (those of the paths in `only`, when given) whose files were not
    changed within RACY_NS before it was made; {} when there is no usable record."""
    path = os.path.join(folder, RECORD)  # noqa: PTH118
    try:
        # as snapfile.read_snapshot: without blocking, the user's own regular file (Untrusted is
        # a ValueError)
        data = json.loads(read_own(path, RECORD_BYTES))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or not _natural(data.get("made")):
        return {}
    made, files = data["made"], data.get("files")
    if not isinstance(files, dict):
        return {}
    return {
        name: entry
        for name, entry in files.items()
        if (only is None or name in only)
        and isinstance(entry, list)
        and len(entry) == _FIELDS
        and all(map(_natural, entry))
        and entry[4] < made - RACY_NS
    }


def _natural(value: object) -> bool:
    """A non-negative int (not a bool, which JSON cannot give but a type check would let by)."""
    return type(value) is int and value >= 0


def _remember(folder: str, entries: list[tuple[str, list[int]]], ours: int) -> None:
    """Write the record atomically, never writable by the group: the first `ours` entries, then
    as many of the others as RECORD_BYTES holds. A cache that cannot be written is skipped (every
    run then reads the files, as before)."""
    from pathlib import Path

    from backcare.store.files import write_atomic

    made = time.time_ns()
    kept = len(entries)
    while True:
        content = json.dumps({"made": made, "files": dict(entries[:kept])}).encode()
        if len(content) <= RECORD_BYTES:
            break
        if kept <= ours:
            return  # paths too long to remember: each run reads the files, as before
        kept -= 1
    record = Path(folder) / RECORD
    with contextlib.suppress(OSError):
        make_root()
        record.parent.mkdir(MODE, exist_ok=True)
        write_atomic(record, content, keep_mode=False)
        os.chmod(record, stat.S_IMODE(record.stat().st_mode) & ~0o022)  # noqa: PTH101
