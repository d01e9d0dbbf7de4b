"""newcomer8 #9: a date that is written right but does not exist says so; `validate` of an HTML
page named .txt says it looks like HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcare.errors import PackError
from backcare.packs.load import load_pack


def _pack(tmp_path: Path, reviewed: str) -> Path:
    path = tmp_path / "p.json"
    path.write_text(
        '{"entries": [{"id": "a", "question": "Why?", "answer": "Because.", '
        f'"reviewed": "{reviewed}"}}]}}',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("day", ["2023-02-30", "2023-13-01", "2021-02-29", "2023-04-31"])
def test_a_date_that_does_not_exist_says_so(day: str, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="is no date \\(that day does not exist\\)"):
        load_pack(_pack(tmp_path, day))


def test_a_date_written_otherwise_says_how_to_write_it(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="YYYY-MM-DD"):
        load_pack(_pack(tmp_path, "30/02/2023"))


def test_an_html_page_named_txt_looks_like_html(tmp_path: Path) -> None:
    page = tmp_path / "faq.txt"
    page.write_text("<!DOCTYPE html><html><body><h2>Why?</h2><p>Because.</p>", encoding="utf-8")
    with pytest.raises(PackError, match="it looks like HTML"):
        load_pack(page)
