"""What each command does, independent of argument parsing and of how results look.

The Typer app (backcare.cli.app), the start-up fast path (backcare.cli.entry) and the interactive
prompt all call these. `run_*` functions build the output environment once, call the command, hand
its results to the view, and return the exit code, all inside the one error boundary (`guarded`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from backcare.cli.status import Exit, guarded
from backcare.output.environment import Environment, ViewOptions
from backcare.output.text import one_line
from backcare.results import EntryFound, EntryMissing, ImportedPack, TopicList

if TYPE_CHECKING:
    from backcare.engine.answer import Answer, Engine
    from backcare.engine.query import Query
    from backcare.packs.schema import Pack
    from backcare.store.protocol import Progress, Store


class AskOptions(NamedTuple):
    """`ask` as parsed, by Typer or by the fast path (the same declarations: backcare.cli.options)."""

    question: list[str]
    top: int = 3
    topic: str | None = None
    explain: bool = False
    json_output: bool = False
    plain: bool = False
    color: str = "auto"
    faq: tuple[str, ...] = ()
    with_question: bool = False
    show_answer: bool = False


class OutputOptions(NamedTuple):
    json_output: bool = False
    plain: bool = False
    color: str = "auto"


# ---- opening packs -------------------------------------------------------------------------------


def pack_names(faq: Sequence[str]) -> list[str]:
    """The packs to search: --faq as given, else BACKCARE_FAQ; [] means the bundled pack."""
    if faq:
        return list(faq)
    from backcare.packs.multi import faq_paths

    return faq_paths(os.environ.get("BACKCARE_FAQ"))


def open_engine(faq: Sequence[str], env: Environment | None = None) -> Engine:
    from backcare.engine.answer import Engine

    return Engine(*_open(faq, env))


def open_pack(faq: Sequence[str], env: Environment | None = None) -> Pack:
    return _open(faq, env)[0]


def _open(faq: Sequence[str], env: Environment | None) -> tuple[Pack, Store | None]:
    """One pack file: from its persistent index when it has one. Several (or `bundled` by name):
    validated one by one and searched together in memory."""
    from backcare.packs.importers import format_from_name
    from backcare.packs.multi import BUNDLED_NAME, load_packs

    names = pack_names(faq)
    if len(names) == 1 and names[0] != BUNDLED_NAME and format_from_name(names[0]) is None:
        from backcare.store.open import open_store

        return open_store(names[0], _progress(env))
    notes: list[str] = []
    pack = load_packs(names, notes)
    if env is not None:
        for note in notes:
            env.stderr.write(f"note: {one_line(note)}\n")
    return pack, None


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


def ask_status(answer: Answer, status: Exit = Exit.OK) -> Exit:
    """The exit status so far: an emergency outranks no answer, which outranks answered."""
    if status is Exit.EMERGENCY or answer.emergency:
        return Exit.EMERGENCY
    if status is Exit.NOT_FOUND or answer.match is None:
        return Exit.NOT_FOUND
    return Exit.OK


def list_topics(pack: Pack, topic: str | None) -> TopicList:
    entries = list(pack.entries)
    if topic is not None:
        from backcare.engine.query import resolve_topics

        wanted = resolve_topics(pack, topic)
        entries = [e for e in entries if e.topic in wanted]
    return TopicList(pack, entries)


def find_entry(pack: Pack, entry_id: str) -> EntryFound | EntryMissing:
    entry = pack.get(entry_id.strip())
    if entry is not None:
        return EntryFound(entry, pack)
    return EntryMissing(entry_id, closest_ids(pack, entry_id))


def closest_ids(pack: Pack, entry_id: str, limit: int = 3) -> tuple[str, ...]:
    from rapidfuzz import fuzz, process

    found = process.extract(
        entry_id.strip(), list(pack.by_id), scorer=fuzz.WRatio, limit=limit, score_cutoff=50
    )
    return tuple(c for c, _, _ in found)


def import_pack(source: str, output: Path | None, fmt: str, force: bool) -> ImportedPack:
    from backcare.errors import PackError
    from backcare.output.jsonview import dumps_pretty
    from backcare.packs.importers import import_bytes
    from backcare.packs.schema import pack_from_data

    name = "standard input" if source == "-" else source
    result = import_bytes(read_source_bytes(source), name, fmt)
    result.require_entries(name)
    data = result.to_pack()
    if not data["title"]:
        data["title"] = Path(source).stem if source != "-" else "Imported FAQ"
    pack_from_data(data, source)  # what import writes must load
    payload = dumps_pretty(data)
    notes = tuple(result.notes)
    if output is None:
        return ImportedPack(payload, len(result.entries), notes, None)
    if output.exists() and not force:
        raise PackError(f"{output}: already exists (use --force to overwrite)")
    write_pack_file(output, payload)
    return ImportedPack(payload, len(result.entries), notes, str(output))


def write_pack_file(output: Path, payload: str) -> None:
    """Write atomically: a full disk or a kill leaves the old file whole, never a truncated one."""
    from backcare.errors import PackError
    from backcare.store.files import write_atomic

    try:
        write_atomic(output, payload.encode("utf-8"))
    except OSError as exc:
        raise PackError(f"{output}: cannot write ({exc.strerror or exc})") from None


def read_source_bytes(source: str) -> bytes:
    """A file's (or stdin's, for '-') bytes, within the pack size limit, with a one-line error for
    every way that fails."""
    from backcare.packs.load import read_file_bytes, read_limited

    if source == "-":
        if sys.stdin is None:
            from backcare.errors import StreamError

            raise StreamError("cannot read standard input (it is closed)")
        return read_limited(sys.stdin.buffer, "standard input")
    return read_file_bytes(Path(source), source)


def stdin_lines() -> Iterator[str]:
    """Non-blank stdin lines; bytes that aren't UTF-8 become U+FFFD instead of failing the batch."""
    if sys.stdin is None:
        from backcare.errors import StreamError

        raise StreamError("cannot read questions (standard input is closed)")
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", errors="replace").strip()
        if line:
            yield line


