"""What each command does, independent of argument parsing and of how results look.

The Typer app (backcare.cli.app), the start-up fast path (backcare.cli.entry) and the interactive
prompt all call these. `run_*` functions build the output environment once, call the command, hand
its results to the view, and return the exit code, all inside the one error boundary (`guarded`).
"""

from __future__ import annotations

import contextlib
import itertools
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, BinaryIO, TextIO

from backcare.cli.actions import find_entry, list_topics
from backcare.cli.status import Exit, error, guarded, held, note, warning
from backcare.namedtuple import NamedTuple
from backcare.output.environment import Environment, Mode, ViewOptions
from backcare.output.text import escaped_line, one_line
from backcare.results import EntryMissing, ImportedPack

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from backcare.config import Settings
    from backcare.engine.answer import Answer, Engine
    from backcare.engine.query import Query
    from backcare.output.views import View
    from backcare.packs.schema import Pack
    from backcare.store.protocol import Progress, Store


class AskOptions(NamedTuple):
    """`ask` as parsed, by Typer or by the fast path (the same declarations: backcare.cli.options)."""

    question: list[str]
    top: int | None = None  # None: not given (settings decide)
    topic: str | None = None
    explain: bool = False
    json_output: bool = False
    plain: bool = False
    color: str | None = None
    faq: tuple[str, ...] = ()
    with_question: bool = False
    show_answer: bool = False
    no_pager: bool = False

    @property
    def output(self) -> OutputOptions:
        return OutputOptions(self.json_output, self.plain, self.color, self.no_pager)


class OutputOptions(NamedTuple):
    """The output flags every command shares, as given (None/False: not given)."""

    json_output: bool = False
    plain: bool = False
    color: str | None = None
    no_pager: bool = False


# ---- settings and environment: flags > BACKCARE_* > settings file > NO_COLOR/PAGER > defaults ----


def load_settings(
    faq: Sequence[str],
    output: OutputOptions,
    top: int | None = None,
    *,
    problems: list[str] | None = None,
) -> Settings:
    """The effective settings. A bad value (an unknown key or region, a value of the wrong kind, a
    file that cannot be read) is one warning line on stderr and the next source, in the end the
    default, decides: a typo in a settings file must never stand between a question and its
    red-flag notice. With `problems` (`backcare config`), each bad value is added there instead."""
    from backcare.config import load_settings as load

    flags = {
        "faq": list(faq) or None,
        "color": output.color,
        "plain": True if output.plain else None,
        "pager": False if output.no_pager else None,
        "top": top,
    }
    return load(flags, regions=region_codes, warn=warning if problems is None else problems.append)


def region_codes() -> dict[str, str]:
    """Every region code people may set (engine.safety: regions and aliases such as GB -> UK)."""
    from backcare.engine.safety.flags import region_codes as codes

    return codes()


def environment(
    output: OutputOptions, settings: Settings, options: ViewOptions | None = None
) -> Environment:
    return Environment.detect(
        json_output=output.json_output,
        plain=settings.plain,
        color=settings.color,
        options=options,
    )


@contextlib.contextmanager
def paged(env: Environment, settings: Settings) -> Iterator[Environment]:
    """The environment, with stdout going through the pager when the output will be too tall for
    the terminal (never in a pipe, never for JSON)."""
    if env.mode is Mode.JSON or settings.pager is None or not env.stdout_is_terminal:
        yield env
        return
    from backcare.output.pager import paging

    with paging(settings.pager, env.stdout) as out:
        yield env._replace(stdout=out)  # type: ignore[arg-type]


# ---- opening packs -------------------------------------------------------------------------------


def open_engine(faq: Sequence[str], env: Environment | None = None) -> Engine:
    from backcare.engine.answer import Engine

    if not faq:  # the bundled pack: with its index from the snapshot (backcare.store.snapshot)
        from backcare.store.snapshot import tables

        found = tables()
        if found is not None:
            return Engine(*found.bundled())
    return Engine(*_open(faq, env))


