"""Leave-one-set-out over the released blind sets: `python -m tools.redflag_folds [--veto] [--list]
[--only SET...]`.

The released blind sets (tests/eval/red_flags_holdout*.jsonl, red_flags_bankA/B, red_flags_dev) were
written by people who never saw the rules; each was tuned on after its release. For each one this
prints, with that set held out:
- (a) the rules as they are: misses, false alarms, and each false alarm's tier, rule ids and the
  reading's marks on its mentions (so the design follows what produces them);
- (b) the rules plus the learned check retrained WITHOUT that set (every other labelled set and the
  matcher's queries, as tools/train_redflag_net.py trains it; the shipped thresholds).

--veto also measures the second opinion (docs/safety.md, "Twenty-first round"): where the rules
fire on a reading that already found an explanation nearby, the held-out model's P(at least soon)
below a threshold drops the notice. The threshold for a held-out set is chosen on the OTHER blind
sets' out-of-fold probabilities only (the highest that vetoes none of their caught red flags).

Needs the `train` extra (scikit-learn). Deterministic; ~1 min a set on a shared 2-core machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from backcare.engine.safety import Safety, load_safety
from backcare.engine.safety.net import load_net
from tools.train_redflag_net import EVAL, RANK, fit, load_sets, matrix, read_lines, write

CRISIS = "crisis"


def blind_sets() -> list[Path]:
    names = sorted(EVAL.glob("red_flags_holdout*.jsonl"), key=lambda p: (len(p.stem), p.stem))
    return [
        *names,
        EVAL / "red_flags_bankA.jsonl",
        EVAL / "red_flags_bankB.jsonl",
        EVAL / "red_flags_dev.jsonl",
    ]


def marks(safety: Safety, question: str) -> str:
    """The reading's marks on the question's mentions: concept, then ! denied, @ someone else's,
    ^ past, ~ resolved, g general, ? asked."""
    out = []
    for m in safety.mentions(question):
        flags = "".join(
            c
            for c, on in (
                ("!", m.negated),
                ("@", m.other),
                ("^", m.past),
                ("~", m.resolved),
                ("g", m.general),
                ("?", m.asked),
            )
            if on
        )
        out.append(f"{m.concept}{flags}")
    return " ".join(out)


def explained(safety: Safety, question: str) -> bool:
    """Whether the reading found an explanation near a notice the rules raise: a mention judged
    general, asked, denied, someone else's, past or over, or a long question (where more than one
    story is told)."""
    tokens, mentions = safety.read(question)
    if len(tokens) >= LONG:
        return True
    return any(
        m.negated or m.other or m.past or m.resolved or m.general or m.asked for m in mentions
    )


LONG = 25  # words: a question this long tells more than one thing


@dataclass
class Fold:
    name: str
    red: int = 0
    ordinary: int = 0
    rules_missed: list[str] = field(default_factory=list)
    rules_alarms: list[str] = field(default_factory=list)
    both_missed: list[str] = field(default_factory=list)
    both_alarms: list[str] = field(default_factory=list)
    # (question, red?, rule tiers, P(at least soon) of the held-out model, explained?)
    fired: list[tuple[str, bool, list[str], float, bool]] = field(default_factory=list)


def run(listing: bool, veto: bool, only: list[str] | None = None) -> int:
    safety = load_safety()
    rows = load_sets(safety, [])
    x = matrix(safety, [q for _, q, _ in rows])
    y = [RANK[c] for _, _, c in rows]
    shipped = dict(safety._learned_net().thresholds)
    folds = []
    for path in blind_sets():
        if only and path.stem not in only:
            continue  # --only: these folds alone (each still trained without its own set)
        keep = [i for i, (name, _, _) in enumerate(rows) if name != path.stem]
        model = fit(x[keep], [y[i] for i in keep])
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "net.bin"
            write(model, shipped, [rows[i] for i in keep], out)
            net = load_net(out.read_bytes(), out.name)
        safety._net, safety._quiet = net, None
        fold = Fold(path.stem)
        for raw in read_lines(path):
            q, red = raw["q"], bool(raw["urgent"])
            safety._checks = 0  # no batch shortcuts: every line read in full
            rules = safety.check_rules(q)
            safety._checks = 0
            both = rules or safety.check_learned(q)
            if rules:
                p = 1 - net.probabilities(safety.learned_features(q))["none"]
                fold.fired.append(
                    (q, red, [f.urgency + ":" + f.id for f in rules], p, explained(safety, q))
                )
            if red:
                fold.red += 1
                if not rules:
                    fold.rules_missed.append(q)
                if not both:
                    fold.both_missed.append(q)
            else:
                fold.ordinary += 1
                if rules:
                    fold.rules_alarms.append(
                        f"[{rules[0].urgency}] {','.join(f.id for f in rules)} | {marks(safety, q)} | {q}"
                    )
                if both:
                    fold.both_alarms.append(f"[{both[0].urgency}] {both[0].id} | {q}")
        folds.append(fold)
        print(
            f"{fold.name}: (a) rules missed {len(fold.rules_missed)}/{fold.red}, flagged "
            f"{len(fold.rules_alarms)}/{fold.ordinary}; (b) rules + net without it missed "
            f"{len(fold.both_missed)}/{fold.red}, flagged {len(fold.both_alarms)}/{fold.ordinary}",
            flush=True,
        )
        if listing:
            for line in fold.rules_alarms:
                print("  rules FA", line)
            for line in fold.both_alarms:
                if not any(line.endswith(q) for q in fold.rules_alarms):
                    print("  both FA", line)
            for q in fold.both_missed:
                print("  missed", q)
    tiers: dict[str, int] = {}
    for fold in folds:
        for line in fold.rules_alarms:
            tier = line[1 : line.index("]")]
            tiers[tier] = tiers.get(tier, 0) + 1
    print("rules' false alarms by tier:", tiers)
    if veto:
        measure_veto(folds)
    return 0


def vetoable(tiers: list[str], explained_: bool) -> bool:
    return explained_ and not any(t.endswith(":" + CRISIS) for t in tiers)


def measure_veto(folds: list[Fold]) -> None:
    print("veto (threshold from the other blind sets: the highest vetoing none of their catches)")
    for emergency in (False, True):
        print(f"-- emergency-tier notices vetoable: {emergency}")
        for fold in folds:
            others = [f for g in folds if g is not fold for f in g.fired]
            allowed = [
                f
                for f in others
                if vetoable(f[2], f[4]) and (emergency or not f[2][0].startswith("emergency"))
            ]
            caught = sorted(p for q, red, t, p, e in allowed if red)
            t = caught[0] if caught else 0.0  # below every catch of the other sets
            lost = gained = 0
            for _q, red, tiers, p, e in fold.fired:
                ok = vetoable(tiers, e) and (emergency or not tiers[0].startswith("emergency"))
                if ok and p < t:
                    if red:
                        lost += 1
                    else:
                        gained += 1
            print(
                f"{fold.name}: threshold {t:.4f}; false alarms {len(fold.rules_alarms)} -> "
                f"{len(fold.rules_alarms) - gained}, catches lost {lost}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every false alarm and miss")
    parser.add_argument("--veto", action="store_true", help="measure the second opinion")
    parser.add_argument(
        "--only", nargs="+", metavar="SET", help="run these folds only (e.g. red_flags_holdout21)"
    )
    args = parser.parse_args(argv)
    return run(args.list, args.veto, args.only)


if __name__ == "__main__":
    sys.exit(main())
