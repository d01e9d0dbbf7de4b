"""A story dated after it is told ("... That was four months ago and I've been completely fine
since."): the asker's signs told just before are a history (safety108, issue #12, red flags 36:
"Back in January I had a kidney infection - fever, shivering, pain in my side and back, the lot.
Antibiotics sorted it within the week and my GP re-tested my urine and it was clear. That was four
months ago and I've been completely fine since." raised a fever's urgent notice).

A long-ago phrase dates its own clause ("Last year I had a kidney infection with fever, all
cleared up": past.py, dated_over.py); a sentence that dates what was just told by an anaphor
('openers': "that was", "it happened") reached nothing before it. Such a sentence, naming a span
of months or years with "ago" ('units', 'ago': not days or weeks, whose sign that came and went
still needs checking) and telling the asker well since ('well': "fine", "normal", with no
negation and none of 'contrasts': "but", "until", "now"), marks the asker's signs of the
sentences just before it past, going back while a sentence holds no recent time or time course
(long_standing 'bars': "yesterday", "suddenly", "getting worse"), no word of now ("now", "today")
and nothing told in the present (past.py's _tells_now: "is", "can't", "has"), stopping at one
that does ("Yesterday both legs went numb. Last year I had
a kidney infection. That was a year ago, fine since." keeps the legs; "My back hurts and I have a
fever. I had a kidney infection. That was a year ago, fine since." keeps the fever). A sentence
telling a history ('histories': "I had a slipped disc", "Had a kidney infection once") is the
story the anaphor names: the walk takes it and goes no further (safety110, review28 A: "Both
legs tingly and weak. I had a prolapsed disc that was operated on. That was 2 years ago and I've
been fine since." dated the verbless present fragment before the story and lost the legs).
data/dated_back.json holds the words. Someone else's signs, and any sign told after the dating
sentence, are left to the other readings.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention

# a span's number or word ("four", "a couple of") stands at most this many words before its unit
SPAN_REACH = 3


def dated_back(
    tokens: list[Token],
    mentions: list[Mention],
    tells_now: Callable[[list[Token], int], bool],
    negations: Collection[str],
    bars: Collection[str],
    timing: Collection[str],
) -> list[Mention]:
    """The mentions, the asker's signs of a story dated after it marked past (module doc);
    `tells_now` is past.py's _tells_now, `bars` the concepts of a recent time or a time course
    (long_standing 'bars'), `timing` the words of now (kept_live 'timing')."""
    words = listed_words("dated_back.json")
    spans: dict[int, list[Token]] = {}
    starts: dict[int, int] = {}
    for k, t in enumerate(tokens):
        spans.setdefault(t.sentence, []).append(t)
        starts.setdefault(t.sentence, k)
    dated = [s for s, told in spans.items() if s and _dates_back(told, words, negations)]
    if not dated:
        return mentions
    barred = {m.sentence for m in mentions if m.concept in bars and not m.negated}
    history: set[int] = set()
    for s in dated:
        for before in range(s - 1, -1, -1):
            told = spans.get(before)
            if (
                told is None
                or before in barred
                or any(t.surface in timing for t in told)
                or any(tells_now(tokens, starts[before] + k) for k in range(len(told)))
            ):
                break
            history.add(before)
            if _tells_history(told, words):
                break  # the story the anaphor names starts here (module doc)
    if not history:
        return mentions
    return [
        m._replace(past=True) if m.sentence in history and not m.other and not m.negated else m
        for m in mentions
    ]


def _tells_history(told: list[Token], words: dict[str, frozenset[str]]) -> bool:
    """Whether a sentence tells a history of the asker's ('histories': "I had a slipped disc",
    "I was diagnosed with"; 'history_openers' as its first word: "Had a kidney infection
    once")."""
    surfaces = [t.surface for t in told]
    if surfaces and surfaces[0] in words["history_openers"]:
        return True
    return any(
        " ".join(surfaces[k : k + size]) in words["histories"]
        for k in range(len(surfaces))
        for size in (2, 3)
    )


def _dates_back(
    told: list[Token], words: dict[str, frozenset[str]], negations: Collection[str]
) -> bool:
    """Whether a sentence opens with an anaphor, names months or years ago and tells the asker
    well since, with no negation and no contrast (module doc)."""
    surfaces = [t.surface for t in told]
    opened = any(" ".join(surfaces[:size]) in words["openers"] for size in (1, 2, 3))
    if not opened or any(w in negations or w in words["contrasts"] for w in surfaces):
        return False
    ago = any(
        w in words["units"] and k + 1 < len(surfaces) and surfaces[k + 1] in words["ago"]
        for k, w in enumerate(surfaces)
    )
    return ago and any(w in words["well"] for w in surfaces)
