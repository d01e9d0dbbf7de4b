"""How many of a page's questions an import kept: a page that lost most of them is said loudly.

newcomer10 F1: a page whose 22 questions sat in a shape the importer did not read imported as one
entry, exit 0, and `validate` passed the pack. The importer counts the lines on the page that read
as questions (a line or text of its own ending in '?', two words or more); when there are at least
MIN_QUESTION_LINES of them and fewer than half became entries, `import` writes the pack, prints a
warning with both counts and exits 1 (docs/importing.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from backcare.packs.importers.flow import is_question_text, question_text
from backcare.packs.limits import MAX_ANSWER_CHARS

MIN_QUESTION_LINES = 5  # fewer: a page of two or three questions, judged by its notes
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s|[>*+-]\s|\d{1,3}[.)]\s|[*_]{1,3})*|[*_#\s]+$")


def question_lines(texts: Iterable[str]) -> int:
    """The number of distinct texts (lines of a page, text nodes of HTML) that read as questions."""
    seen: set[str] = set()
    for text in texts:
        for line in text.split("\n"):
            line = question_text(" ".join(_MARKUP.sub("", line).split()))
            if len(line.split()) >= 2 and is_question_text(line):
                seen.add(line.casefold())
    return len(seen)


def lost_questions(
    question_count: int, entries: int, long_answers: int = 0, aliases: int = 0
) -> str:
    """The warning for an import that kept fewer than half of the page's questions, or for one
    that skipped questions whose answers were over the limit (hostile12 F4), or ''. A question
    the page gives as another wording of one (`aliases`: `<dt>` wordings sharing a `<dd>`) was
    kept too: 150 of them sharing one answer made "only 2 entries were imported" (harden22)."""
    if long_answers:
        skipped = "1 question was" if long_answers == 1 else f"{long_answers} questions were"
        return (
            f"{skipped} skipped with {'its answer' if long_answers == 1 else 'their answers'}, "
            f"over the {MAX_ANSWER_CHARS:,}-character limit for an answer (see the notes)"
        )
    if question_count < MIN_QUESTION_LINES or (entries + aliases) * 2 >= question_count:
        return ""
    kept = "1 entry was" if entries == 1 else f"{entries} entries were"
    return (
        f"the page holds {question_count} lines that read as questions, but only {kept} "
        "imported: most of its questions may be in a shape the importer does not read (see the "
        "notes; docs/importing.md says which shapes are read)"
    )
