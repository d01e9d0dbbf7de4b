"""The pack author's commands: `import` (a page or Markdown FAQ into a pack, written whole or not at
all) and `validate` (a pack's errors and warnings, or real questions run against it)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from backcare.cli.ask import say_no_questions
from backcare.cli.context import (
    OutputOptions,
    environment,
    load_settings,
    open_engine,
    page_opener,
    paged,
    show_cache_notes,
)
from backcare.cli.status import Exit, guarded, note, outranked, warning
from backcare.hints import TYPE_CHECKING, Any, BinaryIO
from backcare.output.environment import Environment
from backcare.output.text import one_line
from backcare.results import ImportedPack

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from backcare.config import Settings
    from backcare.packs.baseline import Baseline
    from backcare.packs.multi import PageOpener
    from backcare.packs.questions import QuestionResult, QuestionsReport
    from backcare.packs.schema import Pack


def run_import(
    source: str,
    output: str | Path | None,
    fmt: str,
    force: bool,
    contact: str | None = None,
    allow_shrink: bool = False,
) -> int:
    def import_() -> int:
        from backcare.output.views import make_view

        env = Environment.detect(plain=True)
        result = import_pack(source, output, fmt, force, contact, allow_shrink)
        view = make_view(env)
        view.imported(result)
        view.finish()
        if result.lost:
            warning(result.lost)  # after the notes: the last line a person reads
            return Exit.NOT_FOUND
        return Exit.OK

    flagged = _stray_words_checked([], [source], OutputOptions(plain=True))
    return outranked(guarded(import_), flagged)


def import_pack(
    source: str,
    output: str | Path | None,
    fmt: str,
    force: bool,
    contact: str | None = None,
    allow_shrink: bool = False,
) -> ImportedPack:

    from backcare.output.jsonview import dumps_pretty
    from backcare.packs.importers import import_bytes
    from backcare.packs.schema import pack_from_data
    from backcare.packs.update import in_pack_order

    if output is not None and str(output) == "-":
        output = None  # `-o -`: standard output, as `-` is everywhere else (hostile14 11)
    given = str(output)  # a link's own name: check_output returns what it names
    if output is not None:
        # before the source is read: a wrong target is said at once, not after a slow import
        output = check_output(source, output, force)
    name = "standard input" if source == "-" else source
    result = import_bytes(read_source_bytes(source), name, fmt)
    result.require_entries(name)
    data = result.to_pack()
    if not data["title"]:
        data["title"] = title_from_name(source) if source != "-" else "Imported FAQ"
    data["page_title"] = data["title"]  # what the page gave: a title edited later differs (update)
    from backcare.packs.importers.result import contact_notes, page_contact

    offered = page_contact(result.notes)
    if offered:
        data["page_contact"] = offered  # what the page's call to action gave (newcomer19 F4)
    notes = list(result.notes)
    before: list[str] = []  # the page_contact of the pack an update replaces, if it has one
    if output is not None:
        output = check_output(source, output, force)  # again: the import took time
        link = _link_note(given, output)
        notes.extend(link)
        data = _updated(
            data,
            output,
            notes,
            result.skipped_questions,
            allow_shrink,
            bool(link),
            before,
            frozenset(result.pinned),
        )
    kept = str(data.get("contact", "")) if output is not None else result.contact
    earlier = before[0] if before else None
    # a contact the page's front matter gives is no advice to import with --contact (ux35)
    whence = "its front matter" if kept and kept == result.contact else one_line(str(output))
    notes = contact_notes(notes, contact, kept, whence, earlier)
    if contact is not None:
        data.pop("contact", None)
        if contact.strip():
            data["contact"] = contact
            _check_contact(contact)
    from backcare.packs.importers.fitted import fit_to_limits

    fit_to_limits(data, notes)  # a title from the file name, aliases carried by an update
    data = in_pack_order(data)
    pack = pack_from_data(data, source)  # what import writes must load
    from backcare.packs.noticecheck import notice_undercuts
    from backcare.packs.validate import emergency_answers, emergency_questions

    notes.extend(w.message_for_import() for w in emergency_questions(pack))
    notes.extend(w.message_for_import() for w in emergency_answers(pack))
    notes.extend(w.message_for_import() for w in notice_undercuts(pack))
    from backcare.store.verdicts import save_read

    save_read()  # what the three checks read, written once (store/verdicts.py)
    from backcare.packs.language_check import not_english_packs

    notes.extend(w.message_for_import() for w in not_english_packs(pack))
    notes.extend(_control_notes(pack))
    from backcare.packs.importers.coverage import lost_questions

    aliases = sum(len(e.get("aliases") or ()) for e in result.entries)
    lost = lost_questions(result.question_lines, len(result.entries), result.long_answers, aliases)
    checks = _checks(notes, result.notes)
    # the page by its file name (a pack is shared: the author's folders are no part of it)
    from pathlib import Path

    page = "standard input" if source == "-" else Path(source).name
    data = _with_checks(data, [n for n in notes if n in checks] + ([lost] if lost else []), page)
    payload = dumps_pretty(data)
    entries = len(data["entries"])
    if output is None:
        return ImportedPack(payload, entries, tuple(notes), None, lost, checks)
    write_pack_file(output, payload, new=not force)
    return ImportedPack(payload, entries, tuple(notes), str(output), lost, checks)


def _with_checks(data: dict[str, Any], checks: list[str], page: str) -> dict[str, Any]:
    """The pack data with what its import could not place (`checks`: its notes marked [check],
    and the warning that questions were lost) recorded in 'import_checks', before its entries, so
    that `validate` of the pack reports them as `validate` of the page does (packs/importchecks.py);
    an import with none records none (an earlier pack's are never carried: the page was read
    again)."""
    from backcare.packs.importchecks import FIELD, recorded

    found = {key: value for key, value in data.items() if key not in (FIELD, "entries")}
    if checks:
        found[FIELD] = recorded(checks, page)
    found["entries"] = data["entries"]
    return found


def _checks(notes: list[str], importer: list[str]) -> frozenset[str]:
    """The notes `validate` marks [check] (packs/validate.import_warnings): the importer's own
    (as contact_notes words them: a Note) that are not routine."""
    from backcare.packs.importers.result import is_routine_note
    from backcare.packs.notes import Note

    made = {str(note) for note in importer}
    return frozenset(
        note
        for note in notes
        if (note in made or isinstance(note, Note)) and not is_routine_note(note)
    )


def _check_contact(contact: str) -> None:
    """A PackError naming `--contact` (what the user wrote), not the pack's field 'contact', when
    the line given is past the pack's limit or is more than one line (harden22)."""
    from backcare.errors import PackError
    from backcare.packs import limits
    from backcare.packs.fields import string_problem

    problem = string_problem(contact.strip(), limits.MAX_CONTACT_CHARS, one_line=True)
    if problem:
        raise PackError(
            f"--contact {problem.replace('the limit is', 'the limit for a contact line is')}"
        )


