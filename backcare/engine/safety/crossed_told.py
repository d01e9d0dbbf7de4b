"""A crossed item of a checker's summary that tells a live sign in the asker's own words
(safety95, issue #12, review24 40, 42, 140: "✗ Can't feel when I wipe (this is new)", "✘ Leaking
wee since last night", "✘ bladder - lost control this morning, first time ever"): the cross
there marks the problem, not its absence. checklist.py's _leading_marks reads a crossed item as
its "nil" where ticks and crosses lead the lines of one list ("✘ Fever": no fever); an item
that speaks of the asker ("I", "my") or dates the sign ("since last night", "this morning", "this
is new") is a note of the asker's, not the checker's item, and is read as told. A checker's
own items ("✘ Numbness around your bottom", "✘ Pain that wakes you at night") do neither.

The words are data (data/checklist_words.json 'crossed_told'). Pure text in, a verdict out."""

from __future__ import annotations

import functools
import re

from backcare.resources import DataError


@functools.cache
def _told() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words (one word) and phrases (several) that make a crossed item the asker's note."""
    from backcare.resources import read_json

    try:
        found = [str(w) for w in read_json("checklist_words.json")["crossed_told"]["words"]]
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'crossed_told': {error!r}") from None
    return (
        frozenset(w for w in found if " " not in w),
        tuple(f" {w} " for w in found if " " in w),
    )


def tells_live(item: str) -> bool:
    """Whether a crossed item speaks of the asker or dates its sign (module doc)."""
    words, phrases = _told()
    said = re.findall(r"[a-z0-9]+", item.lower().replace("'", "").replace("’", ""))
    if words.intersection(said):
        return True
    joined = f" {' '.join(said)} "
    return any(phrase in joined for phrase in phrases)
