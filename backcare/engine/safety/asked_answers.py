"""Whether a form's answer may follow a "?" in a text: checklist._answers' gate (issue 17).

Every pattern _answers reads finds an answer after its separator (":", " -", " –" or "?"), and
after a "?" that answer starts with a letter (its word, "only", a wry phrase's first letter),
maybe after a quote (form_jokes._ONLY) and spaces on its line. A question that ends on its "?",
or goes on with a digit or a mark, holds no answer to read: most of a batch's questions, which
the gate let through to five patterns for any "?" before. tests/test_speed45.py compares the
gate with the old one. Pure text in, a verdict out."""

from __future__ import annotations

from functools import lru_cache

from backcare.engine.safety.text_gates import may_answer_a_question
from backcare.lazyregex import lazy

_ASKED_ANSWER = lazy(r"\?['’\"]?[^\S\n]*[^\W\d_]")
_LETTER = lazy(r"[^\W\d_]")


def answer_after_mark(text: str, wry: tuple[str, ...]) -> bool:
    """Whether `text` holds a "?" that a form's answer may follow; `wry`: the wry answers'
    phrases (checklist_words.json 'wry_no'), one not led by a letter may follow any "?"."""
    if not may_answer_a_question(text):
        return False
    return not led_by_letters(wry) or _ASKED_ANSWER.search(text) is not None


@lru_cache(maxsize=4)
def led_by_letters(phrases: tuple[str, ...]) -> bool:
    """Whether every phrase starts with a letter."""
    return all(_LETTER.match(phrase) for phrase in phrases)
