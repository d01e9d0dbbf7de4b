"""Evaluation harness: `python -m tools.eval [PACK QUERIES]...`.

For each (pack, labelled queries) pair prints precision-at-1, MRR@10, the share of in-domain questions
answered with the right entry (confident and right), and no-answer rejection, split into other-domain
(kind "ood") and near-domain (kind "near", or any other no-answer line) questions, for backcare and for
off-the-shelf baselines side by side; then backcare's P@1 per kind of question. Queries are JSON Lines
{"q": str, "expect": [id or question], "kind": str (optional)}; an empty "expect" means the pack has
no answer. With no arguments it runs the repo's own sets (tests/eval) and, when present,
../shared/eval (dev sets, and StackFAQ with the back-care lexicon turned off).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from backcare.engine.analyze import load_stopwords, stem, words
from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from backcare.packs.schema import Pack

REPO = Path(__file__).resolve().parent.parent
Ranker = Callable[[str], list[str]]  # question -> entry ids, best first


@dataclass(frozen=True)
class Query:
    text: str
    expect: frozenset[str]
    kind: str = ""

    @property
    def other_domain(self) -> bool:
        return not self.expect and self.kind == "ood"


@dataclass(frozen=True)
class Scores:
    name: str
    p_at_1: float
    mrr: float
    answered: float | None = None  # in-domain questions confidently answered with a right entry
    rejected: float | None = None  # no-answer questions given no confident match
    rejected_ood: float | None = None  # ... of them, other-domain questions (kind "ood")
    rejected_near: float | None = None  # ... the rest: near-domain questions the pack cannot answer
    by_kind: tuple[tuple[str, float, int], ...] = ()  # (kind, P@1, count) of answerable questions


def load_queries(path: Path, pack: Pack) -> list[Query]:
    by_question = {e.question: e.id for e in pack.entries}
    queries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            expect = frozenset(by_question.get(x, x) for x in item["expect"])
            queries.append(Query(item["q"], expect, str(item.get("kind", ""))))
    return queries


def rank_scores(name: str, ranker: Ranker, queries: Sequence[Query]) -> Scores:
    hits = reciprocal = 0.0
    positives = [q for q in queries if q.expect]
    kinds: dict[str, list[bool]] = {}
    for q in positives:
        ranked = ranker(q.text)[:10]
        position = next((i for i, x in enumerate(ranked) if x in q.expect), None)
        hits += position == 0
        reciprocal += 0.0 if position is None else 1 / (position + 1)
        kinds.setdefault(q.kind, []).append(position == 0)
    n = max(1, len(positives))
    by_kind = tuple((k, sum(v) / len(v), len(v)) for k, v in sorted(kinds.items()) if k)
    return Scores(name, hits / n, reciprocal / n, by_kind=by_kind)


def _share(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def engine_scores(engine: Engine, queries: Sequence[Query]) -> tuple[Scores, list[str]]:
    """backcare's figures, and the questions it got wrong (for reading, not for tuning on)."""
    answers = {q.text: engine.ask(q.text, top=10) for q in queries}  # each question asked once
    base = rank_scores(
        "backcare", lambda text: [m.entry.id for m in answers[text].results], queries
    )
    answered: list[bool] = []
    ood: list[bool] = []
    near: list[bool] = []
    misses = []
    for q in queries:
        match = answers[q.text].match
        if q.expect:
            right = match is not None and match.entry.id in q.expect
            answered.append(right)
        else:
            right = match is None
            (ood if q.other_domain else near).append(right)
        if not right:
            got = f"{match.entry.id} at {match.score}" if match else "no match"
            label = f"[{q.kind}] " if q.kind else ""
            misses.append(f"{label}{q.text!r}: got {got}, expected {sorted(q.expect) or 'none'}")
    return (
        replace(
            base,
            answered=_share(answered),
            rejected=_share(ood + near),
            rejected_ood=_share(ood),
            rejected_near=_share(near),
        ),
        misses,
    )


def fuzz_ranker(pack: Pack, scorer_name: str) -> Ranker:
    from rapidfuzz import fuzz, process, utils

    scorer = getattr(fuzz, scorer_name)
    questions = [e.question for e in pack.entries]

    def rank(text: str) -> list[str]:
        found = process.extract(
            text, questions, scorer=scorer, processor=utils.default_process, limit=10
        )
        return [pack.entries[i].id for _, _, i in found]

    return rank