def _control_notes(pack: Pack) -> list[str]:
    """A note for each entry written with control characters or bidi overrides (`&#x202e;` in a
    page): `validate` warns of them later; the import that writes them says so now (hostile12
    F8)."""
    from backcare.packs.fields import has_control

    return [
        f"entry {entry.id!r}: its text holds control characters or direction overrides "
        "(written as found; 'validate' warns of them)"
        for entry in pack.entries
        if any(has_control(t) for t in (entry.question, entry.answer, *entry.aliases))
    ]


def _updated(
    data: dict[str, Any],
    output: Path,
    notes: list[str],
    skipped: Sequence[str] = (),
    allow_shrink: bool = False,
    linked: bool = False,
    before: list[str] | None = None,
    pinned: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The imported pack with what the user added to the pack at `output` (if there is one:
    `import --force` over an earlier import) carried over (packs.update), the notes saying what
    was kept and what could not be. A file that is no pack at all (a page, Markdown, text, JSON
    with no `entries`) is refused (_not_a_pack): --force replaces a pack, never another file
    (newcomer19 F1: `import a.html -o b.html --force` destroyed the second page); an empty file or
    an empty JSON value (`{}`, `[]`, `null`: nothing to lose) is replaced with a note. A pack with errors is refused: carrying only part of what its user added
    would lose the rest silently. `skipped`: the page's questions the import skipped (an answer
    over the limit), which an earlier entry is told left out for. An update that would drop most
    of the pack's entries is refused unless `allow_shrink` (_shrunk). `linked`: `output` is what
    a symbolic link given to -o names (its errors say so). `before` gets the earlier pack's
    `page_contact`, when it has one. `pinned`: the ids the page's front matter pins, which win
    over the ids the earlier pack gave (packs.update.carry_over)."""
    from backcare.errors import PackError
    from backcare.packs.load import parse_json, read_file_bytes
    from backcare.packs.schema import pack_from_data
    from backcare.packs.update import carry_over

    if not output.exists():
        return data
    shown = one_line(str(output))
    raw = read_file_bytes(output, shown)
    if not raw.strip():
        notes.append(f"{shown} was empty: replaced")
        return data
    try:
        earlier = parse_json(raw, shown)
    except PackError:
        raise _not_a_pack(shown, raw, linked) from None
    if earlier in ({}, [], None, ""):  # an empty JSON value holds nothing to lose
        notes.append(f"{shown} held an empty JSON value: replaced")
        return data
    if not isinstance(earlier, dict) or not isinstance(earlier.get("entries"), list):
        raise _not_a_pack(shown, raw, linked, "JSON with no 'entries' list")
    if before is not None and isinstance(earlier.get("page_contact"), str):
        before.append(earlier["page_contact"])
    try:
        pack_from_data(earlier, shown)
    except PackError as exc:
        first = str(exc).splitlines()[0]
        raise PackError(
            f"{shown}: the pack being updated has errors ({first}); what its user added could "
            f"not all be carried over: fix it (backcare validate {shown}) or remove it first"
        ) from None
    lost: list[str] = []
    removed: list[str] = []
    merged, carried = carry_over(data, earlier, shown, lost, skipped, removed, pinned)
    if not allow_shrink:
        _refuse_shrinking(shown, len(earlier["entries"]), removed)
    notes.extend(carried)
    if lost:
        backup = _backup(output, raw)
        notes.append(
            f"what {_entries(len(lost))} held could not all be carried: the pack as it was is "
            f"kept in {one_line(str(backup))}"
        )
    return merged


def _link_note(given: str, output: Path) -> list[str]:
    """A note when -o named a symbolic link to a file that exists: the pack is written to the file
    it names, never through it silently (newcomer19 F1)."""
    from pathlib import Path

    if not Path(given).is_symlink() or not output.exists():
        return []
    return [
        f"{one_line(given)} is a symbolic link: the file it names, {one_line(str(output))}, is "
        "the one updated (the link is kept)"
    ]


def _not_a_pack(shown: str, raw: bytes, linked: bool, what: str = "") -> Exception:
    """The PackError refusing to replace a file that is not a pack: what it looks like, and how to
    go on. --force may replace a pack (its user's additions carried over, or kept in PACK.bak);
    a page, Markdown or text file would be lost whole, so it is never replaced."""
    from backcare.errors import PackError
    from backcare.packs.load import markup_kind

    kinds = {"HTML": "an HTML page", "Markdown": "Markdown", "text": "text"}
    kind = what or kinds.get(markup_kind(raw, shown) or "", "something that is not JSON")
    if linked:
        shown += " (the file a symbolic link given to -o names)"
    return PackError(
        f"{shown}: holds {kind}, not a backcare pack; --force replaces only a pack, so it is left "
        "as it is: give another -o file, or move this one away first"
    )


# an update is refused when more than half of the pack's entries, and at least this many, are no
# longer on the page: a page cut short by a download, or a redesign whose questions the importer
# no longer reads (newcomer15 F7: 4 of 23 were left, exit 0, and a nightly job published them)
MIN_REFUSED_LOSS = 3


def _refuse_shrinking(shown: str, earlier: int, removed: list[str]) -> None:
    """A PackError when an update would drop most of the pack (see MIN_REFUSED_LOSS): the pack is
    kept as it is, and no backup is written."""
    from backcare.errors import PackError

    if len(removed) < MIN_REFUSED_LOSS or 2 * len(removed) <= earlier:
        return
    raise PackError(
        f"{shown}: not updated: {len(removed)} of its {earlier} entries are no longer on the page "
        "(a page cut short, or questions in a shape the importer does not read?); check the "
        "page, or use --allow-shrink to replace the pack anyway"
    )


def _entries(n: int) -> str:
    return "1 earlier entry" if n == 1 else f"{n} earlier entries"


def _backup(output: Path, raw: bytes) -> Path:
    """The earlier pack written beside `output` as PACK.bak, or PACK.bak.2, .3... when that is
    taken: an earlier backup is never overwritten (created exclusively)."""
    n = 1
    while True:
        path = output.with_name(output.name + (".bak" if n == 1 else f".bak.{n}"))
        try:
            with path.open("xb") as file:
                file.write(raw)
            return path
        except FileExistsError:
            n += 1


def title_from_name(source: str) -> str:
    """A page's file name as a pack title: its stem, with bytes that are not UTF-8 (kept by
    os.fsdecode as lone surrogates, which no pack text may hold) read as U+FFFD, as questions
    are. Import failed on such a name ('contains a lone surrogate') for a page with no title."""
    import os
    from pathlib import Path

    return one_line(os.fsencode(Path(source).stem).decode("utf-8", "replace")) or "Imported FAQ"


def check_output(source: str, output: str | Path, force: bool) -> Path:
    """The `-o` target as a Path, or a PackError naming what is wrong with it. A pack is written by
    renaming a new file into place, so a target that is not a regular file (a device such as
    /dev/null, a FIFO, a socket) would be replaced, not written to: refused, --force or not. So are
    an empty name, a directory, and the file being imported (through any link): --force must never
    cost the user their source."""
    import os
    import stat
    from pathlib import Path

    from backcare.errors import PackError
    from backcare.userfiles import file_kind

    given = str(output)
    shown = one_line(given)
    if not given.strip():
        raise PackError("-o: the pack's file name is empty")
    in_directory = f"(-o {shown.rstrip(os.sep) or os.sep}{os.sep}pack.json)".replace("//", "/")
    try:
        found = Path(given).stat()
    except (OSError, ValueError):
        found = None  # new, or a name no file can have: the write reports what is wrong precisely
    if (found is not None and stat.S_ISDIR(found.st_mode)) or Path(given).name in ("", "..", "."):
        raise PackError(f"{shown}: is a directory; give the pack's file name {in_directory}")
    if given.endswith(os.sep):
        raise PackError(
            f"{shown}: names a directory (it ends in '{os.sep}'); give the pack's file name "
            f"{in_directory}"
        )
    if found is None:
        if Path(given).is_symlink() and not force:
            # a link to a missing file (hostile9 15): the write would replace the user's link
            # with a regular file, silently; a link to a file that exists is refused the same way
            raise PackError(
                f"{shown}: is a symbolic link to a file that does not exist; the pack would "
                "replace the link (use --force to replace it)"
            )
        return Path(given)
    if not stat.S_ISREG(found.st_mode):
        raise PackError(
            f"{shown}: is {file_kind(found.st_mode)}, not a regular file; import writes a pack "
            "only to a regular file (it would replace this one)"
        )
    if _same_file(source, found):
        raise PackError(
            f"{shown}: is the file being imported; write the pack to another file "
            "(--force never overwrites the source)"
        )
    if not force:
        raise PackError(f"{shown}: already exists (use --force to overwrite)")
    if Path(given).is_symlink():
        # the pack the link names is updated in place and the link kept (hostile14 10): the
        # settings file names one of them, and the target's own mode stays
        return Path(os.path.realpath(given))
    return Path(given)


def _same_file(source: str, target: os.stat_result) -> bool:
    """Whether the import's source (a file, or what standard input is, for '-') is `target`."""
    import os
    from pathlib import Path

    try:
        if source == "-":
            if sys.stdin is None:
                return False
            found = os.fstat(sys.stdin.fileno())
        else:
            found = Path(source).stat()
    except (OSError, ValueError):
        return False
    return (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino)


