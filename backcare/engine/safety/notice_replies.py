"""A message to backcare about its own notice, quoting the words the notice read as a sign and
saying they meant something else (safety87, issue #12, red flags 32): "Your checker flagged 'wet
myself' as urgent. Context: I said I wet myself LAUGHING", "Why did it say emergency? I typed
'can't pee' but I meant I can't pee in peace because my toddler follows me in". The quoted words
are the notice's reading of an earlier message, and the asker tells what they meant: no report.

A quotation (quotations.quotation_spans) is such words when one of 'cues' ("flagged", "typed",
"wrote") stands up to CUE_REACH words before it in its sentence, the message names the notice
('notice': "checker", "emergency", "flagged") and explains a meaning outside the quotations
('explained': "meant", "context", "laughing", "joke"; "figure" only before "of",
'explained_next': "I figure I should wait" is reckoning; not "I meant it": 'confirming', nor "no
joke", "not kidding": a negation before it). Its signs are denied then, unless the
message claims them ('claims': "really", "since", "now", "yes": "Your checker flagged 'can't
pee'. Yes, I really can't since this morning") or the signs outside the quotations raise a
notice alone (the asker's own, told again). Words in data/notice_replies.json. Replies that
quote the notice's advice ("You said to call 999 if I can't pee - I can") are safety_net.py's."""

from __future__ import annotations

import functools
from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.quotations import MARKS, quotation_spans
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.resources import DataError

CUE_REACH = 4  # "flagged 'wet myself'", "I typed in 'can't pee'": the cue this near before


def _words() -> dict[str, frozenset[str]]:
    return listed_words("notice_replies.json")


@functools.cache
def _explained_next() -> dict[str, frozenset[str]]:
    """The explaining words that explain only before one of their words ('figure' of speech)."""
    from backcare.resources import read_json

    try:
        found = read_json("notice_replies.json").get("explained_next", {})
        return {str(word): frozenset(str(w) for w in after) for word, after in found.items()}
    except (AttributeError, TypeError) as error:
        raise DataError(f"notice_replies.json: explained_next: {error!r}") from None


class NoticeReplies(Vocabulary):
    """The reading of a reply to backcare's own notice (mixed into `detect.Safety`)."""

    def _notice_replies(
        self,
        question: str,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """The mentions, the signs of the words a notice read denied (module doc)."""
        if MARKS.isdisjoint(question):
            return mentions  # the quick exit: no quotation
        words = _words()
        surfaces = {t.surface for t in tokens}
        if surfaces.isdisjoint(words["notice"]) or surfaces.isdisjoint(words["cues"]):
            return mentions
        quoted: set[int] = set()
        for first, last, _ in quotation_spans(question, tokens):
            sentence = tokens[first].sentence
            if any(
                tokens[j].surface in words["cues"] and tokens[j].sentence == sentence
                for j in range(max(0, first - CUE_REACH), first)
            ):
                quoted.update(range(first, last + 1))
        outside = [t.surface for k, t in enumerate(tokens) if k not in quoted]
        needs = _explained_next()
        explaining = [
            (w, after)
            for w, after in zip(outside, [*outside[1:], ""], strict=True)
            if w in words["explained"] and (w not in needs or after in needs[w])
        ]
        if not quoted or not explaining:
            return mentions
        if any(
            (w, after) in explaining and not self._negations.isdisjoint(outside[max(0, n - 2) : n])
            for n, (w, after) in enumerate(zip(outside, [*outside[1:], ""], strict=True))
        ):
            return mentions  # "No joke.", "I'm not kidding": the words confirmed
        if any(w in words["meaning"] and after in words["confirming"] for w, after in explaining):
            return mentions  # "I typed 'can't feel my legs' and I meant it"
        if any(w in words["claims"] or w in self._happening for w in outside):
            return mentions
        held = [
            m
            for m in mentions
            if m.concept in self._symptoms and not m.negated and m.first in quoted
        ]
        if not held or fired([m for m in mentions if m not in held]):
            return mentions
        return [m._replace(negated=True) if m in held else m for m in mentions]
