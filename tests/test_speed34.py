"""speed34's shortcuts in building a pack's index give what the long ways gave (issue 17).

- `schema._plain_entry` (a plain ASCII entry validated without a call per field) makes the entry
  `schema._entry` makes, and declines every item `_entry` reports a problem in;
- `TextAnalysis.packed` reads each text's tokens once: its record and the compounds it notes are
  those of `fields` and of every text read again, as before;
- `load.sha256_hex` gives the SHA-256 `hashlib` gives, on either side of OPENSSL_SHA_FROM.
"""

from __future__ import annotations

import hashlib
import sys
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.analyze import default_analyzer
from backcare.engine.index import TextAnalysis
from backcare.engine.split_compounds import compound_terms, has_hyphen, hyphen_compounds
from backcare.packs import limits, load, schema
from backcare.packs.fields import Problems
from backcare.packs.schema import Entry

ANALYZER = default_analyzer()

# texts near every rule of a field: spaces to trim, empty, too long, non-ASCII, controls, a lone
# surrogate, ids a shell could read, and texts just within and beyond the limits
TEXT = st.one_of(
    st.sampled_from(
        [
            "Why does my back hurt?",
            "  padded  ",
            "",
            "   ",
            "Café",
            "e\u0301",
            "tab\there",
            "line\nbreak",
            "\ud800",
            "x" * limits.MAX_TOPIC_CHARS,
            "x" * (limits.MAX_TOPIC_CHARS + 1),
            "y" * limits.MAX_ID_CHARS,
            "y" * (limits.MAX_ID_CHARS + 1),
            "q" * (limits.MAX_QUESTION_CHARS + 1),
            "a" * (limits.MAX_ALIAS_CHARS + 1),
            "t" * (limits.MAX_TAG_CHARS + 1),
            "e-1",
            "_e1",
            "-e1",
            "e.1",
            "e 1",
            "e;rm",
        ]
    ),
    st.text(max_size=12),
)
VALUE = st.one_of(TEXT, st.none(), st.integers(), st.booleans(), st.lists(TEXT, max_size=3))
TEXTS = st.one_of(
    st.lists(TEXT, max_size=4),
    st.lists(st.one_of(TEXT, st.integers(), st.none()), max_size=3),
    st.just(["a"] * (limits.MAX_ALIASES + 1)),
    st.just(["t"] * (limits.MAX_TAGS + 1)),
    TEXT,
    st.none(),
)
KEYS = st.sampled_from(sorted(schema.ENTRY_KEYS | {"extra"}))
# mostly what a plain entry holds, so that both ways are compared often
GOOD = st.sampled_from(["e1", "back-2", "Why does my back hurt?", " Rest. ", "Pain", "x"])


@st.composite
def items(draw: st.DrawFn) -> dict[str, object]:
    item: dict[str, object] = {}
    for key in ("id", "question", "answer", "topic"):
        if draw(st.integers(0, 9)):  # mostly given
            choice = draw(st.integers(0, 9))
            item[key] = draw(GOOD if choice < 7 else TEXT if choice < 9 else VALUE)
    for key in ("aliases", "tags"):
        if draw(st.booleans()):
            item[key] = draw(st.lists(GOOD, max_size=3) if draw(st.booleans()) else TEXTS)
    for key in draw(st.lists(KEYS, max_size=1)):
        item.setdefault(key, draw(VALUE))
    return item


@settings(max_examples=1500, deadline=None)
@given(item=items())
def test_plain_entry_is_the_entry_or_declines(item: dict[str, object]) -> None:
    problems = Problems()
    full = schema._entry(item, 0, "p.json", problems)
    plain = schema._plain_entry(item)
    if plain is not None:
        assert problems.total == 0
        assert plain == full
        assert all(type(value) is type(want) for value, want in zip(plain, full, strict=True))