def write_pack_file(output: Path, payload: str, *, new: bool = False) -> None:
    """Write atomically: a full disk or a kill leaves the old file whole, never a truncated one.
    With `new` (no --force), a file that appeared since `check_output` is never replaced: another
    import or an editor made it in the meantime."""
    from backcare.errors import PackError, os_reason
    from backcare.store.files import write_atomic

    try:
        write_atomic(output, payload.encode("utf-8"), new=new)
    except FileExistsError:
        raise PackError(
            f"{one_line(str(output))}: already exists (another process wrote it while this "
            "import ran; use --force to overwrite)"
        ) from None
    except OSError as exc:
        raise PackError(f"{output}: cannot write ({os_reason(exc)})") from None


def read_source_bytes(source: str) -> bytes:
    """A file's (or stdin's, for '-') bytes, within the pack size limit, with a one-line error for
    every way that fails."""
    from backcare.packs.load import read_file_bytes, read_limited

    if source == "-":
        if sys.stdin is None:
            from backcare.errors import StreamError

            raise StreamError("cannot read standard input (it is closed)")
        return read_limited(sys.stdin.buffer, "standard input", what="a page to import")
    from pathlib import Path

    from backcare.packs.multi import refuse_url

    refuse_url(source, "page")  # a URL: said how to fetch it, not "no such file" (hostile15 F8)
    # a page may come through a pipe (`import <(curl ...)`), unlike a pack: read any file, bounded
    return read_file_bytes(Path(source), source, what="a page to import", regular=False)


