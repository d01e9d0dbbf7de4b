"""The snapshot read for less (issue 17, speed49): the red-flag phrases' texts kept as columns and
each row made when read (described.rows, format 8), and strings and fixed tuples checked in bulk.
Every check still refuses what it refused: wrong types, rows out of order, a file of the old
format."""

from __future__ import annotations

import marshal
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from backcare.engine.safety import load_safety
from backcare.packs.load import load_pack
from backcare.store import described, snapfile, snapshot
from backcare.store.described import (
    INT,
    STR,
    STRS,
    Damaged,
    Rows,
    Uncovered,
    dc,
    decode,
    encode,
    fs,
    fx,
    ls,
    rows,
    tp,
)
from tests.test_snapshot import QUESTIONS, cache, loaded, observe, resign, snapshot_file

__all__ = ["cache"]  # the fixture, used by name

PAIRS = [
    ("CRISIS", "i|me not|no want live"),
    ("", "numb|tingl* saddle ... $"),
    ("fever", "<temp> fever"),
    ("", ""),  # an empty row is a row
    ("dos", "entumecimiento en la silla ñ"),  # not ASCII
    ("CRISIS", "x"),
]


def round_trip(spec: Any, value: Any) -> Any:
    return decode(spec, marshal.loads(marshal.dumps(encode(spec, value))))


# ---- rows --------------------------------------------------------------------------------------


def test_rows_read_back_as_the_list_written() -> None:
    found = round_trip(rows(2), PAIRS)
    assert type(found) is Rows
    assert found == PAIRS and list(found) == PAIRS and len(found) == len(PAIRS)
    assert [found[n] for n in range(len(PAIRS))] == PAIRS
    assert found[-1] == PAIRS[-1] and found[1:4] == PAIRS[1:4] and found[::-2] == PAIRS[::-2]
    assert list(enumerate(found)) == list(enumerate(PAIRS))
    assert found != PAIRS[:-1] and found != [*PAIRS[:-1], ("CRISIS", "y")]
    with pytest.raises(IndexError):
        found[len(PAIRS)]
    with pytest.raises(IndexError):
        found[-len(PAIRS) - 1]


@pytest.mark.parametrize("width", [1, 2, 3])
def test_rows_of_any_width_and_none(width: int) -> None:
    value = [tuple(f"{n}-{c}" for c in range(width)) for n in range(5)]
    assert round_trip(rows(width), value) == value
    assert list(round_trip(rows(width), [])) == []


@pytest.mark.parametrize(
    "value",
    [
        ("a", "b"),  # not a list
        [("a", "b"), ["c", "d"]],  # a row not a tuple
        [("a", "b"), ("c",)],  # a row of another width
        [("a", 1)],  # not strings
        [("a", b"b")],
    ],
)
def test_rows_not_as_described_are_not_written(value: Any) -> None:
    with pytest.raises(Uncovered):
        encode(rows(2), value)


def _columns(value: list[tuple[str, str]]) -> list[list[Any]]:
    """The encoded columns as lists, to damage."""
    return [list(column) for column in encode(rows(2), value)]


def _bounds(packed: bytes) -> list[int]:
    return array(described.BOUND, packed).tolist()


def _packed(bounds: list[int]) -> bytes:
    return array(described.BOUND, bounds).tobytes()


def _damaged(change: Callable[[list[list[Any]]], None]) -> Any:
    columns = _columns(PAIRS)
    change(columns)
    return tuple(tuple(column) for column in columns)


def _swap_bounds(columns: list[list[Any]]) -> None:
    bounds = _bounds(columns[1][1])
    bounds[2], bounds[3] = bounds[3], bounds[2]
    columns[1][1] = _packed(bounds)


def _bound_past_end(columns: list[list[Any]]) -> None:
    columns[1][1] = _packed([*_bounds(columns[1][1])[:-1], len(columns[1][0]) + 1])


def _bound_short_of_end(columns: list[list[Any]]) -> None:
    columns[1][0] += "hidden"


def _not_from_zero(columns: list[list[Any]]) -> None:
    columns[0][1] = _packed([1, *_bounds(columns[0][1])[1:]])


def _row_dropped(columns: list[list[Any]]) -> None:
    bounds = _bounds(columns[0][1])
    columns[0] = [columns[0][0][: bounds[-2]], _packed(bounds[:-1])]


ROW_DAMAGE: dict[str, Any] = {
    "bounds out of order": _damaged(_swap_bounds),
    "a bound past the end": _damaged(_bound_past_end),
    "text past the last bound": _damaged(_bound_short_of_end),
    "bounds not from zero": _damaged(_not_from_zero),
    "columns of unequal lengths": _damaged(_row_dropped),
    "a partial bound": _damaged(lambda c: c[0].__setitem__(1, c[0][1] + b"\0")),
    "no bounds": _damaged(lambda c: c[0].__setitem__(1, b"")),
    "bounds not bytes": _damaged(lambda c: c[0].__setitem__(1, [0, 1])),
    "a column not a string": _damaged(lambda c: c[1].__setitem__(0, b"abc")),
    "a column of three": _damaged(lambda c: c[1].append(b"")),
    "a column missing": tuple(tuple(c) for c in _columns(PAIRS)[:1]),
    "a list for the columns": list(map(tuple, _columns(PAIRS))),
    "the old format (a list of pairs)": PAIRS,
    "nothing": None,
}


