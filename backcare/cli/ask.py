"""`ask`: one question, a batch read from standard input (`ask -`), or the interactive prompt;
each answered through the engine and handed to the view, inside the one error boundary."""

from __future__ import annotations

import contextlib
import itertools
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from backcare.cli.context import (
    OutputOptions,
    environment,
    load_settings,
    open_engine,
    opening_named,
    pack_failure,
    paged,
    print_above_progress,
)
from backcare.cli.framed import Framed, Unread, overlong
from backcare.cli.inputlines import (
    NOT_UTF8,
    ArgvReading,
    InputLine,
    Recoded,
    SwitchAtMark,
    decode_line,
    input_line,
    not_utf8,
    note_if_cut,
    note_if_file,
    numbered,
    old_mac_lines,
    read_as,
)
from backcare.cli.notices import (
    FirstLine,
    checked_environment,
    faq_words,
    flagged,
    kept_notices,
    notices_to_stderr,
    notices_without_pack,
    pack_contact,
    told_early,
    with_topic,
    write_lines,
)
from backcare.cli.status import Exit, error, guarded, held, note, outranked, release_held
from backcare.hints import TYPE_CHECKING, BinaryIO, cast
from backcare.namedtuple import NamedTuple
from backcare.output.environment import Environment, Mode, ViewOptions, same_terminal
from backcare.output.text import escaped_line

if TYPE_CHECKING:
    from pathlib import Path

    from backcare.cli.notices import Contact
    from backcare.engine.answer import Answer, Engine
    from backcare.engine.query import Query
    from backcare.engine.safety import RedFlag
    from backcare.output.views import View


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
    # how many of the last question words came after `--` (options.words_after_dashes): words
    # whatever they look like, so a `-` among them is no stdin marker
    literal: int = 0
    input_format: str = "lines"  # a batch's stdin: one question a line, or jsonl (cli/framed.py)

    @property
    def output(self) -> OutputOptions:
        return OutputOptions(self.json_output, self.plain, self.color, self.no_pager)

    @property
    def markers(self) -> int:
        """How many stdin markers (`-` given before any `--`) the question has."""
        return self.question[: len(self.question) - self.literal].count("-")

    @property
    def batch(self) -> bool:
        """`ask -`: the questions are read from standard input, one per line."""
        return self.markers == 1 and len(self.question) == 1


