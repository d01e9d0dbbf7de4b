"""`ask`'s terminal view without importing rich.console (issue 17: a Rich `ask` paid ~34 ms of
imports for one panel). `QuickView` draws a single answer (its red-flag notices, the answer
panel, related questions, the no-match lines, the disclaimer) with backcare/output/drawn.py, the
same bytes as terminal.RichView; for anything else (a batch, --explain, a layout drawn.py does
not copy) it hands the whole run to RichView. The mode was decided once, in views.make_view:
this is the Rich mode's view, drawn two ways.
"""

from __future__ import annotations

import re

from backcare.hints import TYPE_CHECKING, Any
from backcare.output.drawn import Look, Text, Unsupported, cell_len, look, style, text_rows
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
    entry_missing_line,
    entry_withheld_lines,
    not_english_lead,
    not_english_sentence,
    notice_lines,
    same_question_line,
    shows_answer,
    tells_no_match,
)
from backcare.output.panels import answer_rows, entry_panel, panel_text
from backcare.output.text import (
    FOOTER_GAP,
    PANEL_FRAME,
    TITLE_FRAME,
    one_line,
    said,
)
from backcare.output.text import (
    MAX_SHOWN_CHARS as MAX_SHOWN_CHARS,  # one bound for both renderers (tests read it here)
)
from backcare.output.text import (
    MAX_SHOWN_LINES as MAX_SHOWN_LINES,
)
from backcare.output.wrapping import numbers_whole

if TYPE_CHECKING:
    from collections.abc import Callable

    from backcare.engine.answer import Answer
    from backcare.engine.entryflags import EntryEmergency
    from backcare.engine.match import Match
    from backcare.results import EntryFound, EntryMissing, TopicList

# the terminal view's looks (messages.URGENCY_STYLES), drawn here without Rich
URGENCY_LOOKS = {urgency: style(name) for urgency, name in URGENCY_STYLES.items()}
BORDER = {urgency: style(name) for urgency, name in URGENCY_BORDERS.items()}
BOLD, DIM, CYAN = style("bold"), style("dim"), style("cyan")


def draw_answer(
    answer: Answer,
    width: int,
    paint: Look,
    *,
    show_answer: bool = False,
    region: str | None = None,
    told: frozenset[str] = frozenset(),
) -> str:
    """terminal.print_answer (not batch, no explanation) as the bytes Rich writes; raises
    Unsupported for a layout it does not copy."""
    out: list[str] = []
    # terminal.flags_panels; the contact is read only under a notice, as plain.py does: its check
    # for undercutting words (packs/undercut.py) compiles ~10 patterns a calm question never
    # needs (issue 17): notice_lines reads nothing without a notice
    for notice in notice_lines(answer, region):
        if told and notice.line in told:
            continue
        if notice.urgency is None:
            out.append(_printed(Text(numbers_whole(notice.text, width), BOLD), width, paint))
            continue
        label = URGENCY_LABELS[notice.urgency]
        body = Text(notice.text)
        if len(label) + 2 + TITLE_FRAME > width:
            rows = text_rows(Text(label, URGENCY_LOOKS[notice.urgency]), width - PANEL_FRAME)
            rows += text_rows(body, width - PANEL_FRAME)
            out.append(panel_text(rows, width, BORDER[notice.urgency], None, paint))
        else:
            title = Text(f" {label} ", URGENCY_LOOKS[notice.urgency])
            rows = text_rows(body, width - PANEL_FRAME)
            out.append(panel_text(rows, width, BORDER[notice.urgency], title, paint))
    if answer.pointer is not None:
        from backcare.output.messages import pointer_line

        out.append(
            _printed(Text(numbers_whole(pointer_line(answer, region), width), BOLD), width, paint)
        )
    shown = shows_answer(answer, show_answer)
    if answer.withheld is not None:
        for line in entry_withheld_lines(
            answer.withheld, region, answer.contact, SHOW_ANSWER_HINT, shown=shown
        ):
            out.append(_printed(Text(line, BOLD), width, paint))
    if not_english_lead(answer):  # terminal.print_answer
        out.append(_printed(Text(not_english_lead(answer), BOLD), width, paint))
    best = answer.match
    if best is not None and not shown:
        if answer.emergency:
            out.append(_printed(Text(ANSWER_WITHHELD, BOLD), width, paint))
    elif best is None and answer.emergency and not show_answer:  # terminal.print_answer
        out.append(_printed(Text(ANSWER_WITHHELD_NONE, BOLD), width, paint))
    elif best is not None:
        out.append(_entry(best, answer, width, paint))
    return "".join(out)


