"""The output environment: streams, terminal facts and the output mode, decided once per run.

Like httpie's `Environment`, everything that depends on where output goes is read here and nowhere
else: whether stdout/stderr are terminals, the width, colour, and so which view (plain, JSON, Rich)
prints the results. Tests build an `Environment` directly with their own streams.
"""

from __future__ import annotations

import enum
import os
import sys

from backcare.hints import IO, Any, TextIO
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


def choose_mode(
    *, json_output: bool, plain: bool, color: str, is_terminal: bool, dumb: bool = False
) -> Mode:
    """JSON if asked; plain if asked, or if stdout is not a terminal or is a dumb one (unless
    --color always)."""
    if json_output:
        return Mode.JSON
    if plain or ((not is_terminal or dumb) and color != "always"):
        return Mode.PLAIN
    return Mode.RICH


def dumb_terminal() -> bool:
    """TERM=dumb: a terminal that cannot draw (Emacs's shell, a screen reader's console, some
    CI). It gets the plain layout, as a pipe does (newcomer17 F3: boxes, bars and tree glyphs,
    each wrapped line framed by a border a braille display showed), and no pager."""
    return os.environ.get("TERM") == "dumb"


class ViewOptions(NamedTuple):
    """How results are shown, whatever the mode."""

    explain: bool = False
    with_question: bool = False
    show_answer: bool = False  # print the FAQ answer even under an emergency notice
    batch: bool = False
    region: str | None = None  # whose emergency numbers a red-flag notice gives (None: all)
    # notice lines already told on this same terminal (on stderr while the pack opened): not
    # said again on stdout (newcomer17 F6: a screen reader heard each emergency twice)
    told: frozenset[str] = frozenset()
    # `ask --json`: each pack searched and the SHA-256 of its file (None: unreadable), as
    # `config --json` names them, so a script's record says what answered (cli.provenance)
    packs: tuple[tuple[str, str | None], ...] = ()


class Environment(NamedTuple):
    stdout: TextIO
    stderr: TextIO
    stdout_is_terminal: bool
    stderr_is_terminal: bool
    mode: Mode
    color: str  # auto | always | never
    width: int
    options: ViewOptions = ViewOptions()
    # plain output that a person reads on a terminal (--plain, BACKCARE_PLAIN, TERM=dumb): the
    # whole of what the boxed view shows, as lines (newcomer17 F4); in a pipe plain output stays
    # the answer text only, which scripts read
    linear: bool = False
    # the terminal layout may be drawn on stderr (a progress bar and its cursor moves): not under
    # --plain, nor on a dumb terminal, nor with no colour (`never` writes no escape code at all)
    drawn: bool = True

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
        terminal, dumb = is_terminal(stdout), dumb_terminal()
        mode = choose_mode(
            json_output=json_output, plain=plain, color=color, is_terminal=terminal, dumb=dumb
        )
        return cls(
            stdout=stdout,
            stderr=stderr,
            stdout_is_terminal=terminal,
            stderr_is_terminal=is_terminal(stderr),
            mode=mode,
            color=color,
            width=layout_width(),
            options=options or ViewOptions(),
            linear=mode is Mode.PLAIN and terminal,
            drawn=not plain and color != "never" and (color == "always" or not dumb),
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
        # stdout's terminal, else the one stderr or stdin is on: `topics --color always | less -R`
        # is read on that terminal, and was laid out at 80 columns on a 60-column one, every
        # long line wrapped by less inside a word (newcomer24 F15; shells rarely export COLUMNS)
        for stream in (sys.__stdout__, sys.__stderr__, sys.__stdin__):
            try:
                columns = os.get_terminal_size(stream.fileno()).columns  # type: ignore[union-attr]
            except (AttributeError, ValueError, OSError):
                continue
            if columns > 0:
                break
        columns = columns or 80
    return max(MIN_WIDTH, min(columns, MAX_WIDTH))


# click lays --help out at the terminal's width less 2 columns, but never under 50: a 40-column
# terminal then broke its lines itself, inside words and ids (newcomer22 F4)
CLICK_HELP_FLOOR = 50


def help_width() -> int | None:
    """The width --help is laid out at on a terminal narrower than click's floor allows: the
    width less 2 columns, as click does for wider ones (None: click's own choice)."""
    width = layout_width() - 2
    return width if width < CLICK_HELP_FLOOR else None


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


def same_terminal(env: Environment) -> bool:
    """Whether stdout and stderr are one terminal, so a reader sees both streams as one: what one
    tells, the other need not repeat. Any other pairing (a file, a pipe, two terminals) keeps
    each stream whole."""
    if not (env.stdout_is_terminal and env.stderr_is_terminal):
        return False
    try:
        out, err = os.fstat(env.stdout.fileno()), os.fstat(env.stderr.fileno())
    except (AttributeError, OSError, ValueError):
        return False
    return (out.st_dev, out.st_ino, out.st_rdev) == (err.st_dev, err.st_ino, err.st_rdev)
