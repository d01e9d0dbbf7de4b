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

safety111 (review28, class H): "after a 4 hour sportive my bum and bits went numb and it's been 2
days, eases a bit when I stand". With the ride's length set aside (cause_times.py) no time concept
was left, as "it's been 2 days" reads none, so a partial easing explained a numbness of days. The
sign's own duration ('long_units' after a 'counts' word or a digit, or a plural one alone: "for
days") is a time course, unless it dates the cause ("3 days ago") or is the cause's length ("a 2
day sportive"); and an easing told as partial or undone after it ("a bit", "never fully", "comes
straight back") explains nothing.
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
                "long_units",
                "frequencies",
                "plural_units",
                "counts",
                "count_links",
                "dated_by",
                "articles",
            )
        } | {"partial": frozenset(" ".join(phrase) for phrase in found["partial"])}
    except (KeyError, TypeError) as error:
        raise DataError(f"eased_words.json: {error!r}") from None


def durations(tokens: list[Token], mentions: list[Mention]) -> set[int]:
    """The sentences telling a sign's own duration ("it's been 2 days", "for 3 days", "2 days now",
    "for days"): not a date of the cause ("3 days ago"), nor the cause's length (cause_times.py)."""
    words = _eased_words()
    found: list[Mention] = []
    for k, t in enumerate(tokens):
        if t.surface not in words["long_units"]:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].surface in words["dated_by"]:
            continue
        count = k - 1
        if count > 0 and tokens[count].surface in words["count_links"]:
            count -= 1  # "a couple of days"
        counted = count >= 0 and (
            tokens[count].surface.isdigit() or tokens[count].surface in words["counts"]
        )
        # "checks them every six months": how often, not how long (safety113)
        if counted and count > 0 and tokens[count - 1].surface in words["frequencies"]:
            continue
        if counted or t.surface in words["plural_units"]:
            first = count if counted else k
            found.append(Mention("", first, k, t.sentence, False, False, False))
    # only "a 2 day sportive" is the cause's length: "numb for 3 days cycling to work" is the sign's
    articled = [m for m in found if m.first and tokens[m.first - 1].surface in words["articles"]]
    told = {m.sentence for m in found if m not in articled}
    return told | {m.sentence for m in sign_times(tokens, articled, mentions)}


def _partial(tokens: list[Token], after: int, sentence: int) -> bool:
    """Whether the easing ending at `after` is told as partial or undone later in its sentence."""
    phrases = _eased_words()["partial"]
    longest = max((len(p.split()) for p in phrases), default=0)
    k = after + 1
    while k < len(tokens) and tokens[k].sentence == sentence:
        for n in range(1, longest + 1):
            if " ".join(t.surface for t in tokens[k : k + n]) in phrases:
                return True
        k += 1
    return False


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
    live.update(durations(tokens, mentions))
    # an easing told as partial ("eases a bit", "never fully", "comes straight back") explains
    # nothing: the sign it eases has not passed
    live.update(
        m.sentence
        for m in mentions
        if m.concept in words["eased"] and not m.negated and _partial(tokens, m.last, m.sentence)
    )
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
