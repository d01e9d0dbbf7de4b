"""One apostrophe fold for matching and red flags: every character typed for an apostrophe becomes "'".

The characters are chosen from Unicode data by tools/apostrophes.py (data/apostrophes.txt): the
acute accent of German and Spanish keyboards ("can´t"), primes from PDFs ("can′t"), full-width
and modifier-letter forms, the curly quotes. Fold before NFKC: NFKC turns the acute accent into a
space and a combining mark, which would split "can´t" into "can" and "t".

The same file gives the red-flag reading two more folds (harden14): characters read as other text
(small capitals as their letter, invisible default-ignorable marks as nothing, Hangul fillers as
spaces: READING) and negations written out read as their contractions ("I do not want to live" as
"I don't want to live": join_contractions), since the vocabulary is written with contractions.
"""

from __future__ import annotations

import json
import re

from backcare.lazyregex import lazy
from backcare.resources import DataError, read_text

FILE = "apostrophes.txt"


def _tables() -> tuple[dict[int, str], dict[int, str], dict[str, str], frozenset[str]]:
    apostrophes: dict[int, str] = {}
    others: dict[int, str] = {}
    written: dict[str, str] = {}
    kept: set[str] = set()
    # each line's field (the text before its comment) split at its arrow, once: the readings
    # and the loop below read the same parts (~1.3M instructions of a cold ask, issue 17)
    fields = [
        (field, field.partition(" -> "))
        for line in read_text(FILE).splitlines()
        if (field := line.split("#", 1)[0].strip())
    ]
    readings = _readings(fields)
    for field, (what, arrow, to) in fields:
        if field.startswith("not "):
            kept.add(field[4:])  # "not able": "was not able" stays as written
            continue
        if arrow and not what.startswith("U+"):
            written[what] = to  # "do not -> don't"
            continue
        if not what.startswith("U+"):
            raise DataError(f"bundled data file {FILE}: {field!r} is not a code point (U+XXXX)")
        try:
            code = int(what[2:], 16)
            if arrow:
                reading = readings.get(to) if readings is not None else json.loads(to)
                if not isinstance(reading, str):
                    raise ValueError(to)
                others[code] = reading
            else:
                apostrophes[code] = "'"
        except ValueError:
            raise DataError(f"bundled data file {FILE}: {field!r} is not a code point") from None
    return apostrophes, others, written, frozenset(kept)


def _readings(fields: list[tuple[str, tuple[str, str, str]]]) -> dict[str, object] | None:
    """Each code point's reading as written ('"\\u3164"') and its value, decoded as one JSON
    array: 290 calls of json.loads cost a cold ask ~1% (issue 17), one call a hundredth of
    that. None when the array is not one value for each (a reading that is no JSON string, or
    holds a ','): `_tables` then decodes each alone and names the bad line."""
    written = [to for _, (what, arrow, to) in fields if arrow and what.startswith("U+")]
    try:
        decoded = json.loads("[" + ",".join(written) + "]")
    except ValueError:
        return None
    if len(decoded) != len(written):
        return None
    return dict(zip(written, decoded, strict=True))


APOSTROPHES, _OTHERS, _WRITTEN, _KEPT = _tables()
# the red-flag reading's fold: apostrophes and the characters read as other text, in one pass
READING = {**APOSTROPHES, **_OTHERS}


def fold_apostrophes(text: str) -> str:
    """`text` with every apostrophe look-alike made "'" (before NFKC: see the module's note)."""
    return text.translate(APOSTROPHES)


# "can t", "don t": an apostrophe typed as a space (a phone keyboard's missing key, text from a
# font that dropped it). Only a "t" alone after a word ending in "n": the negations (can't, don't,
# isn't, won't), where the lost apostrophe turns "I can't pee" into "I can" and a stray "t". No
# other lone "t" follows such a word in any of the eval sets (measured in docs/hardening.md).
# The same for an apostrophe with spaces around it ("can ' t", "can' t") or typed twice
# ("can''t", from "can'’t").
_SPACED_NOT = lazy(r"(?<=[^\W\d_][nN])(?: | ?'{2,} ?| '+ ?|'+ )([tT])(?![\w'-])")
# "ca n't", "do n't": the contraction split off as NLP tokenisers (Penn Treebank) write it
_SPLIT_NT = lazy(r"(?<=[^\W\d_]) (?=[nN]'[tT](?![\w'-]))")
# "do not", "cannot" (data/apostrophes.txt), with the word after it: "not" stays before a word
# the vocabulary reads after "not" (_KEPT: "was not able", "is not going away")
_WRITTEN_NOT = lazy(
    r"\b(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(_WRITTEN, key=len)[::-1])
    + r")\b(?=(\s+[^\W\d_]+)?)",
    re.IGNORECASE,
)


def _contracted(found: re.Match[str]) -> str:
    written = found.group()
    after = found.group(1)
    # only a "not" of its own is read by a phrase's "not": "cannot even" holds none (safety75:
    # "Cannot even put my socks on" read "cannot" where "Can't even ..." read "cant")
    spelt = written.lower().split()[-1] == "not"
    if after is not None and spelt and after.strip().lower() in _KEPT:
        return written
    short = _WRITTEN[" ".join(written.lower().split())]
    if written.isupper():
        return short.upper()
    return short[0].upper() + short[1:] if written[0].isupper() else short


def join_spaced_nots(text: str) -> str:
    """ "I can t pee" -> "I can't pee" (for the red-flag reading; see _SPACED_NOT)."""
    if " t" not in text and " T" not in text and "'" not in text:
        return text
    if "n'" in text or "N'" in text:
        text = _SPLIT_NT.sub("", text)
    return _SPACED_NOT.sub(r"'\1", text)


def join_contractions(text: str) -> str:
    """The red-flag reading's negations as the vocabulary writes them: "I can t pee", "I ca n't
    pee", "I can ' t pee" and "I can not pee" all read "I can't pee" (see the patterns above)."""
    text = join_spaced_nots(text)
    if "not" in text or "NOT" in text or "Not" in text:
        text = _WRITTEN_NOT.sub(_contracted, text)
    return text
