"""What each command does, independent of argument parsing: options in, exit code out.

`backcare.cli` (Typer) and the start-up fast path in `backcare.entry` both call these functions, so
behaviour lives in one place. This is also the one place where problems become a message on stderr
and an exit code (`guarded`). Exit codes, like grep's: 0 answered, 1 no confident match / unknown id /
validation warnings, 2 error (usage, bad pack), 130 interrupted, 141 output pipe closed.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from backcare.engine.answer import Engine
    from backcare.output.plain import Mode
    from backcare.packs.schema import Pack
    from backcare.packs.validate import Warning
    from backcare.store.protocol import Progress


class Exit(enum.IntEnum):
    OK = 0
    NOT_FOUND = 1
    ERROR = 2
    INTERRUPTED = 130
    BROKEN_PIPE = 141


class AskOptions(NamedTuple):
    question: list[str]
    top: int = 3
    topic: str | None = None
    explain: bool = False
    json_output: bool = False
    plain: bool = False
    color: str = "auto"
    faq: Path | None = None


def guarded(action: Callable[[], int]) -> int:
    """Run a command; turn the ways it can fail into one stderr line and an exit code."""
    from backcare.errors import BackcareError

    try:
        return action()
    except BackcareError as exc:
        error(str(exc))
        return Exit.ERROR
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly. Point stdout at devnull so the
        # interpreter's final flush doesn't raise again (Python's documented recipe).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return Exit.BROKEN_PIPE
    except KeyboardInterrupt:
        return Exit.INTERRUPTED


def error(message: str) -> None:
    from backcare.output.text import one_line

    prefix = "" if message.startswith("backcare:") else "backcare: "
    sys.stderr.write(f"{prefix}{one_line(message)}\n")


def is_terminal() -> bool:
    return sys.stdout.isatty()


def output_mode(json_output: bool, plain: bool, color: str) -> Mode:
    from backcare.output.plain import choose_mode

    return choose_mode(json_output=json_output, plain=plain, color=color, is_terminal=is_terminal())


def open_engine(faq: Path | None) -> Engine:
    from backcare.engine.answer import Engine
    from backcare.store.open import open_store

    pack, store = open_store(faq, _progress())
    return Engine(pack, store=store)


def open_pack(faq: Path | None) -> Pack:
    from backcare.store.open import open_pack as open_cached

    return open_cached(faq, _progress())


def _progress() -> Progress | None:
    """A progress bar for a first index build, on a terminal only (Rich is imported only if used)."""
    if not sys.stderr.isatty():
        return None

    def update(done: int, total: int) -> None:
        from backcare.output.terminal import index_progress

        index_progress(done, total)

    return update


# ---- ask -----------------------------------------------------------------------------------------


def run_ask(options: AskOptions) -> int:
    return guarded(lambda: _ask(options))


def _ask(options: AskOptions) -> int:
    from backcare.errors import QueryError

    mode = output_mode(options.json_output, options.plain, options.color)
    batch = options.question == ["-"]
    if batch:
        questions: Iterator[str] = stdin_lines()
    else:
        questions = iter([" ".join(options.question)])  # Engine.ask rejects an empty one
    if options.top < 1:  # checked here too: an empty batch never reaches Engine.ask
        raise QueryError("--top must be at least 1")
    engine = open_engine(options.faq)
    topic = None if options.topic is None else engine.pack.resolve_topic(options.topic)
    return _answer_all(engine, questions, mode, options, topic, batch)


def stdin_lines() -> Iterator[str]:
    """Non-blank stdin lines; bytes that aren't UTF-8 become U+FFFD instead of failing the batch."""
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", errors="replace").strip()
        if line:
            yield line


def _answer_all(
    engine: Engine,
    questions: Iterator[str],
    mode: Mode,
    options: AskOptions,
    topic: str | None,
    batch: bool,
) -> int:
    from backcare.output.plain import Mode, dumps, no_match_message, plain_answer

    out = sys.stdout
    unanswered = printed = False
    show = None
    if mode is Mode.RICH:
        from backcare.output.terminal import AnswerPrinter

        show = AnswerPrinter(options.color, options.explain, batch)
    for question in questions:
        answer = engine.ask(question, top=options.top, topic=topic)
        found = answer.match is not None
        unanswered = unanswered or not found
        if show is not None:
            show(answer)
        elif mode is Mode.JSON:
            out.write(dumps(answer.to_dict(options.explain)) + "\n")
        else:
            text = plain_answer(answer, options.explain)
            if text:
                out.write(("\n" if printed else "") + text + "\n")
                printed = True
            if not found:
                out.flush()  # keep stdout and stderr in order when both go to one place
                sys.stderr.write(no_match_message(answer) + "\n")
    if show is not None:
        show.finish()
    out.flush()
    return Exit.NOT_FOUND if unanswered else Exit.OK


# ---- topics and show -----------------------------------------------------------------------------


