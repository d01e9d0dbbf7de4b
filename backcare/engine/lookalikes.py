"""Letters of other scripts that look like Latin ones, read as Latin by the red-flag reading (harden17).

A Russian or Greek keyboard layout left on for one letter, text pasted from a messenger or a
scraped chat writes "i cаnt pee" with a Cyrillic "а", or "I want to kill mysеlf" with a Cyrillic
"е". NFKC folds fullwidth and mathematical letters, but not these: they are letters of their own
script. The table (data/lookalikes.txt, written by tools/lookalikes.py from Unicode's confusables
data) gives the Latin letter each looks like.

A real word of another script must not become Latin gibberish (a Russian "рус" is not "pyc"), so a
letter is read as Latin only inside a word whose every letter is Latin or listed, and then only
when the word holds a Latin letter itself ("cаnt": a word never mixes scripts) or the question's
other words are mostly Latin ("I can't рее": two Latin words, no Russian one). A Russian or Greek
sentence keeps its words as written.

`read_as_latin` is for the red-flag reading only: what is echoed, stored or matched is never
altered. `skeleton` is the unconditional fold used to compare identifiers ("rest", "rеst" and
"ｒｅｓｔ" are one id to a reader).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from backcare.lazyregex import lazy
from backcare.resources import DataError, read_text

FILE = "lookalikes.txt"
_WORD = lazy(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """Code point -> the Latin letter it looks like (read once, when a question needs it)."""
    found: dict[int, str] = {}
    for line in read_text(FILE).splitlines():
        field = line.split("#", 1)[0].strip()
        if not field:
            continue
        what, arrow, letter = field.partition(" -> ")
        try:
            if not (arrow and what.startswith("U+") and letter.isascii() and letter.isalpha()):
                raise ValueError(field)
            found[int(what[2:], 16)] = letter
        except ValueError:
            raise DataError(
                f"bundled data file {FILE}: {field!r} is not 'U+XXXX -> letter'"
            ) from None
    return found


@lru_cache(maxsize=1)
def _letters() -> frozenset[str]:
    return frozenset(map(chr, table()))


@lru_cache(maxsize=4096)
def _latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN ")


def _kind(word: str, listed: frozenset[str]) -> str:
    """'latin' (Latin letters only, none listed), 'foreign' (a letter of another script that is
    not listed), 'mixed' (listed letters and a Latin one) or 'listed' (listed letters only)."""
    has_listed = has_latin = False
    for char in word:
        if char in listed:
            has_listed = True
        elif _latin(char):
            has_latin = True
        else:
            return "foreign"
    if not has_listed:
        return "latin"
    return "mixed" if has_latin else "listed"


def read_as_latin(text: str) -> str:
    """`text` with look-alike letters read as Latin where its words are Latin (module's note)."""
    if text.isascii():
        return text
    listed = _letters()
    if listed.isdisjoint(text):
        return text
    words = [(m.span(), _kind(m.group(), listed)) for m in _WORD.finditer(text)]
    latin = sum(kind == "latin" for _, kind in words)
    foreign = sum(kind == "foreign" for _, kind in words)
    mostly_latin = latin > foreign
    letters = table()
    parts = []
    last = 0
    for (start, end), kind in words:
        if kind == "mixed" or (kind == "listed" and mostly_latin):
            parts.append(text[last:start])
            parts.append(text[start:end].translate(letters))
            last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def skeleton(text: str) -> str:
    """`text` as a reader sees it, for comparing identifiers: compatibility forms folded (NFKC),
    case folded and every look-alike letter read as its Latin letter, wherever it stands."""
    folded = unicodedata.normalize("NFKC", text).translate(table())
    return unicodedata.normalize("NFKC", folded.casefold())
