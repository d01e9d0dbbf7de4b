"""Import notes carry a kind from where they are made (arch10): `validate` decides which notes are
routine by that kind, never by reading their English wording, and the kind survives the import
cache (whose format was bumped: a cache of the old shape is imported again, never misread) and the
file-name prefix of packs checked together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.packs.importers import import_text
from backcare.packs.importers.result import is_routine_note
from backcare.packs.notes import Note, NoteKind, dropped, prefixed, routine
from backcare.packs.schema import Pack
from backcare.packs.validate import validate_pack
from backcare.store import imports

PAGE = """<html><head><title>Clinic FAQ</title></head><body><script>track()</script>
<nav><a href="/">Home</a> <a href="/faq">FAQ</a></nav>
<aside>Can I park at the clinic? Yes, behind the building.</aside>
<main><h2>Do you take cards?</h2><p>Yes, all cards.</p>
<h2>What are your hours?</h2><p>Nine to five.</p>
<img src="x.png" alt="Our team"></main>
</body></html>"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_importers_give_each_note_its_kind() -> None:
    notes = import_text(PAGE, "html", "faq.html").notes
    kinds = {str(n): n.kind for n in notes if isinstance(n, Note)}
    assert kinds["dropped 1 <script> (code and graphics, not content)"] is NoteKind.ROUTINE
    # the note names the <nav>'s page line (ux42), and keeps its kind
    [navigation] = [n for n in notes if n.startswith("line 2: dropped navigation")]
    assert isinstance(navigation, Note) and navigation.kind is NoteKind.DROPPED
    assert navigation.dropped == "Home FAQ"
    [aside] = [n for n in notes if "sidebar" in n]
    assert isinstance(aside, Note) and aside.kind is NoteKind.DROPPED
    assert not is_routine_note(aside)  # it holds a question: lost content, whatever its kind


def test_the_wording_of_a_note_decides_nothing() -> None:
    said = "dropped 1 <script> (code and graphics, not content)"
    assert is_routine_note(routine(said)) and not is_routine_note(said)
    assert is_routine_note(routine("anything at all, reworded"))
    assert not is_routine_note(Note("dropped a footer: 'x'"))  # content by kind
    assert is_routine_note(dropped("a reworded furniture note", "Latest news"))
    assert not is_routine_note(dropped("a reworded furniture note", "Can I park here today?"))


def test_a_prefix_keeps_the_kind() -> None:
    note = prefixed("a.html: ", dropped("dropped a footer: 'x'", "x"))
    assert note == "a.html: dropped a footer: 'x'" and note.kind is NoteKind.DROPPED
    assert note.dropped == "x"
    assert prefixed("a.html: ", "plain").kind is NoteKind.CONTENT


@pytest.mark.parametrize(
    "data",
    [
        {"text": "t", "kind": "routine"},
        {"text": "t", "kind": "dropped", "dropped": "d"},
        {"text": "t", "kind": "content"},
    ],
)
def test_a_note_round_trips_through_its_cached_form(data: dict[str, str]) -> None:
    note = Note.from_dict(data)
    assert note.to_dict() == data and Note.from_dict(note.to_dict()) == note


@pytest.mark.parametrize(
    "data",
    [
        "a note as text",
        {"text": "t"},
        {"text": "t", "kind": "nice"},
        {"text": 1, "kind": "routine"},
    ],
)
def test_a_cached_note_of_another_shape_is_refused(data: object) -> None:
    with pytest.raises(ValueError):
        Note.from_dict(data)


def test_validate_reads_the_same_kinds_from_the_cache(cache: Path, tmp_path: Path) -> None:
    page = tmp_path / "faq.html"
    page.write_text(PAGE, encoding="utf-8")
    opener = imports.open_page
    first = validate_pack(page, open_page=lambda p: _pair(opener(p, indexed=False)))
    second = validate_pack(page, open_page=lambda p: _pair(opener(p, indexed=False)))
    assert first.import_warnings and first.import_warnings == second.import_warnings
    assert first.import_notes == second.import_notes > len(first.import_warnings)
    [meta] = (cache / "imports").glob("*.meta")
    stored = json.loads(meta.read_text(encoding="utf-8"))
    assert stored["cache"] == imports.CACHE_FORMAT
    assert all(
        isinstance(n, dict) and n["kind"] in {"routine", "dropped", "content"}
        for n in stored["notes"]
    )


def test_a_cache_of_the_old_shape_is_imported_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "faq.html"
    page.write_text(PAGE, encoding="utf-8")
    imports.open_page(page, indexed=False)
    [meta] = (cache / "imports").glob("*.meta")
    old = json.loads(meta.read_text(encoding="utf-8"))
    # the first format: notes as bare text, no "cache" field (a cache of the old key's name is
    # never even looked up; one found under the new name must still be refused)
    old["notes"] = [n["text"] for n in old["notes"]]
    del old["cache"]
    meta.write_text(json.dumps(old), encoding="utf-8")
    seen: list[str] = []
    real = imports._imported

    def counted(raw: bytes, name: str) -> object:
        seen.append(name)
        return real(raw, name)

    monkeypatch.setattr(imports, "_imported", counted)
    opened = imports.open_page(page, indexed=False)
    assert seen == [str(page)]  # a miss: imported again, and the pair rewritten in the new shape
    assert all(isinstance(n, Note) for n in opened.notes)
    assert f"-c{imports.CACHE_FORMAT}-" in meta.name
    assert isinstance(json.loads(meta.read_text(encoding="utf-8"))["notes"][0], dict)


def _pair(opened: imports.OpenedPage) -> tuple[Pack, tuple[str, ...]]:
    return opened.pack, opened.notes
