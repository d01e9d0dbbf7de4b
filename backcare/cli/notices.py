"""The red-flag check of words that will not be answered (a usage error, an unknown id or topic, a
pack that failed, stdout that is closed): every such door reads them through `flagged`, shows any
notice first, and lets an emergency decide the exit status (3 outranks 2)."""

from __future__ import annotations

import contextlib
import itertools
import sys
from collections.abc import Callable, Container, Iterable, Iterator, Sequence

from backcare.cli.context import (
    OutputOptions,
    environment,
    load_settings,
    open_pack,
)
from backcare.cli.inputlines import numbered
from backcare.cli.status import Exit, error, failure_code, guarded, held, outranked
from backcare.hints import TYPE_CHECKING, TextIO, cast
from backcare.output.environment import Environment, ViewOptions

if TYPE_CHECKING:
    from backcare.config import Settings
    from backcare.engine.answer import Answer
    from backcare.output.views import View


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
        answer = checked_alone(text)
        if answer.red_flags:
            if described is not None and answer.emergency:
                described[0] = Exit.EMERGENCY
            if contact is not None:
                if not line:
                    line.append(contact())
                answer = answer._replace(contact=line[0])
            yield answer


def checked_alone(text: str) -> Answer:
    """`text`'s red-flag check alone (safety_answer), with its input line's number when it has
    one: what `flagged` reads each text as, and what a batch line that could not be answered is
    (cli.ask). A jsonl line that goes on from a message broken by a raw line break is read with
    the lines before it (framed.Unread.read_as), its own text kept as the query."""
    read = getattr(text, "read_as", "") or text
    answer = safety_answer(read)
    return numbered(answer if read is text else answer._replace(query=text), text)


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


def faq_words(faq: Sequence[str]) -> list[str]:
    """`--faq` values that name nothing on disk (hostile13 F11: `backcare --faq "$msg"`, a script's
    mistake, put the message where a pack goes): words that may be a question, checked for red
    flags when the pack they name fails to open, as `--topic`, `--top` and `--color` values are.
    A name shaped as a file's path is no message (review15 F2: a mistyped `saddle_numbness.json`;
    cli/pathwords.py)."""
    from backcare.cli.pathwords import stray_words

    return stray_words(faq)


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


def kept_notices(
    answers: Iterable[Answer], lines: dict[str, None], region: str | None
) -> Iterator[Answer]:
    """The answers, unchanged; the notice lines each raises, as every human view shows them
    (messages.notice_lines), are added to `lines` (an ordered set: a batch of a million alike
    questions keeps one line)."""
    for answer in answers:
        if answer.red_flags:
            from backcare.output.messages import notice_contact, notice_lines

            contact = notice_contact(answer)
            for notice in notice_lines(answer, region):
                if notice.line == contact:
                    lines.pop(contact, None)  # once, after every notice so far
                lines[notice.line] = None
        yield answer


# How long a question's words wait for their pack to open before their notices are told on stderr
# ahead of the answer (hostile15 F2): a first index build or a page's import takes seconds, and a
# `timeout`, SIGTERM or Ctrl-C in that time lost an emergency's notice with the whole output. An
# opened index takes tens of milliseconds: the usual ask tells nothing early.
EARLY_AFTER = 0.4  # seconds


@contextlib.contextmanager
def told_early(
    texts: Sequence[str] | Callable[[], Sequence[str]],
    stream: TextIO | None,
    region: str | None,
    told: dict[str, None] | None = None,
    above: Callable[[Iterable[str]], bool] | None = None,
) -> Iterator[None]:
    """While the body runs (the pack opening), a timer: once EARLY_AFTER has passed, the red-flag
    notices of `texts` (their check alone: no pack is needed) go to `stream` (stderr), one line
    each, through `above` while it prints them above a progress bar (it returns False when no bar
    runs: context.print_above_progress), and into `told` (so that no later copy on stderr
    repeats them). `texts` may be a function, called then: a batch's first line (FirstLine.ahead,
    review15 F3), which waits for that line as the batch would; its notices are told only if the
    pack is still opening when it comes. The answer's own output, notice first, follows as
    always; this is a copy that outlives a run killed while it waits."""
    import threading

    opened = threading.Event()
    checking = threading.Lock()  # held while the check runs: the engine reads the same data

    def tell() -> None:
        try:
            read = texts() if callable(texts) else texts
            with checking:
                if opened.is_set():
                    return  # the answer comes now: no copy ahead of it
                lines: dict[str, None] = {}
                for _ in kept_notices(flagged(read), lines, region):
                    pass
                if lines and not (above is not None and above(lines)):
                    write_lines(stream, lines)
                if told is not None:
                    told.update(lines)
        except Exception:  # a copy: the answer's own output says it, or the error boundary
            return

    from backcare.cli.slowstep import run_after

    try:
        with run_after(EARLY_AFTER, tell):
            yield
    finally:
        opened.set()
        with checking:  # a check already running finishes before the engine reads the same data
            pass


