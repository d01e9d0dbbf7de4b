"""The `backcare` Typer app: parameters built from the declarations in backcare.cli.options, each
command one call to a `run_*` function (backcare.cli.ask, browse, author, config: behaviour, output
and exit codes live there)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Annotated, Any, NoReturn, Optional

import typer
from typer._click.exceptions import NoSuchOption, UsageError
from typer.core import TyperGroup

from backcare.cli import completion, options
from backcare.cli.ask import AskOptions, run_ask, run_interactive, stdin_lines
from backcare.cli.author import run_import, run_validate
from backcare.cli.browse import run_show, run_topics
from backcare.cli.config import run_config
from backcare.cli.context import OutputOptions, output_in_argv
from backcare.cli.helpformat import SpokenHelpContext
from backcare.cli.notices import faq_words, run_question_notices
from backcare.cli.options import Option
from backcare.cli.status import Exit, error, outranked
from backcare.namedtuple import NamedTuple
from backcare.output.environment import help_width, is_terminal
from backcare.output.text import ask_command, command_line, one_line


class QuestionFirstGroup(TyperGroup):
    """`backcare stiff back after sitting` means `backcare ask stiff back after sitting`.

    Every usage error (a mistyped command, extra arguments, a bad or unknown option) is raised
    through here: before it is reported, the words that could be a question are checked for red
    flags, any notice is shown first, and an emergency makes the exit status 3."""

    context_class = SpokenHelpContext  # usage lines without braces (helpformat.py)
    argv: tuple[str, ...] = ()
    described = Exit.OK  # EMERGENCY: an emergency in words shown with help (help then exits 3)

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        self.argv = tuple(args)
        try:
            if parent is None:
                _completion_for_a_named_shell(args)
                self._notices_before_help(args)
                twice = options.repeated_option(args)
                if twice is not None:  # every value is read for red flags first (_report)
                    raise UsageError(f"{twice} is given twice: give it once")
                glued = options.glued_long_option(args)
                if glued is not None:  # `-top 5` is not `-t op` (a topic) but a mistyped --top
                    raise UsageError(options.no_such_option(glued, "-" + glued))
                narrow = help_width()
                if narrow is not None:  # subcommands' contexts inherit the width (get_command)
                    from backcare.cli.helpformat import NarrowHelpContext

                    self.context_class = NarrowHelpContext
                    extra.setdefault("terminal_width", narrow)
            return super().make_context(info_name, args, parent, **extra)
        except UsageError as exc:
            self._report(exc)
        except typer.Exit as exc:
            raise self._after_help(exc) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            self._report(exc)
        except typer.Exit as exc:
            raise self._after_help(exc) from None

    def _notices_before_help(self, args: list[str]) -> None:
        """`backcare i cant pee --help`: help is asked for, but the words are a question too, and
        their red-flag notice comes first (it printed help alone, exit 0)."""
        before = options.before_dashes(args)
        if not any(flag in before for flag in ("-h", "--help")):
            return
        words = options.question_words(before)
        if not words:
            return
        output = output_in_argv(before)
        faq = options.faq_values(args)
        self.described = Exit(run_question_notices(words, output, faq=faq))

    def _after_help(self, exc: typer.Exit) -> typer.Exit:
        """Help's exit, as 3 when the words beside it described an emergency."""
        code = outranked(exc.exit_code, self.described)
        return exc if code == exc.exit_code else typer.Exit(code)

    def _report(self, exc: UsageError) -> NoReturn:
        """A usage error as one line, like every other error (`backcare: ...; see 'backcare ask
        --help'`), not Click's Usage/Try/Error block: after any red-flag notice, and exit 2 (3 if
        the words described an emergency)."""
        self._red_flags_first(exc)
        path = exc.ctx.command_path if exc.ctx is not None else "backcare"
        start = options.after_root_options(self.argv)
        named = self.argv[start] if start < len(self.argv) else None
        if " " not in path and named in options.COMMANDS:
            # a flag given a value (`ask --json=1`) is refused before the command's context
            # exists: the help to read is still the command's (hostile9 12)
            path = f"{path} {named}"
        message = exc.format_message().rstrip(".")
        if _no_question_on_a_terminal(exc):
            # a short plain sentence first (newcomer18 F5: a non-native reader got "missing
            # argument 'QUESTION...'" and settings jargon); `backcare --plain` on a terminal
            # (hostile9 11) meant the prompt: then also how to get it as asked
            message = (
                "no question. Type it after 'ask', like this: backcare ask why is my back stiff. "
                "Or type backcare alone to ask one question after another"
            )
            if any(w.startswith("-") for w in self.argv):  # `backcare ask --plain`: options
                message += (
                    " (the prompt takes --faq and --color before it, and --plain alone: "
                    "'backcare --plain' is the plain prompt, as BACKCARE_PLAIN=1 or "
                    "'plain = true' in the settings file make it)"
                )
        elif _no_question_from_a_pipe(exc):
            # `backcare ask < questions.txt`: an explicit `ask` never reads standard input unasked
            # (a script's empty "$q" must not eat its loop's input); say how to ask for it, with
            # the options as given (newcomer12 F7; newcomer18 F9: `--input jsonl` was dropped)
            message += (
                " (to answer questions from standard input, one a line: "
                f"'{_with_stdin_marked(self.argv)}')"
            )
        elif isinstance(exc, NoSuchOption) and (
            not exc.possibilities or exc.option_name in options.long_names()
        ):
            # `backcare -top 5` was "no such option: -t", a letter nobody typed (newcomer31 F9);
            # another command's option (`ask --version`) got Click's "Possible options: --json"
            typed = options.typed_option(exc.option_name, self.argv)
            message = options.no_such_option(typed, options.near_option(typed))
        elif named == "import" and message.startswith("Got unexpected extra argument"):
            # `import faq/*.md -o all.json` (newcomer23 F16): say what import takes instead
            message += (
                " (import reads one file: import each on its own, or search several pages "
                "together with --faq a.md --faq b.md)"
            )
        error(f"{message[:1].lower()}{message[1:]}; see '{path} --help'")
        raise typer.Exit(exc.exit_code)

    def _red_flags_first(self, exc: UsageError) -> None:
        words = options.question_words(self.argv)
        values = options.option_values(self.argv)  # `ask -n "I can't pee"`: refused as a number
        # `config --faq "i dont want to live anymore"`: refused as an option config does not
        # take, a message where a pack goes (hostile16, low; not a path's shape: pathwords.py)
        values += faq_words(options.faq_values(self.argv))
        # `ask --top 1e3 -`: the questions a batch would have read are checked too, and so are
        # those piped to `backcare --bogus < questions.txt` (no command, no question: a batch)
        start = options.after_root_options(self.argv)
        command = self.argv[start] if start < len(self.argv) else None
        piped = not words and (command is None or command == "ask" or command.startswith("-"))
        marked = "-" in options.before_dashes(self.argv)
        batch = (marked or piped) and self.argv[:1] != ("import",) and not is_terminal(sys.stdin)
        lines = stdin_lines() if batch and sys.stdin is not None else ()
        if not words and not values and not batch:
            return
        output = output_in_argv(self.argv)
        faq = options.faq_values(self.argv)  # for the notices' contact line (a clinic's)
        described = Exit(run_question_notices(words, output, lines, values, faq))
        exc.exit_code = outranked(exc.exit_code, described)  # still reported, after the notice

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command, laying its help out as this group's is (helpformat.py when narrow)."""
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            command.context_class = self.context_class
        return command

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if options.is_bare_question(args):
            return "ask", self.get_command(ctx, "ask"), args
        near = options.near_command(args[0]) if args and args[0] not in options.COMMANDS else None
        if near is not None:
            ctx.fail(
                f"No such command {args[0]!r}; did you mean {near!r}? "
                "(to ask a question starting with that word: "
                f"{command_line('ask', args[0], *args[1:])})"
            )
        return super().resolve_command(ctx, args)


