"""Checks of an entry's own text and id that need no engine: a question that holds its answer,
an id that reads as another's (validate.check reports them)."""

from __future__ import annotations

import re
import unicodedata

from backcare.hints import TYPE_CHECKING
from backcare.packs.packwarning import PackWarning

if TYPE_CHECKING:
    from backcare.packs.schema import Pack

# A question longer than this is far longer than questions are: the longest in every tests/eval
# and shared pack is 282 characters (a valgrind question quoting an error message), a clinic's 64;
# only the benchmark's machine-made man-page pack has longer (608: a table of contents glued on)
LONG_QUESTION = 300
# sentences after a question's '?' that say something (not questions): two or more are answer
# text glued to it (an import that took a title with its panel: newcomer9 1); one is often a
# question's context ("Is there a fee? I am a student.")
STATEMENTS_IN_QUESTION = 2
# where a sentence ends: '.', '!' or '?' (and closing quotes or brackets), then a space and a
# capital, a digit or an opening quote ("e.g. libxz" and "foo.exe" end nothing)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[A-Z0-9\"“'‘(])")


def look_alike_ids(pack: Pack) -> list[PackWarning]:
    """Ids that differ only in case, compatibility forms or letters of other scripts that look
    Latin ("rest", "Rest", "ｒｅｓｔ", "rеst" with a Cyrillic "е"): distinct to the pack, one id
    to a person or script copying it from `topics` or a completion (hostile11 F7)."""
    from backcare.engine.lookalikes import skeleton

    first: dict[str, str] = {}
    found = []
    for entry in pack.entries:
        key = skeleton(entry.id)
        other = first.setdefault(key, entry.id)
        if other != entry.id:
            odd = sorted({c for c in entry.id + other if not c.isascii()})
            named = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in odd[:3])
            why = f" ({named})" if named else " (letter case)"
            found.append(
                PackWarning(
                    "look-alike-id",
                    entry.id,
                    f"reads as the id {other!r}{why}: give one of them another id",
                    other=other,
                )
            )
    return found


def answer_in_question(question: str) -> str:
    """Why a question looks like it holds answer text, or '' when it does not: two
    sentences or more that are not questions after its first '?', or a length far beyond any
    real question's."""
    if len(question) > LONG_QUESTION:
        return (
            f"is {len(question)} characters long (questions are rarely over {LONG_QUESTION}): "
            "is its answer in it?"
        )
    statements = question_statements(question)
    if statements >= STATEMENTS_IN_QUESTION:
        return (
            f"goes on for {statements} sentences after its question mark: is its answer "
            "glued to it? (move that text to the answer)"
        )
    return ""


def question_statements(question: str) -> int:
    """How many sentences that are not questions follow a question's first '?' (a sentence of
    three words or more: '[closed]' and 'e.g.' are none)."""
    mark = question.find("?")
    if mark < 0:
        return 0
    rest = question[mark + 1 :].strip()
    sentences = _SENTENCE_END.split(rest) if rest else []
    return sum(
        1 for s in sentences if len(s.split()) >= 3 and not s.rstrip("\"'”’)] ").endswith("?")
    )
