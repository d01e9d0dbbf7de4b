"""Reading a file a user named: bounded, and with one typed problem for each way it can fail.

Packs, questions files, pages to import and the settings file are all read here, so the rules are
the same everywhere: the file is opened once and measured through its descriptor (one that vanishes or
is replaced between a caller's stat and the read is either read whole or reported, never half), and
never more than `limit` + 1 bytes are read (`/dev/zero` or a FIFO cannot grow memory). Each caller
words the problem for its own input (packs.load: PackError; config: ConfigError).
"""

from __future__ import annotations

import os
import stat

from backcare.errors import os_reason
from backcare.hints import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from pathlib import Path

CHUNK = 1 << 20

# FileProblem kinds
MISSING = "missing"
DIRECTORY = "directory"
SPECIAL = "special"  # a FIFO, device or socket where only a regular file is read
TOO_LARGE = "too large"
PERMISSION = "permission"
BAD_NAME = "bad name"  # a NUL byte in the name: no file can have it
UNREADABLE = "unreadable"


class FileProblem(Exception):
    """Why a file could not be read: `kind` (one of the constants above) and, for SPECIAL, what the
    file is in words ('a FIFO (named pipe)'), for UNREADABLE the system's reason."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind, detail)
        self.kind = kind
        self.detail = detail


def read_bounded(
    file: str | Path, limit: int, *, regular: bool, null_is_empty: bool = False
) -> bytes:
    """The file's bytes (at most `limit`), or FileProblem.

    With `regular`, only a regular file is read: a FIFO, device or socket is refused before anything
    is read (opening a FIFO waits for a writer, and reading a device may never end). The file is
    opened without blocking and checked through its descriptor, so one swapped for a FIFO after the
    first check cannot block either. With `null_is_empty`, the null device reads as an empty file
    (a way to ignore a settings file for one run). Without `regular`, any readable file (a pipe) is
    read, within `limit`."""
    try:
        if regular:
            # a device may be the null device: told apart through the descriptor, below
            _refuse_special(os.stat(file).st_mode, allow_device=null_is_empty)  # noqa: PTH116
        nonblocking = getattr(os, "O_NONBLOCK", 0) if regular else 0
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_BINARY", 0) | nonblocking)
        with os.fdopen(descriptor, "rb") as stream:
            found = os.fstat(descriptor)
            if null_is_empty and is_null_device(found):
                return b""
            if regular or stat.S_ISDIR(found.st_mode):
                _refuse_special(found.st_mode, allow_device=False)
            if found.st_size > limit:  # 0 for pipes and devices: read to find out
                raise FileProblem(TOO_LARGE)
            return read_limited(stream, limit)
    except FileNotFoundError:
        raise FileProblem(MISSING) from None
    except IsADirectoryError:
        raise FileProblem(DIRECTORY) from None
    except PermissionError:
        raise FileProblem(PERMISSION) from None
    except OSError as exc:
        raise FileProblem(UNREADABLE, os_reason(exc)) from None
    except ValueError:
        raise FileProblem(BAD_NAME) from None


def read_limited(stream: BinaryIO, limit: int) -> bytes:
    """Everything a stream holds, or FileProblem(TOO_LARGE) once it passes `limit` bytes (never reads
    more than `limit` + 1). For standard input too."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise FileProblem(TOO_LARGE)


def _refuse_special(mode: int, *, allow_device: bool) -> None:
    if stat.S_ISDIR(mode):
        raise FileProblem(DIRECTORY)
    if not stat.S_ISREG(mode) and not (allow_device and stat.S_ISCHR(mode)):
        raise FileProblem(SPECIAL, file_kind(mode))


def is_null_device(found: os.stat_result) -> bool:
    if not stat.S_ISCHR(found.st_mode):
        return False
    try:
        return found.st_rdev == os.stat(os.devnull).st_rdev  # noqa: PTH116 (start-up time)
    except OSError:
        return False


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, in words ('a FIFO (named pipe)')."""
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((words for test, words in kinds if test(mode)), "a special file")