def run_ask(options: AskOptions) -> int:
    """`ask`: the exit status of the answers (an emergency outranks no answer, which outranks
    answered); when the output fails after an emergency was described, still EMERGENCY (3), since
    a script must not miss one because stdout was full or closed."""
    described = [Exit.OK]  # the status of the questions answered so far, for after a failure
    first: list[int | None] = [None]  # the input line of a batch's first emergency
    lost: dict[str, None] = {}  # a batch's notice lines (in order, once each), for a failed stdout
    told: dict[str, None] = {}  # notice lines told on stderr while the pack opened (told_early)

    def ask() -> int:
        from backcare.engine.query import query_template
        from backcare.errors import BackcareError, PackError, QueryError
        from backcare.output.views import make_view

        batch = options.batch
        view_options = ViewOptions(
            explain=options.explain,
            with_question=options.with_question,
            show_answer=options.show_answer,
            batch=batch,
        )
        if batch:
            # under --json every input line gets its line (newcomer10 F2: a worker that writes one
            # message and reads one line hung on an empty one); plain output skips blank lines
            jsonl = options.input_format == "jsonl"
            questions: Iterable[str] = stdin_lines(blanks=options.output.json_output, framed=jsonl)
            if jsonl:
                questions = _framed(questions, blanks=options.output.json_output)
        else:
            # the spaces and line ends around it removed, as a batch line's (newcomer25 F12)
            joined = " ".join(options.question).strip()
            questions = [read_as(joined, ArgvReading.decoded_as)]  # argv not UTF-8: marked
            note_if_cut(questions[0], "the question")
            note_if_file(joined)
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
        if options.output.json_output:
            from backcare.cli.provenance import pack_digests

            view_options = view_options._replace(packs=pack_digests(settings.faq))
        env = checked_environment(
            options.output, settings, view_options, with_topic(questions, options.topic), described
        )
        if not batch and options.input_format == "jsonl":
            # a question on the command line is one message already: `--input jsonl` says how
            # standard input holds them, so it asks for a batch (checked for red flags first)
            given = with_topic(questions, options.topic)
            usage = QueryError(
                "--input jsonl reads the questions from standard input, one JSON object "
                '{"q": MESSAGE} a line: write "ask --input jsonl -"'
            )
            return notices_without_pack(env, given, usage, described, pack_contact(settings.faq))
        if not batch and options.markers:
            # `ask - extra words` or `ask - -`: neither a question nor a batch. A usage error,
            # but words typed are still checked for red flags first.
            stray = QueryError(
                "'-' (read the questions from standard input, one per line) must be the only "
                "word; to ask a question with a lone '-' in it, put it after '--' (ask -- QUESTION)"
            )
            words = " ".join(word for word in options.question if word != "-")
            typed = with_topic([words] if words else [], options.topic)
            return notices_without_pack(env, typed, stray, described, pack_contact(settings.faq))
        engine: Engine | None = None
        stdin_pack = False
        try:
            if batch:
                # a pack that is standard input: refused as a pack fails to load, so question
                # lines are still read for red flags (hostile14 5: refused before any was read);
                # a pack's own text (JSON) never is (hostile12 F6: it was answered as questions)
                try:
                    _refuse_stdin_pack(settings.faq)
                except PackError:
                    if _stdin_holds_json():
                        stdin_pack = True
                    raise
            if not settings.faq:
                engine = open_engine(settings.faq, env)
            else:  # a user's pack may need its first index build or import: seconds
                opened = opening_named(settings)
                early: Sequence[str] | Callable[[], Sequence[str]]
                if batch:  # the first line, read ahead while the pack opens (review15 F3)
                    questions = first_line = FirstLine(questions, options.topic)
                    early = first_line.ahead
                else:
                    early = list(with_topic(questions, options.topic))
                with (
                    opened,
                    told_early(early, env.stderr, settings.region, told, print_above_progress),
                ):
                    engine = open_engine(settings.faq, env)
            template = query_template(engine.pack, top=settings.top, topic=options.topic)
        except (BackcareError, OSError) as exc:  # no output yet: OSError is the pack's or cache's
            if stdin_pack:
                raise  # one line, exit 2: the pack's text is not read as questions
            failure = pack_failure(exc)
            # an unknown --topic may be a question typed in its place, and a --faq value that
            # names no file too (hostile13 F11): checked too
            checked = with_topic(questions, options.topic)
            loaded = (lambda: engine.pack.contact) if engine is not None else None
            if batch:
                checked = _failed_batch(checked, failure, env, described, loaded)
            checked = itertools.chain(checked, faq_words(options.faq))
            said = batch and env.stderr is not None  # _failed_batch said it before the first line
            return notices_without_pack(env, checked, failure, described, loaded, said=said)
        status = Exit.OK
        # a batch line that could not be answered (hostile13 F1: a data file missing from an
        # install): its red flags are still read, and so are the lines after it
        failed: list[tuple[Answer | None, str]] | None = [] if batch else None
        asked: Iterable[Answer] = answers(
            engine, template, _set_aside(questions, env), failed, topic=options.topic
        )
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
                if told and not batch and shown.mode is not Mode.JSON and same_terminal(shown):
                    # the notices told early were read on this terminal: not said twice
                    once = shown.options._replace(told=frozenset(told))
                    shown = shown._replace(options=once)
                view = make_view(shown)
                for answer in asked:
                    read += 1
                    if batch and (read > 1 or not answer.red_flags):
                        release_held()  # the warnings first, unless line 1's notice must be
                    status = described[0] = ask_status(answer, status)
                    if answer.emergency and first[0] is None:
                        first[0] = answer.line
                    if failed and failed[-1][0] is answer:
                        _failed_line(view, env, answer, failed[-1][1])
                        continue
                    view.answer(answer)
                    if batch:
                        # each answer is delivered as it is written (newcomer15 F1): a worker
                        # on a pipe that writes one question and reads one reply must not wait
                        # for stdout's block buffer to fill or for its own stdin to close
                        env.stdout.flush()
                view.finish()
        except OSError:
            # stdout failed (a full disk, a closed stream, a reader that left the pipe: `| head`):
            # every notice, of the answers written (perhaps only into a buffer that was never
            # delivered, or never read) and of the questions still to come, goes to stderr
            # before the error line, and the exit code says whether any was an emergency (3
            # outranks 141 too: `... | head -n 1` lost an emergency further down the input)
            if batch:
                seen = [0]
                rest = _counted(itertools.islice(questions, UNREAD_CHECKED + 1), seen)
                # which input lines described an emergency, as a stop by a signal says it
                # (newcomer26 F13: after `| head` the notices on stderr named no line)
                where = [first[0]] if first[0] else []
                for unread in kept_notices(flagged(rest, described), lost, settings.region):
                    if unread.emergency and unread.line:
                        where.append(unread.line)
                if seen[0] > UNREAD_CHECKED:
                    lost[
                        f"backcare: the output's reader left; the next {UNREAD_CHECKED:,} lines "
                        "of input were checked for red flags, the rest were not"
                    ] = None
                unsaid = [line for line in lost if line not in told]
                write_lines(env.stderr, [*unsaid, *_emergency_lines(where)])
            else:
                notices_to_stderr(env.stderr, asked, settings.region, told)
            raise
        if failed:
            # said once after the answers, in one line: 2, or 3 for an emergency
            return error(_failures_line(failed))
        if not read:
            # like grep with no match: a script must not read an empty input as all answered
            say_no_questions(env, "-")
            return Exit.NOT_FOUND
        return status

    # settings warnings and import notes come after a question's answer (and any notice); in a
    # batch, with its first answer (status.release_held)
    with held(), _said_when_stopped(described, first, options.batch):
        code = guarded(ask)
        if code == Exit.INTERRUPTED:
            _say_stopped("Ctrl-C", described, first)
    return outranked(code, described[0])


