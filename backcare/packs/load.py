"""Reading packs: from a user's file or the bundled data, with one-line errors for every failure.

Reading is bounded (at most `MAX_PACK_BYTES` + 1 bytes, so `/dev/zero` or a FIFO cannot grow memory),
and the JSON reader rejects what `json` would accept silently or crash on: a key given twice, a
number too long to convert, NaN/Infinity, nesting beyond `MAX_DEPTH`.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections import Counter
from typing import TYPE_CHECKING, Any, BinaryIO

from backcare.errors import PackError
from backcare.packs import limits
from backcare.packs.fields import DuplicateKeys
from backcare.packs.schema import Pack, pack_from_data
from backcare.resources import data_file

if TYPE_CHECKING:
    from pathlib import Path

BUNDLED = "faq.json"
CHUNK = 1 << 20

_MARKUP_SUFFIXES = {
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".html": "HTML",
    ".htm": "HTML",
    ".txt": "text",
}
_HTML_START = re.compile(rb"\s*<(?:!doctype|html|head|body|!--|div|section|h[1-6]|p\b)", re.I)
_MARKDOWN_START = re.compile(rb"\s*(?:#{1,6}\s|[^\n]*\n(?:=+|-+)\s*\n|[-*+]\s)")


def as_path(name: str | os.PathLike[str]) -> str | Path:
    """`name` as pathlib reads it: the string itself when pathlib would write it the same way
    (most names: no pathlib import, about 5% of a cold run), else a Path."""
    if isinstance(name, str) and written_as_pathlib_writes_it(name):
        return name
    from pathlib import Path

    return Path(name)


def written_as_pathlib_writes_it(name: str) -> bool:
    """Whether str(Path(name)) == name: on POSIX, a name that is not empty and has no empty or '.'
    parts (a leading '/' aside), so no trailing '/'."""
    first, *rest = name.split("/")
    return (
        os.name == "posix"
        and bool(name)
        and first != "."
        and all(part not in ("", ".") for part in rest)
    )


def load_pack(path: str | Path | None = None) -> Pack:
    """Read and validate a pack; None means the bundled FAQ."""
    file = data_file(BUNDLED) if path is None else as_path(path)
    name = "bundled FAQ" if path is None else str(path)
    raw = read_file_bytes(file, name)
    return parse_pack(raw, name)


def read_file_bytes(
    file: str | Path,
    name: str,
    limit: int = limits.MAX_PACK_BYTES,
    *,
    what: str = "a pack",
    regular: bool = True,
) -> bytes:
    """A user's file (at most `limit` bytes), with a one-line PackError for every way reading it can
    fail. The file is opened once and measured through its descriptor, so one that vanishes or is
    replaced between a caller's stat and this read is either read whole or reported, never half.

    With `regular` (packs), only a regular file is read: a FIFO, device or socket is refused before
    anything is read. Opening a FIFO waits for a writer, and reading a device may never end; either
    would hold back what comes before the pack's error (a red-flag notice). The file is opened
    without blocking and checked through its descriptor, so one swapped for a FIFO after the first
    check cannot block either. Without `regular` (a questions file, a page to import: inputs that
    may come from a pipe) any readable file is read, within `limit`. `what` names the input in the
    size error ("the limit for a pack")."""
    try:
        if regular:
            _refuse_special(os.stat(file).st_mode, name, what)  # noqa: PTH116 (a str path)
        nonblocking = getattr(os, "O_NONBLOCK", 0) if regular else 0
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_BINARY", 0) | nonblocking)
        with os.fdopen(descriptor, "rb") as stream:
            found = os.fstat(descriptor)
            if regular or stat.S_ISDIR(found.st_mode):
                _refuse_special(found.st_mode, name, what)
            if found.st_size > limit:  # 0 for pipes and devices: read to find out
                raise _too_large(name, limit, what)
            return read_limited(stream, name, limit, what=what)
    except FileNotFoundError:
        raise PackError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise PackError(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise PackError(f"{name}: permission denied") from None
    except OSError as exc:
        raise PackError(f"{name}: cannot read ({exc.strerror or exc})") from None
    except ValueError:  # a NUL byte in the path: no file can have that name
        raise PackError(f"{name}: not a valid file name") from None


def _refuse_special(mode: int, name: str, what: str) -> None:
    if stat.S_ISDIR(mode):
        raise PackError(f"{name}: is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise PackError(
            f"{name}: is {file_kind(mode)}, not a regular file; {what} is read only from a file"
        )


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


def read_limited(
    stream: BinaryIO, name: str, limit: int = limits.MAX_PACK_BYTES, *, what: str = "a pack"
) -> bytes:
    """Everything a stream holds, or a PackError once it passes `limit` bytes (never reads more than
    `limit` + 1). Use for standard input too."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise _too_large(name, limit, what)


def _too_large(name: str, limit: int, what: str = "a pack") -> PackError:
    return PackError(f"{name}: larger than {limit // (1024 * 1024)} MB, the limit for {what}")


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is allowed), or a PackError saying where it is not."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from None


def parse_pack(raw: bytes, name: str) -> Pack:
    """Decode, parse and validate pack bytes; `name` is used in error messages."""
    return pack_from_data(parse_json(raw, name), name)


class _NumberTooLong(Exception):
    """Raised from inside json.loads; turned into a PackError with the file's name."""


def _number(literal: str) -> int | float:
    if len(literal) > limits.MAX_NUMBER_CHARS:
        raise _NumberTooLong(literal)
    return float(literal) if any(c in literal for c in ".eE") else int(literal)


def _constant(literal: str) -> Any:
    raise ValueError(f"{literal} is not a JSON number")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = DuplicateKeys(obj)
    marked.duplicates = tuple(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
    return marked


def parse_json(raw: bytes, name: str) -> Any:
    """Pack JSON with keys given twice marked (schema validation reports them), or a PackError."""
    text = decode_text(raw, name)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_number,
            parse_float=_number,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise PackError(
            f"{name}: not valid JSON ({exc.msg} at {where}){_import_hint(raw, name)}"
        ) from None
    except _NumberTooLong as exc:
        raise PackError(
            f"{name}: a number {len(str(exc)):,} characters long "
            f"(the limit is {limits.MAX_NUMBER_CHARS} anywhere in a pack)"
        ) from None
    except ValueError as exc:  # NaN/Infinity
        raise PackError(f"{name}: not valid JSON ({exc})") from None
    except RecursionError:
        raise PackError(
            f"{name}: nested more than {limits.MAX_DEPTH} levels deep (not a pack)"
        ) from None


def _import_hint(raw: bytes, name: str) -> str:
    """For a Markdown or HTML page given where a pack was expected: how to turn it into one."""
    kind = markup_kind(raw, name)
    if kind is None:
        return ""
    import shlex  # only on this error path

    return f"; it looks like {kind}: make a pack with `backcare import {shlex.quote(name)} -o pack.json`"


def markup_kind(raw: bytes, name: str) -> str | None:
    """'Markdown', 'HTML' or 'text' when a file that failed as JSON looks like a page to import."""
    from pathlib import Path  # only on this error path

    suffix = Path(name).suffix.lower()
    if suffix in _MARKUP_SUFFIXES:
        return _MARKUP_SUFFIXES[suffix]
    head = raw[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return "HTML"
    if _MARKDOWN_START.match(head):
        return "Markdown"
    return None


def content_digest(raw: bytes) -> str:
    """The content hash that keys a pack's persistent index."""
    import hashlib  # 2.7 ms to import; only packs need it, not --version

    return hashlib.blake2b(raw, digest_size=16).hexdigest()