def open_pack(faq: Sequence[str], env: Environment | None = None) -> Pack:
    return _open(faq, env)[0]


def _open(faq: Sequence[str], env: Environment | None) -> tuple[Pack, Store | None]:
    """The packs `faq` names (settings.faq: flags, BACKCARE_FAQ or the settings file; empty: the
    bundled pack). One pack file: from its persistent index when it has one. Several (or
    `bundled` by name): validated one by one and searched together in memory."""
    from backcare.packs.formats import format_from_name
    from backcare.packs.multi import BUNDLED_NAME, load_packs

    names = list(faq)
    if len(names) == 1 and names[0] != BUNDLED_NAME and format_from_name(names[0]) is None:
        from backcare.store.open import open_store

        cache_notes: list[str] = []
        opened = open_store(names[0], _progress(env), cache_notes)
        for line in cache_notes if env is not None else ():
            note(line)
        return opened
    notes: list[str] = []
    digests: dict[str, str] = {}
    pack = load_packs(names, notes, digests)
    if env is not None:
        import shlex

        for name in names:
            ours = [note for note in notes if note.startswith(f"{name}: ")]
            if ours and not notes_were_shown(digests.get(name, ""), ours):
                for line in ours:
                    note(line)
                note(
                    f"these import notes are shown once for this version of the file; "
                    f"`backcare import {shlex.quote(one_line(name))} > /dev/null` lists them again"
                )
    return pack, None


def notes_were_shown(digest: str, notes: Sequence[str]) -> bool:
    """Whether these import notes for this content of the file (`digest`: the content hash of the
    bytes imported, never read again) were shown before: a marker in the cache directory, named
    for the digest and the notes; marks them as shown if not. Notes repeated on every question
    drown what matters on stderr; a changed file shows its notes again. When the cache cannot be
    used the notes are shown every time (docs/threat-model.md lists the markers)."""
    import zlib

    from backcare.store.files import write_atomic
    from backcare.store.open import cache_dir

    if not digest:
        return False
    try:
        content = f"{digest}\n".encode() + "\n".join(notes).encode("utf-8", "replace")
        marker = cache_dir() / "notes" / f"{zlib.crc32(content):08x}{zlib.adler32(content):08x}"
        if marker.exists():
            return True
        marker.parent.mkdir(parents=True, exist_ok=True)
        # written whole by a rename, never through a link or into a FIFO found at its name
        write_atomic(marker, b"", keep_mode=False)
    except OSError:
        return False
    return False


def _progress(env: Environment | None) -> Progress | None:
    """A progress bar for a first index build, on a terminal only (Rich is imported only if used)."""
    if env is None or not env.stderr_is_terminal:
        return None

    def update(done: int, total: int) -> None:
        from backcare.output.terminal import index_progress

        index_progress(done, total)

    return update


# ---- the commands ------------------------------------------------------------------------------


def answers(engine: Engine, template: Query, questions: Iterable[str]) -> Iterator[Answer]:
    for text in questions:
        yield engine.answer(template.with_text(text))


def safety_answer(question: str) -> Answer:
    """The question's red-flag check alone, with no match: what needs no settings, pack or index,
    so a notice can be shown whatever else fails (docs/safety.md)."""
    from backcare.engine.answer import Answer, warnings
    from backcare.engine.match import Ranking

    flags, told = warnings(question)
    ranking = Ranking(question, (), False, ())
    return Answer(question, ranking, flags, pointer=told)


Contact = Callable[[], str]  # the pack's contact line, asked for only once a notice is due


def flagged(
    texts: Iterable[str], described: list[Exit] | None = None, contact: Contact | None = None
) -> Iterator[Answer]:
    """The red-flag check of each text alone (safety_answer), yielding the answers that raise a
    flag, with the pack's `contact` line for their notices (a clinic's number, as a question's
    own notice has it). `described[0]` becomes EMERGENCY as soon as one describes an emergency,
    before the caller shows it: the exit status tells even when the notice then cannot be
    written. Every door that checks words which will not be answered (a usage error, an unknown
    id or topic, a pack that failed, stdout that is closed) reads them through here."""
    line: list[str] = []
    for text in texts:
        answer = safety_answer(text)
        if answer.red_flags:
            if described is not None and answer.emergency:
                described[0] = Exit.EMERGENCY
            if contact is not None:
                if not line:
                    line.append(contact())
                answer = answer._replace(contact=line[0])
            yield answer


