"""A form's item answered ": no" (checklist.read_checklist's step, its own module to keep the
checklist readable in one sitting): the no read as the shorthand "nil", which ends its clause,
where nothing but the clause's end, an aside naming someone else or a temperature's reading in
brackets follows it; and a list's items each answered ", no" ("numbness between the legs, no.
weakness, no."), read as answered ": no" first."""

from __future__ import annotations

import functools
import re

from backcare.lazyregex import lazy

# "numb bum: no," (not "bladder: no problems")
# and one ending its line ("- history of cancer: no" in a pasted list; safety49)
# an aside in brackets naming someone else may follow the no ("Cancer: no (dad had it)":
# safety87); its own words are read as written, and any other aside leaves the no as written
# ("Can you pee: no (nothing since last night)")
# or a reading in brackets, a temperature's figure alone ("Fever: no (36.6)", "Temp: no (98.4F)":
# safety136, red flags 46), which the no then ends its clause before, as before someone else's aside
_COLON_NO = lazy(
    r"(?i):\s*no(?=[^\S\n]*(?:[,;.!\n]|$)|[^\S\n]*\((?:my[^\S\n]+|our[^\S\n]+)?(?P<whose>[a-z]+)"
    r"|[^\S\n]*(?P<reading>\([^\S\n]*\d{2,3}(?:[.,]\d{1,2})?[^\S\n]*(?:°[^\S\n]*)?[cf]?[^\S\n]*\)))"
)


# an item answered ", no" at its clause's end: the item is the clause up to the comma
_COMMA_NO = lazy(
    r"(?i)(?P<item>(?:^|(?<=[.;!?\n]))[^.;!?\n,:]{2,60}),[^\S\n]*no(?=[^\S\n]*(?:[.;!\n]|$))"
)
# the fewest items answered ', no' that make a list (one alone may be a sentence's own no)
COMMA_NO_ITEMS = 2


def comma_noes_as_colons(text: str) -> str:
    """The text with each item of a list answered ", no" read as answered ": no" (the module),
    when COMMA_NO_ITEMS or more are, none of them a sentence of the asker's own or a negation's
    ("I can't feel my bum, no."): then the list is read as written."""
    if ", no" not in text.lower():
        return text
    found = list(_COMMA_NO.finditer(text))
    if len(found) < COMMA_NO_ITEMS:
        return text
    kept = _comma_no_kept()
    if any(
        kept.intersection(re.findall(r"[a-z]+", m.group("item").lower().replace("'", "")))
        for m in found
    ):
        return text
    return _COMMA_NO.sub(lambda m: m.group("item") + ": no", text)


@functools.cache
def _comma_no_kept() -> frozenset[str]:
    """Words that make an item a sentence (checklist_words.json 'comma_no_kept')."""
    from backcare.resources import read_json

    return frozenset(read_json("checklist_words.json")["comma_no_kept"])


def colon_noes_read(text: str) -> str:
    """The text with each item's ": no" read as " nil" where it ends the item (see the module)."""
    return _COLON_NO.sub(_colon_no, text)


def _colon_no(found: re.Match[str]) -> str:
    """ ": no" as the shorthand " nil", which ends its clause before an aside in brackets naming
    someone else ("Cancer: no (dad had it)" as "Cancer nil, (dad had it)"): the aside is read on
    its own. Before any other aside the no stays as written."""
    if found.group("reading") is not None:
        # "Fever: no (36.6)": the figure is read on its own, after a temperature's item only
        line = found.string[found.string.rfind("\n", 0, found.start()) + 1 : found.start()]
        return " nil," if _temperature_item().search(line) else found.group()
    whose = found.group("whose")
    if whose is None:
        return " nil"
    return " nil," if whose.lower() in _aside_others() else found.group()


@functools.cache
def _aside_others() -> frozenset[str]:
    """The people an aside after a form's no may name (checklist_words.json 'aside_others')."""
    from backcare.resources import read_json

    return frozenset(read_json("checklist_words.json").get("aside_others", ()))


@functools.cache
def _temperature_item() -> re.Pattern[str]:
    """A temperature's item ending its text, the one a reading in brackets after its no may
    stand beside (checklist_words.json 'temperature_items')."""
    from backcare.resources import read_json

    words = read_json("checklist_words.json")["temperature_items"]
    return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\W*$")
