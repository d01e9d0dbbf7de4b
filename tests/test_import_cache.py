"""The cache of imported pages (backcare.store.imports): `--faq page.md` imports a page once per
content; from then on the page is served from the cache, with the same entries, notes and answers.
Nothing read from the cache is trusted: every way it can be damaged, swapped or unusable means the
page is imported again (and the cache repaired), never an error and never another page's answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.answer import Engine
from backcare.packs.importers import pack_from_file
from backcare.packs.schema import Pack
from backcare.store import imports
from backcare.store import open as store_open
from backcare.store.files import TEMP_PREFIX
from tools.make_pack import make_pack, markdown_page

QUESTIONS = ["stiff back after sitting", "knee pain when running", "hip ache at night", "zzzz"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture(params=["small", "indexed"])
def page(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Markdown FAQ page with an untitled intro (a note) whose import is cached as a small pack
    (read whole) or as one large enough to be indexed (the threshold lowered to 10 kB)."""
    if request.param == "indexed":
        monkeypatch.setattr(store_open, "INDEXED_PACK_BYTES", 10_000)
    path = tmp_path / "faq.md"
    text = markdown_page(make_pack(60))
    path.write_text("Some words before any question.\n\n" + text, encoding="utf-8")
    return path


@pytest.fixture
def imports_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the pages the cache imported (parsed) from now on."""
    seen: list[str] = []
    real = imports._imported

    def counted(raw: bytes, name: str) -> tuple[Pack, tuple[str, ...], dict[str, Any]]:
        seen.append(name)
        return real(raw, name)

    monkeypatch.setattr(imports, "_imported", counted)
    return seen


def answers(engine: Engine) -> list[list[tuple[str, float]]]:
    return [[(m.entry.id, m.score) for m in engine.ask(q, top=5).results] for q in QUESTIONS]


def opened(page: Path) -> imports.OpenedPage:
    return imports.open_page(str(page))


def expected(page: Path) -> tuple[Engine, list[str]]:
    pack, notes = pack_from_file(page)
    return Engine(pack), notes


def assert_is_the_page(found: imports.OpenedPage, page: Path) -> None:
    engine, notes = expected(page)
    assert found.pack.path == str(page)
    assert found.pack.title == engine.pack.title
    assert list(found.notes) == notes and notes  # the intro's note, kept
    assert [e.id for e in found.pack.entries] == [e.id for e in engine.pack.entries]
    assert [e.answer for e in found.pack.entries] == [e.answer for e in engine.pack.entries]
    assert answers(Engine(found.pack, store=found.store)) == answers(engine)


def test_a_page_is_imported_once_then_served_from_the_cache(
    cache: Path, page: Path, imports_counted: list[str]
) -> None:
    first = opened(page)
    second = opened(page)
    assert imports_counted == [str(page)]  # the second ask parsed nothing
    assert first.digest == second.digest
    assert_is_the_page(second, page)
    assert len(list((cache / "imports").glob("*.meta"))) == 1


def test_an_indexed_page_is_served_from_its_index(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_open, "INDEXED_PACK_BYTES", 10_000)
    path = tmp_path / "faq.md"
    path.write_text(markdown_page(make_pack(60)), encoding="utf-8")
    opened(path)
    found = opened(path)
    assert found.store is not None and not isinstance(found.pack.entries, tuple)
    assert len(list((cache / "index").glob("*.sqlite"))) == 1


def test_a_changed_page_is_imported_again(
    cache: Path, page: Path, imports_counted: list[str]
) -> None:
    opened(page)
    page.write_text(
        page.read_text(encoding="utf-8") + "\n## How do I fix a wobbly table leg?\n\nGlue.\n",
        encoding="utf-8",
    )
    found = opened(page)
    assert len(imports_counted) == 2
    assert any("wobbly" in e.question for e in found.pack.entries)
    assert_is_the_page(found, page)


def _other_page_cached(cache: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Another page's cached pack and meta (imported through the cache)."""
    other = tmp_path / "other.md"
    other.write_text("# Garden\n\n## How often should I water tomatoes?\n\nTwice a week.\n")
    before = set((cache / "imports").glob("*"))
    opened(other)
    new = set((cache / "imports").glob("*")) - before
    pack = next(p for p in new if p.suffix == ".json")
    return pack, pack.with_suffix(".meta")


