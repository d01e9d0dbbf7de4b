"""Build tests/eval/lsof_faq.json from Debian's /usr/share/doc/lsof/00FAQ.gz (the lsof FAQ by Vic Abell).

A pack unlike back care (long technical answers, no aliases, no lexicon) for checking that the engine
adapts to a pack: `python -m tools.make_lsof_pack tests/eval/lsof_faq.json`. Sections 1 (general) and
3 (problems) are kept; answers are cut to 1,500 characters.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

SOURCE = Path("/usr/share/doc/lsof/00FAQ.gz")
HEADING = re.compile(r"^(\d+(?:\.\d+)+)\s+(\S.*)$")


def entries(text: str) -> list[dict[str, str]]:
    lines = text.splitlines()
    body = lines[[i for i, line in enumerate(lines) if line.startswith("1.1\tLsof")][1] :]
    found: list[tuple[str, str, list[str]]] = []
    i = 0
    while i < len(body):
        match = HEADING.match(body[i])
        if not match:
            if found:
                found[-1][2].append(body[i])
            i += 1
            continue
        title, i = match.group(2).strip(), i + 1
        # a long heading continues on the next, indented line
        while not title.endswith(("?", ":")) and i < len(body) and body[i][:1] in "\t ":
            more = body[i].strip()
            if not more or len(more) > 70 or more.startswith(("$", "-")):
                break
            title, i = f"{title} {more}", i + 1
        found.append((match.group(1), re.sub(r"\s+", " ", title), []))
    out = []
    for number, question, text_lines in found:
        answer = re.sub(r"_{5,}", "", re.sub(r"\s+", " ", " ".join(text_lines))).strip()
        if question.endswith("?") and number.startswith(("1.", "3.")) and len(answer) >= 40:
            if len(answer) > 1500:
                answer = answer[:1500].rsplit(" ", 1)[0] + " ..."
            out.append(
                {"id": "lsof-" + number.replace(".", "-"), "question": question, "answer": answer}
            )
    return out


def main() -> None:
    with gzip.open(SOURCE, "rt", encoding="latin-1") as source:
        text = source.read()
    pack = {
        "title": "lsof FAQ (sections 1 and 3)",
        "source": f"Debian's {SOURCE}, 'Frequently Asked Questions about lsof' by Vic Abell (2014); "
        "answers cut to 1,500 characters. Used only to test per-pack adaptivity.",
        "lexicon": {"builtin": False},
        "entries": entries(text),
    }
    Path(sys.argv[1]).write_text(json.dumps(pack, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
