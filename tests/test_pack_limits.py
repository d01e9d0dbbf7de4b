"""Every documented pack limit: at the limit a pack loads, one past it gives one clear PackError."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from backcare.errors import PackError
from backcare.packs import limits
from backcare.packs.load import load_pack, parse_pack, read_file_bytes
from backcare.packs.schema import PackErrors, pack_from_data

ENTRY = {"id": "x", "question": "Q?", "answer": "A."}


def pack_with(**entry_fields: Any) -> dict[str, Any]:
    return {"entries": [{**ENTRY, **entry_fields}]}


def error_of(data: Any) -> str:
    with pytest.raises(PackError) as info:
        pack_from_data(data, "p.json")
    message = str(info.value)
    assert message.startswith("p.json") and "\n" not in message
    return message


Build = Callable[[int], dict[str, Any]]

# (what, limit, pack whose measured thing has size n)
SIZED: list[tuple[str, int, Build]] = [
    ("id", limits.MAX_ID_CHARS, lambda n: pack_with(id="i" * n)),
    ("question", limits.MAX_QUESTION_CHARS, lambda n: pack_with(question="q" * n)),
    ("answer", limits.MAX_ANSWER_CHARS, lambda n: pack_with(answer="a" * n)),
    ("topic", limits.MAX_TOPIC_CHARS, lambda n: pack_with(topic="t" * n)),
    ("alias", limits.MAX_ALIAS_CHARS, lambda n: pack_with(aliases=["ok", "é" * n])),
    ("tag", limits.MAX_TAG_CHARS, lambda n: pack_with(tags=["t" * n])),
    ("aliases", limits.MAX_ALIASES, lambda n: pack_with(aliases=[f"a{i}" for i in range(n)])),
    ("tags", limits.MAX_TAGS, lambda n: pack_with(tags=[f"t{i}" for i in range(n)])),
    (
        "source_url",
        limits.MAX_SOURCE_URL_CHARS,
        lambda n: pack_with(source_url="https://e.org/" + "p" * (n - 14)),
    ),
    ("title", limits.MAX_TITLE_CHARS, lambda n: {**pack_with(), "title": "T" * n}),
    ("source", limits.MAX_SOURCE_CHARS, lambda n: {**pack_with(), "source": "S" * n}),
    ("contact", limits.MAX_CONTACT_CHARS, lambda n: {**pack_with(), "contact": "C" * n}),
    (
        "entries",
        limits.MAX_ENTRIES,
        lambda n: {
            "entries": [{"id": f"e{i}", "question": "Q?", "answer": "A."} for i in range(n)]
        },
    ),
    (
        "synonym groups",
        limits.MAX_SYNONYM_GROUPS,
        lambda n: {**pack_with(), "lexicon": {"synonyms": [["a"]] * n}},
    ),
    (
        "group size",
        limits.MAX_GROUP_SIZE,
        lambda n: {**pack_with(), "lexicon": {"synonyms": [[f"w{i}" for i in range(n)]]}},
    ),
    (
        "synonym members",
        limits.MAX_SYNONYM_MEMBERS,
        lambda n: {
            **pack_with(),
            "lexicon": {"synonyms": [["w"] * 40] * (n // 40) + [["v"]] * (n % 40)},
        },
    ),
    (
        "synonym length",
        limits.MAX_MEMBER_CHARS,
        lambda n: {**pack_with(), "lexicon": {"synonyms": [["ok", "m" * n]]}},
    ),
]


@pytest.mark.parametrize(("what", "limit", "build"), SIZED, ids=[s[0] for s in SIZED])
def test_a_pack_at_the_limit_loads_and_one_past_it_is_an_error(
    what: str, limit: int, build: Build
) -> None:
    pack_from_data(build(limit), "p.json")
    message = error_of(build(limit + 1))
    assert f"the limit is {limit:,}" in message


def test_the_3000_word_synonym_group_is_rejected_at_once() -> None:
    group = [f"word{i}" for i in range(3000)]
    started = time.perf_counter()
    message = error_of({**pack_with(), "lexicon": {"synonyms": [group]}})
    assert time.perf_counter() - started < 0.5
    assert "3,000" in message and "(the limit is" in message


@pytest.mark.parametrize(
    "where",
    [
        '{"n": %s, "entries": [{"id": "x", "question": "Q?", "answer": "A."}]}',
        '{"entries": [{"id": "x", "question": "Q?", "answer": "A.", "n": [%s]}]}',
        '{"entries": [{"id": %s, "question": "Q?", "answer": "A."}]}',
        '{"entries": [], "lexicon": {"builtin": %s}}',
    ],
)
@pytest.mark.parametrize("number", ["9" * 5000, "-" + "1" * 41, "0." + "5" * 50, "1e" + "9" * 45])
def test_a_huge_number_anywhere_is_a_pack_error(where: str, number: str) -> None:
    with pytest.raises(PackError, match=r"a number [0-9,]+ characters long"):
        parse_pack((where % number).encode(), "p.json")


def test_ordinary_numbers_in_unknown_keys_are_fine() -> None:
    raw = json.dumps({"version": 3, "ratio": -1.5e3, **pack_with()}).encode()
    assert parse_pack(raw, "p.json").entries[0].id == "x"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(constant: str) -> None:
    with pytest.raises(PackError, match=f"not valid JSON \\({constant} is not a JSON number"):
        parse_pack(f'{{"n": {constant}, "entries": []}}'.encode(), "p.json")


def nested(depth: int) -> Any:
    value: Any = 1
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


@pytest.mark.parametrize(
    "place",
    [
        lambda v: {**pack_with(), "extra": v},
        lambda v: pack_with(extra=v),
        lambda v: {**pack_with(), "lexicon": {"extra": v}},
    ],
)
def test_nesting_is_limited_in_unknown_keys_too(place: Callable[[Any], dict[str, Any]]) -> None:
    pack_from_data(place(nested(limits.MAX_DEPTH)), "p.json")
    assert f"nested more than {limits.MAX_DEPTH} levels" in error_of(
        place(nested(limits.MAX_DEPTH + 1))
    )


def test_nesting_beyond_what_the_parser_can_hold_is_a_pack_error() -> None:
    for raw in ("[" * 100_000, '{"a":' * 100_000, '{"entries": ' + "[" * 5000 + "]" * 5000 + "}"):
        with pytest.raises(PackError, match="nested more than"):
            parse_pack(raw.encode(), "p.json")


def test_a_file_larger_than_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as f:  # sparse: nothing is written, so a read would be slow to notice
        f.truncate(limits.MAX_PACK_BYTES + 1)
    with pytest.raises(PackError, match="larger than 128 MB, the limit for a pack"):
        load_pack(big)


def test_reading_stops_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(b" " * 101)
    assert read_file_bytes(path, "p", limit=101) == b" " * 101
    with pytest.raises(PackError, match="the limit for a pack"):
        read_file_bytes(path, "p", limit=100)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_in_bounded_memory() -> None:
    """A pack must be a regular file (tests/test_hostile_files.py); inputs that may be pipes (a
    questions file, a page to import) are read from anything, but never past the limit."""
    import tracemalloc

    tracemalloc.start()
    with pytest.raises(PackError, match="the limit for a questions file"):
        read_file_bytes("/dev/zero", "/dev/zero", what="a questions file", regular=False)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 3 * limits.MAX_PACK_BYTES


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_an_endless_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pack.fifo"
    os.mkfifo(fifo)
    stop = threading.Event()

    def write_forever() -> None:
        try:
            with fifo.open("wb") as f:
                while not stop.is_set():
                    f.write(b" " * 65536)
        except OSError:
            pass  # the reader closed the FIFO: done

    writer = threading.Thread(target=write_forever, daemon=True)
    writer.start()
    try:
        with pytest.raises(PackError, match="the limit for a pack"):
            read_file_bytes(fifo, str(fifo), limit=1_000_000, regular=False)
    finally:
        stop.set()
        writer.join(timeout=5)


def test_a_pack_that_vanished_before_reading_is_a_pack_error(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(pack_with()), encoding="utf-8")
    path.stat()  # as a caller choosing between memory and the index does
    path.unlink()
    with pytest.raises(PackError, match="no such file"):
        load_pack(path)


def test_a_file_name_no_file_can_have_is_a_pack_error() -> None:
    with pytest.raises(PackError, match="not a valid file name"):
        load_pack("pack\x00.json")


def test_limits_are_documented_with_their_values() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "pack-format.md").read_text("utf-8")
    for name in dir(limits):
        if name.startswith("MAX_"):
            value = getattr(limits, name)
            assert name in doc, f"{name} is not in docs/pack-format.md"
            shown = f"{value:,}" if value < 1024 * 1024 else f"{value // (1024 * 1024)} MB"
            assert shown in doc, f"{name} = {shown} is not in docs/pack-format.md"


def test_schema_errors_are_packerrors_with_every_message() -> None:
    data = {"entries": [{"id": f"bad id {i}", "question": "", "answer": 3} for i in range(30)]}
    with pytest.raises(PackErrors) as info:
        pack_from_data(data, "p.json")
    assert info.value.total == 90
    assert len(info.value.errors) == limits.MAX_REPORTED_ERRORS
    assert info.value.lines()[-1] == f"... and {90 - limits.MAX_REPORTED_ERRORS} more"
    assert str(info.value).endswith("(and 89 more errors)")
