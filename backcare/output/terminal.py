"""Rich renderers for a terminal. With checked.py (its tables of a pack's checks), the only module
that imports rich (enforced by ruff; drawn.py borrows Rich's cell widths).

All pack and user text enters as `Text` (never markup), after `sanitize`, so "[bold]" prints literally
and escape sequences cannot reach the terminal. Colour always comes with words (labels) so NO_COLOR
and screen readers lose nothing. Width comes from the environment (capped at a readable measure).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import (
    Console,
    ConsoleOptions,
    ConsoleRenderable,
    Group,
    RenderableType,
    RenderHook,
    RenderResult,
)
from rich.panel import Panel
from rich.text import Text

from backcare.engine.answer import Answer
from backcare.engine.match import Match
from backcare.output.checked import (
    print_pack_diff,
    print_questions,
    print_table_heading,
    print_validation,
)
from backcare.output.environment import Environment
from backcare.output.messages import (
    ANSWER_WITHHELD,
    ANSWER_WITHHELD_NONE,
    DISCLAIMER,
    SHOW_ANSWER_HINT,
    SHOW_ENTRY_HINT,
    URGENCY_BORDERS,
    URGENCY_LABELS,
    URGENCY_STYLES,
    covers_line,
    entry_details,
    entry_missing_line,
    entry_withheld_lines,
    not_english_lead,
    not_english_sentence,
    notice_lines,
    same_question_line,
    shows_answer,
    tells_no_match,
)
from backcare.output.plain import (
    answer_text,
    corrections,
    grouped,
    matched_text,
    missing_text,
    refusal_reasons,
)
from backcare.output.text import (
    FOOTER_GAP,
    LIST_ITEM,
    PANEL_FRAME,
    TITLE_FRAME,
    escaped_line,
    one_line,
    said,
    sanitize,
    shown_part,
)
from backcare.output.text import (
    MAX_SHOWN_CHARS as MAX_SHOWN_CHARS,  # one bound for both renderers (tests read it here)
)
from backcare.output.text import (
    MAX_SHOWN_LINES as MAX_SHOWN_LINES,
)
from backcare.output.wrapping import numbers_whole
from backcare.packs.schema import Entry, Pack

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.progress import Progress, TaskID
    from rich.segment import Segment

    from backcare.config import CacheDir, PackFile, Settings
    from backcare.engine.entryflags import EntryEmergency
    from backcare.packs.packdiff import PackDiff
    from backcare.packs.questions import QuestionsReport
    from backcare.packs.validate import ValidationReport
    from backcare.results import EntryFound, EntryMissing, ImportedPack, TopicList

# Table, Tree and Progress are imported where used: `ask` needs none of them (start-up time).

# Rich lays out text at about 1 MB/s and a tree node per 0.3 ms: beyond these, a terminal shows a
# part and says how to get the rest (plain and JSON output are never cut).
MAX_TREE_ENTRIES = 1_000


class _Console(Console):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.push_render_hook(_Trimmed())

    def on_broken_pipe(self) -> None:
        """Rich exits 1 when the reader goes away; hand the error to the CLI's boundary instead,
        which exits 141 quietly, as plain output does."""
        self.quiet = True
        raise BrokenPipeError


class _Trimmed(RenderHook):
    """Every line printed ends at its last visible character. Rich keeps the space it broke a
    line at ("talk to a health " / "professional."), and pads a table's or tree's cells to their
    width: spaces a screen reader reads out and a copy takes with it (newcomer31 F15). The
    first hook pushed: a live display's (a progress bar) comes after it and is left alone."""

    def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [_TrimmedLines(r) for r in renderables]


class _TrimmedLines:
    """A renderable whose lines lose the spaces at their ends; spaces with a background colour
    (seen) and control codes stay, and so does a last line with no line end (more follows it)."""

    def __init__(self, renderable: ConsoleRenderable) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment

        rendered = console.render(self.renderable, options)
        for line, ended in Segment.split_lines_terminator(rendered):
            yield from _rstripped(line) if ended else line
            if ended:
                yield Segment.line()


