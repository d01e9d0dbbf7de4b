"""The learned check's emergency where the message tells only a risk factor of a lower tier: a
minor fall, older age, thin bones (safety69, issue #12, red flags 28).

The check was trained where falls and old age sat beside many emergencies (a fall from a ladder,
a crash, legs gone after a fall) and read "Dad (82) missed the last step on the stairs, just one
step, sat down hard. Back's been sore since." at P(emergency) 0.40, "Grandma (84) slid off the
edge of her bed onto the carpet" at 0.28 and "I was born in 1940 and the back pain started on
Tuesday" at 0.30: an emergency notice, "call 999", for what the guidance (SAFETY_FACTS.md, NICE
CKS) puts in the "see a doctor soon" tier: a minor fall in an older person, osteoporosis, steroid
use, new pain over 50. A serious accident (a fall from a height, a crash) stays an emergency.

So when the learned check's emergency stands on a message naming one of these risk factors live
('learned.risk_only.concepts' in data/red_flags.json) and no major-trauma mechanism in any state
('major': a height, a vehicle, a trauma event), the message is read again without the sentences
that name the risk factor, a passage at a time (passages.py, as beside_rules.py reads the rest of
a message beside a lower rule). The emergency stands when that rest still reads as one at the
emergency threshold, or when a sentence set aside names any concept outside the risk factors and
plain pain (a sign the rules know, in any state, told with the fall), or holds words a sign may
hide in (plain.odd_words: "c4nt p33", "she cant we"). Otherwise the notice is the learned
check's at the lower tier the rest reads, and at least the risk factor's own tier ('floor': soon).
The section is checked once, at load (rules._learned).
"""

from __future__ import annotations

from backcare.engine.safety.flags import URGENCIES, RedFlag, action_text, most_urgent
from backcare.engine.safety.reading import Token
from backcare.engine.safety.relatives_history import RelativesHistory
from backcare.engine.safety.rules import Mention


class RiskOnly(RelativesHistory):
    """The learned check's emergency lowered where only a lower tier's risk factor carries it
    (mixed into `Safety`)."""

    def _risk_spec(self) -> tuple[frozenset[str], frozenset[str], str] | None:
        """'learned.risk_only' of data/red_flags.json (checked at load): the risk concepts, the
        major ones and the floor tier."""
        assert self._learned is not None  # read only with a learned check
        spec = self._learned.get("risk_only")
        if spec is None:
            return None
        return frozenset(spec["concepts"]), frozenset(spec["major"]), str(spec["floor"])

    def _risk_capped(
        self,
        question: str,
        notices: list[RedFlag],
        read: tuple[list[Token], list[Mention], list[Mention]],
    ) -> list[RedFlag]:
        """The learned check's notices (`notices`, most urgent first), its emergency lowered to
        the tier of the risk factor (or of the rest of the message) when only a minor fall, age
        or thin bones carried it; `read`: the question's tokens, mentions and animals, as
        check_learned read them."""
        notices = self._others_over_held(question, notices)  # others_over.py
        notices = self._relatives_held(question, notices)  # relatives_history.py
        notices = self._denied_lists_held(question, notices)  # denied_lists.py
        if not notices or notices[0].urgency != "emergency" or notices[0].learned is None:
            return notices
        spec = self._risk_spec()
        if spec is None:
            return notices
        risk, major, tier = spec
        tokens, mentions, animals = read
        named = [*mentions, *animals]
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.plain import odd_words, plain_concepts

        allowed = risk | plain_concepts() | self._background
        live = [m for m in mentions if not (m.negated or m.asked or m.general)]
        if (
            not any(m.concept in risk for m in live)
            or any(m.concept in major for m in named)
            or any(m.concept not in allowed for m in named)
        ):
            return notices  # no risk factor, a serious accident, or a sign the rules know
        aside = {m.sentence for m in mentions if m.concept in risk}
        if odd_words([t for t in tokens if t.sentence in aside]):
            return notices
        rest = {p for p, t in enumerate(tokens) if t.sentence not in aside}
        if rest:
            kept = [m for m in mentions if m.concept not in self._parts]
            again = most_urgent(self._passages_notices(question, tokens, kept, animals, rest))
            if again and again[0].urgency == "emergency":
                return notices  # the rest reads as an emergency on its own
            if again and URGENCIES.index(again[0].urgency) < URGENCIES.index(tier):
                tier = again[0].urgency
        first = notices[0]
        assert self._learned is not None
        message = str(self._learned["messages"][tier])
        return [RedFlag(first.id, tier, message, action_text(tier), first.learned)]
