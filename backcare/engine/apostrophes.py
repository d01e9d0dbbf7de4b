"""One apostrophe fold for matching and red flags: every character typed for an apostrophe becomes "'".

The characters are chosen from Unicode data by tools/apostrophes.py (data/apostrophes.txt): the
acute accent of German and Spanish keyboards ("can´t"), primes from PDFs ("can′t"), full-width
and modifier-letter forms, the curly quotes. Fold before NFKC: NFKC turns the acute accent into a
space and a combining mark, which would split "can´t" into "can" and "t".
"""

from __future__ import annotations

import re

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


# "can t", "don t": an apostrophe typed as a space (a phone keyboard's missing key, text from a
# font that dropped it). Only a "t" alone after a word ending in "n": the negations (can't, don't,
# isn't, won't), where the lost apostrophe turns "I can't pee" into "I can" and a stray "t". No
# other lone "t" follows such a word in any of the eval sets (measured in docs/hardening.md).
_SPACED_NOT = re.compile(r"(?<=[^\W\d_][nN]) ([tT])(?![\w'-])")


def join_spaced_nots(text: str) -> str:
    """ "I can t pee" -> "I can't pee" (for the red-flag reading; see _SPACED_NOT)."""
    if " t" not in text and " T" not in text:
        return text
    return _SPACED_NOT.sub(r"'\1", text)
