"""A line of imported text: white space and invisible marks at its ends, spaces inside it (harden17).

Shared by every importer (Markdown, HTML, text) for questions, headings and answer lines alike.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def trim(text: str) -> str:
    """`text` without white space or invisible format characters (Unicode Cf: zero-width space,
    soft hyphen, word joiner, a byte-order mark, a direction mark; not the tags and paired
    direction controls that mean something where they stand) at either end. A CMS or a copy
    and paste leaves them after a heading's '?' ("Is there wifi?\u200b"): judged as it stood, the
    heading was no question, its answer was dropped and it named the topic of the questions below
    it, an emergency question among them unwarned (hostile11 F3). They draw nothing, so a
    question or topic never keeps them at its ends."""
    if not text or not (_edge(text[0]) or _edge(text[-1])):
        return text
    start, end = 0, len(text)
    while start < end and _edge(text[start]):
        start += 1
    while end > start and _edge(text[end - 1]):
        end -= 1
    return text[start:end]


def _edge(char: str) -> bool:
    return char.isspace() or (
        not char.isascii() and unicodedata.category(char) == "Cf" and char not in _MEANINGFUL
    )


# format characters that carry meaning where they stand, never trimmed (review11: an answer's
# "go England 🏴󠁧󠁢󠁥󠁮󠁧󠁿" lost its flag's tag characters); direction embeddings and isolates come in
# pairs and are kept. A lone direction mark is trimmed: after a heading's "?" it hid the question
# (hostile11 F3), and at a line's end it only places neutral characters before it
_MEANINGFUL = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # direction embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # direction isolates
    + "".join(chr(c) for c in range(0xE0000, 0xE0080))  # tags (subdivision flags)
)


# runs of white space, and a run of no-break spaces before a closing question mark
_SPACE_RUN = re.compile(r"\s+")
_NO_BREAK = frozenset("\u00a0\u202f")


def one_line(text: str) -> str:
    """`text` on one line, trimmed (see `trim`): each run of white space one space, except a run
    of no-break spaces alone: one is kept between words ("24\u00a0hours"), and the run French
    typography puts before a question mark ("Ouvrez-vous tard\u00a0?") as written (hostile11 F8:
    it became a plain space)."""
    text = trim(text)
    if "\u00a0" not in text and "\u202f" not in text:
        return " ".join(text.split())
    return _SPACE_RUN.sub(_space, text)


def _space(found: re.Match[str]) -> str:
    run = found.group()
    if not _NO_BREAK.issuperset(run):
        return " "
    if found.string.startswith(_question_marks(), found.end()):
        return run
    # a no-break space between words ("24 hours", "£45 per") is kept, one of them: it
    # is there so that a narrow screen or a handout does not part the two (newcomer26 F7)
    return run[0]


def spaced_question(question: str) -> str:
    """A question with each no-break space a space but the run before a closing question mark
    (French typography: kept as written)."""
    if "\u00a0" not in question and "\u202f" not in question:
        return question
    return _SPACE_RUN.sub(_question_space, question)


def _question_space(found: re.Match[str]) -> str:
    run = found.group()
    if _NO_BREAK.issuperset(run) and found.string.startswith(_question_marks(), found.end()):
        return run
    return " "


@lru_cache(maxsize=1)
def _question_marks() -> tuple[str, ...]:
    """data/import_hints.json's question_marks. Read here, not through flow.hints: flow imports
    this module."""
    from backcare.resources import expect_dict, expect_strings, read_json

    data = expect_dict(read_json("import_hints.json"), "import_hints.json")
    return tuple(expect_strings(data.get("question_marks"), "import_hints.json: question_marks"))
