"""Dropping the current directory from sys.path, for every `python -m backcare...` entry point.

`python -m` puts the current directory first on sys.path (unless -P or PYTHONSAFEPATH), so any
module lying there - a `json.py`, a `typer.py`, a `rich/` - would be imported in place of the real
one and run as code: the console script `backcare`, which the README calls the same command, never
does that. Each `__main__` calls this before it imports anything else (backcare/__init__.py and
backcare/eval/__init__.py import nothing, and neither does this module: os and sys are loaded by
the interpreter itself; pathlib would cost a cold start ~10 ms).
"""

import os
import sys


def drop_current_directory() -> None:
    """Remove sys.path[0] when it is the current directory ("" or its path). In a working directory
    that was deleted, os.getcwd() raises: the entry is dropped all the same (it names a directory
    that is gone), never a traceback before the red-flag check (hostile9 #5)."""
    if getattr(sys.flags, "safe_path", False) or not sys.path:
        return
    try:
        here = os.getcwd()  # noqa: PTH109 (start-up)
    except OSError:
        here = sys.path[0]
    if sys.path[0] in ("", here):
        del sys.path[0]
