"""The persistent index: an SQLite file written once per pack content, and a `Store` reading it.

Nothing in the file is trusted. It holds one table of checksummed rows, `blobs(id, data, crc)`:
row 0 is the meta record (pack fields, sizes and the layout of the other rows), then one row per
entry, one per term's postings, hashed buckets for looking words, terms, n-grams and ids up, the
word list and each topic's entries. Every row read is checked (CRC-32 of its bytes, then its shape and
bounds) and a row that should exist but does not counts as damage, so a flipped byte, a zeroed page
or a crafted table is noticed when it is read. Opening checks that the schema is exactly ours (no
other table, view, trigger or index) and that the meta record is whole; `open_index` answers None
for anything unexpected, and damage found later, mid-question, makes the store answer from the pack
itself (built in memory) and delete the file, so the next run rebuilds it.

Each term's row is a rowid row of its own, not a blob in a WITHOUT ROWID b-tree, so reading one
term reads that term's pages only. Postings are kept twice, in doc order (exact scores, coverage)
and in impact order (backcare.engine.topk reads only their head); a term in at least 1/DENSE_SHARE
of the entries also keeps its dense bounds (backcare.engine.topk.dense_bounds: 4 bytes an entry)
at the end of its row, so that top-k sums every entry's bound in C instead of reading its postings.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sys
import time
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from backcare import __version__
from backcare.engine.analyze import Analyzer, analyzer_for
from backcare.engine.index import FIELDS, TextAnalysis
from backcare.engine.topk import FIRST_DEPTH
from backcare.engine.tuning import K1
from backcare.errors import BackcareError
from backcare.hints import TYPE_CHECKING, Any, overload
from backcare.packs.schema import Entry, Pack
from backcare.store.cachedir import is_file
from backcare.store.protocol import (
    DocFeatures,
    Impact,
    Postings,
)

if TYPE_CHECKING:
    import sqlite3
    from pathlib import Path
    from typing import TypeVar

    from backcare.store.protocol import Store

    T = TypeVar("T")  # (for mypy: annotations are not evaluated, and typing is not imported)

# 7: answer_share and text_length in the meta record; 8: the answer weight chosen from the share;
# 9: an entry's not_an_emergency texts (engine/entryflags.py); 10: the compounds entries write as
# a verb and a particle ("back up" as "backup": engine/split_compounds.py); 11: each circumstance's
# count of questions (engine/circumstances.py); 12: and the words they join with a hyphen ("X-ray"
# as "xray"); 13: the answer weight of a pack with short questions (adapt.short_questions); 14:
# that weight in the meta record (whether the pack reads its answers: adapt.answers_read); 15: the
# answer share over the words that tell answers apart (adapt.answer_share: BOILERPLATE_SHARE)
INDEX_FORMAT = 15
SCHEMA = "CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL, crc INTEGER NOT NULL)"
LAYOUT = ("entries", "postings", "terms", "words", "grams", "ids", "wordlist", "topics")
PAGE_SIZE = 65536  # SQLite's largest
BUCKET_KEYS = 32  # keys per lookup bucket: one small row read per lookup
POSTINGS_CACHE = 2_000_000  # postings kept in memory once read (a batch asks the same words)
ENTRY_CACHE = 4_096  # entries (and their features) kept once read
QUERY_SECONDS = 5.0  # a query running longer than this is reading a damaged or crafted file
_POSTING_BYTES = 4 + 4 + 1 + 4 + 4  # docs, tfs, field (doc order); docs, tfs (impact order)
IMPACT_HEAD = FIRST_DEPTH  # impact order kept of a term with dense bounds (top-k reads no more)
_ROWS_A_QUERY = 500  # entry rows read by one query (SQLite allows 999 parameters or more)
DENSE_SHARE = 16  # a term in 1/16 of the entries or more keeps dense bounds (4 bytes an entry)
_VALID_FIELDS = bytes(range(len(FIELDS)))
_ENDIAN = sys.byteorder


class IndexDamaged(BackcareError):
    """Something read from an index file is not what backcare wrote."""


_crc = zlib.crc32  # each row's checksum (bound here: the build maps it over rows in C)


def bucket_of(key: str, buckets: int) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def _is_dense(count: int, size: int) -> bool:
    """Whether a term in `count` entries keeps dense bounds. A row's length then tells which it is:
    17 n bytes with n x DENSE_SHARE < size; with n x DENSE_SHARE >= size, 9 n + 8 min(n, IMPACT_HEAD)
    + 4 size bytes (`_dense_count`)."""
    return count * DENSE_SHARE >= size


def _dense_count(length: int, size: int) -> int | None:
    """The postings in a row with dense bounds of this length (None: no row has it)."""
    rest = length - 4 * size
    short, odd = divmod(rest, _POSTING_BYTES)  # the whole impact order kept (n < IMPACT_HEAD)
    if not odd and 0 < short < IMPACT_HEAD:
        return short
    count, odd = divmod(rest - 8 * IMPACT_HEAD, 9)
    return count if not odd and count >= IMPACT_HEAD else None


def _itemsizes() -> list[int]:
    return [array("I").itemsize, array("f").itemsize]


# ---- reading -------------------------------------------------------------------------------------


def index_uri(index: str | Path) -> str:
    """A read-only SQLite URI for a path: quoted, so '?', '#' or '%' in a directory name stay part
    of the path instead of starting the query string or a fragment. `index` is a Path, or text as
    pathlib writes it (store.open: no pathlib import on an ask)."""
    text = str(index)
    if not os.path.isabs(text):  # noqa: PTH117 (Path.absolute(), without pathlib)
        text = str(index.absolute()) if not isinstance(index, str) else _absolute(text)
    return f"file:{uri_quote(text)}?mode=ro"


def _absolute(text: str) -> str:
    from pathlib import Path

    return str(Path(text).absolute())


# urllib.parse.quote's safe bytes (its default `safe` is '/'); importing it costs ~3 ms of a cold ask
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def uri_quote(text: str) -> str:
    """urllib.parse.quote(text): UTF-8 (strict: UnicodeEncodeError for a lone surrogate, as quote
    raises), every byte outside _URI_SAFE as %XX."""
    return "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in text.encode("utf-8"))


def open_index(
    index: str | Path, digest: str, name: str, source: str | Path | None = None
) -> tuple[Pack, SqliteStore] | None:
    """The pack and a store over a usable index file, or None (missing, damaged, or not ours).
    `source` is the pack file, read if damage is found later (None: damage is an error)."""
    if not is_file(index):
        return None
    import sqlite3

    db: sqlite3.Connection | None = None
    try:
        db = sqlite3.connect(index_uri(index), uri=True, check_same_thread=False)
        deadline = _guard(db)
        if not _schema_is_ours(db):
            raise IndexDamaged("unexpected schema")
        meta = _read_meta(db, digest)
        if meta is None:
            db.close()
            return None  # another pack, version or machine: not damage, just not ours
        pack = Pack(
            title=meta["title"],
            entries=(),
            path=name,
            source=meta["source"],
            contact=meta["contact"],
            synonyms=tuple(tuple(g) for g in meta["synonyms"]),
            builtin_lexicon=meta["builtin_lexicon"],
            digest=digest,
            topic_names=tuple(meta["topics"]),
        )
        store = SqliteStore(db, meta, analyzer_for(pack), index, source, deadline)
        return pack._replace(entries=store.entry_view, by_id=store.id_view), store
    except (sqlite3.Error, IndexDamaged, ValueError, KeyError, TypeError, RecursionError):
        if db is not None:
            db.close()
        discard(index)
        return None


def discard(index: str | Path) -> None:
    """Remove a damaged index so that the next run rebuilds it."""
    with contextlib.suppress(OSError):
        os.unlink(index)  # noqa: PTH108


def _guard(db: sqlite3.Connection) -> list[float]:
    """Treat the file as untrusted input: no code from its schema, checked cells, bounded time."""
    db.execute("PRAGMA trusted_schema=OFF")
    db.execute("PRAGMA cell_size_check=ON")
    db.execute("PRAGMA query_only=ON")
    deadline = [time.monotonic() + QUERY_SECONDS]

    def too_long() -> int:
        return int(time.monotonic() > deadline[0])

    db.set_progress_handler(too_long, 10_000)
    db.execute("PRAGMA schema_version")  # reads the header: fails now on a file that is not SQLite
    return deadline  # moved on before each query by SqliteStore._row


def _schema_is_ours(db: sqlite3.Connection) -> bool:
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return rows == [("table", "blobs", "blobs", SCHEMA)]


def _read_meta(db: sqlite3.Connection, digest: str) -> dict[str, Any] | None:
    row = db.execute("SELECT data, crc FROM blobs WHERE id = 0").fetchone()
    meta = json.loads(_checked(row, 0))
    if not isinstance(meta, dict):
        raise IndexDamaged("meta is not an object")
    expected = {
        "format": INDEX_FORMAT,
        "version": __version__,
        "digest": digest,
        "byteorder": _ENDIAN,
        "itemsizes": _itemsizes(),
        "k1": K1,  # the dense bounds were computed with it
    }
    if any(meta.get(k) != v for k, v in expected.items()):
        return None
    _check_meta(meta)
    return meta


def _check_meta(meta: Mapping[str, Any]) -> None:
    """Types and bounds of everything later code relies on; IndexDamaged if any is off."""
    size, gram_avg, layout = meta["size"], meta["gram_avg"], meta["layout"]
    ok = (
        _is_int(size)
        and size >= 0
        and isinstance(gram_avg, float)
        and math.isfinite(gram_avg)
        and gram_avg > 0
        and all(
            isinstance(value := meta.get(k), float) and math.isfinite(value) and value >= 0
            for k in ("answer_share", "text_length", "answer_weight")
        )
        and isinstance(meta["title"], str)
        and isinstance(meta["source"], str)
        and isinstance(meta["contact"], str)
        and isinstance(meta["builtin_lexicon"], bool)
        and _strings(meta["topics"])
        and _strings(meta["topic_keys"])
        and isinstance(meta["synonyms"], list)
        and all(_strings(g) for g in meta["synonyms"])
        and isinstance(layout, dict)
        and set(layout) == set(LAYOUT)
        and all(
            isinstance(v, list) and len(v) == 2 and all(_is_int(x) and x >= 0 for x in v)
            for v in layout.values()
        )
        and layout["entries"] == [1, size]
        and layout["topics"][1] == len(meta["topic_keys"])
        and all(layout[k][1] >= 1 for k in ("terms", "words", "grams", "ids", "wordlist"))
        and isinstance(counted := meta["circumstances"], list)
        and len(counted) == 2
        and _is_int(counted[0])
        and isinstance(counted[1], list)
        and all(_is_int(c) and 0 <= c <= size for c in counted[1])
    )
    if not ok:
        raise IndexDamaged("meta out of bounds")


def decode_postings(term: str, data: bytes, size: int) -> tuple[Postings, Impact]:
    """A term's postings row, as sqlitebuild writes it, read into arrays and checked."""
    n, odd = divmod(len(data), _POSTING_BYTES)
    head = n  # postings kept in impact order
    dense = None
    if odd or n == 0 or _is_dense(n, size):  # then it must be a row with dense bounds
        found = _dense_count(len(data), size)
        if found is None or not _is_dense(found, size):
            raise IndexDamaged(f"postings of {term!r}")
        n, head = found, min(found, IMPACT_HEAD)
        # (top-k checks every field is at most QUANT, and does without the bounds if not)
        dense = data[9 * n + 8 * head :]
    view = memoryview(data)  # parts are copied once, into their arrays (rows are MBs)
    docs, tfs, impact_docs, impact_tfs = array("I"), array("f"), array("I"), array("f")
    fields = array("B")
    at = 0
    for part, count in ((docs, n), (tfs, n), (impact_docs, head), (impact_tfs, head)):
        part.frombytes(view[at : at + 4 * count])
        at += 4 * count
    fields.frombytes(view[at : at + n])
    if fields.tobytes().translate(None, _VALID_FIELDS) or docs[-1] >= size:
        raise IndexDamaged(f"postings of {term!r}")
    return (docs, tfs, fields), (impact_docs, impact_tfs, dense)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _checked(row: object, row_id: int) -> bytes:
    """A row's data, if it is there and its checksum holds."""
    if not (isinstance(row, tuple) and len(row) == 2):
        raise IndexDamaged(f"row {row_id} missing")
    data, crc = row
    if not isinstance(data, bytes) or not _is_int(crc) or _crc(data) != crc:
        raise IndexDamaged(f"row {row_id} damaged")
    return data


