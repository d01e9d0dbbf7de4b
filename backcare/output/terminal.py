"""Rich renderers for a terminal. The only module that imports rich (enforced by ruff).

All pack and user text enters as `Text` (never markup), after `sanitize`, so "[bold]" prints literally
and escape sequences cannot reach the terminal. Colour always comes with words (labels) so NO_COLOR
and screen readers lose nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from backcare.engine.answer import Answer
from backcare.engine.match import Match
from backcare.output.plain import (
    DISCLAIMER,
    URGENCY_LABELS,
    grouped,
    matched_text,
    missing_text,
    source_line,
    validation_summary,
)
from backcare.output.text import one_line, sanitize
from backcare.packs.schema import Entry, Pack

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from backcare.packs.validate import Warning

# Table, Tree and Progress are imported where used: `ask` needs none of them (start-up time).

URGENCY_STYLES = {
    "emergency": "bold white on red",
    "urgent": "bold black on yellow",
    "soon": "bold",
}
BORDER = {"emergency": "red", "urgent": "yellow", "soon": "cyan"}


def make_console(color: str = "auto", *, stderr: bool = False, record: bool = False) -> Console:
    return Console(
        stderr=stderr,
        highlight=False,
        emoji=False,
        markup=False,
        record=record,
        force_terminal=True if color == "always" else None,
        no_color=True if color == "never" else None,
    )


def answer_body(text: str) -> Group:
    """An answer's paragraphs and '- ' list items as real bullets."""
    parts: list[RenderableType] = []
    for block in sanitize(text).split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("- ") for line in lines):
            for line in lines:
                parts.append(Text.assemble(("  • ", "cyan"), line[2:]))
        else:
            parts.append(Text(" ".join(lines)))
        parts.append(Text(""))
    return Group(*parts[:-1])


def entry_panel(entry: Entry, footer: RenderableType) -> Panel:
    """An entry as a panel: its question as the title, the answer, then `footer`."""
    return Panel(
        Group(answer_body(entry.answer), Text(""), footer),
        title=Text(one_line(entry.question), style="bold"),
        title_align="left",
        border_style="blue",
    )


def confidence_bar(score: float) -> Text:
    filled = round(score / 10)
    style = "green" if score >= 70 else "yellow" if score >= 45 else "red"
    return Text.assemble(("█" * filled, style), ("░" * (10 - filled), "dim"), f" {score:g}/100")


def flags_panel(answer: Answer) -> list[Panel]:
    panels = []
    for flag in answer.red_flags:
        title = Text(f" {URGENCY_LABELS[flag.urgency]} ", style=URGENCY_STYLES[flag.urgency])
        panels.append(
            Panel(
                Text(f"{one_line(flag.message)} {one_line(flag.action)}"),
                title=title,
                title_align="left",
                border_style=BORDER[flag.urgency],
            )
        )
    return panels


def print_answer(console: Console, answer: Answer, explain: bool = False) -> None:
    for panel in flags_panel(answer):
        console.print(panel)
    best = answer.match
    if best is not None:
        entry = best.entry
        meta = Text.assemble(
            ("Topic: ", "dim"),
            one_line(entry.topic) or "-",
            ("   Confidence: ", "dim"),
            confidence_bar(best.score),
            ("   id: ", "dim"),
            one_line(entry.id),
        )
        console.print(entry_panel(entry, meta))
        related = answer.results[1:]
        if related:
            console.print(Text("Related questions:", style="bold"))
            for m in related:
                console.print(related_line(m))
    if explain:
        console.print(explanation_table(answer))


def related_line(m: Match) -> Text:
    return Text.assemble(
        "  • ", one_line(m.entry.question), (f"  [{one_line(m.entry.id)}, {m.score:g}]", "dim")
    )


def explanation_table(answer: Answer) -> RenderableType:
    from rich.table import Table

    table = Table(title="Why these entries", title_justify="left", expand=False)
    for name in ("#", "id", "score", "words", "chars", "coverage", "matched (word->term field)"):
        table.add_column(name, overflow="fold")
    for rank, m in enumerate(answer.results, 1):
        s = m.signals
        found = matched_text(s)
        if s.missing:
            found += f"; not found: {missing_text(s)}"
        table.add_row(
            str(rank),
            one_line(m.entry.id),
            f"{m.score:g}",
            f"{s.words:.2f}",
            f"{s.chars:.2f}",
            f"{s.coverage:.2f}",
            Text(found),
        )
    notes = [
        Text(f"corrected {one_line(w)!r} -> {f!r}", style="dim")
        for w, f in answer.ranking.corrections
    ]
    return Group(table, *notes)


