"""Opening an engine for a pack: in memory for small packs, from a persistent index for large ones.

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
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from backcare import __version__
from backcare.answer import Engine, analyzer_for
from backcare.index import (
    DocFeatures,
    IndexBuilder,
    Postings,
    average_lengths,
    doc_features,
)
from backcare.pack import Entry, Pack, content_digest, load_pack, parse_pack, read_file_bytes

if TYPE_CHECKING:
    import sqlite3

    from backcare.analyze import Analyzer

LARGE_PACK_BYTES = 1_000_000  # below this, building in memory is faster than opening an index
INDEX_FORMAT = 3
POSTINGS_CACHE = 20_000  # terms whose postings a SqliteStore keeps once read
Progress = Callable[[int, int], None]  # (entries done, total)


def open_engine(path: str | Path | None, progress: Progress | None = None) -> Engine:
    """An Engine for the pack at `path` (None: the bundled FAQ)."""
    if path is None or not _is_large(Path(path)):
        return Engine(load_pack(path))
    return _indexed_engine(Path(path), str(path), progress)


def open_pack(path: str | Path | None, progress: Progress | None = None) -> Pack:
    """Just the pack (for `topics`, `show`): parsed if small, read from its index if large."""
    if path is None or not _is_large(Path(path)):
        return load_pack(path)
    return open_engine(path, progress).pack


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


def _indexed_engine(file: Path, name: str, progress: Progress | None) -> Engine:
    import hashlib

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
    engine = _open_index(_index_path(digest), digest, name)
    if engine is not None:
        _remember(record, signature, digest)
        return engine
    if raw is None:  # remembered, but no usable index: read again (the file may have changed)
        raw = read_file_bytes(file, name)
        digest = content_digest(raw)
    pack = parse_pack(raw, name)._replace(digest=digest)
    index = _index_path(digest)
    try:
        build_index_file(pack, index, progress)
    except (OSError, _sqlite_error()):
        return Engine(pack)  # cache unwritable: answer from memory this time
    _remember(record, signature, pack.digest)
    return _open_index(index, pack.digest, name) or Engine(pack)


def _index_path(digest: str) -> Path:
    """Keyed by content, index format and backcare version: any change means a new index."""
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
        _atomic_write(record, json.dumps({"signature": signature, "digest": digest}).encode())


def _atomic_write(target: Path, data: bytes) -> None:
    with _replacing(target) as temp:
        temp.write_bytes(data)


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A temporary file beside `target` that replaces it if the block succeeds, else vanishes,
    so readers never see a half-written record or index."""
    import tempfile

    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@lru_cache(maxsize=1)
def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error


# ---- building ------------------------------------------------------------------------------------

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, topic TEXT NOT NULL,
                      data TEXT NOT NULL);
