"""The learned check's notice where the only sign told is a relative's risk factor: a family
history (safety104, issue #12, red flags 34 and 35).

"My aunt had breast cancer, does that make my back pain more serious? I've never had cancer
myself, I'm 31." "My mum has osteoporosis so I'm worried about my own bones - I'm 35, no back
pain." The rules read the aunt's cancer and the mother's thin bones as someone else's with no
back trouble of theirs, and raise nothing; the learned check reads "cancer" and "osteoporosis"
beside the asker's back and raised an emergency and a soon alone. A relative's cancer or
osteoporosis is a family history, not a sign of the asker's, nor the relative's emergency now.

So where every live sign the rules read is one of data/relatives_history.json's 'concepts' told
as someone else's, and no back trouble of theirs is told ("my mum has osteoporosis and her back
is agony" is hers to see a doctor about), nor a back in their history's sentence with no self
word in its clause ("back pain very bad since 2 days, my wife she is on chemo": whose back is
not said, and may be hers), and where the asker sets their own case apart from it, denying the
history of their own or their back pain ("I've never had cancer myself", "no back pain": "pain
going down my leg to the foot, my wife she is on chemo" denies neither, and is read as
written), the message is read again without the sentences
naming them, a passage at a time (as others_over.py reads the rest of someone else's signs that
are over): the notice is the rest's own, if any, and the emergency stands when the rest reads as
one as surely as any notice must be read (P(emergency) past the soon threshold: "I've never had
cancer myself, I'm 31" alone reads "cancer" at 0.56). It stands too when those sentences hold a concept
outside the relative's history, plain pain's and the background's (a sign the rules know, in any
state, told beside it: "my mum had cancer and I've lost a stone"), or words a sign may hide in
(plain.odd_words). Their signs themselves ("my mum has cancer and can't walk") leave the notice
untouched: they are live signs of someone else's.
"""

from __future__ import annotations

import functools

from backcare.engine.safety.denied_lists import DeniedLists
from backcare.engine.safety.flags import RedFlag, most_urgent
from backcare.engine.tuning import NET_MAX_WORDS
from backcare.resources import DataError


@functools.cache
def _history() -> tuple[frozenset[str], frozenset[str]]:
    """The relatives' risk factors and the concepts of their back trouble."""
    from backcare.resources import read_json

    try:
        found = read_json("relatives_history.json")
        return (
            frozenset(str(c) for c in found["concepts"]),
            frozenset(str(c) for c in found["their_back"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise DataError(f"relatives_history.json: {error!r}") from None


class RelativesHistory(DeniedLists):
    """The learned check's notice held where a relative's history is the only sign (mixed into
    `Safety` through risk_only.RiskOnly)."""

    def _relatives_held(self, question: str, notices: list[RedFlag]) -> list[RedFlag]:
        """The learned check's notices, or none where the message read without the sentences
        naming a relative's history raises none (module doc)."""
        if not notices or notices[0].learned is None:
            return notices
        tokens, mentions, animals = self._reading(question)
        if len(tokens) > NET_MAX_WORDS or animals:
            return notices  # a story: its passages were so read already (passages.py)
        history, their_back = _history()
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.plain import odd_words, plain_concepts

        plain = plain_concepts()  # a worry, an age, a time: no sign alone
        kept = [m for m in mentions if m.concept not in self._parts]
        live = [
            m
            for m in kept
            if m.concept in self._symptoms
            and m.concept not in plain
            and not (m.negated or m.past or m.resolved or m.general or m.asked)
        ]
        if not live or not all(m.other and m.concept in history for m in live):
            return notices
        if not any(
            m.negated and not m.other and (m.concept in history or m.concept in their_back)
            for m in kept
        ):
            return notices  # the asker sets nothing of their own apart from it
        aside = {m.sentence for m in live}
        mine = {t.clause for t in tokens if t.surface in self._self}
        if any(
            m.concept in their_back
            and not m.negated
            and (m.other or (m.sentence in aside and tokens[m.first].clause not in mine))
            for m in kept
        ):
            # their back trouble told, or a back beside their history that is no one's: "back
            # pain very bad since 2 days, my wife she is on chemo" is hers (review18)
            return notices
        allowed = history | plain | self._background
        if any(m.sentence in aside and m.concept not in allowed for m in kept if not m.negated):
            return notices
        if odd_words([t for t in tokens if t.sentence in aside]):
            return notices
        rest = {p for p, t in enumerate(tokens) if t.sentence not in aside}
        if not rest:
            return []
        again = most_urgent(self._passages_notices(question, tokens, kept, animals, rest))
        sure = self._learned_net().thresholds["soon"]
        if again and again[0].urgency == "emergency" and (again[0].learned or 0.0) >= sure:
            return notices  # the rest reads as an emergency on its own, as surely as any must
        return [n for n in again if n.urgency != "emergency"]
