"""Building the persistent index (backcare.store.sqlite, which reads it): the pack analysed, its
rows made (entries, postings in doc and impact order with dense bounds, lookup buckets, the word
list, topics, the meta record) and written with their checksums to a temporary file renamed into
place when whole. Imported only by a run that builds an index, never by one that reads it.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator, Mapping
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backcare import __version__
from backcare.engine.analyze import analyzer_for
from backcare.engine.circumstances import circumstance_terms, question_counts, terms_key
from backcare.engine.index import analyse_pack
from backcare.engine.topk import dense_bounds
from backcare.engine.tuning import K1
from backcare.packs.schema import Entry, Pack
from backcare.store.files import replacing
from backcare.store.protocol import (
    Postings,
    Progress,
    impact_head,
    impact_order,
)

if TYPE_CHECKING:
    import sqlite3

    from backcare.engine.bulk import Columns
    from backcare.engine.index import IndexBuilder, Packed
from backcare.store.sqlite import (
    _ENDIAN,
    BUCKET_KEYS,
    DENSE_SHARE,
    IMPACT_HEAD,
    INDEX_FORMAT,
    PAGE_SIZE,
    SCHEMA,
    _crc,
    _is_dense,
    _itemsizes,
    bucket_of,
    decode_postings,
)

# ---- building ------------------------------------------------------------------------------------


def build_index_file(pack: Pack, target: Path, progress: Progress | None = None) -> None:
    """Write the pack's index to `target` atomically (temp file, then rename)."""
    import sqlite3

    analyzer = analyzer_for(pack)
    total = len(pack.entries)
    builder, analysed = analyse_pack(pack, analyzer, progress)
    columns = _bulk_columns(builder, analysed)
    analysed.reverse()  # popped from the end as entries are added: memory is freed as it goes
    with replacing(target, keep_mode=False) as temp:
        db = sqlite3.connect(temp)
        try:
            # a temporary file, renamed into place when whole: no journal, no syncs until then;
            # 64 KiB pages: a common word's row (MBs) is read in 16x fewer overflow pages (2-3x
            # less CPU time to read it)
            db.executescript(
                f"PRAGMA page_size={PAGE_SIZE}; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                + SCHEMA
                + ";"
            )
            # rows go to SQLite as they are made: holding them all would double the peak memory
            rows: list[tuple[int, bytes]] = []
            topic_docs: dict[str, list[int]] = {}
            for doc, entry in enumerate(pack.entries):
                if analysed:  # (made in bulk, else entry by entry)
                    builder.add(analysed.pop())
                rows.append((1 + doc, _entry_json(entry)))
                topic_docs.setdefault(entry.topic.casefold(), []).append(doc)
                if progress is not None and (doc % 1000 == 0 or doc + 1 == total):
                    progress(total + doc + 1, 2 * total)
                if len(rows) >= 1000:
                    _insert(db, rows)
            layout: dict[str, list[int]] = {"entries": [1, total]}
            next_id = 1 + total
            vocabulary = builder.vocabulary
            terms, postings_rows = _postings_rows(builder, columns)
            layout["postings"] = [next_id, len(terms)]
            table = circumstance_terms(analyzer)
            kept: dict[str, Postings] = {}
            postings_rows = _keeping(terms, postings_rows, table, builder.size, kept)
            _insert(db, ((next_id + n, row) for n, row in enumerate(postings_rows)))
            counted = [terms_key(table), question_counts(table, kept.get)]
            kept.clear()
            next_id += len(terms)
            for kind, table in (
                ("terms", {t: n for n, t in enumerate(terms)}),
                ("words", dict.fromkeys(vocabulary, 1)),
                ("grams", dict(builder.gram_df)),
                ("ids", {e.id: doc for doc, e in enumerate(pack.entries)}),
            ):
                buckets = _buckets(table)
                layout[kind] = [next_id, len(buckets)]
                rows.extend((next_id + n, _json(b)) for n, b in enumerate(buckets))
                next_id += len(buckets)
            layout["wordlist"] = [next_id, 1]
            rows.append((next_id, _json(sorted(vocabulary))))
            next_id += 1
            topic_keys = list(topic_docs)
            layout["topics"] = [next_id, len(topic_keys)]
            rows.extend(
                (next_id + n, array("I", topic_docs[k]).tobytes()) for n, k in enumerate(topic_keys)
            )
            meta = {
                "format": INDEX_FORMAT,
                "version": __version__,
                "digest": pack.digest,
                "byteorder": _ENDIAN,
                "itemsizes": _itemsizes(),
                "k1": K1,
                "title": pack.title,
                "source": pack.source,
                "contact": pack.contact,
                "size": builder.size,
                "gram_avg": builder.gram_avg,
                "answer_share": builder.answer_share,
                "text_length": builder.text_length,
                "answer_weight": builder.answer_weight,
                "synonyms": pack.synonyms,
                "builtin_lexicon": pack.builtin_lexicon,
                "topics": pack.topics(),
                "topic_keys": topic_keys,
                "layout": layout,
                "circumstances": counted,
            }
            rows.append((0, _json(meta)))
            _insert(db, rows)
            db.commit()
        finally:
            db.close()


