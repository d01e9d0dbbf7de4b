"""`python -m backcare.eval [PACK QUERIES]... [--misses] [--no-lexicon] [--semantic]`.

For each (pack, labelled queries) pair: P@1, MRR@10, right-and-confident, the rejection of
other-domain and of near-domain questions separately, for backcare and the baselines side by side;
then backcare's P@1 per kind of question. Queries are JSON Lines {"q": str, "expect": [id or
question], "kind": str (optional)}; an empty "expect" means the pack has no answer ("kind": "ood"
for another domain, "near" for a near one); a label that names no entry of the pack is a warning on
stderr (it can only count as a miss). PACK is a pack as `--faq` names one (a JSON pack, a Markdown or
HTML page, `bundled`), or several joined as in BACKCARE_FAQ (`bundled:clinic.json`), searched
together as the CLI searches them. With no pair it runs the sets a clone of the repo lists
in tests/eval/sets.json and, when present, ../shared/eval's.

Every file is read and checked before any set is measured, and every problem (an odd number of
arguments, a file that is missing or not the documented format, no sets found) is one line on
stderr and exit 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

PROG = "python -m backcare.eval"
MAX_UNKNOWN_SHOWN = 10  # labels naming no entry: this many warned by line, the rest counted


class Problem(Exception):
    """Arguments or files that stop the run: the message is printed as is, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise Problem(f"{message}; see '{PROG} --help'")


def parser() -> argparse.ArgumentParser:
    made = _Parser(
        prog=PROG, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    made.add_argument(
        "pairs", nargs="*", metavar="PACK QUERIES", help="pairs of files (default: the repo's sets)"
    )
    made.add_argument("--no-lexicon", action="store_true", help="turn off the back-care lexicon")
    made.add_argument("--misses", action="store_true", help="list the questions backcare missed")
    made.add_argument(
        "--semantic", action="store_true", help="re-rank with the backcare[semantic] extra"
    )
    return made


def chosen_sets(pairs: Sequence[str]) -> list[tuple[str, Path, Path | None]]:
    """(title, queries file, pack file or None for the default sets' own packs) to run."""
    if len(pairs) % 2:
        raise Problem(
            f"give PACK QUERIES in pairs ({len(pairs)} file name{'s' * (len(pairs) != 1)} given; the last, "
            f"{pairs[-1]!r}, has no partner); see '{PROG} --help'"
        )
    if "" in pairs:
        raise Problem(f"argument {list(pairs).index('') + 1} is an empty file name")
    from backcare.packs.multi import faq_paths

    for pack in pairs[::2]:
        if not faq_paths(pack):  # ":" ran on the bundled pack; BACKCARE_FAQ=: is a bad value
            raise Problem(
                f"PACK {pack!r}: an empty list names no pack (name 'bundled' for the bundled FAQ)"
            )
    return [(f"{p} + {q}", Path(q), Path(p)) for p, q in zip(pairs[::2], pairs[1::2], strict=True)]


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except Problem as exc:
        return _error(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `| head`: the reader left; stop quietly, as the CLI does
        import os

        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # the boundary: a line, never a traceback
        return _error(f"unexpected error ({type(exc).__name__}: {exc}); please report it")


def _main(argv: Sequence[str] | None) -> int:
    from backcare.errors import BackcareError
    from backcare.eval.harness import Query, SetError, evaluate, load_queries, table
    from backcare.eval.sets import EvalSet, default_sets, find_clone
    from backcare.packs.multi import faq_paths, load_packs

    args = parser().parse_args(argv)
    try:
        sets = [  # a pack as the CLI names one: a JSON pack, a Markdown or HTML page, `bundled`;
            # several joined as BACKCARE_FAQ joins them (`bundled:clinic.json`), searched together
            EvalSet(title, load_packs(faq_paths(str(pack))), queries)
            for title, queries, pack in chosen_sets(args.pairs)
            if pack is not None
        ]
        if not args.pairs:
            clone = find_clone()
            if clone is None:
                raise Problem(
                    "no evaluation sets given and none found (they are in a clone's "
                    "tests/eval: run from the clone, or give PACK QUERIES pairs)"
                )
            sets = default_sets(clone)
        loaded: list[tuple[EvalSet, list[Query]]] = []
        for chosen in sets:  # every file read and checked before the slow part begins
            pack = chosen.pack._replace(builtin_lexicon=False) if args.no_lexicon else chosen.pack
            unknown: list[str] = []
            spare: list[str] = []
            queries = load_queries(chosen.queries, pack, unknown, spare)
            loaded.append((chosen._replace(pack=pack), queries))
            for line in unknown[:MAX_UNKNOWN_SHOWN]:
                _warn(line)
            if len(unknown) > MAX_UNKNOWN_SHOWN:
                _warn(f"{chosen.queries}: {len(unknown) - MAX_UNKNOWN_SHOWN:,} more such labels")
            if spare:  # alternatives that name no entry beside one that does: no figure moves
                _note(
                    f"{chosen.queries}: {len(spare):,} labels name no entry of the pack, each on "
                    "a line where another label names one (no figure changes)"
                )
    except (BackcareError, SetError) as exc:
        raise Problem(str(exc)) from None
    for chosen, queries in loaded:
        try:
            rows, misses = evaluate(chosen.pack, queries, args.semantic)
        except BackcareError as exc:  # --semantic without the extra
            raise Problem(str(exc)) from None
        print(table(chosen.title, rows, len(queries), queries), end="\n\n", flush=True)
        if args.misses:
            print("\n".join(f"- {m}" for m in misses), end="\n\n", flush=True)
    return 0


def _warn(message: str) -> None:
    _note(f"warning: {message}")


def _note(message: str) -> None:
    from backcare.output.text import escaped_line

    sys.stderr.write(f"{PROG}: {escaped_line(message)}\n")


def _error(message: str) -> int:
    from backcare.output.text import escaped_line

    sys.stderr.write(f"{PROG}: {escaped_line(message)}\n")
    return 2
