"""What a stream that cannot encode a character writes instead: an ASCII look-alike for typography
and the glyphs backcare draws itself, '?' for anything else.

An ASCII or Latin-1 terminal (PYTHONIOENCODING=ascii, an old locale) would otherwise turn "more—and"
into "more?and" and a confidence bar into "??????????". Only typographic characters are substituted,
never letters: what a pack says is not rewritten beyond its punctuation (an accented letter the
stream cannot show is still '?', as before).
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
}


# Text laid out in panels (Rich) was measured before it is encoded: there each character becomes one
# cell ("more-and", not "more--and", which would push the panel's border a column out).
CELL_ERRORS = "backcare.ascii-cells"
ONE_CELL = {ch: {"\u2192": ">", "\u2026": "."}.get(ch, sub[0]) for ch, sub in TYPOGRAPHY.items()}


def _substitute(exc: UnicodeError, table: dict[str, str] = TYPOGRAPHY) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    shown = exc.object[exc.start : exc.end]
    return "".join(table.get(ch, "?") for ch in shown), exc.end


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
