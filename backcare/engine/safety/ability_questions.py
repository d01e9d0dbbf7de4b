"""A form's question of the asker's ability, answered no (issue #12, found by safety96: "Can you
feel your bottom? No, not at all"): the no says the ability is lost, a sign the guidance names
(SAFETY_FACTS: "numbness ... around the buttocks", "can't pee", "trouble walking"), so the question
and its answer are read as the asker telling it, "I can't feel my bottom, not at all". checklist.py
read such a question as an item asked and denied ("bottom nil"), which denied the sign the no
tells. organ_answers.py reads the same kind of no to a question whether an organ is right ("Bladder
ok? No"); this one reads it to a question whether the asker can do something.

Which askers, abilities and noes are data (data/checklist_words.json 'ability_questions'): only
abilities whose loss is a sign and which the form's other readings leave (feeling, passing
urine; a question of walking or standing answered no is read by checklist.py already). An answer
that goes on to tell the ability normal after all ("No, it's fine", "No problem") is left as it
was, and so is a no with more words than an answer ("No idea"). Pure text in, text out."""

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
        found = read_json("checklist_words.json")["ability_questions"]
        return {
            key: tuple(str(w) for w in found[key])
            for key in ("askers", "abilities", "noes", "yours", "rest_normal")
        }
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'ability_questions': {error!r}") from None


def _either(words: tuple[str, ...]) -> str:
    return either(sorted(words, key=len, reverse=True))  # a longer phrase before its beginning


@functools.cache
def _pattern() -> re.Pattern[str]:
    """The question ("Can you feel your bottom?", at a sentence's start) and its no, to the end of
    its sentence: the no alone, or after a comma the rest of its sentence."""
    words = _words()
    return re.compile(
        r"(?i)(?:^|(?<=[.!?\n,;:]))(?P<space>[^\S\n]*)"
        r"(?:" + _either(words["askers"]) + r")[^\S\n]+"
        r"(?P<ability>" + _either(words["abilities"]) + r")\b"
        r"(?P<what>[^?.!\n]{0,60})"
        r"\?[^\S\n]*(?:" + _either(words["noes"]) + r")\b"
        r"(?P<rest>,[^.!?\n]*)?(?=[^\S\n]*(?:\.(?!\.)|!|\n|$))"
    )


def abilities_answered(text: str) -> str:
    """The text with each question of an ability answered no read as its loss told ("Can you feel
    your bottom? No" as "I can't feel my bottom"); else as it was."""
    if not may_answer_a_question(text):
        return text
    return _pattern().sub(_told, text)


def _told(found: re.Match[str]) -> str:
    rest = found.group("rest") or ""
    said = set(re.findall(r"[a-z]+", rest.lower()))
    if said & set(_words()["rest_normal"]):
        return found.group()  # "No, it's fine": the ability told normal after all
    yours = "|".join(map(re.escape, _words()["yours"]))
    what = re.sub(rf"(?i)\b(?:{yours})\b", "my", found.group("what"))
    return f"{found.group('space')}I can't {found.group('ability')}{what}{rest}"
