"""Console-script entry point: argv cleaned once, a start-up fast path for `ask`, `topics`, `show`
and `validate` calls (plain, JSON and Rich output alike) and for `--version`, the Typer app for
everything else, and the outermost error boundary.

Importing Typer and building the app costs about 45-65 ms, as much as the tldr client's whole run,
so those calls (and bare questions) are read here, with the option declarations Typer itself is
built from (backcare.cli.options). The fast path accepts only what it can read exactly as Typer
would; anything else - help, `--`, short options glued to values, repeats, odd values, missing or
extra arguments - goes to Typer, which owns every usage message. Both routes call the same
`run_*` functions (backcare.cli.ask, browse, author); a property test over the whole grammar (tests/test_grammar.py) checks they print
and exit identically. BACKCARE_NO_FAST_PATH=1 turns the fast path off.
"""

from __future__ import annotations

import atexit
import gc

# A run allocates tens of thousands of long-lived objects (modules, data, the index) and next to no
# garbage cycles: at the default threshold (700) the collector walks them about 40 times for
# nothing, and the interpreter's full collection at exit walks them all once more; together about
# 7% of a cold `ask`. A single question leaves ~48,000 objects (a calm `ask --json`) to ~52,000
# (one with typos, or Rich output) alive: a threshold of 50,000 set off one collection in some of
# them, walking all ~50,000 for nothing (23M instructions, ~5% of the run, issue 17), so it stands
# well above what a command's start-up allocates (a repeated `validate`: ~105,000). A batch still
# collects, every 200,000 allocations (its memory and time are unchanged: its garbage is freed by
# reference counting); at exit the objects are frozen (gc.freeze), so that last collection skips
# them and the OS takes the memory back (stdout and stderr are still flushed by the interpreter;
# files are closed by `with` blocks). Set before the imports below: the standard library's modules
# they load (typing, enum, re, ...) set off eight collections at the default threshold.
GC_THRESHOLD = 200_000


def tune_collector() -> None:
    """The threshold above, and the freeze at exit, once per process (tests call main() many
    times, and import this module once)."""
    if gc.get_threshold()[0] < GC_THRESHOLD:
        gc.set_threshold(GC_THRESHOLD)
        atexit.register(gc.freeze)


tune_collector()

from backcare import quickimport  # noqa: E402

# before the imports below: every backcare module after this one is found and read the short way
quickimport.install()

import contextlib  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402

from backcare.cli import options  # noqa: E402
from backcare.hints import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from backcare.cli.ask import AskOptions
    from backcare.engine.prebuilt import Source


def fast_ask_options(argv: Sequence[str]) -> AskOptions | None:
    """AskOptions for a plain `ask` call, or None to let Typer parse (and report on) argv."""
    if argv and argv[0] == "ask":
        rest = list(argv[1:])
    elif options.is_bare_question(list(argv)):
        rest = list(argv)
    else:
        return None
    parsed = _parse(rest, options.ASK)
    if parsed is None or not parsed[0]:
        return None
    words, values = parsed
    from backcare.cli.ask import AskOptions

    return AskOptions(question=words, **values)  # type: ignore[arg-type]


def fast_command(argv: Sequence[str]) -> Callable[[], int] | None:
    """A plain `topics [TOPIC]`, `show ID` or `validate PACK...` call, ready to run; None to let
    Typer parse it."""
    if not argv or argv[0] not in options.LISTING:
        return None
    command = argv[0]
    parsed = _parse(list(argv[1:]), options.LISTING[command])
    if parsed is None:
        return None
    words, values = parsed
    from backcare.cli.context import OutputOptions

    output = OutputOptions(
        bool(values.get("json_output")),
        bool(values.get("plain")),
        values.get("color"),  # type: ignore[arg-type]
        bool(values.get("no_pager")),
    )
    faq: tuple[str, ...] = values.get("faq", ())  # type: ignore[assignment]
    if command == "topics" and len(words) <= 1:
        topic = words[0] if words else None
        from backcare.cli.browse import run_topics

        return lambda: run_topics(topic, output, faq)
    if command == "show" and len(words) == 1:
        from backcare.cli.browse import run_show

        handout = bool(values.get("handout"))
        if handout and output.json_output:
            return None  # a usage error: Typer's route says so
        return lambda: run_show(words[0], output, faq, handout=handout)
    if command == "validate" and words:
        from backcare.packs.load import as_path, looks_like_url
        from backcare.packs.multi import pack_name

        paths = [pack_name(word) for word in words]  # as the Typer route reads them
        asked = values.get("questions")
        # a URL kept as typed, for its error ('file:///q.txt', not 'file:/q.txt': hostile15 F8)
        questions = (
            (asked if looks_like_url(asked) else as_path(asked)) if isinstance(asked, str) else None
        )
        stale_after: int | None = values.get("stale_after")  # type: ignore[assignment]
        min_right: int | None = values.get("min_right")  # type: ignore[assignment]
        if min_right is not None and (min_right > 100 or questions is None):
            return None  # Typer says what is wrong with it
        against = values.get("against")
        baseline = values.get("baseline")
        if isinstance(against, str):
            if len(paths) != 1 or questions is not None or min_right is not None or baseline:
                return None  # Typer says what is wrong with it
            from backcare.cli.author import run_pack_diff

            old = pack_name(against)
            return lambda: run_pack_diff(paths[0], old, output)
        from backcare.cli.author import run_validate

        accepted = baseline if isinstance(baseline, str) else None
        return lambda: run_validate(
            paths, output, questions, stale_after, min_right, baseline=accepted
        )
    return None  # missing or extra arguments: Typer explains