def bm25_ranker(pack: Pack, with_answer: bool, stop: bool) -> Ranker:
    """Okapi BM25 (k1=1.5, b=0.75), Snowball-stemmed, as off-the-shelf libraries do it."""
    stopwords = frozenset(load_stopwords()) if stop else frozenset()

    def terms(text: str) -> list[str]:
        return [stem(w) for w in words(text) if w not in stopwords]

    docs = [
        Counter(terms(e.question + (" " + e.answer if with_answer else ""))) for e in pack.entries
    ]
    lengths = [sum(d.values()) for d in docs]
    average = sum(lengths) / len(docs)
    df = Counter(t for d in docs for t in d)
    n = len(docs)

    def rank(text: str) -> list[str]:
        query = terms(text)
        scores = []
        for i, doc in enumerate(docs):
            s = 0.0
            for t in query:
                tf = doc.get(t, 0)
                if tf:
                    weight = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                    s += weight * tf * 2.5 / (tf + 1.5 * (0.25 + 0.75 * lengths[i] / average))
            scores.append((-s, i))
        return [pack.entries[i].id for _, i in sorted(scores)[:10]]

    return rank


def better_bm25(pack: Pack, queries: Sequence[Query]) -> float:
    """The best P@1 of BM25 over questions or question+answer, with or without stop words: the
    floor the engine must stay above on any pack (the tests' guard)."""
    return max(
        rank_scores("BM25", bm25_ranker(pack, with_answer, stop), queries).p_at_1
        for with_answer in (False, True)
        for stop in (False, True)
    )


def evaluate(
    pack: Pack, queries: Sequence[Query], semantic: bool = False
) -> tuple[list[Scores], list[str]]:
    ours, misses = engine_scores(Engine(pack, semantic=semantic), queries)
    baselines = [
        rank_scores("BM25 question", bm25_ranker(pack, False, False), queries),
        rank_scores("BM25 question, stop words", bm25_ranker(pack, False, True), queries),
        rank_scores("BM25 question+answer", bm25_ranker(pack, True, False), queries),
        rank_scores("rapidfuzz token_set_ratio", fuzz_ranker(pack, "token_set_ratio"), queries),
        rank_scores("rapidfuzz WRatio (questions)", fuzz_ranker(pack, "WRatio"), queries),
    ]
    return [ours, *baselines], misses


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}"


def table(title: str, rows: list[Scores], count: int) -> str:
    lines = [
        f"## {title} ({count} questions)",
        "",
        "| ranker | P@1 | MRR@10 | right & confident | rejected: other domain | rejected: near |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.name} | {_pct(r.p_at_1)} | {_pct(r.mrr)} | {_pct(r.answered)} "
            f"| {_pct(r.rejected_ood)} | {_pct(r.rejected_near)} |"
        )
    ours = rows[0]
    bm25 = max((r for r in rows[1:] if r.name.startswith("BM25")), key=lambda r: r.p_at_1)
    if bm25.p_at_1:
        ratio = ours.p_at_1 / bm25.p_at_1
        lines.append(f"\nbackcare P@1 / better BM25 ({bm25.name}): {ratio:.2f}x")
    if ours.rejected is not None:
        lines.append(f"no-answer rejected, all kinds: {_pct(ours.rejected).strip()}")
    if ours.by_kind:
        kinds = ", ".join(f"{k} {_pct(p).strip()} ({n})" for k, p, n in ours.by_kind)
        lines.append(f"backcare P@1 by kind: {kinds}")
    return "\n".join(lines)


