"""A worsening asked about ahead is no worsening told (safety108, issue #12, red flags 36: "I'm 38
and have had back ache on and off for years ... Does 'degenerative' mean it's going to keep getting
worse?" raised not-improving).

"Keep getting worse" is the not-improving sign when someone tells it of their back. Inside a
question that looks ahead ("will it keep getting worse?", "is it going to get worse?", "does that
mean it'll keep getting worse?") it asks what may come, like future.py's signs still to come: no
notice, the pointer. A question here opens with one of data/worse_ahead.json 'openers' and holds a
'future' word before the worsening. Never when a worsening is told anywhere outside such a
question ("My back pain is getting worse. Will it keep getting worse?" keeps its notice), nor when
the question itself holds, outside the worsening's words, a live word (a plea, "now", "still":
senses._live_word) or a number (a time, a count), nor when a sentence that asks nothing holds a
word of now, a plea or a fear ('live': "Will my back pain keep getting worse? It is agony now,
help") or the message names
severe pain, a recent or sudden start, a duration or a risk factor (cancer, an older age, steroids,
osteoporosis: safety110, review28 "Will it keep getting worse? I'm 72 and had prostate cancer") (data
'bars').
"""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def worse_ahead(
    tokens: list[Token],
    mentions: list[Mention],
    live: Callable[[list[Token], bool], bool],
) -> list[Mention]:
    """The mentions, a worsening named only in questions looking ahead marked asked (module
    doc); `live` is senses._live_word."""
    words = listed_words("worse_ahead.json")
    worse = [
        k
        for k, m in enumerate(mentions)
        if m.concept in words["signs"] and not m.negated and not m.asked
    ]
    if not worse or any(m.concept in words["bars"] and not m.negated for m in mentions):
        return mentions
    spans: dict[int, list[int]] = {}
    for k, t in enumerate(tokens):
        spans.setdefault(t.sentence, []).append(k)
    # the worsenings' own words ("keep getting worse": "keep" is a live word)
    signs = {p for k in worse for p in range(mentions[k].first, mentions[k].last + 1)}

    def asks(here: list[int]) -> bool:
        first = next((k for k in here if tokens[k].surface not in words["leads"]), here[0])
        return tokens[first].surface in words["openers"]

    # a statement with a live word tells the asker's case ("It is agony now, help")
    if any(
        not asks(here) and any(tokens[k].surface in words["live"] for k in here if k not in signs)
        for here in spans.values()
    ):
        return mentions

    def ahead(m: Mention) -> bool:
        here = spans[m.sentence]
        if not asks(here):
            return False
        if not any(tokens[k].surface in words["future"] for k in here if k < m.first):
            return False
        told = [tokens[k] for k in here if k not in signs]
        return not live(told, True) and not any(t.number is not None for t in told)

    if not all(ahead(mentions[k]) for k in worse):
        return mentions
    asked = set(worse)
    return [m._replace(asked=True) if k in asked else m for k, m in enumerate(mentions)]
