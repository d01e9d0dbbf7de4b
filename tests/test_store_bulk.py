"""The postings made in bulk with numpy (backcare.engine.bulk) are those `IndexBuilder.add` makes
entry by entry, and the index file written either way is the same, row by row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine import bulk
from backcare.engine.analyze import default_analyzer
from backcare.engine.bulk import by_name, pack_columns, postings_rows
from backcare.engine.index import analyse_pack
from backcare.engine.topk import dense_bounds
from backcare.engine.tuning import K1
from backcare.packs.schema import Entry, Pack
from backcare.store import sqlitebuild
from backcare.store.protocol import impact_head, impact_order
from tests.strategies import WORDS, packs

ANALYZER = default_analyzer()


@settings(max_examples=150, deadline=None)
@given(
    packs(max_entries=12),
    st.integers(min_value=1, max_value=4),
    st.integers(min_value=1, max_value=20),
    st.integers(min_value=1, max_value=40),
)
def test_bulk_rows_are_the_builders_to_the_byte(
    pack: Pack,
    head: int,
    dense_share: int,
    chunk: int,
) -> None:
    """Every term's row (doc order, impact order or its head, covers, dense bounds), with heads
    short enough to cut ties, dense shares that make rare and common terms both ways, and the
    postings made a few term numbers at a time or all at once."""
    builder, packed = analyse_pack(pack, ANALYZER)
    found = pack_columns(builder, packed, chunk)
    assert found is not None
    for record in packed:
        builder.add(record)
    postings = builder.postings
    groups = by_name(found, builder.analysis.names)
    assert set(groups) == set(postings)
    terms = sorted(groups)
    size = builder.size
    made = postings_rows(found, [groups[t] for t in terms], size, head, dense_share, K1)
    for term, row in zip(terms, made, strict=True):
        docs, tfs, fields = postings[term]
        if len(docs) * dense_share >= size:
            impact_docs, impact_tfs = impact_head(postings[term], head)
            bounds = dense_bounds(docs, tfs, size, K1)
        else:
            impact_docs, impact_tfs, _ = impact_order(postings[term])
            bounds = b""
        parts = [docs.tobytes(), tfs.tobytes(), impact_docs.tobytes(), impact_tfs.tobytes()]
        assert row == b"".join(parts) + fields.tobytes() + bounds, term


@pytest.mark.parametrize("span", [1, 2, 1 << 16])
def test_keys_ordered_by_term_alone_or_sorted_whole_are_the_same(
    span: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stable 16-bit ordering by term number (a chunk's terms within RADIX_SPAN) and the
    sort of whole keys (wider chunks) make the same columns."""
    entries = tuple(
        Entry(
            f"e{n}",
            f"{WORDS[n % 11]} {WORDS[n % 7]} {WORDS[n % 3]}",
            " ".join(WORDS[(n * k) % 11] for k in range(1 + n % 9)),
            WORDS[n % 4],
            (),
            (),
        )
        for n in range(200)
    )
    builder, packed = analyse_pack(Pack(title="t", entries=entries, path="t.json"), ANALYZER)
    whole = pack_columns(builder, packed, 1 << 19)
    monkeypatch.setattr(bulk, "RADIX_SPAN", span)
    for chunk in (1, 7, 1 << 19):
        found = pack_columns(builder, packed, chunk)
        assert found is not None and whole is not None
        assert found.terms == whole.terms and found.bounds == whole.bounds
        for name in ("docs", "tfs", "fields"):
            assert getattr(found, name).tobytes() == getattr(whole, name).tobytes()


@pytest.mark.parametrize("span", [1, 1 << 16])
def test_gram_words_ordered_by_word_alone_or_sorted_whole_are_the_same(
    span: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`add_gram_words` with its stable 16-bit ordering (at most RADIX_SPAN words) and with the
    sort of whole (word, entry) keys gives the entry-by-entry builder's n-gram statistics."""
    entries = tuple(
        Entry(f"e{n}", f"{WORDS[n % 11]} {WORDS[n % 7]} {WORDS[(n * 3) % 11]}", "a", "t", (), ())
        for n in range(120)
    )
    pack = Pack(title="t", entries=entries, path="t.json")
    plain, packed = analyse_pack(pack, ANALYZER)
    for record in packed:
        plain.add(record)
    monkeypatch.setattr(bulk, "RADIX_SPAN", span)
    builder, packed = analyse_pack(pack, ANALYZER)
    bulk.add_gram_words(builder, packed)
    assert builder.gram_df == plain.gram_df
    assert builder.gram_avg == plain.gram_avg


def rows_of(path: Path) -> list[tuple[int, bytes, int]]:
    with sqlite3.connect(path) as db:
        return list(db.execute("SELECT id, data, crc FROM blobs ORDER BY id"))


def test_index_file_is_the_same_without_numpy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built with numpy, and as without it (the builder adding every posting): the same rows."""
    words = ["back", "pain", "sitting", "stiff", "neck", "stretch", "desk", "chair", "lift", "walk"]
    entries = tuple(
        Entry(
            f"e{n}",
            f"Why is my {words[n % 10]} {words[n % 7]} worse when I {words[n % 3]}?",
            " ".join(words[(n * k) % 10] for k in range(1 + n % 9)),
            words[n % 4],
            (f"{words[n % 5]} {words[(n + 1) % 10]}",) if n % 2 else (),
            (words[n % 6],),
        )
        for n in range(300)
    )
    pack = Pack(title="t", entries=entries, path="t.json")
    sqlitebuild.build_index_file(pack, tmp_path / "bulk.db")
    monkeypatch.setattr(sqlitebuild, "_bulk_columns", lambda builder, analysed: None)
    sqlitebuild.build_index_file(pack, tmp_path / "plain.db")
    assert rows_of(tmp_path / "bulk.db") == rows_of(tmp_path / "plain.db")


TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    st.tuples(TEXT, TEXT, TEXT, TEXT),
    st.lists(TEXT, max_size=3),
    st.lists(TEXT, max_size=3),
    st.tuples(TEXT, TEXT, TEXT),
)
def test_entry_rows_are_the_documented_object_as_json(
    texts: tuple[str, str, str, str],
    aliases: list[str],
    tags: list[str],
    optional: tuple[str, str, str],
) -> None:
    """An entry's row, written directly, is `Entry.to_dict` through the JSON encoder: any text
    (quotes, control characters, non-ASCII, lone surrogates), optional keys only when set."""
    entry = Entry(*texts, tuple(aliases), tuple(tags), *optional)
    assert sqlitebuild._entry_json(entry) == sqlitebuild._json(entry.to_dict())