def run_validate(
    paths: Sequence[str | Path],
    output: OutputOptions,
    questions: str | Path | None = None,
    stale_after: int | None = None,
    min_right: int | None = None,
    older: str | Path | None = None,
    baseline: str | None = None,
) -> int:
    """Check packs (searched together); with `questions`, run that file of real questions against
    them instead of the authoring checks (`older`: an earlier version of the pack, which an
    unknown label's hint reads for the entry it became). With `baseline` (a saved `validate
    --json`), exit 1 only for what it does not accept (packs/baseline.py). No `paths`: the packs BACKCARE_FAQ or the settings file
    name (a line on stderr says which, first), else a usage error saying how to name one."""

    def validate() -> int:
        from backcare.cli.slowstep import said_if_slow
        from backcare.errors import PackError
        from backcare.output.views import make_view
        from backcare.packs.validate import STALE_AFTER_DAYS, validate_pack

        nonlocal paths
        settings = load_settings((), output)
        accepted = _read_baseline(baseline) if baseline is not None else None
        if not paths:
            paths = configured_packs(settings)
        env = environment(output, settings)
        with paged(env, settings) as shown:
            view = make_view(shown)
            if questions is not None:
                from backcare.packs.questions import check_questions, read_questions

                # a missing file is an error before any work; '-' is stdin, as for `ask -`
                noticed: list[str] = []  # every time, as plain `validate` lists them
                _refuse_one_stdin(paths, questions)
                if str(questions) == "-" == str(older):
                    from backcare.errors import QueryError

                    raise QueryError(
                        "--questions - and --against - both read standard input: give one of "
                        "them as a file"
                    )
                asked = read_questions(questions, questions_stdin(questions), noticed)
                read_notes = len(noticed)  # the questions file's; the packs' import notes next
                try:
                    engine = open_engine([str(p) for p in paths], env, noticed)
                except PackError:
                    # every file's schema errors, as `validate` without --questions lists them
                    failed = validate_pack(paths, checks=False, open_page=page_opener([]))
                    if not failed.error_count:
                        raise
                    view.validation(failed)
                    view.finish()
                    return Exit.ERROR
                earlier = None
                if older is not None:
                    earlier = older_pack(older, paths[0] if paths else "", noticed, page_opener([]))
                first = str(paths[0]) if len(paths) == 1 else ""  # the pack OLD compares with
                report = check_questions(
                    engine, asked, earlier, _source_name(questions, first)
                )._replace(notes=tuple(noticed))
                if min_right is not None and report.right_share() is None:
                    from backcare.errors import QueryError

                    raise QueryError(
                        f"--min-right {min_right}: {one_line(str(questions))} has no labelled "
                        'questions ({"q": ..., "expect": [...]} lines) to count right'
                    )
                view.questions(report)
                from backcare.output.messages import CHECK_MARK

                lossy = _lossy(noticed[read_notes:])
                for line in noticed:
                    # marked as plain `validate` marks them (newcomer23 F5/F16: the marks and
                    # their exit 1 were dropped here)
                    note(f"{line}{CHECK_MARK}" if line in lossy else line)
                for line in report.hints():  # withheld answers, labels naming no entry
                    warning(f"{one_line(str(questions))}: {line}")
                view.finish()
                worse = None
                if accepted is not None:
                    from backcare.packs.baseline import worse_questions

                    worse = worse_questions(report.results, accepted)
                    _say_against_baseline(
                        accepted.name,
                        [f"line {r.line}: {r.question!r} ({_now(r)})" for r in worse],
                        len(report.results),
                        "questions",
                    )
                if not report.results:  # as for `ask -`
                    say_no_questions(env, questions)
                status = _questions_status(report, min_right, bool(lossy))
                if worse is not None and status == Exit.NOT_FOUND:
                    # 1 is now "worse than the baseline"; 4 and 5 are failures whatever it holds
                    status = Exit.NOT_FOUND if worse or lossy else Exit.OK
                return status
            days = STALE_AFTER_DAYS if stale_after is None else stale_after
            # a page (.md, .html) through the import cache, as `--faq page.md` opens it
            cache_notes: list[str] = []
            terminal = env.stderr_is_terminal  # the line is said (and laid out) there only
            checking = _checking_line(paths) if terminal else ""
            with said_if_slow(env.stderr, checking, terminal=terminal):
                checked = validate_pack(
                    paths, stale_after_days=days, open_page=page_opener(cache_notes)
                )
            from backcare.store.verdicts import save_read

            save_read()  # what every check read, written once (store/verdicts.py)
            show_cache_notes(cache_notes, env)
            view.validation(checked)
            view.finish()
        status = {"errors": Exit.ERROR, "warnings": Exit.NOT_FOUND}.get(checked.status, Exit.OK)
        if accepted is not None and status == Exit.NOT_FOUND and not checked.error_count:
            from backcare.packs.baseline import new_warnings

            new = new_warnings(checked.warnings, accepted)
            _say_against_baseline(
                accepted.name,
                [f"{w.kind} {w.entry_id}: {w.message}" for w in new],
                len(checked.warnings),
                "warnings",
            )
            # an import note marked [check] (content may be lost) is no accepted state: still 1
            return Exit.NOT_FOUND if new or checked.import_warnings else Exit.OK
        return status

    flagged = _stray_words_checked(paths, [questions], output)
    code = guarded(validate)
    return outranked(code, flagged)