def pack_contact(faq: Sequence[str]) -> Contact:
    """The contact line of the packs `faq` names, for notices shown when the question cannot be
    answered (a bad option value): "" when they cannot be opened (the error says why)."""

    def contact() -> str:
        try:
            return open_pack(faq).contact
        except Exception:  # the notice must be shown whatever the pack does
            return ""

    return contact


def with_topic(questions: Iterable[str], topic: str | None) -> Iterator[str]:
    """The questions, then an unknown --topic (words typed there may be a question too), unless
    it is one of them: `ask --topic "i cant pee" i cant pee` showed the notice twice."""
    seen: set[str] = set()
    for question in questions:
        if topic:
            seen.add(question)
        yield question
    if topic and topic not in seen:
        yield topic


def show_red_flags(
    texts: Iterable[str],
    view: Callable[[], View],
    described: list[Exit],
    stderr: TextIO | None,
    region: Callable[[], str | None],
    contact: Contact | None = None,
) -> None:
    """Each text's red-flag notices, shown through `view()` (made for the first notice only: a door
    with no settings yet reads them then, and sets what `region()` answers) and finished if one was
    shown; `described` as for flagged. When stdout fails, every notice raised so far goes to
    `stderr` before the error (stderr_if_lost)."""
    shown: list[View] = []
    raised: list[Answer] = []
    with stderr_if_lost(stderr, raised, region):
        for answer in flagged(texts, described, contact):
            raised.append(answer)
            if not shown:
                shown.append(view())
            shown[0].notices(answer)
        if shown:
            shown[0].finish()


def ask_status(answer: Answer, status: Exit = Exit.OK) -> Exit:
    """The exit status so far: an emergency outranks no answer, which outranks answered."""
    if status is Exit.EMERGENCY or answer.emergency:
        return Exit.EMERGENCY
    if status is Exit.NOT_FOUND or answer.match is None:
        return Exit.NOT_FOUND
    return Exit.OK


def import_pack(source: str, output: str | Path | None, fmt: str, force: bool) -> ImportedPack:

    from backcare.output.jsonview import dumps_pretty
    from backcare.packs.importers import import_bytes
    from backcare.packs.schema import pack_from_data

    if output is not None:
        # before the source is read: a wrong target is said at once, not after a slow import
        output = check_output(source, output, force)
    name = "standard input" if source == "-" else source
    result = import_bytes(read_source_bytes(source), name, fmt)
    result.require_entries(name)
    data = result.to_pack()
    if not data["title"]:
        data["title"] = title_from_name(source) if source != "-" else "Imported FAQ"
    pack_from_data(data, source)  # what import writes must load
    payload = dumps_pretty(data)
    notes = tuple(result.notes)
    if output is None:
        return ImportedPack(payload, len(result.entries), notes, None)
    output = check_output(source, output, force)  # again: the import took time
    write_pack_file(output, payload)
    return ImportedPack(payload, len(result.entries), notes, str(output))


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


def write_pack_file(output: Path, payload: str) -> None:
    """Write atomically: a full disk or a kill leaves the old file whole, never a truncated one."""
    from backcare.errors import PackError, os_reason
    from backcare.store.files import write_atomic

    try:
        write_atomic(output, payload.encode("utf-8"))
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

    # a page may come through a pipe (`import <(curl ...)`), unlike a pack: read any file, bounded
    return read_file_bytes(Path(source), source, what="a page to import", regular=False)


