"""Finding and loading backcare's own modules in fewer steps than the standard path finder.

A cold `ask` imports about 225 of backcare's modules. The standard import system finds each one
through the path finder (every finder on sys.meta_path asked, the parent package's FileFinder:
a stat of its directory, a path made and looked up for each of five suffixes, a stat of the
file) and reads it through SourceFileLoader.get_code (the bytecode file's name made twice, the
source stated, the header split and checked in four calls): ~300,000 instructions a module,
an empty one included, of which this module's finder and loader leave ~180,000 (issue 17).

`Finder` answers only for a module `backcare.X...` whose parent package has one directory and
whose `<directory>/<name>.py` (or, for a package, `<directory>/<name>/__init__.py`) exists; it
returns the spec the path finder would (origin, cached, has_location, a package's one search
location) with a `Loader`, a SourceFileLoader that reads the bytecode
file with the source's stat taken by the finder. The bytecode is used only when the standard
loader would use it: the same magic number, flags 0 (a hash-based file goes the standard way),
the source's modification time and size, a code object; its code's file name is fixed as the
standard loader fixes it. Anything else (no bytecode file, a stale or damaged one) is the
standard SourceFileLoader.get_code: it compiles and writes the file, or reports the error, as
always. Everything else - a name outside backcare, a directory without an `__init__.py` - is left to the
finders after it.

What it does not see: a package directory or an extension module (`.so`) of the same name beside
a `.py`, which the path finder would prefer; backcare has neither (tests/test_quickimport.py).
Not installed when bytecode lives elsewhere (PYTHONPYCACHEPREFIX) or under -O/-OO (other file
names): those imports go the standard way. BACKCARE_STANDARD_IMPORTS=1 leaves it out.
"""

from __future__ import annotations

import _imp
import marshal
import os
import sys
from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import MAGIC_NUMBER, SourceFileLoader
from stat import S_ISREG
from types import CodeType

from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType

PREFIX = "backcare."
HEADER = 16  # magic number, flags, source mtime, source size (PEP 552)


class Loader(SourceFileLoader):
    """SourceFileLoader whose get_code reads the bytecode file the finder named, checked against
    the stat the finder took; anything the check refuses goes to SourceFileLoader.get_code."""

    def __init__(self, fullname: str, path: str, cached: str, stat: os.stat_result) -> None:
        super().__init__(fullname, path)
        self._cached = cached
        self._stat: os.stat_result | None = stat

    def get_code(self, fullname: str) -> CodeType | None:
        stat, self._stat = self._stat, None  # once: a reload stats afresh, the standard way
        if stat is not None and fullname == self.name:
            code = _read_cached(self._cached, self.path, stat)
            if code is not None:
                return code
        return super().get_code(fullname)


def _read_cached(cached: str, source: str, stat: os.stat_result) -> CodeType | None:
    """The code object in `cached` if the standard loader would take it for `source` as `stat`
    finds it (importlib._bootstrap_external: _classify_pyc, _validate_timestamp_pyc,
    _compile_bytecode), else None."""
    try:
        with open(cached, "rb") as file:  # noqa: PTH123 (no pathlib at start-up)
            data = file.read()
    except OSError:
        return None
    if (
        len(data) < HEADER
        or data[:4] != MAGIC_NUMBER
        or data[4:8] != b"\0\0\0\0"  # a hash-based file (or a bad flag): the standard way
        or int.from_bytes(data[8:12], "little") != int(stat.st_mtime) & 0xFFFFFFFF
        or int.from_bytes(data[12:16], "little") != stat.st_size & 0xFFFFFFFF
    ):
        return None
    try:
        code = marshal.loads(memoryview(data)[HEADER:])
    except (EOFError, ValueError, TypeError):
        return None  # the standard way reports or replaces it
    if not isinstance(code, CodeType):
        return None
    _imp._fix_co_filename(code, source)  # type: ignore[attr-defined]  # as the standard loader does
    return code


class Finder:
    """A meta-path finder for backcare's modules and packages, first on sys.meta_path."""

    @staticmethod
    def find_spec(
        fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if path is None or not fullname.startswith(PREFIX) or type(path) is not list:
            return None
        if len(path) != 1:
            return None
        folder = path[0]
        name = fullname.rpartition(".")[2]
        source = f"{folder}/{name}.py"
        search: list[str] | None = None
        try:
            stat = os.stat(source)  # noqa: PTH116
        except (OSError, ValueError):
            # a package: its __init__.py (a directory without one, a namespace package or
            # nothing at all, is the standard finders' to say)
            search = [f"{folder}/{name}"]
            source = f"{search[0]}/__init__.py"
            try:
                stat = os.stat(source)  # noqa: PTH116
            except (OSError, ValueError):
                return None
            folder, name = search[0], "__init__"
        if not S_ISREG(stat.st_mode):
            return None
        cached = f"{folder}/__pycache__/{name}.{TAG}.pyc"
        spec = ModuleSpec(
            fullname,
            Loader(fullname, source, cached, stat),
            origin=source,
            is_package=search is not None,
        )
        if search is not None:
            spec.submodule_search_locations = search
        spec.has_location = True
        spec.cached = cached
        return spec


TAG = sys.implementation.cache_tag


def install() -> None:
    """Put Finder first on sys.meta_path, once, where the bytecode's place is the standard one."""
    if Finder in sys.meta_path or TAG is None:
        return
    if sys.pycache_prefix is not None or sys.flags.optimize:
        return
    if os.environ.get("BACKCARE_STANDARD_IMPORTS") == "1":
        return
    sys.meta_path.insert(0, Finder)
