"""Rich tables of a pack's checks on a terminal: `validate`'s warnings and summary, `validate
--questions`' real questions, and `diff`'s changes. Split from terminal.py (the answers, topics
and entries) by job; like it, imported only on the paths that draw Rich (start-up time), and all
pack and user text enters as `Text` (never markup), escaped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from backcare.output.plain import (
    entries_count,
    pack_summary_lines,
    plural,
    validation_summary,
)
from backcare.output.text import escaped_line, one_line

if TYPE_CHECKING:
    from backcare.packs.packdiff import PackDiff
    from backcare.packs.questions import QuestionsReport
    from backcare.packs.validate import ValidationReport

# Table is imported where used, as in terminal.py.


# warnings listed on a terminal (hostile11: 249,999 of them, a table Rich took minutes to lay
# out); the summary still counts every one, and --plain/--json, for programs, list them all
SHOWN_WARNINGS = 200


# the narrowest terminal the validate summary's table fits unfolded: its longest check (48
# characters), the count's column and the borders
SUMMARY_TABLE_WIDTH = 64


# the narrowest terminal the warnings' table is laid out on: narrower, its three columns folded a
# kind, an id and a message inside cells a dozen characters wide ("duplicate-ques" / "tion",
# "park-clini" / "c-2"), a message of 30 words one or two words a line (ux39)
WARNINGS_TABLE_WIDTH = 80


def _print_warnings_listed(console: Console, report: ValidationReport, *, several: bool) -> None:
    """The warnings as a list, on a terminal narrower than WARNINGS_TABLE_WIDTH: a line naming
    each (its kind, the entry, and with several packs the file), its message under it, indented,
    broken between words at the terminal's width, so each reads whole and in order."""
    from backcare.output.wrapping import wrapped

    console.print(Text("Warnings", style="italic"))
    for w in report.warnings[:SHOWN_WARNINGS]:
        where = f"  in {escaped_line(w.pack or '')}" if several else ""
        head = f"{w.kind}  {one_line(w.entry_id) or '-'}{where}"
        console.print(Text(wrapped(head, console.width), style="bold"), soft_wrap=True)
        body = wrapped(f"  {one_line(w.shown())}", console.width, hang="")
        console.print(Text(body), soft_wrap=True)


def print_validation(console: Console, report: ValidationReport, errors: Console) -> None:
    """Schema errors on `errors` (stderr); the warnings of the packs that passed, and a summary,
    on `console`."""
    from rich.table import Table

    for error in report.errors:
        # soft-wrapped, as the plain view writes them: a long path stays whole (CI's temporary
        # directories broke "note: PATH: line 7" after "note:")
        errors.print(Text.assemble(("error: ", "bold red"), escaped_line(error)), soft_wrap=True)
    from backcare.output.plain import marked_notes

    for note in marked_notes(report):
        errors.print(Text.assemble(("note: ", "yellow"), escaped_line(note)), soft_wrap=True)
    pack = report.pack
    if pack is None:
        return
    several = bool(report.packs)
    if report.warnings and console.width < WARNINGS_TABLE_WIDTH:
        _print_warnings_listed(console, report, several=several)
    elif report.warnings:
        listing = Table(title="Warnings", title_justify="left")
        for name in ("kind", "id", "message", *(("pack",) if several else ())):
            listing.add_column(name, overflow="fold")
        for w in report.warnings[:SHOWN_WARNINGS]:
            where = (Text(escaped_line(w.pack or "")),) if several else ()
            listing.add_row(
                w.kind, Text(one_line(w.entry_id) or "-"), Text(one_line(w.shown())), *where
            )
        console.print(listing)
    if report.warnings:
        rest = len(report.warnings) - SHOWN_WARNINGS
        if rest > 0:
            console.print(
                Text(f"... and {rest:,} more; '--plain' and '--json' list them all.", "yellow")
            )
    title = "\n".join(pack_summary_lines(report)) if several else None
    heading = Text(title or f"{escaped_line(report.path)}: {entries_count(len(pack.entries))}")
    if console.width < SUMMARY_TABLE_WIDTH:
        # newcomer25 F8: narrower, the table folded each check inside its cell, and a screen
        # reader read "│ own question or alias │ 0 │" then "│ does not find the entry │ │", the
        # count inside the phrase; as a list, each count before its check, it reads in order
        # (a borderless grid: a check's wrapped words stay under it, after the count)
        console.print(heading, soft_wrap=True)
        listing = Table.grid(padding=(0, 2))
        listing.add_column(justify="right")
        listing.add_column()
        for label, count in validation_summary(report.warnings):
            listing.add_row(Text(str(count), style="yellow" if count else "green"), label)
        console.print(listing)
    else:
        print_table_heading(console, heading)
        summary = Table()
        summary.add_column("check")
        summary.add_column("warnings", justify="right")
        for label, count in validation_summary(report.warnings):
            summary.add_row(label, Text(str(count), style="yellow" if count else "green"))
        console.print(summary)
    count = len(report.warnings)
    imported = report.import_notes
    lossy = len(report.import_warnings)
    notes = f"{imported} import {'note' if imported == 1 else 'notes'}"
    verdict = (
        Text(f"{report.error_count} {'error' if report.error_count == 1 else 'errors'}.", "red")
        if report.error_count
        else Text("No problems found.", style="green")
        if not count and not imported
        else Text(f"No problems found; {notes}, routine (page furniture dropped).", "green")
        if not count and not lossy
        else Text(f"{count} {'warning' if count == 1 else 'warnings'}.", style="yellow")
        if not imported
        else Text(
            f"{count} {'warning' if count == 1 else 'warnings'}, {notes} (what importing "
            f"dropped or changed; {lossy} may have lost or misread content: marked [check]).",
            style="yellow",
        )
    )
    console.print(verdict)


