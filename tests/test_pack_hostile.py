"""Hostile pack data: ids that are not identifiers, keys given twice, lone surrogates, pages given as
packs, and arbitrary bytes or JSON, which must never raise anything but PackError."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare.errors import PackError
from backcare.packs.fields import ID_RULE
from backcare.packs.load import parse_pack
from backcare.packs.schema import Entry, PackErrors, pack_from_data
from tests.conftest import PackWriter

ENTRY = {"id": "x", "question": "Q?", "answer": "A."}


def errors_of(raw: bytes | dict[str, Any]) -> list[str]:
    if isinstance(raw, dict):
        raw = json.dumps(raw).encode()
    with pytest.raises(PackErrors) as info:
        parse_pack(raw, "p.json")
    return list(info.value.errors)


# ---- ids are identifiers ------------------------------------------------------------------------

SHELL_AND_TERMINAL = [
    "abc\\",
    "<(touch FILE)",
    "$(id)",
    "`id`",
    "a;b",
    "a|b",
    "a&b",
    "a>b",
    "it's",
    'say "hi"',
    "a b",
    "a  b",
    "tab\there",
    "new\nline",
    "bell\x07",
    "esc\x1b[2J",
    "nul\x00",
    "bidi\u202eevil",
    "nbsp\u00a0x",
    "star*",
    "glob?",
    "[set]",
    "{a,b}",
    "~home",
    "!bang",
    "#hash",
    "per%cent",
    "a/b",
    "a:b",
    "-starts-with-dash",
    ".hidden",
    "_under",
]


@pytest.mark.parametrize("bad", SHELL_AND_TERMINAL)
def test_ids_outside_the_identifier_set_are_errors_saying_the_rule(bad: str) -> None:
    (message,) = errors_of({"entries": [{**ENTRY, "id": bad}]})
    if bad.strip():
        assert "field 'id'" in message and ID_RULE in message
        assert re.search(r"\(U\+[0-9A-F]{4}\)", message)
        assert all(c.isprintable() for c in message)  # the bad character is escaped


@pytest.mark.parametrize("good", ["back-pain", "q1", "v2.0_final", "rückenschmerzen", "腰痛", "7"])
def test_identifier_ids_in_any_script_are_accepted(good: str) -> None:
    pack = pack_from_data({"entries": [{**ENTRY, "id": good}]}, "p.json")
    assert pack.entries[0].id == good


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_every_accepted_id_is_safe_for_shells_and_terminals(candidate: str) -> None:
    try:
        pack = pack_from_data({"entries": [{**ENTRY, "id": candidate}]}, "p.json")
    except PackError as exc:
        assert "field 'id'" in str(exc)
        return
    accepted = pack.entries[0].id
    assert accepted == candidate.strip()
    assert all(c.isalnum() or c in "-_." for c in accepted)
    assert accepted[0].isalnum() and accepted[0] != "_"


# ---- keys given twice ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            b'{"entries": [{"id": "x", "question": "Q?", "answer": "A.", "answer": "B."}]}',
            "p.json: entries[0] (id 'x'): key 'answer' appears more than once",
        ),
        (
            b'{"title": "a", "title": "b", "entries": [{"id": "x", "question": "Q?", "answer": "A."}]}',
            "p.json: key 'title' appears more than once",
        ),
        (
            b'{"entries": [{"id": "x", "question": "Q?", "answer": "A."}],'
            b' "lexicon": {"builtin": true, "builtin": false}}',
            "p.json: lexicon: key 'builtin' appears more than once",
        ),
        (
            b'{"entries": [{"id": "x", "question": "Q?", "answer": "A.",'
            b' "meta": {"k": 1, "k": 2}}]}',
            "p.json: entries[0] (id 'x'): key 'meta': key 'k' appears more than once",
        ),
    ],
)
def test_a_key_given_twice_is_an_error_wherever_it_is(raw: bytes, expected: str) -> None:
    assert expected in errors_of(raw)


# ---- lone surrogates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        '{"title": "T%s", "entries": [{"id": "x", "question": "Q?", "answer": "A."}]}',
        '{"contact": "C%s", "entries": [{"id": "x", "question": "Q?", "answer": "A."}]}',
        '{"entries": [{"id": "x%s", "question": "Q?", "answer": "A."}]}',
        '{"entries": [{"id": "x", "question": "Q%s?", "answer": "A."}]}',
        '{"entries": [{"id": "x", "question": "Q?", "answer": "A.%s"}]}',
        '{"entries": [{"id": "x", "question": "Q?", "answer": "A.", "topic": "%s"}]}',
        '{"entries": [{"id": "x", "question": "Q?", "answer": "A.", "aliases": ["%s"]}]}',
        '{"entries": [{"id": "x", "question": "Q?", "answer": "A.", "tags": ["t%s"]}]}',
        '{"entries": [{"id": "x", "question": "Q?", "answer": "A."}],'
        ' "lexicon": {"synonyms": [["a", "b%s"]]}}',
    ],
)
@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\ude00x"])
def test_a_lone_surrogate_in_any_text_field_is_an_error(template: str, escape: str) -> None:
    message = " ".join(errors_of((template % escape).encode()))
    assert "lone surrogate" in message or "field 'id'" in message


def test_a_surrogate_pair_is_one_character_and_fine() -> None:
    raw = b'{"entries": [{"id": "x", "question": "Back \\ud83d\\ude00?", "answer": "A."}]}'
    assert parse_pack(raw, "p.json").entries[0].question == "Back \U0001f600?"


# ---- pages given as packs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("faq.md", "# Clinic FAQ\n\n## Why?\n\nBecause.\n", "Markdown"),
        ("faq.html", "<html><body><h2>Why?</h2><p>Because.</p></body></html>", "HTML"),
        ("faq.json", "<!DOCTYPE html>\n<html lang=en>", "HTML"),
        ("faq.json", "Clinic FAQ\n==========\n\nWhy?\n", "Markdown"),
        ("saved page.txt", "Question: Why?\nBecause.", "text"),
    ],
)
def test_a_page_given_as_a_pack_points_at_import(name: str, content: str, kind: str) -> None:
    with pytest.raises(PackError) as info:
        parse_pack(content.encode(), name)
    message = str(info.value)
    assert message.startswith(f"{name}: not valid JSON")
    assert f"it looks like {kind}: make a pack with `backcare import" in message
    if " " in name:
        assert f"import '{name}' -o" in message


def test_broken_json_that_is_no_page_gets_no_import_hint() -> None:
    with pytest.raises(PackError) as info:
        parse_pack(b'{"entries": [', "p.json")
    assert "import" not in str(info.value)


# ---- every error, not the first -----------------------------------------------------------------


def test_every_schema_error_is_reported_in_file_order() -> None:
    data = {
        "title": ["not text"],
        "entries": [
            {"id": "ok", "question": "Q?", "answer": "A."},
            {"id": "a b", "question": "Q?", "answer": "A."},
            {"id": "y", "answer": "A.", "reviewed": "2024-02-30", "source_url": "ftp://x.org/"},
            {"id": "ok", "question": "Q?", "answer": "A."},
        ],
        "lexicon": {"synonyms": [["a", 3]]},
    }
    errors = errors_of(data)
    assert errors == [
        "p.json: field 'title' must be a string, not a list",
        "p.json: lexicon: synonyms[0]: [1] must be a non-empty string",
        "p.json: entries[1] (id 'a b'): field 'id' contains whitespace (U+0020); " + ID_RULE,
        "p.json: entries[2] (id 'y'): missing field 'question'",
        "p.json: entries[2] (id 'y'): field 'source_url' must be an http:// or https:// URL, "
        "not 'ftp://x.org/'",
        "p.json: entries[2] (id 'y'): field 'reviewed': '2024-02-30' is no date (that day does "
        "not exist)",
        "p.json: entries[3] (id 'ok'): duplicate id, already used by entries[0]",
    ]


# ---- the optional fields ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["https://physio.example/faq#sciatica", "http://10.0.0.1:8080/a?b=c", "HTTPS://X.ORG"]
)
def test_http_and_https_source_urls_are_kept(url: str) -> None:
    entry = pack_from_data({"entries": [{**ENTRY, "source_url": url}]}, "p.json").entries[0]
    assert entry.source_url == url
    assert entry.to_dict()["source_url"] == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://x.org/f",
        "file:///etc/passwd",
        "https://",
        "//x.org/a",
        "x.org/a",
        "https://x.org/a b",
        "https://x.org/\x1b[2J",
        "http://[::1",
        "data:text/html,<b>",
        3,
    ],
)
def test_other_source_urls_are_errors(url: Any) -> None:
    (message,) = errors_of({"entries": [{**ENTRY, "source_url": url}]})
    assert "field 'source_url'" in message


@pytest.mark.parametrize(
    "date",
    ["2024-02-30", "2024-1-01", "24-01-01", "2024/01/01", "yesterday", "２０２４-01-01", 2024],
)
def test_reviewed_must_be_a_real_iso_date(date: Any) -> None:
    (message,) = errors_of({"entries": [{**ENTRY, "reviewed": date}]})
    assert "field 'reviewed'" in message


def test_contact_is_one_line() -> None:
    for contact in ("Call\nus", "Call\rus", "Call \x1b[31mus", "Call\u2028us"):
        (message,) = errors_of({"contact": contact, "entries": [ENTRY]})
        assert "field 'contact' must be one line" in message
    pack = pack_from_data({"contact": " Reception: 01234 567890 ", "entries": [ENTRY]}, "p")
    assert pack.contact == "Reception: 01234 567890"


def test_optional_entry_keys_appear_in_to_dict_only_when_set_and_round_trip() -> None:
    plain = Entry("a", "Q?", "A.")
    assert set(plain.to_dict()) == {"id", "question", "answer", "topic", "aliases", "tags"}
    full = Entry("a", "Q?", "A.", "t", ("b",), ("c",), "https://x.org", "2025-01-31", "p.json")
    assert full.to_dict()["reviewed"] == "2025-01-31"
    assert Entry.from_dict(full.to_dict()) == full
    assert Entry.from_dict(plain.to_dict()) == plain


# ---- nothing but PackError ----------------------------------------------------------------------

LEAF = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**39, max_value=10**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(["id", "question", "answer", "\\ud800", "entries", "x" * 200])
)


def _json(value: Any) -> str:
    """JSON text that may repeat keys (objects are drawn as lists of pairs)."""
    if isinstance(value, tuple):
        return "{" + ",".join(f"{json.dumps(k)}:{_json(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_json(v) for v in value) + "]"
    return json.dumps(value)


KEYS = st.sampled_from(
    "entries id question answer topic aliases tags title contact source lexicon synonyms builtin"
    " source_url reviewed x".split()
)
JSON_TEXT = st.recursive(
    LEAF,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(st.tuples(KEYS | st.text(max_size=4), inner), max_size=5).map(tuple)
    ),
    max_leaves=25,
).map(_json)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON_TEXT)
def test_arbitrary_json_never_raises_anything_but_a_pack_error(text: str) -> None:
    try:
        pack = parse_pack(text.encode("utf-8", "surrogatepass"), "p.json")
    except PackError as exc:
        assert str(exc).startswith("p.json") and "\n" not in str(exc)
        return
    for entry in pack.entries:
        json.dumps(entry.to_dict(), ensure_ascii=False).encode("utf-8")  # valid UTF-8 out


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise_anything_but_a_pack_error(raw: bytes) -> None:
    try:
        parse_pack(raw, "p.json")
    except PackError as exc:
        assert "\n" not in str(exc)


HOSTILE_TEXT = st.text(st.characters(codec=None), max_size=12) | st.sampled_from(
    ["\\", "$(id)", "\x1b[2J", "\u202e", "\ud800", " ", "a\nb", "-x", "é", "腰"]
)
# Mostly text the schema accepts (no surrogates), so that many drawn packs reach the engine.
TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
FIELD = st.integers(0, 5).flatmap(lambda k: HOSTILE_TEXT if k == 0 else TEXT.map("w {}".format))
LINE = st.integers(0, 5).flatmap(
    lambda k: HOSTILE_TEXT if k == 0 else st.from_regex(r"[\w ,.:;()+-]{0,20}", fullmatch=True)
)
ID = st.integers(0, 3).flatmap(
    lambda k: HOSTILE_TEXT if k == 0 else st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
)


@st.composite
def pack_shaped(draw: st.DrawFn) -> dict[str, Any]:
    """Packs of the right shape with hostile text in every field."""
    entries = [
        {
            "id": draw(ID),
            "question": draw(FIELD),
            "answer": draw(FIELD),
            "topic": draw(FIELD),
            "aliases": draw(st.lists(FIELD, max_size=2)),
            "tags": draw(st.lists(FIELD, max_size=2)),
        }
        for _ in range(draw(st.integers(1, 3)))
    ]
    return {
        "title": draw(LINE),
        "contact": draw(LINE),
        "entries": entries,
        "lexicon": {
            "synonyms": draw(st.lists(st.lists(FIELD, min_size=1, max_size=3), max_size=2))
        },
    }


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pack_shaped(), st.text(min_size=1, max_size=20))
def test_what_the_schema_accepts_is_safe_to_answer_from_and_print(
    data: dict[str, Any], question: str
) -> None:
    from backcare.engine.answer import Engine
    from backcare.errors import QueryError

    raw = json.dumps(data).encode()  # ensure_ascii: surrogates travel as \ud800 escapes
    try:
        pack = parse_pack(raw, "p.json")
    except PackError as exc:
        assert "\n" not in str(exc)
        return
    for entry in pack.entries:
        assert all(c.isalnum() or c in "-_." for c in entry.id)
        json.dumps(entry.to_dict(), ensure_ascii=False).encode("utf-8")
    assert "\n" not in pack.title and "\n" not in pack.contact
    try:
        answer = Engine(pack).ask(question)
    except QueryError:
        return  # an empty question after trimming
    json.dumps(answer.to_dict(), ensure_ascii=False).encode("utf-8", "surrogatepass")


def test_a_duplicate_id_is_reported_beside_the_entrys_other_errors(write_pack: PackWriter) -> None:
    from backcare.packs.validate import validate_pack

    entries = [
        {"id": "a", "question": "Q?", "answer": "A."},
        {"id": "a", "question": "Q2?", "answer": "B.", "source_url": "javascript:alert(1)"},
    ]
    report = validate_pack(write_pack({"entries": entries}))
    assert report.error_count == 2
    assert any("duplicate id" in e for e in report.errors)
    assert any("source_url" in e for e in report.errors)
