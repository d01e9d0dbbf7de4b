"""Writing files so that readers never see half of one: a temporary file beside the target, flushed,
fsynced and renamed into place. Used for index files, cache records and `import -o`."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

TEMP_PREFIX = ".tmp-backcare-"


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it if the block succeeds, else vanishes."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX, suffix=target.suffix)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        _fsync(temp)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomic(target: Path, data: bytes) -> None:
    with replacing(target) as temp:
        temp.write_bytes(data)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
