"""Same answers from two trees: `python -m tools.compare_answers REFERENCE_TREE PACK... [--batch N]`.

A speed change must not change a single answer. This runs the bench's batch questions
(tools.bench.batch_questions) through `ask --json --explain -n 10 --faq PACK -` twice per pack: once
with REFERENCE_TREE (a checkout or `git archive` of the other commit) first on PYTHONPATH, once with
this tree, each with a cache directory of its own (so each builds and reads its own index), and
compares the output line by line. Prints the differing lines' count per pack (and the first one);
exits 1 if any differ. Not a test: it needs the large packs (tools/make_pack.py) and minutes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tools.bench import batch_questions, command

REPO = Path(__file__).resolve().parent.parent


def answers(tree: Path | None, pack: Path, questions: Path, cache: Path) -> list[str]:
    """The batch's output lines, from `tree` (None: this one)."""
    found = command("backcare")
    if found is None:
        sys.exit("backcare is not installed in this environment (pip install -e .)")
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(cache), "COLUMNS": "100"}
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    with questions.open("rb") as stdin:
        done = subprocess.run(
            [*found, "ask", "--json", "--explain", "-n", "10", "--faq", str(pack), "-"],
            stdin=stdin,
            capture_output=True,
            env=env,
            check=False,
        )
    if done.returncode not in (0, 1):
        sys.exit(f"{pack}: exit status {done.returncode}\n{done.stderr.decode(errors='replace')}")
    return done.stdout.decode("utf-8").splitlines()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="the other tree (its backcare/ is imported)")
    parser.add_argument("packs", type=Path, nargs="+")
    parser.add_argument("--batch", type=int, default=2000, help="questions per pack")
    args = parser.parse_args(argv)
    if not (args.reference / "backcare" / "__init__.py").is_file():
        sys.exit(f"{args.reference}: no backcare package there")
    differ = 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        questions = tmp / "questions.txt"
        questions.write_text(batch_questions(args.batch), encoding="utf-8")
        for pack in args.packs:
            theirs = answers(args.reference.resolve(), pack, questions, tmp / "cache-reference")
            ours = answers(None, pack, questions, tmp / "cache-this")
            diff = [
                n
                for n in range(max(len(theirs), len(ours)))
                if n >= len(theirs) or n >= len(ours) or theirs[n] != ours[n]
            ]
            print(f"{pack}: {len(ours)} answers, {len(diff)} differ", flush=True)
            if diff:
                n = diff[0]
                print(f"  first at line {n + 1}:", file=sys.stderr)
                print(f"  reference: {theirs[n] if n < len(theirs) else '(none)'}", file=sys.stderr)
                print(f"  this tree: {ours[n] if n < len(ours) else '(none)'}", file=sys.stderr)
            differ += len(diff)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
