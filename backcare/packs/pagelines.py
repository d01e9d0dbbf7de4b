"""Where a Markdown page's entries stand: the page line of each entry's question, so `validate`'s
warnings about a page name the line its author edits, as the import's notes do (ux39: they named
only ids the importer made, which appear nowhere in the page). An HTML page's lines are found by
htmllines.py (ux41), its markup set aside.

The entries are in page order, so each question is looked for from the line after the one before
it was found on: a question asked twice (the duplicate-question warning) gets the line of each.
A line holds a question when the question's words stand in it once Markdown's marks are set aside
(`#`, emphasis, code ticks, backslash escapes, a `{#id}` attribute): a heading, a bold question on
its own line, a list item. A question the importer rewrote past recognition (a question joined
from several lines) gets no line; its warning names its id alone, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from backcare.errors import PackError
from backcare.hints import TYPE_CHECKING
from backcare.lazyregex import lazy
from backcare.packs.formats import format_from_name

if TYPE_CHECKING:
    from pathlib import Path  # annotations only: pathlib (with warnings) costs validate ~27 ms

    from backcare.packs.packwarning import PackWarning
    from backcare.packs.schema import Pack

# a heading's attribute ("## How do I book? {#booking}") and Markdown's inline marks
_ATTRIBUTE = lazy(r"\{[#.][^}]*\}\s*$")
_MARKS = lazy(r"[*_`\\]+")


def _plain(text: str) -> str:
    """`text` as compared: marks set aside, spaces collapsed, case folded."""
    text = _MARKS.sub("", _ATTRIBUTE.sub("", text))
    return " ".join(text.split()).casefold()


def has_page_lines(name: str | Path) -> bool:
    """Whether a pack of this name is a page whose entries' lines can be found: Markdown or HTML."""
    return format_from_name(name) in ("markdown", "html")


def question_lines(text: str, questions: Iterable[tuple[str, str]]) -> dict[str, int]:
    """{entry id: 1-based line of `text`} for each (id, question), in page order, found."""
    lines = [_plain(line) for line in text.split("\n")]
    found: dict[str, int] = {}
    start = 0
    for entry_id, question in questions:
        wanted = _plain(question)
        if not wanted:
            continue
        at = next((i for i in range(start, len(lines)) if wanted in lines[i]), None)
        if at is not None:
            found[entry_id] = at + 1
            start = at + 1
    return found


def page_lines(file: str | Path, questions: Iterable[tuple[str, str]]) -> dict[str, int]:
    """question_lines of a Markdown page on disk (html_question_lines of an HTML page); {} when it
    cannot be read again (it was read moments ago to be imported: a page replaced since then is
    named by ids only)."""
    from backcare.packs.decoding import decode
    from backcare.packs.load import decode_text, read_file_bytes

    try:
        raw = read_file_bytes(file, str(file), what="a page", regular=False)
    except PackError:
        return {}
    try:
        text = decode_text(raw, str(file))
    except PackError:  # read as the importer reads a page that is not UTF-8
        text = decode(raw.removeprefix(b"\xef\xbb\xbf")).text
    text = text.removeprefix("\ufeff")
    if format_from_name(file) == "html":
        from backcare.packs.htmllines import html_question_lines
        from backcare.packs.importers import is_mhtml

        return {} if is_mhtml(raw) else html_question_lines(text, questions)
    return question_lines(text, questions)


def on_page_lines(
    warnings: Sequence[PackWarning], packs: Sequence[Pack], names: Sequence[str | Path]
) -> list[PackWarning]:
    """`validate`'s warnings, each about an entry of a Markdown or HTML page with the page line of
    its question; `packs` are the packs checked and `names` the names they were given as, in order
    (with several, a warning's `pack` names its file)."""
    pages = [(p, str(n)) for p, n in zip(packs, names, strict=True) if has_page_lines(n)]
    if not warnings or not pages:
        return list(warnings)
    several = len(packs) > 1
    lines: dict[tuple[str | None, str], int] = {}
    for pack, name in pages:
        found = page_lines(name, ((e.id, e.question) for e in pack.entries))
        lines.update(((pack.path if several else None, i), at) for i, at in found.items())
    return [
        w._replace(line=lines.get((w.pack if several else None, w.entry_id), 0)) for w in warnings
    ]