COMPLETION_FLAGS = ("--install-completion", "--show-completion")


def _completion_for_a_named_shell(args: list[str]) -> None:
    """`--install-completion` and `--show-completion` act for the shell they run in, or for the
    one named after them (`--show-completion zsh`); Typer's flags take no value, so a word after
    them was ignored and `--install-completion nosuchshell` installed bash completion. A named
    shell is acted for here; any other word is a usage error naming the shells."""
    # after `--` every word is a question's (`backcare ask -- --install-completion`)
    args = options.before_dashes(args)
    given = [flag for flag in COMPLETION_FLAGS if flag in args]
    if not given:
        return
    stray = options.stray_words([arg for arg in args if arg not in COMPLETION_FLAGS])
    from typer._completion_shared import Shells, get_completion_script

    shells = [shell.value for shell in Shells]
    if not stray:
        _check_own_shell(given[0], shells)
    if not stray and given != ["--install-completion"]:
        return  # the flag alone: Typer's own callback, for the shell it runs in
    if not stray:  # installing for the shell it runs in: with backcare's errors (completion.py)
        _installed(None)
    if len(stray) > 1 or len(given) > 1 or stray[0] not in shells:
        raise UsageError(
            f"{given[0]} takes one shell name ({', '.join(shells)}) or none (the shell it runs "
            f"in), not {' '.join(stray)!r}"
        )
    variable = "_BACKCARE_COMPLETE"
    if given[0] == "--show-completion":
        typer.echo(
            get_completion_script(prog_name="backcare", complete_var=variable, shell=stray[0])
        )
    else:
        _installed(stray[0])
    raise typer.Exit(0)


