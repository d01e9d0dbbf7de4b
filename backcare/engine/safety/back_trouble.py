"""Whose back trouble a question tells, for the rules that need it: the asker's, someone else's
spine, and back pain denied with no one's back trouble told (safety34's `unless_pain_denied`
rules). Moved out of detect.py's _fired, unchanged by the move, so that module stays readable in
one sitting."""

from __future__ import annotations

from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import BACK, BACK_TROUBLE, GUARDING, PAIN, TROUBLES
from backcare.namedtuple import NamedTuple


class BackTrouble(NamedTuple):
    # per rule kind (pain only or not): (the asker's back trouble told, someone else's told)
    told: dict[bool, tuple[bool, bool]]
    others_spine: bool  # someone else's spine told, so their current emergency is theirs
    pain_denied: bool  # back pain denied and no back trouble of anyone's told
    # someone else's back pain denied ("my toddler has a curved back, no pain, but ..."): their
    # back is what is asked about, so their emergency signs now are theirs to be helped with
    others_denied: bool = False


def back_trouble(mentions: list[Mention]) -> BackTrouble:
    trouble = [
        m
        for m in mentions
        if m.concept in TROUBLES and not m.negated and not m.past and not m.resolved
    ]
    # someone else's symptoms count when the question describes that person's back pain or
    # back trouble now: they are the one who needs help ("my husband did his back in and his
    # foot slaps the floor"), whether or not the asker's back hurts too. Their risk factors or
    # symptoms without back trouble of theirs ("my mum had cancer and I lift her") do not.
    # "Never had back pain in my life. Three weeks ago it started": a history, not a denial
    # of the pain told after it (safety31: probe 21's line lost two rules once the subjectless
    # sentence was read as the asker's)
    never = [(m.first, m.last) for m in mentions if m.concept == "NEVER_HAD" and not m.other]
    self_fine = any(
        m.concept == BACK
        and m.negated
        and not m.other
        and not any(a <= m.first and m.last <= b for a, b in never)
        for m in mentions
    )
    # their pain must be their back's ("he hurt his elbow" is not back trouble); "my tummy
    # hurts, back is fine": no back pain. Per rule: back trouble of any kind, or pain proper
    # for a rule whose sign is the pain itself (a stiff back in the morning is no night pain)
    told: dict[bool, tuple[bool, bool]] = {}
    for pain_only in (False, True):
        pain = [m for m in trouble if m.concept == PAIN or not pain_only]
        told[pain_only] = (
            any(not m.other for m in pain) and not self_fine,
            # a guarded back names the back in how one moves ("my son is limping and won't
            # bend", his back pain denied: safety48)
            any(m.other and (m.near_back or m.concept == GUARDING) for m in pain),
        )
    # someone else's current emergency (a rule with 'others_now': bladder, bowel, saddle, both
    # legs) is theirs to be helped with beside back trouble of theirs of any kind: a diagnosis,
    # an operation, an injury, over or eased or not ("Dad's back is much better but he has wet
    # himself twice today", "my mum has spinal stenosis and her legs have gone numb")
    others_spine = any(
        m.other
        and not m.negated
        and (
            m.concept in (BACK_TROUBLE, "SPINAL_OP")
            or (m.concept == PAIN and m.near_back)
            or (m.concept == BACK and (m.resolved or m.past))
        )
        for m in mentions
    )
    # back pain denied, and no back trouble of anyone's told ("He has no pain", "It doesn't
    # hurt her"): a denial inside NEVER_HAD is a history, not this
    pain_denied = not trouble and any(
        m.concept in TROUBLES
        and m.negated
        and not any(a <= m.first and m.last <= b for a, b in never)
        for m in mentions
    )
    # someone else's back pain denied: a parent telling a child's back ("no pain, but he's been
    # wetting himself and his legs are weak", review13 F9); the denial is of the pain, never of
    # their other signs (safety36)
    others_denied = any(
        m.other
        and m.concept in TROUBLES
        and m.negated
        and not any(a <= m.first and m.last <= b for a, b in never)
        for m in mentions
    )
    return BackTrouble(told, others_spine, pain_denied, others_denied)
