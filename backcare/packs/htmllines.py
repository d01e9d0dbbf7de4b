"""Where an HTML page's entries stand: the page line of each entry's question, as pagelines.py
finds a Markdown page's, so `validate`'s warnings about a saved web page name the line its author
edits (newcomer26 F8: they named only the ids the importer made, which appear nowhere in the page).

The page's text is read as the importer sees it, in page order: markup set aside, character
references decoded, each character kept with the line it stands on. A question is matched with
its spaces, case and invisible characters set aside, so a question that the markup splits
(`Is <b>there</b> parking?`) or that runs over two lines of the source is found, on the line where
it starts. The visible text is searched first, each question from where the one before it ended
(a question asked twice gets the line of each); a question found only in what is not shown (an
`FAQPage` JSON-LD block, a `<title>`, a microdata `content` attribute) gets the line it stands on there, searched in page order
too. A question the importer
rewrote past recognition, and every question of a page saved as one MIME file (MHTML, whose
quoted-printable lines are not the page's), gets no line: its warning names its id alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from html import unescape

from backcare.lazyregex import lazy

# a comment, an element whose content is never shown as page text (kept for the second search),
# or any other tag; what lies between them is the visible text
_MARKUP = lazy(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|title|template)\b[^>]*>(.*?)(?:</\1\s*>|\Z)"
    r"|<[!/?a-zA-Z][^>]*>?",
    re.IGNORECASE | re.DOTALL,
)
# a tag's `content` attribute: microdata's question when the page gives it as
# `<meta itemprop="name" content="...">`
_CONTENT = lazy(r"""\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# characters that take no room in the page as read (soft hyphen, zero-width marks, BOM)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _key(text: str) -> str:
    """`text` as compared: character references decoded, spaces and invisible marks removed,
    case folded."""
    return "".join(unescape(text).translate(_INVISIBLE).split()).casefold()


class _Stream:
    """Compared text of the page with the 1-based line each of its characters stands on."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.lines: list[int] = []

    def add(self, text: str, line: int) -> None:
        """`text`, starting on `line`, one source line at a time."""
        for offset, piece in enumerate(text.split("\n")):
            key = _key(piece)
            self.parts.append(key)
            self.lines.extend([line + offset] * len(key))

    def text(self) -> str:
        return "".join(self.parts)


def _streams(page: str) -> tuple[_Stream, _Stream]:
    """(the visible text, the visible text and the text of elements never shown)."""
    newlines = [i for i, char in enumerate(page) if char == "\n"]

    def line_of(offset: int) -> int:
        return bisect_right(newlines, offset - 1) + 1

    visible, everything = _Stream(), _Stream()
    end = 0
    for markup in _MARKUP.finditer(page):
        between = page[end : markup.start()]
        if between:
            visible.add(between, line_of(end))
            everything.add(between, line_of(end))
        hidden = markup.group(2)
        if hidden:
            everything.add(hidden, line_of(markup.start(2)))
        elif markup.group().startswith("<") and (content := _CONTENT.search(markup.group())):
            everything.add(content.group(1) or content.group(2) or "", line_of(markup.start()))
        end = markup.end()
    if end < len(page):
        visible.add(page[end:], line_of(end))
        everything.add(page[end:], line_of(end))
    return visible, everything


def html_question_lines(page: str, questions: Iterable[tuple[str, str]]) -> dict[str, int]:
    """{entry id: 1-based line of `page`} for each (id, question), in page order, found."""
    visible, everything = _streams(page)
    shown, whole = visible.text(), everything.text()
    found: dict[str, int] = {}
    unseen: list[tuple[str, str]] = []
    start = 0
    for entry_id, question in questions:
        wanted = _key(question).rstrip("?")  # a question mark the importer added is not there
        if not wanted:
            continue
        at = shown.find(wanted, start)
        if at < 0:
            unseen.append((entry_id, wanted))
            continue
        found[entry_id] = visible.lines[at]
        start = at + len(wanted)
    start = 0
    for entry_id, wanted in unseen:  # in page order too, from the start when out of it
        at = whole.find(wanted, start)
        at = whole.find(wanted) if at < 0 else at
        if at >= 0:
            found[entry_id] = everything.lines[at]
            start = at + len(wanted)
    return found
