"""An HTML ordered list's item numbers as a browser shows them (harden22, hostile14 F9).

`<ol reversed>` counts down from its item count (or `start`), `<li value="10">` sets an item's
number and the items after it count on from there, and `<ol type="a|A|i|I">` shows letters or
roman numerals. The import numbered every list 1, 2, 3 from `start`: "3, 2, 1" became "1, 2, 3".
The answer format's numbered items are decimal numbers (answer.LIST_ITEM: what renderers read), so
an item a browser shows with a letter, a roman numeral or a negative number is written as a bullet
item that opens with that label ("- b. Lie down"): the label is kept, the list stays a list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.packs.importers.htmltree import Node

_INTEGER = re.compile(r"\s*([+-]?\d{1,9})(?!\d)")  # as browsers read `start` and `value`
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
MAX_NUMBER = 999_999_999  # answer.LIST_ITEM's numbers have at most nine digits


def html_integer(text: str) -> int | None:
    """An attribute's integer as a browser reads it ('10', ' -2', '3rd' is 3), or None."""
    found = _INTEGER.match(text)
    return int(found.group(1)) if found else None


def item_numbers(
    count: int, start: int | None, values: list[int | None], reverse: bool
) -> list[int]:
    """The numbers a browser gives `count` items: from `start` (default 1, or the item count
    when `reverse`), each `values` entry that is set restarting the count there."""
    number = start if start is not None else (count if reverse else 1)
    numbers: list[int] = []
    for i in range(count):
        if i < len(values) and values[i] is not None:
            number = values[i]  # type: ignore[assignment]
        numbers.append(number)
        number += -1 if reverse else 1
    return numbers


def label(number: int, kind: str) -> str:
    """An item's number as `type` shows it ('1', 'a', 'A', 'i', 'I'); decimal where the kind has no
    form for it (letters and roman numerals start at 1; roman numerals end at 3999)."""
    if kind in ("a", "A") and number >= 1:
        letters = ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "A" else letters
    if kind in ("i", "I") and 1 <= number <= 3999:
        roman = ""
        for value, numeral in _ROMAN:
            while number >= value:
                roman += numeral
                number -= value
        return roman.upper() if kind == "I" else roman
    return str(number)


def markers(numbers: list[int], kind: str, start: int) -> list[str]:
    """Each item's marker in the answer format: 'N.' for a number the format can hold, else the
    browser's label as the opening of a bullet item's text ('b.', 'iv.', '-1.'), or [] when the
    list is numbered `start`, `start` + 1... in decimal (the usual numbering, written as before)."""
    labels = [label(n, kind) for n in numbers]
    usual = all(lab.isdigit() for lab in labels) and numbers == list(
        range(start, start + len(numbers))
    )
    return [] if usual else [f"{lab}." for lab in labels]


def item_markers(node: Node, items: list[Node], first: int) -> list[str]:
    """An <ol>'s item markers as a browser numbers them (`reversed`, `<li value>`, `type`), or []
    for the usual 1, 2, 3... from `start` (numbering.py; hostile14 F9)."""
    if node.tag != "ol" or not items:
        return []
    reverse = "reversed" in node.attrs
    values = [html_integer(item.attr("value")) if "value" in item.attrs else None for item in items]
    if not reverse and not any(v is not None for v in values) and node.attr("type") in ("", "1"):
        return []
    start = html_integer(node.attr("start")) if "start" in node.attrs else None
    numbers = item_numbers(len(items), start, values, reverse)
    return markers(numbers, node.attr("type").strip(), first)
