"""The `backcare` command: parses arguments, calls the library, hands results to the renderers.

Exit codes (like grep): 0 answered, 1 no confident match / unknown id / validation warnings,
2 error (usage, bad pack), 130 interrupted, 141 output pipe closed. Errors are turned into one line on
stderr in `guard`, nowhere else.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from backcare import __version__

if TYPE_CHECKING:
    from backcare.answer import Answer, Engine
    from backcare.render import Mode


class Exit(enum.IntEnum):
    OK = 0
    NOT_FOUND = 1
    ERROR = 2
    INTERRUPTED = 130
    BROKEN_PIPE = 141


class Color(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Format(str, enum.Enum):
    auto = "auto"
    page = "page"
    markdown = "markdown"


app = typer.Typer(
    name="backcare",
    help="Answers back-care questions from an FAQ, on a terminal or in a pipe.\n\n"
    "General information, not medical advice.",
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FaqOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer 0.28 cannot read "Path | None" on Python 3.10
    typer.Option(
        "--faq",
        envvar="BACKCARE_FAQ",
        help="FAQ pack to use instead of the bundled one (replaces it; does not add to it). "
        "Also read from the BACKCARE_FAQ environment variable; the option wins.",
        show_default=False,
        dir_okay=True,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
PlainOption = Annotated[
    bool, typer.Option("--plain", help="Plain text even on a terminal (the default in pipes).")
]
ColorOption = Annotated[
    Color,
    typer.Option(
        "--color",
        help="Colour and layout: auto (terminal only), always (e.g. for less -R), never.",
        case_sensitive=False,
    ),
]


@contextmanager
def guard() -> Iterator[None]:
    """The one place where problems become a message on stderr and an exit code."""
    from backcare.errors import BackcareError

    try:
        yield
    except BackcareError as exc:
        _error(str(exc))
        raise typer.Exit(Exit.ERROR) from None
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly. Point stdout at devnull so the
        # interpreter's final flush doesn't raise again (Python's documented recipe).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(Exit.BROKEN_PIPE) from None
    except KeyboardInterrupt:
        raise typer.Exit(Exit.INTERRUPTED) from None


def _error(message: str) -> None:
    from backcare.render import one_line

    prefix = "" if message.startswith("backcare:") else "backcare: "
    sys.stderr.write(f"{prefix}{one_line(message)}\n")


def _is_terminal() -> bool:
    return sys.stdout.isatty()


def _mode(json_output: bool, plain: bool, color: Color) -> Mode:
    from backcare.render import choose_mode

    return choose_mode(
        json_output=json_output, plain=plain, color=color.value, is_terminal=_is_terminal()
    )


def _engine(faq: Path | None) -> Engine:
    from backcare.cache import open_engine

    return open_engine(faq)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"backcare {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    faq: FaqOption = None,
    color: ColorOption = Color.auto,
) -> None:
    """Answers back-care questions from an FAQ. General information, not medical advice.

    Run with no command on a terminal for an interactive prompt (:topics, :show ID, :quit).
    """
    ctx.obj = faq
    if ctx.invoked_subcommand is not None:
        return
    if sys.stdin.isatty() and sys.stdout.isatty():
        from backcare.interactive import run_prompt

        with guard():
            run_prompt(faq, color.value)
        raise typer.Exit()
    typer.echo(ctx.get_help())


def _faq(ctx: typer.Context, faq: Path | None) -> Path | None:
    """A command's own --faq, else the one given before the command (`backcare --faq X ask`)."""
    inherited = ctx.find_root().obj
    return faq if faq is not None else inherited if isinstance(inherited, Path) else None


@app.command()
def ask(
    ctx: typer.Context,
    question: Annotated[
        list[str],
        typer.Argument(help="The question (words are joined), or '-' to read one per line."),
    ],
    top: Annotated[
        int, typer.Option("--top", "-n", min=1, help="How many ranked results to consider.")
    ] = 3,
    topic: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--topic", "-t", help="Only match entries of this topic."),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why each entry ranked where it did.")
    ] = False,
    json_output: JsonOption = False,
    plain: PlainOption = False,
    color: ColorOption = Color.auto,
    faq: FaqOption = None,
) -> None:
    """Answer a question from the FAQ.

    Example: backcare ask "stiff back after sitting"

    Batch: printf 'heat or ice?\\nwhy do muscles waste?\\n' | backcare ask --json -
    """
    with guard():
        mode = _mode(json_output, plain, color)
        batch = question == ["-"]
        if batch:
            questions: Iterator[str] = _stdin_questions()
        else:
            text = " ".join(question)
            if not text.strip():
                raise typer.BadParameter("the question is empty", param_hint="QUESTION")
            questions = iter([text])
        engine = _engine(_faq(ctx, faq))
        if topic is not None:
            topic = engine.pack.resolve_topic(topic)
        code = _answer_all(engine, questions, mode, top, topic, explain, color, batch)
    raise typer.Exit(code)


