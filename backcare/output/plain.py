"""Plain text output: for pipes, scripts and `--plain`. No escape codes, ever.

`ask` prints any red-flag notice first, then the answer text (lists as '- ' and '1. ' lines);
without a confident match nothing misleading goes to stdout and one line goes to stderr. Read on a
terminal (`--plain`, TERM=dumb: `Environment.linear`), an answer also opens with the question it
answers and its confidence, and the related questions and the disclaimer follow, as in the boxed
view; in a pipe it is the answer text only, which scripts read. Listings are
one item per line with tab-separated fields, for grep, cut and fzf.
"""

from __future__ import annotations

from collections.abc import Iterable

from backcare.hints import TYPE_CHECKING, Any
from backcare.output.environment import Environment
from backcare.output.messages import (
    ANSWER_WITHHELD,
    ANSWER_WITHHELD_NONE,
    CHECK_MARK,
    DISCLAIMER,
    SHOW_ANSWER_HINT,
    SHOW_ENTRY_HINT,
    entry_details,
    entry_missing_line,
    entry_withheld_lines,
    no_match_line,
    not_english_lead,
    not_english_sentence,
    notice_lines,
    pointer_line,
    same_question_line,
    shows_answer,
    tells_no_match,
    unread_pointer,
)
from backcare.output.text import escaped_line, one_line, said, sanitize

if TYPE_CHECKING:
    from collections.abc import Sequence

    from backcare.config import CacheDir, PackFile, Settings
    from backcare.engine.answer import Answer
    from backcare.engine.entryflags import EntryEmergency
    from backcare.engine.match import Signals
    from backcare.packs.packdiff import Change, PackDiff
    from backcare.packs.packwarning import PackWarning
    from backcare.packs.questions import QuestionsReport
    from backcare.packs.schema import Entry, Pack
    from backcare.packs.validate import ValidationReport
    from backcare.results import EntryFound, EntryMissing, ImportedPack, TopicList


def plain_answer(
    answer: Answer,
    explain: bool = False,
    *,
    with_question: bool = False,
    show_answer: bool = False,
    region: str | None = None,
    withheld: str = ANSWER_WITHHELD,
    heading: bool = False,
    hint: str = SHOW_ANSWER_HINT,
    told: frozenset[str] = frozenset(),
    unmatched: str = "",
) -> str:
    """Red-flag notices first (before even the `--with-question` header: nothing may push a notice
    down), or the lines saying the entry is withheld because its own question describes an
    emergency, then the answer text (with `heading`, under the entry's question and score: the
    interactive prompt); '' when there is nothing for stdout. Notice lines in `told` were read
    on this terminal already (ViewOptions.told) and are not repeated. `withheld` is said under the asker's
    emergency, `hint` (how to see it anyway) under the entry's; `unmatched` under the asker's
    emergency when no entry answered ('': nothing, when the FAQ was not searched).

    With `with_question` the answer is a record (ux22): a head of lines at the margin, with no
    blank line between them (the notices, touching the `question:` and `match:` lines that end
    it, so no notice reads as the record above's: newcomer14 F14), then a blank line and the body
    (answer, withheld message, explanation) indented by two spaces."""
    parts = []
    head = ""  # with_question: the record's lines at the margin
    if answer.red_flags:
        lines = [notice.line for notice in notice_lines(answer, region)]
        parts.append("\n".join(line for line in lines if line not in told))
    if answer.pointer is not None:
        if unread_pointer(answer):  # newcomer30 F6: why the pointer is there, on stdout too
            parts.append(not_english_sentence(answer))
        parts.append(pointer_line(answer, region))
    shown = shows_answer(answer, show_answer)
    if answer.withheld is not None:
        lines = entry_withheld_lines(answer.withheld, region, answer.contact, hint, shown=shown)
        parts.append("\n".join(lines))
    if not_english_lead(answer):
        parts.append(not_english_lead(answer))
    if with_question:
        parts.append(question_header(answer, withheld=answer.match is not None and not shown))
        head, parts = "\n".join(p for p in parts if p), []
    if answer.match is not None and shown:
        text = sanitize(answer.match.entry.answer)
        if heading:
            text = f"{matched_heading(answer)}\n{text}"
        parts.append(text)
    elif answer.match is not None and answer.emergency:
        parts.append(withheld)
    elif answer.emergency and not show_answer:
        parts.append(unmatched)
    if explain:
        parts.append(plain_explanation(answer))
    body = "\n\n".join(p for p in parts if p)
    if not with_question:
        return body
    return f"{head}\n\n{indented(body)}" if body else head