def stdin_lines() -> Iterator[str]:
    """Non-blank stdin lines; bytes that aren't UTF-8 become U+FFFD instead of failing the batch.

    Lines are read in bounded pieces, never held whole (`ask - < /dev/zero` must not fill memory):
    a line longer than the red-flag check reads (engine.answer.safety_window) keeps its first and
    its last MAX_SAFETY_CHARS characters around SAFETY_GAP, and its middle is read and dropped a
    piece at a time, with one note."""
    if sys.stdin is None:
        from backcare.errors import StreamError

        raise StreamError("cannot read questions (standard input is closed)")
    from backcare.engine.tuning import MAX_SAFETY_CHARS

    stream = sys.stdin.buffer
    piece = 4 * MAX_SAFETY_CHARS  # bytes: a UTF-8 character takes at most 4
    whole = 2 * MAX_SAFETY_CHARS  # bytes (so characters, at most) the check reads whole
    number = 0
    while raw := stream.readline(piece):
        number += 1
        if len(raw) <= whole:  # the usual line: read whole, no window to cut
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        else:
            tail, dropped = b"", False
            if not raw.endswith(b"\n") and len(raw) == piece:
                tail, dropped = rest_of_line(stream, piece)
            line = line_ends(raw, tail, dropped, number)
        line = line.strip()
        if line:
            yield line


def rest_of_line(stream: BinaryIO, piece: int) -> tuple[bytes, bool]:
    """The rest of a line whose first `piece` bytes were read: its last two pieces at most (at
    least MAX_SAFETY_CHARS characters in any encoding), and whether anything before them was
    dropped."""
    tail, dropped = b"", False
    while rest := stream.readline(piece):
        dropped = dropped or len(tail) + len(rest) > 2 * piece
        tail = (tail + rest)[-2 * piece :]
        if rest.endswith(b"\n"):
            break
    return tail, dropped


def line_ends(head: bytes, tail: bytes, dropped: bool, number: int) -> str:
    """A line as the red-flag check reads it (engine.answer.safety_window): whole when it is that
    short, else its first and last MAX_SAFETY_CHARS characters around SAFETY_GAP, with a note."""
    from backcare.engine.answer import SAFETY_GAP, safety_window
    from backcare.engine.tuning import MAX_SAFETY_CHARS

    def decoded(raw: bytes) -> str:
        return raw.decode("utf-8", errors="replace").rstrip("\r\n")

    # a dropped middle is already a gap: the head and the tail are each longer than the window's
    # ends, so the window keeps the head's first and the tail's last characters
    text = decoded(head) + SAFETY_GAP + decoded(tail) if dropped else decoded(head + tail)
    window = safety_window(text)
    if window is text:  # short enough to be read whole
        return text
    note(
        f"standard input line {number:,} is longer than {2 * MAX_SAFETY_CHARS:,} characters; "
        f"its first and last {MAX_SAFETY_CHARS:,} were read and the rest skipped"
    )
    return window


# ---- running a command: environment, command, view, exit code ------------------------------------