def _parse(
    rest: list[str], declared: Sequence[options.Option]
) -> tuple[list[str], dict[str, object]] | None:
    """Words and option values, read with the declarations Typer is built from; None whenever
    Typer might read argv differently (it then parses and reports)."""
    by_name = {name: option for option in declared for name in option.names}
    words: list[str] = []
    values: dict[str, object] = {}
    while rest:
        token = rest.pop(0)
        if token == "-" or not token.startswith("-"):
            words.append(token)
            continue
        name, has_value, value = token.partition("=")
        option = by_name.get(name)
        repeated = option is not None and option.dest in values and option.kind != "packs"
        if option is None or repeated or (has_value and not name.startswith("--")):
            return None  # unknown, repeated, or `-n=2`: Typer decides
        if option.kind == "flag":
            if has_value:
                return None
            values[option.dest] = True
            continue
        if not has_value:
            if not rest:
                return None
            value = rest.pop(0)
        converted = _value(option, value)
        if converted is None:
            return None
        if option.kind == "packs":
            converted = (*values.get(option.dest, ()), converted)  # type: ignore[misc]
        values[option.dest] = converted
    return words, values


def _value(option: options.Option, value: str) -> object | None:
    """The value as Typer would convert it, or None when only Typer should judge it."""
    if not value or value.startswith("-"):
        return None
    if option.kind == "top":
        from backcare.engine.query import top_from_text

        try:
            return top_from_text(value)
        except ValueError:
            return None  # Typer reports it, with the same rule (app.typer_option)
    if option.kind == "int":
        return int(value) if value.isascii() and value.isdigit() and len(value) < 7 else None
    if option.kind == "choice":
        try:
            return options.check_choice(option, value)
        except ValueError:
            return None
    return value


def implicit_command(argv: list[str]) -> list[str]:
    """What people type, as the grammar spells it: `help` and `help COMMAND` show help, `help`
    followed by anything else is the question after it (`backcare help i cant pee` must reach
    the red-flag check, not print help), and `ask`'s own options before a bare question
    (`backcare --json stiff back`) mean `ask`. Both routes see the result, so they still agree."""
    argv = _text_after_dashes(argv)
    if _asks_version(argv):
        return ["--version"]
    if (
        argv[:1] in (["help"], ["-?"])
        and len(argv) > 1
        and not (len(argv) == 2 and argv[1] in options.COMMANDS)
        and not only_filler(argv[1:])
    ):
        return ["ask", *argv[1:]]  # `help` there is a call for help, not a topic word
    if argv[:1] in (["help"], ["-?"]):
        return [*argv[1:2], "--help"] if argv[1:2] and argv[1] in options.COMMANDS else ["--help"]
    if argv[1:] and options.end_of_options(argv) == 0:
        # `backcare -- WORDS`: everything after `--` is the question, never an option (`-- i cant
        # pee -h` printed help; `-- --install-completion` edited the shell's start-up files)
        return ["ask", *argv]
    argv = options.command_first(argv) or argv  # `--json topics` is `topics --json`
    start = options.after_root_options(argv)  # `--faq X --json q`: --json is ask's, as first
    if argv[start:] == ["--plain"] and _on_a_terminal():
        # `backcare --plain` alone on a terminal: the plain prompt, as `backcare` alone gives the
        # prompt (newcomer25 F5: a usage error, with the way to it on its third line)
        return argv
    if start < len(argv) and argv[start].partition("=")[0] in options.ASK_ONLY_NAMES:
        argv = [*argv[:start], "ask", *argv[start:]]
        if _reads_stdin(argv[start:]):
            # right after `ask`: at the end it could follow a `--` and be a word (`--json --`)
            return [*argv[: start + 1], "-", *argv[start + 1 :]]
    return argv


