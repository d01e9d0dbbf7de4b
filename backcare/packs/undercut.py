"""Answers that name an emergency sign and give no emergency help (validate's and import's
`emergency-answer` warning; harden14, after hostile10's finding 4).

An entry's question that describes an emergency is caught by `emergency-question`; its answer was
read by no one: "Dark thoughts and wanting to end your life are common with back pain; ignore
them" or "numbness in the groin and trouble peeing ... pass in a week or two, no need to see
anyone" were served with exit 0. An answer is read by the red-flag check as its reader would say
it of themselves ("your life" as "my life": answers speak to "you", the check reads a person's own
words); when it raises an emergency notice, or names an emergency sign in general (the pointer's
tier), and holds no emergency help - no number from data/emergency_numbers.json's emergency and
crisis texts (999, 911, 112, 988, 116 123 ...) and none of HELP_WORDS - the author is warned.
A warning, not an error: the answer may be right for a reason the check cannot read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.safety import Safety
    from backcare.packs.schema import Pack

# words that send a reader to emergency help whatever the region
HELP_WORDS = ("emergency", "A&E", "ambulance", "Samaritans", "crisis line", "lifeline")
_SECOND_PERSON = re.compile(
    r"\b(?:you(?:'re|'ve|'ll|'d|’re|’ve|’ll|’d)?|yours|yourself|your)\b", re.I
)
_FIRST_PERSON = {
    "you": "I",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "you've": "I've",
    "you'll": "I'll",
    "you'd": "I'd",
}


def undercutting_answers(pack: Pack, safety: Safety | None = None) -> list[tuple[str, str]]:
    """(entry id, message) of each entry whose answer undercuts an emergency (see the module):
    validate.emergency_answers makes them `emergency-answer` warnings."""
    from backcare.engine.answer import warnings

    help_given = _help()
    found = []
    for entry in pack.entries:
        if help_given.search(entry.answer):
            continue  # cheaper than reading it, and such an answer is fine whatever it names
        flags, tier = warnings(as_said_by_the_reader(entry.answer), safety)
        emergency = next((f.id for f in flags if f.urgency == "emergency"), None)
        if emergency is None and tier != "emergency":
            continue
        named = f" ({emergency})" if emergency else ""
        found.append(
            (
                entry.id,
                f"its answer names an emergency sign{named} and gives no emergency help (no "
                "emergency number, A&E or crisis line): a reader with that sign may wait; "
                "say to call the emergency number, or take the sign out",
            )
        )
    return found


def as_said_by_the_reader(answer: str) -> str:
    """An answer's "you" as "I" ("wanting to end your life" -> "wanting to end my life")."""
    return _SECOND_PERSON.sub(lambda m: _FIRST_PERSON[m.group().lower().replace("’", "'")], answer)


@lru_cache(maxsize=1)
def _help() -> re.Pattern[str]:
    from backcare.resources import read_json

    numbers = read_json("emergency_numbers.json")
    texts = [str(numbers["default"]["emergency"])]
    texts += [str(call["default"]) for call in numbers.get("calls", {}).values()]
    digits = {n for text in texts for n in re.findall(r"\d+(?:[ -]\d+)*", text)}
    words = [re.escape(w) for w in HELP_WORDS]
    alternatives = [
        rf"(?<![\d.,]){re.escape(n)}(?![\d.,]\d)" for n in sorted(digits, key=len)[::-1]
    ]
    return re.compile("|".join([*alternatives, *(rf"\b{w}(?!\w)" for w in words)]), re.I)
