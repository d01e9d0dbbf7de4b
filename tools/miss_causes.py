"""Why the engine misses: `python -m tools.miss_causes PACK QUERIES [--half even|odd] [--list]`.

Each answerable question the engine ranks a wrong entry first is put in one cause, by where its
words are in the wanted entry and in the entry ranked first instead (the words as the BM25 baselines
of backcare.eval read them: stemmed, stop words left out):

- no shared word: the wanted entry holds none of the question's words (a paraphrase only meaning
  links: lexical ranking cannot find it);
- wanted only via its answer: the wanted entry's question holds none, its answer some (the answer
  field's evidence decides);
- rival's question holds more: the entry ranked first shares more words in its question;
- tie in the questions, rival's answer holds more: as many question words each, and the rival's
  answer adds more (an answer's words in passing);
- tie in the questions, other signals: as many question words each, and no more answer words for
  the rival (the re-ranks, coverage weights, intent decided);
- lost with more question words: the wanted entry's question holds more of the question's words
  and still lost.

Beside each cause, how many of its misses each BM25 baseline (questions; questions + answers)
ranks right: where a baseline already wins, the engine's own evidence lost, not the words. (The
causes read no stop words; the baselines read them, so one can rank a "no shared word" miss right
by the question's "how", "one" or "more" alone.)
`--half` keeps the questions whose wanted entry sits at an even or odd position of the pack (to
design a change on one half and measure it on the other, not on the questions it was fitted to).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from backcare.engine.analyze import load_stopwords, stem, words
from backcare.packs.schema import Entry, Pack

CAUSES = (
    "no shared word",
    "wanted only via its answer",
    "rival's question holds more",
    "tie in the questions, rival's answer holds more",
    "tie in the questions, other signals",
    "lost with more question words",
)

Ranker = Callable[[str], list[str]]  # question -> entry ids, best first


@dataclass(frozen=True)
class Miss:
    question: str
    wanted: str  # the wanted entry's id (the first of its labels the pack has)
    got: str | None  # the id ranked first instead (None: nothing ranked)
    cause: str
    baselines: tuple[bool, ...]  # each baseline ranks a wanted entry first


def terms(text: str, stop: frozenset[str]) -> frozenset[str]:
    """A text's distinct stems, stop words left out (as backcare.eval's BM25 reads it)."""
    return frozenset(stem(w) for w in words(text) if w not in stop)


def cause(question: frozenset[str], wanted: Entry, got: Entry | None, stop: frozenset[str]) -> str:
    """The cause of one miss (CAUSES), from the question's stems and the two entries."""
    wanted_q = question & terms(wanted.question, stop)
    wanted_a = (question & terms(wanted.answer, stop)) - wanted_q
    if not wanted_q and not wanted_a:
        return CAUSES[0]
    if not wanted_q:
        return CAUSES[1]
    got_q = question & terms(got.question, stop) if got is not None else frozenset()
    got_a = (question & terms(got.answer, stop)) - got_q if got is not None else frozenset()
    if len(got_q) > len(wanted_q):
        return CAUSES[2]
    if len(got_q) < len(wanted_q):
        return CAUSES[5]
    return CAUSES[3] if len(got_a) > len(wanted_a) else CAUSES[4]


def in_half(pack: Pack, expect: frozenset[str], half: str | None) -> bool:
    """Whether a question belongs to the half asked for, by the position in the pack of its
    first wanted entry (any pack's ids: they need not end in a number)."""
    if half is None:
        return True
    positions = [i for i, e in enumerate(pack.entries) if e.id in expect]
    return bool(positions) and positions[0] % 2 == (0 if half == "even" else 1)


def misses(
    pack: Pack,
    queries: Sequence[tuple[str, frozenset[str]]],
    engine: Ranker,
    baselines: Sequence[Ranker] = (),
    half: str | None = None,
) -> tuple[list[Miss], int]:
    """The engine's misses among the answerable `queries` (question, wanted ids) of the half, each
    with its cause, and how many questions were asked."""
    stop = frozenset(load_stopwords())
    by_id = {e.id: e for e in pack.entries}
    found: list[Miss] = []
    asked = 0
    for text, expect in queries:
        known = sorted(x for x in expect if x in by_id)
        if not known or not in_half(pack, expect, half):
            continue
        asked += 1
        ranked = engine(text)
        if ranked and ranked[0] in expect:
            continue
        got = ranked[0] if ranked else None
        why = cause(terms(text, stop), by_id[known[0]], by_id.get(got or ""), stop)
        right = tuple(bool(r := b(text)) and r[0] in expect for b in baselines)
        found.append(Miss(text, known[0], got, why, right))
    return found, asked


def report(found: Sequence[Miss], asked: int, names: Sequence[str]) -> list[str]:
    """A Markdown table: each cause's misses, their share of the questions asked, and how many
    of them each baseline ranks right."""
    counts = Counter(m.cause for m in found)
    head = ["cause", "misses", "share of questions", *(f"{name} right" for name in names)]
    lines = [
        f"{len(found)} misses of {asked} questions",
        "",
        "| " + " | ".join(head) + " |",
        "|---|" + "---:|" * (len(head) - 1),
    ]
    for name in CAUSES:
        of = [m for m in found if m.cause == name]
        share = f"{100 * counts[name] / max(1, asked):.1f}"
        rights = [str(sum(m.baselines[i] for m in of)) for i in range(len(names))]
        lines.append("| " + " | ".join([name, str(counts[name]), share, *rights]) + " |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    from backcare.engine.answer import Engine
    from backcare.errors import BackcareError
    from backcare.eval.harness import SetError, bm25_ranker, load_queries
    from backcare.packs.load import load_pack

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pack", type=Path)
    parser.add_argument("queries", type=Path)
    parser.add_argument("--half", choices=("even", "odd"), help="only one half of the questions")
    parser.add_argument("--list", action="store_true", help="print each miss and its cause")
    args = parser.parse_args(argv)
    try:
        pack = load_pack(args.pack)
        labelled = load_queries(args.queries, pack)
    except (BackcareError, SetError) as exc:
        print(f"miss_causes: {exc}", file=sys.stderr)
        return 2
    engine = Engine(pack)
    names = ("BM25 question", "BM25 question+answer")
    found, asked = misses(
        pack,
        [(q.text, q.expect) for q in labelled if q.expect],
        lambda text: [m.entry.id for m in engine.ask(text, top=10).results],
        [bm25_ranker(pack, False, False), bm25_ranker(pack, True, False)],
        args.half,
    )
    if args.list:
        for m in found:
            print(f"[{m.cause}] {m.question!r}: got {m.got}, wanted {m.wanted}")
        print()
    print("\n".join(report(found, asked, names)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
