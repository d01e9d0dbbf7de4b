"""How someone takes to care is no sign (safety128, issue #12, red flags 43).

"She's very independent and won't want a fuss", "She doesn't want the doctor because she hates
a fuss", "he's too stubborn to ring the GP": a carer's account of a relative's attitude to help.
The learned check weighs such words as signs (its training stories of the old and proud were
often emergencies): on an older mother's weight loss, or a gran hot and not herself, those
sentences alone made it sure of an emergency that nothing else in the message told.

So a scope (the reader's clause part) holding one of data/care_attitudes.json's 'attitude'
words, or one of its 'declining' words with one of its 'care' words after it, and naming no sign
the rules read, is set aside, and the learned emergency is held back when the rest, read alone,
reads no emergency at all (learned_check._attitude_held): the emergency stood on the attitude.
The bar is the check's own emergency tier, not the surer one other holds use (denied_rest.py):
where the rest still reads an emergency, however faintly ("now she's stumbling and holding the
walls ... she says don't fuss"), it stands on the signs' words and is kept. The rules still read
every word, and a sign told in the attitude's own scope ("he's numb down there and doesn't want a
fuss") keeps that scope in the rest. The asker's own attitude is never set aside, and an
emergency service (999, an ambulance, A&E) is no 'care' word: weighing a call is no calm.
"""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def without_attitudes(
    tokens: list[Token], mentions: list[Mention], signs: Collection[str], selves: Collection[str]
) -> str | None:
    """The message's words outside the sign-free scopes that tell an attitude to care, or None
    when it tells none (module doc). A scope with one of `selves` (I, my) is the asker's own
    hesitation ("my lips are going blue but I don't want to bother anyone"), never set aside."""
    words = listed_words("care_attitudes.json")
    attitude, declining, care = words["attitude"], words["declining"], words["care"]
    if not any(t.surface in attitude or t.surface in care for t in tokens):
        return None  # the quick exit: no word of an attitude
    signed = {tokens[m.first].scope for m in mentions if m.concept in signs}
    told: set[int] = set()
    declined: set[int] = set()  # scopes where a declining word has been read so far
    for t in tokens:
        if t.surface in declining:
            declined.add(t.scope)
        if t.surface in attitude or (t.surface in care and t.scope in declined):
            told.add(t.scope)
    own = {t.scope for t in tokens if t.surface in selves}
    aside = told - signed - own
    if not aside:
        return None
    return " ".join(t.surface for t in tokens if t.scope not in aside)