def run_ask(options: AskOptions) -> int:
    """`ask`: the exit status of the answers (an emergency outranks no answer, which outranks
    answered); when the output fails after an emergency was described, still EMERGENCY (3), since
    a script must not miss one because stdout was full or closed."""
    described = [Exit.OK]  # the status of the questions answered so far, for after a failure
    lost: dict[str, None] = {}  # a batch's notice lines (in order, once each), for a failed stdout

    def ask() -> int:
        from backcare.engine.query import query_template
        from backcare.errors import BackcareError, QueryError
        from backcare.output.views import make_view

        batch = options.question == ["-"]
        view_options = ViewOptions(
            explain=options.explain,
            with_question=options.with_question,
            show_answer=options.show_answer,
            batch=batch,
        )
        questions = stdin_lines() if batch else [" ".join(options.question)]
        try:
            settings = load_settings(options.faq, options.output, options.top)
        except BackcareError as exc:
            # a bad flag value (`--top 0`): a usage error, reported after the questions' red-flag
            # check, with the output the other settings give
            settings = load_settings((), options.output._replace(color=None))
            view_options = view_options._replace(region=settings.region)
            checked = with_topic(questions, options.topic)
            env = checked_environment(options.output, settings, view_options, checked, described)
            contact = pack_contact(options.faq or settings.faq)
            return notices_without_pack(env, checked, exc, described, contact)
        view_options = view_options._replace(region=settings.region)
        env = checked_environment(
            options.output, settings, view_options, with_topic(questions, options.topic), described
        )
        if not batch and "-" in options.question:
            # `ask - extra words` or `ask - -`: neither a question nor a batch. A usage error,
            # but words typed are still checked for red flags first.
            stray = QueryError(
                "'-' (read the questions from standard input, one per line) must be the only "
                "word; to ask a question with a lone '-' in it, quote the question"
            )
            words = " ".join(word for word in options.question if word != "-")
            typed = with_topic([words] if words else [], options.topic)
            return notices_without_pack(env, typed, stray, described, pack_contact(settings.faq))
        engine: Engine | None = None
        try:
            engine = open_engine(settings.faq, env)
            template = query_template(engine.pack, top=settings.top, topic=options.topic)
        except (BackcareError, OSError) as exc:  # no output yet: OSError is the pack's or cache's
            failure = exc if isinstance(exc, BackcareError) else BackcareError(os_problem(exc))
            # an unknown --topic may be a question typed in its place: checked too
            checked = with_topic(questions, options.topic)
            loaded = (lambda: engine.pack.contact) if engine is not None else None
            return notices_without_pack(env, checked, failure, described, loaded)
        status = Exit.OK
        asked: Iterable[Answer] = answers(engine, template, questions)
        if batch:  # their notices, kept for stderr in case stdout then fails (buffered output)
            asked = kept_notices(asked, lost, settings.region)
        if not batch:
            # answered before any output: a red-flag notice is never handed to a pager, where
            # it would wait behind a keypress or be lost to a pager that fails
            asked = list(asked)
        notice = not batch and any(answer.red_flags for answer in asked)
        read = 0
        try:
            with contextlib.nullcontext(env) if batch or notice else paged(env, settings) as shown:
                view = make_view(shown)
                for answer in asked:
                    read += 1
                    status = described[0] = ask_status(answer, status)
                    view.answer(answer)
                view.finish()
        except OSError as exc:
            if not isinstance(exc, BrokenPipeError):
                # stdout failed (a full disk, a closed stream): every notice, of the answers
                # written (perhaps only into a buffer that was never delivered) and of the
                # questions still to come, goes to stderr before the error line, and the exit
                # code says whether any was an emergency
                if batch:
                    for _ in kept_notices(flagged(questions, described), lost, settings.region):
                        pass
                    write_lines(env.stderr, lost)
                else:
                    notices_to_stderr(env.stderr, asked, settings.region)
            raise
        if not read:
            # like grep with no match: a script must not read an empty input as all answered
            say_no_questions(env, "-")
            return Exit.NOT_FOUND
        return status

    with held():  # settings warnings and import notes come after the answers (and any notice)
        code = guarded(ask)
    return outranked(code, described[0])


def say_no_questions(env: Environment, source: str | Path) -> None:
    """Like grep with no match: a script (or a CI check) must not read an empty input as all
    answered. `source`: '-' for standard input, else the questions file."""
    name = "standard input" if str(source) == "-" else escaped_line(str(source))
    env.stderr.write(f"backcare: no questions read ({name} had no non-blank line)\n")


def notices_to_stderr(stream: TextIO | None, answers: Iterable[Answer], region: str | None) -> None:
    """The red-flag notices of answers whose output failed, one line each (each distinct line
    once) on `stream` (stderr, if there is one and it can still be written)."""
    lines: dict[str, None] = {}
    for _ in kept_notices(answers, lines, region):
        pass
    write_lines(stream, lines)


def kept_notices(
    answers: Iterable[Answer], lines: dict[str, None], region: str | None
) -> Iterator[Answer]:
    """The answers, unchanged; the notice line of each red flag they raise is added to `lines`
    (an ordered set: a batch of a million alike questions keeps one line)."""
    for answer in answers:
        if answer.red_flags:
            from backcare.output.messages import flag_line

            for flag in answer.red_flags:
                lines[flag_line(flag, region, answer.contact)] = None
        yield answer