def _stdin_questions() -> Iterator[str]:
    """Non-blank stdin lines; bytes that aren't UTF-8 become U+FFFD instead of failing the batch."""
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", errors="replace").strip()
        if line:
            yield line


def _answer_all(
    engine: Engine,
    questions: Iterator[str],
    mode: Mode,
    top: int,
    topic: str | None,
    explain: bool,
    color: Color,
    batch: bool,
) -> int:
    from backcare.render import Mode, dumps, no_match_message, plain_answer

    out = sys.stdout
    unanswered = False
    printed = False
    console = err_console = None
    if mode is Mode.RICH:
        from backcare.terminal import make_console

        console = make_console(color.value)
        err_console = make_console(color.value, stderr=True)
    for question in questions:
        answer = engine.ask(question, top=top, topic=topic)
        found = answer.match is not None
        unanswered = unanswered or not found
        if mode is Mode.JSON:
            out.write(dumps(answer.to_dict(explain)) + "\n")
        elif mode is Mode.PLAIN:
            text = plain_answer(answer, explain)
            if text:
                out.write(("\n" if printed else "") + text + "\n")
                printed = True
            if not found:
                out.flush()
                sys.stderr.write(no_match_message(answer) + "\n")
        else:
            _print_rich(answer, explain, console, err_console, batch)
    if mode is Mode.RICH and console is not None:
        from backcare.terminal import print_disclaimer

        print_disclaimer(console)
    out.flush()
    return Exit.NOT_FOUND if unanswered else Exit.OK


def _print_rich(answer: Answer, explain: bool, console: object, err_console: object,
                batch: bool) -> None:
    from backcare.terminal import print_answer, print_no_match

    if batch:
        console.rule(answer.query[:60])  # type: ignore[attr-defined]
    print_answer(console, answer, explain)  # type: ignore[arg-type]
    if answer.match is None:
        print_no_match(err_console, answer)  # type: ignore[arg-type]


@app.command()
def topics(
    ctx: typer.Context,
    topic: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help="Only list this topic's entries."),
    ] = None,
    json_output: JsonOption = False,
    plain: PlainOption = False,
    color: ColorOption = Color.auto,
    faq: FaqOption = None,
) -> None:
    """List every entry, grouped by topic.

    Example: backcare topics --json | jq -r '.[].id'
    """
    from backcare.pack import load_pack
    from backcare.render import Mode, json_topics, plain_topics

    with guard():
        mode = _mode(json_output, plain, color)
        pack = load_pack(_faq(ctx, faq))
        entries = list(pack.entries)
        if topic is not None:
            wanted = pack.resolve_topic(topic)
            entries = [e for e in entries if e.topic == wanted]
        if mode is Mode.JSON:
            sys.stdout.write(json_topics(entries) + "\n")
        elif mode is Mode.PLAIN:
            sys.stdout.write(plain_topics(entries) + "\n")
        else:
            from backcare.terminal import make_console, print_topics

            print_topics(make_console(color.value), pack, entries)
        sys.stdout.flush()


def _complete_id(incomplete: str) -> list[str]:
    from backcare.pack import load_pack

    try:
        pack = load_pack(os.environ.get("BACKCARE_FAQ") or None)
    except Exception:  # completion must never print a traceback into the shell
        return []
    return [e.id for e in pack.entries if e.id.startswith(incomplete)]


