"""The measures: precision-at-1, MRR@10, the share of in-domain questions answered with the right
entry (confident and right), and no-answer rejection, split into other-domain (kind "ood") and
near-domain (kind "near", or any other no-answer line) questions, for backcare and for
off-the-shelf baselines side by side; then backcare's P@1 per kind of question.

Queries are JSON Lines {"q": str, "expect": [id or question], "kind": str (optional)}; an empty
"expect" means the pack has no answer.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from backcare.engine.analyze import load_stopwords, stem, words
from backcare.engine.answer import Engine
from backcare.packs.questions import expected_labels
from backcare.packs.schema import Pack

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


class SetError(Exception):
    """A queries file that cannot be read or is not the documented JSON Lines: one line to print."""


def load_queries(
    path: Path, pack: Pack, unknown: list[str] | None = None, spare: list[str] | None = None
) -> list[Query]:
    """The file's labelled questions; an "expect" given as an entry's question names that entry.
    Each "expect" that names no entry of the pack (a typo in a label, an entry since renamed) is
    added to `unknown` as a line to warn with when no other label of its line names one: it can
    never be found, so it scored as a matcher miss, silently. One beside a label that does (an
    alternative the writer gave) is added to `spare`: it changes no figure."""
    from backcare.errors import os_reason

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else os_reason(exc)
        raise SetError(f"{path}: cannot read the queries ({reason})") from None
    by_question = {e.question: e.id for e in pack.entries}
    ids = {e.id for e in pack.entries}
    queries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise SetError(f"{path}, line {number}: not JSON ({exc})") from None
        if not isinstance(item, dict) or not isinstance(item.get("q"), str):
            raise SetError(f'{path}, line {number}: expected {{"q": "question", "expect": [...]}}')
        expected = expected_labels(item.get("expect"))
        if expected is None:
            raise SetError(f'{path}, line {number}: "expect" must be a list of ids or questions')
        names: list[str] = expected
        expect = frozenset(by_question.get(x, x) for x in names)
        # only a line with no label the pack knows can only ever score as a miss; a line whose
        # other labels name entries loses nothing (any of them is a hit): counted, not listed
        named_none = unknown if not expect & ids else spare
        if named_none is not None:
            named_none.extend(
                f"{path}, line {number}: expect {x!r} is no entry id or question of the pack "
                "(it counts as a miss)"
                for x in sorted(expect - ids)
            )
        kind = item.get("kind", "")
        if not isinstance(kind, str):  # 7 or ["x"] was a kind of its own, silently
            raise SetError(
                f'{path}, line {number}: "kind" must be a string, not {json.dumps(kind)}'
            )
        queries.append(Query(item["q"], expect, kind))
    return queries


def shown(label: str) -> str:
    """A label as printed: escape sequences, bidi controls and other unprintable characters
    escaped as the queries and expects are (a set file is input like any other)."""
    return label if label.isprintable() else repr(label)[1:-1]


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
            label = f"[{shown(q.kind)}] " if q.kind else ""
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
        # the fourth of better_bm25's floors: the ratio printed is the one the tests guard
        rank_scores("BM25 question+answer, stop words", bm25_ranker(pack, True, True), queries),
        rank_scores("rapidfuzz token_set_ratio", fuzz_ranker(pack, "token_set_ratio"), queries),
        rank_scores("rapidfuzz WRatio (questions)", fuzz_ranker(pack, "WRatio"), queries),
    ]
    return [ours, *baselines], misses


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}"


def out_of(queries: Sequence[Query]) -> str:
    """What each column is out of (newcomer29 F5: "(40 questions)", then P@1 87.9 out of the 33
    answerable, said nowhere; `validate --questions` counts all 40)."""
    answerable = sum(1 for q in queries if q.expect)
    ood = sum(1 for q in queries if q.other_domain)
    near = len(queries) - answerable - ood
    return (
        f"P@1, MRR@10 and right & confident are out of the {answerable:,} questions with an "
        f"answer; rejected, out of those with none: other domain {ood:,}, near {near:,}"
    )


def table(
    title: str, rows: list[Scores], count: int, queries: Sequence[Query] | None = None
) -> str:
    lines = [f"## {title} ({count} questions)", ""]
    if queries is not None:
        lines += [out_of(queries), ""]
    lines += [
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
        kinds = ", ".join(f"{shown(k)} {_pct(p).strip()} ({n})" for k, p, n in ours.by_kind)
        lines.append(f"backcare P@1 by kind: {kinds}")
    return "\n".join(lines)
