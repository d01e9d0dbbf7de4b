"""One apostrophe fold for matching and red flags: every character typed for an apostrophe becomes "'".

The characters are chosen from Unicode data by tools/apostrophes.py (data/apostrophes.txt): the
acute accent of German and Spanish keyboards ("can´t"), primes from PDFs ("can′t"), full-width
and modifier-letter forms, the curly quotes. Fold before NFKC: NFKC turns the acute accent into a
space and a combining mark, which would split "can´t" into "can" and "t".
"""

from __future__ import annotations

from backcare.resources import DataError, read_text

FILE = "apostrophes.txt"


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in read_text(FILE).splitlines():
        field = line.split("#", 1)[0].strip()
        if not field:
            continue
        if not field.startswith("U+"):
            raise DataError(f"bundled data file {FILE}: {field!r} is not a code point (U+XXXX)")
        try:
            table[int(field[2:], 16)] = "'"
        except ValueError:
            raise DataError(f"bundled data file {FILE}: {field!r} is not a code point") from None
    return table


APOSTROPHES = _table()


def fold_apostrophes(text: str) -> str:
    """`text` with every apostrophe look-alike made "'" (before NFKC: see the module's note)."""
    return text.translate(APOSTROPHES)
