"""Generate large FAQ packs for the benchmark: `python tools/make_pack.py [--kind K] 50000 big.json`.

Kinds:
- `synthetic` (default): questions and answers from a fixed back-care vocabulary with a seeded RNG
  (Zipf-like word choice), so every run and machine gets the same bytes;
- `common`: one small vocabulary, so every query word is in 40-60% of entries: the worst case for
  an inverted index (the generator of the review's make_common_pack.py, same seed, same bytes);
- `man`: real text, one entry per manual page installed on this machine (/usr/share/man): the
  question from its NAME line, the answer from its DESCRIPTION. Depends on the machine; the
  benchmark reports how many pages it found.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def make_pack(count: int, seed: int = 20261125) -> dict[str, Any]:
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


COMMON_WORDS = (
    "back neck shoulder knee hip spine muscle joint pain ache stiff tight sore swelling posture "
    "sitting standing walking running lifting sleep stretch yoga heat ice massage rest exercise "
    "strength weakness numbness tingling injury recovery week month day doctor physio therapy "
    "medicine cream tablet dose morning night desk chair car phone screen water food diet weight "
    "bone disc nerve tendon ligament cramp spasm brace pillow mattress shoe foot ankle wrist elbow "
    "arm leg"
).split()
COMMON_STEMS = (
    "How do I|What causes|Why does my|When should I|Can I|Is it normal that my|What helps|"
    "How long does"
).split("|")


def make_common_pack(count: int, seed: int = 42) -> dict[str, Any]:
    rng = random.Random(seed)
    entries = []
    for i in range(count):
        stem = rng.choice(COMMON_STEMS)
        question = f"{stem} {' '.join(rng.sample(COMMON_WORDS, rng.randint(3, 7)))}?"
        answer = " ".join(
            " ".join(rng.sample(COMMON_WORDS, rng.randint(6, 14))).capitalize() + "."
            for _ in range(rng.randint(2, 5))
        )
        topic = rng.choice(["Pain", "Stiffness", "Recovery", "Exercise"])
        entries.append({"id": f"e{i}", "question": question, "answer": answer, "topic": topic})
    return {"title": f"Synthetic pack of {count}", "entries": entries}


_TROFF_ESCAPE = re.compile(r"\\f[BIRP]|\\f\(..|\\[-&e|^ ]|\\\*\(..|\\\(..|\\.")


def make_man_pack(count: int, root: Path = Path("/usr/share/man")) -> dict[str, Any]:
    """Up to `count` entries from the manual pages under `root`, in a fixed (sorted) order."""
    entries: list[dict[str, Any]] = []
    seen = set()
    for page in sorted(root.glob("man[1-8]/*.gz")):
        name = page.name.split(".")[0]
        if name in seen:
            continue
        try:
            text = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        except (OSError, EOFError):
            continue
        sections = _man_sections(text)
        summary = sections.get("NAME", "").partition(" - ")[2].strip()
        answer = sections.get("DESCRIPTION", "").strip()
        if not summary or len(answer) < 40:
            continue
        seen.add(name)
        entries.append(
            {
                "id": f"man-{len(entries):05d}",
                # within the pack limits (backcare/packs/limits.py: a question of 1,000 characters)
                "question": f"What does {name[:100]} do: {summary[:800]}?",
                "answer": answer[:1500],
                "topic": f"section {page.parent.name[3:]}",
                "aliases": [f"{name} command"],
            }
        )
        if len(entries) == count:
            break
    return {"title": f"Manual pages ({len(entries)})", "entries": entries}


def _man_sections(text: str) -> dict[str, str]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith(".SH"):
            title = line[3:].strip().strip('"').upper()
            current = sections.setdefault(title, [])
        elif current is not None and not line.startswith((".", "'")):
            plain = _TROFF_ESCAPE.sub("", line.replace("\\-", "-")).replace("\\", "").strip()
            if plain:
                current.append(plain)
    return {k: " ".join(v) for k, v in sections.items()}


KINDS: dict[str, Callable[[int], dict[str, Any]]] = {
    "synthetic": make_pack,
    "common": make_common_pack,
    "man": make_man_pack,
}


def markdown_page(pack: dict[str, Any]) -> str:
    """A pack written as the Markdown FAQ page a clinic might publish: its title, a `##` heading
    per topic, a `###` heading per question, the answer below it (what `--faq page.md` imports)."""
    lines = [f"# {pack['title']}", ""]
    topic = None
    for entry in sorted(pack["entries"], key=lambda e: str(e.get("topic", ""))):
        if entry.get("topic") != topic:
            topic = entry.get("topic")
            lines += [f"## {topic}", ""]
        lines += [f"### {entry['question']}", "", entry["answer"], ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=sorted(KINDS), default="synthetic")
    parser.add_argument(
        "--markdown", action="store_true", help="write a Markdown FAQ page, not a pack"
    )
    parser.add_argument("count", type=int, nargs="?", default=50_000)
    parser.add_argument("out", type=Path, nargs="?")
    args = parser.parse_args()
    out = args.out or Path(f"pack-{args.kind}-{args.count}.json")
    pack = KINDS[args.kind](args.count)
    out.write_text(markdown_page(pack) if args.markdown else json.dumps(pack), encoding="utf-8")


if __name__ == "__main__":
    main()