def related_lines(answer: Answer, show_answer: bool = False) -> str:
    """The related questions under a shown answer, one a line with id and score, as the boxed
    view lists them below its panel ('' when there are none)."""
    if answer.match is None or not shows_answer(answer, show_answer):
        return ""
    lines = [
        f"  - {one_line(m.entry.question)}  [{one_line(m.entry.id)}, score {m.score:.1f}]"
        for m in answer.related
    ]
    tie = same_question_line(answer)  # a twin is the pack's tie, not a related question
    related = "\n".join(["Related questions:", *lines]) if lines else ""
    return "\n".join(part for part in (tie, related) if part)


def asked_line(answer: Answer) -> str:
    """The line naming a batch answer's question on a terminal: its input line and words."""
    where = f" on line {answer.line:,}" if answer.line is not None else ""
    return f"Question{where}: {said(answer.query, QUESTION_CHARS)}"


QUESTION_CHARS = 200  # of a question named above its answer; a longer one ends in '…'


def indented(text: str) -> str:
    """`--with-question`'s body: every line indented by two spaces (a blank line stays blank), so
    a line that starts at the margin is always the record's own, never the pack's text (hostile14
    20: an answer holding "question: ..." forged the next record)."""
    return "\n".join(f"{RECORD_INDENT}{line}" if line else "" for line in text.split("\n"))


RECORD_INDENT = "  "


def matched_heading(answer: Answer) -> str:
    """Which entry answers, and how confidently: the line the interactive prompt's plain output
    gives above an answer (the Rich view shows the question as the panel's title and a bar), so
    a screen-reader user hears what was answered."""
    best = answer.match
    if best is None:
        return ""
    entry = best.entry
    # "of 100" in words: a screen reader said "100.0/100" as "one hundred point zero slash one
    # hundred", and a bare number after an id was unexplained (newcomer25 F10)
    return f"{one_line(entry.question)} [{one_line(entry.id)}] (confidence {best.score:.1f} of 100)"


def topic_lines(entries: Iterable[Entry], *, numbered: bool = False) -> str:
    """The listing laid out for reading, as the terminal's tree shows it: each topic's name on a
    line of its own, then its questions, each before its id (newcomer17 F7: aligned columns of
    topic, a 40-character id and the question wrapped on a 60-column braille display, and the
    question, the thing looked for, was read last). With `numbered`, each question has its
    number, from 1 in the order of `listing_order`."""
    lines: list[str] = []
    n = 0
    for topic, members in grouped(entries).items():
        lines.append(f"{one_line(topic) or '(no topic)'}:")
        for e in members:
            n += 1
            lead = f"{n}." if numbered else "-"
            lines.append(f"  {lead} {one_line(e.question)} [{one_line(e.id)}]")
    return "\n".join(lines)


def listing_order(entries: Iterable[Entry]) -> list[Entry]:
    """The entries in the order a topics listing shows them: grouped by topic."""
    return [e for members in grouped(entries).values() for e in members]


def question_header(answer: Answer, *, withheld: bool = False) -> str:
    """`--with-question`: which question was asked and which entry answers it (not named under an
    emergency notice, which stands alone unless --show-answer)."""
    lines = [f"question: {one_line(answer.query)}"]
    best = answer.match
    matched = f"{one_line(best.entry.question)} [{one_line(best.entry.id)}]" if best else "-"
    if withheld:
        matched = "(withheld under the notice above)"
    lines.append(f"match: {matched}")
    return "\n".join(lines)


def plain_explanation(answer: Answer) -> str:
    lines = [f"corrected: {one_line(word)} -> {fixed}" for word, fixed in corrections(answer)]
    for rank, m in enumerate(answer.results, 1):
        s = m.signals
        lines.append(
            f"{rank}. {one_line(m.entry.id)} score {m.score:.1f}: words {s.words:.2f}, "
            f"characters {s.chars:.2f}, coverage {s.coverage:.2f}" + answer_text(s, ", ")
        )
        if s.matched:
            lines.append(f"   matched: {matched_text(s, answer)}")
        if s.missing:
            lines.append(f"   not found: {missing_text(s)}")
    lines.extend(refusal_reasons(answer))
    return "\n".join(lines)


