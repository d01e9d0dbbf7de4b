"""hostile8 items 4-6 and newcomer8 item 4: import drops links that lead nowhere safe in Markdown
as in HTML (with a note), names every bold question it keeps inside a paragraph, gives a `Q:`
question the topic its note promises, and reads a Question/Answer table and an accordion of
statement titles as entries."""

from __future__ import annotations

from typing import Any

import pytest

from backcare.packs.importers import Imported, import_text


def md(text: str) -> Imported:
    return import_text(text, "markdown", "faq.md")


def html(text: str) -> Imported:
    return import_text(text, "html", "faq.html")


def by_question(result: Imported) -> dict[str, dict[str, Any]]:
    return {e["question"]: e for e in result.entries}


@pytest.mark.parametrize(
    "link",
    [
        "[x](file:///etc/passwd)",
        "[x](javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](&#106;avascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](vbscript:msgbox)",
        "<javascript:alert(1)>",
    ],
)
def test_markdown_drops_a_link_that_leads_nowhere_safe_with_a_note(link: str) -> None:
    result = md(f"# F\n\n## Can I call?\n\nYes {link} today.\n")
    [entry] = result.entries
    for word in ("file:", "javascript:", "data:", "vbscript:", "alert", "passwd", "base64"):
        assert word not in entry["answer"].lower(), entry["answer"]
    assert entry["answer"].startswith("Yes") and entry["answer"].endswith("today.")
    assert any("dropped a link" in n for n in result.notes), result.notes


@pytest.mark.parametrize("href", ["java&#9;script:alert(1)", "java&#10;script:x", " javascript:x"])
def test_html_drops_a_script_link_with_a_tab_or_newline_in_its_scheme(href: str) -> None:
    result = html(f'<h1>F</h1><h2>Can I call?</h2><p>Yes <a href="{href}">t</a> today.</p>')
    [entry] = result.entries
    assert entry["answer"] == "Yes t today."
    assert any("dropped a link" in n for n in result.notes), result.notes


def test_markdown_keeps_ordinary_links() -> None:
    result = md(
        "# F\n\n## Can I call?\n\nSee [the map](https://example.org/map) or [mail](mailto:a@b.c).\n"
    )
    [entry] = result.entries
    assert entry["answer"] == "See the map (https://example.org/map) or mail (a@b.c)."
    assert not any("dropped a link" in n for n in result.notes)


def test_a_labelled_question_after_a_statement_heading_keeps_the_higher_topic() -> None:
    result = md(
        "# G\n\n## About the group\n\n### I cant make the evening meetings.\n\n"
        "### When do we meet?\n\nTuesdays.\n\n**Is there parking?**\n\nYes.\n\n"
        "Q: Do you take cards?\nA: Yes.\n\n### Where is it?\n\nThe hall.\n\n"
        "Q: Is it step free?\nA: Yes.\n"
    )
    topics = {e["question"]: e.get("topic") for e in result.entries}
    assert set(topics.values()) == {"About the group"}, topics
    assert any("they keep 'About the group'" in n for n in result.notes)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_every_bold_question_kept_inside_a_paragraph_is_named(fmt: str) -> None:
    if fmt == "markdown":
        text = (
            "# G\n\n## Can I bring a friend?\n\nYes. **Is there a fee?** No, it is free.\n\n"
            "**Do I need to book?** No. **Can I bring my dog?** Only guide dogs.\n"
        )
    else:
        text = (
            "<h1>G</h1><h2>Can I bring a friend?</h2><p>Yes. <b>Is there a fee?</b> No, it is "
            "free.</p><p><b>Do I need to book?</b> No. <strong>Can I bring my dog?</strong> Only "
            "guide dogs.</p>"
        )
    result = import_text(text, fmt, "faq")
    kept = " ".join(e["answer"] for e in result.entries)
    for question in ("Is there a fee?", "Do I need to book?", "Can I bring my dog?"):
        named = any(question in n for n in result.notes)
        assert named or any(e["question"] == question for e in result.entries), (
            question,
            result.notes,
        )
        assert question in kept or not named


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_question_answer_table_becomes_entries(fmt: str) -> None:
    if fmt == "markdown":
        text = (
            "# G\n\n## Costs\n\n| Question | Answer |\n|---|---|\n| How much is it? | Free |\n"
            "| Is there tea? | Yes, and biscuits. |\n"
        )
    else:
        text = (
            "<h1>G</h1><h2>Costs</h2><table><tr><th>Question</th><th>Answer</th></tr>"
            "<tr><td>How much is it?</td><td>Free</td></tr>"
            "<tr><td>Is there tea?</td><td>Yes, and biscuits.</td></tr></table>"
        )
    result = import_text(text, fmt, "faq")
    found = by_question(result)
    assert found["How much is it?"]["answer"] == "Free"
    assert found["Is there tea?"]["answer"] == "Yes, and biscuits."
    assert found["Is there tea?"]["topic"] == "Costs"
    assert any("a table of 2 rows with a question" in n for n in result.notes), result.notes


def test_a_table_inside_an_answer_stays_part_of_it() -> None:
    result = md(
        "# G\n\n## What does it cost?\n\n| Session | Price |\n|---|---|\n| First | £60 |\n"
        "| Follow-up | £45 |\n"
    )
    [entry] = result.entries
    assert "Price: £60" in entry["answer"]


ACCORDION = """<h1>Clinic</h1><h2>Booking</h2><div class="accordion">{items}</div>"""
ITEM = (
    '<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button" '
    'type="button">{title}</button></h3><div class="accordion-collapse collapse">'
    '<div class="accordion-body"><p>{body}</p></div></div></div>'
)


def test_an_accordion_item_titled_with_a_statement_is_an_entry_with_a_note() -> None:
    items = [
        ("How long is an appointment?", "45 minutes."),
        ("Cancellation policy", "Give us 24 hours' notice."),
        ("What to bring", "A list of your medicines."),
    ]
    page = ACCORDION.format(items="".join(ITEM.format(title=t, body=b) for t, b in items))
    result = html(page)
    found = by_question(result)
    for title, body in items:
        assert found[title]["answer"] == body
        assert found[title]["topic"] == "Booking"
    for title in ("Cancellation policy", "What to bring"):
        assert any(title in n and "accordion" in n for n in result.notes), result.notes
    assert not any("skipped text" in n for n in result.notes), result.notes


def test_a_summary_statement_in_a_page_of_details_is_still_an_entry() -> None:
    result = html(
        "<h1>Clinic</h1><details><summary>Parking at the clinic</summary><p>Four spaces.</p>"
        "</details><details><summary>Do you open on Sundays?</summary><p>No.</p></details>"
    )
    assert by_question(result)["Parking at the clinic"]["answer"] == "Four spaces."