def _rstripped(line: list[Segment]) -> list[Segment]:
    """`line` without the unseen spaces at its end."""
    kept = list(line)
    end = len(kept)
    while end:
        segment = kept[end - 1]
        if segment.control:
            end -= 1
            continue
        style = segment.style
        if style is not None and (style.bgcolor is not None or style.reverse):
            break
        text = segment.text.rstrip(" ")
        if text:
            kept[end - 1] = segment._replace(text=text)
            break
        del kept[end - 1]
        end -= 1
    return kept


def make_console(
    color: str = "auto",
    *,
    stderr: bool = False,
    record: bool = False,
    width: int | None = None,
    file: TextIO | None = None,
) -> Console:
    return _Console(
        file=file,
        stderr=stderr,
        highlight=False,
        emoji=False,
        markup=False,
        record=record,
        width=width,
        # Rich honours a width only with a height beside it on TERM=dumb (it takes 80x25 there):
        # `--color always` on a dumb terminal was 80 columns wide whatever COLUMNS said
        # (newcomer31 F13); no output of backcare reads the height
        height=25 if width is not None else None,
        force_terminal=True if color == "always" else None,
        # the settings already weighed NO_COLOR: `always` (a flag, or a file over NO_COLOR) wins
        no_color={"never": True, "always": False}.get(color),
        # `never` writes no escape code at all: NO_COLOR's reading keeps bold and dim, which a
        # reader asking for no colour on a terminal (a screen reader, a log) did not want either
        # (newcomer13); the layout (panels, bullets) stays
        color_system=None if color == "never" else "auto",
    )


def answer_body(text: str) -> Group:
    """An answer's paragraphs and lists: '- ' items as bullets, '1. ' items numbered, two spaces of
    indent per nesting level (docs/importing.md); a very long answer is cut with a note saying how
    to read all of it."""
    parts: list[RenderableType] = []
    shown, cut = shown_part(sanitize(text))
    for block in shown.split("\n\n"):
        lines = block.split("\n")
        items = [LIST_ITEM.match(line) for line in lines]
        if all(items):
            for item in items:
                if item is not None:  # always, by the check above
                    parts.append(_list_item(*item.groups()))
        else:
            parts.append(Text(" ".join(lines)))
        parts.append(Text(""))
    if cut:
        note = f"[{cut:,} more characters not shown here: --plain or --json prints all]"
        parts.append(Text(note, style="dim italic"))
    else:
        parts.pop()
    return Group(*parts)


def _list_item(indent: str, marker: str, body: str) -> RenderableType:
    """One list line: its nesting indent, a bullet or its number, and its text, whose wrapped lines
    hang under the text rather than under the bullet."""
    from rich.table import Table

    lead = "  " + indent + ("• " if marker == "- " else marker)
    item = Table.grid()
    item.add_column(width=len(lead), no_wrap=True)
    item.add_column()
    item.add_row(Text(lead, style="cyan"), Text(body))
    return item


def entry_panel(entry: Entry, footer: RenderableType | None, width: int) -> Panel:
    """An entry as a panel: its question as the title, the answer, then `footer`. A question too
    long for the top border of a `width`-column panel opens the panel instead, wrapped: a title
    would be cut, and the question is what the reader checks first."""
    from rich.cells import cell_len

    question = Text(one_line(entry.question), style="bold")
    body = Group(answer_body(entry.answer), *(() if footer is None else (Text(""), footer)))
    if cell_len(question.plain) + TITLE_FRAME <= width:
        return Panel(body, title=question, title_align="left", border_style="blue")
    return Panel(Group(question, Text(""), body), border_style="blue")


def footer(parts: list[Text], width: int) -> Text:
    """Labelled values ("id: back-get-stiff-sit") on as few lines as fit `width` columns, each kept
    whole on one line while it fits: at 80 columns the line wrapped between "id:" and the id,
    which stood alone below it."""
    line = Text()
    for part in parts:
        if line.plain and line.cell_len + len(FOOTER_GAP) + part.cell_len > width:
            line.append("\n")
        elif line.plain:
            line.append(FOOTER_GAP)
        line.append_text(part)
    return line


def confidence_bar(score: float) -> Text:
    filled = round(score / 10)
    style = "green" if score >= 70 else "yellow" if score >= 45 else "red"
    return Text.assemble(("█" * filled, style), ("░" * (10 - filled), "dim"), f" {score:.1f}/100")


