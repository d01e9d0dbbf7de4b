"""Speed and memory benchmark: `python -m tools.bench [--runs N] [--batch N] [--write FILE]`.

Everything is measured in one run on one machine and reported as ratios, so the table compares like
with like (absolute milliseconds vary between machines and runs; the ratios much less). Each figure
is the median of interleaved runs of separate processes (cold start included), with peak memory
(max RSS). Nothing here is a test: it prints a report, and exits 1 if a target is missed, for a
human to look at (timed tests are flaky on shared machines).

- cold start of every command, plain and Rich, against the python tldr client's `tldr --version`
  (pip install tldr) and a bare Typer hello-world; `ask` also without the snapshot of the bundled
  tables (what a first run pays);
- packs (tools/make_pack.py): the common-word pack (every query word in 40-60% of entries) at 1k,
  50k, 100k and 200k entries; the synthetic back-care pack at 1k (under
  1 MB), just under 1 MB and 50k;
  a real-text pack from this machine's manual pages. For each: the first use (index build: time and
  peak memory) and cold `ask --json` afterwards, against the bundled pack's cold `ask --json` (1.0);
- a Markdown FAQ page of about 1.9 MB given as `--faq page.md`: its first ask (the import, cached
  by content), its second, and its cold ask afterwards, against the bundled pack's cold ask;
- a batch of questions through `ask --json -` on the 50k packs, with peak memory;
- 10,000 questions through `ask --json -` on the bundled pack against a bare rapidfuzz loop:
  the bench's variants of 314 questions, and 10,000 distinct questions of tests/eval
  (`--only batch`: these and the 50k packs' batches alone);
- the same packs and questions through SQLite FTS5 and tantivy (tools/bench_engines.py; pip install
  tantivy): index build, cold single question, and the batch.

Targets (issue 17): cold ask on any pack <= 2x bundled, packs under 1 MB <= 1.3x; batch peak
< 300 MB and within 2x of tantivy's time; index build for 50k within 3x of FTS5's; every command's
cold start <= 1.0x tldr plain, <= 1.3x Rich.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

QUESTION = "stiff back after sitting"
TYPO_QUESTION = "stiff bakc aftr siting"
BARE_LOOP = """import json, sys
from rapidfuzz import process
questions = [e["question"] for e in json.load(open(sys.argv[1], encoding="utf-8"))["entries"]]
out = sys.stdout
for line in sys.stdin:
    line = line.strip()
    if line:
        best = process.extractOne(line, questions)
        out.write(json.dumps({"query": line, "match": best[0], "score": best[1]}) + "\\n")
"""
HELLO = """import typer
app = typer.Typer()
@app.command()
def main(name: str = "world") -> None:
    print(f"hello {name}")
