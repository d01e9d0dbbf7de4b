"""Hostile pages given to `import`: deep nesting, unclosed table rows, duplicate JSON-LD keys,
UTF-16 files. Nothing a page holds is lost silently; the work stays linear in its size."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcare import load_pack
from backcare.errors import PackError
from backcare.packs.importers import import_file, import_text
from backcare.packs.importers.markdown import MAX_NESTING


def _nested_list(levels: int) -> str:
    return "".join("  " * i + f"- level {i}\n" for i in range(levels))


def test_a_list_nested_ten_deep_loses_no_question_after_it() -> None:
    page = (
        "## Is heat good?\n\nYes.\n\n## Is ice good?\n\nUse ice.\n\n"
        + _nested_list(10)
        + "\n## Is rest good?\n\nSometimes.\n\n## Should I walk?\n\nYes.\n"
    )
    result = import_text(page, "markdown")
    assert [e["question"] for e in result.entries] == [
        "Is heat good?",
        "Is ice good?",
        "Is rest good?",
        "Should I walk?",
    ]
    assert "level 9" in result.entries[1]["answer"]
    assert result.notes == []


def test_a_blockquote_nested_25_deep_is_its_entrys_answer() -> None:
    page = "## Is heat good?\n\n" + ">" * 25 + " Yes it is.\n\n## Is ice good?\n\nIce.\n"
    result = import_text(page, "markdown")
    assert [e["answer"] for e in result.entries] == ["Yes it is.", "Ice."]
    assert result.notes == []


def test_nesting_past_the_limit_is_kept_as_text_with_a_note_naming_the_line() -> None:
    deep = ">" * (MAX_NESTING + 40)
    page = (
        "---\ntitle: T\n---\n## Is heat good?\n\n"
        + f"{deep} Use heat\n{deep} twice a day\n\n"
        + _nested_list(MAX_NESTING)
        + "\n## Is rest good?\n\nSometimes.\n"
    )
    result = import_text(page, "markdown")
    assert [e["question"] for e in result.entries] == ["Is heat good?", "Is rest good?"]
    answer = result.entries[0]["answer"]
    assert "Use heat" in answer and "twice a day" in answer
    assert f"level {MAX_NESTING - 1}" in answer
    assert result.notes == [
        f"line 6: lists or quotes nested more than {MAX_NESTING} levels deep; the deeper text "
        "is kept as plain text"
    ]


def test_html_rows_and_cells_without_end_tags_close_the_open_ones() -> None:
    rows = "".join(f"<tr><td>{i}<td>Rest {i}" for i in range(3))
    page = f"<h2>How long should I rest?</h2><table><tr><th>Day<th>Activity{rows}</table>"
    page += "<h2>Is ice good?</h2><ul><li>one<li>two</ul><dl><dt>a<dd>b<dt>c<dd>d</dl><p>x<p>y"
    result = import_text(page, "html")
    assert result.entries[0]["answer"] == (  # the <th> row names the columns
        "- Day: 0; Activity: Rest 0\n- Day: 1; Activity: Rest 1\n- Day: 2; Activity: Rest 2"
    )
    assert result.entries[1]["answer"].startswith("- one\n- two\n")


def test_thousands_of_unclosed_rows_import_in_linear_size() -> None:
    rows = "".join(f"<tr><td>{i}<td>Rest day" for i in range(2000))
    page = f"<h2>How long should I rest?</h2><table><tbody>{rows}<tbody><tr><td>last</table>"
    answer = import_text(page, "html").entries[0]["answer"]
    assert answer.count("\n") == 2000  # one line a row, none nested in another
    assert len(answer) < 2001 * 20
    assert answer.endswith("- 1999: Rest day\n- last")  # two columns: label: value


def test_a_json_ld_key_given_twice_skips_that_block_with_a_note() -> None:
    data = (
        '{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Is heat good?", '
        '"acceptedAnswer": {"@type": "Answer", "text": "Yes", "text": "No"}}]}'
    )
    page = f'<script type="application/ld+json">{data}</script>'
    page += "<h2>Is heat good?</h2><p>Warmth helps.</p>"
    result = import_text(page, "html")
    assert [e["answer"] for e in result.entries] == ["Warmth helps."]
    assert result.notes == [
        "JSON-LD block 1 gives the key 'text' twice in one object (which value is meant is "
        "unknown), skipped"
    ]


def test_an_import_that_finds_nothing_says_what_it_noticed() -> None:
    page = '<script type="application/ld+json">{"a": 1, "a": 2}</script><p>Hello</p>'
    with pytest.raises(PackError, match=r"no questions found .*; note: JSON-LD block 1 gives"):
        import_text(page, "html").require_entries("page.html")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(
    tmp_path: Path, encoding: str
) -> None:
    bom = "" if encoding in ("utf-16", "utf-32") else "\ufeff"  # those two write their own
    page = tmp_path / "faq.md"
    page.write_bytes((bom + "## Is heat good?\n\nYes, warmth helps.\n").encode(encoding))
    assert import_file(page).entries[0]["answer"] == "Yes, warmth helps."
    pack = tmp_path / "pack.json"
    text = '{"title": "T", "entries": [{"id": "a", "question": "Q é?", "answer": "A"}]}'
    pack.write_bytes((bom + text).encode(encoding))
    assert load_pack(pack).entries[0].question == "Q é?"


def test_a_damaged_utf16_file_says_utf16_not_utf8(tmp_path: Path) -> None:
    pack = tmp_path / "pack.json"
    pack.write_bytes(b"\xff\xfe{\x00\x00\xd8")
    with pytest.raises(PackError, match=r"not UTF-16 text, as its byte-order mark says"):
        load_pack(pack)