def _check_own_shell(flag: str, shells: list[str]) -> None:
    """A usage error, as for a shell name it does not know, when the shell the flag runs in has
    no completion: under /bin/sh (a Dockerfile's RUN) Typer said `Shell sh not supported.`, exit
    1, with no `backcare:` and no shell named (newcomer20 F5)."""
    import os

    if os.getenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION"):
        return  # Typer's own switch for its tests: no detection
    from typer._completion_shared import _get_shell_name

    shell = _get_shell_name()
    if shell is None or shell in shells:
        return  # undetected: Typer's own message
    raise UsageError(
        f"{flag} takes one shell name ({', '.join(shells)}) or none (the shell it runs in), and "
        f"the shell it runs in, {shell!r}, has no completion: name one ({flag} bash)"
    )


def _installed(shell: str | None) -> NoReturn:
    from backcare.cli.completion import install_completion

    found, path = install_completion(shell)
    typer.echo(f"{found} completion installed in {path}")
    typer.echo("Completion will take effect once you restart the terminal")
    raise typer.Exit(0)


def typer_option(option: Option, **extra: Any) -> Any:
    """A Typer option from its one declaration."""
    if option.kind == "choice":
        extra.setdefault("callback", lambda value: _choice(option, value))
        extra.setdefault("autocompletion", lambda: list(option.choices))
    if option.kind == "top":
        extra.setdefault("parser", _top)
    return typer.Option(
        *option.names,
        help=option.help,
        metavar=option.metavar,
        envvar=option.envvar,
        show_default=False,
        show_envvar=False,
        **extra,
    )


def _top(text: str) -> int:
    """--top by the one rule BACKCARE_TOP follows too (engine.query.top_from_text)."""
    from backcare.engine.query import top_from_text

    try:
        return top_from_text(text)
    except ValueError as exc:  # Click would report the bare value, not why
        raise typer.BadParameter(str(exc)) from None


