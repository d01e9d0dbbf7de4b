"""`validate_pack`: every schema error, or warnings including review dates, as one report."""

from __future__ import annotations

import datetime
import json
from typing import Any

from backcare.packs import limits
from backcare.packs.load import load_pack
from backcare.packs.validate import review_warnings, validate_pack
from tests.conftest import PackWriter

TODAY = datetime.date(2026, 6, 1)


def test_every_schema_error_is_in_the_report(write_pack: PackWriter) -> None:
    entries = [{"id": f"bad id {i}", "question": "Q?", "answer": ""} for i in range(40)]
    report = validate_pack(write_pack({"entries": entries}))
    assert report.status == "errors" and report.pack is None and report.entries == 40
    assert report.error_count == 80
    assert len(report.errors) == limits.MAX_REPORTED_ERRORS + 1
    assert report.errors[-1] == f"... and {80 - limits.MAX_REPORTED_ERRORS} more"
    data = json.loads(json.dumps(report.to_dict()))
    assert data["error_count"] == 80 and data["warnings"] == []


def test_an_unreadable_pack_is_one_error(write_pack: PackWriter) -> None:
    # a .txt file is a page to import (harden21: a PDF's text is saved so), read as .md is
    report = validate_pack(write_pack("# FAQ\n\n## Why?\n", "faq.txt"))
    assert report.error_count == 1 and "no questions found" in report.errors[0]
    report = validate_pack(write_pack("# FAQ\n\n## Why?\n", "faq.json"))
    assert report.error_count == 1 and "backcare import" in report.errors[0]


def test_markdown_and_html_files_are_validated_as_imported(write_pack: PackWriter) -> None:
    markdown = write_pack("# FAQ\n\n## Is rest good?\n\nA little.\n", "faq.md")
    assert validate_pack(markdown).pack is not None
    html = "<html><body><h2>Is rest good?</h2><p>A little.</p></body></html>"
    assert validate_pack(write_pack(html, "faq.html")).pack is not None
    empty = validate_pack(write_pack("# FAQ\n\n## Why?\n", "faq.md"))
    assert empty.error_count == 1 and "no questions found" in empty.errors[0]


def test_a_clean_pack_and_review_dates(write_pack: PackWriter, small_pack: dict[str, Any]) -> None:
    assert validate_pack(write_pack(small_pack), today=TODAY).status == "clean"
    entries = small_pack["entries"]
    entries[0]["reviewed"] = "2025-05-31"  # 366 days before TODAY
    entries[1]["reviewed"] = "2025-06-01"  # exactly 365: fine
    entries[2]["reviewed"] = "2026-06-03"  # two days ahead
    report = validate_pack(write_pack(small_pack), today=TODAY)
    assert report.status == "warnings" and report.entries == 3
    found = {(w.kind, w.entry_id): w.message for w in report.warnings}
    assert found == {
        ("stale-review", "water"): "reviewed 2025-05-31, 366 days ago (limit 365 days)",
        ("future-review", "slugs"): "reviewed date 2026-06-03 is in the future",
    }
    shorter = validate_pack(write_pack(small_pack), today=TODAY, stale_after_days=30)
    assert {w.entry_id for w in shorter.warnings if w.kind == "stale-review"} == {"water", "prune"}


def test_tomorrow_is_allowed_for_time_zones(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    small_pack["entries"][0]["reviewed"] = "2026-06-02"
    assert review_warnings(load_pack(write_pack(small_pack)), today=TODAY) == []


def test_several_packs_are_validated_together(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    first = write_pack(small_pack, "a.json")
    second = write_pack(small_pack, "b.json")
    report = validate_pack([first, second])
    assert report.error_count == 3
    assert all("id also used in" in e for e in report.errors)
    assert report.path == f"{first}, {second}"
