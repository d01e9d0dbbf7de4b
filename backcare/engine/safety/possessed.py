"""Person words that name no one told of (safety48, issue #12): the owner of a thing ("38.6 on
the baby's thermometer I borrowed", "the kids' digital thermometer says 39.1") and a person in an
idiom for a sign come back ("Old friend is visiting again since last night").

A person word makes what follows it, and the phrase it stands in, someone else's (others.py,
detect.py). The owner of a measuring device, a seat or a bed is no subject of the reading or of
the sitting: the asker read the baby's thermometer, sat on mum's sofa. The idiom's friend is the
sign itself, back again. Both are read before whose signs are whose: the person word's stem is
masked, so every reading that asks "is this a person?" reads a thing's word, and the learned
check still reads the words as written.
"""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.vocabulary import Vocabulary

MASK = "~owner~"  # the stem a masked person word reads as (no word has "~")


class Possessions(Vocabulary):
    """The reading of 'possessed' in data/safety_vocabulary.json (mixed into `Safety`)."""

    def _unowned(self, tokens: list[Token]) -> list[Token]:
        """The tokens, with each person word that owns a listed thing, or stands in an idiom
        for a sign come back, masked as no person."""
        masked = self._owners_of_things(tokens) | self._idiom_people(tokens)
        if not masked:
            return tokens
        return [t._replace(stem=MASK) if i in masked else t for i, t in enumerate(tokens)]

    def _owners_of_things(self, tokens: list[Token]) -> set[int]:
        """Person words (not pronouns: "her thermometer" goes on with whoever "her" is) followed
        in their clause by a 'things' word, with only 'kinds' words between ("the baby's
        thermometer", "my son's ear thermometer", "the kids digital thermometer"), the thing
        the asker's means: a 'means' word before the owner, past determiners ("38.6 on the
        baby's thermometer", "checked with my son's"). "The baby's thermometer says 38.2" may
        be the baby's reading: the baby stays its subject."""
        found: set[int] = set()
        for i, token in enumerate(tokens):
            if token.stem not in self._others_stems or token.surface in self._pronouns:
                continue
            k = i - 1
            while k >= 0 and tokens[k].surface in self._determiners:
                k -= 1
            if k < 0 or tokens[k].clause != token.clause:
                continue
            if tokens[k].surface not in self._possessed_means:
                continue
            for j in range(i + 1, min(len(tokens), i + 2 + self._possessed_reach)):
                if tokens[j].clause != token.clause:
                    break
                if tokens[j].surface in self._possessed_things:
                    found.add(i)  # "mum's sofa bed": the first thing will do
                    break
                if tokens[j].surface not in self._possessed_kinds:
                    break
        return found

    def _idiom_people(self, tokens: list[Token]) -> set[int]:
        """Person words ending an idiom for a sign ("old friend") that a 'returns' word follows
        in the clause ("is visiting again", "is back"): the sign come back, not a visitor."""
        found: set[int] = set()
        surfaces = [t.surface for t in tokens]
        for idiom in self._possessed_idioms:
            size = len(idiom)
            for i in range(len(tokens) - size + 1):
                if tuple(surfaces[i : i + size]) != idiom:
                    continue
                last = i + size - 1
                clause = tokens[last].clause
                if any(
                    t.surface in self._possessed_returns
                    for t in tokens[last + 1 :]
                    if t.clause == clause
                ):
                    found.add(last)
        return found
