"""`backcare` with no command on a terminal: ask, read, ask again.

Commands: `:topics`, `:show ID`, `:help`, `:quit`. Ctrl-D or Ctrl-C leaves. `readline` (where the
platform has it) gives line editing and history within the session; nothing is written to disk.
"""

from __future__ import annotations

import contextlib

from backcare.engine.answer import Engine
from backcare.errors import QueryError
from backcare.output.terminal import (
    make_console,
    print_answer,
    print_disclaimer,
    print_entry,
    print_no_match,
    print_topics,
)

HELP = "Type a question, or :topics, :show ID, :help, :quit (Ctrl-D also leaves)."


def run_prompt(engine: Engine, color: str = "auto") -> None:
    with contextlib.suppress(ImportError):  # not on every platform
        import readline  # noqa: F401  (imported for its side effect: line editing and history)
    console = make_console(color)
    console.print(f"backcare - {engine.pack.title}. {HELP}", markup=False, highlight=False)
    print_disclaimer(console)
    while True:
        try:
            line = input("backcare> ").strip()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if not line:
            continue
        if line in (":quit", ":q", ":exit"):
            return
        if line in (":help", ":h", "?"):
            console.print(HELP, markup=False, highlight=False)
        elif line == ":topics":
            print_topics(console, engine.pack, list(engine.pack.entries))
        elif line.startswith(":show"):
            entry_id = line.removeprefix(":show").strip()
            entry = engine.pack.get(entry_id)
            if entry is None:
                console.print(
                    f"No entry with id {entry_id!r}; try :topics.",
                    markup=False,
                    highlight=False,
                )
            else:
                print_entry(console, entry, engine.pack)
        elif line.startswith(":"):
            console.print(f"Unknown command {line!r}. {HELP}", markup=False, highlight=False)
        else:
            try:
                answer = engine.ask(line)
            except QueryError as exc:
                console.print(str(exc), markup=False, highlight=False)
                continue
            print_answer(console, answer)
            if answer.match is None:
                print_no_match(console, answer)