@contextlib.contextmanager
def _said_when_stopped(
    described: list[Exit], first: list[int | None], batch: bool
) -> Iterator[None]:
    """A batch stopped by SIGTERM (a service's supervisor, `timeout`) ends as the signal ends it
    (status 143; -15 to a Popen), as Ctrl-C's 130 outranks 3: the stop came from outside. An
    emergency already described is not lost with the status (hostile14 21): every answer is
    written and flushed as it is answered, so its notice is in the output, and a line on stderr
    names the line that described it."""
    if not batch or sys.platform == "win32":
        yield  # a single question: signal (~0.4 ms to import) is not needed
        return
    import signal

    term = getattr(signal, "SIGTERM", None)
    if term is None:
        yield
        return
    try:
        before = signal.getsignal(term)
    except ValueError:  # not the main thread: the signal is left as it is
        yield
        return
    if before is not signal.SIG_DFL:
        yield  # someone else handles it (a test harness, an embedding program)
        return

    def stopped(signum: int, frame: object) -> None:
        _say_stopped("SIGTERM", described, first)
        signal.signal(signum, signal.SIG_DFL)
        import os

        os.kill(os.getpid(), signum)

    signal.signal(term, stopped)
    try:
        yield
    finally:
        signal.signal(term, before)


MAX_LINES_NAMED = 10  # input lines of emergencies named after a failed output; then a count


def _lines_named(where: Sequence[int]) -> str:
    """'line 4' or 'lines 2, 5 and 12 more': input lines named, the first MAX_LINES_NAMED."""
    named = ", ".join(f"{line:,}" for line in where[:MAX_LINES_NAMED])
    more = f" and {len(where) - MAX_LINES_NAMED:,} more" if len(where) > MAX_LINES_NAMED else ""
    return f"{'line' if len(where) == 1 else 'lines'} {named}{more}"


def _emergency_lines(where: Sequence[int]) -> list[str]:
    """The stderr line naming the input lines that described an emergency, when stdout failed
    (their notices are the lines above it), or none."""
    if not where:
        return []
    return [
        f"backcare: an emergency was described on {_lines_named(where)} of the input: "
        "its notice is above"
    ]


