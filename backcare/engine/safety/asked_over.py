"""Back trouble asked about after the asker told it over is that episode's, not a pain now
(safety108, issue #12, red flags 36: "Had flu last week - fever and aches everywhere including my
back. Everything's gone now and I feel back to normal. Is it normal for flu to make your back
ache?" raised recent-infection on the question's "back ache").

The rules that need back pain (a recent infection's, a fever's) read the pain of a question such
as "is it normal for flu to make your back ache?" as told now. When the asker has already told
their own back trouble as over (resolved: "everything's gone now", or past), a question after it
asks about that episode: its back trouble is marked resolved, as the episode's is. Never when
- back trouble of the asker's is told live outside such a question ("... but my back still
  aches", "It's killing me today"), or in a question before the episode told over;
- a live word (a plea, "still", "since": senses._live_word, its timing words aside) stands
  anywhere after the episode's first words told over ("Mine still does.");
- the question itself holds a live word or a time ("... ache this much today?"), or a sign the
  episode told over did not hold ("My back was sore after the epidural, that passed. Is it
  normal for your back to be agony with a fever and the site red and swollen?": safety110).
Sentences that ask open with one of data/asked_over.json 'openers'. Only back trouble is touched:
a sign asked about ("is it normal to not be able to pee?") is other readings' to judge.
"""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import TROUBLES


def asked_over(
    tokens: list[Token],
    mentions: list[Mention],
    live: Callable[[list[Token], bool], bool],
) -> list[Mention]:
    """The mentions, the asker's back trouble in a question after their episode told over
    marked resolved (module doc); `live` is senses._live_word."""
    own = [m for m in mentions if m.concept in TROUBLES and not m.other and not m.negated]
    over = [m.first for m in own if m.resolved or m.past]
    if not over:
        return mentions
    start = min(over)
    openers = listed_words("asked_over.json")["openers"]
    firsts: dict[int, int] = {}  # sentence -> its first word's position
    for k, t in enumerate(tokens):
        firsts.setdefault(t.sentence, k)
    asking = {s for s, k in firsts.items() if k > start and tokens[k].surface in openers}
    now = [m for m in own if not (m.resolved or m.past)]
    if not now or any(m.sentence not in asking for m in now):
        return mentions
    if live(tokens[start:], False):
        return mentions
    spans: dict[int, list[Token]] = {}
    for t in tokens:
        if t.sentence in asking:
            spans.setdefault(t.sentence, []).append(t)
    if any(live(spans[m.sentence], True) or _timed(spans[m.sentence]) for m in now):
        return mentions
    # a sign the episode told over did not hold, asked about beside the trouble ("... for your
    # back to be agony with a fever and the site red and swollen?"): a case now, not the episode
    # (safety110, review28 F)
    asked_in = {m.sentence for m in now}
    told = {m.concept for m in mentions if m.sentence < min(asked_in)}
    if any(m.sentence in asked_in and not m.negated and m.concept not in told for m in mentions):
        return mentions
    asked = {id(m) for m in now}
    return [m._replace(resolved=True) if id(m) in asked else m for m in mentions]


def _timed(words: list[Token]) -> bool:
    """Whether a question names a number (a time, a count: "for 3 days now?")."""
    return any(t.number is not None for t in words)
