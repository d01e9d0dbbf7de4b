"""The SHA-256 that names a pack to a script (`ask --json`'s `packs`), remembered by file identity.

Hashing a large pack on every ask cost more than answering from its index: a 68 MB pack is read
again (~70 ms) and hashed by CPython's own SHA-256 (~300 ms), which made a cold ask on a
200,000-entry pack 6.5x the bundled one. A large pack's SHA-256 is therefore remembered as its
content hash is (backcare.store.open): in a small record per path holding the file's identity
(device, inode, size, mtime and ctime, all nanoseconds), trusted only for that exact identity,
never when racy, and never from a cache that is not the user's own. A record that is damaged or
holds anything but 64 lower-case hex digits is ignored and the file hashed again.
"""

from __future__ import annotations

import os
import stat

from backcare.hints import TYPE_CHECKING
from backcare.packs.load import read_file_bytes, sha256_hex
from backcare.store import open as store_open

if TYPE_CHECKING:
    from pathlib import Path

_HEX = "0123456789abcdef"


def file_sha256(file: str | Path, name: str) -> str:
    """The SHA-256 of the file's bytes as `sha256sum` gives it. PackError as read_file_bytes
    raises it. Files below INDEXED_PACK_BYTES are hashed every time (a record costs more)."""
    from backcare.store.cachedir import root_refused

    try:
        found = os.stat(file)  # noqa: PTH116 (no pathlib on an ask)
    except OSError:  # the read below reports it, in one line
        found = None
    if (
        found is None
        or not stat.S_ISREG(found.st_mode)
        or found.st_size < store_open.INDEXED_PACK_BYTES
        or root_refused()
    ):
        return sha256_hex(read_file_bytes(file, name))
    # taken before the read: a change after it gives the next run another ctime, so another identity
    signature = [found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns]
    record = store_open._record_of(file, "sums")
    known = store_open._remembered_digest(record, signature, found.st_ctime_ns)
    if known is not None and len(known) == 64 and not known.strip(_HEX):
        return known
    digest = sha256_hex(read_file_bytes(file, name))
    store_open._remember(record, signature, digest)
    return digest