def corrections(answer: Answer) -> list[tuple[str, str]]:
    """The spelling corrections that changed a word ("tight -> tight" said nothing)."""
    return [(w, f) for w, f in answer.ranking.corrections if w.casefold() != f.casefold()]


def refusal_reasons(answer: Answer) -> list[str]:
    """Why no answer was given, in a patient's words: what JSON says as `tied_with`, `close_to`,
    `names_subject`, `outside_topics` and `question_type` (the score alone did not say it).
    None after an emergency notice: a person told to get help now is not asked to reword."""
    if answer.match is not None or not answer.results or answer.emergency:
        return []
    best = answer.results[0]
    s = best.signals
    questions = {m.entry.id: m.entry.question for m in answer.ranking.matches}

    def named(ids: Iterable[str]) -> str:
        return "; ".join(repr(one_line(questions.get(i, i))) for i in ids)

    reasons = []
    if s.tied:
        reasons.append(
            f"your question fits {len(s.tied) + 1} entries equally well "
            f"({named((best.entry.id, *s.tied))}): add a word that says which one you mean"
        )
    if s.close:
        reasons.append(
            f"other entries come close to {one_line(best.entry.question)!r} ({named(s.close)}): "
            "your question does not say which one you mean"
        )
    if s.states_only and s.subject:
        reasons.append(
            "your question says how something feels but not which part of the body or what "
            "subject it is about"
        )
    elif not s.subject and s.restricted:
        reasons.append(
            f"{one_line(best.entry.question)!r} is about {' and '.join(s.restricted)}, which "
            "your question never names"
        )
    elif not s.subject and s.distinct_named and s.missing:
        reasons.append(
            f"your question names {', '.join(s.distinct_named)} of "
            f"{one_line(best.entry.question)!r}, but it also says "
            f"{', '.join(map(one_line, s.missing))}, which that entry never mentions"
        )
    elif not s.subject:
        reasons.append(
            f"your question does not name what {one_line(best.entry.question)!r} is about "
            "beyond words many entries share: say what you want to know about it"
        )
    if s.outside:
        reasons.append(
            f"your question asks about {', '.join(map(one_line, s.outside))}, which the closest "
            "entry never mentions"
        )
    if s.intent < 0:
        reasons.append("the closest entry answers a different kind of question")
    if not reasons:
        from backcare.engine.tuning import CONFIDENT  # the engine's mark, not a copy of it

        reasons.append(
            f"the closest entry scores {best.score:.1f}, below the {CONFIDENT:g} a confident "
            "answer needs"
        )
    return [f"Not answered: {r}." for r in reasons]


def answer_text(signals: Signals, separator: str) -> str:
    """The question + answer BM25 share, when the pack reads answers as text and used it."""
    if signals.answer_text is None:
        return ""
    return f"{separator}answer text {signals.answer_text:.2f}"


def matched_text(signals: Signals, answer: Answer | None = None) -> str:
    """'word (field), ...': what each question word matched, as the person typed it (a stem such
    as "muscl" reads as a typo); '(as term)' only when it matched another word than its own or
    its correction's (a synonym)."""
    fixed = dict(answer.ranking.corrections) if answer is not None else {}

    def shown(word: str, term: str) -> str:
        own = fixed.get(word, word).casefold()
        same = next(
            (n for n, (a, b) in enumerate(zip(own, term, strict=False)) if a != b),
            min(len(own), len(term)),
        )
        typed = one_line(word)
        return typed if same >= min(len(term), len(own)) - 1 else f"{typed} (as {one_line(term)})"

    return ", ".join(f"{shown(w, t)} ({f})" for w, t, f in signals.matched)


def missing_text(signals: Signals) -> str:
    return ", ".join(one_line(w) for w in signals.missing)