CREATE INDEX entries_topic ON entries (topic COLLATE NOCASE);
CREATE TABLE postings (term TEXT PRIMARY KEY, docs BLOB NOT NULL, tfs BLOB NOT NULL,
                       covers BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE grams (gram TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
"""


def build_index_file(pack: Pack, target: Path, progress: Progress | None = None) -> None:
    """Write the pack's index to `target` atomically (temp file, then rename)."""
    import sqlite3

    target.parent.mkdir(parents=True, exist_ok=True)
    analyzer = analyzer_for(pack)
    total = len(pack.entries)
    average = average_lengths(IndexBuilder.field_lengths(e, analyzer) for e in pack.entries)
    builder = IndexBuilder(analyzer, average)
    with _replacing(target) as temp:
        db = sqlite3.connect(temp)
        try:
            db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
            rows = []
            for doc, entry in enumerate(pack.entries):
                builder.add(entry)
                rows.append((doc, entry.id, entry.topic, json.dumps(entry.to_dict())))
                if progress is not None and (doc % 500 == 0 or doc + 1 == total):
                    progress(doc + 1, total)
            db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?)", rows)
            db.executemany(
                "INSERT INTO postings VALUES (?, ?, ?, ?)",
                ((t, *(a.tobytes() for a in arrays)) for t, arrays in builder.postings.items()),
            )
            db.executemany("INSERT INTO words VALUES (?)", ((w,) for w in builder.vocabulary))
            db.executemany("INSERT INTO grams VALUES (?, ?)", builder.gram_df.items())
            meta = {
                "format": INDEX_FORMAT,
                "version": __version__,
                "digest": pack.digest,
                "title": pack.title,
                "source": pack.source,
                "size": builder.size,
                "gram_avg": builder.gram_avg,
                "synonyms": pack.synonyms,
                "builtin_lexicon": pack.builtin_lexicon,
                "topics": pack.topics(),
                "array_itemsize": [array("I").itemsize, array("f").itemsize],
            }  # arrays are stored in native byte order and size; an index is never moved
            db.executemany(
                "INSERT INTO meta VALUES (?, ?)", ((k, json.dumps(v)) for k, v in meta.items())
            )
            db.commit()
        finally:
            db.close()


# ---- reading -------------------------------------------------------------------------------------


def _open_index(index: Path, digest: str, name: str) -> Engine | None:
    """An Engine over a usable index file, or None (missing, corrupt, or not what we expect)."""
    if not index.is_file():
        return None
    import sqlite3

    try:
        db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
        meta = {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM meta")}
        expected = {
            "format": INDEX_FORMAT,
            "version": __version__,
            "digest": digest,
            "array_itemsize": [array("I").itemsize, array("f").itemsize],
        }
        if any(meta.get(k) != v for k, v in expected.items()):
            db.close()
            return None
        store = SqliteStore(db, meta)
        pack = Pack(
            title=meta["title"],
            entries=store.entry_view,
            path=name,
            source=meta["source"],
            synonyms=tuple(tuple(g) for g in meta["synonyms"]),
            builtin_lexicon=meta["builtin_lexicon"],
            digest=digest,
            by_id=store.id_view,
            topic_names=tuple(meta["topics"]),
        )
        engine = Engine(pack, store=store)
        store.analyzer = engine.analyzer
        return engine
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        with contextlib.suppress(OSError):
            index.unlink()  # corrupt: rebuild next time
        return None


class SqliteStore:
    """A matcher Store reading postings and entries from an index file on demand."""

    def __init__(self, db: sqlite3.Connection, meta: Mapping[str, Any]) -> None:
        self._db = db
        self.size: int = meta["size"]
        self.gram_avg: float = meta["gram_avg"]
        self.analyzer: Analyzer | None = None
        self._features: dict[int, DocFeatures] = {}
        self._postings: dict[str, Postings] = {}
        self._entries: dict[int, Entry] = {}
        self._words: list[str] | None = None
        self.entry_view = _EntryView(self)
        self.id_view = _IdView(self)

    def postings(self, term: str) -> Postings:
        """A term's postings, read once: ranking asks for each term more than once per question."""
        found = self._postings.get(term)
        if found is None:
            query = "SELECT docs, tfs, covers FROM postings WHERE term = ?"
            row = self._db.execute(query, (term,)).fetchone()
            docs, tfs, fields = array("I"), array("f"), array("B")
            if row is not None:
                docs.frombytes(row[0])
                tfs.frombytes(row[1])
                fields.frombytes(row[2])
            found = (docs, tfs, fields)
            if len(self._postings) < POSTINGS_CACHE:
                self._postings[term] = found
        return found

    def has_word(self, word: str) -> bool:
        found = self._db.execute("SELECT 1 FROM words WHERE word = ?", (word,)).fetchone()
        return found is not None

    def words(self) -> Sequence[str]:
        if self._words is None:
            self._words = [w for (w,) in self._db.execute("SELECT word FROM words ORDER BY word")]
        return self._words

    def gram_df(self, grams: Iterable[str]) -> Mapping[str, int]:
        wanted = list(grams)
        marks = ",".join("?" * len(wanted))
        query = f"SELECT gram, df FROM grams WHERE gram IN ({marks})"
        return dict(self._db.execute(query, wanted)) if wanted else {}

    def gram_postings(
        self, grams: Iterable[str], candidates: Sequence[int]
    ) -> Mapping[str, Sequence[tuple[int, int]]]:
        wanted = set(grams)
        postings: dict[str, list[tuple[int, int]]] = {}
        for doc in candidates:
            for gram, count in self.features(doc).grams.items():
                if gram in wanted:
                    postings.setdefault(gram, []).append((doc, count))
        return postings

    def entry(self, doc: int) -> Entry:
        found = self._entries.get(doc)
        if found is None:
            row = self._db.execute("SELECT data FROM entries WHERE doc = ?", (doc,)).fetchone()
            if row is None:
                raise IndexError(doc)
            found = self._entries[doc] = _entry_from(json.loads(row[0]))
        return found

    def entry_by_id(self, entry_id: str) -> Entry | None:
        row = self._db.execute("SELECT doc FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return None if row is None else self.entry(row[0])

    def features(self, doc: int) -> DocFeatures:
        found = self._features.get(doc)
        if found is None:
            assert self.analyzer is not None
            found = self._features[doc] = doc_features(self.entry(doc), self.analyzer)
        return found

    def docs_with_topic(self, topic: str) -> frozenset[int]:
        rows = self._db.execute("SELECT doc FROM entries WHERE topic = ? COLLATE NOCASE", (topic,))
        return frozenset(doc for (doc,) in rows)


def _entry_from(data: dict[str, Any]) -> Entry:
    return Entry(
        data["id"],
        data["question"],
        data["answer"],
        data["topic"],
        tuple(data["aliases"]),
        tuple(data["tags"]),
    )


class _EntryView(Sequence[Entry]):
    """The pack's entries, read from the index as they are needed."""

    def __init__(self, store: SqliteStore) -> None:
        self._store = store

    def __len__(self) -> int:
        return self._store.size

    @overload
    def __getitem__(self, index: int) -> Entry: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Entry]: ...
    def __getitem__(self, index: int | slice) -> Entry | Sequence[Entry]:
        if isinstance(index, slice):
            return [self._store.entry(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._store.entry(index)

    def __iter__(self) -> Iterator[Entry]:
        return (self._store.entry(i) for i in range(len(self)))


class _IdView(Mapping[str, Entry]):
    def __init__(self, store: SqliteStore) -> None:
        self._store = store

    def __getitem__(self, key: str) -> Entry:
        found = self._store.entry_by_id(key)
        if found is None:
            raise KeyError(key)
        return found

    def __len__(self) -> int:
        return self._store.size

    def __iter__(self) -> Iterator[str]:
        return (e.id for e in self._store.entry_view)