def _checking_line(paths: Sequence[str | Path]) -> str:
    """What a slow `validate` says it is doing (cli/slowstep.py), wrapped as every other line."""
    from backcare.output.text import escaped_line

    names = ", ".join(escaped_line(str(p)) for p in paths) or "the pack"
    line = (
        f"Checking {names}: each entry's question is asked against the others, to find "
        "competing questions; a large pack takes a while..."
    )
    from backcare.output.environment import layout_width
    from backcare.output.wrapping import wrapped

    return wrapped(line, layout_width(), hang="")


def _source_name(questions: str | Path, pack: str) -> str:
    """The questions file as the `--against` hint's command names it ('' when the packs are
    several or the questions came on standard input: no command to paste then)."""
    name = str(questions)
    return "" if not pack or name in ("-", "/dev/stdin") else name


def _now(result: QuestionResult) -> str:
    """What a question gets now, for a line saying it is worse than the baseline."""
    verdict = result.verdict
    if verdict is None or verdict == "dont_know":
        return "now unanswered" if not result.answered else "now answered"
    return f"now {verdict.replace('_', ' ')}"


def _read_baseline(name: str) -> Baseline:
    """The baseline file `--baseline` names, read before any work: a file that is missing or is
    no saved `validate --json` is an error (exit 2), never an empty baseline accepting nothing."""
    import json

    from backcare.errors import QueryError
    from backcare.packs.baseline import read_baseline
    from backcare.packs.load import read_file_bytes

    raw = read_file_bytes(name, f"--baseline {name}", what="a baseline")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        # the advice names the file only when it is empty: '> faq.md' would have replaced the
        # page a mistyped `--baseline faq.md` named (stranger41), losing what the user gave
        target = name if not raw.strip() else "baseline.json"
        also = "" if target == name else f", then --baseline {target}"
        raise QueryError(
            f"--baseline {name}: not JSON; save one with "
            f"'backcare validate ... --json > {target}'{also}"
        ) from None
    return read_baseline(data, name)


