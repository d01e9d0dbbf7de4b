"""The red-flag check's verdicts on a pack's own texts, kept beside the snapshot (validate's cache).

`validate` reads every entry's question and aliases with the red-flag check and every answer with
its rules (packs/validate.py's emergency warnings): ~100 ms of a cold validate of the bundled FAQ's
file, the same work for the same texts on every run. A verdict depends only on the text and on the
tables that read it, and those are exactly what the snapshot's key covers (every data file's bytes,
the code's files, the versions: store/snapshot.py). So the verdicts are kept in a file named by
that key, next to the snapshot: any change of data or code gives another key, hence no verdicts,
and an edited text is another text. A text is found by a BLAKE2 digest of its kind and its words;
a pack's ranking warnings (own question, competing entries) by a digest of its whole content.

Used only when the check is the default one loaded with those tables (the snapshot's, trusted:
the cache directory is the user's own; validate reaches it through engine/prebuilt.kept and the
snapshot's Tables.kept); never by `ask`, whose own check of a matched entry reads
afresh. The file is read as the snapshot is (a regular file of the user's own, bounded, marshal
data only) and every value is checked for its shape; anything else is ignored and the texts are
read. At most MAX_TEXTS verdicts are kept (the last run's first).

Each check puts what it read; none writes. The command writes the file once, after all of them
(`save_read`): a first `validate` wrote it four times (the rankings, the questions, the answers,
the notice tiers), each time the whole file, atomically and fsynced (issue 17).
"""

from __future__ import annotations

import contextlib
import marshal
import os
from collections.abc import Iterable

from backcare.hints import Any
from backcare.store.cachedir import read_own

PREFIX = "verdicts-"
KEEP = 4  # files kept, as snapshots are (store/snapshot.py: which imports this module)
MAX_BYTES = 16_000_000  # as a snapshot
MAX_TEXTS = 50_000  # a 50,000-entry pack's questions and answers (~2 MB)

Verdict = tuple[Any, ...]  # marshal data: tuples of strings, floats and None


class Verdicts:
    """The verdicts of one key's tables, by text: those read this run are written by `save`."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._kept: dict[bytes, Verdict] = _read(path)
        self._new: dict[bytes, Verdict] = {}
        self._used: set[bytes] = set()

    @staticmethod
    def digest(kind: str, text: str) -> bytes:
        """A text's key."""
        return Verdicts.digest_all(kind, (text,))

    @staticmethod
    def digest_all(kind: str, texts: Iterable[str]) -> bytes:
        """Several texts' key, read in turn (a whole pack's: never joined in memory)."""
        try:
            from _blake2 import blake2b  # hashlib would import OpenSSL's bindings (snapshot.py)
        except ImportError:  # pragma: no cover (every CPython build has it)
            from hashlib import blake2b
        found = blake2b(digest_size=16)
        found.update(kind.encode())
        for text in texts:
            found.update(b"\0")
            found.update(text.encode("utf-8", "surrogatepass"))
        return bytes(found.digest())

    def get(self, key: bytes) -> Verdict | None:
        found = self._new.get(key)
        if found is None:
            found = self._kept.get(key)
            if found is not None:
                self._used.add(key)  # kept first when the file is full
        return found

    def put(self, key: bytes, verdict: Verdict) -> None:
        self._new[key] = verdict

    def save(self) -> None:
        """Write the verdicts read this run, with those kept that were used and as many others as
        fit (never fails: a cache)."""
        if not self._new:
            return
        merged = dict(self._new)
        for key in self._used:
            merged.setdefault(key, self._kept[key])
        for key, verdict in self._kept.items():
            if len(merged) >= MAX_TEXTS:
                break
            merged.setdefault(key, verdict)
        content = marshal.dumps(merged)
        # written or not, these are handed over: a second save writes only what is read after it
        self._kept = merged
        self._used.update(self._new)
        self._new = {}
        if len(content) > MAX_BYTES:
            return
        with contextlib.suppress(OSError, ValueError):
            _write(self._path, content)


def save_read() -> None:
    """Write the verdicts read this process, one file a key, once: a command calls it after all
    its checks (each check only puts). Nothing is written when nothing new was read."""
    for verdicts in _OPEN.values():
        verdicts.save()


def verdicts_for(snapshot: str) -> Verdicts:
    """The verdicts kept beside this snapshot file (its key's), read once a process."""
    folder, name = os.path.split(snapshot)
    path = os.path.join(folder, PREFIX + name.rpartition("-")[2])  # noqa: PTH118
    if path not in _OPEN:  # validate's checks share it
        _OPEN.clear()
        _OPEN[path] = Verdicts(path)
    return _OPEN[path]


_OPEN: dict[str, Verdicts] = {}


def _read(path: str) -> dict[bytes, Verdict]:
    """The file's verdicts, or none when it is missing, not the user's own, too large or not
    what `save` writes."""
    try:
        # as the snapshot: without blocking, the user's own regular file (Untrusted: ValueError)
        data = marshal.loads(read_own(path, MAX_BYTES))
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, dict) or not all(
        type(k) is bytes and len(k) == 16 and type(v) is tuple for k, v in data.items()
    ):
        return {}
    return data


def _write(path: str, content: bytes) -> None:
    from pathlib import Path

    from backcare.store.files import write_one_of_kind

    write_one_of_kind(Path(path), content, PREFIX, KEEP)
