"""Rich's layout without rich.console: the few pieces `ask` draws on a terminal (issue 17).

Importing rich.console and rich.panel costs about 34 ms of CPU, a third of a Rich `ask`'s cold
start; this module draws the same bytes from rich.cells and rich._wrap alone (cell widths and
word breaks are Rich's own functions, so they cannot drift), and a text of characters every one
of Rich's Unicode tables draws one cell wide (`ONE_CELL`: an English answer's) without importing
rich at all: `import rich` alone imports typing, and with rich.cells, its width table and
rich._wrap it cost ~37 million instructions, 8% of a Rich `ask` (issue 17). For such a text Rich's
cell_len is len, its set_cell_size a crop or a pad, and its divide_line the same walk over the
same words (`_breaks`); tests/test_drawn.py checks them against Rich's own functions and each
character of ONE_CELL against every table Rich has. It models exactly what Rich does
for `Text` (spans, divide, rstrip_end, truncate, render), `Panel` (box, title, padding (0, 1))
and the grid of a list item; anything else returns None and the caller uses Rich
(backcare/output/quick.py). tests/test_drawn.py compares both renderers on random answers.

Text arrives already through `sanitize`/`one_line` (the callers are terminal.py's own
builders' counterparts): nothing here reads markup, and a text holding a character Rich
itself would treat specially (a tab, a control code) is not drawn here at all.
"""

from __future__ import annotations

import itertools
import os
import re
import sys

from backcare.hints import TextIO
from backcare.namedtuple import NamedTuple

