"""The output environment: streams, terminal facts and the output mode, decided once per run.

Like httpie's `Environment`, everything that depends on where output goes is read here and nowhere
else: whether stdout/stderr are terminals, the width, colour, and so which view (plain, JSON, Rich)
prints the results. Tests build an `Environment` directly with their own streams.
"""

from __future__ import annotations

import enum
import os
import sys
from typing import IO, Any, TextIO

from backcare.namedtuple import NamedTuple

# Prose is capped at a readable measure on wide terminals; a narrow one is laid out at its own
# width (a panel wider than the screen wraps every line and its borders break), down to MIN_WIDTH:
# narrower, a panel cuts its title ("EMERGENCY") and at 4 columns showed only its borders.
MAX_WIDTH = 100
MIN_WIDTH = 16


class Mode(enum.Enum):
    RICH = "rich"
    PLAIN = "plain"
    JSON = "json"


def choose_mode(*, json_output: bool, plain: bool, color: str, is_terminal: bool) -> Mode:
    """JSON if asked; plain if asked or if stdout is not a terminal (unless --color always)."""
    if json_output:
        return Mode.JSON
    if plain or (not is_terminal and color != "always"):
        return Mode.PLAIN
    return Mode.RICH


class ViewOptions(NamedTuple):
    """How results are shown, whatever the mode."""

    explain: bool = False
    with_question: bool = False
    show_answer: bool = False  # print the FAQ answer even under an emergency notice
    batch: bool = False
    region: str | None = None  # whose emergency numbers a red-flag notice gives (None: all)


class Environment(NamedTuple):
    stdout: TextIO
    stderr: TextIO
    stdout_is_terminal: bool
    stderr_is_terminal: bool
    mode: Mode
    color: str  # auto | always | never
    width: int
    options: ViewOptions = ViewOptions()

    @classmethod
    def detect(
        cls,
        *,
        json_output: bool = False,
        plain: bool = False,
        color: str = "auto",
        options: ViewOptions | None = None,
    ) -> Environment:
        """The environment of this process: its real streams and terminal."""
        if sys.stdout is None:
            from backcare.errors import StreamError

            raise StreamError("cannot write output (standard output is closed)")
        from backcare.output.streams import quiet  # stderr never changes the exit code

        stdout, stderr = sys.stdout, quiet(usable(sys.stderr))
        terminal = is_terminal(stdout)
        return cls(
            stdout=stdout,
            stderr=stderr,
            stdout_is_terminal=terminal,
            stderr_is_terminal=is_terminal(stderr),
            mode=choose_mode(
                json_output=json_output, plain=plain, color=color, is_terminal=terminal
            ),
            color=color,
            width=layout_width(),
            options=options or ViewOptions(),
        )


def layout_width() -> int:
    """The terminal's width (COLUMNS wins when it is a positive number), capped for reading.

    What shutil.get_terminal_size(fallback=(80, 24)) reports, read without importing shutil (its
    archive modules cost about 4 ms of every run's start-up)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return max(MIN_WIDTH, min(columns, MAX_WIDTH))


def usable(stream: TextIO | None) -> TextIO:
    """A closed stderr (fd closed at start, so Python made it None) becomes a sink: messages are
    lost but the exit code still tells."""
    if stream is None:
        from pathlib import Path

        return Path(os.devnull).open("w", encoding="utf-8")
    return stream


def is_terminal(stream: IO[Any] | None) -> bool:
    """Whether a stream is a terminal: the one test every layer asks (the CLI of stdin, the
    environment of stdout and stderr, the pager). A missing, closed or odd stream is not one."""
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False