app()
"""
PACKS = [  # (label, kind, entries)
    ("common-word 1k", "common", 1_000),
    ("common-word 50k", "common", 50_000),
    ("common-word 100k", "common", 100_000),
    # the largest (68 MB; the pack limits allow 250,000 entries and 128 MB)
    ("common-word 200k", "common", 200_000),
    ("synthetic 1k", "synthetic", 1_000),
    ("synthetic just under 1 MB", "synthetic", 2_100),
    ("synthetic 50k", "synthetic", 50_000),
    ("man pages (real text)", "man", 20_000),
]
BATCH_PACKS = ("common-word 50k", "synthetic 50k")
IMPORTED_PAGE_ENTRIES = 5_000  # a Markdown page of about 1.9 MB
ENGINES = ("fts5", "tantivy")

Row = tuple[str, str, str, str]
# "cpu": user + system time of the process; "wall": elapsed time. On a shared machine the wall
# clock also measures the neighbours (a run waiting for a core), and it did here (docs/benchmarks.md)
CLOCK = ["cpu"]


def command(name: str) -> list[str] | None:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    return [found] if found else None


def run_once(
    cmd: Sequence[str], stdin: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, int]:
    """Seconds (CPU or wall, see CLOCK) and peak RSS (MiB) of one run, output discarded."""
    seconds, peak, _ = run_status(cmd, stdin, env)
    return seconds, peak


def run_status(
    cmd: Sequence[str], stdin: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, int, int]:
    """`run_once`, and the process's exit status."""
    handle = stdin.open("rb") if stdin else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        process = subprocess.Popen(
            cmd,
            stdin=handle,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    finally:
        if stdin:
            handle.close()  # type: ignore[union-attr]
    if CLOCK[0] == "cpu":
        elapsed = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def medians(
    commands: dict[str, list[str]],
    runs: int,
    env: dict[str, str] | None = None,
    extra_env: dict[str, dict[str, str]] | None = None,
) -> dict[str, tuple[float, int]]:
    """Median wall time and max RSS per command, runs interleaved so drift hits all alike.
    `extra_env`: variables for some commands only, by name."""
    times: dict[str, list[float]] = {k: [] for k in commands}
    peaks: dict[str, int] = dict.fromkeys(commands, 0)
    envs = {name: {**(env or {}), **(extra_env or {}).get(name, {})} for name in commands}
    for name, cmd in commands.items():  # warm the page cache, bytecode and snapshot first
        run_once(cmd, env=envs[name])
    for _ in range(runs):
        for name, cmd in commands.items():
            seconds, peak = run_once(cmd, env=envs[name])
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
    return {k: (statistics.median(v), peaks[k]) for k, v in times.items()}


def batch_questions(count: int) -> str:
    """`count` questions drawn deterministically from tests/eval with small variations."""
    base = [
        json.loads(line)["q"]
        for line in (REPO / "tests/eval/backcare_queries.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    prefixes = ["", "please tell me ", "quick question: ", "hi, ", "can you help: "]
    suffixes = ["", "?", " thanks", " at work", " in the morning", " after the gym"]
    lines = []
    for i in range(count):
        q = base[i % len(base)]
        variant = i // len(base)
        lines.append(
            prefixes[variant % len(prefixes)] + q + suffixes[(variant // 5) % len(suffixes)]
        )
    return "\n".join(lines) + "\n"


def distinct_questions(count: int) -> str:
    """`count` distinct single-line questions of tests/eval's sets (back-care questions and
    red-flag messages, each text once), in a fixed shuffled order: a batch whose lines share
    no rankings (batch_questions' are 314 questions in variants)."""
    import random

    seen: dict[str, None] = {}
    for path in sorted((REPO / "tests/eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            q = json.loads(line).get("q") if line.strip() else None
            if isinstance(q, str) and q.strip() and "\n" not in q and "\r" not in q:
                seen.setdefault(q)
    texts = list(seen)
    random.Random(26).shuffle(texts)
    return "\n".join(texts[:count]) + "\n"


def verdict(passed: bool, target: str) -> str:
    return f"{'PASS' if passed else 'FAIL'} ({target})"


class Bench:
    def __init__(self, tmp: Path, runs: int, batch: int, shrink: int = 1) -> None:
        self.tmp = tmp
        self.shrink = shrink
        self.runs = runs
        self.batch_size = batch
        self.env = {"BACKCARE_CACHE_DIR": str(tmp / "cache"), "COLUMNS": "100"}
        self.rows: list[Row] = []
        self.ok = True
        found = command("backcare")
        if found is None:
            sys.exit("backcare is not installed in this environment (pip install -e .)")
        self.backcare = found

    def add(self, name: str, figure: str, ratio: str, target: str = "") -> None:
        self.rows.append((name, figure, ratio, target))
        self.ok &= not target.startswith("FAIL")
        print(f"  {name}: {figure}; {ratio} {target}", file=sys.stderr, flush=True)

    # -- cold start ---------------------------------------------------------------------------

    def cold_start(self) -> None:
        """Every command cold against tldr."""
        bc = self.backcare
        (self.tmp / "hello.py").write_text(HELLO, encoding="utf-8")
        plain = {
            "ask --json": [*bc, "ask", "--json", QUESTION],
            # what a first run pays (and every run with BACKCARE_NO_SNAPSHOT=1): the bundled
            # tables built, not read from the snapshot in the cache (backcare.store.snapshot)
            "ask --json, tables built": [*bc, "ask", "--json", QUESTION],
            "ask --plain": [*bc, "ask", "--plain", QUESTION],
            "ask --json, typo to correct": [*bc, "ask", "--json", TYPO_QUESTION],
            "topics": [*bc, "topics"],
            "show ID": [*bc, "show", first_id()],
            "validate": [*bc, "validate", str(REPO / "data" / "faq.json")],
            "--version": [*bc, "--version"],
        }
        rich = {
            "ask (Rich)": [*bc, "ask", "--color", "always", QUESTION],
            "topics (Rich)": [*bc, "topics", "--color", "always"],
            "show ID (Rich)": [*bc, "show", first_id(), "--color", "always"],
        }
        others = {
            "bare Typer hello-world": [sys.executable, str(self.tmp / "hello.py")],
            "python -c pass": [sys.executable, "-c", "pass"],
        }
        tldr = command("tldr")
        if tldr:
            others["tldr --version"] = [*tldr, "--version"]
        built = {"ask --json, tables built": {"BACKCARE_NO_SNAPSHOT": "1"}}
        results = medians({**plain, **rich, **others}, self.runs, self.env, built)
        reference = results["tldr --version"][0] if tldr else None
        for name, (seconds, peak) in results.items():
            figure = f"{seconds * 1000:.1f} ms, {peak} MiB"
            if reference is None:
                self.add(f"cold: {name}", figure, "n/a (pip install tldr)")
                continue
            ratio = seconds / reference
            target = ""
            if name in plain and name not in ("--version", "ask --json, tables built"):
                target = verdict(ratio <= 1.0, "<= 1.0x")
            elif name in rich:
                target = verdict(ratio <= 1.3, "<= 1.3x")
            self.add(
                f"cold: backcare {name}" if name in {**plain, **rich} else f"cold: {name}",
                figure,
                f"{ratio:.2f}x tldr",
                target,
            )

    # -- packs --------------------------------------------------------------------------------

    def make_packs(self, labels: Sequence[str] | None = None) -> dict[str, Path]:
        paths = {}
        for label, kind, full in PACKS:
            if labels is not None and label not in labels:
                continue
            count = max(1, full // self.shrink)
            path = self.tmp / f"{kind}-{count}.json"
            # generated in another process: a forked child's peak RSS counts pages it shares with
            # this one, so holding the pack here would inflate every measurement after it
            subprocess.run(
                [sys.executable, "-m", "tools.make_pack", "--kind", kind, str(count), str(path)],
                check=True,
                cwd=REPO,
            )
            paths[label] = path
        return paths

    def builds(self, paths: dict[str, Path]) -> dict[str, list[str]]:
        """Each pack's first use (its index built), as a row; the cold asks of those that load.
        The bundled data's snapshot is written first: a first use in an empty cache also builds
        and writes it (~0.2 s, a bundled ask's tables, not the pack's index), which `--only
        batch` gave the 50k pack's build row and the full run, whose cold starts come first, did
        not."""
        run_once([*self.backcare, "ask", "--json", QUESTION], env=self.env)
        asks = {
            label: [*self.backcare, "ask", "--json", "--faq", str(path), QUESTION]
            for label, path in paths.items()
        }
        for label, cmd in list(asks.items()):
            size = paths[label].stat().st_size
            entries = count_entries(paths[label])
            seconds, peak, status = run_status(cmd, env=self.env)
            name = f"{label} ({entries:,} entries, {size / 1e6:.2f} MB): first use (index build)"
            if status not in (0, 1):  # 1: no confident match; 2: the pack refused (a pack limit)
                self.add(name, f"exit status {status}", "", "FAIL (the pack must load)")
                del asks[label]
                continue
            self.add(name, f"{seconds:.2f} s, {peak} MiB", "once per pack content")
        return asks

    def packs(self, paths: dict[str, Path]) -> None:
        bc = self.backcare
        asks = self.builds(paths)
        time.sleep(2.5)  # past the racy window of the packs just written (backcare.store.open)
        results = medians(
            {**asks, "bundled": [*bc, "ask", "--json", QUESTION]}, self.runs, self.env
        )
        reference = results["bundled"][0]
        self.add("bundled FAQ: cold ask --json", f"{reference * 1000:.1f} ms", "1.00x (reference)")
        for label in asks:
            seconds, peak = results[label]
            small = paths[label].stat().st_size < 1_000_000
            limit = 1.3 if small else 2.0
            ratio = seconds / reference
            self.add(
                f"{label}: cold ask --json",
                f"{seconds * 1000:.1f} ms, {peak} MiB",
                f"{ratio:.2f}x bundled",
                verdict(ratio <= limit, f"<= {limit}x"),
            )

    def imported_page(self) -> None:
        """`--faq page.md`: a 1-2 MB Markdown FAQ page (tools/make_pack.py --markdown), its first
        ask (imported, and the import cached), its second, and its cold ask afterwards, against
        the bundled pack's cold ask (issue 17: the import cached by content)."""
        bc = self.backcare
        count = max(1, IMPORTED_PAGE_ENTRIES // self.shrink)
        page = self.tmp / f"page-{count}.md"
        subprocess.run(
            [sys.executable, "-m", "tools.make_pack", "--markdown", str(count), str(page)],
            check=True,
            cwd=REPO,
        )
        env = {**self.env, "BACKCARE_CACHE_DIR": str(self.tmp / "page-cache")}
        ask = [*bc, "ask", "--json", "--faq", str(page), QUESTION]
        bundled = [*bc, "ask", "--json", QUESTION]
        reference = medians({"bundled": bundled}, self.runs, env)["bundled"][0]
        label = f"Markdown page ({count:,} questions, {page.stat().st_size / 1e6:.2f} MB)"
        for which in ("first", "second"):
            seconds, peak, status = run_status(ask, env=env)
            if status not in (0, 1):
                self.add(f"{label}: {which} ask --json", f"exit status {status}", "", "FAIL")
                return
            figure = f"{seconds * 1000:.1f} ms, {peak} MiB"
            self.add(f"{label}: {which} ask --json", figure, f"{seconds / reference:.2f}x bundled")
        # the same entries as a JSON pack (`backcare import`), what the page should cost now
        pack = self.tmp / f"page-{count}.json"
        subprocess.run([*bc, "import", str(page), "-o", str(pack)], check=True, env=env)
        as_json = [*bc, "ask", "--json", "--faq", str(pack), QUESTION]
        run_once(as_json, env=env)  # its index built
        time.sleep(2.5)  # past the racy window of the files just written (backcare.store.open)
        results = medians({"page": ask, "json": as_json, "bundled": bundled}, self.runs, env)
        reference = results["bundled"][0]
        self.add("bundled FAQ: cold ask --json", f"{reference * 1000:.1f} ms", "1.00x (reference)")
        for key, name in (("json", "the same entries as a JSON pack"), ("page", label)):
            seconds, peak = results[key]
            self.add(
                f"{name}: cold ask --json (median, after the first)",
                f"{seconds * 1000:.1f} ms, {peak} MiB",
                f"{seconds / reference:.2f}x bundled",
                verdict(seconds / reference <= 2.0, "<= 2x") if key == "page" else "",
            )

    # -- batch and the other engines ------------------------------------------------------------

    def bundled_batch(self) -> None:
        """10,000 questions on the bundled pack against a bare rapidfuzz loop (issue 5's target):
        the bench's variants, and 10,000 distinct questions of tests/eval, with peak memory."""
        bare = self.tmp / "bare.py"
        bare.write_text(BARE_LOOP, encoding="utf-8")
        faq = REPO / "data" / "faq.json"
        batches = [
            ("bundled FAQ: batch of 10,000, ask --json -", batch_questions(10_000)),
            ("bundled FAQ: batch of 10,000 distinct (tests/eval), ask --json -", None),
        ]
        for n, (label, text) in enumerate(batches):
            questions = self.tmp / f"questions-10k-{n}.txt"
            questions.write_text(
                text if text is not None else distinct_questions(10_000), encoding="utf-8"
            )
            ours, theirs, peak = [], [], 0
            for _ in range(3):
                seconds, used = run_once(
                    [*self.backcare, "ask", "--json", "-"], questions, self.env
                )
                ours.append(seconds)
                peak = max(peak, used)
                theirs.append(run_once([sys.executable, str(bare), str(faq)], questions)[0])
            a, b = statistics.median(ours), statistics.median(theirs)
            self.add(
                label,
                f"{a:.2f} s, {peak} MiB",
                f"{a / b:.2f}x bare extractOne loop ({b:.2f} s)",
                verdict(a / b <= 3.0, "<= 3x"),
            )

    def batch(self, paths: dict[str, Path]) -> None:
        questions = self.tmp / "questions.txt"
        questions.write_text(batch_questions(self.batch_size), encoding="utf-8")
        few = self.tmp / "questions-few.txt"
        few.write_text(batch_questions(max(1, self.batch_size // 10)), encoding="utf-8")
        one = self.tmp / "question-one.txt"
        one.write_text(QUESTION + "\n", encoding="utf-8")
        engines = [e for e in ENGINES if e != "tantivy" or _has("tantivy")]
        for label in BATCH_PACKS:
            pack = paths[label]
            ours, peak = run_once(
                [*self.backcare, "ask", "--json", "--faq", str(pack), "-"], questions, self.env
            )
            timings = {}
            for engine in engines:
                where = self.tmp / f"{engine}-{pack.stem}"
                build, build_peak = run_once(self._engine(engine, "build", pack, where))
                self.add(
                    f"{label}: {engine} index build",
                    f"{build:.2f} s, {build_peak} MiB",
                    "",
                )
                timings[f"{engine} build"] = build
                cold = statistics.median(
                    run_once(self._engine(engine, "ask", where, one))[0] for _ in range(3)
                )
                self.add(f"{label}: {engine} cold single question", f"{cold * 1000:.1f} ms", "")
                # FTS5 sorts every match by bm25(): a tenth of the questions, scaled
                sample = few if engine == "fts5" else questions
                seconds, engine_peak = run_once(self._engine(engine, "ask", where, sample))
                scale = 10 if engine == "fts5" else 1
                timings[engine] = seconds * scale
                note = f" ({self.batch_size // 10:,} asked, x10)" if scale > 1 else ""
                self.add(
                    f"{label}: {engine} batch of {self.batch_size:,}{note}",
                    f"{seconds * scale:.2f} s, {engine_peak} MiB",
                    "",
                )
            ratio = f"{ours / timings['tantivy']:.2f}x tantivy" if "tantivy" in timings else ""
            target = (
                verdict(peak < 300 and ours <= 2 * timings["tantivy"], "< 300 MiB, <= 2x tantivy")
                if "tantivy" in timings
                else verdict(peak < 300, "< 300 MiB")
            )
            self.add(
                f"{label}: backcare batch of {self.batch_size:,} (ask --json -)",
                f"{ours:.2f} s ({ours / self.batch_size * 1000:.1f} ms a question), {peak} MiB",
                ratio,
                target,
            )
            build_row = next(
                r for r in self.rows if r[0].startswith(f"{label} (") and "build" in r[0]
            )
            ours_build = float(build_row[1].split(" s")[0])
            if "fts5 build" in timings:
                ratio_build = ours_build / timings["fts5 build"]
                self.add(
                    f"{label}: backcare index build vs FTS5",
                    f"{ours_build:.2f} s",
                    f"{ratio_build:.2f}x FTS5",
                    verdict(ratio_build <= 3.0, "<= 3x") if "50k" in label else "",
                )

    def _engine(self, engine: str, action: str, first: Path, second: Path) -> list[str]:
        return [
            sys.executable,
            "-m",
            "tools.bench_engines",
            engine,
            action,
            str(first),
            str(second),
        ]


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def count_entries(pack: Path) -> int:
    """Counted in another process: a pack parsed here would inflate every child's peak RSS (a
    forked child's max RSS includes the pages it shares with this process before exec)."""
    code = "import json, sys; print(len(json.load(open(sys.argv[1]))['entries']))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(pack)], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


def imported_package() -> Path:
    """The directory of the backcare package the `backcare` command imports (found in another
    process, so that PYTHONPATH counts as it does for the command)."""
    code = "import backcare, os; print(os.path.dirname(backcare.__file__))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(sys.executable).parent,  # as the command has it: its directory, then PYTHONPATH
    )
    return Path(done.stdout.strip())


def first_id() -> str:
    data = json.loads((REPO / "data" / "faq.json").read_text(encoding="utf-8"))
    return str(data["entries"][0]["id"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per cold-start command")
    parser.add_argument("--batch", type=int, default=10_000, help="questions in the batch")
    parser.add_argument("--write", type=Path, help="also write the report to this file")
    parser.add_argument(
        "--shrink", type=int, default=1, help="divide pack sizes by this (a quick trial run)"
    )
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="what time is")
    parser.add_argument(
        "--only",
        choices=("cold", "packs", "page", "batch"),
        help="just the cold starts, just the packs, just the imported Markdown page, or just "
        "the batches (bundled, and the 50k packs against tantivy and FTS5)",
    )
    args = parser.parse_args(argv)
    CLOCK[0] = args.clock
    os.chdir(REPO)  # python -m tools.bench_engines
    started = time.perf_counter()
    # bytecode, as an installed wheel has it (pip compiles it): under PYTHONDONTWRITEBYTECODE=1 a
    # checkout would otherwise compile every module it imports in every run (the packs' asks too:
    # it added ~75 ms to each cold ask of a `--only packs` run, the bundled reference included),
    # and tldr would not. Whatever backcare is imported (PYTHONPATH may name another tree).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(imported_package())], check=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        bench = Bench(Path(tmp_name), args.runs, args.batch, args.shrink)
        if args.only in (None, "cold"):
            bench.cold_start()
        if args.only in (None, "cold", "batch"):
            bench.bundled_batch()
        if args.only in (None, "page"):
            bench.imported_page()
        if args.only in (None, "packs"):
            paths = bench.make_packs()
            bench.packs(paths)
            bench.batch(paths)
        elif args.only == "batch":
            paths = bench.make_packs(BATCH_PACKS)
            bench.builds(paths)
            time.sleep(2.5)  # as in Bench.packs
            bench.batch(paths)
    report = format_report(bench.rows, time.perf_counter() - started)
    print(report)
    if args.write:
        args.write.write_text(report + "\n", encoding="utf-8")
    return 0 if bench.ok else 1


def format_report(rows: list[Row], seconds: float) -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"Measured {datetime.date.today().isoformat()} with tools/bench.py on {platform.system()} "
        f"{platform.machine()}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"the run took {seconds / 60:.1f} min, load average {load:.1f} at the end. Times are "
        f"{'CPU (user + system) time' if CLOCK[0] == 'cpu' else 'wall-clock time'} of each process.",
        "",
        "| measurement | time, peak memory | ratio | target |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