def run_topics(
    topic: str | None, json_output: bool, plain: bool, color: str, faq: Path | None
) -> int:
    def topics() -> int:
        from backcare.output.plain import Mode, json_topics, plain_topics

        mode = output_mode(json_output, plain, color)
        pack = open_pack(faq)
        entries = list(pack.entries)
        if topic is not None:
            wanted = pack.resolve_topic(topic)
            entries = [e for e in entries if e.topic == wanted]
        if mode is Mode.JSON:
            sys.stdout.write(json_topics(entries) + "\n")
        elif mode is Mode.PLAIN:
            sys.stdout.write(plain_topics(entries) + "\n")
        else:
            from backcare.output.terminal import make_console, print_topics

            print_topics(make_console(color), pack, entries)
        sys.stdout.flush()
        return Exit.OK

    return guarded(topics)


def run_show(entry_id: str, json_output: bool, plain: bool, color: str, faq: Path | None) -> int:
    def show() -> int:
        from backcare.output.plain import Mode, dumps, plain_entry, unknown_id_message

        mode = output_mode(json_output, plain, color)
        pack = open_pack(faq)
        entry = pack.get(entry_id.strip())
        if entry is None:
            from rapidfuzz import process

            close = [c for c, _, _ in process.extract(entry_id, list(pack.by_id), limit=3)]
            sys.stderr.write(unknown_id_message(entry_id, close) + "\n")
            return Exit.NOT_FOUND
        if mode is Mode.JSON:
            sys.stdout.write(dumps(entry.to_dict()) + "\n")
        elif mode is Mode.PLAIN:
            sys.stdout.write(plain_entry(entry, pack) + "\n")
        else:
            from backcare.output.terminal import make_console, print_disclaimer, print_entry

            console = make_console(color)
            print_entry(console, entry, pack)
            print_disclaimer(console)
        sys.stdout.flush()
        return Exit.OK

    return guarded(show)


def entry_ids(incomplete: str) -> list[str]:
    """Shell completion of entry ids (BACKCARE_FAQ's pack, else the bundled one)."""
    from backcare.errors import BackcareError
    from backcare.packs.load import load_pack

    try:
        pack = load_pack(os.environ.get("BACKCARE_FAQ") or None)
    except BackcareError:
        return []
    return [e.id for e in pack.entries if e.id.startswith(incomplete)]


# ---- import and validate -------------------------------------------------------------------------


def run_import(source: str, output: Path | None, fmt: str, force: bool) -> int:
    def import_() -> int:
        from backcare.errors import PackError
        from backcare.output.plain import dumps_pretty
        from backcare.output.text import one_line
        from backcare.packs.importers import import_text
        from backcare.packs.schema import pack_from_data
        from backcare.store.files import write_atomic

        result = import_text(read_text_source(source), fmt)
        for note in result.notes:
            sys.stderr.write(f"note: {one_line(note)}\n")
        if not result.entries:
            raise PackError(f"{source}: no questions found (questions are lines ending in '?')")
        data = result.to_pack()
        if not data["title"]:
            data["title"] = Path(source).stem if source != "-" else "Imported FAQ"
        pack_from_data(data, source)  # what import writes must load
        payload = dumps_pretty(data)
        if output is None:
            sys.stdout.write(payload)
            return Exit.OK
        if output.exists() and not force:
            raise PackError(f"{output}: already exists (use --force to overwrite)")
        try:
            write_atomic(output, payload.encode("utf-8"))  # never a half-written PACK
        except OSError as exc:
            raise PackError(f"{output}: cannot write ({exc.strerror or exc})") from None
        sys.stderr.write(f"wrote {len(result.entries)} entries to {output}\n")
        return Exit.OK

    return guarded(import_)


def read_text_source(source: str) -> str:
    """A file's (or stdin's, for '-') text, with a one-line PackError for every way that fails."""
    from backcare.packs.load import decode_text, read_file_bytes

    raw = sys.stdin.buffer.read() if source == "-" else read_file_bytes(Path(source), source)
    return decode_text(raw, source if source != "-" else "standard input")


def run_validate(pack_path: Path, json_output: bool, plain: bool, color: str) -> int:
    def report(entries: int, errors: list[str], warnings: list[Warning]) -> dict[str, object]:
        return {
            "pack": str(pack_path),
            "entries": entries,
            "errors": errors,
            "warnings": [w.to_dict() for w in warnings],
        }

    def validate() -> int:
        from backcare.engine.answer import Engine
        from backcare.errors import PackError
        from backcare.output.plain import Mode, dumps, plain_validation
        from backcare.packs.load import load_pack
        from backcare.packs.validate import check

        mode = output_mode(json_output, plain, color)
        try:
            pack = load_pack(pack_path)
        except PackError as exc:
            if mode is not Mode.JSON:
                raise
            sys.stdout.write(dumps(report(0, [str(exc)], [])) + "\n")
            return Exit.ERROR
        warnings = check(Engine(pack))
        if mode is Mode.JSON:
            sys.stdout.write(dumps(report(len(pack.entries), [], warnings)) + "\n")
        elif mode is Mode.PLAIN:
            sys.stdout.write(plain_validation(pack, warnings) + "\n")
        else:
            from backcare.output.terminal import make_console, print_validation

            print_validation(make_console(color), pack, warnings)
        return Exit.NOT_FOUND if warnings else Exit.OK

    return guarded(validate)


def run_interactive(faq: Path | None, color: str) -> int:
    def interactive() -> int:
        from backcare.cli.interactive import run_prompt

        run_prompt(open_engine(faq), color)
        return Exit.OK

    return guarded(interactive)
