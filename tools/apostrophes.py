"""Write data/apostrophes.txt: every character read as an apostrophe, chosen from Unicode data.

`python -m tools.apostrophes [--check]`. People type an apostrophe with whatever their keyboard,
phone or PDF gives them: the acute accent on German and Spanish keyboards ("can´t"), a prime from a
PDF ("can′t"), the full-width form of an East Asian input mode. The table is not a hand list: a
character is an apostrophe when

- it stands alone (punctuation, a spacing modifier symbol or a modifier letter: never a letter with
  a mark on it, nor a combining mark, which belongs to the letter before it), and
- its Unicode name says it is a single apostrophe, a single prime, a spacing acute or grave accent,
  or a single (not low-9, not angle) quotation mark (not double, triple, low or middle forms);

and then every other character whose compatibility form (NFKC) is that of one of these (GREEK OXIA
and TONOS are the acute accent, GREEK NUMERAL SIGN the prime). Red flags and matching read the text
after this table, before NFKC (which would turn the acute accent into a space and a combining mark).
`--check` exits 1 when the file differs from what this Python's Unicode data gives.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

FILE = Path(__file__).resolve().parent.parent / "data" / "apostrophes.txt"
_KINDS = frozenset({"Po", "Pi", "Pf", "Sk", "Lm"})  # standing alone: no letters, no marks
_NAME = re.compile(
    r"(?:^|\s)(?:APOSTROPHE|PRIME|ACUTE ACCENT|GRAVE ACCENT"
    r"|SINGLE (?:HIGH-REVERSED-9 )?QUOTATION MARK)$"
)
_NOT = re.compile(r"\b(?:DOUBLE|TRIPLE|QUADRUPLE|LOW|MIDDLE)\b")


def apostrophes() -> list[str]:
    """The characters read as an apostrophe, in code point order."""
    everything = [chr(c) for c in range(sys.maxunicode + 1)]
    named = {
        ch
        for ch in everything
        if unicodedata.category(ch) in _KINDS
        and _NAME.search(name := unicodedata.name(ch, ""))
        and not _NOT.search(name)
    }
    forms = {unicodedata.normalize("NFKC", ch) for ch in named}
    same = {
        ch
        for ch in everything
        if unicodedata.category(ch) in _KINDS and unicodedata.normalize("NFKC", ch) in forms
    }
    return sorted(named | same)


def render() -> str:
    lines = [
        "# Characters read as an apostrophe (written by `python -m tools.apostrophes`; do not edit).",
        f"# Unicode {unicodedata.unidata_version}. One code point a line; the rest is a comment.",
    ]
    lines += [f"U+{ord(ch):04X}  # {unicodedata.name(ch)}" for ch in apostrophes()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = FILE.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{FILE} differs from this Python's Unicode data")
        return 0 if same else 1
    FILE.write_text(text, encoding="utf-8")
    print(f"wrote {FILE} ({text.count('U+')} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
