"""A small element tree from the standard library's html.parser, forgiving as browsers are.

Real pages leave <p>, <li>, <dt>/<dd> and table cells unclosed and close tags that were never
opened; the builder closes what a browser would close and ignores stray end tags. Nesting deeper
than MAX_DEPTH is flattened (kept as siblings), so walking the tree never recurses without bound.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from backcare.errors import PackError

MAX_DEPTH = 150
# html.parser reads about 100,000 tags a second here, and each element costs a few hundred bytes
MAX_ELEMENTS = 100_000
MAX_TAG_CHARS = 20_000  # a start tag with its attributes; a page's longest are a few hundred
_TAG_NAME = re.compile(r"<([a-zA-Z][^\t\n\r\f />\x00]{0,100})")
VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
BLOCK = frozenset(
    "address article aside blockquote body button caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe "
    "legend li main menu nav noscript ol p pre script section style summary table tbody td "
    "template tfoot th thead title tr ul video audio object svg canvas select textarea".split()
)
# start tag -> (open elements it closes, elements an implied end tag passes through although they
# bound a search (a row's cells), the elements that stop the search): the HTML spec's optional end
# tags. A new row closes the open row and its open cell with it, so rows never nest in rows.
_IMPLIED_END: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    tag: (frozenset(closes.split()), frozenset(through.split()), frozenset(stops.split()))
    for tag, closes, through, stops in (
        ("li", "li", "", "ul ol menu"),
        ("dt", "dt dd", "", "dl"),
        ("dd", "dt dd", "", "dl"),
        ("tr", "tr", "td th", "table tbody thead tfoot"),
        ("td", "td th", "", "tr table"),
        ("th", "td th", "", "tr table"),
        ("tbody", "tbody thead tfoot", "tr td th", "table"),
        ("thead", "tbody thead tfoot", "tr td th", "table"),
        ("tfoot", "tbody thead tfoot", "tr td th", "table"),
        ("option", "option", "", "select datalist"),
        ("optgroup", "option optgroup", "", "select datalist"),
        ("rt", "rt rp", "", "ruby"),
        ("rp", "rt rp", "", "ruby"),
    )
}
_NOT_INSIDE_P = BLOCK - {"button", "iframe", "video", "audio", "object", "svg", "canvas"}
# HTML start tags that end SVG or MathML content left open (the HTML spec's "in foreign content"
# breakout list)
_BREAKOUT = frozenset(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img "
    "li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul "
    "var".split()
)
# elements that an implied end tag never reaches past (the HTML spec's "scope" boundaries)
_SCOPE = frozenset("html table td th caption template object button".split())


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)
    has_block: bool = False  # some descendant is a block element
    closed: bool = False  # its end tag was seen
    line: int = 0  # the page line its start tag stands on (parse(lines=True)), else 0

    def attr(self, name: str) -> str:
        return self.attrs.get(name, "")

    def elements(self) -> Iterator[Node]:
        """Every element below this one, in document order (iterative: no recursion limit)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if node is not self:
                yield node
            stack.extend(c for c in reversed(node.children) if isinstance(c, Node))

    def raw_text(self) -> str:
        """All text below this element exactly as written (for <pre> and JSON-LD scripts)."""
        return "".join(self._strings())

    def _strings(self) -> list[str]:
        """The text pieces below this element, in document order."""
        parts: list[str] = []
        stack: list[Node | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                parts.append(item)
            else:
                stack.extend(reversed(item.children))
        return parts

    def inside(self, tag: str) -> bool:
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.tag == tag:
                return True
            ancestor = ancestor.parent
        return False

    def text(self) -> str:
        """All text below this element, whitespace collapsed."""
        return " ".join(" ".join(self._strings()).split())


class TextRun(str):
    """A run of a page's text with the page line its first visible character stands on, so the
    import's notes about a paragraph name its line (ux42: notes about an HTML page named none)."""

    line: int

    def __new__(cls, text: str, line: int) -> TextRun:
        made = super().__new__(cls, text)
        made.line = line
        return made


def parse(markup: str, notes: list[str] | None = None, *, lines: bool = False) -> Node:
    """The document's root (a '#root' element holding everything). What `bounded` had to cut is
    added to `notes`. `lines`: each element and run of text keeps the line of `markup` it starts
    on (a page's own markup; not a fragment quoted in JSON-LD, whose lines are not the page's)."""
    builder = _TreeBuilder(lines)
    builder.feed(bounded(markup, notes if notes is not None else []))
    builder.close()
    if notes is not None:
        notes.extend(_comment_notes(builder.commented))
    _drop_hidden_in_lines(builder.root, notes if notes is not None else [])
    _drop_struck(builder.root, notes if notes is not None else [])
    return builder.root


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary"))


def _drop_struck(root: Node, notes: list[str]) -> None:
    """Remove struck-through elements (`<del>`, `<s>`, `<strike>`, an inline line-through style)
    with a content note each quoting their text: a page shows them crossed out, as advice it
    withdraws, and flattened they read as live advice (hostile14 F8; marks.py)."""
    from backcare.packs.importers.marks import is_struck, struck_note, withdrawn

    gone: set[int] = set()
    parents: list[Node] = []
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if node is not root and is_struck(node.tag, node.attr("style")):
            gone.add(id(node))
            if node.parent is not None and (not parents or parents[-1] is not node.parent):
                parents.append(node.parent)
            text = node.text()
            if text:
                notes.append(struck_note(text).at_line(node.line))
            continue
        stack.extend(c for c in reversed(node.children) if isinstance(c, Node))
    for parent in parents:
        kept = [c for c in parent.children if id(c) not in gone]
        if (
            parent.tag in _HEADINGS
            and parent.text().strip()
            and not "".join(c if isinstance(c, str) else c.text() for c in kept).strip()
        ):
            # a heading struck through whole withdraws its entry: kept marked, it is no
            # question, so its answer is skipped with a note, never glued to the entry above
            # (review14 F9)
            kept = [withdrawn(parent.text())]
        parent.children = kept


_COMMENTS_NAMED = 3
_TAG = re.compile(r"<[^<>]{0,2000}>")
_QUESTION_ENDS = ("?", "\uff1f", "\u061f")


def _commented_questions(comment: str) -> list[str]:
    """The questions a comment's text holds (a line or an element's text ending in '?', of two
    words or more and at most 200 characters); conditional comments (`[if IE]`) hold code."""
    if comment.lstrip().startswith("[") or len(comment) > 100_000:
        return []
    pieces = (" ".join(p.split()) for p in _TAG.sub("\n", comment).split("\n"))
    return [
        p for p in pieces if p.endswith(_QUESTION_ENDS) and len(p.split()) >= 2 and len(p) <= 200
    ]


def _comment_notes(questions: list[str]) -> list[str]:
    """One content note naming the questions the page's comments hold, if any."""
    if not questions:
        return []
    shown = ", ".join(repr(q) for q in questions[:_COMMENTS_NAMED])
    more = " and more" if len(questions) > _COMMENTS_NAMED else ""
    return [
        f"a comment in the page's markup holds a question, not imported (a browser does not show "
        f"it): {shown}{more}; what follows the comment is read as part of the answer above it: "
        "check that answer"
    ]


_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)