_END = object()


class FirstLine:
    """A batch's lines, the first of which may be read ahead by told_early's timer while the pack
    opens (review15 F3: a batch on a pack that took seconds to open told nothing until it was
    open, and a first line describing an emergency was lost to a `timeout` or SIGTERM). The batch
    reads the same lines in the same order: the first as read ahead, then the rest."""

    def __init__(self, lines: Iterable[str], topic: str | None = None) -> None:
        import threading

        self._lines = iter(lines)
        self._topic = topic
        self._lock = threading.Lock()
        self._taken = False  # the first line is being read, ahead or by the batch
        self._iterated = False  # the batch has begun reading: a later pass goes on from there
        self._ahead: list[object] = []  # what reading it ahead gave: a line, _END, an exception
        self._read = threading.Event()

    def ahead(self) -> list[str]:
        """The first line's texts to check (its words and a framed message's other values,
        with --topic's words), read now, or [] when the batch has begun reading it."""
        with self._lock:
            if self._taken:
                return []
            self._taken = True
        first: object = _END
        try:
            first = next(self._lines, _END)
        except BaseException as exc:  # the batch raises it when it reads on
            first = exc
        finally:
            self._ahead.append(first)
            self._read.set()
        if not isinstance(first, str) or not first:
            return []
        texts = [first, getattr(first, "beside", "")]
        return list(with_topic([text for text in texts if text], self._topic))

    def __iter__(self) -> Iterator[str]:
        # Only the first pass takes the line read ahead: a second pass (the notices of a batch
        # whose reader left, newcomer22 F1) reads on from where the first stopped, and waiting
        # there for a read ahead that never happened hung the batch before its emergency
        with self._lock:
            ahead = self._taken and not self._iterated
            self._taken = self._iterated = True
        if ahead:
            self._read.wait()
            first = self._ahead[0]
            if isinstance(first, BaseException):
                raise first
            if first is _END:
                return
            yield cast("str", first)
        yield from self._lines


def notices_to_stderr(
    stream: TextIO | None,
    answers: Iterable[Answer],
    region: str | None,
    told: Container[str] = (),
) -> None:
    """The red-flag notices of answers whose output failed, one line each (each distinct line
    once) on `stream` (stderr, if there is one and it can still be written), but those `told`
    there already (told_early)."""
    lines: dict[str, None] = {}
    for _ in kept_notices(answers, lines, region):
        pass
    write_lines(stream, [line for line in lines if line not in told])


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
    """When writing to stdout fails (a full disk, a closed stream, a reader that left the pipe)
    the notices of `raised` (the answers shown so far, perhaps only into a buffer, or never
    read) go to `stream` (stderr) before the error is reported: no notice is lost with the
    output. `region` is asked then, as the settings may have been read only once the first
    notice was due."""
    try:
        yield
    except OSError:
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


def notices_without_pack(
    env: Environment,
    questions: Iterable[str],
    failure: Exception,
    described: list[Exit],
    contact: Contact | None = None,
    *,
    said: bool = False,
) -> int:
    """The FAQ could not be searched (a pack that will not load, an unknown --topic, a usage error
    found once the words were read): the questions are still checked for red flags and any notice
    is shown, before the error. EMERGENCY if one
    was described (it outranks the error; `described[0]` says so even if output then fails), else
    the failure's code (status.failure_code: NOT_FOUND for an unknown topic, else ERROR). `said`: the error's line is on stderr already (not repeated)."""
    from backcare.output.views import make_view

    show_red_flags(
        questions,
        lambda: make_view(env),
        described,
        env.stderr,
        lambda: env.options.region,
        contact,
    )
    # an unknown --topic is "not found" (1), as `show` of an unknown id; the rest are errors (2)
    return outranked(error(str(failure), said=said, code=failure_code(failure)), described[0])


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
        guarded(notices)  # its code is described[0], or a failure's: the usage error decides
    return outranked(Exit.ERROR, described[0])
