"""Lines that arrive together at the prompt: the messages they hold (newcomer20 F1, codereview20 2).

A terminal hands a paste over as the lines it holds, one after another. Read a line at a time,
"my flatmate hurt his back yesterday and now he" / "cant wee at all and his legs feel weak"
pasted together got a self-care answer for the first line above the emergency the second
completed. GNU readline's bracketed paste (turned on by interactive.setup_readline; CPython turns
it off) hands a paste over whole, its lines in one string, after Enter; where the terminal does
not mark pastes, or readline is not used (a dumb terminal), the lines already waiting in the
terminal's input when a line is read arrived with it: a person types one line at a time, and
nobody has typed the next one within PASTE_GAP of pressing Enter, so a line typed alone is
answered at once, as before.

The lines are read as the batch reads lines that belong together (wrapped.py's `continues` and
`joins`, one reading for both): a line that goes on from the one before it is the same message;
a blank line, or a finished sentence followed by a new one, starts another. Commands among the
lines (`quit`, `2`, `:topics`: promptcommands.command_of, the prompt's own reading) act on their
own. Every message is answered (Session.take); when any of them, or the paste read whole,
describes an emergency, its notice comes first and alone and the other questions are said to be
kept back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from backcare.cli.promptcommands import command_of
from backcare.cli.wrapped import EMERGENCY, WINDOW, continues, joins

if TYPE_CHECKING:
    from backcare.engine.answer import Answer, Engine
    from backcare.engine.safety import RedFlag

PASTE_GAP = 0.005  # seconds a paste's next piece may take to arrive after the line read


def arrived_with() -> list[str]:
    """The lines that arrived with the line just read from the terminal: none when stdin is no
    terminal or nothing waits."""
    return typed_ahead(wait=PASTE_GAP)


def parts(
    lines: Sequence[str], alone: Callable[[str], bool] = lambda line: command_of(line) is not None
) -> list[list[str]]:
    """`lines` that arrived together, as the parts to act on in order: each line acted on
    `alone` a part of its own (a command; the prompt also counts a mistyped command word typed
    alone and `show ID`: Session.alone), and each run of lines between them (blank lines kept)
    one part."""
    found: list[list[str]] = []
    run: list[str] = []
    for line in lines:
        if not alone(line):
            run.append(line)
            continue
        if run:
            found.append(run)
            run = []
        found.append([line])
    if run:
        found.append(run)
    return found


def messages(run: Sequence[str]) -> list[list[str]]:
    """A run of lines that are no command, as its messages in order, each its lines: a line
    that goes on from the one before it (wrapped.continues, joins: as a batch reads them) is in
    its message; any other starts one. A blank line is a part of its own, `[""]` (it ends a
    message, as in a batch, and counts as a line typed)."""
    found: list[list[str]] = []
    message: list[str] = []
    for line in run:
        if not line.strip():
            if message:
                found.append(message)
                message = []
            found.append([""])
            continue
        if message and not (continues(message[-1], line) and joins(message[-(WINDOW - 1) :], line)):
            found.append(message)
            message = []
        message.append(line)
    if message:
        found.append(message)
    return found


def joined_lines(lines: Sequence[str]) -> str:
    """The lines of one message as its text: their words joined with spaces, as wrapped.py
    reads a run of lines that continue each other."""
    return " ".join(line.strip() for line in lines if line.strip())


def paste_notice(answers: Sequence[Answer], engine: Engine) -> tuple[Answer, int] | None:
    """When the answers to a paste's messages, or the paste read whole (its messages a line each,
    as `--input jsonl` reads a message of several lines), describe an emergency: the one answer
    to show, first and alone, and which message's it is (the first that describes one, else the
    last), with every emergency the others or the whole name added to its notices. None when
    none describes one: each message is then answered."""
    from backcare.engine.answer import red_flags
    from backcare.engine.safety import one_per_tier

    if not answers:
        return None
    whole = red_flags("\n".join(a.query for a in answers), engine.safety)
    if not (any(a.emergency for a in answers) or any(_emergency(whole))):
        return None
    at = next((n for n, a in enumerate(answers) if a.emergency), len(answers) - 1)
    shown = answers[at]
    have = {flag.id for flag in shown.red_flags}
    added: dict[str, RedFlag] = {}
    for flag in _emergency([*(f for a in answers for f in a.red_flags), *whole]):
        if flag.id not in have:
            added.setdefault(flag.id, flag)
    if added:
        flags = one_per_tier((*added.values(), *shown.red_flags))
        shown = shown._replace(red_flags=flags, pointer=None, withheld=None)
    return shown, at


def _emergency(flags: Iterable[RedFlag]) -> list[RedFlag]:
    return [flag for flag in flags if flag.urgency == EMERGENCY]


def kept_back(questions: Sequence[str]) -> str:
    """The line under a paste's emergency notice naming the questions pasted with it, not
    answered under it."""
    from backcare.output.text import said

    named = ", ".join(said(question, QUOTED_CHARS) for question in questions)
    return (
        f"Not answered under this emergency notice (pasted with it): {named}. "
        "Get help first; ask again later if you still need to."
    )


QUOTED_CHARS = 60  # of each question kept back, named under the notice


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
