"""Generate a large FAQ pack deterministically: `python tools/make_pack.py 50000 big.json`.

Questions and answers are built from a fixed vocabulary with a seeded RNG (Zipf-like word choice),
so every run and machine gets the same bytes. Used by tools/bench.py for the scale targets.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SUBJECTS = (
    "back neck shoulder hip knee ankle wrist elbow spine muscle tendon ligament joint disc nerve "
    "posture core glute hamstring calf quad foot arm leg chest rib pelvis jaw thumb heel arch"
).split()
PROBLEMS = (
    "pain stiffness tightness weakness ache cramp spasm strain sprain swelling numbness tingling "
    "soreness fatigue instability clicking grinding inflammation tension atrophy"
).split()
CONTEXTS = (
    "after running|after sitting|at night|in the morning|when lifting|after the gym|at work|"
    "when walking|after cycling|when standing|during pregnancy|after surgery|in winter|"
    "when sleeping|after gardening|when driving|after swimming|during yoga|after a long flight"
).split("|")
ASKS = (
    "How do I ease {p} in my {s} {c}?|Why does my {s} get {p} {c}?|What causes {s} {p} {c}?|"
    "Is {s} {p} {c} normal?|Should I use heat or ice for {s} {p} {c}?|"
    "Which stretches help {s} {p} {c}?|How long does {s} {p} last {c}?"
).split("|")
FILLER = (
    "rest gently stretch warm cold compress walk daily strengthen mobility routine physiotherapist "
    "doctor weeks days improve gradually avoid heavy lifting posture breaks water sleep pillow "
    "support brace massage roller band exercise repeat slowly breathe relax symptoms persist worse"
).split()


def make_pack(count: int, seed: int = 20261125) -> dict[str, object]:
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(FILLER))]
    entries = []
    for n in range(count):
        s, p, c = rng.choice(SUBJECTS), rng.choice(PROBLEMS), rng.choice(CONTEXTS)
        question = rng.choice(ASKS).format(s=s, p=p, c=c)
        words = rng.choices(FILLER, weights=weights, k=rng.randint(25, 60))
        answer = f"For {s} {p} {c}: " + " ".join(words) + "."
        entries.append(
            {
                "id": f"entry-{n:06d}",
                "question": question,
                "answer": answer,
                "topic": s,
                "tags": [p, c.split()[-1]],
            }
        )
    return {"title": f"Synthetic pack of {count} entries", "entries": entries}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"pack-{count}.json")
    out.write_text(json.dumps(make_pack(count)), encoding="utf-8")


if __name__ == "__main__":
    main()
