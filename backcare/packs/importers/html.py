"""Import a saved FAQ web page: schema.org FAQPage data (JSON-LD or microdata), <details>
accordions, <dl> lists and heading-plus-paragraphs sections.

The page is parsed with the standard library (htmltree). Page furniture (navigation, header and
footer, cookie banners, share bars, forms, scripts and styles) is dropped with a note; so is
everything outside <main> when the page has one. What is left becomes a flow of headings, pairs
and blocks (flow.py). When the page carries FAQPage JSON-LD, its questions are used unless the visible
page has more and it holds fewer than half of them (jsonld.py); a note says which was imported.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

from backcare.packs.importers.answer import (
    Block,
    ListBlock,
    PageMark,
    Paragraph,
    block_text,
    dropped_note,
    dropped_scheme,
    kept_as_written,
    relative_links_note,
    show_link,
    table_block,
)
from backcare.packs.importers.coverage import question_lines
from backcare.packs.importers.docstyles import parse
from backcare.packs.importers.flow import (
    BOLD_LEVEL,
    ENTRY_QUESTION_WORDS,
    MAX_QUESTION,
    PSEUDO_LEVEL,
    QA,
    DefList,
    Heading,
    Item,
    as_blocks,
    build_entries,
    hints,
    is_question_text,
    opens_entry,
    question_table,
    question_text,
)
from backcare.packs.importers.furniture import WORD_FURNITURE, image_note, word_furniture_note
from backcare.packs.importers.htmlnodes import (
    _EMBEDS,
    _after_question,
    _alike,
    _aria_level,
    _flattened,
    _Inline,
    _itemprop,
    _only_anchors,
    _undecorated,
)
from backcare.packs.importers.htmlpage import Page
from backcare.packs.importers.htmltree import BLOCK, Node
from backcare.packs.importers.jsonld import prefer_structured, schema_type, structured_entries
from backcare.packs.importers.lines import one_line
from backcare.packs.importers.marks import ScriptNotes, quoted, script_kind, scripted
from backcare.packs.importers.numbering import item_markers
from backcare.packs.importers.references import repaired_references
from backcare.packs.importers.result import Imported, clip, is_variant
from backcare.packs.notes import Note, at_line, dropped, routine

# never content: code, styling and drawn graphics (counted in one note), embedded media (a note each)
_CODE = frozenset("script style template noscript svg canvas".split())
_GRAPHICS = frozenset(("svg", "canvas"))
_CONTROLS = frozenset("input select textarea option label".split())
_HEAD = frozenset("head title meta link base".split())
_FURNITURE_TAGS = {
    "nav": "navigation",
    "aside": "a sidebar",
    "footer": "a footer",
    "form": "a form",
}
_FURNITURE_ROLES = frozenset(
    "navigation banner contentinfo complementary search dialog alertdialog menu menubar".split()
)
_CONTENT_TAGS = frozenset("main article".split())
_HEADING = re.compile(r"^h([1-6])$")
# permalink symbols that themes append to headings ("How do I book?¶", "... ? #")
_HEADING_TAIL = re.compile(r"[\s#¶§🔗]+$")
MAX_NESTED_TABLES = 4  # tables within a table whose rows become list items of their own
_TAGGED = re.compile(r"<[a-zA-Z/!]")
# white space as HTML collapses it; a no-break space is left for one_line (kept before a "?")


def parse_html(markup: str) -> Imported:
    """The page's entries and notes; a note about a part of the page names the line of `markup`
    it stands on (importers._mhtml_page takes the lines off again: an archive's are not the
    file's)."""
    notes: list[str] = []
    markup = repaired_references(markup, notes)
    root = parse(markup, notes, lines=True)
    page = Page.read(root)
    result = Imported(title=page.title, source=page.url)
    result.notes.extend(notes)
    walker = _Walker(page, result.notes)
    items = walker.flow(root, in_content=False)
    walker.finish()
    result.furniture = set(walker.word_furniture)
    # a <title> and several <h1>s: a leaflet's sections (Word's Heading 1), the first <h1> one of
    # them, no second title (newcomer14 F12: the questions under it had no topic)
    sections = page.title and sum(isinstance(i, Heading) and i.level == 1 for i in items) >= 2
    build_entries(items, result, first_h1_is_title=not sections)
    result.question_lines = question_lines(_visible_strings(root))
    if page.json_ld:
        fragment = _Fragments(page.base)
        structured = structured_entries(page.json_ld, result, fragment.text, fragment.blocks)
        if structured is not None:
            prefer_structured(result, structured)
    return result


def _visible_strings(root: Node) -> list[str]:
    """The page's text nodes, but for code, styling and the document head (a <noscript> that
    holds a question is read: _Walker._dropped)."""
    strings: list[str] = []
    stack: list[Node | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            strings.append(" ".join(item.split()))
        elif (item.tag not in _CODE and item.tag not in _HEAD) or (
            item.tag == "noscript" and _holds_question(item)
        ):
            stack.extend(item.children)
    return strings


def _holds_question(node: Node) -> bool:
    """Whether a text of `node` (one of its text nodes) reads as a question."""
    stack: list[Node | str] = list(node.children)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if is_question_text(question_text(" ".join(item.split()))):
                return True
        elif item.tag not in _HEAD:
            stack.extend(item.children)
    return False


class _Fragments:
    """Pieces of HTML inside JSON-LD strings: a question's name, an answer's text."""

    def __init__(self, base: str) -> None:
        self.base = base

    def text(self, markup: str) -> str:
        markup = _unescaped(markup)
        if not _TAGGED.search(markup):
            return " ".join(markup.split())
        return _Walker(Page(), []).heading_text(parse(markup))

    def blocks(self, markup: str, notes: list[str]) -> list[Block]:
        """HTML (as Google allows in answers), or plain text with blank lines between paragraphs."""
        markup = _unescaped(markup)
        if not _TAGGED.search(markup):
            return [Paragraph(p) for p in re.split(r"\n\s*\n", markup) if p.strip()]
        walker = _Walker(Page(base=self.base), notes)
        # the answer's struck-through text is dropped with its note (htmltree._drop_struck), as on
        # the visible page: read without notes, it was dropped silently
        blocks = as_blocks(walker.flow(parse(markup, notes), in_content=True))
        walker.finish()
        return blocks


def _unescaped(markup: str) -> str:
    """JSON-LD text with its character references decoded ('&amp;', '&ndash;', '&#39;'), when it
    has no tags: the HTML parser decodes them in markup. Escaped markup ('&lt;p&gt;Yes&lt;/p&gt;',
    as some plugins write it) becomes markup, read as such."""
    return markup if _TAGGED.search(markup) else unescape(markup)


def html_fragment(markup: str, notes: list[str]) -> list[Item]:
    """The flow of a piece of HTML inside another document (an HTML block in Markdown)."""
    walker = _Walker(Page(), notes, fragment=True)
    items = walker.flow(parse(markup, notes), in_content=True)
    walker.finish()
    return items


class _Walker:
    def __init__(self, page: Page, notes: list[str], *, fragment: bool = False) -> None:
        self.page = page
        self.notes = notes
        # an HTML block inside Markdown: its <details> are questions only when their <summary>
        # reads as one (as Markdown's own questions must); otherwise answer text where they sit
        self.fragment = fragment
        self.code: dict[str, int] = {}
        self.hints = hints()
        self.relative: list[str] = []  # links kept with a relative address (no base to join)
        self.word_furniture: dict[str, int] = {}  # Word's page header/footer texts (one note)
        self.scripts = ScriptNotes()  # superscripts and subscripts written with their marks

    def finish(self) -> None:
        scripts = self.scripts.note()
        if scripts is not None:
            self.notes.append(scripts)
        if self.code:
            counted = ", ".join(f"{n} <{tag}>" for tag, n in sorted(self.code.items()))
            self.notes.append(routine(f"dropped {counted} (code and graphics, not content)"))
        if self.relative:
            self.notes.append(relative_links_note(self.relative))
        if self.word_furniture:
            self.notes.append(word_furniture_note(self.word_furniture))

    # ---- block level ------------------------------------------------------------------------

    def flow(self, node: Node, in_content: bool) -> list[Item]:
        """The items of an element's content, in document order."""
        items: list[Item] = []
        inline = _Inline()

        def flush() -> None:
            paragraph = inline.take()
            if paragraph is not None:
                items.append(paragraph)

        def read(position: int, child: Node) -> None:
            if child.tag == "hr" and not self.fragment:
                flush()
                items.append(PageMark("", kind="rule"))
                return
            if self._dropped(child, in_content):
                return
            if not (child.tag in BLOCK or child.has_block) and child.tag != "br":
                question = self._leading_question(child, inline, node.children, position)
                if question is not None:
                    flush()
                    items.append(question)
                else:
                    self._inline(child, inline)
                return
            if child.tag == "br":
                inline.parts.append("\n")
                return
            flush()
            entering = child.tag in _CONTENT_TAGS or child.attr("role") == "main"
            found = self._block(child, in_content or entering)
            items.extend(found)
            if not self.fragment and sum(map(opens_entry, found)) >= 2:
                # the FAQ block closed (Yoast's, an accordion's): text after it is the page's
                items.append(PageMark("", kind="end"))

        for position, child in enumerate(node.children):
            if isinstance(child, str):
                inline.add(child)
                continue
            placed = len(self.notes)
            read(position, child)
            if len(self.notes) > placed:
                # what reading an element noted is about its line, unless a part of it named its own
                at_line(self.notes, placed, child.line)
        flush()
        return items

    def _block(self, node: Node, in_content: bool) -> list[Item]:
        tag = node.tag
        heading = _HEADING.match(tag)
        if heading or node.attr("role") == "heading":
            level = int(heading.group(1)) if heading else _aria_level(node)
            text = self.heading_text(node)
            return [Heading(level, text, line=node.line)] if text else []
        if "itemscope" in node.attrs and schema_type(node.attr("itemtype")) == "Question":
            return self._microdata(node)
        if tag == "details":
            return self._details(node, in_content)
        accordion = self._accordion_item(node, in_content)
        if accordion is not None:
            return accordion
        if tag == "dl":
            return [self._deflist(node, in_content)]
        if tag in ("ul", "ol", "menu"):
            questions = self._question_items(node, in_content)
            return questions if questions is not None else [self._list(node, in_content)]
        if tag == "table":
            return self._table(node, in_content)
        if tag == "p" and _only_anchors(node):
            shown = clip(node.text())
            self.notes.append(dropped(f"dropped a link within the page: {shown!r}", shown))
            return []
        if tag == "pre":
            text = node.raw_text().strip("\n")
            return [Paragraph(text, verbatim=True, line=node.line)] if text.strip() else []
        if tag == "summary" or (self._toggle(node) and not node.has_block):
            text = self.heading_text(node)
            if is_question_text(question_text(text)):
                return [Heading(PSEUDO_LEVEL, text, line=node.line)]
            if tag == "button":
                if text:
                    self.notes.append(dropped(f"dropped a button: {clip(text)!r}", clip(text)))
                return []
        return self.flow(node, in_content)

    def _dropped(self, node: Node, in_content: bool) -> bool:
        """Drop page furniture, code and media, noting what a reader would have seen."""
        tag = node.tag
        if tag == "noscript" and _holds_question(node):
            # a page's no-script fallback of its FAQ (an accordion's text for readers without
            # scripts) is what such a reader sees: read as page text (hostile12 F5). One that
            # holds no question ("enable JavaScript", a tracking pixel) is dropped as before
            return False
        if tag in _CODE:
            if "ld+json" in node.attr("type").lower():  # JSON-LD is read, not dropped
                return True
            if tag not in _GRAPHICS or node.text():
                # a graphic with no text of its own (an icon; an <svg> whose <foreignObject>
                # text the parser set outside it, kept there) drops nothing a reader reads:
                # the note named it dropped beside its kept text (hostile12 F5)
                self.code[tag] = self.code.get(tag, 0) + 1
            return True
        if tag in _HEAD or tag in ("hr", "wbr"):
            return True
        if tag in _EMBEDS:
            source = node.attr("src") or node.attr("data")
            label = f" ({clip(source, 80)})" if source else ""
            self.notes.append(routine(f"dropped an embedded <{tag}>{label}"))
            return True
        if tag == "img":
            alt = " ".join(node.attr("alt").split())
            if alt:
                self.notes.append(image_note(alt))
            return True
        if WORD_FURNITURE.search(node.attr("class")) and not self._holds_content(node):
            # Word's running header/footer at each page break, on every Word leaflet (newcomer14 F1)
            text = " ".join(node.text().split())
            if text:
                self.word_furniture[text] = self.word_furniture.get(text, 0) + 1
            return True
        what = self._furniture(node, in_content)
        outside = False
        if what is None and self.page.main and not in_content and node not in self.page.main:
            # found by a heuristic, never routine (review9 3a: a "call 999" entry sat beside <main>)
            what, outside = "text outside the page's <main>", True
        if what is None:
            return False
        text = node.text()
        if text:
            said = f"dropped {what}: {clip(text)!r}"
            self.notes.append(Note(said) if outside else dropped(said, clip(text)))
        return True

    def _furniture(self, node: Node, in_content: bool) -> str | None:
        """What kind of page furniture an element is, or None. Tags, roles and class words are
        signs, not proof: an element holding the page's content is kept (ASP.NET pages wrap the
        whole body in a <form>; some themes put the FAQ in a 'subscription' section)."""
        what = self._furniture_sign(node, in_content)
        if what is not None and node.tag not in _CONTROLS and self._holds_content(node):
            return None
        return what

    def _furniture_sign(self, node: Node, in_content: bool) -> str | None:
        tag, role = node.tag, node.attr("role")
        if tag in _FURNITURE_TAGS:
            return _FURNITURE_TAGS[tag]
        if tag == "header" and not in_content:
            return "the page header"
        if tag in _CONTROLS:
            return f"a <{tag}>"
        if tag == "dialog" or (role in _FURNITURE_ROLES and not (role == "banner" and in_content)):
            return f"<{tag} role={role!r}>" if role else f"a <{tag}>"
        names = f"{node.attr('class')} {node.attr('id')}".lower()
        found = sorted(set(re.split(r"[\s_-]+", names)) & self.hints.boilerplate_words)
        return f"<{tag}> marked {found[0]!r}" if found else None

    def _holds_content(self, node: Node) -> bool:
        """Whether an element holds the page's main content or more than one question."""
        questions = 0
        for element in node.elements():
            if element.tag in ("main", "article", "h1"):
                return True
            questions += self._question_like(element)
            if questions > 1:
                return True
        return False

    def _question_like(self, element: Node) -> bool:
        if element.tag in ("details", "dt"):
            return True
        if schema_type(element.attr("itemtype")) == "Question":
            return True
        return bool(_HEADING.match(element.tag)) and is_question_text(self.heading_text(element))

    def _details(self, node: Node, in_content: bool) -> list[Item]:
        summary = next(
            (c for c in node.children if isinstance(c, Node) and c.tag == "summary"), None
        )
        rest = Node("details", {}, None, [c for c in node.children if c is not summary])
        items = self.flow(rest, in_content)
        question = self.heading_text(summary) if summary is not None else ""
        line = summary.line if summary is not None else node.line
        if not question:
            return list(as_blocks(items))
        if self.fragment and not is_question_text(question_text(question)):
            # "<details><summary>More tips</summary>" under "## How do I stretch?" is part of that
            # answer: as a question it took the answer's list and left the real question empty
            self.notes.append(
                f"kept <details> {clip(question)!r} as answer text (its <summary> is not a question)"
            )
            return [Paragraph(question, line=line), *as_blocks(items)]
        own, nested = self._nested_questions(items, question)
        blocks = as_blocks(own)
        if not blocks and not nested and not node.closed:
            # a <details> opened in a Markdown HTML block: its answer follows as Markdown
            return [Heading(PSEUDO_LEVEL, question, line=line)]
        return [QA(question, blocks, line=line), *nested]

    def _accordion_item(self, node: Node, in_content: bool) -> list[Item] | None:
        """An accordion item whose title is a statement ("Cancellation policy", "What to
        bring"): a toggle (a button, or an element classed as a question), alone or in a heading,
        followed by the panel it opens. The structure says they are a question and its answer,
        so they are one, with a note; dropped as a statement heading, the answer was lost. A
        title that is a question is read as before (a toggle's Heading)."""
        parts = [c for c in node.children if isinstance(c, Node)]
        if len(parts) != 2 or any(isinstance(c, str) and c.strip() for c in node.children):
            return None
        head, panel = parts
        if _alike(head, panel):
            return None  # two items of one accordion (same tag and class), not a title and panel
        toggle = head if self._toggle(head) else next(filter(self._toggle, head.elements()), None)
        if toggle is None:
            return None
        # the panel is a box, or (under a toggle classed as the question, as Yoast's FAQ block
        # writes '<strong class="schema-faq-question">' + '<p class="schema-faq-answer">') a
        # paragraph; a plain button before a paragraph ("Read more") pairs with nothing
        boxed = panel.has_block or panel.tag in ("div", "section")
        if not (boxed or (panel.tag == "p" and self._classed_question(toggle))):
            return None
        title = self.heading_text(head)
        if toggle is not head and self.heading_text(toggle) != title:
            # the head holds more than its toggle: it is a whole item (title and panel) of an
            # accordion of two, whose second item was taken for its panel (newcomer9 1)
            return None
        if not title or is_question_text(question_text(title)) or len(title) > MAX_QUESTION:
            return None
        blocks = as_blocks(self.flow(panel, in_content))
        if not any(block_text(b) for b in blocks):
            return None
        self.notes.append(
            f"imported the accordion item {clip(title)!r} as a question and its answer (its "
            "title is no question, but the page pairs it with the panel it opens)"
        )
        return [QA(title, blocks, line=head.line)]

    def _nested_questions(self, items: list[Item], question: str) -> tuple[list[Item], list[QA]]:
        """A <details> answer's items, and the questions paired inside it (a <details> or a
        schema.org Question within it) taken out as entries of their own, each with a note: they
        were merged into the answer as lines of text. A nested <details> whose <summary> is not a
        question ('More tips'), or a question heading in the answer, stays in it, with a note."""
        own: list[Item] = []
        nested: list[QA] = []
        for item in items:
            if isinstance(item, QA) and is_question_text(question_text(item.question)):
                nested.append(item)
                self.notes.append(
                    f"the question {clip(item.question)!r} inside the answer to {clip(question)!r} "
                    "(nested <details>): imported as an entry of its own"
                )
                continue
            kept = ""
            if isinstance(item, QA):
                kept, why = item.question, "its <summary> is not a question"
            elif isinstance(item, Heading) and is_question_text(question_text(item.text)):
                kept, why = item.text, "a heading inside a <details> answer"
            if kept:
                self.notes.append(
                    f"kept {clip(kept)!r} as text of the answer to {clip(question)!r} ({why})"
                )
            own.append(item)
        return own, nested

    def _deflist(self, node: Node, in_content: bool) -> DefList:
        deflist = DefList()
        waiting = False  # the last <dt> has had no <dd> yet
        for child in _flattened(node, ("div",)):
            if child.tag == "dt":
                term = self.heading_text(child)
                if waiting and self._shares_the_dd(deflist, term):
                    deflist.aliases.setdefault(len(deflist.pairs) - 1, []).append(term)
                else:
                    deflist.pairs.append((term, []))
                    deflist.lines.append(child.line)
                waiting = True
            elif child.tag == "dd" and deflist.pairs:
                deflist.pairs[-1][1].extend(as_blocks(self.flow(child, in_content)))
                waiting = False
            elif child.tag == "dd":
                # an answer with no question: content, though it says "dropped"
                said = Note(f"dropped a <dd> with no <dt> before it: {clip(child.text())!r}")
                self.notes.append(said.at_line(child.line))  # the <dd>'s line, not the list's
        return deflist

    def _shares_the_dd(self, deflist: DefList, term: str) -> bool:
        """Whether a <dt> after a <dt> with no <dd> yet is another wording of that question. HTML
        has both terms share the <dd> that follows; a page also leaves a question unanswered
        that way ('Do you take cards?' before 'What are your hours?'): only a variant may share
        the answer, as an alias (with a note); any other <dt> is a question of its own, and the
        one before it has no answer."""
        first = deflist.pairs[-1][0]
        shared = (
            is_question_text(question_text(first))
            and is_question_text(question_text(term))
            and is_variant(first, term)
        )
        if shared:
            self.notes.append(
                f"<dt> {clip(term)!r} shares the <dd> of {clip(first)!r} and asks the same: "
                "imported as its alias"
            )
        return shared

    def _list(self, node: Node, in_content: bool) -> ListBlock:
        start = node.attr("start").strip()
        block = ListBlock(
            ordered=node.tag == "ol",
            start=int(start) if start.isdigit() and len(start) < 9 else 1,
            line=node.line,
        )
        children = _flattened(node, ())
        # every <li> counts in a browser's numbering, a dropped one too (numbering.py)
        labels = item_markers(node, [c for c in children if c.tag == "li"], block.start)
        anchors: list[Node] = []
        items = 0
        for child in children:
            if child.tag == "li":
                items += 1
            if child.tag == "li" and _only_anchors(child):
                anchors.append(child)
            elif child.tag == "li":
                block.items.append(as_blocks(self.flow(child, in_content)))
                if labels:
                    block.markers.append(labels[items - 1])
            elif child.tag in ("ul", "ol") and block.items:
                block.items[-1].append(self._list(child, in_content))  # <ul> straight in <ul>
        if anchors and not block.items:
            self.notes.append(
                routine(f"dropped a list of {len(anchors)} links within the page (contents)")
            )
        for anchor in anchors if block.items else []:
            shown = clip(anchor.text())
            said = dropped(f"dropped a link within the page: {shown!r}", shown)
            self.notes.append(said.at_line(anchor.line))  # its item's line, not the list's
        return block

    def _question_items(self, node: Node, in_content: bool) -> list[Item] | None:
        """A list whose items are FAQ items (newcomer10 F1: Squarespace's Accordion block, Wix and
        theme accordions write '<li><h4><button>Q?</button></h4><div>A</div></li>'), as the flow
        of questions it is; None for a list of other things. An item is a question when it opens
        with a heading, a toggle or a <details> whose title is a question, or with a toggle
        (alone or in a heading: an accordion's title, which may be a statement); at least half
        of the items must be, so an answer's list of points with one heading in it stays a list."""
        items = [_undecorated(c) for c in _flattened(node, ()) if c.tag == "li"]
        if not items:
            return None
        opening = sum(self._opens_with_question(item) for item in items)
        if opening == 0 or opening * 2 < len(items):
            return None
        flow: list[Item] = []
        for child in _flattened(node, ()):
            child = _undecorated(child) if child.tag == "li" else child
            question = self._paragraph_question(child) if child.tag == "li" else ""
            if question:  # '<li><p>Q?</p><p>A</p></li>': the first paragraph is the title
                parts = [c for c in child.children if isinstance(c, Node) or c.strip()]
                flow.append(Heading(PSEUDO_LEVEL, question, line=child.line))
                flow.extend(self._block(Node("div", {}, child, parts[1:]), in_content))
            else:
                flow.extend(self._block(child, in_content))
        return flow

    def _paragraph_question(self, item: Node) -> str:
        """The question a list item's first paragraph (or bold line) is, alone and with more of
        the item after it ('<li><p>How do I book?</p><p>Online.</p></li>', harden16's leftover),
        or ''. Three words or more, as for a bold question inside an answer."""
        parts = [c for c in item.children if isinstance(c, Node) or c.strip()]
        head = parts[0] if len(parts) > 1 else None
        if not isinstance(head, Node) or head.tag not in ("p", "strong", "b"):
            return ""
        text = question_text(self.heading_text(head))
        if not is_question_text(text) or len(text.split()) < ENTRY_QUESTION_WORDS:
            return ""
        return text

    def _opens_with_question(self, item: Node) -> bool:
        head = next((c for c in item.children if isinstance(c, Node) or c.strip()), None)
        if not isinstance(head, Node):
            return False
        if head.tag == "details":
            return True
        if head.tag in ("p", "strong", "b"):
            return bool(self._paragraph_question(item))
        toggled = self._toggle(head) or any(map(self._toggle, head.elements()))
        titled = bool(_HEADING.match(head.tag)) or head.attr("role") == "heading" or toggled
        if not titled:
            return False
        has_panel = sum(isinstance(c, Node) for c in item.children) > 1
        return is_question_text(question_text(self.heading_text(head))) or (toggled and has_panel)

    def _table(self, node: Node, in_content: bool = True) -> list[Item]:
        rows = [[c for c in row.children if isinstance(c, Node)] for row in self._rows(node)]
        if len(rows) == 1 and len(rows[0]) == 1 and rows[0][0].has_block:
            # a one-cell table of paragraphs or lists is a box drawn round them (a leaflet's warning
            # box: newcomer14 F2, it became one '; ' item with its bullets inline)
            self.notes.append(routine("read a one-cell table of paragraphs as a box, as it is"))
            return self.flow(rows[0][0], in_content)
        # a first row of <th> cells only is the heading row: it names the columns, it is no item
        heads = bool(rows and rows[0] and all(c.tag == "th" for c in rows[0]))
        texts = [[self._cell(c) for c in row] for row in rows]
        header, body = texts[0] if heads else [], texts[heads:]
        lines = [row[0].line if row else 0 for row in rows[heads:]]  # each question's first cell
        return question_table(header, body, self.notes, lines) or [
            replace(table_block(header, body, self.notes), line=node.line)
        ]

    def _rows(self, table: Node) -> list[Node]:
        """The rows of a table and of tables nested in it, in document order, down to
        MAX_NESTED_TABLES tables deep: each row's cells are read whole (nested tables too), so
        every level read again all below it ('<table><tr><td>x' x 100,000, 150 levels: 6 s)."""
        rows: list[Node] = []
        stack: list[tuple[Node, int]] = [(table, 0)]
        cut = False
        while stack:
            item, deep = stack.pop()
            if item is not table and item.tag == "tr":
                rows.append(item)
            if item is not table and item.tag == "table":
                deep += 1
                if deep > MAX_NESTED_TABLES:
                    cut = True
                    continue
            stack.extend((c, deep) for c in reversed(item.children) if isinstance(c, Node))
        if cut:
            self.notes.append(
                f"tables nested more than {MAX_NESTED_TABLES} deep: their rows are read "
                "as part of the cells holding them"
            )
        return rows

    def _cell(self, node: Node) -> str:
        inline = _Inline()
        self._inline(node, inline)
        return " ".join(inline.text().split())

    def _microdata(self, node: Node) -> list[Item]:
        name_node = _itemprop(node, "name")
        question = ""
        if name_node is not None:
            question = name_node.attr("content") or self.heading_text(name_node)
        answer = _itemprop(node, "acceptedAnswer") or _itemprop(node, "suggestedAnswer")
        blocks: list[Block] = []
        if answer is not None:
            text = _itemprop(answer, "text") or answer
            content = text.attr("content")
            blocks = [Paragraph(content)] if content else as_blocks(self.flow(text, True))
        if not question:
            self.notes.append(f"a schema.org Question with no name, skipped: {clip(node.text())!r}")
            return []
        return [QA(question, blocks, line=(name_node or node).line)]

    # ---- inline level -----------------------------------------------------------------------

    def _leading_question(
        self, node: Node, inline: _Inline, siblings: list[Node | str], position: int
    ) -> Heading | None:
        """An inline element that opens a block as its question: a toggle ('<a class=
        "accordion-toggle">', role="button"), or a bold question followed by a new sentence."""
        toggle = self._toggle(node)
        if not (toggle or node.tag in ("strong", "b")) or inline.text():
            return None
        text = question_text(self.heading_text(node))
        if not is_question_text(text):
            return None
        if toggle:
            return Heading(PSEUDO_LEVEL, text, line=node.line)
        follows = _after_question(siblings, position + 1)
        return Heading(BOLD_LEVEL, text, follows == "line", line=node.line) if follows else None

    def _toggle(self, node: Node) -> bool:
        """A button, or an element classed as a question: an accordion's question."""
        return node.tag == "button" or node.attr("role") == "button" or self._classed_question(node)

    def _classed_question(self, node: Node) -> bool:
        names = f"{node.attr('class')} {node.attr('id')}".lower()
        return any(word in names for word in self.hints.question_class_words)

    def heading_text(self, node: Node) -> str:
        inline = _Inline()
        self._inline(node, inline, urls=False)
        return _HEADING_TAIL.sub("", one_line(inline.text()))

    def _inline(self, node: Node, inline: _Inline, urls: bool = True) -> None:
        stack: list[Node | str] = [node]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                inline.add(item)
            elif item.tag == "br":
                inline.parts.append("\n")
            elif item.tag == "a" and urls and item.attr("href"):
                self._link(item, inline)
            elif item.tag in _CODE or item.tag in _EMBEDS or item.tag in _HEAD:
                continue
            elif item.tag in ("strong", "b") and urls:
                # a bold question inside a paragraph ("Yes. <b>Is there a fee?</b> No."): kept
                # as text of the answer, and named (import never guesses silently)
                question = question_text(item.text())
                if is_question_text(question) and len(question.split()) >= ENTRY_QUESTION_WORDS:
                    self.notes.append(
                        f"kept the bold question {clip(question)!r} inside the paragraph it is "
                        "written in (a question of its own is a line or heading of its own)"
                    )
                stack.extend(reversed(item.children))
            elif item.tag == "img":
                alt = " ".join(item.attr("alt").split())
                if alt:
                    self.notes.append(image_note(alt))
            elif item.tag == "q" or script_kind(item.tag, item.attr("style")):
                self._marked(item, inline, urls)
            else:
                stack.extend(reversed(item.children))

    def _marked(self, node: Node, inline: _Inline, urls: bool) -> None:
        """A superscript, subscript or inline quotation, written so that flattening keeps its
        meaning ("10<sup>3</sup>" is 10³, not 103; `<q>` in the quotation marks a browser draws:
        marks.py)."""
        inner = _Inline()
        self._inline(Node("span", {}, None, list(node.children)), inner, urls)
        inline.links.extend(inner.links)
        inline.line = inline.line or inner.line
        text = "".join(inner.parts)
        if node.tag == "q":
            inline.parts.append(quoted(text, int(node.inside("q"))) if text.strip() else text)
            return
        before = next((p for p in reversed(inline.parts) if p), "")
        sup = script_kind(node.tag, node.attr("style")) == "sup"
        written = scripted(text, before, sup=sup)
        self.scripts.wrote(text, written, sup=sup)
        inline.parts.append(written)

    def _link(self, node: Node, inline: _Inline) -> None:
        words = _Inline()
        self._inline(node, words, urls=False)
        href = node.attr("href")
        shown, has_url = show_link(words.text(), href, self.page.base)
        inline.line = inline.line or words.line
        scheme = dropped_scheme(href)
        if scheme is not None:
            self.notes.append(dropped_note(scheme, shown))
        if has_url:
            inline.links.append(shown)
            if kept_as_written(href, self.page.base) and shown not in self.relative:
                self.relative.append(shown)
        inline.parts.append(shown)