def _choice(option: Option, value: str | None) -> str | None:
    if value is None:  # not given: the settings decide
        return None
    try:
        return options.check_choice(option, value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


# "\b" keeps Click from re-wrapping the example block. Each command on its own line and what it
# does under it, so the block fits a 40-column screen or braille display (newcomer17 F7: two
# columns made lines of 62 to 78 columns that wrapped mid-word; newcomer22 F4: lines of 52 at 40
# columns). Every line of an example block, in every command's help, is at most EXAMPLE_WIDTH
# (Click indents it 2 more); a longer command goes on after a shell continuation ("|", "\").
EXAMPLE_WIDTH = 38
EPILOG = (
    "\b\nExamples:\n"
    "  backcare stiff back after sitting\n"
    "      ask a question (write 'ask'\n"
    "      first if it starts with a\n"
    "      command: backcare ask show me a\n"
    "      stretch)\n"
    "  backcare ask --json 'stiff back?' |\n"
    "    jq .match.id\n"
    "      the id of the entry that\n"
    "      answers, for a script\n"
    "  backcare topics\n"
    "      browse every question\n"
    "  backcare\n"
    "      an interactive prompt (on a\n"
    "      terminal)\n"
    "  backcare < questions.txt\n"
    "      one answer per line of a file\n"
    "      or pipe\n\n"
    "General information, not medical advice."
)


app = typer.Typer(
    name="backcare",
    cls=QuestionFirstGroup,
    help="Answers back-care questions from an FAQ, on a terminal or in a pipe.",
    epilog=EPILOG,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    no_args_is_help=False,
    # words, not "|", which a 40-column screen left at a line's end (newcomer25 F10)
    subcommand_metavar="COMMAND or QUESTION...",
    context_settings={"help_option_names": ["-h", "--help"]},
)

# typer 0.28 cannot read "X | None" annotations on Python 3.10, hence Optional below (UP045).
FaqOption = Annotated[Optional[list[str]], typer_option(options.FAQ)]  # noqa: UP045
ColorOption = Annotated[Optional[str], typer_option(options.COLOR)]  # noqa: UP045
NoPagerOption = Annotated[bool, typer_option(options.NO_PAGER)]
PlainOption = Annotated[bool, typer_option(options.PLAIN)]


def _root_argv(ctx: typer.Context) -> tuple[str, ...]:
    """argv as the root command was given it: Typer's parameters no longer show where `--` was."""
    group = ctx.find_root().command
    return group.argv if isinstance(group, QuestionFirstGroup) else ()


def _version(ctx: typer.Context, value: bool) -> None:
    if value:
        stray = options.stray_words(_root_argv(ctx))
        if stray:  # `--version extra`: a usage error, not silently ignored
            ctx.fail(f"Got unexpected extra argument(s) ({' '.join(stray)})")
        options.write_version()
        raise typer.Exit()


class RootOptions(NamedTuple):
    """Options given before the command (`backcare --faq X --color never ask ...`)."""

    faq: tuple[str, ...] = ()
    color: str | None = None


def _root(ctx: typer.Context) -> RootOptions:
    found = ctx.find_root().obj
    return found if isinstance(found, RootOptions) else RootOptions()


def _faq(ctx: typer.Context, faq: list[str] | None) -> tuple[str, ...]:
    """A command's own --faq, else those given before the command."""
    return tuple(faq) if faq else _root(ctx).faq


def _color(ctx: typer.Context, color: str | None) -> str | None:
    """A command's own --color, else the one given before the command."""
    return color if color is not None else _root(ctx).color


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            *options.VERSION.names,
            callback=_version,
            is_eager=True,
            help=options.VERSION.help,
        ),
    ] = False,
    faq: FaqOption = None,
    color: ColorOption = None,
    plain: PlainOption = False,
) -> None:
    """Answers back-care questions from an FAQ. General information, not medical advice.

    Ask a question directly (backcare stiff back after sitting), or use a command below. With no
    arguments on a terminal: an interactive prompt (help, :topics, :show ID, quit); with questions
    piped or redirected in: one answer per line, as `ask -`.
    """
    ctx.obj = RootOptions(tuple(faq or ()), color)
    if ctx.invoked_subcommand is not None:
        return
    if not is_terminal(sys.stdin):
        # `echo q | backcare` means the questions are on standard input: printing help with exit
        # 0 there would read to a script as success. A closed stdin gets ask's own error.
        raise typer.Exit(run_ask(AskOptions(["-"], color=color, faq=ctx.obj.faq)))
    if is_terminal(sys.stdout):
        raise typer.Exit(run_interactive(ctx.obj.faq, color, plain=plain))
    typer.echo(ctx.get_help())


