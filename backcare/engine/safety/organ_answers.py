"""A form's question whether an organ is as it should be, answered no (safety95, issue #12,
review24 53: "Bladder ok? No, I can't go at all", "Is your bladder working ok? No."): the no
says the organ is not right, a bladder change the guidance names (SAFETY_FACTS: "bladder
changes that are new"), so the question and its answer are read as the asker telling it,
"bladder not ok", which the vocabulary reads as RETENTION ("bladder not right"). checklist.py
read such a question as an item asked and denied ("Bladder ok nil"), and the words after the
answer's comma ("I can't go at all") then named no organ in their own sentence.

Which organs and which words of normal are data (data/checklist_words.json 'organ_questions'):
an organ whose no here is a sign. A bowel is none: "Bowels ok? No, a bit bunged up" is common
constipation, and what follows the no is read as written either way. An answer that goes on
to tell the organ normal after all ("No, all fine", "No problems", "No. Well, yes") is left as
it was. Pure text in, text out."""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.alternation import either
from backcare.engine.safety.text_gates import may_answer_a_question
from backcare.resources import DataError


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    from backcare.resources import read_json

    try:
        found = read_json("checklist_words.json")["organ_questions"]
        return {
            key: tuple(str(w) for w in found[key])
            for key in ("organs", "leads", "links", "normal", "noes", "owners", "rest_normal")
        }
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'organ_questions': {error!r}") from None


def _either(words: tuple[str, ...]) -> str:
    return either(sorted(words, key=len, reverse=True))  # a longer phrase before its beginning


@functools.cache
def _pattern() -> re.Pattern[str]:
    """The question ("[Is] [your] bladder [working] ok?") and its no, to the end of its sentence:
    the no alone, or after a comma the rest of its sentence."""
    words = _words()
    return re.compile(
        # a self-check's bullet before it ("- Peeing normally? no"; safety123)
        r"(?i)(?:^|(?<=[.!?\n,;:]))(?P<space>[^\S\n]*(?:[-*•][^\S\n]+)?)"
        r"(?:(?:" + _either(words["leads"]) + r")[^\S\n]+)?"
        r"(?P<owner>(?:" + _either(words["owners"]) + r")[^\S\n]+)?"
        r"(?P<organ>" + _either(words["organs"]) + r")"
        r"(?:[^\S\n]+(?:" + _either(words["links"]) + r"))*"
        r"[^\S\n]+(?P<normal>" + _either(words["normal"]) + r")"
        r"[^\S\n]*\?[^\S\n]*(?:" + _either(words["noes"]) + r")\b"
        r"(?P<rest>,[^.!?\n]*)?(?=[^\S\n]*(?:\.(?!\.)|!|\n|$))"
    )


def organs_answered(text: str) -> str:
    """The text with each organ's question answered no read as the organ told not right
    ("Bladder ok? No, I can't go" as "my bladder not ok, I can't go"); else as it was."""
    if not may_answer_a_question(text):
        return text
    lowered = text.lower()
    if not any(organ in lowered for organ in _words()["organs"]):
        return text
    return _pattern().sub(_told, text)


def _told(found: re.Match[str]) -> str:
    rest = found.group("rest") or ""
    said = set(re.findall(r"[a-z]+", rest.lower()))
    if said & set(_words()["rest_normal"]):
        return found.group()  # "No, all fine": the organ told normal after all
    owner = "my " if found.group("owner") else ""
    return f"{found.group('space')}{owner}{found.group('organ')} not {found.group('normal')}{rest}"
