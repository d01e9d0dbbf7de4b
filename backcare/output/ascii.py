"""What a stream that cannot encode a character writes instead: an ASCII look-alike for typography
and the glyphs backcare draws itself, a word for a symbol that stands for one ("GBP" for "£"), '?'
for anything else.

An ASCII or Latin-1 terminal (PYTHONIOENCODING=ascii, an old locale) would otherwise turn "more—and"
into "more?and" and a confidence bar into "??????????". A letter the stream cannot write is written
as its closest ASCII letters, its accents taken off ("público" is "publico", "Peñalara" "Penalara",
"ß" "ss"): as '?' a Spanish answer lost a letter in every other word (newcomer22 F9). A letter with
no such form (Greek, Cyrillic, CJK) is still '?'.
"""

from __future__ import annotations

import codecs
import contextlib

ERRORS = "backcare.ascii"  # the codec error handler's name, for TextIOWrapper.reconfigure

TYPOGRAPHY = {
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u201a": "'",  # ‚
    "\u201b": "'",  # ‛
    "\u2032": "'",  # ′
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u2033": '"',  # ″
    "\u00ab": '"',  # «
    "\u00bb": '"',  # »
    "\u2010": "-",  # ‐ hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # ‒
    "\u2013": "-",  # – en dash
    "\u2014": "--",  # — em dash
    "\u2015": "--",  # ―
    "\u2212": "-",  # − minus
    "\u2026": "...",  # …
    "\u00d7": "x",  # ×
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u00a1": "!",  # ¡
    "\u00b7": "-",  # · (the interactive banner's separator)
    "\u2022": "*",  # • (bullets)
    "\u2023": ">",  # ‣
    "\u25e6": "o",  # ◦
    "\u2192": "->",  # →
    "\u2588": "#",  # █ (the confidence bar's filled part)
    "\u2591": ".",  # ░ (its empty part)
    "\u2500": "-",  # ─ (rules and borders)
    "\u2502": "|",  # │
    "\u256d": "+",  # ╭
    "\u256e": "+",  # ╮
    "\u256f": "+",  # ╯
    "\u2570": "+",  # ╰
    "\u00b5": "u",  # µ (the micro sign: "5µg" is "5ug"; Greek mu is a letter, left as '?')
}

# Letters with no decomposition to an ASCII letter and an accent (the others lose their accents:
# _compatible), as they are written in ASCII
LETTERS = {
    "\u00df": "ss",  # ß
    "\u00e6": "ae",  # æ
    "\u00c6": "AE",  # Æ
    "\u0153": "oe",  # œ
    "\u0152": "OE",  # Œ
    "\u00f8": "o",  # ø
    "\u00d8": "O",  # Ø
    "\u0142": "l",  # ł
    "\u0141": "L",  # Ł
    "\u0111": "d",  # đ
    "\u0110": "D",  # Đ
    "\u00f0": "d",  # ð
    "\u00d0": "D",  # Ð
    "\u00fe": "th",  # þ
    "\u00de": "Th",  # Þ
    "\u0131": "i",  # ı dotless i
}

# Signs written in several characters, in panels too (one cell of "1/2" would be "1")
SIGNS = {
    "\u00bd": "1/2",  # ½
    "\u00bc": "1/4",  # ¼
    "\u00be": "3/4",  # ¾
    "\u00b1": "+/-",  # ±
    "\u2264": "<=",  # ≤
    "\u2265": ">=",  # ≥
    "\u2248": "~",  # ≈
    "\u00a9": "(c)",  # ©
    "\u00ae": "(R)",  # ®
}

# Symbols that stand for a word: written as the word, spaced from a number or word beside it
# ("£150" is "GBP 150", "37°C" "37 deg C"), never '?', which loses what an amount is in (newcomer12
# F10: "claim up to ?150"). A currency by its ISO code; "¥" is left out: yen or yuan, the sign
# does not say which.
WORDS = {
    "\u00a3": "GBP",  # £
    "\u20ac": "EUR",  # €
    "\u20b9": "INR",  # ₹
    "\u20a9": "KRW",  # ₩
    "\u20bd": "RUB",  # ₽
    "\u20ba": "TRY",  # ₺
    "\u20aa": "ILS",  # ₪
    "\u20a6": "NGN",  # ₦
    "\u20b1": "PHP",  # ₱
    "\u00a2": "cents",  # ¢
    "\u00b0": "deg",  # °
    "\u2122": "TM",  # ™
    "\u2116": "No.",  # №
}


# Text laid out in panels (Rich) was measured before it is encoded: there each character becomes one
# cell ("more-and", not "more--and", which would push the panel's border a column out).
CELL_ERRORS = "backcare.ascii-cells"
ONE_CELL = {
    **{ch: {"\u2192": ">", "\u2026": "."}.get(ch, sub[0]) for ch, sub in TYPOGRAPHY.items()},
    **SIGNS,
    **{ch: sub[0] for ch, sub in LETTERS.items()},
}
FLOWING = {**TYPOGRAPHY, **SIGNS, **LETTERS}


def _substitute(exc: UnicodeError, table: dict[str, str] = FLOWING) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object
    out = []
    for at in range(exc.start, exc.end):
        ch = text[at]
        word = WORDS.get(ch)
        if word is None:
            out.append(table.get(ch) or _compatible(ch, exc.encoding))
            continue
        # spaced from a letter or digit beside it; the cell table keeps the whole word too: a
        # panel's border a few columns out is better than an amount with no currency
        previous = out[-1][-1:] if out else text[at - 1 : at]
        before = " " if previous.isalnum() else ""
        after = " " if at + 1 < len(text) and text[at + 1].isalnum() else ""
        out.append(f"{before}{word}{after}")
    return "".join(out), exc.end


def _compatible(ch: str, encoding: str) -> str:
    """A digit of any script as its ASCII digit ("٠٢٠" is "020"), else the character's
    compatibility form when the stream can write it (full-width "０" is "0", the ligature "ﬁ"
    "fi"), else the character without its accents when the stream can write that ("ú" is "u"),
    else '?' (hostile13 F10: a pack's contact number in a crisis notice came out "???")."""
    import unicodedata

    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    form = unicodedata.normalize("NFKC", ch)
    bare = "".join(c for c in unicodedata.normalize("NFD", form) if not unicodedata.combining(c))
    for candidate in (form, bare):
        if candidate and candidate != ch:
            try:
                candidate.encode(encoding)
            except (UnicodeError, LookupError):
                continue
            return candidate
    return "?"


def _substitute_cells(exc: UnicodeError) -> tuple[str, int]:
    return _substitute(exc, ONE_CELL)


def register() -> str:
    """Register the handlers (idempotent) and return the name of the one for text as it flows."""
    codecs.register_error(ERRORS, _substitute)
    codecs.register_error(CELL_ERRORS, _substitute_cells)
    return ERRORS


def for_layout(stream: object) -> None:
    """Make a text stream substitute one cell for one (CELL_ERRORS), for output laid out in
    panels; a stream that cannot be reconfigured is left as it is."""
    register()
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors=CELL_ERRORS)


def to_ascii(text: str, encoding: str = "ascii") -> str:
    """`text` as a stream in `encoding` would show it (for tests and for bytes sent to a pager)."""
    return text.encode(encoding, register()).decode(encoding)
