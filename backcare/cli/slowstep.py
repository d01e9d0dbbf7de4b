"""A line on stderr when a step the user waits for runs longer than a few seconds.

`validate` of a 912-entry pack took 14 s on a busy machine with nothing on the screen
(newcomer29 F15): its check of competing questions asks each entry's question against the
others. A timer says what is being done once SLOW_AFTER has passed, on a terminal only: a
pipe's reader (a script, CI) gets the report alone, and a quick run says nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

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

    timer = threading.Timer(SLOW_AFTER, say)
    timer.daemon = True  # a run that ends (or is killed) never waits for it
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with writing:
            done.set()