@pytest.mark.parametrize("damage", sorted(ROW_DAMAGE))
def test_rows_damaged_are_refused_when_read(damage: str) -> None:
    raw = marshal.loads(marshal.dumps(ROW_DAMAGE[damage]))
    with pytest.raises(Damaged):
        decode(rows(2), raw)


# ---- strings and fixed tuples checked in bulk -----------------------------------------------


@pytest.mark.parametrize(
    ("spec", "value"),
    [
        (STRS, frozenset({"a", 1})),
        (STRS, frozenset({"a", b"a"})),
        (STRS, frozenset({"a", None})),
        (STRS, frozenset({"a", ("a",)})),
        (tp(STR), ("a", "b", 2.5)),
        (ls(fx(STR, INT)), [("a", 1), (2, "b")]),  # the columns swapped in one row
        (ls(fx(STR, INT)), [("a", 1), ("b", "2")]),
        (ls(fx(STR, INT)), [("a", 1), ("b", 2, 3)]),  # a tuple of another length
        (ls(fx(STR, INT)), [("a", 1), ["b", 2]]),
        (ls(fx(INT, STR)), [(True, "a")]),  # a bool is not an int here
        (dc(STR, fs(STR)), {"a": frozenset({"b"}), 3: frozenset()}),
        (dc(STR, ls(fx(STR, STR))), {"a": [("b", "c"), ("d", 5)]}),
    ],
)
def test_a_value_of_another_type_anywhere_is_refused(spec: Any, value: Any) -> None:
    with pytest.raises(Damaged):
        decode(spec, marshal.loads(marshal.dumps(value)))


@pytest.mark.parametrize(
    ("spec", "value"),
    [
        (STRS, frozenset({"a", "", "ñ", "x" * 300})),
        (STRS, frozenset()),
        (ls(fx(STR, INT, STR)), [("a", 1, "b"), ("", -4, "c"), ("d", 10**12, "")]),
        (dc(tp(STR), tp(STR)), {("a", "b"): ("c",), (): ()}),
        (dc(STR, ls(fx(INT, INT))), {"a": [(1, 2)], "b": []}),
    ],
)
def test_values_as_described_are_read_as_written(spec: Any, value: Any) -> None:
    assert decode(spec, marshal.loads(marshal.dumps(value))) == value


# ---- the snapshot --------------------------------------------------------------------------


def test_the_phrase_texts_read_are_those_built(cache: Path) -> None:
    snapshot.Tables()._load()
    safety = loaded(cache).safety()
    assert safety is not None
    texts: object = safety._index._texts
    assert isinstance(texts, Rows)
    assert texts == load_safety()._index._texts


def test_a_calm_question_makes_few_phrase_rows(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows are made as phrases are compiled: a calm question compiles few of them."""
    snapshot.Tables()._load()
    safety = loaded(cache).safety()
    assert safety is not None
    made: list[int] = []
    read = Rows.__getitem__

    def counted(self: Rows, at: Any) -> Any:
        made.append(at)
        return read(self, at)

    monkeypatch.setattr(Rows, "__getitem__", counted)
    assert not safety.check("stiff back after sitting")
    assert len(made) < len(safety._index._texts) // 4


def _texts(change: Callable[[list[list[Any]]], None]) -> Callable[[dict[str, Any]], None]:
    def apply(parts: dict[str, Any]) -> None:
        columns = [list(column) for column in parts["safety"]["_index"]["_texts"]]
        change(columns)
        parts["safety"]["_index"]["_texts"] = tuple(tuple(column) for column in columns)

    return apply


FILE_DAMAGE: dict[str, Callable[[dict[str, Any]], None]] = {
    "phrase bounds out of order": _texts(_swap_bounds),
    "a phrase bound past the end": _texts(_bound_past_end),
    "phrase columns of unequal lengths": _texts(_row_dropped),
    "phrase texts as pairs (format 7)": lambda parts: parts["safety"]["_index"].update(
        {"_texts": list(load_safety()._index._texts)}
    ),
}


@pytest.mark.parametrize("damage", sorted(FILE_DAMAGE))
def test_damaged_phrase_texts_in_the_file_are_built_instead(cache: Path, damage: str) -> None:
    """Crafted with valid digests: the red-flag tables are refused, the file removed, and the
    answers (flags included) are what building gives; the next run writes it afresh."""
    snapshot.Tables()._load()
    path = snapshot_file(cache)
    expected = observe(None)
    resign(path, FILE_DAMAGE[damage])
    tables = snapshot.Tables()
    tables._load()
    assert tables.safety() is None and not path.exists()
    assert observe(snapshot.Tables()) == expected
    assert observe(loaded(cache)) == expected


def test_a_snapshot_of_the_old_format_is_not_read(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written by format 7's code (its key names the format) is another key's: the tables
    are built, and this format's file is written beside it."""
    with monkeypatch.context() as old:
        old.setattr(snapfile, "FORMAT", 7)
        snapshot.Tables()._load()
    first = snapshot_file(cache)
    expected = observe(None)
    tables = snapshot.Tables()
    tables._load()
    assert not tables.read  # built: the old file is not this key's
    files = sorted((cache / "snapshot").glob("bundled-*.bin"))
    assert first in files and len(files) == 2
    pack = load_pack()
    assert tables.analyzer(pack.builtin_lexicon, pack.synonyms) is not None
    assert observe(loaded(cache)) == expected
    assert len(QUESTIONS) > 5
