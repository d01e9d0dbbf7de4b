"""Wellness disclaimers that minimise (safety107, issue #12, review27): "is it normal to not be
able to pee for 12 hours with a bad back? im fine just asking", "can sciatica stop you peeing?
mines fine just curious, but I haven't been since last night", "Is it a bad sign if you can't
feel when you need to poo? I am fine just asking for me". safety105's disclaimers ("I'm fine,
just asking") set a question apart from the asker (framing's asked and general readings, the
covered reading's pro-form); people minimise with the same words, so a disclaimer of wellness
disowns nothing where the message tells a case ('minimised.json'):
- a time course, a duration or a recent time anywhere ('story' or 'recent' concepts, not denied:
  "for 12 hours", "since last night"); a bare number is none ("numb legs means 999");
- a "now" word or a plea or fear anywhere ('happening'; 'live' but care named, which a rule
  quoted holds: "the rule is numb legs means 999, but mine are fine");
- a claim after it in its sentence ('claims': "..., but I haven't been");
- the asker's own asking after it in its sentence ('own_asking': "just asking for me").
Such a disclaimer is dropped before any reading sees it. A limit of the asker's case ("mine is
just the left calf": no wellness word) is not read here: it narrows, it does not minimise."""

from __future__ import annotations

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary


def _words() -> dict[str, frozenset[str]]:
    return listed_words("minimised.json")


class Minimised(Vocabulary):
    """The reading of wellness disclaimers that minimise (mixed into `detect.Safety`)."""

    def _case_beside(self, tokens: list[Token], mentions: list[Mention]) -> bool:
        """Whether the message tells a case anywhere: a story or a recent time, a "now" word or a
        plea (module doc). Read once a message, not once a disclaimer: a long text of many
        disclaimers stays linear (tests/test_safety_scaling)."""
        if any(
            x.concept in self._story or x.concept in self._recent for x in mentions if not x.negated
        ):
            return True
        # care named is no plea: "the rule is numb legs means 999, but mine are fine" (safety37)
        pleas = self._live - self._reported_care
        return any(t.surface in self._happening or t.surface in pleas for t in tokens)

    def _minimising(self, tokens: list[Token], m: Mention, case_beside: bool) -> bool:
        """Whether the disclaimer `m` is wellness ("I'm fine", "mine's fine") told beside a case
        (`case_beside`, or a claim or the asker's own asking after it in its sentence), so it
        disowns nothing (module doc)."""
        if not any(tokens[p].surface in self._wellness_words for p in range(m.first, m.last + 1)):
            return False  # a limit, not wellness
        if case_beside:
            return True
        words = _words()
        sentence = tokens[m.last].sentence
        after: list[str] = []
        for t in tokens[m.last + 1 :]:  # the rest of its sentence
            if t.sentence != sentence:
                break
            after.append(t.surface)
        if any(w in words["claims"] for w in after):
            return True
        pairs = {" ".join(after[k : k + size]) for k in range(len(after)) for size in (2, 3)}
        return bool(pairs & words["own_asking"])