def _say_against_baseline(name: str, new: Sequence[str], total: int, what: str) -> None:
    """One warning line per item the baseline does not accept, then a note of the count."""
    warnings = what == "warnings"
    for line in new:
        warning(f"{'new since' if warnings else 'worse than'} the baseline {name}: {line}")
    if new:
        said = (
            f"{len(new)} {'new warning' if warnings else 'question'}{'s' if len(new) != 1 else ''}"
        )
        how = "not in" if warnings else "answered worse than in"
        note(f"{said} {how} the baseline {name}: exit 1")
    elif warnings:
        note(f"every warning ({total}) is in the baseline {name}")
    else:
        note(f"no question is answered worse than in the baseline {name}")


def _stray_words_checked(
    packs: Sequence[str | Path], values: Sequence[str | Path | None], output: OutputOptions
) -> Exit:
    """Words that name no file may be a question typed after `validate` or `import` (`backcare
    validate i cant pee`), or put where a file goes (hostile15 F3: `import "i cant pee and my bum
    is numb"`, `--questions "..."`, `--against "..."`): checked for red flags first, as every other
    command's stray words are. The PACK words are read as one question, each option value as
    its own. A name shaped as a file's path is no message (review15 F2: a mistyped
    `saddle_numbness_and_bladder.html`; cli/pathwords.py). The missing files are still reported
    after; an emergency decides the exit status."""
    from backcare.cli.pathwords import stray_words
    from backcare.packs.multi import BUNDLED_NAME

    strays = stray_words(packs, bundled=BUNDLED_NAME)
    typed = stray_words([value for value in values if value is not None], bundled=BUNDLED_NAME)
    if not strays and not typed:
        return Exit.OK
    from backcare.cli.notices import run_question_notices

    return Exit(run_question_notices(strays, output, extra=typed))


