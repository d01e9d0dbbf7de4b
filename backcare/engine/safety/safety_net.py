"""Safety-netting advice quoted: "111 told me to call 999 if I lose control of my bladder", "the GP
said to go to A&E if my bum goes numb or I can't pee", "the leaflet says seek help for numbness
around the back passage" (redteam12 B5). The signs are the advice's condition, in the future, not
something the asker tells; the "I" and "my" inside the condition are the advice's hearer. The
`reported` reading gives way at the first "I" or "my", so this one reads the condition itself."""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary

# care the advice names: the numbers and places of the reported-care words, and the verbs that
# send the hearer there ("call 999", "go straight to hospital", "seek help", "ring back")
CARE_VERBS = frozenset({"call", "ring", "phone", "go", "come", "seek", "get", "contact", "attend"})
# a condition's own time words that tell it has happened ("if I can't pee, and now I can't"):
# with any of them, or a sign told outside a condition, the advice denies nothing
TOLD_WORDS = frozenset({"since", "started", "began", "already", "again", "yesterday", "ago"})
# a time course's words that look ahead to care, not back to an onset ("until then", "till my
# appointment"): they tell no story of the signs
AHEAD_WORDS = frozenset({"until", "till", "til", "then"})


class SafetyNetAdvice(Vocabulary):
    """The reading of quoted safety-netting advice (mixed into `detect.Safety`)."""

    def _safety_net_conditions(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """Deny the signs inside the condition of advice someone gave: a sentence with a
        reporting word ('reported': said, told, says, warned, leaflet) and care it sends to
        ('abstract.reported_care' / 'advice_care': 999, A&E, hospital; or a care verb: call,
        go, seek), where a condition word after the reporting word ('advice_conditions': if,
        when, unless) opens the condition, or "seek help / call 999 for" names what it is for;
        the condition runs to its clause's end. Nothing is denied when the words outside the
        conditions raise a notice of their own, or the message tells a time course or a "now" ("... if my bum goes numb, and now it has": the
        condition has come true), so the asker's own sign always keeps its notice."""
        surfaces = [t.surface for t in tokens]
        clause_ends: dict[int, int] = {}
        by_sentence: dict[int, list[int]] = {}
        for k, t in enumerate(tokens):
            clause_ends[t.clause] = k + 1
            by_sentence.setdefault(t.sentence, []).append(k)
        inside: set[int] = set()
        for positions in by_sentence.values():
            words = [surfaces[p] for p in positions]
            reported = [p for p in positions if surfaces[p] in self._reported]
            if not reported or not (set(words) & (self._advice_care | CARE_VERBS)):
                continue
            for p in positions:
                if p <= reported[0]:
                    continue
                opens = surfaces[p] in self._advice_conditions or (
                    surfaces[p] == "for" and surfaces[p - 1] in self._advice_care | {"help"}
                )
                if opens:
                    inside.update(range(p, clause_ends[tokens[p].clause]))
        if not inside:
            return mentions
        signs = [
            m
            for m in mentions
            if m.concept in self._symptoms and not m.negated and not m.other and not m.past
        ]
        if not any(m.first in inside for m in signs):
            return mentions
        if fired([m for m in mentions if m.first not in inside]):
            return mentions  # a sign told outside the advice: the asker's own
        if any(t.surface in self._happening or t.surface in TOLD_WORDS for t in tokens):
            return mentions
        if any(
            m.concept in self._story
            and not m.negated
            and m.first not in inside
            and not all(surfaces[p] in AHEAD_WORDS for p in range(m.first, m.last + 1))
            for m in mentions
        ):
            return mentions
        return [
            m._replace(negated=True) if m.first in inside and m.concept in self._symptoms else m
            for m in mentions
        ]
