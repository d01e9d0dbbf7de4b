"""Evaluation harness: `python -m backcare.eval [PACK QUERIES]...`.

For each (pack, labelled queries) pair prints precision-at-1, MRR@10, the share of in-domain questions
answered with the right entry (confident and right), and no-answer rejection, for backcare and for
off-the-shelf baselines side by side. Queries are JSON Lines {"q": str, "expect": [id or question]};
an empty "expect" means the pack has no answer. With no arguments it runs the repo's own sets and, when
present, ../shared/eval (dev examples and StackFAQ, the latter with the back-care lexicon turned off).
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


@dataclass(frozen=True)
class Scores:
    name: str
    p_at_1: float
    mrr: float
    answered: float | None = None  # in-domain questions confidently answered with a right entry
    rejected: float | None = None  # no-answer questions given no confident match


def load_queries(path: Path, pack: Pack) -> list[Query]:
    by_question = {e.question: e.id for e in pack.entries}
    queries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            expect = frozenset(by_question.get(x, x) for x in item["expect"])
            queries.append(Query(item["q"], expect))
    return queries


def rank_scores(name: str, ranker: Ranker, queries: Sequence[Query]) -> Scores:
    hits = reciprocal = 0.0
    positives = [q for q in queries if q.expect]
    for q in positives:
        ranked = ranker(q.text)[:10]
        position = next((i for i, x in enumerate(ranked) if x in q.expect), None)
        hits += position == 0
        reciprocal += 0.0 if position is None else 1 / (position + 1)
    n = max(1, len(positives))
    return Scores(name, hits / n, reciprocal / n)


def engine_scores(engine: Engine, queries: Sequence[Query]) -> tuple[Scores, list[str]]:
    """backcare's figures, and the questions it got wrong (for reading, not for tuning on)."""
    answers = {q.text: engine.ask(q.text, top=10) for q in queries}  # each question asked once
    base = rank_scores(
        "backcare", lambda text: [m.entry.id for m in answers[text].results], queries
    )
    answered = rejected = 0
    misses = []
    positives = [q for q in queries if q.expect]
    negatives = [q for q in queries if not q.expect]
    for q in queries:
        match = answers[q.text].match
        if q.expect and match is not None and match.entry.id in q.expect:
            answered += 1
        elif not q.expect and match is None:
            rejected += 1
        else:
            got = match.entry.id if match else "no match"
            misses.append(f"{q.text!r}: got {got}, expected {sorted(q.expect) or 'no match'}")
    return (
        replace(
            base,
            answered=answered / len(positives) if positives else None,
            rejected=rejected / len(negatives) if negatives else None,
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


def evaluate(pack: Pack, queries: Sequence[Query]) -> tuple[list[Scores], list[str]]:
    ours, misses = engine_scores(Engine(pack), queries)
    baselines = [
        rank_scores("rapidfuzz WRatio (questions)", fuzz_ranker(pack, "WRatio"), queries),
        rank_scores("rapidfuzz token_set_ratio", fuzz_ranker(pack, "token_set_ratio"), queries),
        rank_scores("BM25 question+answer", bm25_ranker(pack, True, False), queries),
        rank_scores("BM25 question, stop words", bm25_ranker(pack, False, True), queries),
    ]
    return [ours, *baselines], misses


def table(title: str, rows: list[Scores], count: int) -> str:
    def pct(x: float | None) -> str:
        return "  n/a" if x is None else f"{100 * x:5.1f}"

    lines = [
        f"## {title} ({count} questions)",
        "",
        "| ranker | P@1 | MRR@10 | answered right | no-answer rejected |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.name} | {pct(r.p_at_1)} | {pct(r.mrr)} | {pct(r.answered)} | {pct(r.rejected)} |"
        )
    best = max(rows[1:], key=lambda r: r.p_at_1)
    if best.p_at_1:
        gain = 100 * (rows[0].p_at_1 / best.p_at_1 - 1)
        lines.append(f"\nbackcare P@1 vs best baseline ({best.name}): {gain:+.1f}% relative")
    return "\n".join(lines)


def default_sets() -> list[tuple[str, Pack, Path]]:
    own = REPO / "tests" / "eval"
    sets = [
        ("own set (tests/eval, used for tuning)", load_pack(), own / "backcare_queries.jsonl"),
        ("holdout (tests/eval, written after tuning)", load_pack(), own / "backcare_holdout.jsonl"),
        ("holdout 2 (tests/eval, blind)", load_pack(), own / "backcare_holdout2.jsonl"),
        ("holdout 3 (tests/eval, blind, untouched)", load_pack(), own / "backcare_holdout3.jsonl"),
    ]
    shared = REPO.parent / "shared" / "eval"
    if (shared / "backcare_dev_queries.jsonl").is_file():
        sets.append(("shared dev examples", load_pack(), shared / "backcare_dev_queries.jsonl"))
    if (shared / "stackfaq" / "faq.json").is_file():
        stack = load_pack(shared / "stackfaq" / "faq.json")._replace(builtin_lexicon=False)
        sets.append(
            ("StackFAQ, no back-care lexicon", stack, shared / "stackfaq" / "queries.jsonl")
        )
    return sets


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backcare.eval", description=__doc__)
    parser.add_argument("pairs", nargs="*", help="PACK QUERIES pairs (default: built-in sets)")
    parser.add_argument("--no-lexicon", action="store_true", help="turn off the back-care lexicon")
    parser.add_argument("--misses", action="store_true", help="list the questions backcare missed")
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
        rows, misses = evaluate(pack, queries)
        print(table(title, rows, len(queries)), end="\n\n")
        if args.misses:
            print("\n".join(f"- {m}" for m in misses), end="\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