def _entry(best: Match, answer: Answer, width: int, paint: Look) -> str:
    entry = best.entry
    inner = width - PANEL_FRAME
    ident = Text("id: ", DIM).append(one_line(entry.id))
    outside = cell_len(ident.plain) > inner
    parts = [
        Text("Topic: ", DIM).append(one_line(entry.topic) or "-"),
        Text("Confidence: ", DIM).append(_bar(best.score)),
        *(() if outside else (ident,)),
    ]
    meta = Text()
    for part in parts:
        if meta.plain and cell_len(meta.plain) + len(FOOTER_GAP) + cell_len(part.plain) > inner:
            meta.append("\n")
        elif meta.plain:
            meta.append(FOOTER_GAP)
        meta.append(part)
    out = entry_panel(
        entry, [*answer_rows(entry.answer, inner), [], *text_rows(meta, inner)], width, paint
    )
    if outside:
        for part in _ident_lines(ident, width):
            out += _printed(part, width, paint, soft=True)
    tie = same_question_line(answer)
    if tie:  # terminal.print_answer
        out += _printed(Text(tie, style("dim")), width, paint)
    related = answer.related
    if related:
        out += _printed(Text("Related questions:", BOLD), width, paint)
        for m in related:
            out += _printed(related_line(m, width), width, paint, soft=True)
    return out


def _bar(score: float) -> Text:
    filled = round(score / 10)
    colour = style("green" if score >= 70 else "yellow" if score >= 45 else "red")
    return Text("█" * filled, colour).append("░" * (10 - filled), DIM).append(f" {score:.1f}/100")


def _ident_lines(ident: Text, width: int) -> list[Text]:
    """terminal.ident_lines: "id: ID", or "id:" and the id on two lines when they do not fit."""
    if cell_len(ident.plain) <= width:
        return [ident]
    return [Text("id:", DIM), Text(ident.plain[len("id: ") :])]


def related_line(m: Match, width: int, number: int | None = None) -> Text:
    """terminal.related_line laid out as its _Hanging lays it out."""
    lead = "  • " if number is None else f"  {number}. "
    ident = one_line(m.entry.id)
    if cell_len(f"[{ident},") > width:  # terminal.related_line's narrow body
        body = (
            Text(one_line(m.entry.question)).append(f"  {ident}").append(f"  [{m.score:.1f}]", DIM)
        )
    else:
        body = Text(one_line(m.entry.question)).append(f"  [{ident}, {m.score:.1f}]", DIM)
    room = max(1, width - len(lead))
    breaks: list[int] = []
    start = 0
    for word in re.finditer(r"\S+", body.plain):
        if word.start() > start and cell_len(body.plain[start : word.end()]) > room:
            breaks.append(word.start())
            start = word.start()
    out = Text()
    for i, line in enumerate(body.divide(breaks)):
        out.append("\n" if i else lead)
        line.crop(len(line.plain.rstrip()))
        if i and cell_len(line.plain) > room:
            # a word (an id) longer than the room: at the margin, where it may fit whole
            out.append(line)
            continue
        if i:
            out.append(" " * len(lead))
        out.append(line)
    return out


def _printed(text: Text, width: int, paint: Look, *, soft: bool = False) -> str:
    from backcare.output.drawn import printed

    return printed(text, width, paint, soft=soft)


def draw_no_match(answer: Answer, width: int, paint: Look) -> str:
    """terminal.print_no_match."""
    out = []
    if answer.language_note:
        out.append(_printed(Text(not_english_sentence(answer), BOLD), width, paint))
    line = Text("No confident match", style("bold yellow")).append(" for ")
    out.append(_printed(line.append(said(answer.query)).append("."), width, paint))
    if answer.suggestions:
        out.append(_printed(Text("Did you mean:"), width, paint))
        for m in answer.suggestions:
            out.append(_printed(related_line(m, width), width, paint, soft=True))
    else:
        covers = numbers_whole(
            covers_line(answer.pack_topics, answer.contact, answer.named_topics), width
        )
        out.append(_printed(Text(covers), width, paint))
    return "".join(out)


