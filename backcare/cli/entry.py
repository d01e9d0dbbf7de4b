"""Console-script entry point, with a start-up fast path for the most common call.

Importing Typer and building the app costs about 45 ms, as much as the tldr client's whole run; the
speed target for `backcare ask` (see docs/benchmarks.md) cannot be met through it. So `main` first
tries to read argv as a plain `ask` call: `ask` followed by words (or '-') and only these options:
--json --plain --explain, --top/-n N, --topic/-t T, --faq PACK, --color auto|always|never, each as
"--opt value" or "--opt=value". Anything else, from --help to a typo or a bad value, goes to the Typer
app, which owns every usage message. Both routes call `commands.run_ask`; tests/test_entry.py checks
that they give byte-identical results. BACKCARE_NO_FAST_PATH=1 turns the fast path off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.cli.commands import AskOptions

FLAGS = {"--json": "json_output", "--plain": "plain", "--explain": "explain"}
VALUED = {
    "--top": "top",
    "-n": "top",
    "--topic": "topic",
    "-t": "topic",
    "--faq": "faq",
    "--color": "color",
}
COLORS = ("auto", "always", "never")


def fast_ask_options(argv: Sequence[str]) -> AskOptions | None:
    """AskOptions for a plain `ask` call, or None to let Typer parse (and report on) argv."""
    if not argv or argv[0] != "ask":
        return None
    words: list[str] = []
    flags: set[str] = set()
    values: dict[str, str] = {}
    rest = list(argv[1:])
    while rest:
        token = rest.pop(0)
        if token == "-" or not token.startswith("-"):
            words.append(token)
            continue
        name, has_value, value = token.partition("=")
        if name in FLAGS and not has_value:
            flags.add(FLAGS[name])
        elif name in VALUED and (has_value or rest):
            values[VALUED[name]] = value if has_value else rest.pop(0)
        else:
            return None  # --help, --, unknown or malformed option: Typer explains
    if not " ".join(words).strip():
        return None
    top = values.get("top", "3")
    color = values.get("color", "auto").lower()
    if not (top.isdigit() and int(top) >= 1) or color not in COLORS:
        return None
    faq = values.get("faq") or os.environ.get("BACKCARE_FAQ") or None
    from backcare.cli.commands import AskOptions

    return AskOptions(
        question=words,
        top=int(top),
        topic=values.get("topic"),
        explain="explain" in flags,
        json_output="json_output" in flags,
        plain="plain" in flags,
        color=color,
        faq=None if faq is None else Path(faq),
    )


def main() -> None:
    """`backcare`: the fast path for plain asks, the Typer app for everything else."""
    try:
        options = None
        if not os.environ.get("BACKCARE_NO_FAST_PATH"):
            options = fast_ask_options(sys.argv[1:])
        if options is not None:
            from backcare.cli.commands import run_ask

            sys.exit(run_ask(options))
        from backcare.cli.app import app

        app()
    except KeyboardInterrupt:  # raised outside a command (e.g. while importing)
        sys.exit(130)