class SqliteStore:
    """A Store reading postings and entries from an index file on demand.

    Damage found while answering (see the module docstring) switches it to a store built in memory
    from the pack file, so the question is still answered correctly; the file is deleted."""

    def __init__(
        self,
        db: sqlite3.Connection,
        meta: Mapping[str, Any],
        analyzer: Analyzer,
        path: str | Path,
        source: str | Path | None,
        deadline: list[float],
    ) -> None:
        self._db = db
        self._deadline = deadline
        self._meta = meta
        self._layout: Mapping[str, list[int]] = meta["layout"]
        self.size: int = meta["size"]
        self.gram_avg: float = meta["gram_avg"]
        self.answer_share: float = meta["answer_share"]
        self.text_length: float = meta["text_length"]
        self.answer_weight: float = meta["answer_weight"]
        self.analyzer = analyzer
        self._path = path
        self._source = source
        self._fallback: Store | None = None
        self._postings: dict[str, tuple[Postings, Impact]] = {}
        self._cached_postings = 0
        self._entries: dict[int, Entry] = {}
        self._features: dict[int, DocFeatures] = {}
        self._buckets: dict[tuple[str, int], dict[str, Any]] = {}
        self._words: list[str] | None = None
        self._known_words: dict[str, bool] = {}  # has_word's answers
        self._analysis = TextAnalysis(analyzer)
        self.entry_view = _EntryView(self)
        self.id_view = _IdView(self)

    # -- reading rows, and what happens when one is damaged

    def _row(self, row_id: int) -> bytes:
        self._deadline[0] = time.monotonic() + QUERY_SECONDS
        row = self._db.execute("SELECT data, crc FROM blobs WHERE id = ?", (row_id,)).fetchone()
        return _checked(row, row_id)

    def _safely(self, read: Callable[[], T], fallback: Callable[[Store], T]) -> T:
        if self._fallback is None:
            import sqlite3

            try:
                return read()
            except (sqlite3.Error, IndexDamaged, ValueError, KeyError, TypeError, RecursionError):
                self._fall_back()
        assert self._fallback is not None  # set by _fall_back, which raises otherwise
        return fallback(self._fallback)

    def _fall_back(self) -> None:
        from backcare.engine.index import build_index
        from backcare.packs.load import load_pack
        from backcare.store.memory import MemoryStore

        self._db.close()
        discard(self._path)
        if self._source is None:
            raise BackcareError(f"{self._path}: index damaged (removed; run again to rebuild)")
        pack = load_pack(self._source)
        self._fallback = MemoryStore(pack, build_index(pack, self.analyzer))
        self.size = self._fallback.size
        self.gram_avg = self._fallback.gram_avg
        self.answer_share = self._fallback.answer_share
        self.text_length = self._fallback.text_length
        self.answer_weight = self._fallback.answer_weight

    def _bucket(self, kind: str, key: str) -> dict[str, Any]:
        base, count = self._layout[kind]
        number = bucket_of(key, count)
        found = self._buckets.get((kind, number))
        if found is None:
            found = json.loads(self._row(base + number))
            if not isinstance(found, dict):
                raise IndexDamaged(f"{kind} bucket {number}")
            if len(self._buckets) < ENTRY_CACHE:
                self._buckets[kind, number] = found
        return found

    # -- the Store protocol

    def postings(self, term: str) -> Postings:
        found = self._postings.get(term)  # (the common case first: read before)
        return (found or self._term(term))[0]

    def impact(self, term: str) -> Impact:
        found = self._postings.get(term)
        return (found or self._term(term))[1]

    def has_term(self, term: str) -> bool:
        """Whether the term has postings, from its lookup bucket (a small row) without reading
        them: a lexicon phrase whose other word the pack lacks needs none of its words' rows."""
        found = self._postings.get(term)
        if found is not None:
            return bool(found[0][0])
        return self._safely(
            lambda: self._bucket("terms", term).get(term) is not None, lambda s: s.has_term(term)
        )

    def _term(self, term: str) -> tuple[Postings, Impact]:
        """A term's postings, read once: ranking asks for each term more than once per question."""
        found = self._postings.get(term)
        if found is None:
            found = self._safely(
                lambda: self._read_term(term), lambda s: (s.postings(term), s.impact(term))
            )
            if self._cached_postings < POSTINGS_CACHE:
                self._postings[term] = found
                self._cached_postings += len(found[0][0])
        return found

    def _read_term(self, term: str) -> tuple[Postings, Impact]:
        number = self._bucket("terms", term).get(term)
        if number is None:
            return (array("I"), array("f"), array("B")), (array("I"), array("f"), None)
        base, count = self._layout["postings"]
        if not (_is_int(number) and 0 <= number < count):
            raise IndexDamaged(f"term {term!r}")
        return decode_postings(term, self._row(base + number), self.size)

    def question_counts(self, key: int) -> Sequence[int] | None:
        """The build's count of questions per circumstance, if counted for the table `key`."""
        found = self._meta["circumstances"]
        return found[1] if self._fallback is None and found[0] == key else None

    def has_word(self, word: str) -> bool:
        """Kept once asked: ranking asks it of a question's words several times, and a batch asks
        the same words again and again (each ask hashes the word to find its bucket)."""
        found = self._known_words.get(word)
        if found is None:
            found = self._safely(
                lambda: word in self._bucket("words", word), lambda s: s.has_word(word)
            )
            if len(self._known_words) >= ENTRY_CACHE:
                self._known_words.clear()
            self._known_words[word] = found
        return found

    def words(self) -> Sequence[str]:
        if self._words is None:
            self._words = self._safely(self._read_words, lambda s: list(s.words()))
        return self._words

    def _read_words(self) -> list[str]:
        found = json.loads(self._row(self._layout["wordlist"][0]))
        if not _strings(found):
            raise IndexDamaged("word list")
        words: list[str] = found
        return words

    def gram_df(self, grams: Iterable[str]) -> Mapping[str, int]:
        wanted = list(grams)
        return self._safely(lambda: self._read_gram_df(wanted), lambda s: s.gram_df(wanted))

    def _read_gram_df(self, grams: list[str]) -> dict[str, int]:
        found = {}
        for gram in grams:
            df = self._bucket("grams", gram).get(gram)
            if df is not None:
                if not (_is_int(df) and 0 < df <= self.size):
                    raise IndexDamaged(f"gram {gram!r}")
                found[gram] = df
        return found

    def gram_postings(
        self, grams: Iterable[str], candidates: Sequence[int]
    ) -> Mapping[str, Sequence[tuple[int, int]]]:
        # a word has about 20 n-grams and an entry hundreds: each entry is asked for the word's
        wanted = list(dict.fromkeys(grams))
        postings: dict[str, list[tuple[int, int]]] = {}
        for doc in candidates:
            have = self.features(doc).grams
            for gram in wanted:
                count = have.get(gram)
                if count:
                    postings.setdefault(gram, []).append((doc, count))
        return postings

    def entry(self, doc: int) -> Entry:
        found = self._entries.get(doc)
        if found is None:
            found = self._safely(lambda: self._read_entry(doc), lambda s: s.entry(doc))
            if len(self._entries) >= ENTRY_CACHE:
                self._entries.clear()
            self._entries[doc] = found
        return found

    def _read_entry(self, doc: int) -> Entry:
        if not 0 <= doc < self.size:
            raise IndexDamaged(f"doc {doc} out of range")
        return _entry_from(json.loads(self._row(1 + doc)))

    def entry_by_id(self, entry_id: str) -> Entry | None:
        def read() -> Entry | None:
            doc = self._bucket("ids", entry_id).get(entry_id)
            if doc is None:
                return None
            if not (_is_int(doc) and 0 <= doc < self.size):
                raise IndexDamaged(f"id {entry_id!r}")
            entry = self._read_entry(doc)
            if entry.id != entry_id:
                raise IndexDamaged(f"id {entry_id!r}")
            return entry

        return self._safely(read, lambda s: _by_id(s, entry_id))

    def features(self, doc: int) -> DocFeatures:
        found = self._features.get(doc)
        if found is None:
            if len(self._features) >= ENTRY_CACHE:
                self._features.clear()
            found = self._features[doc] = self._analysis.features(self.entry(doc))
        return found

    def features_of(self, docs: Sequence[int]) -> list[DocFeatures]:
        """`features` of many entries, the rows not yet read fetched in one query (a query a row
        cost 40-80 us each, a few times the row's own share of one query for them all)."""
        have, known = self._features, self._entries
        missing = [d for d in dict.fromkeys(docs) if d not in have and d not in known]
        if len(missing) > 1 and self._fallback is None:
            self._safely(lambda: self._read_entries(missing), lambda s: None)
        return list(map(self.features, docs))

    def _read_entries(self, docs: list[int]) -> None:
        """Reads these entries into the entry cache, each row checked as `_row` checks it."""
        for start in range(0, len(docs), _ROWS_A_QUERY):
            wanted = docs[start : start + _ROWS_A_QUERY]
            if not all(0 <= d < self.size for d in wanted):
                raise IndexDamaged("doc out of range")
            self._deadline[0] = time.monotonic() + QUERY_SECONDS
            marks = ",".join("?" * len(wanted))
            found = {
                row[0]: row[1:]
                for row in self._db.execute(
                    f"SELECT id, data, crc FROM blobs WHERE id IN ({marks})",
                    [1 + d for d in wanted],
                )
            }
            for doc in wanted:
                entry = _entry_from(json.loads(_checked(found.get(1 + doc), 1 + doc)))
                if len(self._entries) >= ENTRY_CACHE:
                    self._entries.clear()
                self._entries[doc] = entry

    def docs_with_topics(self, topics: frozenset[str]) -> frozenset[int]:
        """Entries under these topic names. Topics are stored by their case-folded name, which is
        the one rule engine.query resolves names with: `topics` holds every spelling of a name."""
        return self._safely(
            lambda: frozenset().union(*(self._read_topic(t) for t in topics)),
            lambda s: s.docs_with_topics(topics),
        )

    def _read_topic(self, topic: str) -> frozenset[int]:
        keys: list[str] = self._meta["topic_keys"]
        wanted = topic.casefold()
        if wanted not in keys:
            return frozenset()
        data = self._row(self._layout["topics"][0] + keys.index(wanted))
        if len(data) % 4:
            raise IndexDamaged(f"topic {topic!r}")
        docs = array("I", data)
        if docs and max(docs) >= self.size:
            raise IndexDamaged(f"topic {topic!r}")
        return frozenset(docs)


def _by_id(store: Store, entry_id: str) -> Entry | None:
    """An entry of a fallback store by id (a linear scan: damage is rare)."""
    for doc in range(store.size):
        if store.entry(doc).id == entry_id:
            return store.entry(doc)
    return None


def _entry_from(data: object) -> Entry:
    """An entry row, checked field by field (Entry.to_dict wrote it; the file may have changed)."""
    if not isinstance(data, dict):
        raise IndexDamaged("entry is not an object")
    texts = [data["id"], data["question"], data["answer"], data["topic"]]
    optional = [data.get(key, "") for key in ("source_url", "reviewed", "pack")]
    aliases, tags = data["aliases"], data["tags"]
    if not (
        all(isinstance(t, str) for t in [*texts, *optional])
        and _strings(aliases)
        and _strings(tags)
        and _strings(data.get("not_an_emergency", []))
    ):
        raise IndexDamaged("entry fields")
    return Entry.from_dict(data)


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
