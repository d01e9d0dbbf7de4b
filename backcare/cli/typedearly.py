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


# what a first Ctrl-C while the pack opens says: the prompt comes when the pack is open
OPENING_INTERRUPTED = (
    "backcare: Ctrl-C: lines typed so far are cancelled; the FAQ pack is still opening "
    "(first use only), and the prompt follows. Press Ctrl-C again to leave."
)


@contextlib.contextmanager
def first_interrupt_cancels(typed: list[str], stream: TextIO | None) -> Iterator[None]:
    """While the body runs (a pack's first index build, seconds), a first Ctrl-C cancels the lines
    typed so far, not the session (newcomer24 F3: the whole session ended, exit 130, nothing said)
    and says so; a second one stops the run as Ctrl-C does. The lines' notices were told as they
    came (lines_typed_while), and the exit status keeps any emergency, so cancelling loses none.
    Only in the main thread, where a signal handler can be set."""
    import signal

    if threading.current_thread() is not threading.main_thread() or signal.getsignal(
        signal.SIGINT
    ) in (signal.SIG_IGN, None):  # ignored (a job started in the background): left so
        yield
        return
    pressed = [0]

    def interrupted(signum: int, frame: object) -> None:
        pressed[0] += 1
        if pressed[0] > 1:
            raise KeyboardInterrupt
        typed.clear()
        write_lines(stream, ["", OPENING_INTERRUPTED])

    try:
        before = signal.signal(signal.SIGINT, interrupted)
    except (ValueError, OSError):  # pragma: no cover - no signals here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