def grouped(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    groups: dict[str, list[Entry]] = {}
    for e in entries:
        groups.setdefault(e.topic, []).append(e)
    return groups


def plain_topics(entries: Iterable[Entry]) -> str:
    """One entry per line, grouped by topic: 'topic<TAB>id<TAB>question' (grep/cut friendly)."""
    return "\n".join(
        f"{one_line(topic) or '(no topic)'}\t{one_line(e.id)}\t{one_line(e.question)}"
        for topic, members in grouped(entries).items()
        for e in members
    )


def plain_entry(entry: Entry, pack: Pack) -> str:
    lines = [one_line(entry.question), "", sanitize(entry.answer), ""]
    lines.extend(f"{label}: {value}" for label, value in entry_details(entry, pack))
    return "\n".join(lines)


def handout(entry: Entry, pack: Pack) -> str:
    """An entry as a sheet for a patient (`show ID --handout`, newcomer24 F5): the question, the
    answer, where it comes from in a reader's words (the FAQ's title and the entry's page, never
    a file path or the pack's notes for its maintainers), the contact line, and the "not medical
    advice" line. Plain text, whatever the output: it goes to a printer or a file."""
    from backcare.output.messages import DISCLAIMER, labelled_contact

    part = pack.origin(entry)
    title, contact = (part.title, part.contact) if part is not None else (pack.title, pack.contact)
    lines = [one_line(entry.question), "", sanitize(entry.answer), ""]
    source = f"From: {one_line(title)}" if title else ""
    if entry.source_url:
        source = (
            f"{source} ({one_line(entry.source_url)})" if source else one_line(entry.source_url)
        )
    lines += [source] if source else []
    said = labelled_contact(contact)
    lines += [said] if said else []
    lines += [DISCLAIMER]
    return "\n".join(lines)


def validation_summary(warnings: Iterable[PackWarning]) -> list[tuple[str, int]]:
    from backcare.packs.validate import KINDS

    found = list(warnings)
    return [(KINDS[kind], sum(w.kind == kind for w in found)) for kind in KINDS]


def plain_validation(report: ValidationReport) -> str:
    """Warnings, one per line ('kind<TAB>id<TAB>message', and '<TAB>pack' when several packs are
    checked), then a summary: a line per pack checked, and the count of each kind of warning.
    (Schema errors go to stderr: see `error_lines`.)"""
    if report.pack is None:
        return ""
    lines = [
        f"{w.kind}\t{one_line(w.entry_id) or '-'}\t{one_line(w.shown())}"
        + ("" if w.pack is None else f"\t{escaped_line(w.pack)}")
        for w in report.warnings
    ]
    lines.extend(pack_summary_lines(report))
    for label, n in validation_summary(report.warnings):
        lines.append(f"  {n:3d}  {label}")
    return "\n".join(lines)


def pack_summary_lines(report: ValidationReport) -> list[str]:
    """'PACK: N entries, M warnings' for the pack checked, or one such line per file when several
    were (with its errors when it has any)."""
    imported = report.import_notes
    said = (
        f", {imported} import {plural(imported, 'note')}{import_warnings_said(report)}"
        if imported
        else ""
    )
    if not report.packs:
        count = len(report.warnings)
        entries = len(report.pack.entries) if report.pack else report.entries
        return [
            f"{escaped_line(report.path)}: {entries_count(entries)}, {count} "
            f"{plural(count, 'warning')}{said}"
        ]
    lines = []
    for part in report.packs:
        held = "?" if part.entries is None else str(part.entries)
        if part.error_count:
            found = f"{part.error_count} {plural(part.error_count, 'error')}"
        else:
            found = f"{len(part.warnings)} {plural(len(part.warnings), 'warning')}"
        lines.append(
            f"{escaped_line(part.path)}: {held} {plural(part.entries or 0, 'entry')}, {found}"
        )
    if imported:  # each note names its file
        lines.append(
            f"and {imported} import {plural(imported, 'note')} (on stderr)"
            f"{import_warnings_said(report)}"
        )
    return lines


def import_warnings_said(report: ValidationReport) -> str:
    """How many import notes say content may be lost or misread (the others are routine)."""
    count = len(report.import_warnings)
    if not count:
        return " (routine: nothing lost)"
    return f" ({count} may have lost or misread content: marked {CHECK_MARK.strip()})"


def marked_notes(report: ValidationReport) -> list[str]:
    """The report's notes, each import note that may have lost or misread content marked."""
    lossy = set(report.import_warnings)
    return [
        f"{note}{CHECK_MARK}" if at < report.import_notes and note in lossy else note
        for at, note in enumerate(report.notes)
    ]


def plural(count: int, noun: str) -> str:
    if count == 1:
        return noun
    return f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s"


def entries_count(entries: int | None) -> str:
    """'1 entry', '3 entries' ('? entries' when unknown)."""
    return "? entries" if entries is None else f"{entries:,} {plural(entries, 'entry')}"


def note_lines(report: ValidationReport) -> str:
    """What importing a page dropped or changed, and checks that were bounded, for stderr."""
    return "".join(f"note: {escaped_line(n)}\n" for n in marked_notes(report))


QUESTION_COLUMNS = (
    "line",
    "answered?",
    "entry (closest if not)",
    "score /100",
    "question",
    "red flags",
)
VERDICT_COLUMN = "verdict"  # labelled questions: right, WRONG or dont-know


def question_rows(report: QuestionsReport) -> list[tuple[str, ...]]:
    """The header (what each column is: ux31 F14, the rows alone said nothing of their columns),
    then one row per question; for an unanswered question, the closest entry."""
    labelled = any(r.verdict is not None for r in report.results)
    rows: list[tuple[str, ...]] = [(*QUESTION_COLUMNS, *((VERDICT_COLUMN,) if labelled else ()))]
    for r in report.results:
        flags = ",".join(f"{urgency}:{rule}" for rule, urgency in r.red_flags) or "-"
        state = "answered" if r.answered else "unanswered"
        verdict = () if r.verdict is None else (VERDICTS[r.verdict],)
        rows.append(
            (
                str(r.line),
                state,
                one_line(r.entry_id or "-"),
                f"{r.score:.1f}",
                one_line(r.question),
                flags,
                *verdict,
            )
        )
    return rows


def aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as columns padded with spaces (two between), the last column unpadded: for a plain
    terminal, where tabs put a 10-letter cell and an 8-letter one on different stops."""
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(max(map(len, rows)))]
    return [
        "  ".join(
            cell if i == len(row) - 1 else cell.ljust(widths[i]) for i, cell in enumerate(row)
        )
        for row in rows
    ]


def plain_questions(report: QuestionsReport, *, on_terminal: bool = False) -> str:
    """A header naming the columns, then one line per question ('line<TAB>answered|unanswered<TAB>
    id<TAB>score<TAB>question<TAB>red flags', and the verdict of a labelled one; for an unanswered
    question, the closest entry), then the summary. `on_terminal`: the columns padded with spaces
    (aligned), not parted by tabs (which a script splits on in a pipe), the question last."""
    rows = question_rows(report)
    if on_terminal:
        # the question, of any length, last: the columns after it would start past the screen
        lines = aligned([(*row[:4], *row[5:], row[4]) for row in rows])
    else:
        lines = ["\t".join(row) for row in rows]
    summary = report.summary()
    lines.append(
        f"{summary['questions']} {plural(summary['questions'], 'question')}: "
        f"{summary['answered']} answered "
        f"({summary['answered_share']:.0%} of {summary['questions']}), {summary['unanswered']} unanswered, "
        f"{summary['red_flagged']} with red flags"
    )
    if "labelled" in summary:
        lines.append(
            f"{summary['labelled']} labelled: {summary['right']} right "
            f"({summary['right_share']:.0%} of {summary['labelled']}), {summary['wrong']} "
            "confidently wrong, "
            f"{summary['dont_know']} honest don't-know{labelled_apart(summary)}"
        )
    return "\n".join(lines)


def labelled_apart(summary: dict[str, Any]) -> str:
    """The labelled questions counted apart, when there are any: withheld under an emergency
    notice, and labels that name no entry ('' when none, so the line reads as it did)."""
    said = ""
    if summary["withheld"]:
        said += f", {summary['withheld']} withheld under an emergency notice"
    if summary["unknown_label"]:
        # counted in the share's denominator, as never right (newcomer29 F4: the summary did
        # not say so, and a fresh import's renamed ids lowered it silently)
        said += (
            f", {summary['unknown_label']} with a label naming no entry (counted as not right; "
            "--against OLD scores a renamed one)"
        )
    return said


def plain_pack_diff(report: PackDiff) -> str:
    """One line per change ('kind<TAB>id<TAB>what': `-` for the pack's own fields), then a
    summary line: for grep and cut, as `topics` lists entries."""
    lines = [
        f"{c.kind}\t{one_line(c.id) if c.id is not None else '-'}\t{change_text(c)}"
        for c in report.changes
    ]
    lines.append(diff_summary(report))
    return "\n".join(lines)


def diff_summary(report: PackDiff) -> str:
    """'3 changes from OLD to NEW: 1 added, 2 answer', or 'no changes from OLD to NEW'."""
    old, new = escaped_line(report.against), escaped_line(report.pack)
    counted = [f"{n} {kind}" for kind, n in report.summary().items() if n]
    if not counted:
        return f"no changes from {old} to {new}"
    total = len(report.changes)
    return f"{total} {plural(total, 'change')} from {old} to {new}: {', '.join(counted)}"


# how a merged or renamed entry was linked (packdiff.FOUND_BY), said after the entry it went to
# (a rename by the same question or answer needs no saying)
MERGED_BY = {
    "aliases": "its question or an alias is there now",
    "asked": "the new pack answers its question with it",
}
RENAMED_BY = {
    "aliases": "reworded: its old question or an alias is there now",
    "asked": "reworded: each version answers the other's question with it",
}
DIFF_CONTEXT = 30  # characters shown around the first difference of two long texts


def change_text(change: Change) -> str:
    """What one change says: the question added or removed, the old id renamed, the entry a
    gone one merged into (and how each of these two was found), the texts
    removed (-) and added (+), or the old text and the new, each around their first difference
    when long (an answer), escaped on one line."""
    if change.kind in ("added", "removed"):
        return one_line(change.question)
    if change.kind == "renamed":
        how = RENAMED_BY.get(change.found_by)
        return (
            f"from {one_line(str(change.old))}{f' ({how})' if how else ''}: "
            f"{one_line(change.question)}"
        )
    if change.kind == "merged":
        how = MERGED_BY.get(change.found_by, "")
        return f"into {one_line(change.into)} ({how}): {one_line(change.question)}"
    if isinstance(change.old, tuple) or isinstance(change.new, tuple):
        said = [f"+{escaped_line(repr(t))}" for t in change.new]
        said += [f"-{escaped_line(repr(t))}" for t in change.old]
        return " ".join(said)
    old, new = str(change.old), str(change.new)
    pairs = enumerate(zip(old, new, strict=False))
    start = next((i for i, (a, b) in pairs if a != b), min(len(old), len(new)))
    start = max(0, start - DIFF_CONTEXT)
    was, now = _around(old, start), _around(new, start)
    return f"{escaped_line(repr(was))} -> {escaped_line(repr(now))}"


def _around(text: str, start: int) -> str:
    """`text` from `start` on, cut after DIFF_CONTEXT * 3 characters, with '…' where cut."""
    shown = text[start : start + DIFF_CONTEXT * 3]
    return ("…" if start else "") + shown + ("…" if start + len(shown) < len(text) else "")


# a labelled question's verdict as the plain report's last column says it
VERDICTS = {
    "right": "right",
    "wrong": "WRONG",
    "dont_know": "dont-know",
    "withheld": "withheld",
    "unknown_label": "unknown-label",
}


def error_lines(report: ValidationReport) -> str:
    """A pack's schema errors for stderr, one line each."""
    return "".join(f"backcare: {escaped_line(e)}\n" for e in report.errors)


class PlainView:
    def __init__(self, env: Environment) -> None:
        self.env = env
        self.printed = False
        self.disclaim = False  # read on a terminal: the "not medical advice" line at the end

    def _block(self, text: str) -> None:
        """Write a block, with a blank line between blocks (batch answers)."""
        if text:
            self.env.stdout.write(("\n" if self.printed else "") + text + "\n")
            self.printed = True

    def _read(self, text: str) -> None:
        """A block a person reads: on a terminal (Environment.linear) broken between words at
        its width, each line's continuations under its own indentation (newcomer18 F5: at 40
        columns the terminal broke "confidence 100.0/10" / "0"); in a pipe, as it is."""
        if self.env.linear:
            from backcare.output.wrapping import wrapped

            text = wrapped(text, self.env.width, hang="")
        self._block(text)

    def answer(self, answer: Answer) -> None:
        options = self.env.options
        # read on a terminal (not a record for a log): what the boxed view shows, as lines
        linear = self.env.linear and not options.with_question
        text = plain_answer(
            answer,
            options.explain and not linear,  # linear: below the related questions, as boxed
            with_question=options.with_question,
            show_answer=options.show_answer,
            region=options.region,
            heading=linear,
            told=options.told,
            unmatched=ANSWER_WITHHELD_NONE,
        )
        if linear:
            related = related_lines(answer, options.show_answer)
            why = plain_explanation(answer) if options.explain else ""
            text = "\n\n".join(part for part in (text, related, why) if part)
            self.disclaim = True
            if options.batch:
                # a batch read on a terminal (newcomer25 F7): each block opens with the question
                # it answers, so a notice says whose it is (the boxed view names it on the
                # panel's border) and a question with no answer has its block too, its "no
                # confident match" line (stderr) under it, apart from the blocks around it
                asked = asked_line(answer)
                text = f"{asked}\n{text}" if text else asked
        self._read(text)
        if tells_no_match(answer, options.show_answer):
            self.env.stdout.flush()  # keep stdout and stderr in order when both go to one place
            said = no_match_line(answer)
            if self.env.linear and self.env.stderr_is_terminal:
                from backcare.output.wrapping import wrapped

                said = wrapped(said, self.env.width)
            self.env.stderr.write(said + "\n")

    def notices(self, answer: Answer) -> None:
        """A question's red-flag notices alone (when the FAQ itself could not be searched):
        rendered as an answer with no match, so order and the --with-question header follow the
        same rules; the error that follows replaces the no-match line."""
        options = self.env.options
        self._read(plain_answer(answer, with_question=options.with_question, region=options.region))

    def topics(self, listing: TopicList) -> None:
        entries = listing.entries
        self._read(topic_lines(entries) if self.env.linear else plain_topics(entries))

    def entry(self, found: EntryFound) -> None:
        self._read(plain_entry(found.entry, found.pack))
        self.disclaim = self.env.linear

    def handout(self, found: EntryFound) -> None:
        """`show ID --handout`: the entry as a sheet for a patient (handout), with its own "not
        medical advice" line."""
        self._read(handout(found.entry, found.pack))

    def entry_missing(self, missing: EntryMissing) -> None:
        self.env.stderr.write(entry_missing_line(missing) + "\n")

    def withheld(self, found: EntryEmergency, contact: str) -> None:
        """`show` of an entry whose own question describes an emergency: why it is not shown,
        and that emergency's call to action."""
        region = self.env.options.region
        self._read("\n".join(entry_withheld_lines(found, region, contact, SHOW_ENTRY_HINT)))

    def validation(self, report: ValidationReport) -> None:
        self.env.stderr.write(error_lines(report))
        self.env.stderr.write(note_lines(report))
        text = plain_validation(report)
        if self.env.linear:
            # read on a terminal: broken between words at its width like every other plain
            # output (newcomer25 F8: 16 lines of a 40-column console broken inside words); the
            # columns a script splits on are tabs only in a pipe
            text = text.replace("\t", "  ")
        self._read(text)

    def questions(self, report: QuestionsReport) -> None:
        self._block(plain_questions(report, on_terminal=self.env.linear))

    def pack_diff(self, report: PackDiff) -> None:
        self._block(plain_pack_diff(report))

    def settings(self, settings: Settings, cache: CacheDir, packs: Sequence[PackFile] = ()) -> None:
        """'key<TAB>value<TAB>where it came from', then the settings file consulted and the cache
        directory."""
        # names (a pack path, the settings file) shown escaped as in the warnings, never stripped
        rows = [f"{k}\t{escaped_line(v)}\t{escaped_line(src)}" for k, v, src in settings.rows()]
        files = [f"settings file: {escaped_line(settings.file_shown())}"]
        if settings.system:  # the machine's, below every other source
            files.append(f"system settings file: {escaped_line(settings.system)}")
        files.append(f"cache directory: {escaped_line(cache.shown())}")
        files.append(f"snapshot: {cache.snapshot_shown()}")
        files += [f"pack: {escaped_line(pack.shown())}" for pack in packs]
        self._block("\n".join([*rows, *files]))

    def imported(self, result: ImportedPack) -> None:
        from backcare.output.jsonview import write_imported

        write_imported(self.env, result)

    def finish(self) -> None:
        if self.disclaim:
            self._read(DISCLAIMER)
        self.env.stdout.flush()
