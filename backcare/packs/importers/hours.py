"""The days and times a contact line gives, in one notation: "Mon-Fri 8-19, Sat 9-13" (an
author's own --contact) and "Mon–Fri 8am–7pm, Sat 9am–1pm" (the page's call to action) give the
same hours, and an update must not say they differ (newcomer19 F4)."""

from __future__ import annotations

import re

_TIME = r"(\d{1,2})(?:[:.](\d\d))?\s*(?:([ap])\.?m\b\.?)?"
_RANGE = re.compile(rf"\b{_TIME}\s*(?:-|–|—|\bto\b)\s*{_TIME}", re.IGNORECASE)
_SINGLE = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?m\b\.?", re.IGNORECASE)
_DAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def hours(text: str) -> set[str]:
    """The days (their first three letters) and times (24-hour 'H:MM') that `text` gives; phone
    numbers must be taken out of it first (their digit groups read as times)."""
    found = {m.group(1).casefold() for m in _DAY.finditer(text)}
    for m in _RANGE.finditer(text):
        start, end = _range(*m.groups())
        found.update(t for t in (start, end) if t)
    for m in _SINGLE.finditer(_RANGE.sub(" ", text)):
        found.add(_time(m.group(1), m.group(2), m.group(3)))
    found.discard("")
    return found


def _range(
    h1: str, m1: str | None, s1: str | None, h2: str, m2: str | None, s2: str | None
) -> tuple[str, str]:
    """A range's two times, a half-day mark given on one side only read onto the other when that
    keeps the range in order ('9-1pm' is 9:00 to 13:00, '8-11am' 8:00 to 11:00)."""
    if bool(s1) != bool(s2):
        given = s1 or s2 or ""
        other = "p" if given.casefold() == "a" else "a"
        if s1:
            first = _time(h1, m1, s1)
            s2 = given if _minutes(_time(h2, m2, given)) > _minutes(first) else other
        else:
            last = _time(h2, m2, s2)
            s1 = given if _minutes(_time(h1, m1, given)) < _minutes(last) else other
    return _time(h1, m1, s1), _time(h2, m2, s2)


def _time(hour: str, minutes: str | None, half: str | None) -> str:
    h, m = int(hour), int(minutes or 0)
    if half:
        if not 1 <= h <= 12:
            return ""
        h = h % 12 + (12 if half.casefold() == "p" else 0)
    if h > 24 or m > 59:
        return ""
    return f"{h}:{m:02d}"


def _minutes(time: str) -> int:
    if not time:
        return -1
    h, m = time.split(":")
    return int(h) * 60 + int(m)