def hides(node: Node) -> bool:
    """Whether an element's own markup hides it from every reader: the `hidden` attribute (not
    `hidden="until-found"`, which a find in the page reveals) or an inline `display: none` or
    `visibility: hidden`. Text for screen readers only (`sr-only` classes) is read, so is kept."""
    if "hidden" in node.attrs and node.attr("hidden").lower() != "until-found":
        return True
    return bool(_HIDING_STYLE.search(node.attr("style")))


def _drop_hidden_in_lines(root: Node, notes: list[str]) -> None:
    """Remove hidden elements that sit inside a line of text (no block element in or around them
    as the line's own): `<h2>I ca<span style="display:none">xyz</span>n't pee?</h2>` read as
    "I caxyzn't pee?", a question the emergency-question check could not read (hostile10 15). A
    hidden block (an accordion's panel, which the page's script opens) is kept: it is content."""
    hidden: list[str] = []
    for node in list(root.elements()):
        if node.tag in BLOCK or node.has_block or not hides(node) or node.parent is None:
            continue
        if node in node.parent.children:  # not already gone with a hidden ancestor
            node.parent.children.remove(node)
            text = node.text()
            if text:
                hidden.append(text)
    if hidden:
        shown = " ".join(hidden)
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        notes.append(
            f"dropped text the page hides inside a line (display: none, hidden): {shown!r}"
        )


def bounded(markup: str, notes: list[str]) -> str:
    """`markup` as the parser can read in linear time. CPython's html.parser looks for the end of
    an unclosed tag or comment from each one to the end of the text, and at the end reads each
    as text, one after another: quadratic ('<a ' x 10,000 took 17 s, '<!--' x 40,000 14 s).
    Whatever opens after the last '>' (or a comment after the last '-->') can never close, and the
    parser would read it as text: it is escaped as text here, at once. And a start tag longer
    than MAX_TAG_CHARS (a megabyte of attributes cost 200 MB) keeps its name, not its
    attributes. Ordinary pages are unchanged."""
    last_comment_end = markup.rfind("-->")
    start = markup.find("<!--", last_comment_end + 3 if last_comment_end >= 0 else 0)
    if start >= 0:
        cut = markup.count("<!--", start)
        markup = markup[:start] + markup[start:].replace("<!--", "&lt;!--")
        notes.append(
            f"{cut} unclosed comment{'s' if cut > 1 else ''} ('<!--' with no '-->') read as text"
        )
    last_close = markup.rfind(">")
    if markup.find("<", last_close + 1) >= 0:
        markup = markup[: last_close + 1] + markup[last_close + 1 :].replace("<", "&lt;")
        notes.append(
            "text after the last '>' holds '<' that opens a tag never closed: read as text"
        )
    return _short_tags(markup, notes)


