"""A sign's term asked about after the message denies it (safety76, issue #12, red flags 29): a
physio letter pasted, "No saddle anaesthesia. Bladder and bowel function normal.", then "What does
'saddle anaesthesia' mean?". The question names the term the letter denied: no one tells it, so
its signs are asked about (a pointer, no notice), as a general question's are (framing._asked,
whose gates a pasted letter's report of the asker's own back keeps closed).

A sentence holding a DEFINE mention ("what does ... mean", "what is") and no self word ("I",
"my", "mine") has its signs asked when each of them, by concept, was denied in an earlier
sentence. "What does saddle anaesthesia mean? My bum has gone numb since yesterday" keeps its
notice (the sign in a sentence of its own), and so does "What does saddle anaesthesia mean, is it
what I have?" (a self word) or a sign the message never denied."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention

DEFINE = "DEFINE"


def defined_after_denial(
    tokens: list[Token],
    mentions: list[Mention],
    symptoms: AbstractSet[str],
    self_words: AbstractSet[str],
) -> list[Mention]:
    """The mentions, a denied sign's term asked about marked `asked` (module doc)."""
    asking = {m.sentence for m in mentions if m.concept == DEFINE}
    if not asking:
        return mentions
    asking -= {t.sentence for t in tokens if t.surface in self_words}
    held: set[int] = set()
    for sentence in asking:
        signs = [
            k
            for k, m in enumerate(mentions)
            if m.sentence == sentence and m.concept in symptoms and not m.negated
        ]
        denied = {m.concept for m in mentions if m.negated and m.sentence < sentence}
        if signs and all(mentions[k].concept in denied for k in signs):
            held.update(signs)
    return [m._replace(asked=True) if k in held else m for k, m in enumerate(mentions)]
