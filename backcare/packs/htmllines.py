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


def _key(text: str, markup: bool = True) -> str:
    """`text` as compared: spaces and invisible marks removed, case folded, and the character
    references of page text decoded (an imported question's text is decoded already)."""
    if markup and "&" in text:
        text = unescape(text)
    return "".join(text.translate(_INVISIBLE).split()).casefold()


class _Stream:
    """Compared text of a page's text (one source line to a line), kept with where each line's
    piece starts in the compared text and which 1-based line of the page it is."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.lines: list[int] = []
        parts: list[str] = []
        size = 0
        for number, line in enumerate(text.split("\n"), 1):
            key = _key(line)
            if key:
                parts.append(key)
                self.starts.append(size)
                self.lines.append(number)
                size += len(key)
        self.text = "".join(parts)

    def line_at(self, position: int) -> int:
        """The page line of the compared text's character at `position`."""
        return self.lines[bisect_right(self.starts, position) - 1]


def _breaks(text: str) -> str:
    """The line breaks of `text`, so what replaces it keeps the page's lines where they are."""
    return "\n" * text.count("\n")


def _visible(markup: re.Match[str]) -> str:
    return _breaks(markup.group())


def _unshown(markup: re.Match[str]) -> str:
    """An element never shown as its content; a tag as its `content` attribute's value."""
    whole = markup.group()
    if markup.group(2) is not None:
        start, end = markup.start(2) - markup.start(), markup.end(2) - markup.start()
        return _breaks(whole[:start]) + markup.group(2) + _breaks(whole[end:])
    content = _CONTENT.search(whole) if whole.startswith("<") else None
    value = (content.group(1) or content.group(2) or "") if content else ""
    return value + _breaks(whole)


def _streams(page: str) -> tuple[_Stream, _Stream]:
    """(the visible text, the visible text and the text of elements never shown)."""
    return _Stream(_MARKUP.sub(_visible, page)), _Stream(_MARKUP.sub(_unshown, page))


def html_question_lines(page: str, questions: Iterable[tuple[str, str]]) -> dict[str, int]:
    """{entry id: 1-based line of `page`} for each (id, question), in page order, found."""
    visible, everything = _streams(page)
    shown, whole = visible.text, everything.text
    found: dict[str, int] = {}
    unseen: list[tuple[str, str]] = []
    start = 0
    for entry_id, question in questions:
        # a question mark the importer added is not in the page
        wanted = _key(question, markup=False).rstrip("?")
        if not wanted:
            continue
        at = shown.find(wanted, start)
        if at < 0:
            unseen.append((entry_id, wanted))
            continue
        found[entry_id] = visible.line_at(at)
        start = at + len(wanted)
    start = 0
    for entry_id, wanted in unseen:  # in page order too, from the start when out of it
        at = whole.find(wanted, start)
        at = whole.find(wanted) if at < 0 else at
        if at >= 0:
            found[entry_id] = everything.line_at(at)
            start = at + len(wanted)
    return found
