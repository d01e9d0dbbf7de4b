"""The panels the quick renderers share without importing rich: an entry's panel with its
question as the title, a panel's lines, and an answer's rows (quick.QuickView's `ask` and
browsed.py's `show`: one module both import, so neither imports the other)."""

from __future__ import annotations

from backcare.hints import Any
from backcare.output.drawn import Look, Row, Text, cell_len, item_rows, panel, style, text_rows
from backcare.output.text import (
    LIST_ITEM,
    PANEL_FRAME,
    TITLE_FRAME,
    one_line,
    sanitize,
    shown_part,
)
from backcare.packs.schema import Entry

BOLD, CYAN = style("bold"), style("cyan")


def entry_panel(entry: Entry, rows: list[Row], width: int, paint: Look) -> str:
    """terminal.entry_panel around `rows`: the question as its title, or opening it, wrapped,
    when too long for the top border (`ask`'s answer and `show`'s entry: browsed.py)."""
    question = Text(one_line(entry.question), BOLD)
    blue = style("blue")
    if cell_len(question.plain) + TITLE_FRAME <= width:
        return panel_text(rows, width, blue, question, paint)
    rows = [*text_rows(question, width - PANEL_FRAME), [], *rows]
    return panel_text(rows, width, blue, None, paint)


def panel_text(rows: list[Row], width: int, border: Any, title: Text | None, paint: Look) -> str:
    """The panel's lines around `rows`, as Rich's Panel draws them."""
    if title is not None and not title.plain:
        title = None  # Panel draws an empty title as none: a plain top border
    return "".join(line + "\n" for line in panel(rows, width, border, title, paint))


def answer_rows(answer: str, width: int) -> list[Row]:
    """terminal.answer_body's rows."""
    rows: list[Row] = []
    shown, cut = shown_part(sanitize(answer))
    for block in shown.split("\n\n"):
        lines = block.split("\n")
        items = [LIST_ITEM.match(line) for line in lines]
        if all(items):
            for item in items:
                if item is not None:
                    indent, marker, body = item.groups()
                    lead = "  " + indent + ("• " if marker == "- " else marker)
                    rows += item_rows(Text(lead, CYAN), body, width)
        else:
            rows += text_rows(Text(" ".join(lines)), width)
        rows.append([])
    if cut:
        note = f"[{cut:,} more characters not shown here: --plain or --json prints all]"
        rows += text_rows(Text(note, style("dim italic")), width)
    else:
        rows.pop()
    return rows