def flags_panels(
    answer: Answer,
    region: str | None = None,
    *,
    asked: bool = False,
    width: int | None = None,
    told: frozenset[str] = frozenset(),
) -> list[Panel | Text]:
    """A panel per notice shown (messages.notice_lines: under an emergency, the emergency ones),
    and the lines said beside them (the numbers, the folded lower tiers, the contact) as bold
    text, each where notice_lines puts it; with `asked`, the question on each panel's lower
    border (batch mode, where the notice, not a heading, must come first). A label too long for
    the top border of a `width`-column panel ("EMERGENCY - get help now" at 16 columns was cut
    to "EMERGENCY") opens the panel instead, wrapped, as an entry's long question does."""
    shown: list[Panel | Text] = []
    subtitle = Text(one_line(answer.query)[:60], style="dim") if asked else None
    for notice in notice_lines(answer, region):
        if told and notice.line in told:
            continue
        if notice.urgency is None:
            # its phone numbers never broken over two lines
            text = numbers_whole(notice.text, width) if width is not None else notice.text
            shown.append(Text(text, style="bold"))
            continue
        urgency = notice.urgency
        title: Text | None = Text(f" {URGENCY_LABELS[urgency]} ", style=URGENCY_STYLES[urgency])
        body: RenderableType = Text(notice.text)
        if width is not None and title is not None and title.cell_len + TITLE_FRAME > width:
            label = Text(URGENCY_LABELS[urgency], style=URGENCY_STYLES[urgency])
            body, title = Group(label, body), None
        shown.append(
            Panel(
                body,
                title=title,
                title_align="left",
                subtitle=subtitle,
                subtitle_align="left",
                border_style=URGENCY_BORDERS[urgency],
            )
        )
    return shown


def print_answer(
    console: Console,
    answer: Answer,
    explain: bool = False,
    show_answer: bool = False,
    region: str | None = None,
    *,
    asked: bool = False,
    withheld: str = ANSWER_WITHHELD,
    hint: str = SHOW_ANSWER_HINT,
    told: frozenset[str] = frozenset(),
    unmatched: str = "",
) -> None:
    """Red-flag notices first (or the lines saying the entry is withheld because its own question
    describes an emergency), then the answer (or the line saying it is withheld; `unmatched`
    under an emergency no entry answered, '' when the FAQ was not searched), related
    questions and the explanation. `asked`: name the question on the notices (batch mode);
    `told`: notice lines read on this terminal already (ViewOptions.told), not shown again."""
    for part in flags_panels(answer, region, asked=asked, width=console.width, told=told):
        console.print(part)
    if answer.pointer is not None:
        from backcare.output.messages import pointer_line

        pointer = numbers_whole(pointer_line(answer, region), console.width)
        console.print(Text(pointer, style="bold"))
    shown = shows_answer(answer, show_answer)
    if answer.withheld is not None:
        print_withheld(console, answer.withheld, region, answer.contact, hint, shown=shown)
    if not_english_lead(answer):  # newcomer22 F2: a pack in another language answered it
        console.print(Text(not_english_lead(answer), style="bold"))
    best = answer.match
    if best is not None and not shown:
        if answer.emergency:
            console.print(Text(withheld, style="bold"))
    elif best is None and answer.emergency and unmatched and not show_answer:
        console.print(Text(unmatched, style="bold"))
    elif best is not None:
        entry = best.entry
        inner = console.width - PANEL_FRAME
        ident = Text.assemble(("id: ", "dim"), one_line(entry.id))
        outside = ident.cell_len > inner  # folded inside the border, the id could not be copied
        meta = footer(
            [
                Text.assemble(("Topic: ", "dim"), one_line(entry.topic) or "-"),
                Text.assemble(("Confidence: ", "dim"), confidence_bar(best.score)),
                *(() if outside else (ident,)),
            ],
            inner,
        )
        console.print(entry_panel(entry, meta, console.width))
        if outside:  # whole: the terminal wraps it, as one line
            for part in ident_lines(ident, console.width):
                console.print(part, soft_wrap=True)
        tie = same_question_line(answer)
        if tie:  # a twin is the pack's tie, not a related question (stranger trial F10)
            console.print(Text(tie, style="dim"))
        related = answer.related
        if related:
            console.print(Text("Related questions:", style="bold"))
            for m in related:
                console.print(related_line(m), soft_wrap=True)  # laid out by _Hanging
    if explain:
        console.print(explanation(answer))


