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
One item of such a screen answered yes or with a figure tells its sign the same way, pasted alone
(safety131, issue #12: "Fever: yes, 39.", "Any fever? Yes, 39.", "Q. Weight loss? A. Yes, 7 kg"):
an item ("Fever:", "Any fever?") at a line's or a sentence's start, then an answer of the file's
'yes' or one with a digit, where the item's words name a sign of 'signs' the reading holds
alive and the asker's (not denied, asked, someone else's or over). A "no", a "normal" or words
("Fever: only when I had flu") answer nothing here; the reading still judges the sign.
Pure: the question and its mentions in, the mentions out."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from backcare.engine.safety.alternation import either
from backcare.engine.safety.reading import Token, normal
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import BACK, BACK_TROUBLE, TROUBLES
from backcare.lazyregex import lazy
from backcare.resources import DataError

FORM_ITEMS = 3  # "Fever: no / Weight loss: yes" is two answers, no form yet
SIGN_KINDS = 3  # the kinds of the screen's signs its items name
# an item of a few words and its colon, then an answer, at a line's start ("Bladder/bowel: normal")
# what parts an item from its answer ("Fever: yes", "Any fever? Yes", "Fever - yes")
_MARKS = (":", "?", " -", "\u2013")
_ITEM = lazy(r"(?m)^[^\S\n]*[^\W\d_][\w'/ -]{0,30}:[^\S\n]*\S")


@functools.cache
def _signs() -> frozenset[str]:
    from backcare.resources import read_json

    try:
        return frozenset(str(c) for c in read_json("checklist_words.json")["screen_forms"]["signs"])
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'screen_forms': {error!r}") from None


@functools.cache
def _answered() -> re.Pattern[str]:
    """An item of a few words, its colon or question mark, then an answer of yes or a figure
    other than nought ("Any weight loss? A: 0 kg" tells none: the merge's red-team)."""
    from backcare.resources import read_json

    try:
        words = read_json("checklist_words.json")
        yes = sorted((str(w) for w in words["yes"]), key=len, reverse=True)
        marks = sorted(
            (str(w) for w in words["screen_forms"]["answer_marks"]), key=len, reverse=True
        )
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'yes', 'screen_forms': {error!r}") from None
    return re.compile(
        r"(?im)(?:^|(?<=[.!?])[^\S\n]+)[^\S\n]*(?:q[.:)][^\S\n]*)?"
        r"(?P<item>[^\W\d_][\w'/ -]{0,30}?)[^\S\n]*(?:[:?]|[^\S\n]-|\u2013)[^\S\n]*"
        rf"(?:(?:{either(marks)})[.:)][^\S\n]*)?(?:(?:{either(yes)})(?![\w'])|0*[1-9])"
    )


def answered_item(question: str, tokens: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """Whether the question holds one screen item answered yes or with a figure whose words name
    a sign of the screen's the reading holds alive and the asker's (see the module)."""
    signs = _signs()
    live = [
        m
        for m in mentions
        if m.concept in signs
        and not (m.negated or m.other or m.past or m.resolved or m.asked or m.general)
    ]
    if not live:
        return False
    for found in _answered().finditer(question):
        item = {normal(word) for word in found.group("item").split()}
        if any(t.surface in item for m in live for t in tokens[m.first : m.last + 1]):
            return True
    return False


def screen_told(
    question: str, mentions: list[Mention], tokens: Sequence[Token] = ()
) -> list[Mention]:
    """The mentions, with the asker's back trouble told when the question is such a screen, or
    one item of it answered yes (read in its `tokens`)."""
    if not any(mark in question for mark in _MARKS):
        return mentions
    if any(m.concept in TROUBLES or m.concept == BACK for m in mentions):
        return mentions
    if tokens and answered_item(question, tokens, mentions):
        return [*mentions, Mention(BACK_TROUBLE, 0, 0, 0, False, False, False)]
    if question.count(":") < FORM_ITEMS:
        return mentions
    from backcare.engine.safety.slashed_forms import slashes_as_lines  # a form's only (issue 17)

    if len(_ITEM.findall(slashes_as_lines(question))) < FORM_ITEMS:
        return mentions
    signs = _signs()
    kinds = {m.concept for m in mentions if m.concept in signs and not m.other}
    if len(kinds) < SIGN_KINDS:
        return mentions
    return [*mentions, Mention(BACK_TROUBLE, 0, 0, 0, False, False, False)]
