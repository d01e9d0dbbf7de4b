"""A form's symptom item answered with a joke: "only" and an everyday occasion (safety76, issue
#12, red flags 29): "Night sweats: only when Arsenal play", "Fever: only for the football", "Chest
pain: only when I see the price of petrol", "Trouble walking: only in these heels", "'Any
difficulty walking?' Only past a bakery." The answer says no: the sign comes only with an
occasion that cannot bring it, so it is read as the item's ": no" (checklist.py reads the rest).

An answer counts when it opens with "only" right after the item's ':', '?' or ' - ' and names one
of the 'occasions' words (data/checklist_words.json 'joke_only') in its clause, and the item holds
no function word (checklist_functions.txt): "Bladder control: only when I laugh" tells a leak.
"Fever: only at night", "Numbness: only in my left foot", "Trouble walking: only on the stairs"
name no occasion and stay as told."""

from __future__ import annotations

import functools
import re

from backcare.lazyregex import lazy
from backcare.resources import DataError

# an answer opening with "only" after an item's separator, up to its clause's end (compiled when
# first used: ~0.8 ms, and only a text holding "only" is read with it)
_ONLY = lazy(
    r"(?P<sep>:|\?['’\"]?|[^\S\n][-–])[^\S\n]*only[^\S\n]+(?P<answer>[^,;.!?\n:]{1,80})",
    re.IGNORECASE,
)
# how many words before the separator are read for a function word (the item)
ITEM_WORDS = 6


@functools.cache
def _joke_words() -> dict[str, frozenset[str]]:
    from backcare.resources import read_json

    try:
        found = read_json("checklist_words.json")["joke_only"]
        return {key: frozenset(found[key]) for key in ("occasions", "brought_on", "goes_on")}
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'joke_only': {error!r}") from None


def _occasions() -> frozenset[str]:
    return _joke_words()["occasions"]


def _brought_on(said: set[str], after: str) -> bool:
    """Whether the answer tells a sign an activity really brings on ("only after a game of
    football", "only since the match") or its sentence goes on past the answer ("only when I sit
    through a match, but it stays numb for hours now"): no joke then (review21: three emergencies
    lost). The words are data ('joke_only': 'brought_on', 'goes_on')."""
    words = _joke_words()
    rest = re.split(r"[.!?\n]", after, maxsplit=1)[0].lower()
    return bool(
        words["brought_on"].intersection(said)
        or words["goes_on"].intersection(re.findall(r"[a-z]+", rest))
    )


def jokes_read(text: str, functions: frozenset[str]) -> str:
    """The text with each symptom item's joking "only <occasion>" answer read as ": no"."""
    if "only" not in text.lower():
        return text

    def read(found: re.Match[str]) -> str:
        said = set(re.findall(r"[a-z0-9]+", found.group("answer").lower()))
        if not _occasions().intersection(said) or _brought_on(said, text[found.end() :]):
            return found.group()
        before = re.findall(r"[a-z]+", text[max(0, found.start() - 60) : found.start()].lower())
        if functions.intersection(before[-ITEM_WORDS:]):
            return found.group()
        return f"{found.group('sep')} no"

    return _ONLY.sub(read, text)
