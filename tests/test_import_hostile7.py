"""Import never merges, relabels or reattaches text silently (hostile7 item 10, newcomer7 items 4
and 5): it reads the page's structure, or a `note:` says what it did."""

from __future__ import annotations

from typing import Any

from backcare.packs.importers import Imported, import_text


def md(text: str) -> Imported:
    return import_text(text, "markdown", "faq.md")


def html(text: str) -> Imported:
    return import_text(text, "html", "faq.html")


def by_question(result: Imported) -> dict[str, dict[str, Any]]:
    return {e["question"]: e for e in result.entries}


def test_bold_questions_on_consecutive_lines_are_never_an_answer() -> None:
    result = md(
        "# FAQ\n\n**Can I bring my dog?**\n**Can I bring a pet?**\n\nOnly guide dogs.\n\n"
        "**Is it a long walk?**\n\nNo.\n"
    )
    found = by_question(result)
    assert "Can I bring a pet?" not in found["Can I bring a pet?"]["answer"]
    assert found["Can I bring a pet?"]["answer"] == "Only guide dogs."
    assert any("Can I bring my dog?" in n for n in result.notes), result.notes


def test_bold_variants_on_consecutive_lines_are_one_entry_with_an_alias_and_a_note() -> None:
    result = md("**Can I park at the clinic?**\n**Is there parking at the clinic?**\n\nYes.\n")
    [entry] = result.entries
    assert entry["question"] == "Can I park at the clinic?" and entry["answer"] == "Yes."
    assert entry["aliases"] == ["Is there parking at the clinic?"]
    assert any("Is there parking at the clinic?" in n for n in result.notes), result.notes


def test_labelled_questions_on_consecutive_lines_keep_no_label_in_an_answer() -> None:
    result = md(
        "# FAQ\n\nQ: Are you doctors?\nQ: Is the group run by doctors?\nA: No, volunteers.\n\n"
        "Q: Where do we meet?\nA: In the hall.\n"
    )
    found = by_question(result)
    assert "Q:" not in " ".join(e["answer"] for e in result.entries), result.entries
    assert found["Are you doctors?"]["answer"] == "No, volunteers."
    assert found["Are you doctors?"]["aliases"] == ["Is the group run by doctors?"]
    assert any("Is the group run by doctors?" in n for n in result.notes), result.notes


def test_a_statement_heading_among_question_headings_is_not_their_topic() -> None:
    result = md(
        "# Group FAQ\n\n## About the group\n\n### Is the group run by doctors?\n\nNo.\n\n"
        "### I can't make the evening meetings.\n\nThere is a morning one too.\n\n"
        "### Can I still drive with back pain?\n\nAsk your GP.\n\n"
        "## Safety\n\n### How do I pick things up safely?\n\nBend your knees.\n"
    )
    found = by_question(result)
    assert found["Is the group run by doctors?"]["topic"] == "About the group"
    assert found["Can I still drive with back pain?"]["topic"] == "About the group"
    assert found["How do I pick things up safely?"]["topic"] == "Safety"
    assert any("I can't make the evening meetings." in n for n in result.notes), result.notes


def test_a_question_in_a_nested_list_is_not_called_bold_and_inline_details_are_not_glued() -> None:
    result = md(
        "## Do you take cards?\n\nYes.\n\n- Nested list question?\n  1. Deep item\n"
        "     - deeper <details><summary>Inner question?</summary>inner answer</details>\n"
    )
    text = " ".join(e["answer"] for e in result.entries)
    assert "Inner question?inner" not in text
    assert not any("bold question 'Nested list question?'" in n for n in result.notes)
    assert any("Inner question?" in n for n in result.notes), result.notes


def test_a_file_link_is_dropped_like_a_script_link() -> None:
    result = html(
        "<h2>Where is the form?</h2><p>See <a href='file:///etc/passwd'>this</a> or "
        "<a href='https://example.org/form'>the form</a>.</p>"
    )
    [entry] = result.entries
    assert "file:" not in entry["answer"] and "https://example.org/form" in entry["answer"]
