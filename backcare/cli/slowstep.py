"""A line on stderr when a step the user waits for runs longer than a few seconds.

`validate` of a 912-entry pack took 14 s on a busy machine with nothing on the screen
(newcomer29 F15): its check of competing questions asks each entry's question against the
others. A timer says what is being done once SLOW_AFTER has passed, on a terminal only: a
pipe's reader (a script, CI) gets the report alone, and a quick run says nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from backcare.hints import TextIO

SLOW_AFTER = 3.0  # seconds: `validate` of the bundled pack takes well under it


@contextlib.contextmanager
def said_if_slow(stream: TextIO | None, line: str, *, terminal: bool) -> Iterator[None]:
    """While the body runs, `line` written once on `stream` (stderr) if it is still running after
    SLOW_AFTER seconds and `stream` is a terminal; never afterwards (the timer is stopped, and a
    line being written is finished, before the body's output follows)."""
    if stream is None or not terminal:
        yield
        return
    import threading

    writing = threading.Lock()
    done = threading.Event()

    def say() -> None:
        with writing:
            if done.is_set():
                return
            with contextlib.suppress(OSError, ValueError):  # stderr gone: the step goes on
                stream.write(line + "\n")
                stream.flush()

    try:
        with run_after(SLOW_AFTER, say):
            yield
    finally:
        with writing:
            done.set()


@contextlib.contextmanager
def run_after(seconds: float, action: Callable[[], None]) -> Iterator[None]:
    """While the body runs, `action` called once on a timer thread after `seconds`; never once the
    body has ended (the timer is cancelled first). The thread is a daemon: a run that ends, or is
    killed, never waits for it. (said_if_slow's line, and cli/notices.py's notices told early.)"""
    import threading

    timer = threading.Timer(seconds, action)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
