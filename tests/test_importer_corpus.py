"""The import corpus: realistic FAQ pages and Markdown files in tests/importers/, each with the pack
it must produce (<name>.pack.json) and the notes it must report (<name>.notes.txt).

Each golden file was read and checked by hand. After a deliberate change to the importers, rewrite
them with `UPDATE_GOLDEN=1 pytest tests/test_importer_corpus.py` (tests/golden_files.py, the switch
of every golden test) and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backcare.packs.importers import import_file
from backcare.packs.schema import pack_from_data
from tests.golden_files import check_golden

CORPUS = Path(__file__).resolve().parent / "importers"
SOURCES = sorted(
    p for p in CORPUS.iterdir() if p.suffix in (".html", ".md", ".txt") and ".notes" not in p.name
)


def golden(source: Path, kind: str) -> Path:
    return source.with_name(f"{source.stem}.{kind}")


def test_the_corpus_covers_every_form_the_issue_names() -> None:
    names = {p.name for p in SOURCES}
    assert len(names) >= 8
    for form in ("jsonld", "microdata", "details", "definition", "headings", "messy", ".md"):
        assert any(form in n for n in names), form


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_import_gives_the_expected_pack_and_notes(source: Path) -> None:
    result = import_file(source)
    data = result.to_pack()
    notes = "".join(f"{n}\n" for n in result.notes)
    check_golden(golden(source, "pack.json"), json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    check_golden(golden(source, "notes.txt"), notes)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_imported_pack_round_trips_through_validation(source: Path) -> None:
    data = import_file(source).to_pack()
    pack = pack_from_data(data, source.name)
    assert pack.title == data["title"]
    assert pack.source == data.get("source", "")
    defaults: dict[str, Any] = {"topic": "", "aliases": [], "tags": []}
    assert [e.to_dict() for e in pack.entries] == [{**defaults, **e} for e in data["entries"]]


def test_the_import_command_writes_the_golden_pack_and_prints_the_notes() -> None:
    from typer.testing import CliRunner

    from backcare.cli.app import app

    source = CORPUS / "messy_wordpress.html"
    result = CliRunner().invoke(app, ["import", str(source)])
    assert result.exit_code == 0, result.stderr
    printed = json.loads(result.stdout)
    # the title the page gave, kept beside the pack's own (harden13: `import --force` tells them apart)
    assert printed.pop("page_title") == printed["title"]
    # the [check] notes are kept in the pack too, by the page's file name (newcomer31 F2)
    checks = printed.pop("import_checks")
    assert printed == json.loads(golden(source, "pack.json").read_text("utf-8"))
    notes = golden(source, "notes.txt").read_text(encoding="utf-8").splitlines()
    # the notes validate counts as warnings end in " [check]", then a line counts them (harden24)
    printed_notes = [line.removesuffix(" [check]") for line in result.stderr.splitlines()]
    assert checks == [
        f"messy_wordpress.html: {line.removeprefix('note: ').removesuffix(' [check]')}"
        for line in result.stderr.splitlines()[:-1]
        if line.endswith(" [check]")
    ]
    assert printed_notes[:-1] == [f"note: {n}" for n in notes]
    assert printed_notes[-1] == (
        "note: 1 note may have lost or misread content (marked [check], as 'backcare validate' "
        "marks them)"
    )