# ---- running a command: environment, command, view, exit code ------------------------------------


def run_ask(options: AskOptions) -> int:
    def ask() -> int:
        from backcare.engine.query import query_template
        from backcare.output.views import make_view

        batch = options.question == ["-"]
        env = Environment.detect(
            json_output=options.json_output,
            plain=options.plain,
            color=options.color,
            options=ViewOptions(
                explain=options.explain,
                with_question=options.with_question,
                show_answer=options.show_answer,
                batch=batch,
            ),
        )
        engine = open_engine(options.faq, env)
        template = query_template(engine.pack, top=options.top, topic=options.topic)
        questions = stdin_lines() if batch else [" ".join(options.question)]
        view = make_view(env)
        status = Exit.OK
        for answer in answers(engine, template, questions):
            view.answer(answer)
            status = ask_status(answer, status)
        view.finish()
        return status

    return guarded(ask)


def run_topics(topic: str | None, output: OutputOptions, faq: Sequence[str]) -> int:
    def topics() -> int:
        from backcare.output.views import make_view

        env = Environment.detect(**output._asdict())
        listing = list_topics(open_pack(faq, env), topic)
        view = make_view(env)
        view.topics(listing)
        view.finish()
        return Exit.OK

    return guarded(topics)


def run_show(entry_id: str, output: OutputOptions, faq: Sequence[str]) -> int:
    def show() -> int:
        from backcare.output.views import make_view

        env = Environment.detect(**output._asdict())
        found = find_entry(open_pack(faq, env), entry_id)
        view = make_view(env)
        if isinstance(found, EntryMissing):
            view.entry_missing(found)
            return Exit.NOT_FOUND
        view.entry(found)
        view.finish()
        return Exit.OK

    return guarded(show)


def run_validate(
    paths: Sequence[Path],
    output: OutputOptions,
    questions: Path | None = None,
    stale_after: int | None = None,
) -> int:
    """Check packs (searched together); with `questions`, run that file of real questions against
    them instead of the authoring checks."""

    def validate() -> int:
        from backcare.output.views import make_view
        from backcare.packs.validate import STALE_AFTER_DAYS, validate_pack

        env = Environment.detect(**output._asdict())
        if questions is not None:
            from backcare.packs.questions import check_questions, read_questions

            asked = read_questions(questions)  # a missing file is an error before any work
            report = check_questions(open_engine([str(p) for p in paths], env), asked)
            view = make_view(env)
            view.questions(report)
            view.finish()
            return Exit.NOT_FOUND if report.unanswered else Exit.OK
        days = STALE_AFTER_DAYS if stale_after is None else stale_after
        checked = validate_pack(paths, stale_after_days=days)
        view = make_view(env)
        view.validation(checked)
        view.finish()
        return {"errors": Exit.ERROR, "warnings": Exit.NOT_FOUND}.get(checked.status, Exit.OK)

    return guarded(validate)


def run_import(source: str, output: Path | None, fmt: str, force: bool) -> int:
    def import_() -> int:
        from backcare.output.views import make_view

        env = Environment.detect(plain=True)
        result = import_pack(source, output, fmt, force)
        view = make_view(env)
        view.imported(result)
        view.finish()
        return Exit.OK

    return guarded(import_)


def run_interactive(faq: Sequence[str], color: str) -> int:
    def interactive() -> int:
        from backcare.cli.interactive import run_prompt

        env = Environment.detect(color=color)
        run_prompt(open_engine(faq, env), color)
        return Exit.OK

    return guarded(interactive)


# ---- shell completion ----------------------------------------------------------------------------
