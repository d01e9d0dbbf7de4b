"""Reading packs: from a user's file or the bundled data, with one-line errors for every failure."""

from __future__ import annotations

import json
from pathlib import Path

from backcare.errors import PackError
from backcare.packs.schema import Pack, pack_from_data
from backcare.resources import data_path

BUNDLED = "faq.json"


def load_pack(path: str | Path | None = None) -> Pack:
    """Read and validate a pack; None means the bundled FAQ."""
    file = data_path(BUNDLED) if path is None else Path(path)
    name = "bundled FAQ" if path is None else str(path)
    raw = read_file_bytes(file, name)
    return parse_pack(raw, name)


def read_file_bytes(file: Path, name: str) -> bytes:
    """A user's file, with a one-line PackError for every way reading it can fail."""
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise PackError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise PackError(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise PackError(f"{name}: permission denied") from None
    except OSError as exc:
        raise PackError(f"{name}: cannot read ({exc.strerror or exc})") from None


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is allowed), or a PackError saying where it is not."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from None


def parse_pack(raw: bytes, name: str) -> Pack:
    """Decode, parse and validate pack bytes; `name` is used in error messages."""
    text = decode_text(raw, name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackError(
            f"{name}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise PackError(f"{name}: not valid JSON (nested too deeply)") from None
    return pack_from_data(data, name)


def content_digest(raw: bytes) -> str:
    """The content hash that keys a pack's persistent index."""
    import hashlib  # 2.7 ms to import; only packs need it, not --version

    return hashlib.blake2b(raw, digest_size=16).hexdigest()
