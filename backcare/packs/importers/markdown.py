"""Import a Markdown FAQ, read with markdown-it-py (CommonMark, plus tables).

Headings (ATX `#` and setext underlined) feed the shared flow rules (flow.py): a heading ending in
'?' is a question, others name topics, the first `#` heading is the title. Code blocks are text, never
headings. Lists keep their numbering and nesting. A YAML front matter's `title` is the title. HTML
blocks are read by the HTML importer, so `<details><summary>` questions in Markdown work too.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from backcare.errors import PackError
from backcare.packs.importers.answer import (
    ListBlock,
    PageMark,
    Paragraph,
    bulleted,
    dropped_note,
    dropped_scheme,
    kept_as_written,
    relative_links_note,
    show_link,
    table_block,
)
from backcare.packs.importers.flow import (
    BOLD_LEVEL,
    ENTRY_QUESTION_WORDS,
    Heading,
    Item,
    as_blocks,
    build_entries,
    is_question_text,
    question_list,
    question_table,
    question_text,
)
from backcare.packs.importers.frontmatter import (
    FrontMatter,
    apply_front_matter,
    read_front_matter,
    skipped_note,
)
from backcare.packs.importers.lines import one_line
from backcare.packs.importers.marks import (
    STRUCK_TAGS,
    ScriptNotes,
    quoted,
    scripted,
    struck_note,
    withdrawn,
)
from backcare.packs.importers.references import dropped_escape_references
from backcare.packs.importers.result import Imported, clip
from backcare.packs.limits import MAX_ANSWER_CHARS, MAX_PARAGRAPH_CHARS
from backcare.packs.notes import at_line, dropped, routine

if TYPE_CHECKING:
    from markdown_it.rules_block import StateBlock
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# "## How do I book? {#booking}": a heading's id or class (kramdown, Pandoc, Hugo)
_ATTRIBUTES = re.compile(r"\s*\{[#.][^{}]*\}\s*$")
_BREAK_TAG = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
# block elements opened or closed inside a line of Markdown: a line break, never glue
_BLOCK_TAG = re.compile(
    r"^</?(?:details|summary|p|div|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|blockquote|section)\b",
    re.IGNORECASE,
)
# markdown-it stops reading at 20 levels of nesting and silently drops the rest of the file (a list
# nested 10 deep is 20 levels: a list and its item each count). Blocks are read structured to
# MAX_NESTING levels (16 levels of list, 31 of quotes); deeper ones are kept as plain text, with a
# note, so nothing is lost, and the parser's work (each level re-reads its lines) and its recursion
# stay bounded: linear in the file.
MAX_NESTING = 32
_PARSER_NESTING = MAX_NESTING + 8  # room for the paragraph and inline tokens of a flattened block
# Inline marks past which a paragraph's are bounded (`_bounded_inline`)
MAX_MARKS = 20  # '[' or '](' in one paragraph with code spans, past which they are bounded
MAX_EMPHASIS_MARKS = 100_000  # '*', '_' and '~' in a page (each about 700 bytes while parsed)
MAX_ESCAPED_MARKS = 50_000  # '[' and '](' read as text (each an object while parsed)
MAX_LABEL_CHARS = 1_000  # a link's text (CommonMark limits a reference label to 999)
MAX_LABEL_DEPTH = 4  # brackets within a link's text
MAX_URL_CHARS = 4_000  # a link's address
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")
_BRACKET = re.compile(r"\\.|[\[\]]", re.S)
_ADDRESS_START = re.compile(r"\]\(")
_ADDRESS_END = re.compile(r"[\s)]")
_TOO_DEEP = "too_deep"  # env key: the first line read as plain text because it was nested too deep


def parse_markdown(text: str) -> Imported:
    from markdown_it import MarkdownIt  # ~60 ms to import; only `import` needs it

    result = Imported(title="")
    text = _line_start_marks(text, result.notes)
    text = _callouts(text, result.notes)
    whole = text
    text, front = _front_matter(text, result)
    front_lines = whole.count("\n", 0, len(whole) - len(text))
    # '&#27;[31m': markdown-it reads the ESC as U+FFFD and keeps '[31m' as text; dropped whole,
    # with the note the HTML importer gives (references.py), before its '[' is escaped as text
    text = dropped_escape_references(text, result.notes)
    text = _bounded_inline(text, result.notes, front_lines + 1)
    # GFM's ~~strikethrough~~: advice the page withdraws, dropped with a note (marks.py)
    parser = MarkdownIt("commonmark", {"maxNesting": _PARSER_NESTING}).enable(
        ["table", "strikethrough"]
    )
    # markdown-it refuses `javascript:`, `file:` and `data:` links by leaving their raw syntax as
    # text, so the address stayed in the answer (entities decoded): every link is parsed as a
    # link here, and _render drops those addresses with a note, as the HTML importer does
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    parser.block.ruler.before("table", "backcare_too_deep", _too_deep)
    env: dict[str, int] = {}
    tokens = parser.parse(text, env)
    if _TOO_DEEP in env:
        line = env[_TOO_DEEP] + front_lines + 1
        result.notes.append(
            f"line {line}: lists or quotes nested more than {MAX_NESTING} levels deep; the deeper "
            "text is kept as plain text"
        )
    reader = _Reader(tokens, result.notes, front_lines + 1)
    # with a title from front matter, `#` headings are sections (topics), not the page's heading
    build_entries(reader.items(0, len(tokens)), result, first_h1_is_title=not result.title)
    if front is not None:  # aliases and tags name the questions just read
        apply_front_matter(front, result)
        if front.fields.get("contact"):
            from backcare.packs.importers.result import front_matter_contact

            result.notes[:] = front_matter_contact(result.notes, front.fields["contact"])
    # only the links the pack holds: one in text the import skipped is in no answer, and its
    # skipped note names it (newcomer31 F6: a link reported skipped was counted as kept too)
    answers = [str(entry["answer"]) for entry in result.entries]
    kept = [link for link in reader.relative if any(link in answer for answer in answers)]
    if kept:
        result.notes.append(relative_links_note(kept))
    scripts = reader.scripts.note()
    if scripts is not None:
        result.notes.append(scripts)
    if reader.code:
        counted = ", ".join(f"{n} <{tag}>" for tag, n in sorted(reader.code.items()))
        result.notes.append(routine(f"dropped {counted} inside lines (code, not content)"))
    return result


_LINE_START_MARKS = re.compile("^\ufeff+", re.M)


def _line_start_marks(text: str, notes: list[str]) -> str:
    """`text` without the byte-order marks (U+FEFF) that open a line: each is the mark of a file
    joined after another (`cat a.md b.md`), never text (inside a word it is a zero-width no-break
    space, and stays). Kept, `\ufeff## Question?` was no heading: the question and its answer were
    glued into the previous answer, where the emergency-question check never looks (hostile10 9)."""
    text, removed = _LINE_START_MARKS.subn("", text)
    if removed:
        notes.append(
            f"dropped {removed:,} byte-order mark{'s' * (removed != 1)} (U+FEFF) opening a line "
            "(files joined together?)"
        )
    return text


# `<aside>` and `</aside>` on lines of their own around Markdown text: a Notion callout, exported
_CALLOUT_TAG = re.compile(r"^[ \t]{0,3}</?aside>[ \t]*$", re.I | re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)", re.M)


def _callouts(text: str, notes: list[str]) -> str:
    """`text` with the `<aside>` lines of a Notion export's callouts blanked (line numbers kept):
    a callout is the page's own text, boxed, not a sidebar. Read as HTML, it was dropped as one,
    and with it the page's call to action (no `--contact` suggested: every notice of the pack
    without the service's phone line) and its "Go to A&E or call 999 if ..." box (newcomer16
    F4). Its text is read as any paragraph is: a call to action before the first question, advice
    under a heading, or more of an answer. Not inside a fenced code block."""
    if not _CALLOUT_TAG.search(text):
        return text
    fences = [m.start() for m in _FENCE.finditer(text)]
    found = 0

    def blank(tag: re.Match[str]) -> str:
        nonlocal found
        if bisect.bisect(fences, tag.start()) % 2:  # inside a fence: code, kept as written
            return tag.group()
        found += tag.group().strip()[1] != "/"
        return ""

    text = _CALLOUT_TAG.sub(blank, text)
    if found:
        notes.append(
            routine(
                f"read {found} callout{'s' * (found != 1)} (<aside> on lines of its own, as "
                "Notion exports one) as text of the page, not as a sidebar"
            )
        )
    return text


def _bounded_inline(text: str, notes: list[str], first_line: int) -> str:
    """`text` as markdown-it reads in bounded time and memory. It looks for the end of each '['
    (a link's text) and each '](' (its address) to the end of the paragraph ('[' x 500,000 took
    17 s), and keeps an object per emphasis mark or escape ('*a **b ' x 300,000: 640 MB). So a
    paragraph is at most MAX_PARAGRAPH_CHARS, and a page at most MAX_EMPHASIS_MARKS '*' and '_'
    (a one-line error past either); a '[' never closed, closed more than MAX_LABEL_CHARS later or
    nested more than MAX_LABEL_DEPTH deep, and a '](' with no ')' or space within MAX_URL_CHARS,
    are escaped: read as text, as markdown-it would read them (in a paragraph with code spans,
    only past MAX_MARKS of them, since a backslash there would show); past MAX_ESCAPED_MARKS, an
    error. Ordinary pages read the same."""
    pieces = _PARAGRAPH_BREAK.split(text)
    offset = 0
    for piece in pieces:
        if len(piece) > MAX_PARAGRAPH_CHARS:
            line = text.count("\n", 0, offset) + first_line
            raise PackError(
                f"line {line}: a paragraph of {len(piece):,} characters, more than "
                f"{MAX_PARAGRAPH_CHARS:,} (the limit for one paragraph of a page to import: an "
                f"answer holds at most {MAX_ANSWER_CHARS:,})"
            )
        offset += len(piece)
    marks = text.count("*") + text.count("_") + text.count("~")
    if marks > MAX_EMPHASIS_MARKS:
        raise PackError(
            f"{marks:,} '*', '_' and '~', more than {MAX_EMPHASIS_MARKS:,} (the limit for a page "
            "to import: markdown-it keeps an object per emphasis mark)"
        )
    if "[" not in text:
        return text
    changed = {"[": 0, "](": 0}
    for at in range(0, len(pieces), 2):
        block = pieces[at]
        # in code spans a '\\' would show: there, only past MAX_MARKS (the work is then bounded)
        coded = "`" in block
        if block.count("[") > (MAX_MARKS if coded else 0):
            block, count = _escape_brackets(block)
            changed["["] += count
        if block.count("](") > (MAX_MARKS if coded else 0):
            block, count = _escape_addresses(block)
            changed["]("] += count
        pieces[at] = block
    if sum(changed.values()) > MAX_ESCAPED_MARKS:
        raise PackError(
            f"{sum(changed.values()):,} '[' or '](' that open no link, more than "
            f"{MAX_ESCAPED_MARKS:,} (the limit for a page to import)"
        )
    if changed["["]:
        notes.append(f"{changed['[']:,} '[' that open no link read as text")
    if changed["]("]:
        notes.append(f"{changed['](']:,} link addresses never closed read as text")
    return "".join(pieces)


def _escape_brackets(block: str) -> tuple[str, int]:
    """A '[' that cannot open a link text escaped (linear: one pass over the brackets)."""
    open_at: list[int] = []
    escaped: list[int] = []
    for mark in _BRACKET.finditer(block):
        at = mark.start()
        if mark.group() == "[":
            if len(open_at) >= MAX_LABEL_DEPTH:
                escaped.append(at)
            else:
                open_at.append(at)
        elif mark.group() == "]" and open_at:
            start = open_at.pop()
            if at - start > MAX_LABEL_CHARS:
                escaped.append(start)
    escaped.extend(open_at)
    return _escaped_at(block, escaped), len(escaped)


def _escape_addresses(block: str) -> tuple[str, int]:
    """A '](' with no ')' or space within MAX_URL_CHARS: its '(' escaped."""
    ends = [m.start() for m in _ADDRESS_END.finditer(block)]
    escaped = []
    for mark in _ADDRESS_START.finditer(block):
        at = mark.start() + 1
        following = bisect.bisect_right(ends, at)
        if following == len(ends) or ends[following] - at > MAX_URL_CHARS:
            escaped.append(at)
    return _escaped_at(block, escaped), len(escaped)


def _escaped_at(block: str, positions: list[int]) -> str:
    if not positions:
        return block
    pieces = []
    done = 0
    for at in sorted(positions):
        pieces.append(block[done:at])
        pieces.append("\\")
        done = at
    pieces.append(block[done:])
    return "".join(pieces)


def _too_deep(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A block rule run before all others: MAX_NESTING levels deep or more, it reads the lines up
    to the next blank line as one paragraph of plain text (list and quote markers included)."""
    if state.level < MAX_NESTING or silent:
        return False
    line = start + 1
    while (
        line < state.lineMax and not state.isEmpty(line) and state.sCount[line] >= state.blkIndent
    ):
        line += 1
    state.env.setdefault(_TOO_DEEP, start)
    token = state.push("paragraph_open", "p", 1)
    token.map = [start, line]
    token = state.push("inline", "", 0)
    token.content = state.getLines(start, line, state.blkIndent, False).strip()
    token.map = [start, line]
    token.children = []
    state.push("paragraph_close", "p", -1)
    state.line = line
    return True


def _front_matter(text: str, result: Imported) -> tuple[str, FrontMatter | None]:
    """The text after a leading YAML front matter block, and what the block gives
    (importers/frontmatter.py); its title is taken now: it decides what `#` headings are."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, None
    front = read_front_matter(match.group(1))
    result.title = front.fields.get("title", "")
    skipped = skipped_note(front)
    if skipped is not None:
        result.notes.append(skipped)
    return text[match.end() :], front


class _Reader:
    """Walks the flat token stream; every construct is read between its open and close tokens."""

    def __init__(self, tokens: list[Token], notes: list[str], first_line: int = 1) -> None:
        self.tokens = tokens
        self.notes = notes
        self.first_line = first_line  # the file line of the parsed text's first (front matter)
        self.summary_at: int | None = None  # where an inline <summary>'s text starts
        self.relative: list[str] = []  # links kept with a relative address ("groups.md")
        self.scripts = ScriptNotes()  # superscripts and subscripts written with their marks
        self.code: dict[str, int] = {}  # <script>, <style>, <svg>... inside a line, dropped

    def items(self, start: int, end: int) -> list[Item]:
        items: list[Item] = []
        i = start
        while i < end:
            token = self.tokens[i]
            close = self._close(i)
            kind = token.type
            # the file line the block starts on, for the notes about it (0: not known)
            line = token.map[0] + self.first_line if token.map else 0
            placed = len(self.notes)
            if kind == "heading_open":
                text = _ATTRIBUTES.sub("", self._inline(self.tokens[i + 1], urls=False)[0])
                struck = self.tokens[i + 1].content.strip()
                if not text and struck:
                    # a heading struck through whole withdraws its entry: kept as written it is
                    # no question, so its answer is skipped with a note, never glued to the
                    # entry above (review14 F9)
                    text = withdrawn(struck)
                if text:
                    # a setext heading's underline: token.map ends after it (0-based, exclusive)
                    setext = token.markup in ("-", "=") and token.map is not None
                    underline = token.map[1] + self.first_line - 1 if setext and token.map else 0
                    level = int(token.tag[1])
                    items.append(Heading(level, text, underlined=underline, line=line))
            elif kind == "paragraph_open":
                items.extend(self._paragraph(self.tokens[i + 1], line))
            elif kind in ("bullet_list_open", "ordered_list_open"):
                items.extend(self._list(i, close, line))
            elif kind in ("fence", "code_block"):
                code = token.content.rstrip("\n")
                if code.strip():
                    items.append(Paragraph(code, verbatim=True, line=line))
            elif kind == "hr":
                items.append(PageMark("", kind="rule"))
            elif kind == "html_block":
                items.extend(self._html(token.content))
            elif kind == "table_open":
                items.extend(self._table(i, close))
            elif kind == "blockquote_open":
                items.extend(self.items(i + 1, close))
            # what reading the block noted (an image dropped, a table) is about its line, unless
            # a part of it (a quoted block) named its own
            at_line(self.notes, placed, line)
            i = close + 1
        return items

    def _close(self, i: int) -> int:
        """Index of the token closing the one at `i` (itself for a self-contained token)."""
        if self.tokens[i].nesting != 1:
            return i
        depth = 0
        for j in range(i, len(self.tokens)):
            depth += self.tokens[j].nesting
            if depth == 0:
                return j
        return len(self.tokens) - 1

    def _paragraph(self, inline: Token, line: int = 0) -> list[Item]:
        """A paragraph; one that opens with a bold question is that question, then the rest. Bold
        questions on consecutive lines of one paragraph (`**Can I bring my dog?**` then
        `**Can I bring a pet?**`) are each a question (the flow makes a variant an alias): the
        second was the first one's answer, with no note."""
        children = [c for c in inline.children or [] if c.type != "text" or c.content]
        items: list[Item] = []
        while children and children[0].type == "strong_open":
            depth, end = 0, 0
            for j, child in enumerate(children):
                depth += child.nesting if child.type in ("strong_open", "strong_close") else 0
                if depth == 0:
                    end = j
                    break
            question = question_text(self._render(children[1:end], urls=False)[0])
            rest = children[end + 1 :]
            if not (end and is_question_text(question) and (not rest or _starts_with_break(rest))):
                break
            own_line = not rest or _is_break(rest[0])
            items.append(Heading(BOLD_LEVEL, question, own_line, line=line))
            if not own_line:
                children = rest  # "**Why?** Because...": the rest of the paragraph is text
                break
            children = [c for c in rest[1:] if c.type != "text" or c.content.strip()]
        if items and not children:
            return items
        text, links = self._render(children, urls=True)
        return [*items, Paragraph(text, links, line=line)] if text else items

    def _list(self, start: int, end: int, line: int = 0) -> list[Item]:
        """A list inside an answer, or, when each item is a question and its answer, those."""
        token = self.tokens[start]
        first = token.attrGet("start")
        number = int(first) if isinstance(first, (int, str)) and str(first).isdigit() else 1
        list_items: list[list[Item]] = []
        i = start + 1
        while i < end:
            close = self._close(i)
            if self.tokens[i].type == "list_item_open":
                list_items.append(self.items(i + 1, close))
            i = close + 1
        questions = question_list(list_items)
        if questions is not None:
            return questions
        ordered = token.type == "ordered_list_open"
        blocks = [as_blocks(items) for items in list_items]
        return [ListBlock(ordered, number, blocks, line=line)]

    def _table(self, start: int, end: int) -> list[Item]:
        """A table (its first row is always its heading row in Markdown) as a list of its rows,
        or, with a question in each row's first column, as questions and answers."""
        header: list[str] = []
        rows: list[list[str]] = []
        cells: list[str] = []
        in_header = False
        for token in self.tokens[start:end]:
            if token.type == "inline":
                cells.append(self._inline(token, urls=True)[0])
            elif token.type in ("thead_open", "thead_close"):
                in_header = token.type == "thead_open"
            elif token.type == "tr_close":
                if in_header:
                    header = cells
                else:
                    rows.append(cells)
                cells = []
        return question_table(header, rows, self.notes) or [table_block(header, rows, self.notes)]

    def _html(self, markup: str) -> list[Item]:
        from backcare.packs.importers.html import html_fragment

        return html_fragment(markup, self.notes)

    def _inline(self, token: Token, urls: bool) -> tuple[str, tuple[str, ...]]:
        return self._render(token.children or [], urls)

    def _bold_inside(self, text: str, urls: bool) -> None:
        """A bold question written inside a paragraph ("Yes. **Is there a fee?** No, it is
        free."): kept as text of the answer, and named in a note (import never guesses
        silently). Only paragraph text is rendered with `urls`; a question's own words are not."""
        question = question_text(text)
        if urls and is_question_text(question) and len(question.split()) >= ENTRY_QUESTION_WORDS:
            self.notes.append(
                f"kept the bold question {clip(question)!r} inside the paragraph it is written "
                "in (a question of its own is a line or heading of its own)"
            )

    def _close_mark(self, tag: str, marked: list[tuple[str, int]], parts: list[str]) -> None:
        """The text since its opening mark, struck-through text dropped with a note, a superscript
        or subscript written with its marks, a quotation in quotation marks (marks.py); a closing
        mark with no opening one is ignored, as browsers ignore a stray end tag."""
        struck = tag in STRUCK_TAGS
        found = next(
            (
                i
                for i in range(len(marked) - 1, -1, -1)
                if (marked[i][0] in STRUCK_TAGS) == struck and (struck or marked[i][0] == tag)
            ),
            None,
        )
        if found is None:
            return
        at = marked[found][1]
        del marked[found:]
        text = "".join(parts[at:])
        del parts[at:]
        if struck:
            if text.strip():
                self.notes.append(struck_note(text))
        elif tag == "q":
            parts.append(quoted(text, sum(t == "q" for t, _ in marked)) if text.strip() else text)
        else:
            before = next((p for p in reversed(parts) if p), "")
            written = scripted(text, before, sup=tag == "sup")
            self.scripts.wrote(text, written, sup=tag == "sup")
            parts.append(written)

    def _render(self, children: list[Token], urls: bool) -> tuple[str, tuple[str, ...]]:
        """Inline tokens as text: links as 'text (URL)', images dropped with a note."""
        parts: list[str] = []
        links: list[str] = []
        targets: list[tuple[str, int]] = []
        bold: list[int] = []
        marked: list[tuple[str, int]] = []  # struck-through, <sup>, <sub>, <q> open: where
        hidden_until = -1  # the closing tag of an inline <script>, <style>, <svg>...
        for number, child in enumerate(children):
            kind = child.type
            if number <= hidden_until:
                continue
            if kind == "html_inline":
                closed = _hidden_end(children, number)
                if closed is not None:
                    # what a browser never shows, as the HTML importer drops it: its text glued
                    # to the words around it made "Is there parking? var x=1" no question
                    tag = children[number].content[1:].split(">")[0].split()[0].lower()
                    self.code[tag] = self.code.get(tag, 0) + 1
                    hidden_until = closed
                    continue
            mark = _MARK_TAG.match(child.content) if kind == "html_inline" else None
            if kind == "s_open" or (mark and not mark["end"]):
                marked.append((mark["tag"].lower() if mark else "s", len(parts)))
                continue
            if kind == "s_close" or (mark and mark["end"]):
                tag = mark["tag"].lower() if mark else "s"
                self._close_mark(tag, marked, parts)
                continue
            if kind == "strong_open":
                bold.append(len(parts))
            elif kind == "strong_close" and bold:
                self._bold_inside("".join(parts[bold.pop() :]), urls)
            if kind in ("text", "code_inline"):
                parts.append(child.content)
            elif kind == "softbreak":
                # a line opening with a bullet mark CommonMark does not know ("• item"): the
                # author's list item, kept on its line for answer.written_lists (harden20)
                after = children[number + 1] if number + 1 < len(children) else None
                bullet = after is not None and after.type == "text" and bulleted(after.content)
                parts.append("\n" if bullet else " ")
            elif kind == "hardbreak" or (kind == "html_inline" and _BREAK_TAG.match(child.content)):
                parts.append("\n")
            elif kind == "html_inline" and child.content[:9].lower() == "</summary":
                if self.summary_at is not None:
                    summary = " ".join("".join(parts[self.summary_at :]).split())
                    self.notes.append(
                        f"kept <details> {clip(summary)!r} as text of the answer it is in (it is "
                        "written inside a line; a <details> block on lines of its own is a "
                        "question and its answer)"
                    )
                    self.summary_at = None
                parts.append("\n")
            elif kind == "html_inline" and _BLOCK_TAG.match(child.content):
                # a block element written inside a line (`- deeper <details><summary>Why?
                # </summary>because</details>`): its parts were glued ("Why?because"); kept as
                # lines of the answer, and a <summary> question is named in a note, since only a
                # <details> block of its own is read as a question and its answer
                parts.append("\n")
                if child.content[1:8].lower() == "summary":
                    self.summary_at = len(parts)
            elif kind == "link_open":
                href = child.attrGet("href")
                targets.append((href if isinstance(href, str) else "", len(parts)))
            elif kind == "link_close" and targets:
                href, at = targets.pop()
                shown, has_url = show_link("".join(parts[at:]), href)
                scheme = dropped_scheme(href)
                if scheme is not None:
                    del parts[at:]
                    parts.append(shown)
                    self.notes.append(dropped_note(scheme, shown))
                if urls and has_url:
                    del parts[at:]
                    parts.append(shown)
                    links.append(shown)
                    if kept_as_written(href) and shown not in self.relative:
                        self.relative.append(shown)
            elif kind == "image":
                alt = " ".join(child.content.split())
                self.notes.append(
                    dropped(f"dropped an image: {clip(alt)!r}", clip(alt))
                    if alt
                    else routine("dropped an image")
                )
        lines = (one_line(line) for line in "".join(parts).split("\n"))
        return "\n".join(line for line in lines if line), tuple(links)


# what the HTML importer drops as code and graphics (html.py's _CODE), but <noscript>, whose
# text a reader without scripts sees
_HIDDEN_OPEN = re.compile(r"^<(script|style|template|svg|canvas)(?:\s[^>]*)?>$", re.IGNORECASE)


def _hidden_end(children: list[Token], start: int) -> int | None:
    """Where the inline <script>, <style>, <template>, <svg> or <canvas> that opens at `start` closes; None if
    `start` opens none, or its closing tag is not on the same line or paragraph (then only the
    tag is dropped and the text after it kept, as before: nothing is lost to a stray tag)."""
    opened = _HIDDEN_OPEN.match(children[start].content)
    if opened is None:
        return None
    closing = re.compile(rf"^</{opened[1]}\s*>$", re.IGNORECASE)
    for at in range(start + 1, len(children)):
        if children[at].type == "html_inline" and closing.match(children[at].content):
            return at
    return None


_MARK_TAG = re.compile(r"^<(?P<end>/?)(?P<tag>del|s|strike|sup|sub|q)(?:\s[^>]*)?>$", re.I)


def _is_break(token: Token) -> bool:
    if token.type == "html_inline":
        return bool(_BREAK_TAG.match(token.content))
    return token.type in ("softbreak", "hardbreak")


def _starts_with_break(tokens: list[Token]) -> bool:
    """A line break or a new sentence after the bold question ('**Why?** is a question we
    hear...' continues a sentence and is not a question)."""
    first = tokens[0]
    if first.type in ("softbreak", "hardbreak"):
        return True
    rest = first.content.lstrip()
    return first.content[:1].isspace() and not rest[:1].islower()