def _damage(kind: str, pack: Path, meta: Path, cache: Path, tmp_path: Path) -> None:
    if kind == "meta missing":
        meta.unlink()
    elif kind == "pack missing":
        pack.unlink()
    elif kind == "meta corrupt":
        meta.write_text("{broken", encoding="utf-8")
    elif kind == "meta of the wrong shape":
        data = json.loads(meta.read_text(encoding="utf-8"))
        meta.write_text(json.dumps({**data, "notes": "not a list"}), encoding="utf-8")
    elif kind == "meta not UTF-8":
        meta.write_bytes(b'{"page": "\xff"}')
    elif kind == "meta a directory":
        meta.unlink()
        meta.mkdir()
    elif kind == "meta too large":
        meta.write_bytes(b" " * (imports.META_BYTES + 1))
    elif kind == "pack truncated":
        pack.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    elif kind == "pack not a pack":
        pack.write_text('{"entries": []}', encoding="utf-8")
    elif kind == "pack tampered, still valid":
        data = json.loads(pack.read_text(encoding="utf-8"))
        data["entries"][0]["answer"] = "A wrong answer."
        pack.write_text(json.dumps(data), encoding="utf-8")
    elif kind in ("pack swapped", "both swapped"):
        other_pack, other_meta = _other_page_cached(cache, tmp_path)
        pack.write_bytes(other_pack.read_bytes())
        if kind == "both swapped":
            meta.write_bytes(other_meta.read_bytes())
    elif kind == "pack a link to /dev/zero":
        pack.unlink()
        pack.symlink_to("/dev/zero")
    else:
        raise AssertionError(kind)


DAMAGE = [
    "meta missing",
    "pack missing",
    "meta corrupt",
    "meta of the wrong shape",
    "meta not UTF-8",
    "meta a directory",
    "meta too large",
    "pack truncated",
    "pack not a pack",
    "pack tampered, still valid",
    "pack swapped",
    "both swapped",
    "pack a link to /dev/zero",
]


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_or_swapped_cache_means_the_page_is_imported_again(
    cache: Path, page: Path, tmp_path: Path, imports_counted: list[str], kind: str
) -> None:
    opened(page)
    [meta] = [m for m in (cache / "imports").glob("*.meta") if m.is_file()]
    pack = meta.with_suffix(".json")
    _damage(kind, pack, meta, cache, tmp_path)
    count = len(imports_counted)
    found = opened(page)  # no exception, whatever the cache holds
    assert len(imports_counted) == count + 1  # imported again, not served from the damage
    assert_is_the_page(found, page)
    if kind != "meta a directory":  # repaired: the next ask is served from the cache again
        assert_is_the_page(opened(page), page)
        assert len(imports_counted) == count + 1


def test_an_unwritable_cache_imports_every_time_with_a_note(
    tmp_path: Path, page: Path, imports_counted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(blocker / "cache"))
    for _ in range(2):
        notes: list[str] = []
        found = imports.open_page(str(page), None, notes)
        assert_is_the_page(found, page)
        assert len(notes) == 1 and "the page is imported on every ask" in notes[0]
    assert len(imports_counted) == 2


