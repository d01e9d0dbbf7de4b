"""A typed line on a dumb terminal (TERM=dumb), where readline is off (interactive.setup_readline)
and the terminal's own line editing reads the line (newcomer25 F1, F2).

Python's input() without readline reads with fgets and drops the line's last character
unconditionally, taking it for the line end: Ctrl-D with "heat or ice" typed (the terminal hands
the text over with no line end) asked "heat or ic", after three presses, and the answer began on
the prompt line ("sittingWhy do ... es my back"). Here the line is read from the descriptor, one
read a line as a terminal in canonical mode gives it: a read that ends without a line end was
handed over by Ctrl-D, so the line is asked whole at once, and the answer starts on a new line.
"""

from __future__ import annotations

import os
import sys

from backcare.lazyregex import lazy

# a terminal in canonical mode holds at most this many bytes of a line (Linux's N_TTY: 4095 and
# the line end); a read this long without a line end is the head of a longer line, not Ctrl-D
CANON_BYTES = 4095

# the keys a dumb terminal sends as escapes and cannot act on: the arrows (history, moving in the
# line), Home, End, Delete, in both of their forms (ESC [ and ESC O)
_EDITING_KEY = lazy(r"\x1b(?:\[[0-9;]*[ABCDFHPQRS~]|O[ABCDFH])")

# what an arrow key at the prompt of a dumb terminal gets: what happened and what to do, in a
# person's words (newcomer31 F15: the CLI's "the question is empty (only invisible characters or
# terminal escapes)" came first)
NO_HISTORY = (
    "The arrow keys do nothing here: this terminal (TERM=dumb) has no line editing or history, "
    "so type the question again. For plain output with history, run backcare with your "
    "terminal's usual TERM and BACKCARE_PLAIN=1 (or plain = true in the settings file)."
)


def editing_keys(text: str) -> bool:
    """Whether `text` holds an arrow or editing key's escape (typed on a dumb terminal)."""
    return bool(_EDITING_KEY.search(text))


def only_keys(text: str) -> bool:
    """Whether `text` is arrow or editing keys' escapes and blanks, nothing typed: `ESC O B` (a
    Down arrow in the terminal's application mode) is no CSI, so "OB" stayed as a word to ask."""
    return editing_keys(text) and not _EDITING_KEY.sub("", text).strip()


def terminal_reader() -> bool:
    """Whether read_line can read standard input (a terminal with a descriptor)."""
    try:
        return sys.stdin is not None and os.isatty(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def read_line(prompt: str) -> str:
    """One line typed after `prompt`, without its line end; EOFError on Ctrl-D on an empty line."""
    sys.stdout.write(prompt)
    sys.stdout.flush()
    fd = sys.stdin.fileno()
    data = b""
    while True:
        chunk = os.read(fd, CANON_BYTES + 1)
        if not chunk:  # Ctrl-D on an empty line (or the terminal closed)
            if not data:
                raise EOFError
            break
        data += chunk
        if data.endswith(b"\n"):
            data = data[:-1]
            break
        if len(chunk) < CANON_BYTES:
            # Ctrl-D with words on the line: the terminal handed them over with no line end and
            # echoed none, so the answer would follow on the prompt's line
            sys.stdout.write("\n")
            sys.stdout.flush()
            break
    encoding = getattr(sys.stdin, "encoding", None) or "utf-8"
    return data.decode(encoding, "replace").removesuffix("\r")