def _bulk_columns(builder: IndexBuilder, analysed: list[Packed]) -> Columns | None:
    """Every term's postings and the n-gram statistics made at once with numpy
    (backcare.engine.bulk: 5x faster than adding them entry by entry), and `analysed` emptied;
    or None without numpy: then `IndexBuilder.add` adds each entry."""
    try:
        from backcare.engine.bulk import add_gram_words, pack_columns
    except ImportError:  # numpy missing
        return None
    columns = pack_columns(builder, analysed)
    if columns is not None:
        add_gram_words(builder, analysed)
        analysed.clear()
    return columns


def _postings_rows(
    builder: IndexBuilder, columns: Columns | None
) -> tuple[list[str], Iterable[bytes]]:
    """The terms in name order, and their postings rows in that order (from `columns` when made,
    else from the builder's postings: the same bytes either way)."""
    size = builder.size
    if columns is None:
        postings = builder.postings
        terms = sorted(postings)
        return terms, (_postings_bytes(postings[t], size) for t in terms)
    from backcare.engine.bulk import by_name, postings_rows

    groups = by_name(columns, builder.analysis.names)
    terms = sorted(groups)
    order = [groups[t] for t in terms]
    rows = postings_rows(columns, order, size, IMPACT_HEAD, DENSE_SHARE, K1)
    compounds = builder.compound_postings  # written as two words: not in the columns
    if not compounds:
        return terms, rows
    merged = sorted((*terms, *compounds))
    return merged, _with_compounds(merged, rows, compounds, size)


def _with_compounds(
    terms: Iterable[str], rows: Iterable[bytes], compounds: Mapping[str, Postings], size: int
) -> Iterator[bytes]:
    """The columns' rows in name order with the compounds' rows put in their places."""
    made = iter(rows)
    for term in terms:
        found = compounds.get(term)
        yield next(made) if found is None else _postings_bytes(found, size)


def _keeping(
    terms: Iterable[str],
    rows: Iterable[bytes],
    wanted: Mapping[str, int],
    size: int,
    kept: dict[str, Postings],
) -> Iterator[bytes]:
    """`rows` passed on, with the docs and fields of the `wanted` terms' rows put in `kept`, read
    back from the bytes written (the index's own reading), so the counts made of them are the
    counts a reader of the index would make."""
    for term, row in zip(terms, rows, strict=True):
        if term in wanted:
            (docs, _, fields), _ = decode_postings(term, row, size)
            kept[term] = docs, array("f"), fields
        yield row


def _insert(db: sqlite3.Connection, rows: Iterable[tuple[int, bytes]]) -> None:
    """Insert rows with their checksums; a list given is emptied (the next batch reuses it)."""
    if isinstance(rows, list):  # numbers, rows and checksums zipped in C: no call per row
        numbers, data = zip(*rows, strict=True) if rows else ((), ())
        db.executemany(
            "INSERT INTO blobs VALUES (?, ?, ?)", zip(numbers, data, map(_crc, data), strict=True)
        )
        rows.clear()
        return
    db.executemany("INSERT INTO blobs VALUES (?, ?, ?)", ((i, d, _crc(d)) for i, d in rows))


_ENCODE = json.JSONEncoder(separators=(",", ":")).encode  # json.dumps makes one per call


def _json(value: Any) -> bytes:
    return _ENCODE(value).encode("utf-8", "surrogatepass")


def _entry_json(entry: Entry) -> bytes:
    """`_json(entry.to_dict())`, the same bytes, written directly: a dict and an encoder call per
    entry cost 0.4-0.5 s of a 50,000-entry build. `_ENCODE` escapes every non-ASCII character
    (ensure_ascii), as `encode_basestring_ascii` does, so the text is ASCII."""
    string = encode_basestring_ascii
    text = (
        f'{{"id":{string(entry.id)},"question":{string(entry.question)},'
        f'"answer":{string(entry.answer)},"topic":{string(entry.topic)},'
        f'"aliases":[{",".join(map(string, entry.aliases))}],'
        f'"tags":[{",".join(map(string, entry.tags))}]'
    )
    if entry.source_url:
        text += f',"source_url":{string(entry.source_url)}'
    if entry.reviewed:
        text += f',"reviewed":{string(entry.reviewed)}'
    if entry.pack:
        text += f',"pack":{string(entry.pack)}'
    if entry.not_an_emergency:
        text += f',"not_an_emergency":[{",".join(map(string, entry.not_an_emergency))}]'
    return (text + "}").encode("ascii")


def _postings_bytes(postings: Postings, size: int) -> bytes:
    docs, tfs, fields = postings
    dense = _is_dense(len(docs), size)
    if dense:  # top-k reads only the head of the impact order of a term with dense bounds
        impact_docs, impact_tfs = impact_head(postings, IMPACT_HEAD)
    else:
        impact_docs, impact_tfs, _ = impact_order(postings)
    parts = [a.tobytes() for a in (docs, tfs, impact_docs, impact_tfs, fields)]
    if dense:
        parts.append(dense_bounds(docs, tfs, size, K1))
    return b"".join(parts)


def _buckets(table: Mapping[str, int]) -> list[dict[str, int]]:
    count = max(1, len(table) // BUCKET_KEYS)
    buckets: list[dict[str, int]] = [{} for _ in range(count)]
    for key, value in table.items():
        buckets[bucket_of(key, count)][key] = value
    return buckets
