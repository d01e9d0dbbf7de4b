"""The learned check's emergency where the only signs told are someone else's that are over, and
the asker's own are denied (safety72, issue #12, red flags 29).

"My mum had a prolapsed disc about fifteen years ago and she couldn't wee and couldn't feel her
bottom, she had surgery that night. She's fine now. My own back is sore after a day of painting,
no numbness, peeing fine, legs fine." The rules judge every sign there (the mother's over, the
asker's denied) and raise nothing; the learned check, reading the mother's words, is sure of an
emergency (P 0.99), and a short message's sure emergency was raised over signs the rules judged
(the sign it reacts to may be one the rules do not know). A long message's passages already ask
more (passages._window_notice): where every sign a passage names is judged, the sentences there
holding none of those signs must raise the emergency on their own.

So a short message is held to the same: when every sign the rules recognised is judged (denied,
over or a topic), some of them someone else's that are over ("years ago", "he's fine now"), the
message is read again without the sentences holding those, a passage at a time (as
beside_rules.py and risk_only.py read a rest). The emergency stands when that rest still reads
as one, as surely as any notice must be read (P(emergency) past the soon threshold); otherwise
the notice is the rest's own, if any. The asker's own signs, or someone else's told now ("Today
she couldn't wee"), leave the message unsettled and untouched; so does a message asking for care,
pleading or afraid (a 'kept_live' word other than a time: "My uncle had cauda equina syndrome
back in 1998. He wet himself in the car on the way here and didn't feel it. What should we do?",
where the rules' reading dates the second sentence with the first).
"""

from __future__ import annotations

from backcare.engine.safety.beside_rules import BesideRules
from backcare.engine.safety.flags import RedFlag, most_urgent
from backcare.engine.tuning import NET_MAX_WORDS
from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.safety.reading import Token
    from backcare.engine.safety.rules import Mention


class OthersOver(BesideRules):
    """The learned check's emergency over someone else's signs that are over (mixed into
    `Safety` through risk_only.RiskOnly)."""

    if TYPE_CHECKING:  # the steps of the check, defined by `Safety` (detect.py, follow_up.py)

        def _judged(self, mentions: list[Mention], animals: list[Mention]) -> list[Mention]: ...
        def _settled(self, mentions: list[Mention], judged: list[Mention]) -> bool: ...
        def _live_word(self, tokens: list[Token], timing: bool = True) -> bool: ...

    def _others_over_held(self, question: str, notices: list[RedFlag]) -> list[RedFlag]:
        """The learned check's notices (most urgent first), its emergency replaced by what the
        message reads without the sentences telling someone else's signs that are over, when
        every sign is so judged (module doc)."""
        if not notices or notices[0].urgency != "emergency" or notices[0].learned is None:
            return notices
        tokens, mentions, animals = self._reading(question)
        if len(tokens) > NET_MAX_WORDS:
            return notices  # a story: its passages were so read already (passages.py)
        if self._live_word(tokens, timing=False):
            return notices  # care asked for, a plea, a fear ("Should I take him to A&E?")
        kept = [m for m in mentions if m.concept not in self._parts]
        if not self._settled(kept, self._judged(kept, animals)):
            return notices
        aside = {
            m.sentence
            for m in kept
            if m.other and (m.past or m.resolved) and not m.negated and m.concept in self._symptoms
        }
        rest = {p for p, t in enumerate(tokens) if t.sentence not in aside}
        if not aside or not rest:
            return notices
        again = most_urgent(self._passages_notices(question, tokens, kept, animals, rest))
        sure = self._learned_net().thresholds["soon"]
        if again and again[0].urgency == "emergency" and (again[0].learned or 0.0) >= sure:
            return notices  # the rest reads as an emergency on its own
        return [n for n in again if n.urgency != "emergency"]
