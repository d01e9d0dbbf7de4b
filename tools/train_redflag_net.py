"""Train the learned red-flag check: `python -m tools.train_redflag_net [--cv] [--write] [--extra SET]...`

Reads the labelled red-flag sets (tests/eval/red_flags*.jsonl, in both shapes: {"q", "urgent",
"tier"} and {"q", "flag"}, a rule id mapped to its tier) and, as more ordinary questions, the
matcher's back-care query sets (tests/eval/backcare_*.jsonl, labelled by what the rules raise on
them). Features are backcare.engine.safety.net's, read by the rules' own reader, so training and
runtime hash the same features by construction.

--cv: cross-validation where whole sets are held out (a writer's set is never split between train
and test): the sets fall into FOLDS groups by a stable hash of their name, and every group is
predicted by a model trained on the others. Per group and overall it prints the lines the net
alone catches and flags; thresholds are then chosen on the pooled out-of-fold predictions
(P(at least soon) so that at most MAX_ORDINARY of the ordinary red-flag-set lines are flagged).
--write: trains on everything and writes data/redflag_net.bin with those thresholds.
--eval SET: rules alone against rules + the model file (data/redflag_net.bin or --model), per set.

Passages (safety51): a message over NET_MAX_WORDS tokens is read a passage at a time, so the model
also learns from passages of long messages built from the red-flag sets' own lines
(tools/redflag_passages.py: ordinary stories' passages naming a sign as 'none', a red-flag line's
passages holding its sign as its class), each weighing PASSAGE_WEIGHT. They share their set's
fold; thresholds are still chosen on whole lines only. --no-passages trains on lines alone.
A passage holding only part of a red-flag line is labelled with the less urgent of the line's class
and the rules' tier on that part (safety56); --no-parts leaves such passages out.

Deterministic (lbfgs, fixed order, no randomness) and offline. Needs the `train` extra
(scikit-learn); the runtime never imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path
from typing import Any

from backcare.engine.safety import Safety, load_safety
from backcare.engine.safety.net import CLASSES, MAGIC, Net, load_net, vector

VERSION = "2"
REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "eval"
MODEL = REPO / "data" / "redflag_net.bin"
BITS = 18
C = 0.1  # inverse L2 strength, chosen by --cv (see docs/safety.md)
FOLDS = 8
MAX_ORDINARY = 0.01  # out-of-fold share of ordinary red-flag-set lines the net may flag
# Under-triage costs more than over-triage: an emergency raised as "see a doctor soon" sends a
# person with cauda equina to a routine appointment. Urgent and emergency thresholds are chosen on
# the out-of-fold predictions to minimise the tier errors of the lines the net flags, an emergency
# raised lower counting UNDER_COST, any other tier error (a false alarm raised as an emergency
# included) 1; never below TIER_FLOOR (the model must lean that way at least that much). A line is
# flagged at all only when P(at least soon) passes its threshold, so these move tiers, not how
# many ordinary questions are flagged.
TIER_FLOOR = 0.2
# 4, not 2 (fifth session): writer-wise CV over every red-flag set, emergencies raised lower
# 12/1,718 -> 6/1,716, ordinary lines flagged 30 either way (raised as emergencies 19 -> 20)
UNDER_COST = 4
TIER_GRID = [round(0.2 + 0.025 * k, 3) for k in range(33)]  # 0.2 .. 1.0
RANK = {name: i for i, name in enumerate(CLASSES)}
PASSAGE_WEIGHT = 1.0  # a passage row's weight beside a whole line's (1.0)
# a whole red-flag line's weight (safety51): with passages and weight 1, five short catches of main's
# model were lost (bankA, bankB, safety41); 2 kept three of them, 3 all but bankA's "Mine's been 7
# weeks" (P 0.726, kept by the soon threshold 0.7255)
RED_LINE_WEIGHT = 3.0


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def label(raw: dict[str, Any], safety: Safety, tiers: dict[str, str]) -> str:
    """The class of a labelled line: its tier; a red flag without one gets the rules' tier on it
    (the rules catch every line of the tuning sets), or 'urgent' when they raise nothing."""
    if "urgent" in raw:
        if not raw["urgent"]:
            return "none"
        if raw.get("tier"):
            return str(raw["tier"])
        flags = safety.check_rules(raw["q"])
        return flags[0].urgency if flags else "urgent"
    if "flag" in raw:
        return "none" if raw["flag"] is None else tiers[raw["flag"]]
    flags = safety.check_rules(raw["q"])  # a matcher query: what the rules say
    return flags[0].urgency if flags else "none"


def load_sets(
    safety: Safety, extra: list[Path], queries: bool = True
) -> list[tuple[str, str, str]]:
    """(set name, question, class) for every line, sets in name order."""
    tiers = safety.rule_tiers
    paths = sorted(EVAL.glob("red_flags*.jsonl")) + extra
    if queries:
        paths += sorted(EVAL.glob("backcare_*.jsonl"))
    seen: set[bytes] = set()
    rows = []
    for path in paths:
        data = path.read_bytes()
        if data in seen:  # a set copied into tests/eval is read once
            continue
        seen.add(data)
        rows += [(path.stem, raw["q"], label(raw, safety, tiers)) for raw in read_lines(path)]
    return rows


def passage_rows(
    safety: Safety, extra: list[Path], parts: bool = True
) -> list[tuple[str, list[str], str]]:
    """(set name, features, class) of the passages of long messages told from the red-flag sets'
    lines (tools/redflag_passages.py), sets in name order."""
    from tools.redflag_passages import ordinary_rows, red_rows

    tiers = safety.rule_tiers
    seen: set[bytes] = set()
    sets: list[tuple[str, list[tuple[str, str]]]] = []
    for path in sorted(EVAL.glob("red_flags*.jsonl")) + extra:
        data = path.read_bytes()
        if data in seen:
            continue
        seen.add(data)
        sets.append(
            (path.stem, [(raw["q"], label(raw, safety, tiers)) for raw in read_lines(path)])
        )
    pool = [q.strip() for _, lines in sets for q, kind in lines if kind == "none"]
    rows = list(ordinary_rows(safety, sets, pool))
    # parts=False (--no-parts): only passages holding a whole red-flag line are red-flag rows
    rows += red_rows(safety, sets, pool, lambda part: rule_tier(safety, part) if parts else None)
    return rows


def rule_tier(safety: Safety, text: str) -> str | None:
    """The most urgent tier the rules raise on a text, None when they raise none."""
    fired = safety.check_rules(text)
    return fired[0].urgency if fired else None


def matrix(safety: Safety, questions: list[str]) -> Any:
    return matrix_of([safety.learned_features(q) for q in questions])


def matrix_of(feature_lists: list[list[str]]) -> Any:
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for names in feature_lists:
        vec = vector(names, BITS)
        for b in sorted(vec):
            indices.append(b)
            values.append(vec[b])
        indptr.append(len(indices))
    return csr_matrix((values, indices, indptr), shape=(len(feature_lists), 1 << BITS))


def fit(x: Any, y: list[int], weights: list[float] | None = None) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=3000)
    return model.fit(x, y, sample_weight=weights)


def at_least(prob: Any) -> list[tuple[float, float, float]]:
    """Per row: P(at least soon), P(at least urgent), P(emergency)."""
    return [(1 - p[0], p[2] + p[3], p[3]) for p in prob]


def decide(cum: tuple[float, float, float], thresholds: dict[str, float]) -> str:
    """As Net.judge: nothing below the soon threshold, else the most urgent tier passing its own."""
    soon, urgent, emergency = cum
    if soon < thresholds["soon"]:
        return "none"
    if emergency >= thresholds["emergency"]:
        return "emergency"
    if urgent >= thresholds["urgent"]:
        return "urgent"
    if soon >= thresholds["soon"]:
        return "soon"
    return "none"


def fold_of(name: str) -> int:
    return zlib.crc32(name.encode()) % FOLDS


def cross_validate(
    rows: list[tuple[str, Any, str]], x: Any, weights: list[float] | None = None
) -> list[tuple[float, float, float]]:
    y = [RANK[c] for _, _, c in rows]
    out: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)] * len(rows)
    for fold in range(FOLDS):
        test = [i for i, (name, _, _) in enumerate(rows) if fold_of(name) == fold]
        held = set(test)
        train = [i for i in range(len(rows)) if i not in held]
        model = fit(
            x[train],
            [y[i] for i in train],
            None if weights is None else [weights[i] for i in train],
        )
        for i, cum in zip(test, at_least(model.predict_proba(x[test])), strict=True):
            out[i] = cum
    return out


def choose(
    rows: list[tuple[str, str, str]], cum: list[tuple[float, float, float]]
) -> dict[str, float]:
    ordinary = sorted(
        (
            c[0]
            for (name, _, k), c in zip(rows, cum, strict=True)
            if k == "none" and "red_flags" in name
        ),
        reverse=True,
    )
    allowed = int(MAX_ORDINARY * len(ordinary))
    soon = round(ordinary[allowed] + 1e-4, 4) if allowed < len(ordinary) else 0.5
    soon = float(soon)
    flagged = [
        (k, c) for (_, _, k), c in zip(rows, cum, strict=True) if c[0] >= soon
    ]  # the lines the net flags out of fold, whatever their label

    def cost(urgent: float, emergency: float) -> int:
        thr = {"soon": soon, "urgent": urgent, "emergency": emergency}
        total = 0
        for k, c in flagged:
            tier = decide(c, thr)
            if k == "emergency" and tier != "emergency":
                total += UNDER_COST
            elif tier != k:
                total += 1
        return total

    grid = [t for t in TIER_GRID if t >= TIER_FLOOR]
    # fewest weighted tier errors; on a tie the higher thresholds (closer to what was shipped)
    best = min(((cost(u, e), -u, -e) for u in grid for e in grid), default=(0, -soon, -soon))
    return {"soon": soon, "urgent": -best[1], "emergency": -best[2]}


def report(
    rows: list[tuple[str, str, str]], cum: list[tuple[float, float, float]], thr: dict[str, float]
) -> None:
    groups: dict[str, list[int]] = {}
    for i, (name, _, _) in enumerate(rows):
        kind = "red_flags" if name.startswith("red_flags") else "matcher"
        groups.setdefault(f"fold {fold_of(name)} {kind}", []).append(i)
    groups["all red-flag sets"] = [i for i, r in enumerate(rows) if r[0].startswith("red_flags")]
    groups["all matcher queries"] = [
        i for i, r in enumerate(rows) if not r[0].startswith("red_flags")
    ]
    print(f"thresholds {thr}")
    print(
        "group | red-flag lines caught by the net alone | tier agrees | emergencies raised lower"
        " | ordinary lines flagged (as emergency)"
    )
    for group, idx in sorted(groups.items()):
        red = [i for i in idx if rows[i][2] != "none"]
        ordinary = [i for i in idx if rows[i][2] == "none"]
        decided = {i: decide(cum[i], thr) for i in idx}
        caught = [i for i in red if decided[i] != "none"]
        agree = sum(decided[i] == rows[i][2] for i in caught)
        flagged = sum(decided[i] != "none" for i in ordinary)
        alarming = sum(decided[i] == "emergency" for i in ordinary)
        emergencies = [i for i in caught if rows[i][2] == "emergency"]
        lower = sum(decided[i] != "emergency" for i in emergencies)
        sets = len({rows[i][0] for i in idx})
        print(
            f"{group} ({sets} sets) | {len(caught)}/{len(red)} | {agree}/{len(caught)} | "
            f"{lower}/{len(emergencies)} | {flagged}/{len(ordinary)} ({alarming})"
        )


def report_passages(
    rows: list[tuple[str, Any, str]], cum: list[tuple[float, float, float]], thr: dict[str, float]
) -> None:
    """Out of fold: the passages of ordinary stories flagged, red-flag passages caught."""
    decided = [decide(c, thr) for c in cum]
    ordinary = [d for (_, _, k), d in zip(rows, decided, strict=True) if k == "none"]
    red = [(k, d) for (_, _, k), d in zip(rows, decided, strict=True) if k != "none"]
    caught = [(k, d) for k, d in red if d != "none"]
    print(
        f"passages: red-flag caught {len(caught)}/{len(red)}, tier agrees "
        f"{sum(k == d for k, d in caught)}/{len(caught)}; ordinary flagged "
        f"{sum(d != 'none' for d in ordinary)}/{len(ordinary)} "
        f"({sum(d == 'emergency' for d in ordinary)} as emergency)"
    )


def write(
    model: Any,
    thresholds: dict[str, float],
    rows: list[tuple[str, str, str]],
    path: Path,
    passages: int = 0,
    weight: float = PASSAGE_WEIGHT,
) -> None:
    import numpy as np

    coef = model.coef_  # classes x buckets
    scale = [float(abs(row).max()) / 127 or 1.0 for row in coef]
    q = np.rint(coef / np.array(scale)[:, None]).clip(-127, 127).astype(np.int8)
    sets = sorted({name for name, _, _ in rows})
    meta = {
        "about": "backcare's learned red-flag check (backcare/engine/safety/net.py)",
        "tool": f"tools/train_redflag_net.py version {VERSION}",
        "classes": list(CLASSES),
        "bits": BITS,
        "C": C,
        "scale": scale,
        "bias": [float(b) for b in model.intercept_],
        "thresholds": thresholds,
        "lines": len(rows),
        "passages": passages,
        "passage_weight": weight if passages else 0,
        "red_line_weight": RED_LINE_WEIGHT if passages else 1.0,
        "sets": sets,
    }
    header = json.dumps(meta, separators=(",", ":"), sort_keys=True).encode()
    path.write_bytes(MAGIC + header + b"\n" + q.tobytes())  # class-major


def evaluate(safety: Safety, net: Net, paths: list[Path]) -> None:
    tiers = safety.rule_tiers
    for path in paths:
        red = ordinary = rules_caught = both_caught = rules_flagged = both_flagged = 0
        for raw in read_lines(path):
            kind = label(raw, safety, tiers) if "urgent" in raw or "flag" in raw else "none"
            by_rules = bool(safety.check_rules(raw["q"]))
            by_net = not by_rules and net.judge(safety.learned_features(raw["q"])) is not None
            if kind == "none":
                ordinary += 1
                rules_flagged += by_rules
                both_flagged += by_rules or by_net
            else:
                red += 1
                rules_caught += by_rules
                both_caught += by_rules or by_net
        print(
            f"{path.name}: rules caught {rules_caught}/{red}, flagged {rules_flagged}/{ordinary}; "
            f"rules+net caught {both_caught}/{red}, flagged {both_flagged}/{ordinary}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate by whole sets")
    parser.add_argument("--write", action="store_true", help=f"train on all, write {MODEL.name}")
    parser.add_argument("--extra", type=Path, action="append", default=[], help="more sets")
    parser.add_argument("--eval", type=Path, action="append", default=[], help="sets to measure")
    parser.add_argument("--model", type=Path, default=MODEL, help="model file to write or read")
    parser.add_argument("--no-passages", action="store_true", help="train on whole lines only")
    parser.add_argument(
        "--no-parts", action="store_true", help="no passage holding only part of a red-flag line"
    )
    parser.add_argument("--passage-weight", type=float, help=f"default {PASSAGE_WEIGHT}")
    parser.add_argument(
        "--thresholds",
        type=json.loads,
        help='keep these thresholds, no cross-validation: \'{"soon": .., "urgent": .., "emergency": ..}\'',
    )
    args = parser.parse_args(argv)
    weight = PASSAGE_WEIGHT if args.passage_weight is None else args.passage_weight
    safety = load_safety()
    if args.eval:
        evaluate(safety, load_net(args.model.read_bytes(), args.model.name), args.eval)
        return 0
    from scipy.sparse import vstack

    rows = load_sets(safety, args.extra)
    passages = [] if args.no_passages else passage_rows(safety, args.extra, not args.no_parts)
    x = vstack([matrix(safety, [q for _, q, _ in rows]), matrix_of([f for _, f, _ in passages])])
    x = x.tocsr()
    every: list[tuple[str, Any, str]] = [*rows, *passages]
    red = RED_LINE_WEIGHT if passages else 1.0  # --no-passages: as before safety51
    weights = [red if k != "none" else 1.0 for _, _, k in rows]
    weights += [weight] * len(passages)
    print(f"{len(rows)} lines, {len(passages)} passages", flush=True)
    thresholds = {"soon": 0.5, "urgent": 0.5, "emergency": 0.5}
    if args.thresholds:
        thresholds = {t: float(args.thresholds[t]) for t in ("soon", "urgent", "emergency")}
    elif args.cv or args.write:
        cum = cross_validate(every, x, weights)
        thresholds = choose(rows, cum[: len(rows)])
        report(rows, cum[: len(rows)], thresholds)
        if passages:
            report_passages(passages, cum[len(rows) :], thresholds)
        print("for comparison, every tier at the soon threshold (the policy before safety10):")
        same = dict.fromkeys(thresholds, thresholds["soon"])
        report(rows, cum[: len(rows)], same)
    if args.write:
        model = fit(x, [RANK[c] for _, _, c in every], weights)
        write(model, thresholds, rows, args.model, len(passages), weight)
        print(f"wrote {args.model} ({args.model.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
