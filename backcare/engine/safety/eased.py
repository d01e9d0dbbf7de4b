"""A sign told as easing on getting off, up or out beside what caused it (safety79, issue #12).

"Did a 100 mile sportive Sunday, numb bum for the last 20 miles but it came back within minutes
of getting off." The rules already stand the saddle numbness down beside its easing and its cause
(red_flags.json: cauda-equina-saddle's 'explained'), but the mentions stayed live, so the learned
check, finding a sign the rules had not judged, raised the emergency on its own. The signs told
before such an easing, in its sentence, are read as passed lately ('resolved', as "fine now"):
emergency rules still count a resolved sign, and the rule's own 'explained' decides there; the
learned check takes them as judged. Never where the easing is denied ("it didn't come back after
I got off"), where no cause is named in the sentence, or where a live word or a time course stands
in it ("... but now it's numb again since this morning"); where a word tells the sign going on or
back ('going_on'), the easing is dropped, so the rule's own 'explained' does not read it either
(safety83). Words: data/eased_words.json.
"""

from __future__ import annotations

import functools

from backcare.engine.safety.cause_times import sign_times
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.resources import DataError


@functools.cache
def _eased_words() -> dict[str, frozenset[str]]:
    from backcare.resources import read_json

    try:
        found = read_json("eased_words.json")
        return {
            key: frozenset(found[key])
            for key in (
                "signs",
                "eased",
                "causes",
                "story",
                "live_words",
                "going_on",
                "settled_before",
            )
        }
    except (KeyError, TypeError) as error:
        raise DataError(f"eased_words.json: {error!r}") from None


def eased(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with the signs told before an easing beside its cause marked resolved (the
    module's docstring)."""
    words = _eased_words()
    easings: dict[int, int] = {}  # sentence -> the first easing's start
    causes: set[int] = set()
    live: set[int] = set()
    stories: list[Mention] = []
    for m in mentions:
        if m.negated:
            continue
        if m.concept in words["eased"]:
            easings[m.sentence] = min(m.first, easings.get(m.sentence, m.first))
        elif m.concept in words["causes"]:
            causes.add(m.sentence)
        elif m.concept in words["story"]:
            stories.append(m)
    # a cause's length ("after a 4 hour sportive") is no time course (cause_times.py)
    live.update(m.sentence for m in sign_times(tokens, stories, mentions))
    live.update(t.sentence for t in tokens if t.surface in words["live_words"])
    # an easing in a sentence telling the sign going on or back explains nothing, there or in the
    # rules' 'explained' ("it came back within minutes of getting off but now it's gone numb
    # again since this morning", safety83); "now totally fine", "been fine since" are none
    going_on = {
        t.sentence
        for k, t in enumerate(tokens)
        if t.surface in words["going_on"]
        and not (k and tokens[k - 1].surface in words["settled_before"])  # "fine since"
    }
    mentions = [m for m in mentions if not (m.concept in words["eased"] and m.sentence in going_on)]
    calm = {s for s in easings if s in causes and s not in live}
    if not calm:
        return mentions
    return [
        m._replace(resolved=True)
        if m.sentence in calm and m.concept in words["signs"] and m.last < easings[m.sentence]
        else m
        for m in mentions
    ]