def write_lines(stream: TextIO | None, lines: Iterable[str]) -> None:
    """Lines on `stream` (stderr), if there is one and it can still be written."""
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        for line in lines:
            stream.write(line + "\n")
        stream.flush()


@contextlib.contextmanager
def stderr_if_lost(
    stream: TextIO | None, raised: list[Answer], region: Callable[[], str | None]
) -> Iterator[None]:
    """When writing to stdout fails (a full disk, a closed stream; not a reader that left the
    pipe) the notices of `raised` (the answers shown so far, perhaps only into a buffer) go to
    `stream` (stderr) before the error is reported: no notice is lost with the output. `region`
    is asked then, as the settings may have been read only once the first notice was due."""
    try:
        yield
    except OSError as exc:
        if not isinstance(exc, BrokenPipeError):
            notices_to_stderr(stream, raised, region())
        raise


def checked_environment(
    output: OutputOptions,
    settings: Settings,
    view_options: ViewOptions,
    questions: Iterable[str],
    described: list[Exit],
) -> Environment:
    """The output environment; when there is none (stdout closed), the questions are still checked
    for red flags before the error is raised, so the exit status says an emergency was described
    (3 outranks 2) even though no notice can be shown."""
    from backcare.errors import BackcareError

    try:
        return environment(output, settings, view_options)
    except BackcareError:
        # every notice, each distinct line once: stdin is read to its end, as the batch would be
        lines: dict[str, None] = {}
        for _ in kept_notices(flagged(questions, described), lines, view_options.region):
            pass
        write_lines(sys.stderr, lines)
        raise


def outranked(code: int, status: Exit) -> int:
    """An error (2: output that cannot be written, a pack that fails in a batch) does not hide an
    emergency already described: 3 outranks 2."""
    return Exit.EMERGENCY if code == Exit.ERROR and status is Exit.EMERGENCY else code


def os_problem(exc: OSError) -> str:
    from backcare.errors import os_reason

    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}cannot open the FAQ pack ({os_reason(exc)})"


def notices_without_pack(
    env: Environment,
    questions: Iterable[str],
    failure: Exception,
    described: list[Exit],
    contact: Contact | None = None,
) -> int:
    """The FAQ could not be searched (a pack that will not load, an unknown --topic, a usage error
    found once the words were read): the questions are still checked for red flags and any notice
    is shown, before the error. EMERGENCY if one
    was described (it outranks the error; `described[0]` says so even if output then fails), else
    ERROR."""
    from backcare.output.views import make_view

    show_red_flags(
        questions,
        lambda: make_view(env),
        described,
        env.stderr,
        lambda: env.options.region,
        contact,
    )
    error(str(failure))
    return described[0] if described[0] is Exit.EMERGENCY else Exit.ERROR


def run_topics(topic: str | None, output: OutputOptions, faq: Sequence[str]) -> int:
    described = [Exit.ERROR]  # EMERGENCY once one is described, even if its output then fails

    def topics() -> int:
        from backcare.errors import BackcareError
        from backcare.output.views import make_view

        settings = load_settings(faq, output)
        env = environment(output, settings)
        pack: Pack | None = None
        try:
            pack = open_pack(settings.faq, env)
            listing = list_topics(pack, topic)
        except (BackcareError, OSError) as exc:
            if topic is None:
                raise
            failure = exc if isinstance(exc, BackcareError) else BackcareError(os_problem(exc))
            # `topics "i cant feel my bum"`: words that are no topic may be a question, and an
            # emergency described in them is shown before the error, as for `ask --topic`
            env = environment(output, settings, ViewOptions(region=settings.region))
            contact = (lambda: pack.contact) if pack is not None else None
            return notices_without_pack(env, [topic], failure, described, contact)
        with paged(env, settings) as shown:
            view = make_view(shown)
            view.topics(listing)
            view.finish()
        return Exit.OK

    return outranked(guarded(topics), described[0])


