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
TOLD_WORDS = frozenset(
    {"since", "started", "began", "already", "again", "yesterday", "ago", "came", "happened"}
)
# a time course's words that look ahead to care, not back to an onset ("until then", "till my
# appointment"): they tell no story of the signs
AHEAD_WORDS = frozenset({"until", "till", "til", "then"})
# a statement outside the advice that its condition has come true, told elliptically: a subject
# ("it", "they", "which", I) right before one of these ("It has gone numb.", "and I can't", "which
# I have", "they have gone weak"); a wellness or a limit after it ("I'm fine", "mine is just a
# stiff back") says the opposite
SUBJECTS = frozenset({"it", "its", "they", "theyre", "which", "that", "thats", "this", "he", "she"})
AFFIRMING = frozenset(
    {
        "has",
        "have",
        "had",
        "can",
        "cant",
        "cannot",
        "couldnt",
        "did",
        "went",
        "gone",
        "got",
        "keep",
        "keeps",
        "still",
        "now",
    }
)
SELF_VERBS = frozenset({"ive", "its", "thats"})  # a subject and its verb in one word
NOT_AFFIRMING = frozenset({"fine", "ok", "okay", "alright", "good", "well", "just", "only", "not"})
# the words after which a condition's own clause goes on with a statement ("if I can't pee and I
# can't"): the condition ends there when a subject follows
CONDITION_ENDS = frozenset({"and", "but", "so", "which", "though", "although"})


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
            # advice, not a question reported ("asked me if I had ...": answered.py's)
            reported = [
                p
                for p in positions
                if surfaces[p] in self._reported and surfaces[p] not in self._inquiry_verbs
            ]
            if not reported or not (set(words) & (self._advice_care | CARE_VERBS)):
                continue
            for p in positions:
                if p <= reported[0]:
                    continue
                opens = surfaces[p] in self._advice_conditions or (
                    surfaces[p] == "for" and surfaces[p - 1] in self._advice_care | {"help"}
                )
                if opens:
                    inside.update(self._condition_scope(tokens, p, clause_ends[tokens[p].clause]))
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
        named = {m.concept for m in signs if m.first in inside}
        if any(m.concept in named for m in signs if m.first not in inside):
            return mentions  # the condition's sign told again outside it ("Mine is numb")
        if any(t.surface in self._happening or t.surface in TOLD_WORDS for t in tokens):
            return mentions
        if affirmed(tokens, inside, self._self, self._negations):
            return mentions  # "... if my legs go weak. They have gone weak."
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

    def _condition_scope(self, tokens: list[Token], start: int, end: int) -> range:
        """A condition's words: from its opening word to its clause's end, or to a joiner with a
        subject after it ("if I can't pee AND I can't"), whichever comes first."""
        for p in range(start + 1, end - 1):
            if tokens[p].surface in CONDITION_ENDS and (
                tokens[p + 1].surface in self._self or tokens[p + 1].surface in SUBJECTS
            ):
                return range(start, p)
        return range(start, end)


def affirmed(
    tokens: list[Token], skip: set[int], self_words: frozenset[str], negations: frozenset[str]
) -> bool:
    """Whether the words not in `skip` state something of a subject's ("It has gone numb",
    "which I have", "and I can't"), other than wellness or a limit ("I'm fine", "mine is just a
    stiff back", "I have neither"): then a condition or a question answered no may have come
    true since."""
    surfaces = [t.surface for t in tokens]
    for k, word in enumerate(surfaces):
        if k in skip:
            continue
        if word in SELF_VERBS:
            verb = k  # "ive", "its": the subject and its verb in one word
        elif (word in self_words or word in SUBJECTS) and k + 1 < len(tokens):
            verb = k + 1
            if surfaces[verb] not in AFFIRMING or verb in skip:
                continue
        else:
            continue
        after = surfaces[verb + 1 : verb + 3]
        if not any(w in NOT_AFFIRMING or w in negations for w in after):
            return True
    return False
