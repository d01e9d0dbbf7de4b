"""The user cache directory (index files, pack records, the tables' snapshot), found cheaply.

platformdirs decides it, as everywhere, but importing platformdirs costs about 11 ms (it brings
pathlib, tempfile, shutil and random), which a cold `ask` cannot afford on every run. On Linux the
answer in the common cases is a line of os.path, written here exactly as platformdirs computes it
(an absolute $XDG_CACHE_HOME, else ~/.cache with an absolute $HOME); every other case, and every
other system, asks platformdirs itself. tests/test_snapshot.py checks both agree.
"""

from __future__ import annotations

import os
import sys

APP = "backcare"


def cache_dir_name() -> str:
    """BACKCARE_CACHE_DIR if set, else platformdirs' user cache directory for backcare."""
    override = os.environ.get("BACKCARE_CACHE_DIR")
    if override:
        return override
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        if os.path.isabs(xdg):  # noqa: PTH117 (os.path: no pathlib at start-up)
            return os.path.join(xdg, APP)  # noqa: PTH118
        home = os.environ.get("HOME", "")
        if os.path.isabs(home):  # noqa: PTH117
            return os.path.join(os.path.expanduser("~/.cache"), APP)  # noqa: PTH111, PTH118
    from platformdirs import user_cache_dir

    return user_cache_dir(APP, appauthor=False)
