"""Numbers told in words ("thirty-nine point five", "a hundred and two") written as digits before
the red-flag reading tokenizes, so a temperature read aloud or dictated meets the same number
classes as "39.5" (issue #12, redteam11 A3: "temperature thirty eight point eight since last night"
raised nothing). Only compounds are rewritten: a tens word with its unit, a number with "point"
and digit words after it, "a/one hundred (and) ...". A lone number word ("one", "nine") is left
to the token reader (typos.Typos._correct reads it as a number), where "I don't have one" stays a
pro-form.
"""

from __future__ import annotations

import re

from backcare.engine.safety.text_gates import may_speak_numbers
from backcare.lazyregex import lazy

UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
DIGITS = {**UNITS, "zero": 0, "oh": 0, "nought": 0}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_SEP = r"[ \t]*-[ \t]*|[ \t]+"  # "thirty-nine", "thirty nine"; never across a line
_TENS = "|".join(TENS)
_SMALL = "|".join([*TEENS, *UNITS])
_DIGIT = "|".join(DIGITS)
# up to 99 in words: "thirty-nine", "thirty", "nineteen", "two"
_UNDER_100 = rf"(?:(?:{_TENS})(?:(?:{_SEP})(?:{'|'.join(UNITS)}))?|{_SMALL})"
_HUNDRED = rf"(?:(?:a|one)(?:{_SEP})hundred(?:(?:{_SEP})(?:and(?:{_SEP}))?{_UNDER_100})?)"
_WHOLE = rf"(?:{_HUNDRED}|{_UNDER_100}|\d+)"
_POINT = rf"(?:{_SEP})point(?:(?:{_SEP})(?:{_DIGIT}))+"
# a compound: a hundred ..., a tens word with a unit, or any whole number with "point" digits
_SPOKEN = lazy(
    rf"\b(?:{_HUNDRED}(?:{_POINT})?|(?:{_TENS})(?:{_SEP})(?:{'|'.join(UNITS)})(?:{_POINT})?"
    rf"|{_WHOLE}{_POINT})\b",
    re.IGNORECASE,
)
_WORD = lazy(r"[a-z]+|\d+", re.IGNORECASE)


def _value(words: list[str]) -> int:
    """The whole number of words already known to be one ("a hundred and two": 102)."""
    total = 0
    for word in words:
        if word.isdigit():
            total += int(word)
        elif word in ("a", "and"):
            continue
        elif word == "hundred":
            total = max(total, 1) * 100
        elif word == "one" and total == 0:
            total = 1  # "one hundred" (the "one" is multiplied), or "one" itself
        else:
            total += TENS.get(word, TEENS.get(word, UNITS.get(word, 0)))
    return total


def _digits(found: re.Match[str]) -> str:
    words = [w.lower() for w in _WORD.findall(found.group(0))]
    if "point" in words:
        at = words.index("point")
        whole, decimals = words[:at], words[at + 1 :]
        return f"{_value(whole)}." + "".join(str(DIGITS[w]) for w in decimals)
    return str(_value(words))


def spoken_numbers(text: str) -> str:
    """The text with its spoken compound numbers written as digits."""
    if not may_speak_numbers(text):
        return text  # the common case: no tens word, no "point", no "hundred"
    return _SPOKEN.sub(_digits, text)
