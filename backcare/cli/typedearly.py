"""Lines typed at the prompt while a large pack opens, their notices told as they come (hostile16 F5).

`backcare --faq big.json` builds the pack's index before the prompt reads a line: seconds. A line
typed meanwhile waited in the terminal unread, its notice came only after the build, and a Ctrl-C
during the build lost it (the terminal drops its unread input on Ctrl-C). `ask` tells a question's
notices early (notices.told_early); the prompt does the same for what is typed: once EARLY_AFTER has
passed, each whole line the terminal hands over is read, its red-flag notices (the check alone: no
pack needed) go to stderr at once, and the session handles the lines first, as typed, when the
pack is open (their notices then come again with their answers, as `ask`'s do).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TextIO

from backcare.cli.notices import EARLY_AFTER, flagged, kept_notices, write_lines
from backcare.cli.status import Exit


@contextlib.contextmanager
def lines_typed_while(
    stream: TextIO | None,
    region: str | None,
    described: list[Exit],
    read: Callable[[], list[str]] | None = None,
    fd: int | None = None,
) -> Iterator[list[str]]:
    """While the body runs (the pack opening), the lines typed at the terminal, read and checked
    as they come (see the module); the list holds them, for the session to handle first.
    `read`/`fd`: the terminal's typed lines (pasted.typed_ahead) and its descriptor."""
    typed: list[str] = []
    if fd is None:
        fd = _terminal()
    if fd is None:
        yield typed
        return
    if read is None:
        from backcare.cli.pasted import typed_ahead

        read = typed_ahead
    wake, woken = os.pipe()
    done = threading.Event()

    def watch() -> None:
        import select

        told: dict[str, None] = {}
        if done.wait(EARLY_AFTER):
            return
        while not done.is_set():
            try:
                ready = select.select([fd, wake], [], [])[0]
            except (OSError, ValueError):
                return
            if wake in ready:
                return
            new = read()
            if not new:
                return  # the terminal closed (end of input): the session reads it so
            typed.extend(new)
            with contextlib.suppress(Exception):  # a copy: the answers say it again
                lines: dict[str, None] = {}
                for _ in kept_notices(flagged(new, described), lines, region):
                    pass
                write_lines(stream, [line for line in lines if line not in told])
                told.update(lines)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield typed
    finally:
        done.set()
        os.write(woken, b"x")
        watcher.join()
        os.close(wake)
        os.close(woken)


def _terminal() -> int | None:
    """Standard input's descriptor when it is a terminal, else None."""
    if sys.platform == "win32" or sys.stdin is None:  # pragma: no cover - no select on a console
        return None
    try:
        fd = sys.stdin.fileno()
    except (OSError, ValueError):
        return None
    return fd if os.isatty(fd) else None
