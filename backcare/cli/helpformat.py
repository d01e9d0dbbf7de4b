"""--help on a narrow terminal (newcomer22 F4): laid out at the terminal's width, words whole.

Click lays help out at the terminal's width less 2 columns, but never under 50, so a 40-column
terminal broke its lines itself, inside words and ids; and below its floor an option's help is a
column of 13 characters beside its name, in which Click cuts words ("BACKCAR" / "E_PLAIN=1"). Here
(the width is set by app.QuestionFirstGroup from output.environment.help_width), an option's help
goes on the lines under its name, indented, as wide as the terminal leaves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from typer._click import Context
from typer._click.formatting import HelpFormatter, wrap_text

from backcare.output.environment import CLICK_HELP_FLOOR

UNDER = 4  # how far an option's help is indented under its name on a narrow terminal


class SpokenHelpFormatter(HelpFormatter):
    """Click's formatter, with a usage line a screen reader can say (newcomer25 F10): Typer puts a
    required argument in braces (`{QUESTION...}`, read out as "left brace ... right brace"), and
    examples laid out at the terminal's width when it is wide (Click's floor or more): they are
    written to fit 40 columns, which a 120-column terminal showed squeezed into 36 (newcomer26
    F15); a narrow one keeps them as written."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, _BRACED.sub(r"\1", args), prefix)

    def write_text(self, text: str) -> None:
        if self.width >= CLICK_HELP_FLOOR and "\b" in text:
            usable = self.width - self.current_indent
            text = "\n\n".join(
                widened(part, usable) if part.startswith("\b") else part
                for part in text.split("\n\n")
            )
        super().write_text(text)


EXAMPLE_COMMAND = 2  # an example block's indents (app.EPILOG): its commands,
COMMAND_GOES_ON = 4  # a command's continuation after "|" or "\\",
EXAMPLE_SAYS = 6  # and what the command does


def widened(block: str, width: int) -> str:
    """An example block ("\\b", then lines indented as app.EPILOG's) laid out `width` wide: a
    command and its continuation lines on one line when they fit, what it does as one paragraph
    wrapped at the width. Other lines are kept as they are."""
    import textwrap

    out: list[str] = []
    said: list[str] = []  # the description lines being gathered

    def flush() -> None:
        if said:
            lead = " " * EXAMPLE_SAYS
            out.append(
                textwrap.fill(
                    " ".join(said),
                    max(width, 20),
                    initial_indent=lead,
                    subsequent_indent=lead,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
            said.clear()

    for line in block.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if line.strip() and indent >= EXAMPLE_SAYS:
            said.append(line.strip())
            continue
        flush()
        if indent == COMMAND_GOES_ON and out and out[-1].rstrip().endswith(("|", "\\")):
            joined = f"{out[-1].rstrip().removesuffix(chr(92)).rstrip()} {line.strip()}"
            if len(joined) <= width:
                out[-1] = joined
                continue
        out.append(line)
    flush()
    return "\n".join(out)


_BRACED = re.compile(r"\{([A-Z_.]+)\}")


class SpokenHelpContext(Context):
    formatter_class = SpokenHelpFormatter


class NarrowHelpFormatter(SpokenHelpFormatter):
    """Click's formatter, with each definition's text under its term when narrower than Click's
    floor: the same as Click's above it."""

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        if self.width >= CLICK_HELP_FLOOR:
            super().write_dl(rows, col_max, col_spacing)
            return
        indent = " " * (self.current_indent + UNDER)
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}\n")
            if second:
                width = max(self.width - len(indent), 10)
                text = wrap_text(second, width, preserve_paragraphs=True)
                self.write("".join(f"{indent}{line}\n" for line in text.splitlines()))


class NarrowHelpContext(SpokenHelpContext):
    formatter_class = NarrowHelpFormatter
