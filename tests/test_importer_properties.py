"""Property tests: importing never fails on arbitrary input except with a PackError, and whatever it
produces is a valid pack with safe, unique ids."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from backcare.errors import PackError
from backcare.packs.importers import Imported, import_bytes, import_text
from backcare.packs.schema import pack_from_data

SAFE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FORMATS = st.sampled_from(["auto", "page", "markdown", "html"])
HTML_BITS = st.sampled_from(
    [
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<li>",
        "<ul>",
        "</ul>",
        "<ol start='x9'>",
        "<details>",
        "<summary>",
        "</summary>",
        "</details>",
        "<dl>",
        "<dt>",
        "<dd>",
        "<h2>",
        "</h2>",
        "<h1>",
        "<b>",
        "</b>",
        "<br>",
        "<main>",
        "<nav>",
        "<table><tr><td>",
        "<a href='#x'>",
        "<a href='http://[bad'>",
        "</a>",
        "<script type='application/ld+json'>",
        "</script>",
        '{"@type": "Question", "name": "',
        '", "acceptedAnswer": {"text": "',
        '"}}',
        "[",
        "<div itemscope itemtype='https://schema.org/Question'>",
        "<span itemprop='name'>",
        "<div itemprop='acceptedAnswer'>",
        "<meta charset='rot13'>",
        "&amp;",
        "&#0;",
        "?",
        " ",
        "\n",
        "Why?",
        "Yes.",
        "<pre>",
        "<!--",
        "-->",
        "<![CDATA[",
        "<?xml?>",
        "<",
    ]
)
MARKDOWN_BITS = st.sampled_from(
    [
        "# ",
        "## ",
        "\n",
        "\n\n",
        "- ",
        "1. ",
        "  ",
        "```",
        "~~~",
        "**",
        "*",
        "?",
        "===",
        "---",
        "> ",
        "[a](",
        ")",
        "<details>",
        "<summary>",
        "</summary>",
        "Q: ",
        "A: ",
        "|",
        "\\",
        "`",
        "Why?",
        "Yes.",
        "---\ntitle: x\n---\n",
        "![i](",
        "<br>",
    ]
)


def check(result: Imported) -> None:
    ids = [e["id"] for e in result.entries]
    assert all(SAFE_ID.match(i) for i in ids), ids
    assert len(set(ids)) == len(ids)
    assert all(isinstance(n, str) and "\n" not in n for n in result.notes)
    if result.entries:
        data = result.to_pack()
        data["title"] = data["title"] or "t"
        pack_from_data(data, "imported")  # what import produces must load


def imports_cleanly(text: str, fmt: str) -> None:
    try:
        result = import_text(text, fmt)
    except PackError:
        return
    check(result)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), FORMATS)
def test_any_text_imports_or_raises_pack_error(text: str, fmt: str) -> None:
    imports_cleanly(text, fmt)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(HTML_BITS, st.text(max_size=8)), max_size=60).map("".join))
@example("Why?<div>&amp;<h1>\x08")  # a control character in the page's heading, the pack's title
def test_any_tag_soup_imports_as_html(text: str) -> None:
    imports_cleanly(text, "html")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=8)), max_size=60).map("".join))
def test_any_markdown_soup_imports(text: str) -> None:
    imports_cleanly(text, "markdown")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["page.html", "faq.md", "scrape.txt", "-"]))
def test_any_bytes_import_or_raise_pack_error(raw: bytes, name: str) -> None:
    try:
        result = import_bytes(raw, name)
    except PackError:
        return
    check(result)


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    for text, fmt in (
        ("<div>" * 5_000 + "<h2>Deep?</h2><p>Yes.</p>", "html"),
        ("<b>" * 5_000 + "Bold?", "html"),
        ("> " * 5_000 + "# Deep?\n\nYes.", "markdown"),
        ("- " * 5_000 + "item", "markdown"),
        ('<script type="application/ld+json">' + "[" * 100_000 + "</script>", "html"),
        (
            '<script type="application/ld+json">'
            + '{"a":' * 2_000
            + "1"
            + "}" * 2_000
            + "</script>",
            "html",
        ),
    ):
        check(import_text(text, fmt))
