"""Everything the snapshot stores is described in backcare/store/tablespec.py, checked by name.

An attribute or a field the description leaves out does not crash anything: `encode` finds the
tables Uncovered and the snapshot is silently not written, so every run builds its tables and only
test_snapshot.py and test_cache_trust.py notice (53 failures after safety63's
Safety._anywhere_weak_causes, 4 after Analyzer._which and Rule.others_barred). These tests name
what is left out and where to describe it, in about a second: the records by their class's
_fields (nothing built), the objects by the attributes a built one holds (the red-flag check, the
analyzer and the cues are built; the index is not: its records are checked by name)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from backcare.engine.analyze import build_analyzer
from backcare.engine.cues import Cues, load_cues
from backcare.engine.index import IndexData
from backcare.engine.intent import Subject
from backcare.engine.safety import load_safety
from backcare.engine.safety.detect import Safety
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.reading import Requirements
from backcare.engine.safety.rules import Rule
from backcare.packs.load import load_pack
from backcare.store import tablespec
from backcare.store.described import STRS, Spec, Uncovered, encode, ls
from backcare.store.protocol import DocFeatures

ROOT = Path(__file__).resolve().parent.parent
SPEC_FILE = "backcare/store/tablespec.py"


def source_of(cls: type) -> str:
    path = inspect.getsourcefile(cls)
    return str(Path(path).relative_to(ROOT)) if path else cls.__module__


def described(spec: Spec) -> Iterator[tuple[str, type, Any]]:
    """Every record ("record", class, fields) and object ("object", class, attributes) a spec
    describes, nested ones too: (kind, class, its descriptions)."""
    if spec is None or isinstance(spec, type):
        return
    kind = spec[0]
    if kind in ("record", "object"):
        yield kind, spec[1], spec[2]
        parts = spec[2].values() if kind == "object" else spec[2]
    elif kind == "fixed":
        parts = spec[1]
    elif kind == "dict":
        parts = spec[1:]
    elif kind in ("frozenset", "set", "list", "tuple", "optional", "counter"):
        parts = spec[1:2]
    else:  # array, json, empty
        return
    for part in parts:
        yield from described(part)


STORED = [found for spec in tablespec.SPECS.values() for found in described(spec)]
RECORDS = {cls: fields for kind, cls, fields in STORED if kind == "record"}
OBJECTS = {cls: attributes for kind, cls, attributes in STORED if kind == "object"}


def test_the_walk_finds_every_stored_record_and_object() -> None:
    """The checks below cover what the snapshot stores (the walk over SPECS misses nothing)."""
    assert set(RECORDS) == {RedFlag, Rule, Cues, IndexData, DocFeatures, Requirements, Subject}
    assert {cls.__name__ for cls in OBJECTS} == {
        "Analyzer",
        "Safety",
        "PhraseIndex",
        "StemLists",
        "Sense",
        "PhraseRows",  # speed59: sorted texts (engine/sorted_rows.py)
        "WordRows",
    }


def undescribed_fields(cls: Any, names: tuple[str, ...]) -> str:
    """What is wrong with the names described for the NamedTuple `cls`, or ''."""
    missing = [name for name in cls._fields if name not in names]
    stale = [name for name in names if name not in cls._fields]
    told = []
    if missing:
        told.append(
            f"{cls.__name__} ({source_of(cls)}) has field(s) {missing} that "
            f"record({cls.__name__}, ...) in {SPEC_FILE} does not describe: add an entry each"
        )
    if stale:
        told.append(
            f"record({cls.__name__}, ...) in {SPEC_FILE} describes {stale}, which "
            f"{cls.__name__} ({source_of(cls)}) no longer has: remove them"
        )
    return "; ".join(told)


RECORD_NAMES = {cls.__name__: cls for cls in RECORDS}


@pytest.mark.parametrize("name", sorted(RECORD_NAMES))
def test_every_field_of_a_stored_record_is_described_by_name(name: str) -> None:
    cls = RECORD_NAMES[name]
    assert cls in tablespec.RECORD_FIELDS, f"describe {cls.__name__} with record() in {SPEC_FILE}"
    told = undescribed_fields(cls, tablespec.RECORD_FIELDS[cls])
    assert not told, told


class _Grown(NamedTuple):
    first: int
    second: int


def test_a_field_left_out_or_gone_is_named_with_the_file_to_edit() -> None:
    assert undescribed_fields(_Grown, ("first", "second")) == ""
    told = undescribed_fields(_Grown, ("first", "third"))
    assert "['second']" in told and "['third']" in told and SPEC_FILE in told


def test_a_field_left_out_makes_the_record_uncovered_not_a_crash() -> None:
    """`record` describes what it is given: the snapshot is then not written, and encode names
    the record."""
    spec = ("record", _Grown, (int,))
    with pytest.raises(Uncovered, match="_Grown: 2 fields, 1 described"):
        encode(spec, _Grown(1, 2))


@pytest.fixture(scope="module")
def built() -> dict[str, Any]:
    """The objects the snapshot stores, built (the red-flag check, the analyzer), and the cues."""
    pack = load_pack()
    safety = load_safety()
    return {
        "Safety": safety,
        "PhraseIndex": safety._index,
        "StemLists": safety._index._by_stem,
        "Analyzer": build_analyzer(pack.builtin_lexicon, pack.synonyms),
        "Cues": load_cues(),
        "Rule": safety._rules,
        "Requirements": safety.build_requirements(),
    }


# where an object's attributes are described in SPEC_FILE
WHERE = {
    "Safety": "_SAFETY_OTHERS (its word sets are derived)",
    "Analyzer": "ANALYZER",
    "PhraseIndex": "PHRASE_INDEX",
    "StemLists": "STEM_LISTS",
}


@pytest.mark.parametrize("name", sorted(WHERE))
def test_every_attribute_of_a_stored_object_is_described_by_name(
    name: str, built: Mapping[str, Any]
) -> None:
    obj = built[name]
    attributes = next(a for cls, a in OBJECTS.items() if cls.__name__ == name)
    stored = vars(obj).keys()
    missing = [a for a in stored if a not in attributes]
    gone = [a for a in attributes if a not in stored]
    assert not missing, (
        f"{name} ({source_of(type(obj))}) stores {missing}, not described: add an entry each to "
        f"{WHERE[name]} in {SPEC_FILE}"
    )
    assert not gone, f"{WHERE[name]} in {SPEC_FILE} describes {gone}, no longer stored: remove"


def test_every_derived_word_set_of_the_safety_is_a_set_of_words(built: Mapping[str, Any]) -> None:
    """Safety's attributes that _SAFETY_OTHERS does not name are described as word sets
    (SAFETY_WORD_SETS): a new table of another shape must be named there."""
    safety = built["Safety"]
    others = [
        f"{a} ({type(value).__name__})"
        for a in tablespec.SAFETY_WORD_SETS
        if not _is_word_set(value := getattr(safety, a))
    ]
    assert not others, (
        f"Safety ({source_of(Safety)} and its bases) stores {others}, not frozensets of words: "
        f"describe each in _SAFETY_OTHERS in {SPEC_FILE}"
    )


def _is_word_set(value: Any) -> bool:
    try:
        encode(STRS, value)
    except Uncovered:
        return False
    return True


@pytest.mark.parametrize(
    ("name", "spec"),
    [
        ("Safety", tablespec.SAFETY),
        ("Analyzer", tablespec.ANALYZER),
        ("Cues", tablespec.CUES),
        ("Rule", ls(tablespec.RULE)),
        ("Requirements", tablespec.REQUIREMENTS),
    ],
)
def test_every_described_attribute_has_the_shape_built(
    name: str, spec: Spec, built: Mapping[str, Any]
) -> None:
    """Described by name and of the shape described: encode names the attribute or field that is
    not (Uncovered: "Safety._rules: Rule.others_barred: expected tuple, found list")."""
    try:
        encode(spec, built[name])
    except Uncovered as uncovered:
        pytest.fail(f"{uncovered}: describe it as built in {SPEC_FILE}")


def test_postings_are_decoded_in_one_call_a_term_and_checked_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An index's postings (a fixed tuple of arrays a term) are made without a call of `decode`
    per array (~0.4 ms of a cold ask, issue 17), with the same checks."""
    from array import array

    from backcare.store import described

    spec = described.dc(described.STR, described.fx(("array", "I"), ("array", "f"), ("array", "B")))
    row = (array("I", [1, 2]), array("f", [0.5, 1.0]), array("B", [1, 2]))
    calls: list[Any] = []
    real = described.decode

    def counted(spec: Any, raw: Any) -> Any:
        calls.append(spec)
        return real(spec, raw)

    monkeypatch.setattr(described, "decode", counted)
    assert described.decode(spec, {"back": tuple(a.tobytes() for a in row)}) == {"back": row}
    assert len(calls) == 1
    for bad in [(b"", b""), [b"", b"", b""], (b"\0\0\0", b"", b""), ("x", b"", b""), (b"", b"", 1)]:
        with pytest.raises(described.Damaged):
            described.decode(spec, {"back": bad})