def draw_disclaimer(width: int, paint: Look) -> str:
    return _printed(Text(DISCLAIMER, style("dim italic")), width, paint)


class QuickView:
    """The Rich mode's view for `ask`: one answer drawn by drawn.py when it can; the first thing
    it cannot draw (or any other result) goes to terminal.RichView, which then does the rest."""

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.rich: Any = None
        self.held = ""  # stdout, written at finish() as RichView writes a held console
        self.disclaim = False
        self.look = None if env.options.batch or env.options.explain else look_of(env)

    def _handover(self) -> Any:
        if self.rich is None:
            from backcare.output.terminal import RichView

            self.rich = RichView(self.env)
            self.rich.disclaim = self.disclaim
            self.look = None
            if self.held:
                self.rich.console.file.write(self.held)  # before anything RichView writes
                self.held = ""
        return self.rich

    def answer(self, answer: Answer) -> None:
        paint, options = self.look, self.env.options
        if paint is not None and self.rich is None:
            try:
                text = draw_answer(
                    answer,
                    self.env.width,
                    paint,
                    show_answer=options.show_answer,
                    region=options.region,
                    told=options.told,
                )
                missing = (
                    draw_no_match(answer, self.env.width, self._stderr_look())
                    if tells_no_match(answer, options.show_answer)
                    else None
                )
            except Unsupported:
                pass
            else:
                self.held += text
                self.disclaim = True
                if missing is not None:
                    self._flush()
                    self.env.stderr.write(missing)
                    self.env.stderr.flush()
                return
        self._handover().answer(answer)

    def topics(self, listing: TopicList) -> None:
        from backcare.output.browsed import draw_topics

        entries = list(listing.entries)
        if not self._drawn(lambda width, paint: draw_topics(listing.pack, entries, width, paint)):
            self._handover().topics(listing)

    def entry(self, found: EntryFound) -> None:
        from backcare.output.browsed import draw_entry

        if self._drawn(lambda width, paint: draw_entry(found.entry, found.pack, width, paint)):
            self.disclaim = True
        else:
            self._handover().entry(found)

    def withheld(self, found: EntryEmergency, contact: str) -> None:
        from backcare.output.browsed import draw_withheld

        region = self.env.options.region

        def draw(width: int, paint: Look) -> str:
            return draw_withheld(found, region, contact, SHOW_ENTRY_HINT, width, paint)

        if self._drawn(draw):
            self.disclaim = True
        else:
            self._handover().withheld(found, contact)

    def entry_missing(self, missing: EntryMissing) -> None:
        if self.look is not None and self.rich is None:
            try:
                line = _printed(
                    Text(entry_missing_line(missing)), self.env.width, self._stderr_look()
                )
            except Unsupported:
                pass
            else:
                self._flush()  # stdout's first, as RichView.stderr() writes it
                self.env.stderr.write(line)
                self.env.stderr.flush()
                return
        self._handover().entry_missing(missing)

    def _drawn(self, draw: Callable[[int, Look], str]) -> bool:
        """Whether `draw` drew its result (held for stdout); False where Rich must."""
        if self.look is None or self.rich is not None:
            return False
        try:
            self.held += draw(self.env.width, self.look)
        except Unsupported:
            return False
        return True

    def _stderr_look(self) -> Look:
        paint = look(self.env.color, self.env.stderr)
        if paint is None:
            raise Unsupported
        return paint

    def _flush(self) -> None:
        if self.held:
            self.env.stdout.write(self.held)
            self.env.stdout.flush()
            self.held = ""

    def finish(self) -> None:
        if self.rich is not None:
            self.rich.finish()
            return
        if self.disclaim and self.look is not None:
            self.held += draw_disclaimer(self.env.width, self.look)
        self._flush()

    def __getattr__(self, name: str) -> Any:
        # every other result (notices alone, topics, show, ...) is RichView's
        return getattr(self._handover(), name)


def look_of(env: Environment) -> Look | None:
    from backcare.output.ascii import for_layout

    for stream in (env.stdout, env.stderr):
        for_layout(stream)  # as RichView does
    return look(env.color, env.stdout)