def run_show(entry_id: str, output: OutputOptions, faq: Sequence[str]) -> int:
    described = [Exit.ERROR]  # EMERGENCY once one is described, even if its output then fails

    def show() -> int:
        from backcare.errors import BackcareError, QueryError
        from backcare.output.views import make_view

        if not entry_id.strip():  # as `ask ""`: a usage error (2), not an id that is missing (1)
            raise QueryError("the id is empty")
        settings = load_settings(faq, output)
        env = environment(output, settings)
        try:
            pack = open_pack(settings.faq, env)
        except (BackcareError, OSError) as exc:
            # the words given as an id may be a question: checked, whatever the pack does
            failure = exc if isinstance(exc, BackcareError) else BackcareError(os_problem(exc))
            env = environment(output, settings, ViewOptions(region=settings.region))
            return notices_without_pack(env, [entry_id], failure, described)
        found = find_entry(pack, entry_id)
        if isinstance(found, EntryMissing):
            # `show "i cant pee"`: words that are no id may be a question, and an emergency
            # described in them is shown first, as for `topics` and `ask --topic`
            env = environment(output, settings, ViewOptions(region=settings.region))
            view = make_view(env)
            show_red_flags(
                [entry_id],
                lambda: view,
                described,
                env.stderr,
                lambda: settings.region,
                lambda: pack.contact,
            )
            view.entry_missing(found)
            return Exit.EMERGENCY if described[0] is Exit.EMERGENCY else Exit.NOT_FOUND
        with paged(env, settings) as shown:
            view = make_view(shown)
            view.entry(found)
            view.finish()
        return Exit.OK

    return outranked(guarded(show), described[0])


def run_question_notices(
    words: Sequence[str],
    output: OutputOptions,
    lines: Iterable[str] = (),
    extra: Sequence[str] = (),
    faq: Sequence[str] = (),
) -> int:
    """Words that were read but are about to be reported as a usage error (a mistyped command,
    extra arguments, a bad option: `backcare show my legs are numb`) may be a question, and so may
    `lines` (stdin, for a batch `ask --top x -`) and each of `extra` (option values that were
    refused: `ask -n "I can't pee"`): any red-flag notice they raise is shown; the
    caller then reports the usage error. EMERGENCY when an emergency was described (even if the
    notice could not be written), else ERROR."""
    described = [Exit.ERROR]

    def notices() -> int:
        from backcare.output.views import make_view

        region: list[str | None] = [None]
        read: list[Settings] = []

        def settings() -> Settings:  # read with the first notice, once
            if not read:
                from backcare.errors import BackcareError

                try:
                    read.append(load_settings(faq, output))
                except BackcareError:  # a bad --faq value: the notice comes all the same
                    read.append(load_settings((), output))
                region[0] = read[0].region
            return read[0]

        def view() -> View:
            options = ViewOptions(region=settings().region)
            return make_view(environment(output, settings(), options))

        def contact() -> str:  # the packs' own line (a clinic's number), as an answer has it
            return pack_contact(settings().faq)()

        asked = [" ".join(words)] if words else []
        texts = itertools.chain(asked, extra, lines)
        show_red_flags(texts, view, described, sys.stderr, lambda: region[0], contact)
        return described[0]

    with held():
        code = guarded(notices)
    return Exit.EMERGENCY if Exit.EMERGENCY in (code, described[0]) else Exit.ERROR


