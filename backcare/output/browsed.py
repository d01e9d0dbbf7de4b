"""`topics` and `show` on a terminal without importing rich (issue 17: a Rich `topics` or `show`
paid ~35 ms of rich.console, rich.tree and rich.table imports, and `topics` the whole red-flag
engine besides, through terminal.py's imports, for a tree or a panel).

The same bytes as terminal.print_topics, print_entry and print_withheld, drawn with drawn.py:
the tree is Rich's Tree (guides of four cells, each label wrapped in what the guides leave), the
entry's details Rich's two-column grid (Table.grid(padding=(0, 2)): its widths measured and
collapsed as Table measures and collapses them). A layout this module does not copy (a grid Rich
would shrink in both columns, a character Rich treats specially) raises drawn.Unsupported and
quick.QuickView hands the run to terminal.RichView. tests/test_browsed.py compares both renderers
on random packs, widths and colour settings.
"""

from __future__ import annotations

from backcare.hints import TYPE_CHECKING
from backcare.output.drawn import (
    Look,
    Row,
    Span,
    Text,
    Unsupported,
    cell_len,
    printed,
    style,
    wrap,
)
from backcare.output.messages import entry_details, entry_withheld_lines
from backcare.output.text import PANEL_FRAME, one_line

if TYPE_CHECKING:
    from backcare.engine.entryflags import EntryEmergency
    from backcare.packs.schema import Entry, Pack

BOLD, DIM, BOLD_CYAN = style("bold"), style("dim"), style("bold cyan")
# terminal.MAX_TREE_ENTRIES and TREE_INDENT (not imported: terminal.py imports rich.console)
MAX_TREE_ENTRIES = 1_000
TREE_INDENT = 8
# Rich's tree guides (Tree.TREE_GUIDES[0]): a level's blank, its line, a fork, the last fork
SPACE, CONTINUE, FORK, END = "    ", "│   ", "├── ", "└── "
# the grid of an entry's details: the blanks after the label column (Table.grid(padding=(0, 2)))
GAP = 2


def draw_topics(pack: Pack, entries: list[Entry], width: int, paint: Look) -> str:
    """terminal.print_topics (not numbered) as the bytes Rich writes."""
    shown = entries[:MAX_TREE_ENTRIES]
    if any(len(one_line(e.id)) + 2 > width - TREE_INDENT for e in shown):
        out = _topics_flat(pack, entries, width, paint)
    else:
        out = _topics_tree(pack, entries, width, paint)
    if len(entries) > MAX_TREE_ENTRIES:
        note = (
            f"{len(entries):,} entries: 'backcare topics TOPIC' lists one topic, "
            "'--plain' lists all, one per line."
        )
        out += printed(Text(note, DIM), width, paint)
    return out


def _label(topic: str, more: int) -> Text:
    """A topic's name in bold cyan, and how many of its entries are not shown (the label's base
    style covers the note too, as Rich's Text.append keeps it)."""
    label = Text(one_line(topic) or "(no topic)", BOLD_CYAN)
    if more > 0:
        label.append(f"  ({more:,} more not shown)", DIM)
        label.spans[0] = label.spans[0]._replace(end=len(label.plain))
    return label


def _topics_flat(pack: Pack, entries: list[Entry], width: int, paint: Look) -> str:
    """terminal._topics_flat: each topic's name, its questions under it, each id on its own line."""
    from backcare.output.plain import grouped
    from backcare.output.wrapping import wrapped

    out = printed(Text(one_line(pack.title), BOLD), width, paint)
    budget = MAX_TREE_ENTRIES
    for topic, members in grouped(entries).items():
        out += printed(_label(topic, len(members) - budget), width, paint)
        for e in members[:budget]:
            question = Text(wrapped(f"  {one_line(e.question)}", width))
            out += printed(question, width, paint, soft=True)
            out += printed(Text(f"    [{one_line(e.id)}]", DIM), width, paint, soft=True)
        budget = max(0, budget - len(members))
    return out