def default_sets() -> list[tuple[str, Pack, Path]]:
    own = REPO / "tests" / "eval"
    sets = [
        ("own set (tests/eval, used for tuning)", load_pack(), own / "backcare_queries.jsonl"),
        ("holdout (tests/eval, written after tuning)", load_pack(), own / "backcare_holdout.jsonl"),
        ("holdout 2 (tests/eval, blind)", load_pack(), own / "backcare_holdout2.jsonl"),
        ("holdout 3 (tests/eval, blind)", load_pack(), own / "backcare_holdout3.jsonl"),
        (
            "holdout 4 (tests/eval, blind; tuned on after its first run)",
            load_pack(),
            own / "backcare_holdout4.jsonl",
        ),
        (
            "holdout 5 (tests/eval, blind; tuned on after its first run)",
            load_pack(),
            own / "backcare_holdout5.jsonl",
        ),
        (
            "holdout 6 (tests/eval, blind; tuned on after its first run)",
            load_pack(),
            own / "backcare_holdout6.jsonl",
        ),
        (
            "holdout 7 (tests/eval, blind; tuned on after its second run)",
            load_pack(),
            own / "backcare_holdout7.jsonl",
        ),
        (
            "holdout 8 (tests/eval, blind; tuned on after its untouched run)",
            load_pack(),
            own / "backcare_holdout8.jsonl",
        ),
        (
            "holdout 10 (tests/eval, blind; tuned on after its first run)",
            load_pack(),
            own / "backcare_holdout10.jsonl",
        ),
        (
            "holdout 11 (tests/eval, blind; tuned on after its first run)",
            load_pack(),
            own / "backcare_holdout11.jsonl",
        ),
        (
            "holdout 15 (tests/eval, blind; tuned on after its first run)",
            load_pack(),
            own / "backcare_holdout15.jsonl",
        ),
        (
            "own near-domain and lay probes (tests/eval, tuned on)",
            load_pack(),
            own / "backcare_probe_near_lay.jsonl",
        ),
        (
            "own second probe set (tests/eval, tuned on after its first run)",
            load_pack(),
            own / "backcare_probe2.jsonl",
        ),
        (
            "own third probe set (tests/eval, tuned on after its first run)",
            load_pack(),
            own / "backcare_probe3.jsonl",
        ),
        (
            "own lay probe set 4 (tests/eval, tuned on after its first run)",
            load_pack(),
            own / "backcare_probe4.jsonl",
        ),
        (
            "own probe set 5, holdout 7's classes (tests/eval, tuned on after its first run)",
            load_pack(),
            own / "backcare_probe5.jsonl",
        ),
        (
            "own probe set 6, things that sit (tests/eval, tuned on after its first run)",
            load_pack(),
            own / "backcare_probe6.jsonl",
        ),
        (
            "own probe set 8, holdout 15's classes (tests/eval, tuned on after its first run)",
            load_pack(),
            own / "backcare_probe8.jsonl",
        ),
    ]
    if (own / "lsof_faq.json").is_file():  # a pack unlike back care: long technical answers
        lsof = load_pack(own / "lsof_faq.json")
        sets.append(("lsof FAQ (tests/eval, own queries)", lsof, own / "lsof_queries.jsonl"))
    if (own / "sed_faq.json").is_file():  # real FAQ text, user-style queries written before any run
        sed = load_pack(own / "sed_faq.json")
        sets.append(("sed FAQ (tests/eval, own queries)", sed, own / "sed_queries.jsonl"))
    if (own / "xz_faq.json").is_file():  # the same, a short FAQ with short answers
        xz = load_pack(own / "xz_faq.json")
        sets.append(("XZ Utils FAQ (tests/eval, own queries)", xz, own / "xz_queries.jsonl"))
    for name, label in (("valgrind", "valgrind FAQ"), ("perlfaq5", "perlfaq5 (files and formats)")):
        # real FAQ text; blind "task" queries, tuned on after their first run (docs/heldout.md)
        if (own / f"{name}_faq.json").is_file():
            sets.append(
                (
                    f"{label} (tests/eval, blind queries, tuned on)",
                    load_pack(own / f"{name}_faq.json"),
                    own / f"{name}_queries.jsonl",
                )
            )
    # ../shared/eval beside the checkout, or two levels up from a worktree
    found = (d / "shared" / "eval" for d in (REPO.parent, REPO.parent.parent))
    shared = next((d for d in found if d.is_dir()), REPO / "no-shared-eval")
    for name in ("backcare_dev_queries.jsonl", "backcare_dev_queries2.jsonl"):
        if (shared / name).is_file():
            sets.append((f"shared/eval/{name}", load_pack(), shared / name))
    if (shared / "stackfaq" / "faq.json").is_file():
        stack = load_pack(shared / "stackfaq" / "faq.json")._replace(builtin_lexicon=False)
        sets.append(
            ("StackFAQ, no back-care lexicon", stack, shared / "stackfaq" / "queries.jsonl")
        )
    return [s for s in sets if s[2].is_file()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.eval", description=__doc__)
    parser.add_argument("pairs", nargs="*", help="PACK QUERIES pairs (default: built-in sets)")
    parser.add_argument("--no-lexicon", action="store_true", help="turn off the back-care lexicon")
    parser.add_argument("--misses", action="store_true", help="list the questions backcare missed")
    parser.add_argument(
        "--semantic", action="store_true", help="re-rank with the backcare[semantic] extra"
    )
    args = parser.parse_args(argv)
    if len(args.pairs) % 2:
        parser.error("give PACK QUERIES in pairs")
    sets = [
        (f"{p} + {q}", load_pack(p), Path(q))
        for p, q in zip(args.pairs[::2], args.pairs[1::2], strict=True)
    ] or default_sets()
    for title, pack, path in sets:
        if args.no_lexicon:
            pack = pack._replace(builtin_lexicon=False)
        queries = load_queries(path, pack)
        rows, misses = evaluate(pack, queries, args.semantic)
        print(table(title, rows, len(queries)), end="\n\n")
        if args.misses:
            print("\n".join(f"- {m}" for m in misses), end="\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
