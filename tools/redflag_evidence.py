"""What evidence raises each notice: `python -m tools.redflag_evidence [SET.jsonl]... [--list]`.

safety118 (issue #12). For every labelled line that raises a notice, false alarm or catch, it sorts
the evidence (data/evidence_classes.json): a hard rule or only soft ones (the other rules and the
learned check alone), how many live signs of the asker's the reading holds beyond the weak ones, and
whether the message also tells a benign course (easing, recovered, fine) or a general, study or
story frame. It then prints, per set group, how many false alarms and how many caught red flags each
candidate gate would quieten: a gate that quietens more catches than false alarms cannot be a
general rule for soft evidence, whatever a single set suggests.

Set groups follow issue #12's design protocol: `design` (the odd-numbered blind sets, the probe,
review and safety sets), `transfer` (the even-numbered blind sets and banks A and B: counted, never
listed, so a design is not tuned on them) and `others`. With no arguments it reads every
tests/eval/red_flags*.jsonl (the lead's newest blind set excepted) and the shared development set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from pathlib import Path

from backcare.engine.safety import Mention, Safety, load_safety
from backcare.resources import expect_dict, read_json
from tools.redflag_eval import read_set

REPO = Path(__file__).resolve().parent.parent
SHARED_DEV = REPO.parent / "shared" / "eval" / "redflags_dev.jsonl"  # only when present
TRANSFER_BANKS = frozenset({"red_flags_bankA", "red_flags_bankB"})
DESIGN_KINDS = ("red_flags_probe", "red_flags_review", "red_flags_safety")


@dataclass(frozen=True)
class Classes:
    """data/evidence_classes.json, compiled."""

    hard_rules: frozenset[str]
    weak: frozenset[str]
    benign: frozenset[str]
    frame: frozenset[str]
    worse: frozenset[str]


@dataclass(frozen=True)
class Evidence:
    """What raised one line's notices."""

    hard: bool  # a hard rule among them
    learned_alone: bool  # the learned check's notice and no rule's
    strong_signs: int  # live signs of the asker's, the weak concepts left out
    benign: bool  # a benign course told (easing, recovered, fine, or a mention read as over)
    frame: bool  # a general, study, story or document frame
    # the benign course is the last word: told after every live sign, no worsening told live
    benign_last: bool = False
    denied_signs: int = 0  # signs of the asker's the reading denied (the weak ones left out)


GATES: tuple[tuple[str, Callable[[Evidence], bool]], ...] = (
    ("soft, at most one live sign (corroboration required)", lambda e: e.strong_signs <= 1),
    ("soft, benign course told", lambda e: e.benign),
    ("soft, general or story frame", lambda e: e.frame),
    ("soft, benign course told last", lambda e: e.benign_last),
    ("learned alone, no live sign", lambda e: e.learned_alone and e.strong_signs == 0),
    (
        "learned alone, every sign read denied",
        lambda e: e.learned_alone and e.strong_signs == 0 and e.denied_signs > 0,
    ),
)


def load_classes() -> Classes:
    raw = expect_dict(read_json("evidence_classes.json"), "evidence_classes.json")
    return Classes(
        frozenset(raw["hard_rules"]),
        frozenset(raw["weak_concepts"]),
        frozenset(raw["benign_concepts"]),
        frozenset(raw["frame_concepts"]),
        frozenset(raw["worse_concepts"]),
    )


def group(stem: str) -> str:
    """The design protocol's group of a set by its file stem."""
    found = re.fullmatch(r"red_flags_holdout(\d+)", stem)
    if found:
        return "design" if int(found.group(1)) % 2 else "transfer"
    if stem in TRANSFER_BANKS:
        return "transfer"
    return "design" if stem.startswith(DESIGN_KINDS) else "others"


def _live(m: Mention) -> bool:
    return not (m.negated or m.other or m.past or m.resolved or m.general or m.asked)


def evidence(
    mentions: Iterable[Mention],
    rule_ids: Iterable[str],
    learned: bool,
    symptoms: Set[str],
    classes: Classes,
) -> Evidence:
    """The evidence of a notice from the reading's mentions and what fired."""
    mentions = list(mentions)
    ids = set(rule_ids)
    signs = [m for m in mentions if m.concept in symptoms and m.concept not in classes.weak]
    live = [m for m in signs if _live(m)]
    benign = [
        m
        for m in mentions
        if (m.concept in classes.benign and not m.negated and not m.other)
        or (m.resolved and not m.other)
    ]
    worse = any(_live(m) and m.concept in classes.worse for m in mentions)
    return Evidence(
        hard=bool(ids & classes.hard_rules),
        learned_alone=learned and not ids,
        strong_signs=len(live),
        benign=bool(benign),
        frame=any(m.concept in classes.frame or m.general or m.asked for m in mentions),
        benign_last=bool(benign)
        and not worse
        and max(m.last for m in benign) > max((m.last for m in live), default=-1),
        denied_signs=sum(1 for m in signs if m.negated and not m.other),
    )


def read(safety: Safety, question: str, classes: Classes) -> Evidence | None:
    """The evidence of a question's notices, None when it raises none."""
    flags = safety.check(question)
    if not flags:
        return None
    rules = safety.check_rules(question)
    learned = any(f.learned is not None for f in flags)
    return evidence(
        safety.mentions(question), [f.id for f in rules], learned, safety._symptoms, classes
    )


def newest_blind(paths: Iterable[Path]) -> Path | None:
    """The highest-numbered red_flags_holdoutN among `paths`: the lead's newest blind set, never
    read by this tool (found, not named: a hand-kept name went stale when the next set landed)."""
    numbered = [
        (int(found.group(1)), p)
        for p in paths
        if (found := re.fullmatch(r"red_flags_holdout(\d+)", p.stem))
    ]
    return max(numbered)[1] if numbered else None


def default_sets() -> list[Path]:
    every = sorted((REPO / "tests" / "eval").glob("red_flags*.jsonl"))
    newest = newest_blind(every)
    sets = [p for p in every if p != newest]
    return [*sets, SHARED_DEV] if SHARED_DEV.is_file() else sets


def run(paths: list[Path], listing: bool) -> dict[tuple[str, str, str], int]:
    """Counts keyed (group, 'calm'|'red', measure); prints them, and with `listing` the design
    and other groups' soft false alarms with their evidence (never a transfer set's)."""
    safety, classes = load_safety(), load_classes()
    counts: Counter[tuple[str, str, str]] = Counter()
    for path in paths:
        name = group(path.stem)
        for item in read_set(path):
            found = read(safety, item.question, classes)
            if found is None:
                continue
            kind = "red" if item.urgent else "calm"
            counts[name, kind, "notices"] += 1
            if found.hard:
                continue
            counts[name, kind, "soft notices"] += 1
            for label, gate in GATES:
                if gate(found):
                    counts[name, kind, label] += 1
            if listing and kind == "calm" and name != "transfer":
                print(f"  soft false alarm {found} | {item.question[:160]!r}")
    measures = ["notices", "soft notices", *(label for label, _ in GATES)]
    print("| group | measure | false alarms | caught red flags |")
    print("|---|---|---|---|")
    for name in ("design", "transfer", "others"):
        for measure in measures:
            print(
                f"| {name} | {measure} | {counts[name, 'calm', measure]} | "
                f"{counts[name, 'red', measure]} |"
            )
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="labelled JSON Lines files")
    parser.add_argument("--list", action="store_true", help="list design sets' soft false alarms")
    args = parser.parse_args(argv)
    run(args.sets or default_sets(), args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