def test_a_write_that_fails_between_the_pack_and_its_meta_is_never_trusted(
    cache: Path, page: Path, imports_counted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The meta is the pair's commit: a pack written without it (a kill, a full disk) is a miss."""
    from backcare.store.files import write_atomic as real

    def fail_on_meta(target: Path, data: bytes, *, keep_mode: bool = True) -> None:
        if target.suffix == ".meta":
            raise OSError(28, "No space left on device")
        real(target, data, keep_mode=keep_mode)

    monkeypatch.setattr(imports, "write_atomic", fail_on_meta)
    notes: list[str] = []
    assert_is_the_page(imports.open_page(str(page), None, notes), page)
    assert "No space left" in notes[0]
    monkeypatch.setattr(imports, "write_atomic", real)
    opened(page)
    assert len(imports_counted) == 2
    assert not [p for p in (cache / "imports").iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_page_that_cannot_be_imported_is_reported_as_before(cache: Path, tmp_path: Path) -> None:
    from backcare.errors import PackError

    path = tmp_path / "empty.md"
    path.write_text("# Nothing\n\nNo questions here.\n", encoding="utf-8")
    with pytest.raises(PackError, match="no questions found"):
        opened(path)
    assert not (cache / "imports").exists() or not list((cache / "imports").iterdir())


@pytest.mark.parametrize("command", [["ask", "--json", "stiff back after sitting"], ["topics"]])
def test_the_cli_answers_the_same_from_the_cache(
    cache: Path, page: Path, imports_counted: list[str], command: list[str]
) -> None:
    first, second = (CliRunner().invoke(app, [*command, "--faq", str(page)]) for _ in range(2))
    assert first.exit_code == second.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    assert "note: " in first.stderr and "note: " not in second.stderr
    assert len(imports_counted) == 1


def test_the_cache_is_named_for_the_pages_content_and_the_importers_version(
    cache: Path, page: Path, monkeypatch: pytest.MonkeyPatch, imports_counted: list[str]
) -> None:
    opened(page)
    from backcare.packs.formats import IMPORT_VERSION

    monkeypatch.setattr(imports, "IMPORT_VERSION", IMPORT_VERSION + 1)
    opened(page)  # another importer: imported again
    assert len(imports_counted) == 2
    names = sorted(p.name for p in (cache / "imports").glob("*.meta"))
    assert len(names) == 2 and all("-markdown-i" in name for name in names)
    assert names[0].split("-i")[0] == names[1].split("-i")[0]  # the same page, another importer


# ---- every other route that opens a page: with other packs, and `validate` ---------------------


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """A JSON pack searched together with the page."""
    path = tmp_path / "clinic.json"
    entry = {"id": "zz-parking", "question": "Can I park at the clinic?", "answer": "Yes."}
    path.write_text(json.dumps({"title": "Clinic", "entries": [entry]}), encoding="utf-8")
    return path


def several(page: Path, other: Path, *command: str) -> Any:
    return CliRunner().invoke(app, ["--faq", str(page), "--faq", str(other), *command])


ROUTES: dict[str, Callable[[Path, Path], Any]] = {
    "ask with other packs": lambda page, other: several(
        page, other, "ask", "--json", *QUESTIONS[:1]
    ),
    "topics with other packs": lambda page, other: several(page, other, "topics"),
    "validate the page": lambda page, other: CliRunner().invoke(
        app, ["validate", "--json", str(page)]
    ),
    "validate with other packs": lambda page, other: CliRunner().invoke(
        app, ["validate", "--json", str(page), str(other)]
    ),
}


def _in_memory(route: str, page: Path, other: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """What the route gives with the page imported in memory, as before the cache."""
    with monkeypatch.context() as patched:
        patched.setenv("BACKCARE_CACHE_DIR", str(page.parent / "no-cache-here"))
        patched.setattr(imports, "_cached", lambda *args: None)
        patched.setattr(imports, "_store", lambda *args: 0)
        return ROUTES[route](page, other)


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_that_opens_a_page_imports_it_once(
    cache: Path,
    page: Path,
    other: Path,
    imports_counted: list[str],
    route: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected_run = _in_memory(route, page, other, monkeypatch)
    imports_counted.clear()
    first, second = ROUTES[route](page, other), ROUTES[route](page, other)
    assert imports_counted == [str(page)], route  # the second run parsed nothing
    for done in (first, second):
        assert done.exit_code == expected_run.exit_code, done.stderr
        assert done.stdout == expected_run.stdout  # the same entries, notes and answers


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_cache_on_the_multi_pack_route_means_the_page_is_imported_again(
    cache: Path,
    page: Path,
    other: Path,
    tmp_path: Path,
    imports_counted: list[str],
    kind: str,
) -> None:
    question = ["ask", "--json", "--top", "5"]
    first = several(page, other, *question, QUESTIONS[0])
    assert first.exit_code == 0, first.stderr
    [meta] = [m for m in (cache / "imports").glob("*.meta") if m.is_file()]
    _damage(kind, meta.with_suffix(".json"), meta, cache, tmp_path)
    count = len(imports_counted)
    for validate in (False, True):
        done = (
            CliRunner().invoke(app, ["validate", "--json", str(page), str(other)])
            if validate
            else several(page, other, *question, QUESTIONS[0])
        )
        assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
        assert "Traceback" not in done.stderr and "unexpected error" not in done.stderr
        if not validate:
            assert done.exit_code == 0, done.stderr
            assert done.stdout == first.stdout  # never the damage's answer, nor another page's
            assert len(imports_counted) == count + 1  # imported again
        else:
            assert json.loads(done.stdout)["entries"] == 61
    if kind != "meta a directory":  # repaired: served from the cache again
        assert len(imports_counted) == count + 1