def print_withheld(
    console: Console,
    found: EntryEmergency,
    region: str | None,
    contact: str,
    hint: str,
    *,
    shown: bool = False,
) -> None:
    """The lines said in place of an entry whose own question describes an emergency (above
    it, when `shown`)."""
    for line in entry_withheld_lines(found, region, contact, hint, shown=shown):
        console.print(Text(line, style="bold"))


def related_line(m: Match, number: int | None = None) -> RenderableType:
    """A related or suggested question with its id and score, after a bullet or its number; its
    wrapped lines hang under the question (on a narrow terminal they fell back to column 0, under
    the bullet, and the list no longer read as one)."""
    from rich.cells import cell_len

    lead = "  • " if number is None else f"  {number}. "
    return _Hanging(
        lead,
        Text.assemble(
            one_line(m.entry.question), (f"  [{one_line(m.entry.id)}, {m.score:.1f}]", "dim")
        ),
        # where "[id," is wider than the terminal, the id alone at the margin and the score
        # after it: a terminal 20 columns wide broke "[helps-tight-back-muscles," (newcomer24 F11)
        Text.assemble(
            one_line(m.entry.question),
            "  ",
            one_line(m.entry.id),
            (f"  [{m.score:.1f}]", "dim"),
        ),
        cell_len(f"[{one_line(m.entry.id)},"),
    )


def ident_lines(ident: Text, width: int) -> list[Text]:
    """The "id: ID" line under a panel, or "id:" and the id on two lines when both do not fit
    the width: the id then starts at the margin, whole (newcomer24 F11: "id: back-get-stiff-s" /
    "it" at 20 columns)."""
    if ident.cell_len <= width:
        return [ident]
    return [Text("id:", style="dim"), Text(ident.plain[len("id: ") :])]


class _Hanging:
    """`lead` then `body`, whose wrapped lines start under the body, not under the lead. Wrapped
    at the width it is given, with no padding after the lines (a grid pads every line to its
    width: trailing blanks in whatever is copied from the terminal)."""

    def __init__(self, lead: str, body: Text, narrow: Text | None = None, needs: int = 0) -> None:
        self.lead = lead
        self.body = body
        self.narrow = narrow  # the body where the terminal is narrower than `needs` columns
        self.needs = needs

    def __rich_console__(self, console: Console, options: Any) -> Any:
        width = max(1, options.max_width - len(self.lead))
        body = self.body
        if self.narrow is not None and self.needs > options.max_width:
            body = self.narrow
        # a word longer than the width (an id) is never folded: it stands whole on its own line,
        # past the width, and the terminal wraps it there (copied, it is one id: newcomer18 F6)
        lines = body.divide(_word_breaks(body.plain, width))
        out = Text()
        for i, line in enumerate(lines):
            out.append("\n" if i else self.lead)
            line.rstrip()
            if i and line.cell_len <= width:
                out.append(" " * len(self.lead))
            # else a word (an id) longer than the room: at the margin, where it may fit whole
            out.append_text(line)
        yield out


def _word_breaks(text: str, width: int) -> list[int]:
    """Where `text` is broken to lines of at most `width` cells, only at spaces (each break at
    the start of a word; the spaces before it stay at the end of the line, stripped): a word
    longer than `width` is never folded (Rich's own wrap folds it, and an id's halves could
    not be copied as one)."""
    import re

    from rich.cells import cell_len

    breaks: list[int] = []
    start = 0
    for word in re.finditer(r"\S+", text):
        if word.start() > start and cell_len(text[start : word.end()]) > width:
            breaks.append(word.start())
            start = word.start()
    return breaks


def explanation(answer: Answer) -> RenderableType:
    """Why each entry ranked where it did: a line of signals per entry, then what matched. Lines,
    not a table, so nothing is cut at any width (an id wraps only if it is wider than the screen)."""
    rows: list[RenderableType] = [Text("Why these entries", style="bold")]
    for rank, m in enumerate(answer.results, 1):
        s = m.signals
        rows.append(
            Text.assemble(
                f"{rank}. ",
                (one_line(m.entry.id), "bold"),
                (
                    f"  score {m.score:.1f}  words {s.words:.2f}  characters {s.chars:.2f}"
                    f"  coverage {s.coverage:.2f}{answer_text(s, '  ')}",
                    "dim",
                ),
            )
        )
        if s.matched:
            rows.append(Text(f"   matched: {matched_text(s, answer)}"))
        if s.missing:
            rows.append(Text(f"   not found: {missing_text(s)}", style="dim"))
    rows.extend(
        Text(f"corrected {one_line(w)!r} -> {f!r}", style="dim") for w, f in corrections(answer)
    )
    rows.extend(Text(line) for line in refusal_reasons(answer))
    return Group(*rows)