def _topics_tree(pack: Pack, entries: list[Entry], width: int, paint: Look) -> str:
    """terminal._topics_tree as Rich's Tree draws it: each label wrapped at the width its guides
    leave, the guides before its first line, the guides' continuation before the others."""
    from backcare.output.drawn import paint_row, text_rows, trimmed
    from backcare.output.plain import grouped

    def node(label: Text, first: str, rest: str) -> str:
        rows = text_rows(label, width - len(first))
        lines = [[(first if i == 0 else rest, None), *row] for i, row in enumerate(rows)]
        return "".join(paint_row(trimmed(line), paint) + "\n" for line in lines)

    out = node(Text(one_line(pack.title), BOLD), "", "")
    groups = list(grouped(entries).items())
    budget = MAX_TREE_ENTRIES
    for index, (topic, members) in enumerate(groups):
        last_topic = index == len(groups) - 1
        guide = SPACE if last_topic else CONTINUE
        out += node(_label(topic, len(members) - budget), END if last_topic else FORK, guide)
        kept = members[:budget]
        for i, e in enumerate(kept):
            fork = END if i == len(kept) - 1 else FORK
            body = Text(one_line(e.question)).append(f"  [{one_line(e.id)}]", DIM)
            out += node(body, guide + fork, guide + (SPACE if fork == END else CONTINUE))
        budget = max(0, budget - len(members))
    return out


def draw_entry(entry: Entry, pack: Pack, width: int, paint: Look) -> str:
    """terminal.print_entry as the bytes Rich writes."""
    from backcare.output.panels import answer_rows, entry_panel
    from backcare.output.wrapping import wrapped

    rows = entry_details(entry, pack)
    inner = width - PANEL_FRAME
    if inner < 1:
        raise Unsupported  # Rich draws a panel with no room inside as its border alone
    column = inner - max(len(label) for label, _ in rows) - 2
    if any(len(word) > column for _, value in rows for word in value.split()):
        out = entry_panel(entry, answer_rows(entry.answer, inner), width, paint)
        for label, value in rows:
            line = Text(wrapped(f"{label}: {value}", width))
            if line.plain:  # Rich's Text.stylize of the label and its colon
                line.spans.append(Span(0, min(len(line.plain), len(label) + 1), DIM))
            out += printed(line, width, paint, soft=True)
        return out
    grid = details_rows(rows, inner)
    return entry_panel(entry, [*answer_rows(entry.answer, inner), [], *grid], width, paint)


def _measured(texts: list[str], room: int, extra: int) -> int:
    """The widest a column of `texts` measures (Table._measure_column of Padding-wrapped Text
    cells, `extra` cells of padding each) in `room` cells: its width, 0 for nothing."""
    if room < 1:
        return 0
    widest = 0
    for text in texts:
        if room - extra < 1:
            size = room
        else:
            lines = [cell_len(line) for line in text.splitlines()]
            own = min(max(lines, default=0), room)
            size = min((own if own >= 1 else 0) + extra, room)
        widest = max(widest, size if size >= 1 else 0)
    return min(widest, room)


def details_rows(details: list[tuple[str, str]], width: int) -> list[Row]:
    """Rich's Table.grid(padding=(0, 2)) of (label, value) rows, the labels dim, at most `width`
    cells wide (not expanded): the label column keeps its width and the values wrap in the
    rest; where Rich would narrow the label column too, Unsupported."""
    labels = [label for label, _ in details]
    values = [value for _, value in details]
    widths = [_measured(labels, width, GAP) or 1, _measured(values, width, 0) or 1]
    excess = sum(widths) - width
    if excess > 0:
        if widths[1] - widths[0] < excess:
            raise Unsupported  # Table._collapse_widths would narrow both columns
        widths[1] -= excess
        widths = [_measured(labels, widths[0], GAP), _measured(values, widths[1], 0)]
    first, second = widths
    if first - GAP < 1 or second < 1:
        raise Unsupported
    out: list[Row] = []
    for label, value in details:
        left = wrap(Text(label), first - GAP, fold=False, pad=True)
        right = wrap(Text(value), second, fold=False, pad=True)
        if left is None or right is None:
            raise Unsupported
        lefts: list[Row] = [[(line.plain, DIM), (" " * GAP, DIM)] for line in left]
        rights: list[Row] = [[(line.plain, None)] for line in right]
        height = max(len(lefts), len(rights))
        lefts += [[(" " * first, DIM)]] * (height - len(lefts))
        rights += [[(" " * second, None)]] * (height - len(rights))
        out += [[*a, *b] for a, b in zip(lefts, rights, strict=True)]
    return out


def draw_withheld(
    found: EntryEmergency, region: str | None, contact: str, hint: str, width: int, paint: Look
) -> str:
    """terminal.print_withheld: the lines said in place of the entry, in bold."""
    lines = entry_withheld_lines(found, region, contact, hint)
    return "".join(printed(Text(line, BOLD), width, paint) for line in lines)
