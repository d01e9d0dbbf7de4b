"""'Neither leg is weak' denies the sign in both legs (safety101, issue #12, red flags 35: "neither
leg is weak and my feet are fine, it's just a dull ache across my lower back since Thursday").
The vocabulary reads "neither leg" as both legs (BOTH_LEGS: "neither leg works" tells both
failing), and as a phrase's word "neither" negated nothing: the weakness after it was read live in
both legs, an emergency. Where "neither" and a leg word (data/safety_vocabulary.json
'neither_denied' 'parts', after an optional "of my") are followed by a verb of being or feeling
('verbs') and one of the signs ('signs': "weak", "numb", "heavy"), the words are read as the
denial they are ("no leg is weak", "none of my legs is numb"), which the negation then reaches.
Other words after the verb ("neither leg is working", "neither leg feels right") tell a loss and
are left as written. Pure text in, text out."""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.alternation import either
from backcare.engine.safety.text_gates import may_say_neither
from backcare.resources import DataError


@functools.cache
def _pattern() -> re.Pattern[str]:
    """ "neither" (of my) part, verb, sign."""
    from backcare.resources import read_shared_json

    try:
        words = read_shared_json("safety_vocabulary.json")["neither_denied"]
        parts, verbs, signs, owners = (
            sorted((str(w) for w in found), key=len, reverse=True)
            for found in (words["parts"], words["verbs"], words["signs"], words["owners"])
        )
    except (KeyError, TypeError) as error:
        raise DataError(f"safety_vocabulary.json 'neither_denied': {error!r}") from None

    return re.compile(
        rf"(?i)\bneither(?P<of>[^\S\n]+of[^\S\n]+(?:{either(owners)}))?"
        rf"(?P<rest>[^\S\n]+(?:{either(parts)})[^\S\n]+(?:{either(verbs)})[^\S\n]+"
        rf"(?:{either(signs)}))\b"
    )


def neither_denied(text: str) -> str:
    """The text with "neither leg is weak" read as "no leg is weak" (see the module)."""
    if not may_say_neither(text):
        return text
    return _pattern().sub(
        lambda found: (
            ("none of" + found.group("of")[3:] if found.group("of") else "no") + found.group("rest")
        ),
        text,
    )
