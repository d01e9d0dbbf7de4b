"""The `same-answer` warning of `validate`: two entries that give one answer, word for word, are
most often one question asked two ways (an FAQPage's stale wording imported beside the page's:
newcomer19 F3), which the reader sees as two entries and the author edits twice."""

from __future__ import annotations

import re

# an answer this long said twice word for word is one question asked two ways (an FAQPage's
# stale wording beside the page's: newcomer19 F3); "Yes." may answer many different questions
SAME_ANSWER_WORDS = 6


def same_answer(answer: str, entry_id: str, seen: dict[str, str]) -> str:
    """'same answer as ID ...' when an earlier entry's answer has the same words (case,
    punctuation, layout aside) and at least SAME_ANSWER_WORDS of them; '' otherwise. Records
    this answer in `seen`."""
    said = re.findall(r"\w+", answer.casefold())
    if len(said) < SAME_ANSWER_WORDS:
        return ""
    key = " ".join(said)
    first = seen.setdefault(key, entry_id)
    if first == entry_id:
        return ""
    return (
        f"same answer as {first!r}: one question asked two ways? keep one entry and make the "
        "other's question an alias of it"
    )
