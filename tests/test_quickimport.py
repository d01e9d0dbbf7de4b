"""backcare.quickimport finds the module the path finder finds and reads the code the standard
loader reads, or leaves the import to them."""

from __future__ import annotations

import marshal
import os
import py_compile
import subprocess
import sys
from importlib import import_module
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec, PathFinder, SourceFileLoader
from importlib.util import cache_from_source
from pathlib import Path
from types import CodeType

import pytest

import backcare
from backcare.quickimport import Finder, Loader

PACKAGE = Path(backcare.__file__).parent


def _modules() -> list[tuple[str, Path]]:
    """Every module of the package (not the packages' __init__), with its dotted name."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts or path.name == "__init__.py":
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found.append((".".join(parts), path))
    return found


def test_no_module_has_a_package_or_an_extension_module_of_its_name_beside_it() -> None:
    """The path finder prefers a package directory, then an extension module, to a `.py` of the
    same name; Finder looks for the `.py` alone, so the package must hold neither."""
    for _name, path in _modules():
        assert not path.with_suffix("").is_dir(), path
        for suffix in EXTENSION_SUFFIXES:
            assert not path.with_name(path.stem + suffix).exists(), path


def _where(spec: ModuleSpec) -> tuple[object, ...]:
    """What a spec says of where a module is: the fields both finders must agree on."""
    return (spec.name, spec.origin, spec.cached, spec.has_location, spec.parent)


@pytest.mark.parametrize(("name", "path"), _modules()[::7])
def test_the_spec_is_the_path_finders(name: str, path: Path) -> None:
    search = list(import_module(name.rpartition(".")[0]).__path__)
    ours = Finder.find_spec(name, search)
    theirs = PathFinder.find_spec(name, search)
    assert ours is not None and theirs is not None and theirs.origin == str(path)
    assert _where(ours) == _where(theirs)
    assert ours.submodule_search_locations is None
    assert isinstance(ours.loader, SourceFileLoader)


def test_a_packages_spec_is_the_path_finders() -> None:
    for name in ("backcare.engine", "backcare.engine.safety", "backcare.cli"):
        search = list(import_module(name.rpartition(".")[0]).__path__)
        ours = Finder.find_spec(name, search)
        theirs = PathFinder.find_spec(name, search)
        assert ours is not None and theirs is not None
        assert ours.submodule_search_locations == theirs.submodule_search_locations
        assert _where(ours) == _where(theirs)
        assert ours.loader is not None and ours.loader.is_package(name)  # type: ignore[attr-defined]


def test_other_names_are_left_to_the_standard_finders() -> None:
    assert Finder.find_spec("backcare.no_such_module", list(backcare.__path__)) is None
    assert Finder.find_spec("json.decoder", [str(Path(os.__file__).parent / "json")]) is None
    assert Finder.find_spec("backcare.answer", None) is None  # a top-level search


def _loader(source: Path) -> Loader:
    cached = cache_from_source(str(source))
    return Loader("backcare.probe", str(source), cached, source.stat())


def _standard(source: Path) -> CodeType | None:
    return SourceFileLoader("backcare.probe", str(source)).get_code("backcare.probe")


def test_a_current_bytecode_file_gives_the_standard_loaders_code(tmp_path: Path) -> None:
    source = tmp_path / "probe.py"
    source.write_text("X = 1\n\ndef f():\n    return X\n", encoding="utf-8")
    py_compile.compile(str(source), doraise=True)
    code = _loader(source).get_code("backcare.probe")
    assert code is not None and code.co_filename == str(source)
    assert marshal.dumps(code) == marshal.dumps(_standard(source))


def test_a_moved_trees_code_names_the_file_where_it_is_now(tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    (old / "probe.py").write_text("def f():\n    return 1\n", encoding="utf-8")
    py_compile.compile(str(old / "probe.py"), doraise=True)
    new = tmp_path / "new"
    old.rename(new)
    code = _loader(new / "probe.py").get_code("backcare.probe")
    assert code is not None and code.co_filename == str(new / "probe.py")
    assert code.co_consts[0].co_filename == str(new / "probe.py")


# the value of X a module reads after each damage: its source's
READ = {"stale": 2, "resized": 22, "hash": 1, "magic": 1, "short": 1}


@pytest.mark.parametrize("damage", sorted(READ))
def test_a_bytecode_file_the_standard_loader_would_refuse_is_compiled_again(
    tmp_path: Path, damage: str
) -> None:
    source = tmp_path / "probe.py"
    source.write_text("X = 1\n", encoding="utf-8")
    written = source.stat().st_mtime_ns
    cached = Path(cache_from_source(str(source)))
    mode = py_compile.PycInvalidationMode
    invalidation = mode.CHECKED_HASH if damage == "hash" else mode.TIMESTAMP
    py_compile.compile(str(source), doraise=True, invalidation_mode=invalidation)
    data = cached.read_bytes()
    if damage == "stale":
        source.write_text("X = 2\n", encoding="utf-8")  # same size, a new time
        os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 10**9))
    elif damage == "resized":
        source.write_text("X = 22\n", encoding="utf-8")
        os.utime(source, ns=(written, written))  # the time the bytecode file holds
    elif damage == "magic":
        cached.write_bytes(b"\0\0\0\0" + data[4:])
    elif damage == "short":
        cached.write_bytes(data[:10])
    code = _loader(source).get_code("backcare.probe")
    assert code is not None
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert namespace["X"] == READ[damage]
    assert code == _standard(source)


@pytest.mark.parametrize(("tail", "error"), [(b"\xff\x00", ValueError), (b"", EOFError)])
def test_bytecode_that_does_not_unmarshal_fails_as_the_standard_loader_fails(
    tmp_path: Path, tail: bytes, error: type[Exception]
) -> None:
    source = tmp_path / "probe.py"
    source.write_text("X = 1\n", encoding="utf-8")
    cached = Path(cache_from_source(str(source)))
    py_compile.compile(str(source), doraise=True)
    cached.write_bytes(cached.read_bytes()[:16] + tail)
    with pytest.raises(error):
        _standard(source)
    with pytest.raises(error):
        _loader(source).get_code("backcare.probe")


def test_the_finder_stands_first_once_and_can_be_left_out() -> None:
    probe = (
        "import sys\nimport backcare.cli.entry\nfrom backcare import quickimport\n"
        "quickimport.install()\n"
        "print(sys.meta_path.count(quickimport.Finder), sys.meta_path[0] is quickimport.Finder,"
        " type(sys.modules['backcare.cli.options'].__loader__).__name__)\n"
    )
    run = [sys.executable, "-c", probe]
    assert subprocess.run(run, capture_output=True, text=True, check=True).stdout.split() == [
        "1",
        "True",
        "Loader",
    ]
    env = {**os.environ, "BACKCARE_STANDARD_IMPORTS": "1"}
    done = subprocess.run(run, capture_output=True, text=True, check=True, env=env)
    assert done.stdout.split() == ["0", "False", "SourceFileLoader"]
    optimized = [sys.executable, "-O", *run[1:]]
    done = subprocess.run(optimized, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False", "SourceFileLoader"]


def test_a_module_read_the_short_way_is_the_module_read_the_standard_way() -> None:
    """The module's attributes the import system sets are those the standard way sets."""
    name = "backcare.engine.tuning"
    probe = (
        f"import sys, {name} as m\n"
        "print(m.__file__, m.__cached__, m.__package__, m.__spec__.origin, m.__spec__.parent)\n"
    )
    quick = [sys.executable, "-c", "import backcare.cli.entry\n" + probe]
    plain = [sys.executable, "-c", probe]
    ours = subprocess.run(quick, capture_output=True, text=True, check=True).stdout
    theirs = subprocess.run(plain, capture_output=True, text=True, check=True).stdout
    assert ours == theirs
