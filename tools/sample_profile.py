"""Where a long backcare run's CPU time goes, by sampling: `python -m tools.sample_profile`.

    python -m tools.sample_profile run OUT.json -- ask --json --faq PACK.json - < questions.txt
    python -m tools.sample_profile top OUT.json [--count N]
    python -m tools.sample_profile tree OUT.json FUNCTION [--depth N]

`run` runs `backcare ARGS...` in this process (as `python -m backcare` does: stdin, stdout and the
exit status pass through) with a SIGPROF timer firing every `--interval` ms of CPU time, and writes
each sampled call stack (file:line:function, outermost first) with its count to OUT.json. `top`
prints each function's inclusive share (samples with it anywhere on the stack) and self share
(samples in it, C calls it made included: a builtin has no frame of its own); `tree` prints what
FUNCTION (a substring of its file:line:name) spends its share in, `--depth` frames down.

Why not cProfile: on a 10,000-question batch it doubles the run and inflates every small Python
function (the batch's profile is flat: no function's own time above 3%); a sampler costs ~1% and
keeps the shares of C calls with their callers. Sampling follows CPU time, so shares are fair on a
loaded machine; compare trees by shares, and runs by instructions (callgrind) or CPU time.
Unix only (SIGPROF), and the main thread only: backcare's batch runs there.
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import CodeType, FrameType

import backcare

Stack = tuple[str, ...]


# the package's own directory: a file below it is named from backcare/ on; a search for
# "backcare/" in the path named a clone's own directory instead (.ci/run clones into
# .../backcare/, so tests/x.py read "backcare/tests/x.py")
_PACKAGE = Path(backcare.__file__).resolve().parent


def frame_name(code: CodeType) -> str:
    """A frame's function as file:line:name, the file from backcare/ on (else its base name)."""
    path = Path(code.co_filename)
    try:
        where = f"backcare/{path.resolve().relative_to(_PACKAGE).as_posix()}"
    except ValueError:  # not the package's: a test, a tool, "<string>"
        where = path.name
    return f"{where}:{code.co_firstlineno}:{code.co_name}"


def sample(work: Callable[[], object], interval: float = 0.001) -> Counter[Stack]:
    """The call stacks seen every `interval` seconds of this process's CPU time while `work`
    runs (outermost frame first), counted. The timer is stopped and the previous SIGPROF handler
    restored whatever `work` raises (SystemExit included: it propagates)."""
    stacks: Counter[Stack] = Counter()
    names: dict[CodeType, str] = {}

    def handler(signum: int, frame: FrameType | None) -> None:
        found: list[str] = []
        while frame is not None:
            code = frame.f_code
            name = names.get(code)
            if name is None:
                name = names[code] = frame_name(code)
            found.append(name)
            frame = frame.f_back
        found.reverse()
        stacks[tuple(found)] += 1

    previous = signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        work()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return stacks


def inclusive(stacks: Counter[Stack]) -> Counter[str]:
    """Samples with each function anywhere on the stack (once a sample: recursion counts once)."""
    found: Counter[str] = Counter()
    for stack, count in stacks.items():
        for name in set(stack):
            found[name] += count
    return found


def own(stacks: Counter[Stack]) -> Counter[str]:
    """Samples in each function itself (the innermost frame; its C calls are its own)."""
    found: Counter[str] = Counter()
    for stack, count in stacks.items():
        if stack:
            found[stack[-1]] += count
    return found


def children(stacks: Counter[Stack], function: str, depth: int = 1) -> tuple[int, Counter[Stack]]:
    """The samples inside the outermost frame whose name holds `function`, and how they divide
    among the `depth` frames below it (an empty tuple: the function's own samples)."""
    inside = 0
    below: Counter[Stack] = Counter()
    for stack, count in stacks.items():
        at = next((i for i, name in enumerate(stack) if function in name), None)
        if at is None:
            continue
        inside += count
        below[stack[at + 1 : at + 1 + depth]] += count
    return inside, below


def save(stacks: Counter[Stack], path: Path) -> None:
    path.write_text(json.dumps([[list(s), n] for s, n in stacks.items()]), encoding="utf-8")


def load(path: Path) -> Counter[Stack]:
    """Stacks as `save` wrote them; ValueError for anything else."""
    data = json.loads(path.read_text(encoding="utf-8"))
    stacks: Counter[Stack] = Counter()
    if not isinstance(data, list):
        raise ValueError("not a list of [stack, count] pairs")
    for item in data:
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not isinstance(item[0], list)
            or not all(isinstance(name, str) for name in item[0])
            or not isinstance(item[1], int)
            or isinstance(item[1], bool)
            or item[1] < 0
        ):
            raise ValueError(f"not a [stack, count] pair: {str(item)[:80]}")
        stacks[tuple(item[0])] += item[1]
    return stacks


def share_lines(counts: Iterable[tuple[str, int]], total: int) -> list[str]:
    return [f"{100 * n / total:6.1f}%  {name}" for name, n in counts]


def run_backcare(args: Sequence[str]) -> None:
    """`python -m backcare ARGS` in this process."""
    sys.argv = ["backcare", *args]
    runpy.run_module("backcare", run_name="__main__", alter_sys=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="sample `backcare ARGS...` (after --)")
    run.add_argument("out", type=Path)
    run.add_argument("--interval", type=float, default=1.0, help="ms of CPU time a sample")
    run.add_argument("args", nargs=argparse.REMAINDER)
    top = commands.add_parser("top", help="inclusive and self shares")
    top.add_argument("stacks", type=Path)
    top.add_argument("--count", type=int, default=40)
    tree = commands.add_parser("tree", help="where a function's share goes")
    tree.add_argument("stacks", type=Path)
    tree.add_argument("function")
    tree.add_argument("--depth", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "run":
        backcare_args = args.args[1:] if args.args[:1] == ["--"] else args.args
        status: list[object] = [0]

        def work() -> None:
            try:
                run_backcare(backcare_args)
            except SystemExit as done:  # its exit status, passed on after the stacks are saved
                status[0] = done.code

        save(sample(work, args.interval / 1000), args.out)
        code = status[0]
        return code if isinstance(code, int) else (0 if code is None else 1)
    try:
        stacks = load(args.stacks)
    except (OSError, ValueError) as error:
        print(f"sample_profile: {args.stacks}: {error}", file=sys.stderr)
        return 2
    total = sum(stacks.values())
    if not total:
        print("sample_profile: no samples", file=sys.stderr)
        return 1
    if args.command == "top":
        print(f"{total} samples; inclusive:")
        print("\n".join(share_lines(inclusive(stacks).most_common(args.count), total)))
        print("self:")
        print("\n".join(share_lines(own(stacks).most_common(args.count), total)))
        return 0
    inside, below = children(stacks, args.function, args.depth)
    print(f"{100 * inside / total:.1f}% of {total} samples in {args.function}:")
    named = ((" > ".join(s) or "(itself)", n) for s, n in below.most_common())
    print("\n".join(share_lines(named, total)))
    return 0


def _main_piped() -> int:
    """`main`, quiet when its reader goes away (`... top OUT.json | head`): no traceback, the
    rest of the output dropped (the documented way: stdout pointed at devnull)."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status


if __name__ == "__main__":
    sys.exit(_main_piped())