def _failures_line(failed: Sequence[tuple[Answer | None, str]]) -> str:
    """The one error line after a batch some of whose lines could not be answered: each distinct
    reason once, after the input lines it stopped (newcomer31 F8: the reasons named no line, and
    each added its own last {"error"} object where the README promises one)."""
    by_reason: dict[str, list[int]] = {}
    for answer, reason in failed:
        lines = by_reason.setdefault(reason, [])
        if answer is not None and answer.line:
            lines.append(answer.line)
    return "; ".join(
        f"{_lines_named(lines)} of the input: {reason}" if lines else reason
        for reason, lines in by_reason.items()
    )


def _say_stopped(how: str, described: list[Exit], first: list[int | None]) -> None:
    """One line on stderr when a run is stopped after an emergency was described; written with
    os.write, which a signal handler may call while another write is under way."""
    if described[0] is not Exit.EMERGENCY:
        return
    import os

    where = f" (line {first[0]:,} of the input)" if first[0] else ""
    line = (
        f"backcare: stopped by {how} after an emergency was described{where}: its notice is "
        "in the output written before the stop\n"
    )
    with contextlib.suppress(OSError, ValueError):
        os.write(2, line.encode("utf-8", "replace"))


# Lines of a batch still checked for red flags once stdout has failed (a reader that left the pipe,
# a full disk): the rest of a file is read (an emergency further down is not lost), but an endless
# input (`yes ... | backcare ask - | head`) must not keep the command running: about 20 s at most
UNREAD_CHECKED = 100_000


def _refuse_stdin_pack(names: Sequence[str]) -> None:
    """A PackError when a pack of a batch is standard input itself (`--faq /dev/stdin`,
    /proc/self/fd/0, /dev/fd/0, or a name of the file stdin was redirected from): the batch
    would be read from what is left of the pack, and the pack's own text checked and answered
    as questions (hostile12 F6). Before a line is read."""
    import os

    from backcare.errors import PackError

    if sys.stdin is None:
        return
    try:
        given = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError):
        return
    for name in names:
        try:
            found = os.stat(name)  # noqa: PTH116 (no pathlib: start-up time)
        except (OSError, ValueError):
            continue  # a missing pack is said by the pack's own error
        if (found.st_dev, found.st_ino) == (given.st_dev, given.st_ino):
            raise PackError(
                f"{name}: is standard input, which 'ask -' reads the questions from; the pack "
                "and the questions cannot both come from standard input (save the pack to a file)"
            )


