"""The learned check's notice where every sign named is in a list the asker denied (safety104, issue
#12, red flags 34: "The NHS page says see a GP if: you've lost weight without trying, the pain is
worse at night, the pain is between your shoulder blades. None of those. Mine started after
hoovering the stairs on Sunday and is easing.").

framing._covered reads the page's signs as the asker's to deny ('disowned'), and the rules raise
nothing; the learned check's gate holds its notice only where every mention is judged, and the
asker's own story words beside the list ("Mine started ...": a time, an onset) are no judged
sign, so the check, reading the page's words, raised soon. Holding the check wherever such words
stand lost catches (safety100: "The handout included saddle numbness and retention. Both apply
to me since yesterday."). So, as others_over.py does for someone else's signs that are over, the
message is read again without the sentences naming the denied list, a passage at a time: the
notice is the rest's own, if any (an emergency only as surely as any notice must be read). Only
where every sign the rules read (plain pain's concepts aside) is denied and some were a list's
the asker disowned, the sentences set aside hold no odd words (plain.odd_words), and the rest
tells no sudden, recent or worsening course and no plea, fear or "now" (data/denied_lists.json:
"None of those. Mine came on suddenly this morning and I feel awful" is the asker's own case).
"""

from __future__ import annotations

import functools

from backcare.engine.safety.flags import RedFlag, most_urgent
from backcare.engine.safety.others_over import OthersOver
from backcare.engine.tuning import NET_MAX_WORDS
from backcare.hints import TYPE_CHECKING
from backcare.resources import DataError

if TYPE_CHECKING:
    from backcare.engine.safety.reading import Token


@functools.cache
def _bars() -> frozenset[str]:
    from backcare.resources import read_json

    try:
        return frozenset(str(c) for c in read_json("denied_lists.json")["bars"])
    except (KeyError, TypeError) as error:
        raise DataError(f"denied_lists.json: {error!r}") from None


class DeniedLists(OthersOver):
    """The learned check's notice over a list the asker denied (mixed into `Safety` through
    relatives_history.RelativesHistory)."""

    if TYPE_CHECKING:  # defined by `Safety` (senses.py)

        def _live_word(self, tokens: list[Token], timing: bool = True) -> bool: ...

    def _denied_lists_held(self, question: str, notices: list[RedFlag]) -> list[RedFlag]:
        """The learned check's notices, or the rest's where every sign is denied and some were a
        list's the asker disowned (module doc)."""
        if not notices or notices[0].learned is None:
            return notices
        tokens, mentions, animals = self._reading(question)
        if len(tokens) > NET_MAX_WORDS or animals:
            return notices  # a story: its passages were so read already (passages.py)
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.plain import odd_words, plain_concepts

        plain = plain_concepts()
        kept = [m for m in mentions if m.concept not in self._parts]
        signs = [m for m in kept if m.concept in self._symptoms and m.concept not in plain]
        if not any(m.disowned for m in signs) or not all(m.negated for m in signs):
            return notices
        # the list's own sentences: a sign told with a negation beside it is the asker's to
        # read ("Only thing is I haven't had the urge to pee since yesterday": review19)
        aside = {m.sentence for m in signs if m.disowned}
        if odd_words([t for t in tokens if t.sentence in aside]):
            return notices
        rest = {p for p, t in enumerate(tokens) if t.sentence not in aside}
        bars = _bars()
        if self._live_word([tokens[p] for p in sorted(rest)]) or any(
            m.concept in bars and m.first in rest for m in kept
        ):
            return notices  # the asker's own case told beside the list
        if not rest:
            return []
        again = most_urgent(self._passages_notices(question, tokens, kept, animals, rest))
        sure = self._learned_net().thresholds["soon"]
        if again and again[0].urgency == "emergency" and (again[0].learned or 0.0) >= sure:
            return notices  # the rest reads as an emergency on its own
        return [n for n in again if n.urgency != "emergency"]
