"""Two trees' batch mode side by side: `python -m tools.batch_compare REFERENCE [--runs N]`.

REFERENCE is another checkout of backcare (say /work/main, or a `git worktree` of the starting
commit); `--faq PACK` asks a pack instead of the bundled FAQ (its index is built by the first run
and shared when both trees' index formats agree). Both trees answer the benchmark's questions (tools.bench.batch_questions, 10,000 by
default) in one process each, from their own source (PYTHONPATH), and this prints:

- whether `ask --json --explain -n 10 -` writes the same bytes in both (every field: matches,
  scores, explanations, red flags, pointers), with the first differing lines if not;
- the CPU time of `ask --json -` (the benchmark's command; median of interleaved runs), and of the
  same with the red-flag check's time subtracted: the time spent inside engine.answer.warnings,
  measured as CPU time (time.process_time) in the same process around that one function (two clock
  reads a question), so both figures are CPU time and a busy machine's waits count in neither.

Runs are interleaved (reference, this tree, reference, ...) so load from other work on a shared
machine hits both alike. Exits 1 when the outputs differ.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.bench import batch_questions

HERE = Path(__file__).resolve().parent.parent

# Runs backcare's CLI with engine.answer.warnings timed; prints the seconds spent in it to stderr
# on the last line, after the command has finished.
TIMED = """import atexit, sys, time
import backcare.engine.answer as answer
spent = [0.0]
checked = answer.warnings
def warnings(*args, **kwargs):
    start = time.process_time()
    try:
        return checked(*args, **kwargs)
    finally:
        spent[0] += time.process_time() - start
answer.warnings = warnings
atexit.register(lambda: sys.stderr.write(f"\\nWARNINGS {spent[0]:.6f}\\n"))
from backcare.cli.entry import main
sys.argv = ["backcare", *sys.argv[1:]]
main()
"""


def run(tree: Path, args: list[str], questions: Path, home: Path) -> tuple[bytes, float, float]:
    """stdout, CPU seconds (user + system) and seconds inside warnings of one run."""
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    for name in ("BACKCARE_FAQ", "BACKCARE_TOP", "BACKCARE_CONFIG"):
        env.pop(name, None)
    with questions.open("rb") as stdin:
        process = subprocess.Popen(
            [sys.executable, "-c", TIMED, *args],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=home,
        )
        out, err = process.communicate()
    if process.returncode not in (0, 1, 3):  # answered, some unanswered, an emergency
        raise SystemExit(f"{tree}: exit {process.returncode}\n{err.decode('utf-8', 'replace')}")
    spent = 0.0
    for line in err.decode("utf-8", "replace").splitlines():
        if line.startswith("WARNINGS "):
            spent = float(line.split()[1])
    return out, _cpu_of_last_child(), spent


_LAST = [0.0]


def _cpu_of_last_child() -> float:
    """CPU time of the child reaped last (the children's total grows by exactly that much)."""
    usage = os.times()
    total = usage.children_user + usage.children_system
    spent, _LAST[0] = total - _LAST[0], total
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="the other checkout (before)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each tree")
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--no-compare", action="store_true", help="timings only")
    parser.add_argument("--faq", type=Path, help="a pack to ask instead of the bundled FAQ")
    args = parser.parse_args(argv)
    pack = ["--faq", str(args.faq.resolve())] if args.faq else []
    trees = {"before": args.reference.resolve(), "after": HERE}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        questions = home / "questions.txt"
        questions.write_text(batch_questions(args.questions), encoding="utf-8")
        _cpu_of_last_child()
        same = True
        if not args.no_compare:
            explained = {
                name: run(
                    tree, ["ask", "--json", "--explain", "-n", "10", *pack, "-"], questions, home
                )[0]
                for name, tree in trees.items()
            }
            same = explained["before"] == explained["after"]
            lines = {k: v.splitlines() for k, v in explained.items()}
            print(
                f"ask --json --explain -n 10 - over {args.questions:,} questions: "
                + ("identical bytes" if same else "DIFFERENT")
                + f" ({len(lines['before']):,} and {len(lines['after']):,} lines, "
                f"{len(explained['before']):,} and {len(explained['after']):,} bytes)"
            )
            if not same:
                shown = 0
                for number, (a, b) in enumerate(zip(*lines.values(), strict=False), 1):
                    if a != b and shown < 3:
                        shown += 1
                        print(f"line {number}:\n  before {a[:600]!r}\n  after  {b[:600]!r}")
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for tree in trees.values():  # warm: bytecode, snapshot
            run(tree, ["ask", "--json", *pack, "-"], questions, home)
        for _ in range(args.runs):
            for name, tree in trees.items():
                _, cpu, spent = run(tree, ["ask", "--json", *pack, "-"], questions, home)
                times[name].append((cpu, spent))
        print(f"ask --json - over {args.questions:,} questions, CPU s, median of {args.runs}:")
        for name, found in times.items():
            whole = statistics.median(t for t, _ in found)
            flags = statistics.median(s for _, s in found)
            rest = statistics.median(t - s for t, s in found)
            runs = ", ".join(f"{t:.2f}" for t, _ in found)
            print(
                f"  {name:6} whole {whole:.2f} s (runs {runs}); red-flag check {flags:.2f} s; "
                f"whole minus red-flag check {rest:.2f} s"
            )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
