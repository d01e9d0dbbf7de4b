"""The `backcare` Typer app: parses arguments and hands them to backcare.commands.

Only parsing lives here; each command is one call into `commands`, which owns behaviour, output and
exit codes (documented there and in the README).
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from backcare import __version__
from backcare.cli import commands


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

# typer 0.28 cannot read "X | None" annotations on Python 3.10, hence Optional below (UP045).
FaqOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--faq",
        envvar="BACKCARE_FAQ",
        metavar="PACK",
        help="FAQ pack to use instead of the bundled one (it replaces it, it does not add to it). "
        "Also read from the BACKCARE_FAQ environment variable; the option wins.",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="JSON output (for ask: one object per question, per line).")
]
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


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"backcare {__version__}\n")
        raise typer.Exit()


def _faq(ctx: typer.Context, faq: Path | None) -> Path | None:
    """A command's own --faq, else the one given before the command (`backcare --faq X ask`)."""
    inherited = ctx.find_root().obj
    return faq if faq is not None else inherited if isinstance(inherited, Path) else None


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
        raise typer.Exit(commands.run_interactive(faq, color.value))
    typer.echo(ctx.get_help())


@app.command()
def ask(
    ctx: typer.Context,
    question: Annotated[
        list[str],
        typer.Argument(
            metavar="QUESTION...",
            help="The question (words are joined), or '-' to read one per line.",
        ),
    ],
    top: Annotated[
        int, typer.Option("--top", "-n", min=1, help="How many ranked results to show.")
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
    if not " ".join(question).strip():
        raise typer.BadParameter("the question is empty", param_hint="QUESTION")
    options = commands.AskOptions(
        question, top, topic, explain, json_output, plain, color.value, _faq(ctx, faq)
    )
    raise typer.Exit(commands.run_ask(options))


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
    raise typer.Exit(commands.run_topics(topic, json_output, plain, color.value, _faq(ctx, faq)))


@app.command()
def show(
    ctx: typer.Context,
    entry_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="The entry's id.", autocompletion=commands.entry_ids),
    ],
    json_output: JsonOption = False,
    plain: PlainOption = False,
    color: ColorOption = Color.auto,
    faq: FaqOption = None,
) -> None:
    """Show one entry in full, with where it comes from.

    Example: backcare show back-get-stiff-sit
    """
    raise typer.Exit(commands.run_show(entry_id, json_output, plain, color.value, _faq(ctx, faq)))


@app.command("import")
def import_(
    source: Annotated[
        str, typer.Argument(metavar="FILE", help="A Q&A page or Markdown FAQ; '-' reads stdin.")
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output", "-o", metavar="PACK", help="Write the pack here (default: stdout)."
        ),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="Input format.", case_sensitive=False)
    ] = Format.auto,
    force: Annotated[bool, typer.Option("--force", help="Overwrite PACK if it exists.")] = False,
) -> None:
    """Turn a Q&A web page (saved as text) or a Markdown FAQ into a pack.

    Example: backcare import clinic-faq.md -o clinic.json && backcare validate clinic.json
    """
    raise typer.Exit(commands.run_import(source, output, fmt.value, force))


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
    raise typer.Exit(commands.run_validate(pack_path, json_output, plain, color.value))
