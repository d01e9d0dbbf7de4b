"""Long output through a pager, the way git does it.

`page(text, pager)` writes `text` to the terminal, through the pager command only when all hold:
there is a pager (Settings.pager: BACKCARE_PAGER, the config file, PAGER, else `less`; None after
--no-pager or `pager = false`), stdout is a terminal, and the text is taller than the terminal.
So a pipe never sees a pager, and a short answer never flashes one.

As git does, LESS=FRX is set when LESS is unset (F: quit if one screen, R: keep colours, X: leave
the text on screen), and LV=-c likewise. A pager that cannot start falls back to writing directly,
and so does one that starts and then fails or is killed (a non-zero status), with one line on
stderr; a pager the person quits early (q) ends the output quietly. The command is split with shlex and run
without a shell, so a setting cannot inject shell syntax.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from collections.abc import Iterator, Mapping
from typing import IO, TYPE_CHECKING

from backcare.output.environment import is_terminal as _is_terminal  # the one test

if TYPE_CHECKING:
    import signal

# SGR and other CSI sequences take no room on screen; they are left out when measuring lines.
_CSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
PAGER_ENV = {"LESS": "FRX", "LV": "-c"}


def should_page(text: str, stream: IO[str], pager: str | None) -> bool:
    """True when `text` needs a pager: a pager is set, `stream` is a terminal that can run one,
    text is too tall. A dumb terminal (TERM=dumb: Emacs's shell, some CI) cannot ("WARNING:
    terminal is not fully functional"), and one that reports no height (0 rows: `script` with no
    size, some CI ptys) would page every answer, however short (hostile11)."""
    if not pager or not _is_terminal(stream) or os.environ.get("TERM") == "dumb":
        return False
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):
        return False
    return size.lines > 0 and taller_than(text, size.lines, size.columns)


def taller_than(text: str, lines: int, columns: int) -> bool:
    """Whether `text` takes more than `lines` rows on a screen `columns` wide (wrapping counted)."""
    rows = 0
    width = max(columns, 1)
    for line in text.split("\n"):
        rows += max(1, -(-cells(_CSI.sub("", line)) // width))
        if rows > lines:
            return True
    return False


def cells(line: str) -> int:
    """Columns `line` takes: East Asian wide and full-width characters take two."""
    if line.isascii():
        return len(line)
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def page(
    text: str,
    pager: str | None,
    *,
    stream: IO[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> None:
    """Write `text` (a trailing newline is added if missing) directly or through `pager`."""
    out = sys.stdout if stream is None else stream
    if not text.endswith("\n"):
        text += "\n"
    if pager and should_page(text, out, pager) and run_pager(text, pager, out, environ):
        return
    out.write(text)
    out.flush()


class TerminalBuffer(io.StringIO):
    """Collects output meant for a terminal, and says it is one, so renderers (Rich) lay it out,
    and colour it, exactly as they would on the terminal itself."""

    def __init__(self, terminal: IO[str]) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]  # StringIO's is None
        return getattr(self.terminal, "encoding", None) or "utf-8"


@contextlib.contextmanager
def paging(pager: str | None, stream: IO[str] | None = None) -> Iterator[IO[str]]:
    """A stream to write a command's whole output to; on leaving, the output is paged if it needs
    to be. Where no pager can apply (none set, or not a terminal) it is `stream` itself, so output
    still streams, as in a pipe. If the body raises, what was collected is written out directly.
    """
    out = sys.stdout if stream is None else stream
    if not pager or not _is_terminal(out):
        yield out
        return
    buffer = TerminalBuffer(out)
    try:
        yield buffer
    except BaseException:
        out.write(buffer.getvalue())
        out.flush()
        raise
    if buffer.getvalue():
        page(buffer.getvalue(), pager, stream=out)


def run_pager(
    text: str, pager: str, stream: IO[str], environ: Mapping[str, str] | None = None
) -> bool:
    """Show `text` through `pager`; False if the pager could not be started (nothing was shown)."""
    import shlex
    import signal
    import subprocess

    problem = pager_problem(pager)
    if problem is not None:  # said, as git says it, then printed directly (newcomer26 F14)
        _say(f"{problem}; printed directly")
        return False
    argv = shlex.split(pager)
    env = dict(os.environ if environ is None else environ)
    for name, value in PAGER_ENV.items():
        env.setdefault(name, value)
    stream.flush()
    try:
        process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=stream.fileno(), env=env)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        _say(f"the pager ({_shown(argv[0])}) could not be started: {reason}; printed directly")
        return False
    # Ctrl-C belongs to the pager while it runs (less uses it to stop a search), as in git.
    previous = _ignore_interrupts()
    try:
        assert process.stdin is not None  # stdin=PIPE
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            from backcare.output.ascii import register

            process.stdin.write(text.encode(encoding, errors=register()))
        except BrokenPipeError:
            pass  # the person quit the pager before reading everything: that is fine
        finally:
            with contextlib.suppress(OSError):  # BrokenPipeError again if it quit early
                process.stdin.close()
        process.wait()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if process.returncode != 0:
        # a pager that started and then failed, or was killed, showed nothing anyone can rely
        # on (PAGER=false exits 1 unread): the text is written directly, with one line saying
        # why, rather than lost behind exit 0. A person quitting less with q exits 0.
        how = (
            f"was killed by signal {-process.returncode}"
            if process.returncode < 0
            else f"exited with status {process.returncode}"
        )
        _say(f"the pager ({_shown(argv[0])}) {how}; printed directly")
        return False
    return True


def pager_problem(pager: str) -> str | None:
    """Why `pager` (a command line from a setting) cannot be run, or None: its quotes do not
    close, it is empty, or its program is not found. `backcare config` says it too."""
    import shlex
    import shutil

    try:
        argv = shlex.split(pager)
    except ValueError:
        return f"the pager ({_shown(pager)}) is no command line: its quotes do not close"
    if not argv:
        return "the pager setting names no command"
    if shutil.which(argv[0]) is None:
        return f"the pager ({_shown(argv[0])}) was not found"
    return None


def _say(problem: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"backcare: {problem}\n")
        sys.stderr.flush()


def _shown(name: str) -> str:
    """A pager's name on one line, its control characters escaped (it comes from a setting)."""
    return name.encode("unicode_escape").decode("ascii") if not name.isprintable() else name


def _ignore_interrupts() -> signal._HANDLER | None:
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, signal.SIG_IGN)