def _with_stdin_marked(argv: Sequence[str]) -> str:
    """The command as given, with `-` (read standard input) added before any `--`: `backcare ask
    --json --input jsonl -`, never a bare `backcare ask -` that drops the options."""
    words = list(argv)
    if "ask" not in options.before_dashes(words):
        words.insert(options.after_root_options(words), "ask")
    at = words.index("--") if "--" in words else len(words)
    return command_line(*words[:at], "-", *words[at:])


def _no_question_on_a_terminal(exc: UsageError) -> bool:
    """Whether `exc` says `ask` got no question, on a terminal (stdin and stdout)."""
    from typer._click.exceptions import MissingParameter

    missing = isinstance(exc, MissingParameter) and getattr(exc.param, "name", "") == "question"
    return missing and is_terminal(sys.stdin) and is_terminal(sys.stdout)


def _no_question_from_a_pipe(exc: UsageError) -> bool:
    """Whether `exc` says `ask` got no question while standard input is a pipe or a file."""
    from typer._click.exceptions import MissingParameter

    missing = isinstance(exc, MissingParameter) and getattr(exc.param, "name", "") == "question"
    return missing and sys.stdin is not None and not is_terminal(sys.stdin)


@app.command(short_help="Answer a question from the FAQ (the default command).")
def ask(
    ctx: typer.Context,
    question: Annotated[
        list[str],
        typer.Argument(
            metavar="QUESTION...",
            help=(
                "The question (words are joined; quotes are optional, but put one with an "
                "apostrophe in double quotes), or '-' to read one per line."
            ),
            show_default=False,
        ),
    ],
    top: Annotated[Optional[int], typer_option(options.TOP)] = None,  # noqa: UP045
    topic: Annotated[
        Optional[str],  # noqa: UP045
        typer_option(options.TOPIC, autocompletion=completion.topic_words),
    ] = None,
    explain: Annotated[bool, typer_option(options.EXPLAIN)] = False,
    json_output: Annotated[bool, typer_option(options.ASK_JSON)] = False,
    plain: PlainOption = False,
    with_question: Annotated[bool, typer_option(options.WITH_QUESTION)] = False,
    input_format: Annotated[Optional[str], typer_option(options.INPUT)] = None,  # noqa: UP045
    show_answer: Annotated[bool, typer_option(options.SHOW_ANSWER)] = False,
    no_pager: NoPagerOption = False,
    color: ColorOption = None,
    faq: FaqOption = None,
) -> None:
    """Answer a question from the FAQ.

    \b
    Example:
      backcare ask "heat or ice?"

    \b
    Batch, one question a line:
      backcare ask - < questions.txt

    \b
    A bot: one JSON message a line, each
    read alone, even for red flags:
      backcare ask --json --input jsonl -

    Exit status: 0 answered, 1 no confident match, 2 error, 3 an emergency was described.
    """
    chosen = AskOptions(
        question,
        top,
        topic,
        explain,
        json_output,
        plain,
        _color(ctx, color),
        _faq(ctx, faq),
        with_question,
        show_answer,
        no_pager,
        literal=min(len(question), options.words_after_dashes(_root_argv(ctx))),
        input_format=input_format or "lines",
    )
    raise typer.Exit(run_ask(chosen))


@app.command(short_help="List every entry, grouped by topic.")
def topics(
    ctx: typer.Context,
    topic: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(
            metavar="[TOPIC]",
            # words joined as `ask` joins them: `topics muscle atrophy` (stranger trial F7)
            help="Only list this topic's entries (any case; a prefix is enough; words are "
            "joined, so quotes are optional).",
            autocompletion=completion.topic_words,
            show_default=False,
        ),
    ] = None,
    json_output: Annotated[bool, typer_option(options.TOPICS_JSON)] = False,
    plain: PlainOption = False,
    no_pager: NoPagerOption = False,
    color: ColorOption = None,
    faq: FaqOption = None,
) -> None:
    """List every entry, grouped by topic.

    \b
    Example:
      backcare topics --json |
        jq -r '.[].id'
    """
    output = OutputOptions(json_output, plain, _color(ctx, color), no_pager)
    named = " ".join(topic) if topic else None
    raise typer.Exit(run_topics(named, output, _faq(ctx, faq)))