def run_validate(
    paths: Sequence[str | Path],
    output: OutputOptions,
    questions: str | Path | None = None,
    stale_after: int | None = None,
) -> int:
    """Check packs (searched together); with `questions`, run that file of real questions against
    them instead of the authoring checks."""

    def validate() -> int:
        from backcare.errors import PackError
        from backcare.output.views import make_view
        from backcare.packs.validate import STALE_AFTER_DAYS, validate_pack

        settings = load_settings((), output)
        env = environment(output, settings)
        with paged(env, settings) as shown:
            view = make_view(shown)
            if questions is not None:
                from backcare.packs.questions import check_questions, read_questions

                # a missing file is an error before any work; '-' is stdin, as for `ask -`
                asked = read_questions(questions, questions_stdin(questions))
                try:
                    engine = open_engine([str(p) for p in paths], env)
                except PackError:
                    # every file's schema errors, as `validate` without --questions lists them
                    failed = validate_pack(paths, checks=False)
                    if not failed.error_count:
                        raise
                    view.validation(failed)
                    view.finish()
                    return Exit.ERROR
                report = check_questions(engine, asked)
                view.questions(report)
                view.finish()
                if not report.results:  # as for `ask -`
                    say_no_questions(env, questions)
                return Exit.NOT_FOUND if report.unanswered or not report.results else Exit.OK
            days = STALE_AFTER_DAYS if stale_after is None else stale_after
            checked = validate_pack(paths, stale_after_days=days)
            view.validation(checked)
            view.finish()
        return {"errors": Exit.ERROR, "warnings": Exit.NOT_FOUND}.get(checked.status, Exit.OK)

    return guarded(validate)


def questions_stdin(questions: str | Path) -> BinaryIO | None:
    """Standard input's bytes when the questions file is '-', else None."""
    if str(questions) != "-":
        return None
    if sys.stdin is None:
        from backcare.errors import StreamError

        raise StreamError("cannot read questions (standard input is closed)")
    return sys.stdin.buffer


def run_import(source: str, output: str | Path | None, fmt: str, force: bool) -> int:
    def import_() -> int:
        from backcare.output.views import make_view

        env = Environment.detect(plain=True)
        result = import_pack(source, output, fmt, force)
        view = make_view(env)
        view.imported(result)
        view.finish()
        return Exit.OK

    return guarded(import_)


def run_config(output: OutputOptions, faq: Sequence[str] = ()) -> int:
    """`backcare config`: the effective settings and where each came from."""

    def config() -> int:
        from backcare.output.views import make_view

        bad: list[str] = []  # every bad value, not only the first: `config` checks a file
        settings = load_settings(faq, output, problems=bad)
        env = environment(output, settings)
        view = make_view(env)
        view.settings(settings)
        view.finish()
        for problem in bad:
            error(problem)
        # every problem is listed: a bad value does not hide a pack that cannot be opened
        problems = pack_problems(settings)
        for problem in problems:
            warning(problem)
        if bad:
            return Exit.ERROR
        return Exit.NOT_FOUND if problems else Exit.OK

    return guarded(config)


def pack_problems(settings: Settings) -> list[str]:
    """Why each pack the settings name cannot be opened (missing, a directory, unreadable, a name
    too long, too large), in the loader's own words (packs.load.read_file_bytes): worth saying in
    `config`, since otherwise every question fails later. Only the file is read, not checked
    (`backcare validate` does that)."""
    from backcare.errors import PackError
    from backcare.packs.load import as_path, read_file_bytes
    from backcare.packs.multi import BUNDLED_NAME

    problems = []
    for name in settings.faq:
        if name == BUNDLED_NAME:
            continue
        try:
            read_file_bytes(as_path(name), name)
        except PackError as exc:
            problems.append(
                f"faq (from {settings.sources['faq']}): {exc}, so no question can be answered "
                f"from it"
            )
    return problems


def run_interactive(faq: Sequence[str], color: str | None) -> int:
    def interactive() -> int:
        from backcare.cli.interactive import run_prompt
        from backcare.output.terminal import make_console

        output = OutputOptions(color=color)
        settings = load_settings(faq, output)
        env = environment(output, settings)
        console = make_console(env.color, width=env.width, file=env.stdout)
        run_prompt(
            open_engine(settings.faq, env),
            env.color,
            top=settings.top,
            plain=settings.plain,
            pager=settings.pager,
            console=console,
            region=settings.region,
        )
        return Exit.OK

    return guarded(interactive)


# ---- shell completion ----------------------------------------------------------------------------