def print_no_match(console: Console, answer: Answer) -> None:
    """No confident match: plausible suggestions, or what the FAQ covers and how to browse it;
    first, for a question that does not read as English, that only English is read."""
    if answer.language_note:
        console.print(Text(not_english_sentence(answer), style="bold"))
    console.print(
        Text.assemble(("No confident match", "bold yellow"), " for ", said(answer.query), ".")
    )
    if answer.suggestions:
        console.print(Text("Did you mean:"))
        for m in answer.suggestions:
            console.print(related_line(m), soft_wrap=True)  # laid out by _Hanging
    else:
        console.print(
            Text(
                numbers_whole(
                    covers_line(answer.pack_topics, answer.contact, answer.named_topics),
                    console.width,
                )
            )
        )


def print_disclaimer(console: Console) -> None:
    console.print(Text(DISCLAIMER, style="dim italic"))


def print_topics(
    console: Console, pack: Pack, entries: list[Entry], *, numbered: bool = False
) -> list[Entry]:
    """The entries as a tree by topic (at most MAX_TREE_ENTRIES of them); with `numbered`, each
    numbered from 1 in the order shown (the prompt opens them by number). Returns the entries
    listed, in that order: only they have a number on screen."""
    from rich.tree import Tree

    shown = entries[:MAX_TREE_ENTRIES]
    if any(len(one_line(e.id)) + 2 > console.width - TREE_INDENT for e in shown):
        listed = _topics_flat(console, pack, entries, numbered=numbered)
    else:
        listed = _topics_tree(console, pack, entries, numbered=numbered, tree=Tree)
    if len(entries) > MAX_TREE_ENTRIES:
        console.print(
            Text(
                f"{len(entries):,} entries: 'backcare topics TOPIC' lists one topic, "
                "'--plain' lists all, one per line.",
                style="dim",
            )
        )
    return listed


# the columns a tree's guides take before an entry ("│   ├── "): an id longer than the rest of
# the line was folded by the tree (newcomer18 F6), so such a listing is drawn without guides
TREE_INDENT = 8


def _topics_flat(
    console: Console, pack: Pack, entries: list[Entry], *, numbered: bool
) -> list[Entry]:
    """print_topics on a terminal too narrow for an id in a tree: each topic's name, then each
    question indented under it, broken between words, its id whole on the line after it."""
    from backcare.output.wrapping import wrapped

    console.print(Text(one_line(pack.title), style="bold"))
    budget = MAX_TREE_ENTRIES
    listed: list[Entry] = []
    for topic, members in grouped(entries).items():
        label = Text(one_line(topic) or "(no topic)", style="bold cyan")
        if len(members) > budget:
            label.append(f"  ({len(members) - budget:,} more not shown)", style="dim")
        console.print(label)
        for e in members[:budget]:
            listed.append(e)
            number = f"{len(listed)}. " if numbered else ""
            console.print(
                Text(wrapped(f"  {number}{one_line(e.question)}", console.width)),
                soft_wrap=True,
            )
            console.print(Text(f"    [{one_line(e.id)}]", style="dim"), soft_wrap=True)
        budget = max(0, budget - len(members))
    return listed


def _topics_tree(
    console: Console, pack: Pack, entries: list[Entry], *, numbered: bool, tree: Any
) -> list[Entry]:
    """print_topics as a tree of topics, each entry's id after its question."""
    tree = tree(Text(one_line(pack.title), style="bold"))
    budget = MAX_TREE_ENTRIES
    listed: list[Entry] = []
    for topic, members in grouped(entries).items():
        label = Text(one_line(topic) or "(no topic)", style="bold cyan")
        branch = tree.add(label)
        for e in members[:budget]:
            listed.append(e)
            number = f"{len(listed)}. " if numbered else ""
            branch.add(
                Text.assemble(number, one_line(e.question), (f"  [{one_line(e.id)}]", "dim"))
            )
        if len(members) > budget:
            label.append(f"  ({len(members) - budget:,} more not shown)", style="dim")
        budget = max(0, budget - len(members))
    console.print(tree)
    return listed