def test_plain_entry_takes_the_common_entry() -> None:
    item = {
        "id": " e-1 ",
        "question": " Why does my back hurt? ",
        "answer": "Rest.",
        "topic": "Pain",
        "aliases": [" sore back "],
        "tags": ["back"],
    }
    plain = schema._plain_entry(item)
    assert plain == Entry(
        "e-1", "Why does my back hurt?", "Rest.", "Pain", ("sore back",), ("back",)
    )
    assert plain == schema._entry(item, 0, "p.json", Problems())
    assert schema._plain_entry({"id": "e", "question": "q", "answer": "a"}) == Entry(
        "e", "q", "a", "", (), ()
    )
    # fields it leaves to _entry: a source, a review date, reviewed texts
    for key, value in (
        ("source_url", "https://example.org"),
        ("reviewed", "2026-01-01"),
        ("not_an_emergency", ["q"]),
    ):
        assert schema._plain_entry({**item, key: value}) is None


def test_a_pack_of_plain_and_other_entries_is_validated_as_before() -> None:
    data = {
        "entries": [
            {"id": "a", "question": "q", "answer": "a"},
            {"id": "b", "question": "Café?", "answer": "Oui", "source_url": "https://x.org"},
            {"id": "a", "question": "again", "answer": "dup"},
        ]
    }
    with pytest.raises(schema.PackErrors) as raised:
        schema.pack_from_data(data, "p.json")
    assert raised.value.total == 1 and "duplicate id" in raised.value.errors[0]
    data["entries"].pop()
    pack = schema.pack_from_data(data, "p.json")
    assert [e.id for e in pack.entries] == ["a", "b"]
    assert pack.entries[1].source_url == "https://x.org"


WORDS = st.sampled_from(
    [
        "back",
        "up",
        "log",
        "in",
        "it",
        "X-ray",
        "e\u2011mail",
        "follow\u2010ups",
        "check-up",
        "A-1",
        "don't",
        "Café",
        "the",
        "off",
        "2",
        "-",
    ]
)
TEXTS_OF_WORDS = st.lists(WORDS, max_size=8).map(" ".join)


def _compounds_read_again(entries: list[Entry]) -> dict[str, list[tuple[int, int]]]:
    """What `_note_compounds` noted before: every text tokenised again, every text looked at."""
    analysis = TextAnalysis(ANALYZER)
    found: dict[str, list[tuple[int, int]]] = {}
    for doc, entry in enumerate(entries):
        for field, texts in ((0, (entry.question,)), (1, entry.aliases), (4, (entry.answer,))):
            for text in texts:
                paired = compound_terms(
                    analysis.tokens(text), ANALYZER.stopwords, analysis._particles
                )
                joined = [t for t in hyphen_compounds(text) if t not in paired]
                for term in (*paired, *joined):
                    found.setdefault(term, []).append((doc, field))
    return found


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(
        st.tuples(TEXTS_OF_WORDS, TEXTS_OF_WORDS, st.lists(TEXTS_OF_WORDS, max_size=2)),
        min_size=1,
        max_size=4,
    )
)
def test_packed_reads_each_text_once_with_the_same_results(
    texts: list[tuple[str, str, list[str]]],
) -> None:
    entries = [
        Entry(f"e{n}", question or "q", answer or "a", "Topic", tuple(aliases), ("tag",))
        for n, (question, answer, aliases) in enumerate(texts)
    ]
    analysis = TextAnalysis(ANALYZER)
    records = [analysis.packed(e) for e in entries]
    for entry, record in zip(entries, records, strict=True):
        analysed, gram_words = TextAnalysis(ANALYZER).fields(entry)
        assert analysis.unpacked(record) == (analysed, gram_words)
        assert isinstance(record[0], array)
    assert analysis.compounds == _compounds_read_again(entries)


def test_has_hyphen_is_the_hyphens_hyphen_compounds_reads() -> None:
    for text in ("a-b", "a\u2010b", "a\u2011b", "ab", "a\u2012b", "", "-"):
        said = "-" in text or "\u2010" in text or "\u2011" in text
        assert has_hyphen(text) == said
        if not said:
            assert hyphen_compounds(text) == []


@pytest.mark.parametrize("size", [0, 1, 1000, load.OPENSSL_SHA_FROM - 1, load.OPENSSL_SHA_FROM])
def test_sha256_is_hashlibs_on_both_sides_of_the_threshold(
    size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = bytes(range(256)) * (size // 256 + 1)
    raw = raw[:size]
    want = hashlib.sha256(raw).hexdigest()
    assert load.sha256_hex(raw) == want
    monkeypatch.delitem(sys.modules, "hashlib")  # CPython's own module below the threshold
    assert load.sha256_hex(raw) == want