@app.command(short_help="Show one entry in full, with its source.")
def show(
    ctx: typer.Context,
    entry_id: Annotated[
        list[str],
        typer.Argument(
            metavar="ID",
            help="The entry's id (in any case, where only one id reads so).",
            autocompletion=completion.entry_ids,
        ),
    ],
    json_output: Annotated[bool, typer_option(options.SHOW_JSON)] = False,
    handout: Annotated[bool, typer_option(options.HANDOUT)] = False,
    plain: PlainOption = False,
    no_pager: NoPagerOption = False,
    color: ColorOption = None,
    faq: FaqOption = None,
) -> None:
    """Show one entry in full, with where it comes from.

    \b
    Example:
      backcare show back-get-stiff-sit
      backcare show parking --handout | lp
    """
    output = OutputOptions(json_output, plain, _color(ctx, color), no_pager)
    if handout and json_output:
        ctx.fail("--handout and --json cannot go together: --handout is text for a patient")
    if len(entry_id) > 1:
        # several words are a question typed after `show`: a usage error saying how to ask it
        # (QuestionFirstGroup checks the words for red flags first)
        ctx.fail(
            one_line(
                f"'show' takes one entry ID, not {len(entry_id)} words; to ask a question: "
                f"{ask_command('show', *entry_id)}"
            )
        )
    raise typer.Exit(run_show(entry_id[0], output, _faq(ctx, faq), handout=handout))


@app.command("import", short_help="Turn a saved FAQ page or Markdown file into a pack.")
def import_(
    source: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="A saved FAQ web page (HTML), a Markdown FAQ, or a Q&A page saved as text; "
            "'-' reads stdin.",
        ),
    ],
    output: Annotated[
        Optional[str],  # noqa: UP045 (a str: Path would turn '' into '.' and drop a trailing '/')
        typer_option(options.IMPORT_OUTPUT),
    ] = None,
    fmt: Annotated[str, typer_option(options.IMPORT_FORMAT)] = "auto",
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Update PACK if it exists: the page's questions and answers replace its own; "
            "its contact, lexicon, title and entries' ids, aliases and tags are kept.",
        ),
    ] = False,
    contact: Annotated[
        Optional[str],  # noqa: UP045 (typer reads Optional)
        typer_option(options.IMPORT_CONTACT),
    ] = None,
    allow_shrink: Annotated[
        bool,
        typer.Option(
            "--allow-shrink",
            help="With --force: replace PACK even when most of its entries are no longer on "
            "the page (refused without it).",
        ),
    ] = False,
) -> None:
    """Turn a clinic's FAQ page (HTML, Markdown, or saved as text) into a pack.

    \b
    Example:
      backcare import clinic-faq.html \\
        -o clinic.json
      backcare validate clinic.json
    """
    raise typer.Exit(run_import(source, output, fmt, force, contact, allow_shrink))