def configured_packs(settings: Settings) -> list[str | Path]:
    """The packs `validate` with no PACK checks: those the settings name (BACKCARE_FAQ, else the
    settings file), announced in a first line, since a manager who has just set `faq =` expects
    them checked and must see which file was; none named is a usage error giving every way to
    name one (a bare `validate` checking the bundled pack would pass for a check of theirs)."""
    from backcare.errors import BackcareError
    from backcare.packs.multi import pack_name

    if not settings.faq:  # exit 2, as a usage error
        raise BackcareError(
            "no pack to check: name it (backcare validate PACK...), or give --faq PACK before "
            f"'validate', or set faq = \"PACK\" in the settings file ({settings.path}) "
            "or BACKCARE_FAQ; see 'backcare validate --help'"
        )
    source = settings.sources["faq"]
    where = "BACKCARE_FAQ" if source == "BACKCARE_FAQ" else f"the settings file ({source})"
    shown = ", ".join(one_line(str(name)) for name in settings.faq)
    packs = "the packs" if len(settings.faq) > 1 else "the pack"
    note(f"no PACK given: checking {shown}, {packs} {where} names")
    return [pack_name(str(name)) for name in settings.faq]


def run_pack_diff(path: str | Path, against: str | Path, output: OutputOptions) -> int:
    """`validate NEW --against OLD`: what changed from OLD to NEW (packdiff.py); exit 0 when
    nothing did, 1 when something did (as `diff` and `git diff --exit-code`), 2 when either pack
    cannot be read (every schema error listed, as `validate` lists them)."""

    def compare() -> int:
        from backcare.errors import PackError
        from backcare.output.views import make_view
        from backcare.packs.multi import load_one
        from backcare.packs.packdiff import diff_packs
        from backcare.packs.validate import validate_pack

        settings = load_settings((), output)
        env = environment(output, settings)
        with paged(env, settings) as shown:
            view = make_view(shown)
            cache_notes: list[str] = []
            opener = page_opener(cache_notes)
            try:
                packs = [load_one(path, None, opener), older_pack(against, path, None, opener)]
            except PackError:
                # each version's every schema error, as `validate FILE` lists them (checked
                # apart: the two versions share their ids); standard input, read once, is said
                # in its own error
                reports = [
                    validate_pack([name], checks=False, open_page=page_opener([]))
                    for name in (path, against)
                    if str(name) != "-"
                ]
                failed = [checked for checked in reports if checked.error_count]
                if not failed:
                    raise
                for checked in failed:
                    view.validation(checked)
                view.finish()
                return Exit.ERROR
            show_cache_notes(cache_notes, env)
            report = diff_packs(packs[0], packs[1])
            view.pack_diff(report)
            for line in report.notes:
                note(line)
            view.finish()
        return Exit.NOT_FOUND if report.changes else Exit.OK

    flagged = _stray_words_checked([path], [against], output)
    return outranked(guarded(compare), flagged)


STDIN_NAME = "standard input"


