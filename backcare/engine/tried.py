"""What a question says was already tried ("I've tried stretching but my back still feels tight,
what else helps"; "what helps besides stretching"): not what it asks, so not matched on.
data/intents.json "tried" holds the cues, how far one reaches and the words that end it. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.engine.analyze import words
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, expect_strings, read_json

_CLAUSE = re.compile(r"[.,;:!?\n]+")


class TriedCues(NamedTuple):
    cues: frozenset[tuple[str, ...]]  # as words, not stems ("trying" and "try" share "tri")
    reach: int  # how many words that are not stop words a cue covers
    ends: frozenset[str]  # words that end what a cue covers ("but", "for", "my")
    # phrases, as words, that start an aim under way ("trying to save my document"): what follows
    # is what is asked, not something tried instead
    aims: frozenset[tuple[str, ...]] = frozenset()


@lru_cache(maxsize=1)
def load_tried() -> TriedCues:
    data = expect_dict(read_json("intents.json"), "intents.json")
    tried = expect_dict(data.get("tried", {}), "intents.json: tried")
    reach = tried.get("reach", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        reach = 0
    return TriedCues(
        frozenset(
            words(c) for c in expect_strings(tried.get("cues", []), "intents.json: tried: cues")
        )
        - {()},
        reach,
        frozenset(expect_strings(tried.get("ends", []), "intents.json: tried: ends")),
        frozenset(
            words(a) for a in expect_strings(tried.get("aims", []), "intents.json: tried: aims")
        )
        - {()},
    )


def tried_words(text: str, stopwords: frozenset[str], cues: TriedCues) -> frozenset[str]:
    """The words (as `words` gives them) a text says were already tried and does not say again
    elsewhere: "stretching" of "I've tried stretching but my back still feels tight"."""
    if not cues.cues or not cues.reach:
        return frozenset()
    inside: set[str] = set()
    outside: list[str] = []
    longest = max(len(c) for c in cues.cues)
    for clause in _CLAUSE.split(text):
        tokens = words(clause)
        i = 0
        while i < len(tokens):
            size = next((n for n in range(longest, 0, -1) if tokens[i : i + n] in cues.cues), 0)
            if not size:
                outside.append(tokens[i])
                i += 1
                continue
            if any(tuple(tokens[i : i + len(aim)]) == aim for aim in cues.aims):
                i += size  # an aim under way ("trying to save it"): what follows is asked
                continue
            i += size
            counted = 0
            while i < len(tokens) and counted < cues.reach and tokens[i] not in cues.ends:
                if tokens[i] not in stopwords:
                    inside.add(tokens[i])
                    counted += 1
                i += 1
    return frozenset(inside.difference(outside))
