"""Lines that arrive together at the prompt are one message (newcomer20 F1).

A terminal hands a paste over as the lines it holds, one after another. Read a line at a time,
"my flatmate hurt his back yesterday and now he" / "cant wee at all and his legs feel weak"
pasted together got a self-care answer for the first line above the emergency the second
completed. The prompt now reads them as the one message they are: GNU readline's bracketed paste
(turned on by interactive.setup_readline; CPython turns it off) hands a paste over whole, its lines
in one string, after Enter; where the terminal does not mark pastes, or readline is not used (a
dumb terminal), the lines already waiting in the terminal's input when a line is read arrived with
it: a person types one line at a time, and nobody has typed the next one within PASTE_GAP of
pressing Enter, so a line typed alone is answered at once, as before. Commands among the lines
(`quit`, `2`, `:topics`) keep their meaning and split the message around them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

PASTE_GAP = 0.005  # seconds a paste's next piece may take to arrive after the line read
MORE = "     ...> "  # the prompt's width: shown before each line read with the one above it


def arrived_with() -> list[str]:
    """The lines that arrived with the line just read from the terminal: none when stdin is no
    terminal or nothing waits."""
    return typed_ahead(wait=PASTE_GAP)


def parts(lines: Sequence[str], command: Callable[[str], bool]) -> list[list[str]]:
    """`lines` that arrived together, as the parts to act on in order: each run of lines that are
    no `command` is one message (its blank lines kept inside it), and each command a part alone."""
    found: list[list[str]] = []
    message: list[str] = []
    for line in lines:
        if not command(line):
            message.append(line)
            continue
        if message:
            found.append(message)
            message = []
        found.append([line])
    if message:
        found.append(message)
    return found


def message_text(lines: Sequence[str]) -> str:
    """A message of several lines as the one question it is: its lines' words, joined as the
    batch joins wrapped lines (wrapped.py), blank lines dropped."""
    return " ".join(line.strip() for line in lines if line.strip())


AHEAD_BYTES = 1 << 20  # what a paste can hold; more is left where it is


def typed_ahead(wait: float = 0) -> list[str]:
    """The lines waiting in the terminal's input, read waiting at most `wait` seconds for each
    next piece: none when stdin is no terminal or nothing waits."""
    import os
    import sys

    if sys.platform == "win32" or sys.stdin is None:  # pragma: no cover - no select on a console
        return []
    import select

    try:
        fd = sys.stdin.fileno()
        if not os.isatty(fd):
            return []
        chunks: list[bytes] = []
        while sum(map(len, chunks)) < AHEAD_BYTES and select.select([fd], [], [], wait)[0]:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
    except (OSError, ValueError):
        return []
    return b"".join(chunks).decode("utf-8", "replace").splitlines()