def older_pack(
    name: str | Path, newer: str | Path, notes: list[str] | None, opener: PageOpener
) -> Pack:
    """`--against OLD`: a pack file or page, or, for `-`, the older version piped in (`git show
    HEAD:faq.md | backcare validate faq.md --against -`: newcomer23 F7 needed a temporary file
    named with the right extension). It is read once, whole: a JSON pack when it opens with `{`
    (or a UTF-16/32 byte-order mark), else a page in the format of the newer version's name (the
    same file, earlier), else in the format its content shows."""
    from backcare.packs.multi import load_one

    if str(name) != "-":
        return load_one(name, notes, opener)
    from backcare.errors import PackError
    from backcare.packs.load import parse_pack, read_limited

    stdin = sys.stdin
    if stdin is None:
        from backcare.errors import StreamError

        raise StreamError("--against -: cannot read the older pack (standard input is closed)")
    if stdin.isatty():  # nothing piped: a prompt-less wait would look like a hang
        raise PackError(
            "--against -: standard input is a terminal; pipe the older version in "
            "(git show HEAD~1:faq.md | backcare validate faq.md --against -)"
        )
    raw = read_limited(stdin.buffer, STDIN_NAME)
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise PackError(f"--against -: {STDIN_NAME} is empty (nothing was piped in)")
    if head.startswith(b"{") or raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return parse_pack(raw, STDIN_NAME)
    from backcare.packs.formats import format_from_name
    from backcare.packs.importers import import_bytes
    from backcare.packs.notes import prefixed
    from backcare.packs.schema import pack_from_data

    result = import_bytes(raw, STDIN_NAME, format_from_name(newer) or "auto")
    result.require_entries(STDIN_NAME)
    if notes is not None:
        notes.extend(prefixed(f"{STDIN_NAME}: ", line) for line in result.notes)
    return pack_from_data(result.to_pack(), STDIN_NAME)


def _lossy(notes: Sequence[str]) -> frozenset[str]:
    """The import notes that say content may be lost or misread (packs.validate's reading)."""
    from backcare.packs.validate import import_warnings

    return frozenset(import_warnings(notes))


def _questions_status(report: QuestionsReport, min_right: int | None, lossy: bool = False) -> int:
    """4 a labelled question answered with the wrong entry, else 5 fewer right than
    `min_right` percent, else 1 a question without the answer it should have (a labelled one
    right with no answer is no miss; one withheld under an emergency notice, or labelled with no
    entry of the pack, is), or a page whose import may have lost or misread content (`lossy`, as
    plain `validate` exits 1 for it), else 0."""
    if report.wrong:
        return Exit.WRONG_ANSWER
    verdicts = [r.verdict for r in report.results if r.verdict is not None]
    if min_right is not None and verdicts.count("right") * 100 < min_right * len(verdicts):
        return Exit.BELOW_MIN_RIGHT  # in whole numbers: 29 of 100 is 29%, never 28.999...
    missed = [r for r in report.unanswered if r.verdict != "right"]
    apart = [r for r in report.results if r.verdict in ("withheld", "unknown_label")]
    return Exit.NOT_FOUND if missed or apart or lossy or not report.results else Exit.OK


def _refuse_one_stdin(paths: Sequence[str | Path], questions: str | Path) -> None:
    """A usage error when a pack and the questions are both standard input (`validate /dev/stdin
    --questions /dev/stdin < pack.json`, or `--questions -`): the questions were read first, the
    pack's own JSON then refused as a labelled question gone wrong (hostile14 17). Said as `ask -`
    says it of `--faq /dev/stdin`, before anything is read."""
    import os

    from backcare.errors import QueryError
    from backcare.packs.multi import BUNDLED_NAME

    def identity(name: str | Path) -> tuple[int, int] | None:
        try:
            # no pathlib: start-up time
            found = os.fstat(sys.stdin.fileno()) if str(name) == "-" else os.stat(name)  # noqa: PTH116
        except (OSError, ValueError, AttributeError):
            return None
        return found.st_dev, found.st_ino

    asked = identity(questions)
    if asked is None or asked != identity("-"):
        return  # the questions are a file of their own: a pack may be one too
    for path in paths:
        if str(path) != BUNDLED_NAME and identity(path) == asked:
            raise QueryError(
                f"{one_line(str(path))}: is the questions' file too ({one_line(str(questions))}: "
                "standard input); the pack and the questions cannot both come from standard "
                "input (save the pack to a file)"
            )


def questions_stdin(questions: str | Path) -> BinaryIO | None:
    """Standard input's bytes when the questions file is '-', else None."""
    if str(questions) != "-":
        return None
    if sys.stdin is None:
        from backcare.errors import StreamError

        raise StreamError("cannot read questions (standard input is closed)")
    return sys.stdin.buffer
