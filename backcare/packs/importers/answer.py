"""The answer format importers write, as blocks, and the one function that turns blocks into text.

An answer is blocks separated by a blank line. A block whose every line is a list item is a list;
anything else is a paragraph (a single newline inside it is a line break, e.g. from `<br>`).
List item lines are `- text` (bullet) or `N. text` (numbered, N as in the source), indented by two
spaces per nesting level. Item text is one line. See docs/importing.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeAlias
from urllib.parse import urljoin

from backcare.namedtuple import NamedTuple
from backcare.packs.importers.lines import one_line
from backcare.packs.notes import Note, dropped, routine

# what a renderer looks for: any block whose lines all match this is a list
LIST_ITEM = re.compile(r"^(?P<indent>(?:  )*)(?:(?P<bullet>-)|(?P<number>\d{1,9})\.) (?P<text>.*)$")
INDENT = "  "


@dataclass
class Paragraph:
    """Text; `links` are its links as 'text (URL)', kept for notes when the text is skipped.
    `verbatim`: code (`<pre>`, a fenced block), whose lines are never read as list items."""

    text: str
    links: tuple[str, ...] = ()
    verbatim: bool = False
    # the page line it starts on (Markdown), for the notes about it; 0 when not known. Not part
    # of what the text is: two paragraphs of the same text are the same wherever they stand
    line: int = field(default=0, compare=False)


@dataclass
class PageMark(Paragraph):
    """No text: where the page's structure may end an answer (harden20). `end`: a container that
    holds several questions (the FAQ block) closed, so what follows belongs to none of them;
    `rule`: an `<hr>` or Markdown `---`, which ends the last answer (flow._Builder)."""

    kind: str = "rule"


@dataclass
class ListBlock:
    """A bullet or numbered list; each item is its own blocks (text and nested lists).
    `written`: made of lines the author marked with bullet characters (see written_lists)."""

    ordered: bool
    start: int = 1
    items: list[list[Block]] = field(default_factory=list)
    written: bool = False
    # each item's marker as a browser shows it ('10.', 'b.', 'iv.'), when the list is not numbered
    # 1, 2, 3... from `start` (numbering.markers); [] for the usual numbering
    markers: list[str] = field(default_factory=list)
    line: int = field(default=0, compare=False)  # as Paragraph's


Block: TypeAlias = Paragraph | ListBlock


class ListLine(NamedTuple):
    """One list item line of an answer, as a renderer needs it."""

    depth: int  # 0 for a top-level item, 1 under it...
    marker: str  # '-' for a bullet, '3.' for a numbered item
    text: str


def read_answer(text: str) -> list[str | list[ListLine]]:
    """An answer's blocks for a renderer: a paragraph's text, or a list's lines (see the module
    docstring). Plain output can print the text as it is; this is for layouts that draw bullets."""
    blocks: list[str | list[ListLine]] = []
    for block in text.split("\n\n"):
        matches = [LIST_ITEM.match(line) for line in block.split("\n")]
        if block.strip() and all(matches):
            blocks.append(
                [
                    ListLine(len(m["indent"]) // 2, m["bullet"] or f"{m['number']}.", m["text"])
                    for m in matches
                    if m is not None
                ]
            )
        elif block.strip():
            blocks.append(block)
    return blocks


def written_lists(blocks: list[Block]) -> list[Block]:
    """An answer's blocks with the lists and paragraphs the author wrote with line breaks (harden20,
    newcomer13): a builder with no list block (Yoast's FAQ block, a pasted email) writes
    `Bring:<br>&#8226; your letter<br>&#8226; your medicines<br><br>Thanks.`, or one bullet
    paragraph an item. An empty line is a paragraph break; a run of lines opening with a bullet
    mark (`bullet_marks` in data/import_hints.json) is a bullet list, and a run of two or more
    lines numbered one after the other (`1.`, `2)`) a numbered list; adjacent written lists are
    one. A terminal joins a paragraph's lines, so these ran together as one paragraph. Code keeps
    its lines; any other line stays as written."""
    out: list[Block] = []
    for block in blocks:
        parts = [block] if not isinstance(block, Paragraph) or block.verbatim else _split(block)
        for part in parts:
            last = out[-1] if out else None
            if (
                isinstance(part, ListBlock)
                and part.written
                and isinstance(last, ListBlock)
                and last.written
                and last.ordered == part.ordered
                and (not part.ordered or part.start == last.start + len(last.items))
            ):
                last.items.extend(part.items)
            else:
                out.append(part)
    return _numbered_paragraphs(out)


def _numbered_paragraphs(blocks: list[Block]) -> list[Block]:
    """Paragraphs of one numbered line each, numbered one after the other (`1. Knee rolls ...`,
    `2. Pelvic tilts ...`: Word's numbered list saved as a web page, a paragraph an item), are one
    numbered list: each was its own block, a blank line between steps (newcomer14 F14). Two at
    least, as for a written list; a lone numbered line stays a paragraph."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run: list[tuple[Paragraph, re.Match[str]]] = []
        while i + len(run) < len(blocks):
            block = blocks[i + len(run)]
            found = _numbered_line(block)
            if found is None or (
                run and int(found["number"]) != int(run[0][1]["number"]) + len(run)
            ):
                break
            run.append((block, found))  # type: ignore[arg-type]
        if len(run) < 2:
            out.append(blocks[i])
            i += 1
            continue
        items: list[list[Block]] = [[Paragraph(m["text"], links=p.links)] for p, m in run]
        out.append(
            ListBlock(ordered=True, start=int(run[0][1]["number"]), items=items, written=True)
        )
        i += len(run)
    return out


def _numbered_line(block: Block) -> re.Match[str] | None:
    if type(block) is not Paragraph or block.verbatim or "\n" in block.text.strip():
        return None
    return _NUMBERED.match(block.text.strip())


def _split(paragraph: Paragraph) -> list[Block]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", paragraph.text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        text_lines: list[str] = []
        i = 0
        while i < len(lines):
            run = _bullet_run(lines, i) or _numbered_run(lines, i)
            if run is None:
                text_lines.append(lines[i])
                i += 1
                continue
            if text_lines:
                blocks.append(Paragraph("\n".join(text_lines)))
                text_lines = []
            blocks.append(run[0])
            i = run[1]
        if text_lines:
            blocks.append(Paragraph("\n".join(text_lines)))
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph):
        return [paragraph]  # as it was, links and all
    # the links stay with the paragraphs for notes; a list's are in its text
    texts = [b for b in blocks if isinstance(b, Paragraph)]
    for link in paragraph.links:
        home = next((b for b in texts if link in b.text), texts[0] if texts else None)
        if home is not None:
            home.links = (*home.links, link)
    return blocks


def _bullet_run(lines: list[str], start: int) -> tuple[ListBlock, int] | None:
    """A run of lines opening with a bullet mark. A mark that is also punctuation (`*`, `-`, a
    dash) makes a list only of two or more lines with that same mark: one such line is a
    footnote or an aside ("* Terms apply" under a starred price), kept as written with its mark
    (review13 F6: it became "- Terms apply", joined to the next line's list, silently)."""
    items: list[list[Block]] = []
    first = _mark(lines[start])
    _, spaced = _bullet_marks()
    end = start
    while end < len(lines) and (text := bulleted(lines[end])):
        mark = _mark(lines[end])
        if mark != first and (mark in spaced or first in spaced):
            break
        items.append([Paragraph(text)])
        end += 1
    if len(items) == 1 and first in spaced:
        return None
    return (ListBlock(ordered=False, items=items, written=True), end) if items else None


def _mark(line: str) -> str:
    """The bullet mark a line opens with ('' for none)."""
    stripped = line.strip()
    return next((m for m in _bullet_marks()[0] if stripped.startswith(m)), "")


def _numbered_run(lines: list[str], start: int) -> tuple[ListBlock, int] | None:
    first = _NUMBERED.match(lines[start].strip())
    if first is None:
        return None
    number = int(first["number"])
    items: list[list[Block]] = []
    end = start
    while end < len(lines) and (m := _NUMBERED.match(lines[end].strip())):
        if int(m["number"]) != number + len(items):
            break
        items.append([Paragraph(m["text"])])
        end += 1
    if len(items) < 2:  # "Open from 2026.<br>2. floor": one numbered line is no list
        return None
    return ListBlock(ordered=True, start=number, items=items, written=True), end


_NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")


def bulleted(line: str) -> str:
    """A line's text after its bullet mark, or '' when it opens with none. A mark that is also
    punctuation (`-`, `*`, a dash) needs a space after it: "-5 degrees", "*Terms apply"."""
    line = line.strip()
    marks, spaced = _bullet_marks()
    for mark in marks:
        if line.startswith(mark):
            rest = line[len(mark) :]
            if (mark in spaced and not rest[:1].isspace()) or not rest.strip():
                return ""
            return rest.strip()
    return ""


@lru_cache(maxsize=1)
def _bullet_marks() -> tuple[tuple[str, ...], frozenset[str]]:
    """data/import_hints.json's bullet_marks, and those that need a space after them."""
    from backcare.resources import expect_dict, expect_strings, read_json

    data = expect_dict(read_json("import_hints.json"), "import_hints.json")
    marks = expect_strings(data.get("bullet_marks"), "import_hints.json: bullet_marks")
    spaced = expect_strings(
        data.get("bullet_marks_spaced"), "import_hints.json: bullet_marks_spaced"
    )
    return tuple(marks), frozenset(spaced)


def render(blocks: list[Block]) -> str:
    """Blocks as answer text: paragraphs and lists separated by blank lines."""
    out: list[str] = []
    for block in blocks:
        text = _list_lines(block, 0) if isinstance(block, ListBlock) else _paragraph(block.text)
        if text:
            out.append(text)
    return "\n\n".join(out)


def table_block(header: list[str], rows: list[list[str]], notes: list[str]) -> ListBlock:
    """A table as a list, one row an item, each cell after its column's heading ("Price: £15";
    cells '; '-separated): a heading row is never an item of its own, as if it were data. A table
    with no heading row lists its cells alone; one with nothing but a heading row lists that row."""
    labels = [" ".join(h.split()).rstrip(":").rstrip() for h in header]
    # a table of two columns and no heading row is labels and their values (a price list, opening
    # hours): "Sports massage (30 min): £38", not "Sports massage (30 min); £38"
    paired = not any(labels) and _two_columns(rows)
    items: list[list[Block]] = []
    for row in rows:
        cells = [
            f"{label}: {cell}" if label else cell for label, cell in _columns(labels, row) if cell
        ]
        if paired and len(cells) == 2:
            cells = [f"{cells[0].rstrip().rstrip(':')}: {cells[1]}"]
        if cells:
            items.append([Paragraph("; ".join(cells))])
    if not items and any(labels):
        items.append([Paragraph("; ".join(label for label in labels if label))])
    rows_count = f"{len(items)} row{'s' * (len(items) != 1)}"
    if items and any(labels) and rows:
        notes.append(
            routine(
                f"a table of {rows_count} became a list, one row an item, each cell after its "
                "column's heading ('heading: cell; ...')"
            )
        )
    elif items and paired:
        notes.append(
            routine(f"a table of {rows_count} became a list ('label: value' for its two columns)")
        )
    elif items:
        notes.append(routine(f"a table of {rows_count} became a list ('; ' between cells)"))
    return ListBlock(ordered=False, items=items)


def _two_columns(rows: list[list[str]]) -> bool:
    """Whether every row has at most two cells with text, and some row two."""
    counts = [sum(1 for cell in row if cell) for row in rows]
    return bool(counts) and max(counts) == 2


def _columns(labels: list[str], row: list[str]) -> list[tuple[str, str]]:
    """Each cell of a row with its column's heading ('' past the headings)."""
    return [(labels[i] if i < len(labels) else "", cell) for i, cell in enumerate(row)]


def block_text(block: Block) -> str:
    """A block's text on one line (for notes and for a heading that ends up inside an answer)."""
    if isinstance(block, Paragraph):
        return " ".join(block.text.split())
    return " ".join(" ".join(block_text(b) for b in item) for item in block.items)


def _paragraph(text: str) -> str:
    lines = (one_line(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _list_lines(block: ListBlock, depth: int) -> str:
    lines: list[str] = []
    number = block.start
    for index, item in enumerate(block.items):
        words = " ".join(block_text(b) for b in item if isinstance(b, Paragraph)).strip()
        nested = [b for b in item if isinstance(b, ListBlock)]
        if words and block.ordered and index < len(block.markers):
            # a browser's own numbering (reversed, value=, type=a): a number the format holds is
            # a numbered item, any other label opens a bullet item's text (numbering.py)
            marker = block.markers[index]
            numbered = marker[:-1].isdigit() and len(marker) <= 10
            lines.append(f"{INDENT * depth}{marker if numbered else '- ' + marker} {words}")
        elif words:
            marker = f"{number}." if block.ordered else "-"
            lines.append(f"{INDENT * depth}{marker} {words}")
            number += 1
        # a nested list under an empty item moves up a level rather than float under nothing
        for sub in nested:
            sub_text = _list_lines(sub, depth + 1 if words else depth)
            if sub_text:
                lines.append(sub_text)
    return "\n".join(lines)


def show_link(text: str, href: str, base: str = "") -> tuple[str, bool]:
    """A link as text: 'text (URL)', or the text alone when the URL adds nothing (an anchor, a
    phone number already printed, a URL already in the text). True when a URL was added."""
    text = " ".join(text.split())
    url = link_target(href.strip(), base)
    if href.strip().lower().startswith("tel:") and any(c.isdigit() for c in text):
        url = ""  # the number as the page prints it is the useful form
    if dropped_scheme(href) is not None and dropped_scheme(text) is not None:
        return "", False  # `<javascript:alert(1)>`: its text is the address dropped
    if not url or url in text:
        return text, False
    return (f"{text} ({url})" if text else url), True


# a file: link names a file on the author's disk (`file:///etc/passwd`): it leads a reader
# nowhere, and shows the author's paths; the others run code or carry a page of their own
_DROPPED_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


def dropped_scheme(href: str) -> str | None:
    """The scheme of a link that is dropped (`javascript:`, `vbscript:`, `data:`, `file:`), read
    as a browser reads it: tabs and newlines anywhere and leading spaces or controls ignored
    (`java&#9;script:` runs as `javascript:`); None for any other link."""
    squeezed = "".join(c for c in href if c not in "\t\n\r").lstrip(
        "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "
    )
    lowered = squeezed.lower()
    return next((s for s in _DROPPED_SCHEMES if lowered.startswith(s)), None)


def dropped_note(scheme: str, shown: str) -> Note:
    """The note for a link dropped for its scheme (its text, if any, is kept)."""
    kept = f" (its text kept): {shown[:60]!r}" if shown else ""
    return dropped(f"dropped a link to a {scheme} address{kept}", shown[:60])


def link_target(href: str, base: str = "") -> str:
    """What a reader needs of a link: a URL (made absolute against `base`), an address or a
    number; '' for links that lead nowhere outside the page (anchors, scripts)."""
    href = unwrapped(href)
    lowered = href.lower()
    if not href or href.startswith("#") or dropped_scheme(href) is not None:
        return ""
    if lowered.startswith(("mailto:", "tel:")):
        target = href.split(":", 1)[1].split("?", 1)[0].strip()
        # shown as the author wrote it: Markdown's parser encodes `<tel:+44 117>` as
        # "+44%20117" (hostile12 F8); a byte that decodes to no printable text stays encoded
        from urllib.parse import unquote

        try:
            decoded = unquote(target, errors="strict")
        except UnicodeDecodeError:  # "%ff": no UTF-8 text
            return target
        return decoded if decoded.isprintable() else target
    return join_url(base, href)


def kept_as_written(href: str, base: str = "") -> bool:
    """Whether a link's address stays relative ("groups.md", "/donate/"): no canonical URL,
    `<base href>` or site address resolved it, so a reader of the answer cannot follow it."""
    if href.strip().lower().startswith(("mailto:", "tel:")):
        return False
    url = link_target(href.strip(), base)
    return bool(url) and not is_absolute_url(url)


def relative_links_note(shown: list[str]) -> Note:
    """The note naming the links kept with their relative address (harden20): a content note
    ([check]), since the answers' readers get links they cannot follow (stranger trial F9)."""
    count = len(shown)
    named = ", ".join(repr(clip_link(s)) for s in shown[:3]) + (", ..." if count > 3 else "")
    return Note(
        f"kept {count} link{'s' * (count != 1)} with {'its' if count == 1 else 'their'} relative "
        f"address as written (the page gives no address of its own to resolve "
        f"{'it' if count == 1 else 'them'} against; readers cannot follow "
        f"{'it' if count == 1 else 'them'}: edit the pack or link in full): {named}"
    )


def clip_link(text: str) -> str:
    return text if len(text) <= 80 else text[:79] + "…"


def is_absolute_url(url: str) -> bool:
    return url.startswith(("http://", "https://"))


# a search engine's or editor's redirect: Google Docs writes every link as
# https://www.google.com/url?q=TARGET&sa=D&source=editors&... (newcomer15 F10)
_REDIRECT = re.compile(r"https?://(?:www\.)?google\.[a-z.]{2,6}/url\?", re.I)


def unwrapped(href: str) -> str:
    """The link a redirect (`_REDIRECT`) leads to, when it names a web address; `href` else."""
    if not _REDIRECT.match(href.strip()):
        return href
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(href.strip()).query)
    target = (query.get("q") or query.get("url") or [""])[0].strip()
    return target if target.lower().startswith(("http://", "https://")) else href


def join_url(base: str, href: str) -> str:
    """`href` resolved against `base`; as given when either is malformed."""
    try:
        return urljoin(base, href) if base else href
    except ValueError:  # e.g. "http://[broken" is not a valid IPv6 host
        return href
