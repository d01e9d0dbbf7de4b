"""What a saved web page says about itself, for the HTML importer (html.py): its title, its
address (canonical link, og:url, <base>), its JSON-LD blocks and where its <main> stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backcare.packs.importers.answer import is_absolute_url, join_url
from backcare.packs.importers.htmltree import Node


@dataclass
class Page:
    """What the page says about itself: title, URL, JSON-LD blocks, whether it has a <main>."""

    title: str = ""
    url: str = ""
    base: str = ""
    json_ld: list[str] = field(default_factory=list)
    main: set[Node] = field(default_factory=set)  # the <main> element and its ancestors

    @classmethod
    def read(cls, root: Node) -> Page:
        page = cls()
        og_title = canonical = og_url = ""
        for node in root.elements():
            tag, attrs = node.tag, node.attrs
            if tag == "title" and not page.title and not node.inside("svg"):
                page.title = node.text()
            elif tag == "meta" and attrs.get("property", attrs.get("name")) == "og:title":
                og_title = og_title or " ".join(node.attr("content").split())
            elif tag == "meta" and attrs.get("property", attrs.get("name")) == "og:url":
                og_url = og_url or node.attr("content").strip()
            elif tag == "link" and "canonical" in node.attr("rel").lower().split():
                canonical = canonical or node.attr("href").strip()
            elif tag == "base" and not page.base:
                page.base = node.attr("href").strip()
            elif tag == "script" and "ld+json" in node.attr("type").lower():
                page.json_ld.append(node.raw_text())
            elif (tag == "main" or node.attr("role") == "main") and not page.main:
                ancestor: Node | None = node
                while ancestor is not None:
                    page.main.add(ancestor)
                    ancestor = ancestor.parent
        page.title = page.title or og_title
        page.url = canonical or og_url
        if page.base and page.url:
            page.url = join_url(page.base, page.url)
        page.base = page.url or page.base
        if not is_absolute_url(page.url):
            page.url = ""
        return page
