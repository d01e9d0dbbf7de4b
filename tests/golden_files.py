"""The one way every golden-file test compares output with its stored file, and rewrites it.

`UPDATE_GOLDEN=1 pytest tests/test_golden.py ...` rewrites the files the tests compare (then read
the diff before committing it); without it a test fails on any difference. The switch is read when
a test compares, not when its module is imported, and its name is not `BACKCARE_*`, which
conftest removes from the environment (ux39: the importer corpus's `BACKCARE_REWRITE_GOLDEN`
switch had been removed by conftest before the module read it, so it never rewrote anything).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from backcare.output.environment import Environment, Mode, ViewOptions
from backcare.output.views import View, make_view

GOLDEN = Path(__file__).parent / "golden"
SWITCH = "UPDATE_GOLDEN"


def rewriting() -> bool:
    """Whether golden files are being rewritten (UPDATE_GOLDEN set and not empty or "0")."""
    return os.environ.get(SWITCH, "") not in ("", "0")


def check_golden(path: Path, text: str) -> None:
    """Assert that `text` is the content of `path`; with UPDATE_GOLDEN, write it there first."""
    if rewriting():
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path.name} is missing ({SWITCH}=1 writes it)"
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs ({SWITCH}=1 rewrites it)"


def check(name: str, text: str) -> None:
    """check_golden for a file of tests/golden/."""
    check_golden(GOLDEN / name, text)


def render(
    mode: Mode,
    action: Callable[[View], None],
    *,
    width: int = 80,
    color: str = "never",
    options: ViewOptions | None = None,
) -> str:
    """What `action` makes a view of `mode` print, as a terminal (stdout and stderr both) of
    `width` columns gets it: stdout, then stderr after a `--- stderr ---` line when any."""
    out, err = io.StringIO(), io.StringIO()
    env = Environment(out, err, True, True, mode, color, width, options or ViewOptions())
    view = make_view(env)
    action(view)
    view.finish()
    stderr = err.getvalue()
    return out.getvalue() + (f"--- stderr ---\n{stderr}" if stderr else "")
