"""A form item's no taken back at once (safety95, issue #12, review24 30: "Bladder: No - well
actually I haven't been able to go since last night", "Numb bum: no... actually yes, since
Tuesday"): the writer corrects the answer in the same breath, so the item is told, not denied,
and what follows the correction is read with it ("Bladder - I haven't been able to go since
last night": the bladder and its stop in one sentence). checklist.py read the item's "No" as its
denial, and the correction then told a stop with no organ in its sentence, which no rule reads.

The correction is one of 'leads' (data/checklist_words.json 'taken_back_noes': "actually",
"well actually", "wait", "scratch that") right after the no and a stop, a dash, a comma or an
ellipsis; "but" is none ("Numbness: no, but my back aches" keeps its no). Pure text in, text out.
"""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.text_gates import may_take_a_no_back
from backcare.resources import DataError


@functools.cache
def _words(key: str) -> tuple[str, ...]:
    """The words of data/checklist_words.json 'taken_back_noes' under `key`."""
    from backcare.resources import read_json

    try:
        found = read_json("checklist_words.json")["taken_back_noes"][key]
        return tuple(sorted((str(w) for w in found), key=len, reverse=True))
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'taken_back_noes': {error!r}") from None


@functools.cache
def _pattern() -> re.Pattern[str]:
    """An item of one to four words, its ':' or ' - ', a bare no, then a correction."""
    leads = "|".join(r"[^\S\n]+".join(map(re.escape, w.split())) for w in _words("leads"))
    return re.compile(
        r"(?i)(?P<item>(?:^|(?<=[\n/;.,]))[^\S\n]*[^\W\d_][\w'-]*(?:[^\S\n]+[\w'-]+){0,3})"
        r"[^\S\n]*(?::|[^\S\n][-–])[^\S\n]*(?:" + "|".join(map(re.escape, _words("noes"))) + r")"
        r"(?:[^\S\n]*(?:[-–,.!]|\.\.\.|…))+[^\S\n]*(?:" + leads + r")\b[,!.]?"
    )


def noes_taken_back(text: str) -> str:
    """The text with each item's no taken back read as the item told ("Bladder: No - well
    actually I can't go" as "Bladder - I can't go"); else as it was."""
    if not may_take_a_no_back(text):
        return text
    lowered = text.lower()
    if not any(lead.split()[0] in lowered for lead in _words("leads")):
        return text
    return _pattern().sub(lambda found: f"{found.group('item')} -", text)
