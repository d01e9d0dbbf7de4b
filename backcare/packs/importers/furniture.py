"""Page furniture a leaflet carries on every page, and the notes that leave it out (harden21).

A word processor's running header and footer (Word's MsoHeader/MsoFooter paragraphs, pdftext's
page-number lines and the lines beside them) and an organisation's logo: the same on every page,
nothing a reader of the FAQ misses, so their notes are routine, unless the furniture asks a
question or sends its reader to emergency care ("In an emergency call 999" on every page).
"""

from __future__ import annotations

import re
from collections import Counter

from backcare.packs.importers.result import clip
from backcare.packs.notes import Note, NoteKind, dropped, routine

WORD_FURNITURE = re.compile(r"\bMso(?:Header|Footer)\b", re.I)
_EMERGENCY = re.compile(r"\b(?:999|911|112|111|000|emergenc\w*|a&e|ambulance|urgent\w*)\b", re.I)
_LOGO = re.compile(r"\blogo\b", re.I)
_LOGO_WORDS = 6  # "Northbrook Teaching Hospitals NHS logo"; longer alt text may say more


def running_kind(text: str) -> NoteKind:
    """A running header or footer left out is routine (a trust's name and a leaflet number are
    the same on every page: nothing a reader misses), unless it asks a question or sends its
    reader to emergency care ("In an emergency call 999" on every page: that is advice)."""
    return NoteKind.CONTENT if _EMERGENCY.search(text) or "?" in text else NoteKind.ROUTINE


def word_furniture_note(found: dict[str, int]) -> Note:
    """The note for Word's page header and footer paragraphs (class MsoHeader, MsoFooter)."""
    said = quoted(Counter(found))
    return Note(
        f"left out {sum(found.values())} paragraphs of Word's page header and footer (class "
        f"MsoHeader, MsoFooter): {said}",
        running_kind(" ".join(found)),
    )


def image_note(alt: str) -> Note:
    """The note for an image dropped with its alt text: routine for a logo ("NHS logo": an
    organisation's mark, never a reader's content: newcomer14 F11), else routine only while the
    text holds nothing a reader would miss."""
    if _LOGO.search(alt) and len(alt.split()) <= _LOGO_WORDS:
        return routine(f"dropped an image: {clip(alt)!r}")
    return dropped(f"dropped an image: {clip(alt)!r}", clip(alt))


QUOTED_LINES = 6  # furniture lines a note quotes; the rest are counted


def quoted(found: Counter[str]) -> str:
    """The furniture lines left out, quoted with their counts: the first QUOTED_LINES of them,
    then how many more (a page of a thousand page numbers made a note of a megabyte)."""
    said = "; ".join(
        f"{clip(line, 80)!r}" + (f" ({n} times)" if n > 1 else "")
        for line, n in list(found.items())[:QUOTED_LINES]
    )
    more = len(found) - QUOTED_LINES
    return said + (f"; and {more} more" if more > 0 else "")