def _asks_version(argv: list[str]) -> bool:
    """Whether argv is --version among options only (`backcare --plain --version`, `--json
    --version`): the version, as `--version --plain` gave it and as git gives it; it was read
    as `ask --version`, "no such option: --version (Possible options: --json)" (stranger41).
    A word (`--version extra`, a question), a command's name or a `--` keeps its usage error."""
    if options.end_of_options(argv) != len(argv):
        return False
    positions = list(options.own_positions(argv))
    return any(argv[i] in options.VERSION.names for i in positions) and all(
        argv[i].startswith("-") and argv[i] != "-" for i in positions
    )


def _on_a_terminal() -> bool:
    from backcare.output.environment import is_terminal

    return is_terminal(sys.stdin) and is_terminal(sys.stdout)


def _text_after_dashes(argv: list[str]) -> list[str]:
    """A question quoted as one word that starts with "-" (`ask "-1 degrees and i cant pee"`) is
    read as if given after `--`: an option's name never holds a space (options.is_text). Only
    when no option follows it (the usual tail of a command line); otherwise the usage error
    reports the option, after the red-flag check has read the word (options.question_words)."""
    end = options.end_of_options(argv)
    for index in options.own_positions(argv[:end]):
        if options.is_text(argv[index]):
            later = argv[index + 1 :]
            if any(w.startswith("-") and not options.is_text(w) for w in later):
                return argv
            return [*argv[:index], "--", *argv[index:]]
    return argv


def _reads_stdin(ask: Sequence[str]) -> bool:
    """Whether `backcare [ask's OPTIONS]` with no question is a batch: questions piped or
    redirected in (`backcare --json < questions.txt`, as `backcare < questions.txt` is). It was a
    usage error ("missing argument"), and the piped emergencies were never checked. Not with help
    asked for, nor on a terminal. An explicit `ask` with no question stays a usage error (a
    script's empty `$q` must not read its loop's stdin), after the piped lines' notices."""
    if options.question_words(ask) or "-" in ask or "-h" in ask or "--help" in ask:
        return False
    from backcare.output.environment import is_terminal

    return sys.stdin is not None and not is_terminal(sys.stdin)


def only_filler(words: Sequence[str]) -> bool:
    """Whether words after `help` only ask for help (`help me`, `help me please`): nothing but
    stop words (data/stopwords.txt) and no red flag. Anything else is a question."""
    import re

    from backcare.resources import read_words

    filler = set(read_words("stopwords.txt"))
    folded = [re.sub(r"[^\w']+", "", word.lower()) for word in words]
    if not all(word in filler for word in folded if word):
        return False
    from backcare.cli.notices import flagged

    return not any(flagged([" ".join(words)]))


def _version() -> int:
    options.write_version()
    raise SystemExit(0)  # as typer.Exit() does: the interpreter flushes stdout at exit


def clean_argv(argv: Sequence[str]) -> list[str]:
    """Arguments that were not valid UTF-8 arrive as lone surrogates (os.fsdecode). A file name
    keeps them, so it opens and writes the very file given (`--faq $'caf\xe9.json'`), and is
    shown escaped in messages; every other word (questions, ids, topics) is read once, here, as
    stdin's bytes are (packs/decoding.py: each byte that is not UTF-8 as Windows-1252, so
    "can\x92t" is "can’t", hostile16 F1; a byte with no such character as U+FFFD), so no later
    layer (JSON output above all) meets text it cannot encode."""
    paths = options.path_positions(argv)
    return [a if i in paths or a.isascii() else _read_word(a) for i, a in enumerate(argv)]


def _read_word(word: str) -> str:
    if not any("\udc80" <= c <= "\udcff" for c in word):
        return word
    from backcare.cli.status import note
    from backcare.packs.decoding import decode

    decoded = decode(word.encode("utf-8", "surrogateescape"))
    # said as standard input's lines say it (newcomer25 F13: argv's were changed silently)
    said = decoded.note("an argument")
    if said:
        from backcare.cli.inputlines import NOT_UTF8, ArgvReading

        note(said)
        ArgvReading.decoded_as = NOT_UTF8  # JSON's `decoded_as` says so too
    return decoded.text


def blocking_streams() -> None:
    """Standard input, output and error made blocking (hostile16 F4). A parent that made its
    pipes non-blocking (Node.js does) or a terminal another program left so: Python's buffered
    writes past a full pipe failed with EAGAIN and the rest of the output, notices included, was
    dropped with exit 0; stdin with nothing in it yet read as empty ("no questions read"), and the
    emergency written after was never read. A blocking stream waits, as every pipe reader
    expects. Closed or unusual streams are left as they are."""
    for fd in (0, 1, 2):
        with contextlib.suppress(OSError, ValueError):
            if not os.get_blocking(fd):
                os.set_blocking(fd, True)


