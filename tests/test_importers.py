"""Importers, behaviour by behaviour: ids, format detection, files and encodings, HTML and Markdown
rules that the corpus does not pin down on its own."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from backcare.errors import PackError
from backcare.packs.importers import (
    detect_format,
    format_from_name,
    import_bytes,
    import_file,
    import_text,
    pack_from_file,
    slugify,
)
from backcare.packs.importers.answer import LIST_ITEM
from tests.conftest import REPO

# ---- ids ------------------------------------------------------------------------------------------


def test_slugs_use_only_ascii_letters_digits_and_hyphens() -> None:
    assert slugify("Où ai-je mal au dos ?") == "ou-ai-je-mal-au-dos"
    assert slugify("Что такое ишиас?") == "entry"
    assert slugify("Is it OK to use a TENS_machine / ice-pack?!") == "ok-use-tens-machine-ice-pack"
    long = slugify("Pneumonoultramicroscopicsilicovolcanoconiosis " * 3 + "?")
    assert len(long) <= 60 and long.replace("-", "").isalnum()


def test_repeated_questions_are_numbered_without_colliding() -> None:
    text = (
        "Is it bad?\n\nNo.\n\nIs it bad?\n\nStill no.\n\nBad 2?\n\nA third.\n\nIs it bad?\n\nNo!\n"
    )
    ids = [e["id"] for e in import_text(text, "page").entries]
    assert ids == ["bad", "bad-2", "bad-2-2", "bad-3"]


def test_numbering_twenty_thousand_copies_of_one_question_is_fast() -> None:
    text = "Is it bad?\n\nNo.\n\n" * 20_000
    started = time.perf_counter()
    entries = import_text(text, "page").entries
    elapsed = time.perf_counter() - started
    assert [e["id"] for e in entries[:3]] == ["bad", "bad-2", "bad-3"]
    assert entries[-1]["id"] == "bad-20000"
    assert elapsed < 10  # was 23 s with the quadratic numbering; about 1 s now


# ---- formats ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("<!DOCTYPE html><p>Hi?</p>", "", "html"),
        ("  <!-- saved --> <html lang=en>", "", "html"),
        ('<div itemscope itemtype="https://schema.org/FAQPage">', "", "html"),
        ("<h2>Q?</h2><p>A.</p><p>B.</p>", "", "html"),
        ("<p>hello</p>", "", "html"),
        ("Is 3 < 4?\n\nYes, and 5 > 4.", "", "page"),
        ("# FAQ\n\n## Q?\n\nA.", "", "markdown"),
        ("FAQ\n===\n\nQ?\n---\n\nA.", "", "markdown"),
        ("Question: T\n\nWhy?\n\nBecause.", "", "page"),
        ("Why?\n\nBecause.", "clinic.html", "html"),
        ("Why?\n\nBecause.", "clinic.MD", "markdown"),
        ("# Why?\n\nBecause.", "notes.txt", "markdown"),
    ],
)
def test_format_is_detected_by_name_then_content(text: str, name: str, expected: str) -> None:
    assert detect_format(text, name) == expected


def test_format_from_name_only_answers_for_import_formats() -> None:
    assert format_from_name("a/b/faq.htm") == "html"
    assert format_from_name("faq.markdown") == "markdown"
    assert format_from_name("clinic.json") is None
    assert format_from_name("-") is None


def test_an_unknown_format_is_a_pack_error() -> None:
    with pytest.raises(PackError, match="unknown import format 'pdf'"):
        import_text("Why?\n\nBecause.", "pdf")


def test_the_bundled_source_page_is_still_read_as_a_page() -> None:
    page = (REPO / "data" / "source" / "faq_page.txt").read_text(encoding="utf-8")
    assert import_text(page).format == "page"


# ---- files and encodings ------------------------------------------------------------------------


def test_pack_from_file_imports_markdown_in_memory(tmp_path: Path) -> None:
    faq = tmp_path / "clinic.md"
    faq.write_text(
        "Intro.\n\n## Do you do home visits?\n\nYes, within 5 miles.\n", encoding="utf-8"
    )
    pack, notes = pack_from_file(faq)
    assert [e.id for e in pack.entries] == ["home-visits"]
    assert pack.title == "clinic"  # no title in the file: the file name
    assert notes == ["line 1: skipped text before the first question: 'Intro.'"]


def test_pack_from_file_without_questions_says_what_a_question_looks_like(tmp_path: Path) -> None:
    page = tmp_path / "about.html"
    page.write_text("<html><body><h1>About us</h1><p>We are a clinic.</p></body></html>")
    with pytest.raises(PackError, match=r"about.html: no questions found \(read as html; .*<dt>"):
        pack_from_file(page)


def test_unreadable_files_are_one_line_pack_errors(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such file"):
        import_file(tmp_path / "missing.md")
    with pytest.raises(PackError, match="is a directory"):
        import_file(tmp_path)


def test_non_utf8_markdown_is_read_as_cp1252_and_a_declared_html_charset_is_honoured() -> None:
    # harden23 (hostile15 F6): read as Windows-1252, with a content note, as docs/importing.md says
    undeclared = import_bytes("# Où?\n\nIci.".encode("latin-1"), "faq.md")
    assert undeclared.entries[0]["question"] == "Où?"
    assert "read as Windows-1252" in undeclared.notes[0]
    page = '<meta charset="iso-8859-1"><h2>Où?</h2><p>Ici.</p>'.encode("latin-1")
    result = import_bytes(page, "faq.html")
    assert result.entries[0]["question"] == "Où?"
    assert result.notes[0].startswith("read as iso8859-1")


def test_an_undecodable_page_with_a_bogus_charset_is_read_as_an_undeclared_one() -> None:
    # rot13 is a codec, not a character set: the page is read as if it declared none (harden23)
    result = import_bytes(b'<meta charset="rot13"><h2>Q?</h2><p>\xff</p>', "faq.html")
    assert result.entries[0]["answer"] == "\u00ff"
    assert "read as Windows-1252" in result.notes[0]


# ---- HTML ---------------------------------------------------------------------------------------


JSON_LD_ONE = """<script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [
  {"@type": "Question", "name": "One?", "acceptedAnswer": {"text": "Yes."}}]}</script>"""


def test_json_ld_wins_over_a_stray_question_in_the_page_text() -> None:
    page = JSON_LD_ONE + "<h2>One?</h2><p>Yes!</p><h2>Any questions?</h2><p>Call us.</p>"
    result = import_text(page, "html")
    # the visible answer, which patients read (newcomer19 F2); the same words, so no note
    assert [e["answer"] for e in result.entries] == ["Yes!", "Call us."]
    assert result.notes == [
        "imported the page's FAQPage data (JSON-LD, 1 question), 1 of them matched with the "
        "page's visible text and 1 question only in the page text",
        # the visible question's page line (ux42): the JSON-LD block takes lines 1 and 2
        "line 2: question 'Any questions?' is on the page but not in its FAQPage data: added from "
        "the page text",
    ]


def test_partial_json_ld_loses_to_the_page_text_with_a_note() -> None:
    page = JSON_LD_ONE.replace("One?", "Zero?") + (
        "<h2>One?</h2><p>Yes!</p><h2>Two?</h2><p>No.</p><h2>Three?</h2><p>3</p>"
    )
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == ["One?", "Two?", "Three?"]
    assert result.notes == [
        "the page's FAQPage data (JSON-LD) has 1 question, 0 of them among the 3 questions on the "
        "page: imported the page text",
        "question 'Zero?' is only in the page's FAQPage data, skipped",
    ]


JSON_LD_TWO = """<script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [
  {"@type": "Question", "name": "Do you take cash &amp; cards?",
   "acceptedAnswer": {"text": "Cash &amp; cards &ndash; both &quot;fine&quot;."}},
  {"@type": "Question", "name": "Is there parking?", "acceptedAnswer": {"text": "Yes."}}]}</script>"""


def test_richer_json_ld_is_imported_with_the_page_questions_it_lacks() -> None:
    page = JSON_LD_TWO + "<h2>Other question on page?</h2><p>Some answer.</p>"
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == [
        "Do you take cash & cards?",
        "Is there parking?",
        "Other question on page?",
    ]
    assert result.notes == [
        "imported the page's FAQPage data (JSON-LD, 2 questions) and 1 question only in the page text",
        "line 4: question 'Other question on page?' is on the page but not in its FAQPage data: "
        "added from the page text",
    ]


@pytest.mark.parametrize("extra", [0, 1])
def test_stale_json_ld_sharing_too_few_questions_loses_to_the_page(extra: int) -> None:
    """As many (or more) structured questions as visible ones, but fewer than half of the page's
    among them: importing both would mix a stale FAQ into the current one."""
    more = "<h2>Is there a lift?</h2><p>Yes.</p><h2>Is there parking?</h2><p>Yes.</p>"
    page = (
        JSON_LD_TWO
        + "<h2>Do you open on Sundays?</h2><p>No.</p><h2>Can I bring my dog?</h2><p>No.</p>"
        + (more if extra else "")
    )
    result = import_text(page, "html")
    visible = ["Do you open on Sundays?", "Can I bring my dog?"]
    visible += ["Is there a lift?", "Is there parking?"] if extra else []
    assert [e["question"] for e in result.entries] == visible
    assert result.notes[0].endswith("imported the page text")
    assert "question 'Do you take cash & cards?' is only in the page's FAQPage data, skipped" in (
        result.notes
    )


def test_page_questions_missing_from_json_ld_keep_their_place_and_topic() -> None:
    page = JSON_LD_TWO + (
        "<h2>Paying</h2><h3>Do you take cash &amp; cards?</h3><p>Yes.</p>"
        "<h3>Do you send invoices?</h3><p>By email.</p>"
        "<h2>Getting here</h2><h3>Is there parking?</h3><p>Yes.</p>"
    )
    entries = import_text(page, "html").entries
    assert [(e["id"], e["topic"]) for e in entries] == [
        ("take-cash-cards", "Paying"),
        ("send-invoices", "Paying"),
        ("there-parking", "Getting here"),
    ]


def test_json_ld_text_has_its_character_references_decoded() -> None:
    entries = import_text(JSON_LD_TWO + "<p>Welcome.</p>", "html").entries
    assert entries[0]["question"] == "Do you take cash & cards?"
    assert entries[0]["answer"] == 'Cash & cards – both "fine".'
    escaped = JSON_LD_ONE.replace('"Yes."', '"&lt;p&gt;Yes, &lt;b&gt;free&lt;/b&gt;.&lt;/p&gt;"')
    assert import_text(escaped, "html").entries[0]["answer"] == "Yes, free."


def test_broken_json_ld_is_noted_and_the_page_text_used() -> None:
    page = '<script type="application/ld+json">{"@type": "FAQPage",</script><h2>Q?</h2><p>A.</p>'
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == ["Q?"]
    assert "JSON-LD block 1 is not valid JSON, skipped" in result.notes


def test_json_ld_in_a_graph_with_a_list_of_answers_and_html_names() -> None:
    page = """<script type="application/ld+json">{"@graph": [{"@type": ["FAQPage"],
      "name": "Clinic FAQ", "url": "https://c.example/faq", "mainEntity": {"@type": "schema:Question",
      "name": "Can I <em>park</em>?", "acceptedAnswer": [{"text": "<ol><li>Yes</li><li>Free</li></ol>"}]}}]}
      </script>"""
    result = import_text(page, "html")
    assert result.title == "Clinic FAQ" and result.source == "https://c.example/faq"
    assert result.entries == [
        {"id": "park", "question": "Can I park?", "answer": "1. Yes\n2. Free"}
    ]


def test_scripts_styles_and_navigation_never_become_entries() -> None:
    page = """<nav><h2>Why us?</h2><p>We care.</p></nav><style>h2{}</style>
      <script>document.write("<h2>Hidden?</h2><p>x</p>")</script>
      <div id="gdpr-consent"><h2>Do you accept cookies?</h2><p>Yes / No</p></div>
      <h2>Real?</h2><p>Yes.</p>"""
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == ["Real?"]
    assert any(n.startswith("line 1: dropped navigation: 'Why us? We care.'") for n in result.notes)
    assert any("marked 'consent'" in n for n in result.notes)


def test_a_sub_heading_inside_an_answer_stays_in_the_answer() -> None:
    page = "<h2>How do I lift?</h2><p>Bend your knees.</p><h3>At work</h3><p>Use a trolley.</p>"
    [entry] = import_text(page, "html").entries
    assert entry["answer"] == "Bend your knees.\n\nAt work\n\nUse a trolley."


def test_links_keep_text_and_url_and_resolve_against_the_canonical_url() -> None:
    page = """<link rel="canonical" href="https://c.example/help/faq"><h2>Where?</h2>
      <p>See <a href="../map">our map</a>, <a href="https://c.example/x">https://c.example/x</a>,
      <a href="#top">top</a>, mail <a href="mailto:a@c.example">us</a> or call
      <a href="tel:+44100">0100</a>.</p>"""
    [entry] = import_text(page, "html").entries
    assert entry["answer"] == (
        "See our map (https://c.example/map), https://c.example/x, top, mail us (a@c.example) "
        "or call 0100."
    )


def test_answer_lists_use_the_documented_line_format() -> None:
    page = """<h2>Steps?</h2><ol start="2"><li>Sit<ol><li>tall</li></ol></li><li>Stand</li></ol>
      <ul><li><p>One</p><p>para</p></li><li></li><li>Two</li></ul>"""
    [entry] = import_text(page, "html").entries
    blocks = entry["answer"].split("\n\n")
    assert blocks == ["2. Sit\n  1. tall\n3. Stand", "- One para\n- Two"]
    assert all(LIST_ITEM.match(line) for block in blocks for line in block.split("\n"))


# ---- Markdown -----------------------------------------------------------------------------------


def test_fenced_code_is_answer_text_not_a_heading() -> None:
    text = "# FAQ\n\n## How do I log in?\n\n```sh\n# Is this a heading?\nlogin\n```\n"
    result = import_text(text, "markdown")
    assert [e["question"] for e in result.entries] == ["How do I log in?"]
    assert result.entries[0]["answer"] == "# Is this a heading?\nlogin"


def test_setext_headings_and_nested_numbered_lists() -> None:
    text = "Clinic FAQ\n==========\n\nHow do I stretch?\n-----------------\n\n3. lie down\n   - slowly\n4. breathe\n"
    result = import_text(text)
    assert result.title == "Clinic FAQ"
    assert result.entries[0]["answer"] == "3. lie down\n  - slowly\n4. breathe"


def test_markdown_details_blocks_are_questions() -> None:
    text = "<details>\n<summary>Is it free?</summary>\n\nYes, on the **NHS**.\n\n</details>\n"
    [entry] = import_text(text, "markdown").entries
    assert (entry["question"], entry["answer"]) == ("Is it free?", "Yes, on the NHS.")


# ---- docs ---------------------------------------------------------------------------------------


def test_the_readme_import_example_is_what_import_produces() -> None:
    # the README's example, in docs/packs.md since ux41
    doc = (REPO / "docs" / "packs.md").read_text(encoding="utf-8")
    page = doc.split("```html\n", 1)[1].split("```", 1)[0]
    expected = json.loads(doc.split("```json\n", 1)[1].split("```", 1)[0])
    result = import_text(page)
    assert result.to_pack() == expected
    [note] = result.notes
    assert f"`note: {note}`" in doc


def test_the_documented_list_pattern_is_the_one_in_the_code() -> None:
    doc = (REPO / "docs" / "importing.md").read_text(encoding="utf-8")
    assert f're.compile(r"{LIST_ITEM.pattern}")' in doc


@pytest.mark.parametrize(
    "page",
    [
        # Yoast SEO FAQ block
        """<div class="schema-faq wp-block-yoast-faq-block"><div class="schema-faq-section"
        id="faq-question-1"><strong class="schema-faq-question">Do you treat sciatica?</strong>
        <p class="schema-faq-answer">Yes. Any other questions?</p></div></div>""",
        # Rank Math FAQ block
        """<div class="rank-math-list"><div class="rank-math-list-item"><h3
        class="rank-math-question">Do you treat sciatica?</h3><div class="rank-math-answer">
        <p>Yes. Any other questions?</p></div></div></div>""",
        # Elementor toggle
        """<div class="elementor-toggle-item"><div class="elementor-tab-title" role="button">
        <a href="">Do you treat sciatica?</a></div><div class="elementor-tab-content"><p>Yes. Any
        other questions?</p></div></div>""",
        # Bootstrap 3 collapse panel with a link as the toggle
        """<div class="panel"><div class="panel-heading"><a class="accordion-toggle"
        data-toggle="collapse" href="#c1">Do you treat sciatica?</a></div><div id="c1"
        class="panel-collapse collapse"><div class="panel-body">Yes. Any other questions?</div>
        </div></div>""",
    ],
    ids=["yoast", "rank-math", "elementor", "bootstrap3"],
)
def test_faq_blocks_of_common_site_builders(page: str) -> None:
    result = import_text(page, "html")
    assert [(e["question"], e["answer"]) for e in result.entries] == [
        ("Do you treat sciatica?", "Yes. Any other questions?")
    ]


def test_the_wheel_ships_the_importers_word_lists() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    # the whole of data/ since ab57801 (newcomer13: a hand-kept list left a file out)
    assert '"data" = "backcare/data"' in pyproject


def test_code_in_pre_keeps_its_lines_and_svg_titles_are_not_the_page_title() -> None:
    page = """<svg><title>menu icon</title></svg><h2>How do I set up the app?</h2>
      <pre><code>open Settings
  tap Sync</code></pre><table><tr><td><a href="https://x.example/a">Guide</a></td></tr></table>"""
    result = import_text(page, "html")
    assert result.title == ""
    assert result.entries[0]["answer"] == (
        "open Settings\ntap Sync\n\n- Guide (https://x.example/a)"
    )


def test_links_within_the_page_are_navigation_not_content() -> None:
    page = """<ul><li><a href="#q1">Is it safe?</a></li><li><a href="#q2">Does it hurt?</a></li></ul>
      <h2 id="q1">Is it safe?</h2><p>Yes. See <a href="#q2">below</a>.</p>
      <p><a href="#top">Back to top</a></p>
      <h2 id="q2">Does it hurt?</h2><ul><li>Rarely</li><li><a href="#top">Back to top</a></li></ul>"""
    result = import_text(page, "html")
    assert [e["answer"] for e in result.entries] == ["Yes. See below.", "- Rarely"]
    assert result.notes == [
        "line 1: dropped a list of 2 links within the page (contents)",
        "line 3: dropped a link within the page: 'Back to top'",
        "line 4: dropped a link within the page: 'Back to top'",  # its <li>'s line
    ]


def test_markdown_heading_ids_do_not_hide_the_question_mark() -> None:
    text = "## How do I book? {#booking .faq}\n\nOnline.\n"
    assert import_text(text, "markdown").entries[0]["question"] == "How do I book?"


def test_a_page_that_marks_no_question_falls_back_to_paragraphs_ending_in_a_question_mark() -> None:
    page = """<div class="content"><p>Do you open on Sundays?</p><p>Yes, 10am to 2pm.</p>
      <p>Is there a lift? Or stairs only?</p><p>Both.</p></div>"""
    result = import_text(page, "html")
    assert [(e["question"], e["answer"]) for e in result.entries] == [
        (
            "Do you open on Sundays?",
            "Yes, 10am to 2pm.\n\nIs there a lift? Or stairs only?\n\nBoth.",
        )
    ]


def test_an_article_header_is_content_but_the_site_header_is_not() -> None:
    page = """<header><h2>Can I call you?</h2><p>Site banner.</p></header>
      <article><header><h2>Do you treat children?</h2></header><p>Yes.</p></article>"""
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == ["Do you treat children?"]
    assert result.notes == ["line 1: dropped the page header: 'Can I call you? Site banner.'"]


def test_renderers_can_read_back_the_answer_format() -> None:
    from backcare.packs.importers.answer import ListLine, read_answer

    answer = "Try this:\n\n2. Sit\n  - tall\n3. Stand\n\nLine one\nline two"
    assert read_answer(answer) == [
        "Try this:",
        [ListLine(0, "2.", "Sit"), ListLine(1, "-", "tall"), ListLine(0, "3.", "Stand")],
        "Line one\nline two",
    ]
    assert read_answer("- one\nnot an item") == ["- one\nnot an item"]


def test_an_faq_section_whose_class_names_furniture_is_kept() -> None:
    page = """<div class="elementor-widget subscription-faq"><h2>Can I pause?</h2><p>Yes.</p>
      <h2>Can I cancel?</h2><p>Any time.</p></div>
      <div class="newsletter"><h2>Want tips?</h2><p>Sign up below.</p></div>"""
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == ["Can I pause?", "Can I cancel?"]
    assert result.notes == [
        "line 3: dropped <div> marked 'newsletter': 'Want tips? Sign up below.'"
    ]


def test_a_form_wrapping_the_whole_page_is_not_furniture() -> None:
    page = """<body><form id="form1" action="./faq.aspx" method="post"><input type="hidden"
      name="__VIEWSTATE" value="x"><h1>FAQ</h1><h2>Do you do home visits?</h2><p>Yes.</p>
      <form class="search"><input name="q"><button>Search</button></form></form></body>"""
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == ["Do you do home visits?"]
    assert result.notes == ["line 3: dropped a form: 'Search'"]


def test_full_width_and_arabic_question_marks_end_questions_too() -> None:
    page = "<h2>予約は必要ですか？</h2><p>はい。</p><h2>هل أحتاج إلى موعد؟</h2><p>نعم.</p>"
    entries = import_text(page, "html").entries
    assert [e["id"] for e in entries] == ["entry", "entry-2"]
    assert [e["answer"] for e in entries] == ["はい。", "نعم."]


def test_a_backcare_pack_given_to_import_is_named_as_one(tmp_path: Path) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text('{"entries": [{"id": "a", "question": "Q?", "answer": "A."}]}', "utf-8")
    with pytest.raises(PackError, match="already a backcare pack"):
        import_file(pack)
    json_list = tmp_path / "list.json"  # JSON, but not a pack: read as usual
    json_list.write_text('{"questions": ["Is rest good?"]}', "utf-8")
    with pytest.raises(PackError, match="no questions found"):
        import_file(json_list).require_entries(str(json_list))


@pytest.mark.parametrize(
    "text",
    [
        '{"entries": []}',
        '{"entries": [{"id": "a", "question": "Q?"}]}',
        '{"entries": [{"id": "a", "question": "Q?", "answer": "A.", "id": "b"}]}',
        '{"title": 3, "entries": [{"id": "a", "question": "Q?", "answer": "A."}]}',
        '{"entries": [{"id": "a", "question": "Q?", "answer": "A."}]}',
    ],
)
def test_import_calls_a_pack_usable_only_when_validate_passes_it(tmp_path: Path, text: str) -> None:
    from backcare.packs.validate import validate_pack

    pack = tmp_path / "pack.json"
    pack.write_text(text, "utf-8")
    with pytest.raises(PackError) as refused:
        import_file(pack)
    message = str(refused.value)
    valid = not validate_pack(pack).error_count
    if valid:
        assert "use it as it is" in message and "errors" not in message
    else:
        assert "with errors" in message and "use it as it is" not in message
        assert f"backcare validate {pack}" in message
    with pytest.raises(PackError, match="use it with --faq" if valid else "with errors"):
        import_text(text, "auto", "-")


def test_a_text_page_question_line_may_be_followed_directly_by_its_answer() -> None:
    page = "Where can I park?\nBehind the building.\n\nDo you take cash?\nYes.\nCards too.\n"
    entries = import_text(page, "page").entries
    assert [(e["question"], e["answer"]) for e in entries] == [
        ("Where can I park?", "Behind the building."),
        ("Do you take cash?", "Yes. Cards too."),
    ]


def test_a_text_page_question_starts_a_sentence_and_may_be_wrapped() -> None:
    page = (
        "Do I need a referral?\nNo. You can book with us directly, and if you are not\n"
        "sure whether you should see a GP first, why not call and ask?\n"
        "Is there a lift to the\nfirst floor?\nYes, beside reception.\n"
    )
    entries = import_text(page, "page").entries
    assert [e["question"] for e in entries] == [
        "Do I need a referral?",
        "Is there a lift to the first floor?",
    ]
    assert entries[0]["answer"].endswith("why not call and ask?")


def test_a_bold_question_paragraph_inside_an_answer_is_a_new_entry() -> None:
    page = (
        "<h2>Visits</h2><h3>Do I need a referral?</h3><p>No.</p>"
        "<p><strong>Can I bring my child?</strong></p><p>Yes, children are welcome.</p>"
        "<p><b>Is there a lift here?</b><br>Yes.</p><h3>Is there parking?</h3><p>Behind.</p>"
    )
    result = import_text(page, "html")
    assert [(e["question"], e["answer"], e["topic"]) for e in result.entries] == [
        ("Do I need a referral?", "No.", "Visits"),
        ("Can I bring my child?", "Yes, children are welcome.", "Visits"),
        ("Is there a lift here?", "Yes.", "Visits"),
        ("Is there parking?", "Behind.", "Visits"),
    ]
    assert result.notes == []


def test_a_rhetorical_bold_question_stays_in_the_answer_with_a_note() -> None:
    page = (
        "<h3>Should I rest?</h3><p><b>Why not?</b> Rest helps for a day or two.</p>"
        "<p><strong>Then?</strong></p><p>Move again.</p>"
        "<p><strong>Any more questions for us?</strong></p><h3>Is it safe?</h3><p>Yes.</p>"
    )
    result = import_text(page, "html")
    assert [e["answer"] for e in result.entries] == [
        "Why not? Rest helps for a day or two.\n\nThen?\n\nMove again.\n\n"
        "Any more questions for us?",
        "Yes.",
    ]
    assert result.notes == [
        "line 1: kept the bold question 'Why not?' inside the answer to 'Should I rest?' (it "
        "opens a paragraph)",
        "line 1: kept the bold question 'Then?' inside the answer to 'Should I rest?' (it is too "
        "short to be a question of its own)",
        "line 1: kept the bold question 'Any more questions for us?' inside the answer to "
        "'Should I rest?' (no answer follows it)",
    ]


@pytest.mark.parametrize(
    "layout",
    [
        "Q: Is there a lift?\nA: Yes, by reception.",
        "Q: Is there a lift?\n\nA: Yes, by reception.",
        "**Q:** Is there a lift?\n**A:** Yes, by reception.",
        "**Q: Is there a lift?**\nA: Yes, by reception.",
        "**Is there a lift?**\n\nYes, by reception.",
        "Question: Is there a lift?  \nAnswer: Yes, by reception.",
        "Q: Is there a lift? Yes, by reception.",
    ],
)
def test_markdown_question_layouts_after_a_heading_question_are_entries(layout: str) -> None:
    text = f"# FAQ\n\n## Do I need a referral?\n\nNo.\n\n{layout}\n"
    entries = import_text(text, "markdown").entries
    assert [(e["question"], e["answer"]) for e in entries] == [
        ("Do I need a referral?", "No."),
        ("Is there a lift?", "Yes, by reception."),
    ]


def test_q_and_a_labels_in_an_html_paragraph_are_an_entry() -> None:
    page = "<h3>Is it safe?</h3><p>Yes.</p><p>Q: Parking<br>A: Behind the building.</p>"
    entries = import_text(page, "html").entries
    assert [(e["question"], e["answer"]) for e in entries] == [
        ("Is it safe?", "Yes."),
        ("Parking", "Behind the building."),
    ]


def test_q_and_a_labels_on_a_text_page_are_removed() -> None:
    page = "Q: Where can I park?\nA: Behind the building.\n\nQ: Do you take cash?\n\nA: Yes.\n"
    entries = import_text(page, "page").entries
    assert [(e["question"], e["answer"]) for e in entries] == [
        ("Where can I park?", "Behind the building."),
        ("Do you take cash?", "Yes."),
    ]


_STRETCH = "# FAQ\n\n## How do I stretch?\n\n"
_PARK = "\n\n## Can I park?\n\nYes, behind the clinic.\n"


@pytest.mark.parametrize(
    "body",
    [
        # the summary opens the answer, which follows as Markdown
        "<details><summary>More tips</summary>\n\n- slowly\n- gently\n\n</details>",
        # straight under the heading, no blank line
        "<details><summary>More tips</summary>\n\n- slowly\n- gently\n</details>",
        # after the list, one closed HTML block
        "- slowly\n- gently\n\n<details><summary>More tips</summary>\nHold it.\n</details>",
        # a <details> inside the answer's Markdown, with nested HTML
        "- slowly\n- gently\n\n<details>\n<summary><b>More tips</b></summary>\n<p>Hold it.</p>\n"
        "</details>",
    ],
)
def test_markdown_details_without_a_question_stay_in_their_answer(body: str) -> None:
    result = import_text(_STRETCH + body + _PARK, "markdown", "faq.md")
    questions = [e["question"] for e in result.entries]
    assert questions == ["How do I stretch?", "Can I park?"]
    answer = result.entries[0]["answer"]
    assert "More tips" in answer and "slowly" in answer and "gently" in answer
    assert "<" not in answer  # tags dropped, text kept
    assert any("'More tips' as answer text" in note for note in result.notes)
    assert not any("no answer text" in note for note in result.notes)


def test_markdown_details_with_a_question_summary_are_still_questions() -> None:
    body = (
        "Stretch daily.\n\n<details><summary>Should stretching hurt?</summary>\n\nNo.\n\n</details>"
    )
    result = import_text(_STRETCH + body + _PARK, "markdown", "faq.md")
    questions = [e["question"] for e in result.entries]
    assert questions == ["How do I stretch?", "Should stretching hurt?", "Can I park?"]


def test_an_html_page_s_details_are_entries_whatever_their_summary() -> None:
    page = "<main><details><summary>Parking</summary><p>Behind the clinic.</p></details></main>"
    result = import_text(page, "html", "faq.html")
    assert [e["question"] for e in result.entries] == ["Parking"]


def test_a_markdown_table_keeps_its_heading_row_as_the_columns_names() -> None:
    # newcomer 6, item 9: the heading row became an item of its own, "- Option; Price"
    page = (
        "## How much are classes?\n\n| Option | Price: | Notes |\n|---|---|---|\n"
        "| Drop-in class | £15 | |\n| Block of 6 | £80 | valid 8 weeks |\n| | | extra |\n"
    )
    result = import_text(page, "markdown")
    assert result.entries[0]["answer"] == (
        "- Option: Drop-in class; Price: £15\n"
        "- Option: Block of 6; Price: £80; Notes: valid 8 weeks\n"
        "- Notes: extra"
    )
    assert any("a table of 3 rows became a list, one row an item" in n for n in result.notes)
    only_heading = import_text("## Prices?\n\n| Option | Price |\n|---|---|\n", "markdown")
    assert only_heading.entries[0]["answer"] == "- Option; Price"


def test_an_html_table_reads_a_first_row_of_th_cells_as_its_heading_row() -> None:
    head = "<h2>How much?</h2><table><tr><th>Option</th><th>Price</th></tr>"
    body = "<tr><td>Drop-in</td><td>£15</td></tr><tr><th>Block</th><td>£80</td></tr></table>"
    assert import_text(head + body, "html").entries[0]["answer"] == (
        "- Option: Drop-in; Price: £15\n- Option: Block; Price: £80"
    )
    plain = "<h2>How much?</h2><table><tr><td>Drop-in</td><td>£15</td></tr></table>"
    assert import_text(plain, "html").entries[0]["answer"] == "- Drop-in: £15"


def test_a_table_of_two_columns_without_headings_reads_as_labels_and_values() -> None:
    """newcomer9 8: a price list or opening hours is 'label: value', not 'label; value'; three
    columns keep '; ' (no cell is the others' label), and a row of one cell stays as it is."""
    rows = [
        ("Sports massage (30 min):", "£38"),
        ("Chiropractic (first visit)", "£70"),
        ("Note", ""),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    result = import_text(f"<h2>How much?</h2><table>{body}</table>", "html")
    assert result.entries[0]["answer"] == (
        "- Sports massage (30 min): £38\n- Chiropractic (first visit): £70\n- Note"
    )
    assert "'label: value' for its two columns" in result.notes[0]
    three = "<h2>When?</h2><table><tr><td>Mon</td><td>9-5</td><td>Dr Lee</td></tr></table>"
    assert import_text(three, "html").entries[0]["answer"] == "- Mon; 9-5; Dr Lee"
