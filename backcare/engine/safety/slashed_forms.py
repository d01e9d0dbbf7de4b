"""A form pasted on one line, its items parted by " / " (safety95, issue #12, review23 and
review24: "Numbness: no / Bladder/bowel: normal / Fever: no / Weight loss: YES, about a stone
in 2 months", "Fever: No / ... / Bladder: No / Legs: both feel like they're not mine and
wobbly"): each item is read on its own line, as the same form's lines are. Read as one sentence,
each item's "no" reached into the next item ("No / Bladder") and an answer's words ran on into
the next item's, so a sign told in one item was denied by the one before it.

A text is such a form when at least MIN_ITEMS of its parts between " / " (a slash with spaces
around it: "Bladder/bowel" is one item) are each an item of one to four words and its colon.
A form's lines run together when pasted into one line also leave a gap of two or more spaces or a
tab between items (safety101, red flags 35: "Weight loss: Y (unexplained, 6kg in 2 months)  Fever:
N  Numbness: N", whose "N" after fever ran on into "Numbness" and whose weight loss was no form's
item, so no back was read with it): such a gap parts a form's items as " / " does, by the same
test (a sentence's double space after a full stop parts no items of a form).
Pure text in, text out."""

from __future__ import annotations

import re

from backcare.engine.safety.text_gates import may_list_items
from backcare.lazyregex import lazy

# the parts a one-line form needs: fewer may be a sentence with a slash ("back / hip pain")
MIN_ITEMS = 3
_SLASH = lazy(r"[^\S\n]+/[^\S\n]+")
_GAP = lazy(r"[^\S\n]*\t[^\S\n]*|[^\S\n]{2,}")  # a tab, or two spaces or more
# an item of one to four words (a word may hold a slash: "Bladder/bowel") and its colon
_ITEM = lazy(r"^[^\S\n]*[^\W\d_][\w'/-]*(?:[^\S\n]+[\w'/-]+){0,3}[^\S\n]*:")


def slashes_as_lines(text: str) -> str:
    """The text with a one-line form's " / " or wide gaps read as line breaks; any other text
    as it was."""
    if not may_list_items(text):
        return text
    for parting, marks in ((_SLASH, (" / ",)), (_GAP, ("  ", "\t"))):
        if any(mark in text for mark in marks):
            text = _parted(text, parting)
    return text


def _parted(text: str, parting: re.Pattern[str]) -> str:
    """The text with each line whose parts between `parting`'s matches hold MIN_ITEMS items
    read as those parts' lines."""
    out = []
    for line in text.split("\n"):
        parts = parting.split(line)
        items = sum(_ITEM.match(part) is not None for part in parts)
        out.append("\n".join(parts) if items >= MIN_ITEMS else line)
    return "\n".join(out)
