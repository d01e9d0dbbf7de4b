"""A form's question quoted with its choices, answered by the asker in a letter (safety104, issue
#12, red flags 35): "pre-op form asks 'any incontinence? Y/N' - I put N, right, even though my back
hurts?". The reported question's signs (answered.py) are denied by a bare answer no in the clause
after it; here the choices offered ("Y/N", "(yes/no)") stood between the question and its answer,
and the answer was a letter the reading takes for text-speak ("n": "and"). So the choices right
after a question mark are dropped, as they answer nothing, and a letter answer after the asker's
verb of filling in ("I put N", "I ticked Y", "we circled n") is read as its word ("I put no"):
the reported question then reads "I put no" as it reads "I said no", and "I ticked yes" leaves its
sign told. Words in data/form_answers.json. Pure text in, text out."""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.alternation import either
from backcare.engine.safety.text_gates import may_answer_a_question
from backcare.resources import DataError

# the quotation marks that may close the quoted question or wrap its answer
_QUOTE = "['\"\u2018\u2019\u201c\u201d]"


def _longest_first(words: list[object]) -> list[str]:
    """A phrase list, longer phrases first: one that begins another must not win."""
    return sorted((str(w) for w in words), key=len, reverse=True)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The choices after a question mark, a letter answer after its verb, the letters' words."""
    from backcare.resources import read_json

    try:
        words = read_json("form_answers.json")
        choices = _longest_first(words["choices"])
        subjects = _longest_first(words["subjects"])
        verbs = _longest_first(words["verbs"])
        letters = {str(k): str(v) for k, v in words["letters"].items()}
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"form_answers.json: {error!r}") from None
    spaced = [c.replace("/", " / ") for c in choices]  # "y/n" and "y / n" alike
    offered = re.compile(
        rf"(?i)\?(?P<quote>[^\S\n]*{_QUOTE}?)[^\S\n]*\(?[^\S\n]*"
        rf"(?:{either(spaced)}|{either(choices)})[^\S\n]*\)?(?![\w/])"
    )
    answered = re.compile(
        rf"(?i)\b(?P<said>(?:{either(subjects)})[^\S\n]+(?:{either(verbs)}))[^\S\n]+"
        rf"(?P<open>{_QUOTE}?)(?P<letter>{either(sorted(letters))})(?P<close>{_QUOTE}?)(?![\w/'])"
    )
    return offered, answered, letters


def form_answers(text: str) -> str:
    """The text with a form's choices after a question dropped and a letter answer read as its
    word (see the module)."""
    if not may_answer_a_question(text):
        return text
    offered, answered, letters = _patterns()
    dropped = offered.sub(lambda found: "?" + found.group("quote"), text)
    if dropped == text:
        return text  # no choices offered: a letter alone ("I put n") is left as written
    return answered.sub(
        lambda found: (
            f"{found.group('said')} {found.group('open')}"
            f"{letters[found.group('letter').lower()]}{found.group('close')}"
        ),
        dropped,
    )
