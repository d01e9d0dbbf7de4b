"""The one error boundary: every exception becomes one stderr line and a documented code."""

from __future__ import annotations

import errno

import pytest

from backcare.cli.status import Exit, guarded
from backcare.errors import PackError


def raising(exc: BaseException) -> int:
    raise exc


@pytest.mark.parametrize(
    ("exc", "code", "line"),
    [
        (PackError("x.json: no such file"), Exit.ERROR, "backcare: x.json: no such file\n"),
        (
            OSError(errno.ENOSPC, "No space left on device"),
            Exit.ERROR,
            "backcare: cannot write output (No space left on device)\n",
        ),
        (
            OSError(errno.EACCES, "Permission denied"),
            Exit.ERROR,
            "backcare: input/output error (Permission denied)\n",
        ),
        (
            ValueError("boom\x1b[2J"),
            Exit.ERROR,
            # escaped, not stripped: what the message held is shown, and no escape reaches the tty
            "backcare: unexpected error (ValueError: boom\\x1b[2J); please report it\n",
        ),
        (KeyboardInterrupt(), Exit.INTERRUPTED, ""),
    ],
)
def test_failures_become_one_line_and_a_code(
    exc: BaseException, code: Exit, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert guarded(lambda: raising(exc)) == code
    assert capsys.readouterr().err == line


def test_system_exit_passes_through() -> None:
    with pytest.raises(SystemExit):
        guarded(lambda: raising(SystemExit(0)))
