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
    required argument in braces (`{QUESTION...}`, read out as "left brace ... right brace")."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, _BRACED.sub(r"\1", args), prefix)


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
