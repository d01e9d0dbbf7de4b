"""Red-flag evaluation: `python -m tools.redflag_eval [SET.jsonl]... [--list]`.

For each labelled set prints how many red-flag questions raised a notice (caught), how many ordinary
questions raised one (false alarms), and, where the set labels a tier, how often the most urgent notice
raised is that tier. `--list` also prints every miss, false alarm and tier disagreement.

Sets are JSON Lines in either of two shapes:
- `{"q", "urgent": bool, "tier"?: "emergency"|"urgent"|"soon"}`: sets written by people who never saw
  the rules (../shared/eval/redflags_dev.jsonl, held-out sets);
- `{"q", "flag": rule id or null}`: the project's own set, where the rule that should fire is known
  (a caught question that raises only other rules is reported as a rule disagreement).

With no arguments it runs the repo's own sets (tests/eval/red_flags*.jsonl) and, when present beside
the checkout, ../shared/eval/redflags_dev.jsonl and ../heldout/redflags_holdout*.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from backcare.engine.safety import URGENCIES, Safety, load_safety

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Item:
    question: str
    urgent: bool
    tier: str | None = None  # the most urgent tier expected, when the set says
    rule: str | None = None  # the rule expected to fire, when the set says


@dataclass
class Report:
    name: str
    urgent: int = 0
    ordinary: int = 0
    caught: int = 0
    false_alarms: int = 0
    tiered: int = 0  # caught questions whose set names a tier
    tier_agreed: int = 0
    missed: list[str] = field(default_factory=list)
    alarms: list[tuple[str, list[str]]] = field(default_factory=list)
    disagreements: list[tuple[str, str, str]] = field(default_factory=list)  # q, expected, raised


def read_set(path: Path) -> list[Item]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if "urgent" in raw:
            tier = raw.get("tier")
            if tier is not None and tier not in URGENCIES:
                raise SystemExit(f"{path}:{number}: unknown tier {tier!r}")
            items.append(Item(raw["q"], bool(raw["urgent"]), tier or None))
        elif "flag" in raw:
            items.append(Item(raw["q"], raw["flag"] is not None, rule=raw["flag"]))
        else:
            raise SystemExit(f"{path}:{number}: needs an 'urgent' or a 'flag' key")
    return items


def evaluate(name: str, items: list[Item], safety: Safety) -> Report:
    report = Report(name)
    for item in items:
        flags = safety.check(item.question)
        if not item.urgent:
            report.ordinary += 1
            if flags:
                report.false_alarms += 1
                report.alarms.append((item.question, [f.id for f in flags]))
            continue
        report.urgent += 1
        if not flags:
            report.missed.append(item.question)
            continue
        report.caught += 1
        if item.tier is not None:
            report.tiered += 1
            if flags[0].urgency == item.tier:  # flags come most urgent first
                report.tier_agreed += 1
            else:
                report.disagreements.append((item.question, item.tier, flags[0].urgency))
        elif item.rule is not None and item.rule not in [f.id for f in flags]:
            raised = ",".join(f.id for f in flags)
            report.disagreements.append((item.question, item.rule, raised))
    return report


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"


def summary(report: Report) -> str:
    line = (
        f"{report.name}: caught {share(report.caught, report.urgent)}, "
        f"false alarms {share(report.false_alarms, report.ordinary)}"
    )
    if report.tiered:
        line += f", tier agrees {share(report.tier_agreed, report.tiered)}"
    elif report.disagreements:
        line += f", expected rule not raised {len(report.disagreements)}"
    return line


def details(report: Report) -> list[str]:
    lines = [f"  missed: {q}" for q in report.missed]
    lines += [f"  false alarm ({','.join(ids)}): {q}" for q, ids in report.alarms]
    lines += [f"  expected {want}, raised {got}: {q}" for q, want, got in report.disagreements]
    return lines


def default_sets() -> list[Path]:
    sets = sorted((REPO / "tests" / "eval").glob("red_flags*.jsonl"))
    # ../shared and ../heldout sit beside the main checkout, which a worktree may be one level below
    for base in (REPO.parent, REPO.parent.parent):
        shared = base / "shared" / "eval" / "redflags_dev.jsonl"
        if shared.is_file():
            sets.append(shared)
            sets += sorted((base / "heldout").glob("redflags_holdout*.jsonl"))
            break
    unique: dict[bytes, Path] = {}  # a set copied into tests/eval is run once
    for path in sets:
        unique.setdefault(path.read_bytes(), path)
    return list(unique.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="labelled JSON Lines files")
    parser.add_argument("--list", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    safety = load_safety()
    for path in args.sets or default_sets():
        report = evaluate(path.name, read_set(path), safety)
        print(summary(report))
        if args.list:
            for line in details(report):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