def _stdin_holds_json() -> bool:
    """Whether standard input opens as JSON (a pack sent where the questions are read), looked
    at without reading it away."""
    stream = getattr(sys.stdin, "buffer", None)
    peek = getattr(stream, "peek", None)
    if peek is None:
        return False
    try:
        head = bytes(peek(64)[:64])
    except (OSError, ValueError):
        return False
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[")


def _counted(texts: Iterable[str], seen: list[int]) -> Iterator[str]:
    for text in texts:
        seen[0] += 1
        yield text


def _failed_batch(
    questions: Iterable[str],
    failure: Exception,
    env: Environment,
    described: list[Exit],
    contact: Contact | None,
) -> Iterator[str]:
    """newcomer10 F3: a batch whose pack will not load says so at once, on stderr, before a line
    is read (a worker printed nothing until its stdin closed); it still reads every line for red
    flags (an emergency outranks the error: exit 3), and under --json every line gets one line:
    its notice object, or {"line", "error"} naming the failure, so a worker that writes one
    message and reads one line never waits. The run ends with the error's {"error"} line under
    --json; its stderr line is not repeated (newcomer11). Yields nothing: each line is handled
    here."""
    from backcare.cli.notices import show_red_flags
    from backcare.output.jsonview import dumps
    from backcare.output.views import make_view

    message = str(failure).removeprefix("backcare: ")
    if env.stderr is not None:
        env.stderr.write(f"backcare: {escaped_line(message)}\n")
        env.stderr.flush()
    made: list[View] = []

    def view() -> View:
        made.append(make_view(env))
        return made[-1]

    for text in questions:
        made.clear()  # a view is made for a line's first notice only: none made, no notice
        show_red_flags([text], view, described, env.stderr, lambda: env.options.region, contact)
        if not made and env.mode is Mode.JSON:
            number = getattr(text, "number", None)
            said = message if text else "the question is empty"  # a blank line, as answered
            shown = {"line": number, "error": said} if number else {"error": said}
            env.stdout.write(dumps(shown) + "\n")
            env.stdout.flush()
    return
    yield  # a generator: the lines are read as notices_without_pack reads it


def _framed(lines: Iterable[str], *, blanks: bool) -> Iterator[str]:
    """`--input jsonl`: the messages of stdin's lines (cli/framed.py); an empty message or blank
    line only under --json, where it gets its error line (a plain batch skips blank lines)."""
    from backcare.cli.framed import messages

    for message in messages(lines):
        if message or blanks:
            yield message


def _set_aside(questions: Iterable[str], env: Environment) -> Iterator[str]:
    """The questions of a batch; a blank line of a --json batch (an empty InputLine) gets its
    {"line", "error"} object at once, as single mode's error for an empty question: the answers
    of the lines before it are written by then (answers are written as they are read), and a
    worker waiting for this line's reply must not wait for the next question. A blank line is no
    question: the exit status is the answers'."""
    from backcare.output.jsonview import dumps

    for text in questions:
        if text or not isinstance(text, InputLine):
            yield text
            continue
        env.stdout.write(dumps({"line": text.number, "error": "the question is empty"}) + "\n")
        env.stdout.flush()


def answers(
    engine: Engine,
    template: Query,
    questions: Iterable[str],
    failed: list[tuple[Answer | None, str]] | None = None,
    *,
    topic: str | None = None,
) -> Iterator[Answer]:
    """Each question's answer; its contact is the pack's raw one (output labels it). A batch's
    line that goes on from the lines before it is read with them for an emergency (wrapped.py).

    With `failed` (a batch), a line whose answering fails (a data file missing from an install,
    anything unexpected) does not end the batch (hostile13 F1: line 2's emergency and every later
    line were lost): the line gets its red-flag check alone (notices.safety_answer), appended to
    `failed` with the reason, and the next line is read. A failed reading of wrapped lines keeps
    the line's own answer, and is a reason too."""
    from backcare.cli.repeats import Repeats
    from backcare.cli.wrapped import Wrapped

    wrapped = Wrapped(engine, across_blank=True)
    repeats = Repeats(engine)  # a line repeating an earlier one's exact text: answered once
    # the words of --topic, read for red flags whether or not they name a topic (hostile13 F3:
    # `--topic "I can't pee and my groin is numb" stiff back` answered, exit 0): their flags go
    # with the first answer, as a question's own do
    pending = _topic_flags(engine, topic)
    for text in questions:
        if isinstance(text, Unread) and failed is not None:
            # a jsonl line that holds no message: its raw text read for red flags alone, and
            # its reason said as a line that could not be answered
            answer = _checked_alone(text, engine)
            failed.append((answer, text.reason))
            yield answer
            continue
        try:
            answer = numbered(repeats.answer(template.with_text(text)), text)
        except OSError:
            raise  # the pack's store or the output: the error boundary says which
        except Exception as exc:
            if failed is None:
                raise
            answer = _checked_alone(text, engine)
            failed.append((answer, _reason(exc)))
            yield answer
            continue
        if isinstance(text, InputLine) and not isinstance(text, Framed):
            if text.apart:  # sent after the reply to the line before: a new message
                wrapped.part()
            try:
                answer = wrapped.read(answer, text, text.number)
            except OSError:
                raise
            except Exception as exc:
                if failed is None:
                    raise
                failed.append((None, _reason(exc)))  # the line's own answer stands
        beside = getattr(text, "beside", "")
        if beside:  # a framed message's other values (framed.py): their flags go with it
            pending = (*pending, *_words_flags(engine, beside))
        if pending:
            answer, pending = with_flags(answer, pending, engine.pack.contact), ()
        yield answer


def _words_flags(engine: Engine, words: str) -> tuple[RedFlag, ...]:
    from backcare.engine.answer import red_flags

    return red_flags(words, engine.safety)


def _topic_flags(engine: Engine, topic: str | None) -> tuple[RedFlag, ...]:
    from backcare.packs.lookup import is_topic_name

    if not topic or is_topic_name(engine.pack, topic):
        return ()
    return _words_flags(engine, topic)


def with_flags(answer: Answer, flags: Sequence[RedFlag], contact: str) -> Answer:
    """`answer` with the red flags of other words typed with it (an option's value) that it does
    not raise itself, most urgent first; a pointer gives way to a notice, as in one reading."""
    from backcare.engine.safety import URGENCIES, one_per_tier

    said = {flag.id for flag in answer.red_flags}
    added = [flag for flag in flags if flag.id not in said]
    if not added:
        return answer
    merged = sorted([*added, *answer.red_flags], key=lambda f: URGENCIES.index(f.urgency))
    return answer._replace(
        red_flags=one_per_tier(merged), pointer=None, contact=answer.contact or contact
    )


def _reason(exc: Exception) -> str:
    """What the error boundary would say of `exc` (status.guarded), without its prefix."""
    from backcare.errors import BackcareError

    if isinstance(exc, BackcareError):
        return str(exc).removeprefix("backcare: ")
    return f"unexpected error ({type(exc).__name__}: {exc}); please report it"


def _checked_alone(text: str, engine: Engine) -> Answer:
    """A batch line that could not be answered, read for red flags alone, with the pack's
    contact for its notices (notices.flagged); its number kept."""
    from backcare.cli.notices import checked_alone

    answer = checked_alone(text)
    return answer._replace(contact=engine.pack.contact) if answer.red_flags else answer


def _failed_line(view: View, env: Environment, answer: Answer, reason: str) -> None:
    """A batch line that could not be answered: its red-flag notices when it raised any, else
    under --json its `{"line", "error"}`, so every input line still gets one line out (plain
    output says the reason once, on stderr, after the batch). Under --json the notice object says
    the error too (review15 F6: a line read for red flags only looked like a message answered)."""
    if env.mode is Mode.JSON:
        from backcare.output.jsonview import JsonView

        cast("JsonView", view).failed_line(answer, reason)
    elif answer.red_flags:
        view.notices(answer)
    env.stdout.flush()


def ask_status(answer: Answer, status: Exit = Exit.OK) -> Exit:
    """The exit status so far: an emergency described outranks no answer, which outranks
    answered. An answer withheld because its entry's own question describes an emergency the
    asker did not is no answer (1), never 3: that status says what the words asked described."""
    if status is Exit.EMERGENCY or answer.emergency:
        return Exit.EMERGENCY
    if status is Exit.NOT_FOUND or not answer.answered:
        return Exit.NOT_FOUND
    return Exit.OK


def say_no_questions(env: Environment, source: str | Path) -> None:
    """Like grep with no match: a script (or a CI check) must not read an empty input as all
    answered. `source`: '-' for standard input, else the questions file."""
    name = "standard input" if str(source) == "-" else escaped_line(str(source))
    env.stderr.write(f"backcare: no questions read ({name} had no non-blank line)\n")


def stdin_lines(*, blanks: bool = False, framed: bool = False) -> Iterator[str]:
    """Non-blank stdin lines (with `blanks`, blank ones too, as empty InputLines), each with its
    number in the input (InputLine: a batch's JSON objects say which line they answer); bytes that aren't UTF-8 become U+FFFD instead of failing the batch.

    Lines are read in bounded pieces, never held whole (`ask - < /dev/zero` must not fill memory):
    a line longer than the red-flag check reads (engine.answer.safety_window) keeps its first and
    its last MAX_SAFETY_CHARS characters around SAFETY_GAP, and its middle is read and dropped a
    piece at a time, with one note. `framed` (`--input jsonl`): a line is read whole up to
    framed.MAX_LINE_BYTES, since the limit is the decoded message's (framed.messages windows it):
    cut as JSON text, a long message (or a short one sent as `\\uXXXX` escapes) was "not JSON",
    unanswered and unchecked (newcomer16 F1, F2). A longer line is windowed as here and comes as
    a framed.Overlong line."""
    if sys.stdin is None:
        from backcare.errors import StreamError

        raise StreamError("cannot read questions (standard input is closed)")
    from backcare.cli.arrivals import arrived, watched
    from backcare.cli.wrapped import ends_sentence
    from backcare.engine.query import is_blank
    from backcare.engine.tuning import MAX_SAFETY_CHARS

    watch = watched(sys.stdin)
    stream = utf8_stream(sys.stdin.buffer if watch is None else cast("BinaryIO", watch))
    piece = 4 * MAX_SAFETY_CHARS  # bytes: a UTF-8 character takes at most 4
    whole = 2 * MAX_SAFETY_CHARS  # bytes (so characters, at most) the check reads whole
    first = piece
    if framed:
        from backcare.cli.framed import MAX_LINE_BYTES

        whole, first = MAX_LINE_BYTES, MAX_LINE_BYTES + 1
    number, apart, ahead = 0, False, True
    while raw := stream.readline(first):
        # a line none of which had come when the line before it was read (so before that line's
        # answer was written) is apart: a new message, never read with the lines before it for
        # a red flag (arrivals.py; newcomer25 F4)
        apart = apart or not ahead
        number += 1
        cut = False
        decoded_as = NOT_UTF8 if not_utf8(raw) else ""
        if len(raw) <= whole:  # the usual line: read whole, no window to cut
            line = decode_line(raw, number).rstrip("\r\n")
        else:
            tail, dropped = b"", False
            if not raw.endswith(b"\n") and len(raw) == first:
                tail, dropped = rest_of_line(stream, piece)
            line = line_ends(raw, tail, dropped, number)
            cut = framed
        line = line.strip()
        # a sentence's end, or a jsonl record, is never read on with the next line: no need to
        # see (waiting up to arrivals.TOGETHER_SECONDS) whether the next came with it
        ahead = framed or ends_sentence(line) or arrived(watch, stream)
        if cut:
            yield overlong(line, number)
        elif line and not is_blank(line):  # a line of only invisible characters is blank too
            text = line.removeprefix("\ufeff") if number == 1 else line
            yield input_line(text, number, apart=apart, decoded_as=decoded_as)
            apart = False  # a blank line's wait parts the line after it too
        elif blanks:
            yield input_line("", number)


def utf8_stream(stream: BinaryIO) -> BinaryIO:
    """Standard input as UTF-8 bytes: input in UTF-16 or UTF-32 (a byte-order mark, or UTF-16's NUL
    in every other byte: Windows Notepad's "Unicode", PowerShell's pipes) is decoded and re-encoded
    a line at a time, with a note when there was no mark to say so. Read as UTF-8 it was garbage:
    every question unanswered, every emergency lost, exit 1."""
    from backcare.packs.decoding import marked_part
    from backcare.packs.load import SNIFF_BYTES, text_encoding

    head = _peek(stream, SNIFF_BYTES)
    # UTF-8 lines with a UTF-16 file appended (`cat notes.txt notepad.txt |`) are judged by
    # their UTF-8 part; the reader switches at the appended part's mark (hostile16 F6)
    appended = marked_part(head)
    encoding, guessed = text_encoding(head[:appended] if appended > 0 else head, "standard input")
    text = head.decode(encoding, "replace")
    if encoding in ("utf-8", "utf-8-sig"):
        return old_mac_lines(cast("BinaryIO", SwitchAtMark(stream)), text)
    if guessed:
        note(f"standard input has no byte-order mark but reads as {encoding.upper()}: read so")
    return old_mac_lines(cast("BinaryIO", Recoded(stream, encoding)), text)


def _peek(stream: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes from the start of `stream`, left unread (what one read returns: a pipe
    may hold less)."""
    peek = getattr(stream, "peek", None)
    if peek is not None:
        with contextlib.suppress(OSError, ValueError):
            return bytes(peek(size)[:size])
        return b""
    with contextlib.suppress(OSError, ValueError):
        if stream.seekable():
            start = stream.tell()
            head = stream.read(size)
            stream.seek(start)
            return head
    return b""


def rest_of_line(stream: BinaryIO, piece: int) -> tuple[bytes, bool]:
    """The rest of a line whose first `piece` bytes were read: its last two pieces at most (at
    least MAX_SAFETY_CHARS characters in any encoding), and whether anything before them was
    dropped."""
    tail, dropped = b"", False
    read, told = piece, False
    while rest := stream.readline(piece):
        dropped = dropped or len(tail) + len(rest) > 2 * piece
        tail = (tail + rest)[-2 * piece :]
        if rest.endswith(b"\n"):
            break
        read += len(rest)
        if not told and read >= ENDLESS_LINE_BYTES:
            # `ask - < /dev/zero` read on with no word said (hostile12 F9): said once, as
            # `validate --questions` refuses such a file; its ends are still checked if it ends
            # now, not held for after the answers (status.held): the line may never end
            told = True
            with contextlib.suppress(OSError, ValueError, AttributeError):
                sys.stderr.write(
                    f"note: a line of standard input has no end after "
                    f"{ENDLESS_LINE_BYTES >> 20} MB; still reading (its middle is dropped; "
                    "Ctrl-C to stop)\n"
                )
                sys.stderr.flush()
    return tail, dropped


# bytes of one stdin line read before a note says it has no end yet
ENDLESS_LINE_BYTES = 128 << 20


def line_ends(head: bytes, tail: bytes, dropped: bool, number: int) -> str:
    """A line as the red-flag check reads it (engine.answer.safety_window): whole when it is that
    short, else its first and last MAX_SAFETY_CHARS characters around SAFETY_GAP, with a note."""
    from backcare.engine.answer import SAFETY_GAP, safety_window

    def decoded(raw: bytes) -> str:
        return decode_line(raw, number).rstrip("\r\n")

    # a dropped middle is already a gap: the head and the tail are each longer than the window's
    # ends, so the window keeps the head's first and the tail's last characters
    text = decoded(head) + SAFETY_GAP + decoded(tail) if dropped else decoded(head + tail)
    window = safety_window(text)
    if window is text:  # short enough to be read whole
        return text
    note_if_cut(text, f"standard input line {number:,}")
    return window


def run_interactive(faq: Sequence[str], color: str | None, *, plain: bool = False) -> int:
    described = [Exit.OK]

    def interactive() -> int:
        from backcare.cli.interactive import run_prompt
        from backcare.errors import BackcareError
        from backcare.output.terminal import make_console

        output = OutputOptions(color=color, plain=plain)  # `backcare --plain`: a plain prompt
        settings = load_settings(faq, output)
        env = environment(output, settings)
        from backcare.cli.typedearly import first_interrupt_cancels, lines_typed_while

        # a user's pack may take seconds to open: lines typed meanwhile are told early
        # (cli/typedearly.py, hostile16 F5) and handled first once it is open; a first Ctrl-C
        # meanwhile cancels them, not the session (newcomer24 F3)
        watched: contextlib.AbstractContextManager[list[str]] = (
            lines_typed_while(env.stderr, settings.region, described)
            if settings.faq
            else contextlib.nullcontext([])
        )
        try:
            with watched as typed_first:
                cancels = first_interrupt_cancels(typed_first, env.stderr)
                with opening_named(settings), cancels if settings.faq else contextlib.nullcontext():
                    engine = open_engine(settings.faq, env)
        except KeyboardInterrupt:
            write_lines(env.stderr, ["", "backcare: stopped while the FAQ pack was opening"])
            raise
        except (BackcareError, OSError) as exc:
            # `backcare --faq "$msg"` (hostile13 F11), and lines typed while it failed to open
            typed = [*typed_first, *faq_words(faq)]
            if not typed:
                raise
            shown = env._replace(options=ViewOptions(region=settings.region))
            return notices_without_pack(shown, typed, pack_failure(exc), described)
        console = make_console(env.color, width=env.width, file=env.stdout)
        emergency = run_prompt(
            engine,
            env.color,
            top=settings.top,
            # a dumb terminal cannot draw: the prompt is plain there too (newcomer17 F3)
            plain=env.mode is Mode.PLAIN,
            pager=settings.pager,
            console=console,
            region=settings.region,
            first=typed_first,
        )
        return Exit.EMERGENCY if emergency else Exit.OK

    return outranked(guarded(interactive), described[0])
