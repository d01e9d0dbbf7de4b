"""Write data/lookalikes.txt: letters of other scripts that look like a Latin letter (harden17).

`python -m tools.lookalikes [--check]`, with the `confusable-homoglyphs` package installed (a
development tool only: backcare reads the data file, never the package). The source is Unicode's
own confusables data (UTS #39, confusables.txt), as that package ships it: a letter is listed when
its confusable prototype is one ASCII letter ("а" CYRILLIC SMALL LETTER A: "a", "ο" GREEK SMALL
LETTER OMICRON: "o", "ɑ" LATIN SMALL LETTER ALPHA: "a"). Only letters whose compatibility form
(NFKC) is themselves: fullwidth and mathematical letters are already folded by NFKC, which the
reading applies first. ASCII letters themselves are never listed.

One exception to the prototypes: UTS #39 writes the vertical-stroke class (capital I, small l,
digit one) as "l". A capital letter of that class (CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN
I, GREEK CAPITAL LETTER IOTA, PALOCHKA) is read as "I", the capital it stands for in a Latin word
("Ι want to kill myself"); a small letter keeps "l".

`--check` exits 1 when the file differs from what the installed package gives.
"""

from __future__ import annotations

import json
import string
import sys
import unicodedata
from pathlib import Path

from tools import generated

FILE = Path(__file__).resolve().parent.parent / "data" / "lookalikes.txt"


def lookalikes() -> tuple[str, list[tuple[str, str]]]:
    """The package's version and (letter, Latin letter) pairs in code point order."""
    import confusable_homoglyphs  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from confusable_homoglyphs import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
        __version__,
    )

    source = Path(confusable_homoglyphs.__file__).parent / "confusables.json"
    table: dict[str, list[dict[str, str]]] = json.loads(source.read_text(encoding="utf-8"))
    found = []
    for char, others in table.items():
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        if unicodedata.normalize("NFKC", char) != char:
            continue
        latin = sorted(
            {o["c"] for o in others if len(o["c"]) == 1 and o["c"] in string.ascii_letters}
        )
        if len(latin) != 1:
            continue  # none, or several (never, in the data read): no one reading
        letter = latin[0]
        if letter == "l" and unicodedata.category(char) == "Lu":
            letter = "I"
        found.append((char, letter))
    return str(__version__), sorted(found)


def render() -> str:
    version, pairs = lookalikes()
    lines = [
        "# Letters read as the Latin letter they look like, by the red-flag reading only, inside",
        "# a word among Latin words (written by `python -m tools.lookalikes`; do not edit).",
        f"# Source: Unicode confusables (UTS #39) as confusable-homoglyphs {version} ships it.",
        "# One letter a line: U+XXXX -> its Latin letter; the rest is a comment.",
    ]
    for char, letter in pairs:
        lines.append(f"U+{ord(char):04X} -> {letter}  # {unicodedata.name(char, '?')}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return generated.main(
        argv,
        __doc__ or "",
        FILE,
        render,
        stale="is out of date: run python -m tools.lookalikes",
        written=lambda text: f"{text.count(' -> ')} letters",
    )


if __name__ == "__main__":
    sys.exit(main())