def print_table_heading(console: Console, heading: Text) -> None:
    """A table's heading that names a file, printed above it rather than as its title: a title
    wraps to the table's width and broke a long path mid-name ("secon" / "d.json"); soft-wrapped,
    the terminal wraps it and a copied path stays whole. Styled as Rich styles a title."""
    heading.stylize("table.title")
    console.print(heading, soft_wrap=True)


def print_questions(console: Console, report: QuestionsReport) -> None:
    from rich.table import Table

    print_table_heading(console, Text(f"{escaped_line(report.pack)}: real questions"))
    table = Table()
    # each header says what its column holds (ux31 F14: "score" of what?)
    for name in ("line", "question", "answer (or closest)", "score /100", "red flags"):
        table.add_column(name, overflow="fold")
    for r in report.results:
        entry = Text(one_line(r.entry_id or "-"), style="green" if r.answered else "yellow")
        if not r.answered:
            entry.append(" (no confident answer)", style="dim")
        if r.verdict is not None:  # a labelled question: right, WRONG or dont-know
            from backcare.output.plain import VERDICTS

            entry.append(f" [{VERDICTS[r.verdict]}]", style="bold" if r.verdict == "wrong" else "")
        flags = ", ".join(f"{u}: {rule}" for rule, u in r.red_flags) or "-"
        table.add_row(str(r.line), Text(one_line(r.question)), entry, f"{r.score:.1f}", Text(flags))
    console.print(table)
    summary = report.summary()
    console.print(
        Text(
            f"{summary['questions']} {plural(summary['questions'], 'question')}: "
            f"{summary['answered']} answered "
            f"({summary['answered_share']:.0%} of {summary['questions']}), {summary['unanswered']} without a confident "
            f"answer, {summary['red_flagged']} with red flags."
        )
    )
    if "labelled" in summary:
        from backcare.output.plain import labelled_apart

        console.print(
            Text(
                f"{summary['labelled']} labelled: {summary['right']} right "
                f"({summary['right_share']:.0%} of {summary['labelled']}), {summary['wrong']} "
                "confidently wrong, "
                f"{summary['dont_know']} honest don't-know{labelled_apart(summary)}."
            )
        )


def print_pack_diff(console: Console, report: PackDiff) -> None:
    """The changes as a table (kind, id, what), then the summary line."""
    from rich.table import Table

    from backcare.output.plain import change_text, diff_summary

    if report.changes:
        table = Table(title=Text("Changes"), title_justify="left")
        for name in ("change", "id", "what"):
            table.add_column(name, overflow="fold")
        for c in report.changes:
            shown = one_line(c.id) if c.id is not None else "(the pack)"
            table.add_row(c.kind, Text(shown), Text(change_text(c)))
        console.print(table)
    console.print(Text(diff_summary(report) + "."))