@app.command()
def show(
    ctx: typer.Context,
    entry_id: Annotated[
        str, typer.Argument(metavar="ID", help="The entry's id.", autocompletion=_complete_id)
    ],
    json_output: JsonOption = False,
    plain: PlainOption = False,
    color: ColorOption = Color.auto,
    faq: FaqOption = None,
) -> None:
    """Show one entry in full, with where it comes from.

    Example: backcare show back-get-stiff-sit
    """
    from backcare.pack import load_pack
    from backcare.render import Mode, dumps, plain_entry, unknown_id_message

    with guard():
        mode = _mode(json_output, plain, color)
        pack = load_pack(_faq(ctx, faq))
        entry = pack.get(entry_id.strip())
        if entry is None:
            from rapidfuzz import process

            close = [c for c, _, _ in process.extract(entry_id, list(pack.by_id), limit=3)]
            sys.stderr.write(unknown_id_message(entry_id, close) + "\n")
            raise typer.Exit(Exit.NOT_FOUND)
        if mode is Mode.JSON:
            sys.stdout.write(dumps(entry.to_dict()) + "\n")
        elif mode is Mode.PLAIN:
            sys.stdout.write(plain_entry(entry, pack) + "\n")
        else:
            from backcare.terminal import make_console, print_disclaimer, print_entry

            console = make_console(color.value)
            print_entry(console, entry, pack)
            print_disclaimer(console)
        sys.stdout.flush()


@app.command("import")
def import_(
    source: Annotated[
        str, typer.Argument(metavar="FILE", help="A Q&A page or Markdown FAQ; '-' reads stdin.")
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", metavar="PACK", help="Write the pack here (default: stdout)."),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="Input format.", case_sensitive=False)
    ] = Format.auto,
    force: Annotated[bool, typer.Option("--force", help="Overwrite PACK if it exists.")] = False,
) -> None:
    """Turn a Q&A web page (saved as text) or a Markdown FAQ into a pack.

    Example: backcare import clinic-faq.md -o clinic.json && backcare validate clinic.json
    """
    from backcare.importer import import_text
    from backcare.pack import pack_from_data
    from backcare.render import dumps_pretty

    with guard():
        text = _read_source(source)
        result = import_text(text, fmt.value)
        for note in result.notes:
            sys.stderr.write(f"note: {note}\n")
        if not result.entries:
            raise _error_exit(f"{source}: no questions found (questions are lines ending in '?')")
        data = result.to_pack()
        if not data["title"]:
            data["title"] = Path(source).stem if source != "-" else "Imported FAQ"
        pack_from_data(data, source)  # what import writes must load
        payload = dumps_pretty(data)
        if output is None:
            sys.stdout.write(payload)
        else:
            if output.exists() and not force:
                raise _error_exit(f"{output}: already exists (use --force to overwrite)")
            output.write_text(payload, encoding="utf-8")
            sys.stderr.write(f"wrote {len(result.entries)} entries to {output}\n")


def _read_source(source: str) -> str:
    from backcare.errors import PackError

    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        raise PackError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise PackError(f"{source}: is a directory") from None
    except OSError as exc:
        raise PackError(f"{source}: cannot read ({exc.strerror or exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(f"{source}: not UTF-8 text (bad byte at offset {exc.start})") from None


def _error_exit(message: str) -> Exception:
    from backcare.errors import PackError

    return PackError(message)


@app.command()
def validate(
    pack_path: Annotated[Path, typer.Argument(metavar="PACK", help="The pack to check.")],
    json_output: JsonOption = False,
    plain: PlainOption = False,
    color: ColorOption = Color.auto,
) -> None:
    """Check a pack: schema errors (exit 2), then authoring warnings (exit 1), else exit 0.

    Example: backcare validate clinic.json --json | jq '.warnings[].message'
    """
    from backcare.answer import Engine
    from backcare.errors import PackError
    from backcare.pack import load_pack
    from backcare.render import Mode, dumps, plain_validation
    from backcare.validate import check

    mode = _mode(json_output, plain, color)
    try:
        pack = load_pack(pack_path)
    except PackError as exc:
        if mode is Mode.JSON:
            sys.stdout.write(dumps({"pack": str(pack_path), "errors": [str(exc)], "warnings": []}))
            sys.stdout.write("\n")
        else:
            _error(str(exc))
        raise typer.Exit(Exit.ERROR) from None
    with guard():
        warnings = check(Engine(pack))
        if mode is Mode.JSON:
            report = {"pack": str(pack_path), "entries": len(pack.entries), "errors": [],
                      "warnings": [w.to_dict() for w in warnings]}
            sys.stdout.write(dumps(report) + "\n")
        elif mode is Mode.PLAIN:
            sys.stdout.write(plain_validation(pack, warnings) + "\n")
        else:
            from backcare.terminal import make_console, print_validation

            print_validation(make_console(color.value), pack, warnings)
    raise typer.Exit(Exit.NOT_FOUND if warnings else Exit.OK)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:  # raised outside a command (e.g. while importing)
        sys.exit(Exit.INTERRUPTED)
