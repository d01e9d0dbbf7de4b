"""The bundled data files, in every install mode, read one way with typed checks.

In a wheel, data/ is shipped as backcare/data/ and read beside this module. In a checkout or an
editable install the package is imported from the repo, whose data/ sits beside backcare/:
hatchling's force-include does not apply to editable installs, so we fall back to that path. Both
are tested. (importlib.resources would also read a zipped package, which pip never installs, and
costs 4-5 ms of start-up for zipfile, tempfile and random.)

Word lists share one format: words separated by white space, '#' starts a comment anywhere on a
line. JSON files are checked with `expect_*`, which raise `DataError` naming the file and the path
inside it, never an assert.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

from backcare.errors import BackcareError
from backcare.hints import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path


class DataError(BackcareError):
    """A bundled data file is missing or not in the shape the code expects (a packaging bug)."""


def data_path(name: str) -> Path:
    """Path of a bundled data file such as 'faq.json'."""
    from pathlib import Path

    return Path(data_file(name))


def data_file(name: str) -> str:
    """data_path(name) as a string: os.path, not pathlib, on purpose (importing pathlib costs about
    5% of a cold run, and the bundled pack and data need nothing else from it)."""
    here = _package_folder()
    packaged = os.path.join(here, "data", name)  # noqa: PTH118
    if os.path.isfile(packaged):  # noqa: PTH113
        return packaged
    return os.path.join(os.path.dirname(here), "data", name)  # noqa: PTH118, PTH120


@lru_cache(maxsize=1)
def _package_folder() -> str:
    """The package's folder, links resolved: once a process, not once a data file (a cold ask
    reads ~16, each resolving the path component by component)."""
    return os.path.dirname(os.path.realpath(__file__))  # noqa: PTH120


def read_text(name: str) -> str:
    try:
        with open(data_file(name), encoding="utf-8") as file:  # noqa: PTH123
            return file.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"bundled data file {name}: cannot read ({exc})") from None


def read_bytes(name: str) -> bytes:
    """A binary data file (the learned red-flag model, related_words.txt) as bytes: a copy in
    memory, never a map of the file. A mapped file truncated in place while it is read (a package
    reinstalled under a running batch) kills the process with SIGBUS, no message and no
    traceback (ux31); reading 2.5 MB from the page cache costs a few milliseconds (3.3 ms
    measured for related_words.txt), paid only on the paths that read it."""
    try:
        with open(data_file(name), "rb") as file:  # noqa: PTH123
            return file.read()
    except OSError as exc:
        raise DataError(f"bundled data file {name}: cannot read ({exc})") from None


def read_words(name: str) -> list[str]:
    """A word list: white-space separated words, '#' to the end of a line is a comment."""
    return [w for line in read_text(name).splitlines() for w in line.split("#", 1)[0].split()]


def read_json(name: str) -> Any:
    try:
        return json.loads(read_text(name))
    except ValueError as exc:
        raise DataError(f"bundled data file {name}: not valid JSON ({exc})") from None


@lru_cache(maxsize=4)
def read_shared_json(name: str) -> Any:
    """`read_json`, parsed once per process, for a file several readers share:
    intents.json (the matcher's problem kinds and tried-cues, speed23), safety_vocabulary.json (262 KB, 3-6 ms a parse) is read by the red-flag check, the escape and
    disguise readers and the topic lookup, and a batch or validate can need all of them. Every
    reader takes what it needs from the value and never changes it."""
    return read_json(name)


def expect_dict(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DataError(f"{where}: expected an object")
    return value


def expect_list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise DataError(f"{where}: expected a list")
    return value


def expect_str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise DataError(f"{where}: expected a string")
    return value


def expect_strings(value: object, where: str) -> list[str]:
    items = expect_list(value, where)
    return [expect_str(item, f"{where}[{i}]") for i, item in enumerate(items)]


def folded_word_map(
    table: Mapping[str, object], key_ok: Callable[[str], object], value_ok: Callable[[str], object]
) -> dict[str, str]:
    """A data file's table of words, lower-cased; a pair whose key or value is not the kind of word
    expected (key_ok, value_ok) is dropped, as nothing read from data is trusted."""
    return {
        key.casefold(): value.casefold()
        for key, value in table.items()
        if isinstance(value, str) and key_ok(key) and value_ok(value)
    }
