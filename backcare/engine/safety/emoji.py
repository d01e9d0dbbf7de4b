"""Emoji read as words before the red-flag reading (safety44; redteam15 A4), which otherwise drops
them: a picture of a thing as its word ("💩 control gone": "poo control gone"), and a "no" sign
right after a bladder or bowel word as that function lost ("pee 🚫 since am": "pee not working
since am"; "bowels 🚫 control": "bowels no control"). The words are data/emoji_words.json.

Pure text in, text out; a text holding none of these marks is returned as it is. Any other cross
is left to checklist.py ("fever ❌" is a checklist's "fever nil").
"""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.text_gates import may_hold_emoji
from backcare.namedtuple import NamedTuple


class EmojiWords(NamedTuple):
    pictographs: dict[str, str]  # a picture of a thing -> its word
    crosses: str  # the "no" signs
    functions: frozenset[str]  # bladder and bowel words a cross after takes away
    times: frozenset[str]  # a time course after the cross: the function lost since then
    parts: frozenset[str]  # a function's part after the cross: lost ("bowels 🚫 control")
    lost: str  # the words for a function lost ("not working")
    no: str  # the word for a function's part lost ("no" control)


@functools.cache
def _words() -> EmojiWords:
    """Read when a text first holds a mark this module reads (a rare text)."""
    from backcare.resources import read_json

    data = read_json("emoji_words.json")
    return EmojiWords(
        dict(data["pictographs"]),
        str(data["crosses"]),
        frozenset(data["functions"]),
        frozenset(data["times"]),
        frozenset(data["parts"]),
        str(data["lost"]),
        str(data["no"]),
    )


@functools.cache
def _marks() -> re.Pattern[str]:
    words = _words()
    return re.compile("[" + re.escape("".join(words.pictographs) + words.crosses) + "]")


@functools.cache
def _crossed() -> re.Pattern[str]:
    """A function word, a cross after it (a variation selector allowed), and the word after."""
    words = _words()
    return re.compile(
        r"(?i)\b(?P<function>"
        + "|".join(sorted(words.functions, key=len, reverse=True))
        + r")[^\S\n]*["
        + re.escape(words.crosses)
        + r"]\ufe0f?[^\S\n]*(?=(?P<after>[^\W\d_]+)?)"
    )


def read_emoji(text: str) -> str:
    """The text with its pictographs and a function's crosses read as words (see the module)."""
    if may_hold_emoji(text) and _marks().search(text) is not None:
        words = _words()
        text = _crossed().sub(_function_lost, text)
        for mark, word in words.pictographs.items():
            text = text.replace(mark, f" {word} ")
    return text


def _function_lost(found: re.Match[str]) -> str:
    words = _words()
    after = (found.group("after") or "").lower()
    if after in words.times:
        return f"{found.group('function')} {words.lost} "
    if after in words.parts:
        return f"{found.group('function')} {words.no} "
    # a checklist's answer ("bladder ❌, numbness ❌", "bladder ❌ back pain ✅"): checklist.py
    return found.group()
