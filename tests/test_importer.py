"""Import: the bundled pack is reproducible from the source page; Markdown FAQs; clean-ups."""

from __future__ import annotations

import json

from backcare.packs.importers import import_text, slugify
from backcare.packs.load import load_pack
from backcare.packs.schema import pack_from_data
from tests.conftest import REPO


def test_bundled_pack_text_is_reproduced_by_importing_the_source_page() -> None:
    page = (REPO / "data" / "source" / "faq_page.txt").read_text(encoding="utf-8")
    imported = import_text(page)
    bundled = json.loads((REPO / "data" / "faq.json").read_text(encoding="utf-8"))
    # the page's title names it in the bundled pack's source; the pack has a title of its own
    # ("How Do You Relax Paraspinal Muscles?" read as one of its questions), as it has aliases
    assert f'titled "{imported.title}"' in bundled["source"]
    assert [e["id"] for e in imported.entries] == [e["id"] for e in bundled["entries"]]
    for got, want in zip(imported.entries, bundled["entries"], strict=True):
        assert got["question"] == want["question"]
        assert got["answer"] == want["answer"]
        # hand-added aliases come after the imported ones
        assert want["aliases"][: len(got.get("aliases", []))] == got.get("aliases", [])


def test_import_reports_what_it_dropped() -> None:
    page = (REPO / "data" / "source" / "faq_page.txt").read_text(encoding="utf-8")
    notes = import_text(page).notes
    assert any("Jun 14, 2018" in n for n in notes)
    assert any("Creative Mind." in n for n in notes)


def test_markdown_faq_with_sections_as_topics() -> None:
    text = """# Clinic FAQ

Intro text that is not an answer.

## Appointments

### How do I book?

Call **reception** or use [the website](https://example.org).

### Can I cancel?

- Yes, up to 24 hours before
- Otherwise a fee applies

## Exercises

### Which stretches help sciatica?

Gentle knee-to-chest stretches.
"""
    result = import_text(text)
    assert result.title == "Clinic FAQ"
    entries = result.entries
    assert [e["id"] for e in entries] == ["book", "cancel", "stretches-help-sciatica"]
    assert entries[0]["answer"] == "Call reception or use the website (https://example.org)."
    assert entries[1]["answer"] == "- Yes, up to 24 hours before\n- Otherwise a fee applies"
    assert [e["topic"] for e in entries] == ["Appointments", "Appointments", "Exercises"]
    pack_from_data(result.to_pack(), "clinic.md")


def test_page_question_without_answer_is_reported_not_invented() -> None:
    result = import_text("Question: T\n\nWhat is X?\n\nWhat is Y?\n\nY is a letter.\n")
    assert [e["question"] for e in result.entries] == ["What is Y?"]
    assert any("What is X?" in n and "no answer" in n for n in result.notes)


def test_web_addresses_are_not_split_as_glued_sentences() -> None:
    text = "How do I delete it?\n\nGo to www.example.com/help and follow the steps.\n"
    assert import_text(text, "page").entries[0]["answer"] == (
        "Go to www.example.com/help and follow the steps."
    )


def test_slugs_are_stable_kebab_case_and_unique() -> None:
    assert slugify("Why does my back get stiff when I sit?") == "back-get-stiff-sit"
    result = import_text("Is it bad?\n\nNo.\n\nIs it bad?\n\nStill no.\n", "page")
    assert [e["id"] for e in result.entries] == ["bad", "bad-2"]


def test_bundled_pack_loads_after_round_trip() -> None:
    assert len(load_pack().entries) == 12
