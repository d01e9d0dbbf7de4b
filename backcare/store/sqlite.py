"""The persistent index: an SQLite file written once per pack content, and a `Store` reading it.

Nothing in the file is trusted: `open_index` checks what it reads and answers None (rebuild) for
anything unexpected.
"""

from __future__ import annotations

import contextlib
import json
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from backcare import __version__
from backcare.engine.analyze import Analyzer, analyzer_for
from backcare.engine.index import IndexBuilder, average_lengths, doc_features, field_weights
from backcare.packs.schema import Entry, Pack
from backcare.store.files import replacing
from backcare.store.protocol import DocFeatures, Postings, Progress

if TYPE_CHECKING:
    import sqlite3

INDEX_FORMAT = 3
POSTINGS_CACHE = 20_000  # terms whose postings a SqliteStore keeps once read


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
    builder = IndexBuilder(analyzer, average, field_weights(pack, analyzer))
    with replacing(target) as temp:
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


def open_index(index: Path, digest: str, name: str) -> tuple[Pack, SqliteStore] | None:
    """The pack and a store over a usable index file, or None (missing, corrupt, or not ours)."""
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
        pack = Pack(
            title=meta["title"],
            entries=(),
            path=name,
            source=meta["source"],
            synonyms=tuple(tuple(g) for g in meta["synonyms"]),
            builtin_lexicon=meta["builtin_lexicon"],
            digest=digest,
            topic_names=tuple(meta["topics"]),
        )
        store = SqliteStore(db, meta, analyzer_for(pack))
        return pack._replace(entries=store.entry_view, by_id=store.id_view), store
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        with contextlib.suppress(OSError):
            index.unlink()  # corrupt: rebuild next time
        return None


class SqliteStore:
    """A matcher Store reading postings and entries from an index file on demand."""

    def __init__(self, db: sqlite3.Connection, meta: Mapping[str, Any], analyzer: Analyzer) -> None:
        self._db = db
        self.size: int = meta["size"]
        self.gram_avg: float = meta["gram_avg"]
        self.analyzer = analyzer
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
