"""What an HTML element is, read from its tag, classes, attributes and text, for the walker of
backcare.packs.importers.html: a decoration, navigation (links within the page only), items made
alike (an accordion's), a microdata property, an ARIA heading level, children through wrappers,
and what follows a bold question in its block; and the inline text being gathered (_Inline).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from backcare.packs.importers.answer import Paragraph
from backcare.packs.importers.htmltree import Node, TextRun
from backcare.packs.importers.lines import one_line

_SPACES = re.compile(r"[^\S\u00a0\u202f]+")

_EMBEDS = frozenset("iframe video audio object embed map".split())


def _after_question(siblings: list[Node | str], start: int) -> str | None:
    """What follows a bold question in its block: 'line' (nothing, or a line break: the question
    is a line of its own), 'sentence' (a new sentence on the same line), or None ('<b>Why?</b> is
    a question we hear...' continues a sentence and is not a question)."""
    for sibling in itertools.islice(siblings, start, None):
        text = sibling if isinstance(sibling, str) else sibling.text()
        if isinstance(sibling, Node) and sibling.tag == "br":
            return "line"
        if text.strip():
            return None if text.strip()[0].islower() else "sentence"
    return "line"


def _alike(first: Node, second: Node) -> bool:
    """Whether two sibling elements are made alike (same tag, same classes): items of one list,
    as an accordion's items are, not a title and the panel it opens."""
    classes = set(first.attr("class").split())
    return (
        first.tag == second.tag and bool(classes) and classes == set(second.attr("class").split())
    )


def _undecorated(item: Node) -> Node:
    """A list item without its empty decorations (Squarespace opens each accordion item with an
    empty divider <div>): what is left is its title and its panel."""
    kept = [c for c in item.children if not (isinstance(c, Node) and _decoration(c))]
    if len(kept) == len(item.children):
        return item
    return Node(item.tag, item.attrs, item.parent, kept, line=item.line)


def _decoration(node: Node) -> bool:
    return (
        node.tag in ("div", "span", "i", "hr")
        and not node.text()
        and not any(e.tag in ("img", "br") or e.tag in _EMBEDS for e in node.elements())
    )


def _only_anchors(node: Node) -> bool:
    """True when all of an element's text is links to places on the same page ('Back to top',
    a table of contents): navigation, not content."""
    found = False
    stack: list[Node | str] = list(node.children)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.strip():
                return False
        elif item.tag == "a" and item.attr("href").startswith("#"):
            found = found or bool(item.text())
        else:
            stack.extend(item.children)
    return found


def _aria_level(node: Node) -> int:
    level = node.attr("aria-level").strip()
    return int(level) if level in ("1", "2", "3", "4", "5", "6") else 2


def _itemprop(node: Node, name: str) -> Node | None:
    """The first element below `node` with this itemprop, not inside a nested item."""
    stack = [c for c in reversed(node.children) if isinstance(c, Node)]
    while stack:
        element = stack.pop()
        if name in element.attr("itemprop").split():
            return element
        if "itemscope" not in element.attrs:
            stack.extend(c for c in reversed(element.children) if isinstance(c, Node))
    return None


def _flattened(node: Node, wrappers: tuple[str, ...]) -> list[Node]:
    """An element's child elements, looking through wrapper elements (<div> groups in a <dl>)."""
    out: list[Node] = []
    for child in node.children:
        if isinstance(child, Node):
            if child.tag in wrappers:
                out.extend(c for c in child.children if isinstance(c, Node))
            else:
                out.append(child)
    return out


@dataclass
class _Inline:
    """Inline text being gathered: whitespace collapsed, <br> kept as a line break."""

    parts: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    line: int = 0  # the page line of its first visible text (0: not known), for notes about it

    def add(self, text: str) -> None:
        if not self.line and isinstance(text, TextRun):  # a run of the page with visible text
            self.line = text.line
        self.parts.append(_SPACES.sub(" ", text))  # source line breaks are spaces; <br> is not

    def text(self, breaks: bool = False) -> str:
        """The text, a line per <br>; `breaks`: an empty line (`<br><br>`, the only paragraph
        break some builders have) kept as one, for answers (answer.written_lists)."""
        lines = [one_line(line) for line in "".join(self.parts).split("\n")]
        if not breaks:
            return "\n".join(line for line in lines if line)
        kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
        return "\n".join(kept).strip("\n")

    def take(self) -> Paragraph | None:
        if not self.parts:
            return None
        text = self.text(breaks=True)
        paragraph = Paragraph(text, tuple(self.links), line=self.line) if text else None
        self.parts, self.links, self.line = [], [], 0
        return paragraph