class AnswerPrinter:
    """Prints answers for `ask` on a terminal: notices and answer on stdout, 'no confident match'
    on stderr, a rule between batch answers, and the disclaimer once at the end."""

    def __init__(self, color: str, explain: bool, batch: bool) -> None:
        self.console = make_console(color)
        self.errors = make_console(color, stderr=True)
        self.explain = explain
        self.batch = batch

    def __call__(self, answer: Answer) -> None:
        if self.batch:
            self.console.rule(Text(one_line(answer.query)[:60]))
        print_answer(self.console, answer, self.explain)
        if answer.match is None:
            print_no_match(self.errors, answer)

    def finish(self) -> None:
        print_disclaimer(self.console)


_progress: Progress | None = None
_task: TaskID | None = None


def index_progress(done: int, total: int) -> None:
    """Progress of a first index build, on stderr; the bar goes away when the build is done."""
    global _progress, _task
    if _progress is None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        _progress = Progress(
            TextColumn("Indexing the FAQ pack (first use only)"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=make_console(stderr=True),
            transient=True,
        )
        _progress.start()
        _task = _progress.add_task("index", total=total)
    assert _task is not None
    _progress.update(_task, completed=done)
    if done >= total:
        _progress.stop()
        _progress = _task = None


def print_no_match(console: Console, answer: Answer) -> None:
    console.print(
        Text.assemble(
            ("No confident match", "bold yellow"), " for ", repr(one_line(answer.query)[:80]), "."
        )
    )
    if answer.results:
        console.print(Text("Did you mean:"))
        for m in answer.results:
            console.print(related_line(m))


def print_disclaimer(console: Console) -> None:
    console.print(Text(DISCLAIMER, style="dim italic"))


def print_topics(console: Console, pack: Pack, entries: list[Entry]) -> None:
    from rich.tree import Tree

    tree = Tree(Text(one_line(pack.title), style="bold"))
    for topic, members in grouped(entries).items():
        branch = tree.add(Text(one_line(topic) or "(no topic)", style="bold cyan"))
        for e in members:
            branch.add(Text.assemble(one_line(e.question), (f"  [{one_line(e.id)}]", "dim")))
    console.print(tree)


def print_entry(console: Console, entry: Entry, pack: Pack) -> None:
    from rich.table import Table

    details = Table.grid(padding=(0, 2))
    details.add_column(style="dim")
    details.add_column()
    details.add_row("Topic", Text(one_line(entry.topic) or "-"))
    if entry.aliases:
        details.add_row("Also asked as", Text("\n".join(one_line(a) for a in entry.aliases)))
    if entry.tags:
        details.add_row("Tags", Text(", ".join(one_line(t) for t in entry.tags)))
    details.add_row("Id", Text(one_line(entry.id)))
    details.add_row("Source", Text(source_line(pack)))
    console.print(entry_panel(entry, details))


def print_validation(console: Console, pack: Pack, warnings: list[Warning]) -> None:
    from rich.table import Table

    if warnings:
        listing = Table(title="Warnings", title_justify="left")
        for name in ("kind", "id", "message"):
            listing.add_column(name, overflow="fold")
        for w in warnings:
            listing.add_row(w.kind, Text(one_line(w.entry_id) or "-"), Text(one_line(w.message)))
        console.print(listing)
    summary = Table(
        title=Text(f"{one_line(pack.path)}: {len(pack.entries)} entries"), title_justify="left"
    )
    summary.add_column("check")
    summary.add_column("warnings", justify="right")
    for label, count in validation_summary(warnings):
        summary.add_row(label, Text(str(count), style="yellow" if count else "green"))
    console.print(summary)
    verdict = (
        Text("No problems found.", style="green")
        if not warnings
        else Text(f"{len(warnings)} warning(s).", style="yellow")
    )
    console.print(verdict)