@app.command(short_help="Check a pack: errors exit 2, warnings exit 1.")
def validate(
    ctx: typer.Context,
    pack_paths: Annotated[
        Optional[list[str]],  # noqa: UP045  (names, read by packs.multi.pack_name)
        typer.Argument(
            metavar="PACK...",
            help="The pack(s) to check; several are checked as searched together "
            "(none: the packs of a --faq given before 'validate', else those BACKCARE_FAQ or "
            "the settings file name).",
            show_default=False,
        ),
    ] = None,
    # a str: Path would turn 'file:///q.txt' into 'file:/q.txt' in the error (hostile15 F8)
    questions: Annotated[Optional[str], typer_option(options.QUESTIONS_FILE)] = None,  # noqa: UP045
    min_right: Annotated[Optional[int], typer_option(options.MIN_RIGHT)] = None,  # noqa: UP045
    against: Annotated[Optional[str], typer_option(options.AGAINST)] = None,  # noqa: UP045
    baseline: Annotated[Optional[str], typer_option(options.BASELINE)] = None,  # noqa: UP045
    stale_after: Annotated[Optional[int], typer_option(options.STALE_AFTER)] = None,  # noqa: UP045
    json_output: Annotated[bool, typer_option(options.VALIDATE_JSON)] = False,
    plain: PlainOption = False,
    no_pager: NoPagerOption = False,
    color: ColorOption = None,
) -> None:
    """Check a pack: schema errors (exit 2), then authoring warnings (exit 1), else exit 0.

    A page (.md, .html) whose import may have lost or misread content exits 1 too (note:
    lines); routine notes (page furniture, scripts dropped) are information only.

    \b
    Example:
      backcare validate clinic.json \\
        --json | jq '.warnings[].message'
      backcare validate clinic.json \\
        --questions patients.txt
      backcare validate clinic.json \\
        --against clinic-old.json
      backcare validate clinic.json \\
        --baseline accepted.json
    """
    output = OutputOptions(json_output, plain, _color(ctx, color), no_pager)
    if stale_after is not None and stale_after < 0:
        raise typer.BadParameter("must be 0 or more", param_hint="--stale-after")
    if min_right is not None and not 0 <= min_right <= 100:
        raise typer.BadParameter("must be a percentage, 0 to 100", param_hint="--min-right")
    if min_right is not None and questions is None:
        raise typer.BadParameter("needs --questions FILE (labelled)", param_hint="--min-right")
    # no PACK: a --faq given before the command names them (`backcare --faq clinic.json validate
    # --questions q.txt`); else run_validate takes those of BACKCARE_FAQ or the settings file,
    # saying so first, or says every way to name one
    named = pack_paths or _root(ctx).faq
    from backcare.packs.multi import pack_name

    packs = [pack_name(name) for name in named]
    if against is not None and questions is None:
        if baseline is not None:
            raise typer.BadParameter(
                "--against lists changes, which no baseline accepts: give one of them",
                param_hint="--baseline",
            )
        if len(packs) != 1:
            raise typer.BadParameter(
                "compares one pack with an older version of it: validate NEW --against OLD",
                param_hint="--against",
            )
        from backcare.cli.author import run_pack_diff

        raise typer.Exit(run_pack_diff(packs[0], pack_name(against), output))
    # with --questions, --against OLD names what an unknown label became (a renamed entry)
    older = pack_name(against) if against is not None else None
    raise typer.Exit(
        run_validate(packs, output, questions, stale_after, min_right, older, baseline)
    )


@app.command(short_help="Show the effective settings and where each comes from.")
def config(
    ctx: typer.Context,
    json_output: Annotated[bool, typer_option(options.CONFIG_JSON)] = False,
    plain: PlainOption = False,
    color: ColorOption = None,
) -> None:
    """Show the effective settings (pack, colour, plain output, pager, region, top) and where each
    comes from: a flag, an environment variable, the settings file, or the default.

    The settings file is config.toml in your config directory (~/.config/backcare/ on Linux;
    BACKCARE_CONFIG names another), TOML with the keys faq, color, plain, pager, region and top
    (e.g. region = "UK"). A flag wins over BACKCARE_* variables, which win over the file, which
    wins over NO_COLOR and PAGER, which win over the system-wide file an administrator writes
    for every user (/etc/xdg/backcare/config.toml, or the first in XDG_CONFIG_DIRS). A bad value
    is a warning, and the next source decides. Also shown: the cache directory
    (BACKCARE_CACHE_DIR sets another). A pack the settings name that cannot be read as one
    exits 1.

    \b
    Example:
      backcare config --json |
        jq .settings.region
    """
    output = OutputOptions(json_output, plain, _color(ctx, color))
    raise typer.Exit(run_config(output, _root(ctx).faq))
