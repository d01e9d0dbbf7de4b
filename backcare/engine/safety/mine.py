"""The asker's "mine" standing for a body part just named as someone else's (safety50, issue #12):
"My late mum had a spinal tumour and lost control of her bladder, and I lost control of mine this
morning" tells the asker's own bladder, now. Read before tokenizing as "my" and that part ("... I
lost control of my bladder this morning"), so every later step (negation, whose sign, when, the
rules and the learned check) reads the asker's sign as if written out: "... and I never lost
control of mine" is denied, "her legs are numb but mine are fine" is well. The words are data
(data/mine_words.json, read when a text first holds "mine"): a "mine" with no owned part named in
its sentence or the one before, a mine in the ground ("a coal mine") and "a friend of mine" stay
as they are."""

from __future__ import annotations

import functools
import re

from backcare.namedtuple import NamedTuple

_MINE = re.compile(r"\bmine\b", re.IGNORECASE)
_STOP = re.compile(r"[.!?\n]+")
_CLAUSE = re.compile(r"[.!?\n,;:]")
_WORD = re.compile(r"[a-z']+")


class _Words(NamedTuple):
    owned: re.Pattern[str]  # an owner and the part it owns; group "part"
    not_after: frozenset[str]
    people: frozenset[str]
    echoes: frozenset[str]
    sentences_back: int


@functools.cache
def _words() -> _Words:
    """data/mine_words.json compiled, read when a text first holds "mine"."""
    from backcare.resources import read_json

    data = read_json("mine_words.json")
    parts = sorted(data["parts"], key=len, reverse=True)
    part = "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)
    owners = "|".join(map(re.escape, data["owners"]))
    before = "|".join(map(re.escape, data["owners_before"]))
    owned = re.compile(
        rf"(?:\b(?:{owners})|\b(?:{before})\s+[a-z]+'s)\s+(?:own\s+)?(?P<part>{part})\b",
        re.IGNORECASE,
    )
    return _Words(
        owned,
        frozenset(data["not_after"]),
        frozenset(data["people"]),
        frozenset(data["echoes"]),
        int(data["sentences_back"]),
    )


def read_mine(text: str) -> str:
    """The text with each "mine" that stands for a body part named just before as someone
    else's read as "my" and that part."""
    if _MINE.search(text) is None:
        return text
    words = _words()
    owned = list(words.owned.finditer(text))
    if not owned:
        return text

    def stood_for(found: re.Match[str]) -> str:
        before = text[: found.start()].split()
        if before and before[-1].lower() in words.not_after:
            return found.group()
        if len(before) >= 2 and before[-1].lower() == "of" and before[-2].lower() in words.people:
            return found.group()  # "a friend of mine"
        rest = _CLAUSE.split(text[found.end() :], maxsplit=1)[0]
        if rest.strip() and set(_WORD.findall(rest.lower())) <= words.echoes:
            return found.group()  # "Mine do too.": an echo (echoed.py) reads it as it stands
        last = [o for o in owned if o.end() <= found.start()]
        if not last:
            return found.group()
        between = text[last[-1].end() : found.start()]
        if len(_STOP.findall(between)) > words.sentences_back:
            return found.group()
        my = "My" if found.group()[0] == "M" else "my"
        return f"{my} {last[-1].group('part').lower()}"

    return _MINE.sub(stood_for, text)
