"""A clear lead: confidence the pack's own vocabulary gives when coverage alone falls short. Pure.

Coverage counts every word of a question, and a word no entry of the pack holds counts against
every entry alike. On a clinic's own page most such words are the patient's ("are you open at
weekends": the page says "Saturday mornings"; "will my insurance cover it"; "should I stay in bed
until my back gets better"): they tell no entry apart, so they cannot say the best entry is wrong,
only that the page words things otherwise. When the best entry holds every word of the question
that the pack has a term for, names its subject, answers its type, and ranks far ahead of the
runner-up, it is the answer the pack has. A question whose missing word some *other* entry holds
("do you have a pool for exercises": a hydrotherapy entry says "pool") is no clear lead, nor is one
whose best entry merely leads a field of weak matches (LEAD_FLOOR).
"""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.ranked import Signals
from backcare.engine.tuning import LEAD_FLOOR, LEAD_RATIO


def clear_lead(
    signals: Signals, score: float, lead: float, unknown: Collection[str], as_said: bool
) -> bool:
    """Whether the best entry (its `signals` and confidence `score`), ranked `lead` times the
    runner-up's ranking score (inf without one), leads clearly enough to be confident although
    its score is below the mark; `unknown`: the question's words the pack holds no term for;
    `as_said`: whether the entry holds some word of the question as the question says it.

    An entry that holds none of the question's words as said, only what the lexicon links them
    to, does not lead clearly: the words the pack lacks may be the very thing asked ("how much does a
    session cost" against "How do I get the most out of a GP appointment?": "cost" is missing,
    and "session" is only a synonym of "appointment")."""
    if not as_said:
        return False
    if not signals.subject or signals.intent < 0 or signals.outside:
        return False
    if signals.tied or signals.states_only or signals.unasked:
        return False
    if any(word not in unknown for word in signals.missing):
        return False
    return score >= LEAD_FLOOR and lead >= LEAD_RATIO