def print_entry(console: Console, entry: Entry, pack: Pack) -> None:
    from rich.table import Table

    rows = entry_details(entry, pack)
    column = console.width - PANEL_FRAME - max(len(label) for label, _ in rows) - 2
    if any(len(word) > column for _, value in rows for word in value.split()):
        # a narrow terminal: a path or an id in the value column was cut ("data/source/faq_pa…",
        # newcomer18 F6); the details go under the panel, each a line broken between words
        # only, and a word longer than the screen stays whole for the terminal to wrap
        from backcare.output.wrapping import wrapped

        console.print(entry_panel(entry, None, console.width))
        for label, value in rows:
            line = Text(wrapped(f"{label}: {value}", console.width))
            line.stylize("dim", 0, len(label) + 1)
            console.print(line, soft_wrap=True)
        return
    details = Table.grid(padding=(0, 2))
    details.add_column(style="dim")
    details.add_column()
    for label, value in rows:
        details.add_row(label, Text(value))
    console.print(entry_panel(entry, details, console.width))


class RichView:
    """Results on a terminal: notices and answers on stdout, 'no confident match' on stderr, a rule
    between batch answers, and the disclaimer once at the end of `ask` and `show`."""

    def __init__(self, env: Environment) -> None:
        from backcare.output.ascii import for_layout

        self.env = env
        for stream in (env.stdout, env.stderr):
            for_layout(stream)  # on a terminal that cannot show a dash, its border stays put
        self.console = make_console(env.color, width=env.width, file=env.stdout)
        self.errors = make_console(env.color, width=env.width, file=env.stderr)
        self.disclaim = False
        # one command's output is written at once, in finish(): Rich wrote each print as it came
        # (three writes for an answer), so a reader that leaves early (`| head -n 1`) made the
        # exit status 141 or 0 by chance, where plain output, written whole, gives 0. A batch's
        # answers are written as each is ready.
        self.held = contextlib.ExitStack()
        if not env.options.batch:
            self.held.enter_context(self.console)

    def stderr(self) -> Console:
        """The stderr console, once what stdout holds is written: a line on stderr never comes
        before the output it follows (a notice above all)."""
        self.held.close()
        return self.errors

    def answer(self, answer: Answer) -> None:
        options = self.env.options
        self._print(answer, options.explain, options.show_answer, ANSWER_WITHHELD_NONE)
        if tells_no_match(answer, options.show_answer):
            print_no_match(self.stderr(), answer)

    def notices(self, answer: Answer) -> None:
        """A question's red-flag notices alone (when the FAQ itself could not be searched): an
        answer with no match, laid out by the same rules (batch rule, question on the border)."""
        self._print(answer, explain=False, show_answer=False)

    def _print(self, answer: Answer, explain: bool, show_answer: bool, unmatched: str = "") -> None:
        options = self.env.options
        # between batch answers a rule names the question, unless a notice must come first: the
        # notice panel then names it on its lower border
        asked = options.batch and bool(answer.red_flags)
        if options.batch:
            self.console.rule("" if asked else Text(one_line(answer.query)[:60]))
        print_answer(
            self.console,
            answer,
            explain,
            show_answer,
            options.region,
            asked=asked,
            told=options.told,
            unmatched=unmatched,
        )
        self.disclaim = True

    def topics(self, listing: TopicList) -> None:
        print_topics(self.console, listing.pack, list(listing.entries))

    def entry(self, found: EntryFound) -> None:
        print_entry(self.console, found.entry, found.pack)
        self.disclaim = True

    def entry_missing(self, missing: EntryMissing) -> None:
        self.stderr().print(Text(entry_missing_line(missing)))

    def withheld(self, found: EntryEmergency, contact: str) -> None:
        print_withheld(self.console, found, self.env.options.region, contact, SHOW_ENTRY_HINT)
        self.disclaim = True

    def validation(self, report: ValidationReport) -> None:
        print_validation(self.console, report, self.stderr())

    def questions(self, report: QuestionsReport) -> None:
        print_questions(self.console, report)

    def pack_diff(self, report: PackDiff) -> None:
        print_pack_diff(self.console, report)

    def settings(self, settings: Settings, cache: CacheDir, packs: Sequence[PackFile] = ()) -> None:
        from rich.table import Table

        print_table_heading(
            self.console, Text(f"Settings (file: {escaped_line(settings.file_shown())})")
        )
        table = Table()
        for name in ("setting", "value", "from"):
            table.add_column(name, overflow="fold")
        for key, value, source in settings.rows():  # names escaped as in the warnings, not stripped
            table.add_row(key, Text(escaped_line(value)), Text(escaped_line(source), style="dim"))
        self.console.print(table)
        if settings.system:  # the machine's, below every other source
            self.console.print(
                Text(f"System settings file: {escaped_line(settings.system)}"), soft_wrap=True
            )
        self.console.print(Text(f"Cache directory: {escaped_line(cache.shown())}"), soft_wrap=True)
        self.console.print(Text(f"Snapshot: {cache.snapshot_shown()}"), soft_wrap=True)
        for pack in packs:
            self.console.print(Text(f"Pack: {escaped_line(pack.shown())}"), soft_wrap=True)

    def imported(self, result: ImportedPack) -> None:
        from backcare.output.jsonview import write_imported

        write_imported(self.env, result)

    def finish(self) -> None:
        if self.disclaim:
            print_disclaimer(self.console)
        self.held.close()  # writes what was held
        self.console.file.flush()


