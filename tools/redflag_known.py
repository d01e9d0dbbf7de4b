"""Regenerate tests/eval/known_red_flags.json: `python -m tools.redflag_known [--check]`.

The guard (tests/test_safety_sets.py) holds every labelled red-flag set in tests/eval to 100% caught
and no false alarm, except the failures listed in known_red_flags.json. After a red-flag change,
this rewrites the list from what the check now does, set by set in file order (its 'about' is
kept), so a failure fixed leaves it and a new one enters it; the diff is what the change moved, and
each entry that enters must be accepted in docs/safety.md. --check prints the diff's size and
writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from backcare.engine.safety import load_safety

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"
KNOWN = EVAL / "known_red_flags.json"


def is_red_flag(item: dict[str, Any]) -> bool:
    return bool(item["urgent"]) if "urgent" in item else item["flag"] is not None


def failures() -> dict[str, dict[str, list[str]]]:
    safety = load_safety()
    out: dict[str, dict[str, list[str]]] = {}
    for path in sorted(EVAL.glob("red_flags*.jsonl")):
        kinds: dict[str, list[str]] = {"missed": [], "flagged": [], "not_emergency": []}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            flags = safety.check(item["q"])
            if is_red_flag(item):
                if not flags:
                    kinds["missed"].append(item["q"])
                elif item.get("tier") == "emergency" and flags[0].urgency != "emergency":
                    kinds["not_emergency"].append(item["q"])
            elif flags:
                kinds["flagged"].append(item["q"])
        if any(kinds.values()):
            out[path.stem] = kinds
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print what would change only")
    args = parser.parse_args(argv)
    old = json.loads(KNOWN.read_text(encoding="utf-8"))
    new = failures()
    for name in sorted(set(old["sets"]) | set(new)):
        for kind in ("missed", "flagged", "not_emergency"):
            before = set(old["sets"].get(name, {}).get(kind, ()))
            after = set(new.get(name, {}).get(kind, ()))
            for q in sorted(before - after):
                print(f"- {name} {kind}: {q}")
            for q in sorted(after - before):
                print(f"+ {name} {kind}: {q}")
    if not args.check:
        text = json.dumps({"about": old["about"], "sets": new}, indent=2, ensure_ascii=False)
        KNOWN.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
