"""The asker's sign told by echoing the sentence before it (safety35, issue #12): "My friend has a
numb bum. Me too.", "My husband says his legs are weak. Mine are too.", "patients describe it as
a numb bum. I've had that since yesterday". The sign is named once, as someone else's or as a
description; the echo makes it the asker's, in the echo's own sentence, so its time course
("since yesterday") and its rules read it there."""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary


class Echoed(Vocabulary):
    """The reading of an echo ('echo' in data/safety_vocabulary.json; mixed into `Safety`)."""

    def _echoed(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, and for each sentence that opens with an echo, the symptoms of the
        sentence just before it (not denied there) told again as the asker's, at the echo's
        first word. An echo is a clause of echo words only, with a marker ("too", "same",
        "that"), no negation ("Mine aren't" denies) and no sign of its own, ended by its
        clause's end or a 'then' word ("since", "and")."""
        echoes = self._echoes(tokens)
        if not echoes:
            return mentions
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        told: list[Mention] = []
        for echo in echoes:
            at = echo.start
            sentence = tokens[at].sentence
            # a sign of the echo's own lies within it: one that reads on past its end ("Mine are
            # doing the same since my back went": "the same since" is no improvement) is not
            if any(
                m.concept in self._symptoms and m.first in echo and m.last in echo for m in mentions
            ):
                continue
            # the sentence just before (numbers may skip: a short sentence is joined to the next)
            for m in by_sentence.get(tokens[at - 1].sentence, ()):
                if m.concept in self._symptoms and not m.negated:
                    told.append(_askers(m, at, at, sentence))
        return mentions + told

    def _echoes(self, tokens: list[Token]) -> list[range]:
        """The words of each echo: the opening words of a sentence (not the first) that are an
        echo (see _echoed)."""
        starts: list[range] = []
        for k, t in enumerate(tokens):
            if k == 0 or tokens[k - 1].sentence == t.sentence:
                continue
            end = k
            while (
                end < len(tokens)
                and tokens[end].clause == t.clause
                and tokens[end].surface in self._echo_words
            ):
                end += 1
            words = {tokens[p].surface for p in range(k, end)}
            ended = end == len(tokens) or tokens[end].clause != t.clause
            # one word is an echo only if it says so alone ("Same."): "Also, is a heat pad
            # better?" opens an ordinary question (redteam14 B6)
            # "you know when you can't feel the loo seat? that.": a marker that is the whole
            # sentence points back at it (safety78)
            whole = end == len(tokens) or tokens[end].sentence != t.sentence
            if (
                words & self._echo_markers
                and (
                    end - k > 1
                    or words <= self._echo_alone
                    or (whole and words <= self._echo_whole)
                )
                and not words & self._negations
                and (ended or tokens[end].surface in self._echo_then)
            ):
                starts.append(range(k, end))
        return starts


def _askers(m: Mention, first: int, last: int, sentence: int) -> Mention:
    """Someone's sign told again as the asker's own, now, at `first`..`last` of `sentence`: none
    of the readings that made it another's, past, over, general, asked or disowned carries over."""
    return m._replace(
        first=first,
        last=last,
        sentence=sentence,
        other=False,
        past=False,
        resolved=False,
        general=False,
        asked=False,
        disowned=False,
    )
