"""How deep a line of JSON nests, found before parsing it (hostile16 F3).

Python's JSON parser recurses once per array or object: a line nested about a thousand deep raises
RecursionError, which ended an `ask --input jsonl` run (the emergencies on the lines after it were
never read) and `validate --questions`. A pack is bounded by MAX_DEPTH after its parse (which the
whole file's failure may end); a line of a batch must fail alone, so its depth is measured first,
in time linear in its length, without parsing.
"""

from __future__ import annotations

from backcare.lazyregex import lazy
from backcare.packs.limits import MAX_DEPTH

# a JSON string, whole (escapes included), or an unterminated one up to the end of the text
_STRING = lazy(r'"(?:[^"\\]|\\.)*(?:"|\\?$)')
_BRACKETS = lazy(r"[\[\]{}]")


def too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the arrays and objects of `text` (JSON, maybe broken) nest more than `limit` deep,
    brackets inside strings not counted."""
    if text.count("[") + text.count("{") <= limit:
        return False  # the usual line: cannot nest that deep
    depth = 0
    for bracket in _BRACKETS.findall(_STRING.sub("", text)):
        if bracket in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(0, depth - 1)
    return False