# a style: (attribute codes in Rich's order, foreground code, background code)
Style = tuple[tuple[str, ...], str, str]
_ATTRS = {"bold": "1", "dim": "2", "italic": "3"}
_COLORS = {"black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "cyan": 6, "white": 7}
_WHITESPACE_END = re.compile(r"\s+$")
# characters Rich's Text strips or expands (strip_control_codes, tabs): not drawn here
_SPECIAL = re.compile(r"[\x00-\x1f\x7f]")
# one cell wide in every Unicode table of Rich: printable ASCII, Latin-1's printable characters
# but the soft hyphen, Latin Extended-A and -B, the IPA letters and spacing modifiers, box drawing,
# block elements and geometric shapes (the confidence bar, the panels' borders): Rich's own
# single-cell ranges; and General Punctuation's dashes, quotes, bullets and ellipsis
# (U+2010-U+2027: no zero-width or line-separating character among them)
ONE_CELL = frozenset(
    map(
        chr,
        itertools.chain(
            range(0x20, 0x7F),
            range(0xA0, 0xAD),
            range(0xAE, 0x300),
            range(0x2010, 0x2028),
            range(0x2500, 0x25FD),
        ),
    )
)
_one_cell = ONE_CELL.issuperset
# a word and the blanks after it, as rich._wrap.words reads a line
_WORD = re.compile(r"\s*\S+\s*")


def style(name: str) -> Style:
    """A Rich style name ("bold white on red") as codes: only the words this module uses."""
    attrs: list[str] = []
    fg = bg = ""
    words = name.split()
    for i, word in enumerate(words):
        if word in _ATTRS:
            attrs.append(_ATTRS[word])
        elif word in _COLORS and i and words[i - 1] == "on":
            bg = str(40 + _COLORS[word])
        elif word in _COLORS:
            fg = str(30 + _COLORS[word])
        elif word != "on":
            raise ValueError(f"style word {word!r} is not drawn here")
    return tuple(sorted(set(attrs))), fg, bg


def combine(styles: list[Style]) -> Style:
    """Styles laid over each other in order (Rich's Style.combine: a later colour wins)."""
    attrs: set[str] = set()
    fg = bg = ""
    for a, f, b in styles:
        attrs.update(a)
        fg, bg = f or fg, b or bg
    return tuple(sorted(attrs)), fg, bg


class Look(NamedTuple):
    """How styles are written: `color` False drops colours and keeps bold, dim and italic
    (NO_COLOR); `plain` True writes no escape code at all (no colour system)."""

    color: bool = True
    plain: bool = False

    def paint(self, text: str, st: Style | None) -> str:
        if st is None or self.plain or not text:
            return text
        attrs, fg, bg = st
        codes = ";".join((*attrs, fg, bg) if self.color else attrs)
        codes = ";".join(c for c in codes.split(";") if c)
        return f"\x1b[{codes}m{text}\x1b[0m" if codes else text


def look(color: str, file: TextIO) -> Look | None:
    """What rich.console.Console, made as terminal.make_console makes it, would write with, or
    None where this module does not stand in for it (an ASCII stream draws ASCII boxes, Windows,
    IDLE, Jupyter)."""
    import builtins

    if sys.platform == "win32" or hasattr(builtins, "get_ipython"):
        return None
    if not (getattr(file, "encoding", None) or "utf-8").lower().startswith("utf"):
        return None
    if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return None
    env = os.environ
    terminal = True if color == "always" else _is_terminal(file)
    if terminal and env.get("TERM", "").lower() in ("dumb", "unknown"):
        return None  # Rich lays a dumb terminal out at 80 columns, whatever it was told
    if not terminal or color == "never":
        return Look(plain=True)
    no_color = False if color == "always" else env.get("NO_COLOR", "") != ""
    return Look(color=not no_color)


def _is_terminal(file: TextIO) -> bool:
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force != ""
    try:
        return bool(file.isatty())
    except (AttributeError, ValueError):
        return False


def cell_len(text: str) -> int:
    """The cells `text` takes on a terminal, as Rich counts them."""
    if _one_cell(text):
        return len(text)
    from rich.cells import cell_len as cells  # a character Rich's tables measure

    return cells(text)


def _set_cell_size(text: str, total: int) -> str:
    """rich.cells.set_cell_size: `text` cropped or padded with blanks to `total` cells."""
    if total > 0 and _one_cell(text):
        return text + " " * (total - len(text)) if len(text) < total else text[:total]
    from rich.cells import set_cell_size

    return set_cell_size(text, total)


def _divide_line(text: str, width: int, fold: bool) -> list[int]:
    """rich._wrap.divide_line: where the line `text` breaks to fit `width` cells."""
    breaks = _breaks(text, width) if _one_cell(text) else None
    if breaks is not None:
        return breaks
    from rich._wrap import divide_line

    return divide_line(text, width, fold=fold)


def _breaks(text: str, width: int) -> list[int] | None:
    """divide_line of a text of ONE_CELL characters (a cell a character), or None when a word
    is wider than a line (Rich folds or crops it: its own function does)."""
    breaks: list[int] = []
    offset = 0
    for found in _WORD.finditer(text):
        word = found.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            return None
        elif offset and found.start():
            breaks.append(found.start())
            offset = len(word)
    return breaks


Row = list[tuple[str, "Style | None"]]  # a line's segments: text and style (None: unstyled)


class Span(NamedTuple):
    start: int
    end: int
    style: Style


class Text:
    """Rich's Text as far as `ask` uses it: plain text and styled spans, the base style kept as
    the first span (as Text.join makes it when a line is rendered)."""

    def __init__(self, plain: str = "", st: Style | None = None) -> None:
        self.plain = plain
        self.spans: list[Span] = [Span(0, len(plain), st)] if st and plain else []

    def append(self, text: str | Text, st: Style | None = None) -> Text:
        offset = len(self.plain)
        if isinstance(text, Text):
            self.plain += text.plain
            self.spans += [Span(s + offset, e + offset, t) for s, e, t in text.spans]
        elif text:
            self.plain += text
            if st:
                self.spans.append(Span(offset, offset + len(text), st))
        return self

    def divide(self, offsets: list[int]) -> list[Text]:
        bounds = [0, *offsets, len(self.plain)]
        lines = []
        for start, end in itertools.pairwise(bounds):
            line = Text(self.plain[start:end])
            for s, e, t in self.spans:
                new_start, new_end = max(0, s - start), min(e - start, end - start)
                if new_end > new_start:
                    line.spans.append(Span(new_start, new_end, t))
            lines.append(line)
        return lines

    def crop(self, length: int) -> None:
        """The first `length` characters (Rich's right_crop and _trim_spans)."""
        self.plain = self.plain[:length]
        self.spans = [
            span if span.end < length else Span(span.start, min(length, span.end), span.style)
            for span in self.spans
            if span.start < length
        ]

    def segments(self) -> list[tuple[str, Style | None]]:
        """Rich's Text.render: a segment between any two span edges, styled by every span over
        it, in the spans' order."""
        if not self.spans:
            return [(self.plain, None)] if self.plain else []
        edges = sorted(
            [(0, False, -1)]
            + [(s.start, False, i) for i, s in enumerate(self.spans)]
            + [(s.end, True, i) for i, s in enumerate(self.spans)]
            + [(len(self.plain), True, -1)],
            key=lambda edge: (edge[0], edge[1]),
        )
        stack: list[int] = []
        out: list[tuple[str, Style | None]] = []
        for (offset, leaving, index), (following, _, _) in itertools.pairwise(edges):
            if leaving:
                stack.remove(index)
            else:
                stack.append(index)
            if following > offset:
                styles = [self.spans[i].style for i in sorted(stack) if i >= 0]
                out.append((self.plain[offset:following], combine(styles) if styles else None))
        return out


def wrap(text: Text, width: int, *, fold: bool = True, pad: bool = False) -> list[Text] | None:
    """Rich's Text.wrap (justify 'default', or 'left' with `pad`; overflow 'fold', or 'ellipsis'
    without `fold`), or None for what is not drawn here."""
    if _SPECIAL.search(text.plain.replace("\n", "")):
        return None
    lines: list[Text] = []
    offset = 0
    for part in text.plain.split("\n"):
        piece = Text(part)
        piece.spans = [
            Span(max(0, s - offset), min(e - offset, len(part)), t)
            for s, e, t in text.spans
            if min(e - offset, len(part)) > max(0, s - offset)
        ]
        offset += len(part) + 1
        for line in piece.divide(_divide_line(part, width, fold)):
            excess = len(line.plain) - width
            if excess > 0:
                end = _WHITESPACE_END.search(line.plain)
                if end is not None:
                    line.crop(len(line.plain) - min(len(end.group()), excess))
            size = cell_len(line.plain)
            if size > width:
                if line.spans:
                    return None
                shown = _set_cell_size(line.plain, width - (0 if fold else 1))
                line.plain = shown if fold else shown + "…"
            elif pad and size < width:
                if line.spans:
                    return None
                line.plain += " " * (width - size)
            lines.append(line)
    return lines


def padded(lines: list[Row], width: int) -> list[Row]:
    """Lines filled with blanks to `width` cells (Console.render_lines with pad)."""
    out = []
    for line in lines:
        size = sum(cell_len(text) for text, _ in line)
        if size > width:
            raise Unsupported
        out.append([*line, (" " * (width - size), None)] if size < width else line)
    return out


class Unsupported(Exception):
    """Something Rich lays out in a way this module does not copy: Rich draws it."""


def text_rows(text: Text, width: int) -> list[Row]:
    lines = wrap(text, width)
    if lines is None:
        raise Unsupported
    return [line.segments() for line in lines]


def item_rows(lead: Text, body: str, width: int) -> list[Row]:
    """A list item's grid (terminal._list_item): the lead in its column, the body wrapped in the
    rest (a column's overflow is 'ellipsis': a long word is cut, not folded)."""
    rest = width - len(lead.plain)
    if rest < 2 or not body.strip():
        raise Unsupported
    measure = max(cell_len(line) for line in body.split("\n"))
    lines = wrap(Text(body), min(rest, max(measure, 1)), fold=False, pad=True)
    if lines is None or not lines:
        raise Unsupported
    first = lead.segments()
    blank: Row = [(" " * len(lead.plain), None)]
    return [[*(first if i == 0 else blank), *line.segments()] for i, line in enumerate(lines)]


def panel(body: list[Row], width: int, border: Style, title: Text | None, look: Look) -> list[str]:
    """Rich's Panel (rounded box, padding (0, 1), expanded, title on the left) around rows laid
    out at `width - 4`."""
    top: list[tuple[str, Style | None]]
    if title is None:
        top = [("╭" + "─" * (width - 2) + "╮", border)]
    else:
        # Panel pads the title by a blank each side; its style goes over the border's, which
        # goes over it (stylize_before, then align_text's stylize): one span of the three
        heading = Text(" " + title.plain + " ")
        if len(title.spans) != 1 or title.spans[0][:2] != (0, len(title.plain)):
            raise Unsupported  # a title styled in parts: not one `ask` draws
        if cell_len(heading.plain) > width - 4:
            raise Unsupported
        base = title.spans[0].style
        heading.spans = [Span(0, len(heading.plain), combine([base, border, base]))]
        excess = width - 4 - cell_len(heading.plain)
        top = [("╭─", border), *heading.segments()]
        if excess:
            top.append(("─" * excess, border))
        top.append(("─╮", border))
    lines = [paint_row(top, look)]
    edge = look.paint("│", border)
    for row in padded(body, width - 4):
        lines.append(edge + " " + paint_row(row, look) + " " + edge)
    lines.append(look.paint("╰" + "─" * (width - 2) + "╯", border))
    return lines


def paint_row(row: Row, look: Look) -> str:
    """A row's pieces in their styles, as one line's bytes."""
    return "".join(look.paint(text, st) for text, st in row)


def printed(text: Text, width: int, look: Look, *, soft: bool = False) -> str:
    """Console.print of a Text: wrapped at the console's width, or (`soft`) its lines as they are."""
    if soft:
        if _SPECIAL.search(text.plain.replace("\n", "")):
            raise Unsupported
        lines = text.divide([i + 1 for i, c in enumerate(text.plain) if c == "\n"])
        for line in lines:
            if line.plain.endswith("\n"):
                line.crop(len(line.plain) - 1)
        return "".join(paint_row(trimmed(line.segments()), look) + "\n" for line in lines)
    return "".join(paint_row(trimmed(row), look) + "\n" for row in text_rows(text, width))


def trimmed(row: Row) -> Row:
    """`row` without the unseen spaces at its end, as terminal._Trimmed prints every line:
    spaces with a background colour stay."""
    kept = list(row)
    while kept:
        text, st = kept[-1]
        if st is not None and st[2]:
            break
        rest = text.rstrip(" ")
        if rest:
            kept[-1] = (rest, st)
            break
        kept.pop()
    return kept
