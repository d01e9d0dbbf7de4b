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
from pathlib import Path
from typing import Any

from backcare.errors import BackcareError


class DataError(BackcareError):
    """A bundled data file is missing or not in the shape the code expects (a packaging bug)."""


def data_path(name: str) -> Path:
    """Path of a bundled data file such as 'faq.json'."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / name
    if packaged.is_file():
        return packaged
    return here.parent / "data" / name


def read_text(name: str) -> str:
    try:
        return data_path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"bundled data file {name}: cannot read ({exc})") from None


def read_words(name: str) -> list[str]:
    """A word list: white-space separated words, '#' to the end of a line is a comment."""
    return [w for line in read_text(name).splitlines() for w in line.split("#", 1)[0].split()]


def read_json(name: str) -> Any:
    try:
        return json.loads(read_text(name))
    except ValueError as exc:
        raise DataError(f"bundled data file {name}: not valid JSON ({exc})") from None


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
