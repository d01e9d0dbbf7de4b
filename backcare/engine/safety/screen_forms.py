"""A back pain red-flag screen answered item by item tells the back (safety95, issue #12,
review23: "Numbness: no / Bladder/bowel: normal / Fever: no / Weight loss: YES, about a stone in
2 months"). The rules that weigh a risk with back pain ('needs_pain': weight loss, fever, cancer,
night pain) read no back pain in such a form: it names none, as the clinic's or the checker's
form it was copied from is about the back. What the form is about is read from its items: at
least FORM_ITEMS items answered after a colon ("Fever: no"), naming signs of at least SIGN_KINDS
kinds of the screen's (data/checklist_words.json 'screen_forms': the saddle, the bladder and
bowel, the legs, fever, weight loss, cancer, night pain), whatever the answers. Then the asker's
back trouble is read as told (a BACK_TROUBLE mention of the asker's, at the form's start),
unless the message already tells or denies anyone's back trouble or pain ("Back pain: no" is
the screen's own answer, and someone else's form is theirs).
Pure: the question and its mentions in, the mentions out."""

from __future__ import annotations

import functools

from backcare.engine.safety.rules import Mention
from backcare.engine.safety.slashed_forms import slashes_as_lines
from backcare.engine.safety.vocabulary import BACK, BACK_TROUBLE, TROUBLES
from backcare.lazyregex import lazy
from backcare.resources import DataError

FORM_ITEMS = 3  # "Fever: no / Weight loss: yes" is two answers, no form yet
SIGN_KINDS = 3  # the kinds of the screen's signs its items name
# an item of a few words and its colon, then an answer, at a line's start ("Bladder/bowel: normal")
_ITEM = lazy(r"(?m)^[^\S\n]*[^\W\d_][\w'/ -]{0,30}:[^\S\n]*\S")


@functools.cache
def _signs() -> frozenset[str]:
    from backcare.resources import read_json

    try:
        return frozenset(str(c) for c in read_json("checklist_words.json")["screen_forms"]["signs"])
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'screen_forms': {error!r}") from None


def screen_told(question: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the asker's back trouble told when the question is such a screen."""
    if question.count(":") < FORM_ITEMS:
        return mentions
    if any(m.concept in TROUBLES or m.concept == BACK for m in mentions):
        return mentions
    if len(_ITEM.findall(slashes_as_lines(question))) < FORM_ITEMS:
        return mentions
    signs = _signs()
    kinds = {m.concept for m in mentions if m.concept in signs and not m.other}
    if len(kinds) < SIGN_KINDS:
        return mentions
    return [*mentions, Mention(BACK_TROUBLE, 0, 0, 0, False, False, False)]
