"""Punctuation garbled on its way to backcare, read as the person typed it (hostile16 F1).

A web form, a relay or an SMS gateway hands on "I don't want to live anymore" with its apostrophe
broken, and the sign it carries was read by no door ("I don?t" is "I don" and a stray "t"):
- UTF-8 read as Windows-1252 (the web's commonest mojibake): "’" arrives as "â€™", "“" as "â€œ",
  "—" as "â€”"; read as Latin-1, with C1 controls ("â\\x80\\x99"); or twice ("Ã¢â‚¬â„¢"). Each
  such sequence is repaired as a whole, to the one character it was, for the punctuation people
  type between words: the apostrophes (data/apostrophes.txt), Latin-1's signs (U+00A0-U+00BF) and
  the General Punctuation block (dashes, quotes, the ellipsis, bullets). Letters ("Ã©" for "é")
  are left as they are: a person may write "Ã", and no sign hides behind them.
- cp1252 text that passed an ASCII or UTF-8 "replace" step: the apostrophe is "?" or U+FFFD.
  Either is read as "'" only between letters in a contraction's shape ("n?t", "I?m", "it?s",
  "you?re", "I?ve", "we?ll", "I?d"), never a question mark at a word's end ("Is it bad?I can't").

`repair` is called by query.engine_text, the one place a question is made fit for the engine: the
red-flag check and the matcher read the same repair. The text shown or echoed is never this one.
An apostrophe escaped on purpose (PHP or shell quoting, "can\\'t") is an escape, not damage:
engine/escapes.py's `unquoted`, called there next.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from backcare.lazyregex import lazy

# "?" or U+FFFD between a word's letters and a contraction's ending: "n" + "t" (don?t, can?t,
# wasn?t), "I" + "m", any letter + "s", "re", "ve", "ll", "d"
_CONTRACTION = lazy(
    r"(?:(?<=[nN])[?\ufffd](?=[tT](?![^\W_]))"
    r"|(?<=(?<![^\W\d_])[iI])[?\ufffd](?=[mM](?![^\W_]))"
    r"|(?<=[^\W\d_])[?\ufffd](?=(?:[sSdD]|[rR][eE]|[vV][eE]|[lL][lL])(?![^\W_])))"
)


def _undefined_as_c1(raw: bytes) -> str:
    """`raw` read as Windows-1252 as browsers read it: its five undefined bytes as the C1
    control of the same number (WHATWG), so "”" (E2 80 9D) is "â€\\x9d"."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes((b,)).decode("cp1252") for b in raw
    )


def _repaired_chars() -> list[str]:
    from backcare.engine.apostrophes import APOSTROPHES

    chars = {chr(c) for c in APOSTROPHES if c > 0x7F}
    chars.update(chr(c) for c in range(0xA0, 0xC0))
    chars.update(chr(c) for c in range(0x2010, 0x205F) if unicodedata.category(chr(c))[0] in "PZS")
    return sorted(chars)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each garbled form -> the character it was, and one pattern finding them, longest first."""
    forms: dict[str, str] = {}
    for char in _repaired_chars():
        raw = char.encode("utf-8")
        once = [_undefined_as_c1(raw), raw.decode("latin-1")]
        twice = [_undefined_as_c1(form.encode("utf-8")) for form in once[:1]]
        for form in (*once, *twice):
            forms.setdefault(form, char)
    pattern = re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))
    return forms, pattern


# the first character of every garbled form (a test keeps it so), tested before the table is built
LEADS = frozenset("ÂÃÊËÍÎÕßáâï")


def repair(text: str) -> str:
    """`text` with garbled punctuation read as typed (see the module); text with none of it is
    returned as it is, after a few `in` tests."""
    if not text.isascii() and any(c in text for c in LEADS):
        forms, pattern = _table()
        text = pattern.sub(lambda found: forms[found.group()], text)
    if "?" in text or "\ufffd" in text:
        text = _CONTRACTION.sub("'", text)
    return text