_progress: Progress | None = None
_task: TaskID | None = None


def index_progress(done: int, total: int) -> None:
    """Progress of a first index build, on stderr; the bar goes away when the build is done."""
    global _progress, _task
    if _progress is None:
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        # a share, not a count: the build reports two steps an entry (store.protocol.Progress),
        # and "1414/..." for a 707-entry pack read as a wrong count (newcomer17 F2)
        _progress = Progress(
            TextColumn("Indexing the FAQ pack (first use only)"),
            BarColumn(),
            TaskProgressColumn(),
            TimeRemainingColumn(),
            console=make_console(stderr=True),
            transient=True,
        )
        _restore_on_exit()
        _progress.start()
        _task = _progress.add_task("index", total=total)
    if _task is None:
        return
    _progress.update(_task, completed=done)
    if done >= total:
        stop_progress()


def print_above_progress(lines: Iterable[str]) -> bool:
    """`lines` printed above a running progress bar (a raw write to stderr would be overdrawn by
    the bar's next refresh); False when no bar runs. Plain text: no markup is read in it."""
    shown = _progress
    if shown is None:
        return False
    for line in lines:
        shown.console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)
    return True


def stop_progress() -> None:
    """Take the progress bar away and show the cursor again (Rich hides it while the bar runs)."""
    global _progress, _task
    shown, _progress, _task = _progress, None, None
    if shown is not None:
        with contextlib.suppress(Exception):  # a terminal gone: nothing left to restore
            shown.stop()
    _restore_signal()


_SIGTERM_BEFORE: list[Any] = []  # SIGTERM's handler while the bar runs, to put back


def _restore_on_exit() -> None:
    """Ctrl-C or SIGTERM during a first index build left the terminal with its cursor hidden
    (hostile10 11): the bar is stopped when the process exits (Ctrl-C ends in sys.exit(130)) and
    when SIGTERM arrives, which then ends the process as before (status 143)."""
    import atexit
    import signal

    atexit.register(stop_progress)
    with contextlib.suppress(ValueError, OSError):  # not the main thread: atexit still stops it
        _SIGTERM_BEFORE[:] = [signal.signal(signal.SIGTERM, _terminated)]


def _terminated(signum: int, frame: Any) -> None:
    import os
    import signal

    before = _SIGTERM_BEFORE[0] if _SIGTERM_BEFORE else signal.SIG_DFL
    stop_progress()
    if callable(before):
        before(signum, frame)
        return
    signal.signal(signum, signal.SIG_DFL if before is None else before)
    os.kill(os.getpid(), signum)


def _restore_signal() -> None:
    if _SIGTERM_BEFORE:
        import signal

        with contextlib.suppress(ValueError, OSError, TypeError):
            signal.signal(signal.SIGTERM, _SIGTERM_BEFORE.pop())
