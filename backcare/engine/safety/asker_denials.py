"""The asker's own denials that may cover signs named in general or in reports ("I have none of
them", "I haven't", "I don't have any numbness", a normal reading "36.6 today"): read by
`framing.Framing` (mixed in), kept apart so that each module reads in one sitting."""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.namedtuple import NamedTuple

BARE_DENIAL = 6  # "I haven't", "Mine haven't, thankfully": a bare denial is short (as an answer)


class Denials(NamedTuple):
    """The asker's denials that may cover signs told in general or in reports (`_covered`)."""

    proform: set[int]  # clauses: "I have none of them"
    bare: set[int]  # clauses: "I haven't", "Not me"
    signs: dict[int, str]  # clause -> the sign it denies: "I don't have any numbness"
    told: set[int]  # clauses that name a sign
    words: dict[int, list[str]]  # each clause's words
    readings: set[int]  # clauses: a normal reading of the asker's ("36.6 today")

    @property
    def cover(self) -> set[int]:
        """The clauses that deny by a pro-form or barely."""
        return self.proform | self.bare


class AskerDenials(Vocabulary):
    """The asker's denials of `detect.Safety` (mixed in through framing.Framing)."""

    def _asker_denials(self, tokens: list[Token], mentions: list[Mention]) -> Denials | None:
        """The asker's clauses that may deny signs named in general or in reports, or None when
        there is none. Three kinds (held-out 16 to 18):
        - a pro-form ('covering': "I have none of them", "That's not me at all", "I don't have
          any of that", "I have neither", "Not my situation") in a clause that names no sign;
        - a bare denial, every word a negation, a "no" or a word a bare answer holds ("I
          haven't", "Mine haven't, thankfully", "Not me", "I don't"); an ability ("I can't", "I
          couldn't") is none: after "if you can't feel your bum" it says yes;
        - the asker's own denial of a sign ("I don't have any numbness at all", "I pee fine"),
          which covers the signs of its kind only (_kin_signs)."""
        told = {tokens[m.first].clause for m in mentions if m.concept in self._symptoms}
        negating: set[int] = set()  # clauses with a negation, and with a word that breaks cover
        breaking: set[int] = set()
        cover: set[int] = set()
        owned: set[int] = set()  # clauses with a self word
        words: dict[int, list[str]] = {}
        for t in tokens:
            if t.surface in self._negations:
                negating.add(t.clause)
            if t.surface in self._covering_breaks:
                breaking.add(t.clause)
            if t.surface in self._covering and t.clause not in told:
                cover.add(t.clause)
            if t.surface in self._self:
                owned.add(t.clause)
            words.setdefault(t.clause, []).append(t.surface)
        bare_words = (
            self._negations | self._answers_no | self._answer_words | self._self
        ) - self._inquiry_abilities
        bare = {
            c
            for c in negating - told - breaking
            if c in owned or "me" in words[c]
            if len(words[c]) <= BARE_DENIAL and all(w in bare_words for w in words[c])
        }
        proform = (cover & negating) - breaking
        # the asker's own case limited after a general statement ("people say a fever is
        # serious; mine is just stiff", "the rule is numb legs means 999, but mine are fine"):
        # a disclaimer of the asker's own ('own_case': "mine") in a clause that names no sign
        # covers as a pro-form does (safety37); one that says yes ("Mine just did") is no
        # disclaimer by now (detect drops it: Disowning._affirms)
        proform |= {
            tokens[m.first].clause
            for m in mentions
            if m.concept in self._disclaimers
            and not m.negated
            and tokens[m.first].clause not in told
            and any(tokens[p].surface in self._own_case for p in range(m.first, m.last + 1))
        }
        signs = {
            tokens[m.first].clause: m.concept
            for m in mentions
            if m.negated
            and not m.other
            and m.concept in self._symptoms
            and tokens[m.first].clause in owned
            and tokens[m.first].clause not in breaking
        }
        # "36.7C", "temp 36.6 today": the asker's normal reading denies what it measures
        # ('reading_denials'), as "I don't have a fever" does, unless someone else's
        readings = {
            tokens[m.first].clause: self._reading_denials[m.concept]
            for m in mentions
            if m.concept in self._reading_denials and not m.other and not m.negated
        }
        for clause, concept in readings.items():
            signs.setdefault(clause, concept)
        if not proform and not bare and not signs:
            return None
        return Denials(proform, bare, signs, told, words, set(readings))
