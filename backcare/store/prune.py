"""Removing the index a pack path no longer uses (newcomer19 F13: each edit of an 8.8 MB pack left
another 23 MB index in the cache, never removed).

When a pack path gets a new index (its content changed), the index of its previous content is
removed, in every index format and backcare version, unless another pack path's record still names
that content (a copy of the pack elsewhere shares the index). Safe by construction:

- only regular files of this user's in the cache's `index/` directory named
  `<digest>-f<format>-v<version>.sqlite` are removed; a link, a directory or another user's file
  is left (the cache root is refused whole when it is another user's: cachedir.root_refused);
- another process reading the old index keeps reading it: removing a name leaves an open file's
  data in place until it is closed (POSIX), and a process about to open it finds no index and
  answers from the pack, as with any missing index;
- a record that cannot be read (damaged, unreadable, vanishing) counts as naming the content:
  nothing is removed on a doubt;
- nothing here ever raises: a file that disappears, a directory that cannot be written or read,
  are the same as nothing to remove.

Indexes of contents no record names (a pack deleted, a path whose record was replaced by another
sharing its record name) are left, as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from pathlib import Path

from backcare.userfiles import FileProblem, read_bounded

# a record is about 160 bytes (open.RECORD_BYTES reads at most this)
_RECORD_BYTES = 4096
_INDEX_NAME = re.compile(r"(?P<digest>[0-9a-f]{16,128})-f\d+-v[^/]+\.sqlite")


def previous_digest(record: str | Path) -> str | None:
    """The content digest a pack path's record names, whatever the file's identity now (None
    when there is no readable record)."""
    try:
        data = json.loads(read_bounded(record, _RECORD_BYTES, regular=True).decode("utf-8"))
        digest = data["digest"]
    except (FileProblem, OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
    return digest if isinstance(digest, str) and re.fullmatch(r"[0-9a-f]{16,128}", digest) else None


def _named_elsewhere(records: Path, digest: str, own: Path) -> bool:
    """Whether a record other than `own` names `digest`, or may (one that cannot be read)."""
    try:
        with os.scandir(records) as found:
            names = [item.path for item in found if item.name.endswith(".json")]
    except OSError:
        return True  # the records cannot be listed: nothing can be known
    for name in names:
        if Path(name) == own:
            continue
        try:
            raw = read_bounded(name, _RECORD_BYTES, regular=True)
        except FileProblem:
            if not os.path.lexists(name):
                continue  # gone since it was listed: names nothing now
            return True
        try:
            if json.loads(raw.decode("utf-8")).get("digest") == digest:
                return True
        except (ValueError, AttributeError, RecursionError):
            return True
    return False


def remove_replaced(index_dir: Path, record: Path, old: str | None, new: str) -> int:
    """Remove the indexes of content `old`, which the pack path of `record` named before its new
    content `new`, unless another record names `old` (see the module's note); how many files
    were removed. Never raises."""
    if old is None or old == new:
        return 0
    try:
        if _named_elsewhere(record.parent, old, record):
            return 0
        with os.scandir(index_dir) as found:
            candidates = [item.path for item in found if item.name.startswith(f"{old}-")]
    except OSError:
        return 0
    removed = 0
    user = os.geteuid() if hasattr(os, "geteuid") else None
    for path in candidates:
        matched = _INDEX_NAME.fullmatch(os.path.basename(path))  # noqa: PTH119
        if matched is None or matched["digest"] != old:
            continue
        with contextlib.suppress(OSError):
            status = os.lstat(path)
            if not stat.S_ISREG(status.st_mode):
                continue  # a link, a directory: not a file this cache wrote
            if user is not None and status.st_uid != user:
                continue  # another user's: never removed
            os.unlink(path)  # noqa: PTH108
            removed += 1
    return removed
