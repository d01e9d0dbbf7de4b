"""A sign named as the aim or the image of an instruction (safety40, issue #12; redteam14 B1):
"hold until your legs shake and give way", "squat until you can't feel your legs", "let your legs
go heavy and numb", "notice any tingling in your buttocks", "imagine you are trying to stop the
flow of urine"; and a common experience told to "you" ("You know when you laugh so hard you nearly
wet yourself?"). The words from such an opening to the end of its clause speak to a listener
about what an exercise aims at: no one's state now, so their signs are read as someone else's
that is not happening (`other` and `past`: no rule's, and the learned check's gate counts them
judged). "I squatted until I couldn't feel my legs" is
the asker's and stays so, and the reach ends at the asker's own word ("let you know I can't pee"):
a sign after it is theirs."""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary


class Instructions(Vocabulary):
    """The reading of an instruction's aim ('instructions' in data/safety_vocabulary.json; mixed
    into `Safety`)."""

    def _instructed(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, those inside an instruction's aim marked as no one's now: from an
        'opener' word ("until", "let", "imagine") followed at once by a 'hearer' word ("you",
        "your", "any") to the end of that clause."""
        aimed: set[int] = set()
        for k in range(len(tokens) - 1):
            if (
                tokens[k].surface in self._instruction_openers
                and tokens[k + 1].surface in self._instruction_hearers
                and tokens[k + 1].clause == tokens[k].clause
            ):
                clause = tokens[k].clause
                end = k
                while (
                    end + 1 < len(tokens)
                    and tokens[end + 1].clause == clause
                    and not self._asker_speaks(tokens[end + 1])
                ):
                    end += 1
                aimed.update(range(k, end + 1))
        aimed |= self._everyones(tokens)
        if not aimed:
            return mentions
        return [
            m._replace(other=True, past=True)
            if m.first in aimed and m.last in aimed and m.concept in self._symptoms and not m.other
            else m
            for m in mentions
        ]

    def _asker_speaks(self, token: Token) -> bool:
        """Whether `token` is the asker's own word ("i", "my", "mine"): an instruction's aim or a
        common experience never reaches past it (review15 F14: "just to let you know i can't pee",
        "please let your team know my legs have gone weak", "should i wait until you open as i
        can't pee" are the asker's signs told to the clinic, not an exercise's aim)."""
        return token.surface in self._self

    def _everyones(self, tokens: list[Token]) -> set[int]:
        """The words of a common experience told in the generic second person ("You know when you
        laugh so hard you nearly wet yourself?", "you know how your legs go to jelly when you stand
        up too fast"): from a 'generic' opener ("when", "how") after "know", followed at once by a
        hearer word, to the end of its sentence. The asker who says it is theirs says so after
        ("... That's me since this morning": an echo, echoed.py, tells it again as theirs)."""
        words: set[int] = set()
        for k in range(1, len(tokens) - 1):
            if (
                tokens[k - 1].surface in self._generic_after
                and tokens[k].surface in self._generic_openers
                and tokens[k + 1].surface in self._instruction_hearers
                and tokens[k - 1].sentence == tokens[k + 1].sentence
            ):
                end = k
                while (
                    end + 1 < len(tokens)
                    and tokens[end + 1].sentence == tokens[k].sentence
                    and not self._asker_speaks(tokens[end + 1])
                ):
                    end += 1
                words.update(range(k, end + 1))
        return words
