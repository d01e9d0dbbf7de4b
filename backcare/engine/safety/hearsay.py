"""Signs in a claim someone else makes about signs in general (safety104, issue #12, red flags 35).

"Bloke at work says if your back hurts at night it's cancer. Mine only hurts when I get out of the
car after a long drive. He's talking rubbish, right?" "My mum's a nurse and keeps saying back pain
with a fever is serious. I've got back pain but no fever at all, she's just fussing." The signs
are what a colleague or a mother claims of anyone's back; the asker brings the claim to ask about
it, and tells their own case apart. The rules read the colleague's "cancer" as the asker's and
the mother's "back pain with a fever" as hers, and raised cancer-history and infection-fever.

So a claim's signs are marked asked (a general question's: no notice, the pointer names their
tier) where, in one sentence, a saying verb (data/hearsay.json 'verbs': "says", "keeps saying",
"reckons", "told me") follows a speaker other than the asker (the vocabulary's 'others', a
pronoun, or one of 'speakers': "bloke", "people") with no self word right before the verb ("I
keep saying"), and the words after it, to the sentence's end, are a claim of no one's: one of
'generic' ("if", "you", "means", "serious"), no self word, no other person ("my husband says his
legs are numb" is his report) and no 'live' word ("he says that since today ..."). Never where the
asker tells a sign outside the claim that raises a notice alone ("... and I can't pee since this
morning"), nor where the claim's sign is told live elsewhere, the asker's or anyone's ("mine has
gone numb", "He can't pee since last night").

Nor where the message holds, anywhere outside the claim, the asker taking the claim up (safety106,
review27: "Google says numb bum plus not being able to wee means cauda equina. Sounds like me
tbh", "Everyone says if your legs both go numb with a bad back you need A&E. That's me right now,
should I go?"): an echo of it ('echoes' or the vocabulary's topic-frame echoes: "sounds like me",
"that's me", "same"), a 'live' word ("now", "today") or a plea ('pleas': "should I go", "what do
I do"). The claim's own sentence reads only the claim; the echo is told beside it, often in a
sentence of its own. People minimise: when unsure, the notice stands.
"""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.hypothetical import phrases_at
from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary

# how many words before a saying verb the self word that makes it the asker's may stand ("I keep
# saying", "I always said")
SELF_REACH = 2


def _words() -> dict[str, frozenset[str]]:
    return listed_words("hearsay.json")


class Hearsay(Vocabulary):
    """The reading of a claim someone else makes (mixed into `detect.Safety`)."""

    def _hearsay(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """The mentions, the signs of someone else's claim about signs in general marked asked
        (module doc). `fired` gives the rules' notices for some mentions."""
        words = _words()
        firsts = {v.split()[0] for v in words["verbs"]}
        if not any(t.surface in firsts for t in tokens):
            return mentions  # the quick exit: no saying verb's first word
        people = self._others_stems | self._pronouns
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for k, t in enumerate(tokens):
            starts.setdefault(t.sentence, k)
            ends[t.sentence] = k + 1
        claims: set[int] = set()
        for k, phrase in phrases_at(tokens):
            if phrase not in words["verbs"]:
                continue
            sentence = tokens[k].sentence
            before = tokens[starts[sentence] : k]  # a sentence's own words: linear in a long text
            if any(t.surface in self._self for t in before[-SELF_REACH:]):
                continue  # "I keep saying"
            if not any(
                t.stem in people or t.surface in people or t.surface in words["speakers"]
                for t in before
            ):
                continue
            start = k + len(phrase.split())
            claim = tokens[start : ends[sentence]]
            if not any(t.surface in words["generic"] for t in claim):
                continue
            if any(
                t.surface in self._self
                or t.surface in words["live"]
                or t.stem in self._others_stems
                or t.surface in self._pronouns
                for t in claim
            ):
                continue
            claims.update(range(start, ends[sentence]))
        if not claims or self._claim_taken_up(tokens, claims, words):
            return mentions
        said = {
            m.concept
            for m in mentions
            if m.first in claims and m.concept in self._symptoms and not m.negated
        }
        outside = [m for m in mentions if m.first not in claims]
        if fired(outside) or any(
            m.concept in said and not (m.negated or m.past or m.asked or m.general) for m in outside
        ):
            return mentions  # a sign told outside the claim raises a notice, or is the claim's
        return [
            m._replace(asked=True)
            if m.first in claims and m.concept in self._symptoms and not m.negated
            else m
            for m in mentions
        ]

    def _claim_taken_up(
        self, tokens: list[Token], claims: set[int], words: dict[str, frozenset[str]]
    ) -> bool:
        """Whether the words outside the claims hold the asker's echo of a claim, a live word or
        a plea (module doc): the claim is then the asker's case, not a topic."""
        if any(t.surface in words["live"] for k, t in enumerate(tokens) if k not in claims):
            return True
        taken_up = words["echoes"] | words["pleas"] | self._frame_echoes
        return any(k not in claims and phrase in taken_up for k, phrase in phrases_at(tokens))
