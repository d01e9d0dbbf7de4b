"""Pack loading and validation: every way a pack can be wrong gets one precise message."""

from __future__ import annotations

import json
from typing import Any

import pytest

from backcare.errors import PackError
from backcare.packs.load import load_pack
from tests.conftest import PackWriter


def test_bundled_pack_loads_with_twelve_clean_entries() -> None:
    pack = load_pack()
    # the pack's name, shown in the prompt's banner and every `show`: it was the scraped page's
    # title, "How Do You Relax Paraspinal Muscles?", which reads as one of its questions
    assert pack.title == "Back care FAQ"
    assert not pack.title.endswith("?")
    assert len(pack.entries) == 12
    assert len({e.id for e in pack.entries}) == 12
    assert set(pack.topics()) == {
        "muscle atrophy",
        "stiffness and tightness",
        "stretches and release",
        "pain relief",
    }
    for entry in pack.entries:
        assert entry.question.endswith("?")
        assert "…" not in entry.answer and "2018" not in entry.answer
        assert "Creative Mind" not in entry.answer


def test_bundled_answers_have_real_list_items() -> None:
    sma = load_pack().get("signs-symptoms-spinal-muscular-atrophy")
    assert sma is not None
    assert sma.answer.splitlines()[:3] == [
        "- muscle weakness and decreased muscle tone",
        "- limited mobility",
        "- breathing problems",
    ]
    assert "What are the symptoms of spinal muscular atrophy?" in sma.aliases


def test_unknown_keys_are_ignored_and_optional_fields_default(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    small_pack["colour"] = "green"
    small_pack["entries"][0]["extra"] = {"anything": 1}
    pack = load_pack(write_pack(small_pack))
    assert pack.entries[0].aliases == () and pack.entries[0].tags == ()
    assert pack.title == "Garden FAQ"


def test_title_defaults_to_file_name(write_pack: PackWriter, small_pack: dict[str, Any]) -> None:
    del small_pack["title"]
    assert load_pack(write_pack(small_pack, "my-clinic.json")).title == "my-clinic"


def test_content_digest_changes_with_content() -> None:
    from backcare.packs.load import content_digest

    assert content_digest(b'{"entries": []}') != content_digest(b'{"entries": [] }')
    assert content_digest(b"x") == content_digest(b"x")


ENTRY = {"id": "x", "question": "Q?", "answer": "A."}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff not utf8", "not UTF-8 text (bad byte at offset 0)"),
        (
            b"\xff\xfe not utf8",
            "not UTF-16 text, as its byte-order mark says (bad byte at offset 10)",
        ),
        (
            "{not json",
            "not valid JSON (Expecting property name enclosed in double quotes at line 1",
        ),
        ("[1, 2]", "top level must be a JSON object, not a list"),
        ({"title": "t"}, "missing 'entries'"),
        ({"entries": {"a": 1}}, "'entries' must be a list, not an object"),
        ({"entries": []}, "'entries' is empty"),
        ({"entries": ["text"]}, "entries[0]: must be an object, not a string"),
        ({"entries": [{"question": "Q?", "answer": "A."}]}, "entries[0]: missing field 'id'"),
        (
            {"entries": [{"id": "a", "answer": "A."}]},
            "entries[0] (id 'a'): missing field 'question'",
        ),
        (
            {"entries": [{**ENTRY, "answer": 42}]},
            "entries[0] (id 'x'): field 'answer' must be a string, not a number",
        ),
        (
            {"entries": [{**ENTRY, "question": "   "}]},
            "entries[0] (id 'x'): field 'question' is empty",
        ),
        ({"entries": [{**ENTRY, "id": ""}]}, "entries[0]: field 'id' is empty"),
        (
            {"entries": [{**ENTRY, "topic": ["a"]}]},
            "entries[0] (id 'x'): field 'topic' must be a string, not a list",
        ),
        (
            {"entries": [{**ENTRY, "tags": "back"}]},
            "entries[0] (id 'x'): field 'tags' must be a list of strings, not a string",
        ),
        (
            {"entries": [{**ENTRY, "aliases": ["ok", ""]}]},
            "entries[0] (id 'x'): field 'aliases'[1] must be a non-empty string",
        ),
        (
            {"entries": [ENTRY, {**ENTRY, "question": "Other?"}]},
            "entries[1] (id 'x'): duplicate id, already used by entries[0]",
        ),
        ({"title": 3, "entries": [ENTRY]}, "field 'title' must be a string, not a number"),
        (
            {"entries": [ENTRY], "lexicon": {"synonyms": "x"}},
            "lexicon: field 'synonyms' must be a list of word lists, not a string",
        ),
        (
            {"entries": [ENTRY], "lexicon": {"builtin": "no"}},
            "lexicon: field 'builtin' must be true or false",
        ),
    ],
)
def test_invalid_pack_message_names_file_entry_and_field(
    write_pack: PackWriter, content: Any, expected: str
) -> None:
    path = write_pack(content)
    with pytest.raises(PackError) as info:
        load_pack(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_missing_file_and_directory(tmp_path: Any) -> None:
    with pytest.raises(PackError, match="no such file"):
        load_pack(tmp_path / "nope.json")
    with pytest.raises(PackError, match="is a directory"):
        load_pack(tmp_path)


def test_deeply_nested_json_is_an_error_not_a_crash(write_pack: PackWriter) -> None:
    with pytest.raises(PackError, match="nested more than 32 levels deep"):
        load_pack(write_pack("[" * 100000 + "]" * 100000))


def test_byte_order_mark_is_accepted(write_pack: PackWriter, small_pack: dict[str, Any]) -> None:
    path = write_pack(b"\xef\xbb\xbf" + json.dumps(small_pack).encode())
    assert len(load_pack(path).entries) == 3
