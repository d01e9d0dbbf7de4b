"""What a word processor's HTML export says by its style classes and its own markup, read as a
browser shows it (harden23, after newcomer15 F2, F3, F11, F12).

A Google Docs "Web page (.html, zipped)" export writes bold as a class (`<span class="c6">` with
`.c6{font-weight:700}` in the page's <style>), never as <b> or <strong>: the questions a person
made bold were read as plain text, so 4 of 22 were imported. Its document title is
`<p class="title">`, not <h1> (the pack was titled from the file name). Its comments are a
`<sup><a href="#cmnt1">[a]</a></sup>` after the text commented on and the comment itself at the
end of the document ("[a]Sarah - are the block prices still right?"), which became part of the
last answer. And its tables never use <th>: a first row all in bold is the heading row.

`restyle` rewrites the tree: a span made bold by a class of the page's own <style> becomes <b>, a
"title" paragraph <h1>, a table's all-bold first row <th> cells; the comments' marks and bodies
are removed with one note. Only classes the page itself defines are read (no stylesheet is
fetched), and only spans are made bold: a class on a block (a site's `.faq-title{font-weight:
700}` on a <div>) keeps the shape the page's other markup gives it.
"""

from __future__ import annotations

import re

from backcare.packs.importers.htmltree import Node
from backcare.packs.importers.htmltree import parse as parse_tree

# a class rule of a <style> block: `.c6{...}` (Google writes one class a rule, no spaces)
_CLASS_RULE = re.compile(r"\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}")
_BOLD = re.compile(
    r"(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\s*(?:!important\s*)?(?:;|$)"
)
# Google Docs' comment marks: the reference after the text (`#cmnt1`, id `cmnt_ref1`) and the
# comment's own anchor at the end of the document (id `cmnt1`, `#cmnt_ref1`)
_COMMENT_REF = re.compile(r"#cmnt\d+")
_COMMENT_BODY = re.compile(r"#cmnt_ref\d+")


def parse(markup: str, notes: list[str] | None = None, *, lines: bool = False) -> Node:
    """htmltree.parse's tree, restyled (`restyle`): the tree every HTML importer reads."""
    root = parse_tree(markup, notes, lines=lines)
    restyle(root, notes if notes is not None else [])
    return root


def restyle(root: Node, notes: list[str]) -> None:
    """Rewrite the tree below `root` as its page's style classes and export markup show it (see
    the module)."""
    bold = _bold_classes(root)
    comments = 0
    for node in list(root.elements()):
        href = node.attr("href")
        if node.tag == "a" and _COMMENT_REF.fullmatch(href):
            _remove(node.parent if _only_child(node, "sup") else node)
        elif node.tag == "a" and _COMMENT_BODY.fullmatch(href):
            comments += 1
            _remove(_comment_block(node))
        elif node.tag == "span" and bold and bold & set(node.attr("class").split()):
            node.tag = "b"
        elif node.tag == "p" and "title" in node.attr("class").split():
            node.tag = "h1"
    for table in (n for n in root.elements() if n.tag == "table"):
        _heading_row(table)
    if comments:
        from backcare.packs.notes import routine

        notes.append(
            routine(
                f"dropped {comments} comment{'s' * (comments != 1)} of the document's editors "
                "(a Google Docs export's '[a]' notes): they are not the page's text"
            )
        )


def _bold_classes(root: Node) -> frozenset[str]:
    """The classes the page's own <style> blocks make bold."""
    found: set[str] = set()
    for style in (n for n in root.elements() if n.tag == "style"):
        for name, body in _CLASS_RULE.findall(style.raw_text()):
            if _BOLD.search(body.strip()):
                found.add(name)
    return frozenset(found)


def _only_child(node: Node, tag: str) -> bool:
    parent = node.parent
    return (
        parent is not None
        and parent.tag == tag
        and all(c is node or (isinstance(c, str) and not c.strip()) for c in parent.children)
    )


def _comment_block(anchor: Node) -> Node:
    """The element holding one comment at the end of the document: the <div> Google wraps it in,
    or its paragraph."""
    node = anchor
    while node.parent is not None and node.parent.tag != "#root" and node.tag != "div":
        if node.parent.tag == "body":
            break
        node = node.parent
    return node


def _remove(node: Node | None) -> None:
    if node is not None and node.parent is not None and node in node.parent.children:
        node.parent.children.remove(node)


def _heading_row(table: Node) -> None:
    """A table whose first row's cells are each wholly bold: that row is the heading row (<th>),
    as a reader sees it, when the table has rows below it."""
    rows = [n for n in table.elements() if n.tag == "tr"]
    if len(rows) < 2:
        return
    cells = [c for c in rows[0].children if not isinstance(c, str) and c.tag in ("td", "th")]
    if not cells or not all(_wholly_bold(c) for c in cells):
        return
    for cell in cells:
        cell.tag = "th"


def _wholly_bold(cell: Node) -> bool:
    """Whether every word of a table cell is inside a <b> or <strong>, and it has some."""

    text = cell.text()
    if not text:
        return False
    stack: list[Node | str] = list(cell.children)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.strip():
                return False
        elif item.tag not in ("b", "strong"):
            stack.extend(item.children)
    return True