def _short_tags(markup: str, notes: list[str]) -> str:
    """Start tags longer than MAX_TAG_CHARS cut to their name (with a note)."""
    pieces: list[str] = []
    done = 0
    closing = -1
    long_tags = 0
    for match in _TAG_NAME.finditer(markup):
        at = match.start()
        if at < done:
            continue  # inside a tag already cut
        if closing < at:
            closing = markup.find(">", at)
        if closing - at > MAX_TAG_CHARS:
            pieces.append(markup[done:at])
            # the line breaks the attributes held stay, so the lines after the tag stay the page's
            breaks = "\n" * markup.count("\n", at, closing)
            pieces.append(f"<{match.group(1)}{breaks}>")
            done = closing + 1
            long_tags += 1
    if not long_tags:
        return markup
    pieces.append(markup[done:])
    notes.append(
        f"{long_tags} tag{'s' if long_tags > 1 else ''} longer than {MAX_TAG_CHARS:,} characters: "
        "attributes dropped"
    )
    return "".join(pieces)


class _TreeBuilder(HTMLParser):
    def __init__(self, lines: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.lines = lines
        self.root = Node("#root", {})
        self.stack: list[Node] = [self.root]
        self.elements = 0  # elements opened so far (bounded: time and memory)
        self.open_tags: dict[str, int] = {}  # how many of each tag are open: skips hopeless scans
        self.commented: list[str] = []  # questions inside comments (handle_comment)

    def parse_html_declaration(self, i: int) -> int:
        """A malformed declaration or marked section ("<![i(", "<!DOCTYPE" cut short) makes
        CPython's parser raise AssertionError; a browser shows such text, so its "<!" is text."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 2])
            return i + 2

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs, push=tag not in VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs, push=False)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                self.stack[depth].closed = True
                self._pop_to(depth)
                return
        # an end tag with nothing open to close is ignored, as browsers do

    def handle_comment(self, data: str) -> None:
        # a browser shows no comment, so neither does the import; one holding a question (a
        # question taken off the page by commenting it out) is named (hostile13 F14)
        if len(self.commented) < _COMMENTS_NAMED + 1:
            self.commented.extend(_commented_questions(data))

    def handle_data(self, data: str) -> None:
        children = self.stack[-1].children
        last = children[-1] if children and isinstance(children[-1], str) else None
        if isinstance(last, TextRun):  # a run with visible text keeps its first one's line
            children[-1] = TextRun(last + data, last.line)
            return
        run = data if last is None else last + data
        if self.lines and not data.isspace():  # white space alone needs no line
            # the line of its first visible character: html.parser stands at the data's start
            ahead = len(data) - len(data.lstrip())
            run = TextRun(run, self.getpos()[0] + data.count("\n", 0, ahead))
        if last is None:
            children.append(run)
        else:
            children[-1] = run

    def _open(self, tag: str, attrs: list[tuple[str, str | None]], push: bool) -> None:
        self._close_implied(tag)
        parent = self.stack[-1]
        values: dict[str, str] = {}
        for name, value in attrs:
            values.setdefault(name, value or "")  # the first of a repeated attribute wins
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise PackError(
                f"more than {MAX_ELEMENTS:,} HTML elements (the limit for a page to import; "
                "an FAQ page has a few thousand)"
            )
        node = Node(tag, values, parent, line=self.getpos()[0] if self.lines else 0)
        parent.children.append(node)
        if tag in BLOCK:
            ancestor: Node | None = parent
            while ancestor is not None and not ancestor.has_block:
                ancestor.has_block = True
                ancestor = ancestor.parent
        if push and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)
            self.open_tags[tag] = self.open_tags.get(tag, 0) + 1

    def _close_implied(self, tag: str) -> None:
        if self.open_tags.get("svg") or self.open_tags.get("math"):
            # inside SVG or MathML (foreign content) a start tag is that language's element and
            # closes nothing: a <script> or <style> in an <svg> in a <p> closed the <p>, the
            # <svg> with it, and the SVG's <text> after it leaked into the answer while a note
            # said the <svg> was dropped (hostile11 F6). An HTML tag that breaks out of foreign
            # content (the spec's list: <p>, <div>, <li>, a heading...) closes the <svg> or
            # <math> left open, as browsers do, and is then read as usual.
            if tag not in _BREAKOUT:
                return
            for depth in range(1, len(self.stack)):
                if self.stack[depth].tag in ("svg", "math"):
                    self._pop_to(depth)
                    break
        if tag in _NOT_INSIDE_P:
            self._close_open(tag, frozenset({"p"}), frozenset(), frozenset())
        if tag in _IMPLIED_END:
            self._close_open(tag, *_IMPLIED_END[tag])

    def _close_open(
        self, tag: str, closes: frozenset[str], through: frozenset[str], stops: frozenset[str]
    ) -> None:
        if not any(self.open_tags.get(t) for t in closes):
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[depth].tag
            if open_tag in closes:
                self._pop_to(depth)
                return
            if open_tag in through:
                continue
            if open_tag in stops or (open_tag in _SCOPE and open_tag != tag):
                return

    def _pop_to(self, depth: int) -> None:
        for node in self.stack[depth:]:
            self.open_tags[node.tag] -= 1
        del self.stack[depth:]
