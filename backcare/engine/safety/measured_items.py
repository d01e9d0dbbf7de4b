"""A form's item answered by a measure is read with its measure (safety101, issue #12, red flags
35: "Temperature: 38.9  Back pain: Y  Numbness: N  Bladder: normal"). A colon ends a clause, and a
phrase stays within one, so "Temperature: 38.9" named a temperature and a number apart: the
vocabulary's reading of a temperature in the fever range ("temperature 38.9", "temp of 39") never
met its number, and the rules read no fever. An item of one to three words at a line's start whose
answer is a number (a decimal point or comma allowed, a unit may follow) is read as the item and
its number in one clause ("Temperature 38.9"), as it would be said; the number classes then judge
it as they do in a sentence ("Temperature: 37.2" is no fever). A number that begins a longer
answer ("Fever: 2 days now") is read so too: the item's words and the answer's belong together.
Pure text in, text out."""

from __future__ import annotations

from backcare.engine.safety.text_gates import may_list_items
from backcare.lazyregex import lazy

# an item of one to three words at a line's start, its colon, then a number
_MEASURED = lazy(
    r"(?m)^(?P<item>[^\S\n]*[^\W\d_][\w'-]*(?:[^\S\n]+[^\W\d_][\w'-]*){0,2})[^\S\n]*:"
    r"(?=[^\S\n]*\d+(?:[.,]\d+)?(?![\w.,]*\d))"
)


def measures_read(text: str) -> str:
    """The text with each item answered by a number read as the item and its number."""
    if not may_list_items(text):
        return text
    return _MEASURED.sub(lambda found: found.group("item"), text)