def _tolerant_streams() -> None:
    """An ASCII or Latin-1 terminal gets an ASCII look-alike for typography ('--' for an em dash,
    '*' for a bullet) and '?' for other characters it cannot show, not an encoding error."""
    from backcare.output.ascii import register

    errors = register()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors=errors)


def main() -> None:
    """`backcare`: the fast path for plain asks, topics and shows; the Typer app for the rest."""
    tune_collector()  # again: a test may have set the threshold back
    _run()


def console() -> None:
    """The console script and `python -m backcare`: main(), then the process ends as the
    interpreter would end it, without its teardown. After the exit handlers and the flush of
    stdout and stderr that teardown frees every object and module one by one (~8.4M
    instructions of a calm cold `ask`'s ~450M: 1.9%, issue 17), which the OS does at once. Not
    taken (the interpreter ends the process, as before) when another thread runs (it would be
    joined), when the exit status is no number (SystemExit("message") is printed), or when
    a flush fails (the interpreter reports it and exits 120). Tests call main(), never this."""
    try:
        main()
    except SystemExit as done:
        _end_now(done)
        raise


def _end_now(done: SystemExit) -> None:
    """End the process with `done`'s status now, if nothing the teardown does is left undone."""
    code = done.code
    if code is not None and not isinstance(code, int):
        return  # printed by the interpreter (an int, an Exit among them, is the status)
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return  # joined by the interpreter (a non-daemon thread) or left as it leaves them
    atexit._run_exitfuncs()  # as the interpreter runs them (then forgets them), before the flush
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BaseException:  # whatever it is, the interpreter reports it, as before
        return
    os._exit(int(code or 0))


def _snapshot_tables() -> Source | None:
    from backcare.store.snapshot import tables

    return tables()


def _bad_completion_request() -> bool:
    """A shell completion request whose word index is no number (COMP_CWORD=abc: typed by hand,
    never by bash, which Typer read with int() and ended in "unexpected error ... please report
    it"). Out-of-range numbers are Typer's to handle, and it does."""
    if "_BACKCARE_COMPLETE" not in os.environ or "COMP_CWORD" not in os.environ:
        return False
    try:
        int(os.environ["COMP_CWORD"])
    except ValueError:
        return True
    return False


def _quiet_completion() -> None:
    """A shell completion run writes its candidates and nothing else: stderr goes nowhere. The
    shell shows stderr in the middle of the line being typed, and nobody reads a warning there
    (newcomer24 F16: under `sudo -E`, "the cache ... belongs to another user" three times in
    one Tab press). Settings warnings were already held back (completion._faq); this also holds
    the cache's, an imported page's notes and an index build's progress."""
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115, PTH123 (for the run; no pathlib)


def _run() -> None:
    from backcare.engine import prebuilt

    # the bundled tables from the user cache (backcare.store.snapshot), read only if a command
    # builds them: the engine stays pure, the CLI decides where its tables come from
    prebuilt.use(_snapshot_tables)
    blocking_streams()
    _tolerant_streams()
    if "_BACKCARE_COMPLETE" in os.environ:
        _quiet_completion()
    argv = clean_argv(sys.argv[1:])
    argv = implicit_command(argv)
    from backcare.cli.status import json_errors, warning
    from backcare.store import cachedir

    cachedir.report_to(warning)  # a cache someone else can write is refused, in one line

    with json_errors(not options.given_options(argv).isdisjoint(options.ASK_JSON.names)):
        _dispatch(argv)


def _dispatch(argv: list[str]) -> None:
    """Run the command argv names: the fast paths first, else the Typer app."""
    from backcare.cli.status import guarded

    try:
        fast = not os.environ.get("BACKCARE_NO_FAST_PATH")
        if fast and len(argv) == 1 and argv[0] in options.VERSION.names:
            sys.exit(guarded(_version))
        chosen = fast_ask_options(argv) if fast else None
        if chosen is not None:
            from backcare.cli.ask import run_ask

            sys.exit(run_ask(chosen))
        listing = fast_command(argv) if fast else None
        if listing is not None:
            sys.exit(listing())

        if _bad_completion_request():
            sys.exit(1)  # completion that cannot be read completes nothing, with no message

        def typer_app() -> int:
            from backcare.cli.app import app

            app(args=argv, prog_name="backcare")
            return 0  # not reached: the app always exits

        sys.exit(guarded(typer_app))
    except KeyboardInterrupt:  # raised outside a command (e.g. while importing)
        sys.exit(130)
