"""Import never gives one question another's answer, and never drops or merges content without a
note: a question and its answer on one line of a text page, a JSON-LD question with several
accepted answers, <details> inside <details>, <dt>s sharing a <dd>, heading questions longer than a
paragraph's (hostile6 items 5, 6 and 7)."""

from __future__ import annotations

from typing import Any

import pytest

from backcare.packs import limits
from backcare.packs.importers import Imported, import_text
from backcare.packs.importers.result import is_variant
from backcare.packs.schema import pack_from_data


def answers(result: Imported) -> dict[str, str]:
    return {e["question"]: e["answer"] for e in result.entries}


def entry(result: Imported, question: str) -> dict[str, Any]:
    [found] = [e for e in result.entries if e["question"] == question]
    return found


def notes_about(result: Imported, text: str) -> list[str]:
    return [n for n in result.notes if text in n]


# ---- item 5: a text page's line holding a question and its answer ------------------------------


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_line_holding_a_question_and_its_answer_is_that_question_not_the_answer_above(
    gap: str,
) -> None:
    text = gap.join(
        [
            "Question: Clinic FAQ",
            "Can I park?",
            "Yes, behind the building.",
            "Do you take cards?",
            "What are your hours? We open 9 to 5.",
            "Is there a lift?",
            "Yes.",
        ]
    )
    result = import_text(text + "\n", "page")
    assert answers(result) == {
        "Can I park?": "Yes, behind the building.",
        "What are your hours?": "We open 9 to 5.",
        "Is there a lift?": "Yes.",
    }
    [note] = notes_about(result, "Do you take cards?")
    assert "no answer" in note and "What are your hours?" in note


@pytest.mark.parametrize(
    ("fmt", "page"),
    [
        (
            "markdown",
            "# FAQ\n\nCan I park?\n\nYes.\n\nDo you take cards?\n\n"
            "What are your hours? We open 9 to 5.\n\nIs there a lift?\n\nYes.\n",
        ),
        (
            "html",
            "<h1>FAQ</h1><p>Can I park?</p><p>Yes.</p><p>Do you take cards?</p>"
            "<p>What are your hours? We open 9 to 5.</p><p>Is there a lift?</p><p>Yes.</p>",
        ),
    ],
)
def test_unmarked_questions_in_markdown_and_html_are_placed_as_on_a_text_page(
    fmt: str, page: str
) -> None:
    result = import_text(page, fmt)
    assert answers(result) == {
        "Can I park?": "Yes.",
        "What are your hours?": "We open 9 to 5.",
        "Is there a lift?": "Yes.",
    }
    [note] = notes_about(result, "Do you take cards?")
    assert "no answer" in note and "What are your hours?" in note
    variant = page.replace("What are your hours?", "Do you take credit cards?")
    result = import_text(variant, fmt)
    assert entry(result, "Do you take cards?") == {
        "id": "take-cards",
        "question": "Do you take cards?",
        "answer": "We open 9 to 5.",
        "aliases": ["Do you take credit cards?"],
    }


def test_a_question_glued_to_an_answer_is_an_alias_only_when_it_asks_the_same_thing() -> None:
    # a scrape's answer box repeats the question in other words, glued to the answer: an alias
    same = "What are the signs of a slipped disc?\n\nWhat are the signs of slipped discs?Pain."
    result = import_text(same + "\n", "page")
    assert result.entries == [
        {
            "id": "signs-slipped-disc",
            "question": "What are the signs of a slipped disc?",
            "answer": "Pain.",
            "aliases": ["What are the signs of slipped discs?"],
        }
    ]
    # another question glued to an answer is that question, never an alias of the one above
    other = (
        "Can I park?\nYes.\nDo you take cards?\nWhat are your hours?Is it open late? We open 9.\n"
    )
    result = import_text(other, "page")
    assert all("cards" not in e["question"] for e in result.entries)
    assert all("What are your hours?" not in e.get("aliases", []) for e in result.entries)
    assert entry(result, "What are your hours?")["answer"] == "Is it open late? We open 9."
    assert notes_about(result, "Do you take cards?")


def test_on_a_page_of_one_line_questions_and_answers_each_line_is_an_entry() -> None:
    result = import_text("Can I park? Yes, behind.\nDo you take cards? Yes, all of them.\n", "page")
    assert answers(result) == {
        "Can I park?": "Yes, behind.",
        "Do you take cards?": "Yes, all of them.",
    }
    assert result.notes == []


@pytest.mark.parametrize(
    ("fmt", "page"),
    [
        ("page", "How long will it hurt?\nA few weeks.\nStill in pain at 6 weeks? See your GP.\n"),
        (
            "page",
            "How long will it hurt?\n\nA few weeks.\n\nStill in pain at 6 weeks? See your GP.\n",
        ),
        (
            "markdown",
            "How long will it hurt?\n\nA few weeks.\n\nStill in pain at 6 weeks? See your GP.\n",
        ),
        (
            "html",
            "<p>How long will it hurt?</p><p>A few weeks.</p><p>Still in pain at 6 weeks? See your GP.</p>",
        ),
    ],
)
def test_a_question_opening_a_line_of_an_answer_stays_in_it_where_questions_have_own_lines(
    fmt: str, page: str
) -> None:
    result = import_text(page, fmt)
    [(question, answer)] = answers(result).items()
    assert question == "How long will it hurt?"
    assert answer.endswith("Still in pain at 6 weeks? See your GP.") and answer.startswith("A few")
    assert notes_about(result, "kept 'Still in pain at 6 weeks? See your GP.' in the answer")


def test_a_question_inside_a_sentence_stays_in_the_answer() -> None:
    text = "Can I park?\nYes, behind the building, and\nwhy not? It is free.\n"
    assert answers(import_text(text, "page")) == {
        "Can I park?": "Yes, behind the building, and why not? It is free."
    }


def test_variants_share_most_of_their_content_words() -> None:
    assert is_variant("Can I park?", "Is there parking?")
    assert is_variant("What are the signs and symptoms of sciatica?", "Symptoms of sciatica?")
    assert not is_variant("Do you take cards?", "What are your hours?")
    assert not is_variant("Do you take cards?", "Do you take cash?")


# ---- item 6: nothing dropped or merged without a note -------------------------------------------

JSON_LD = """<html><head><title>Clinic</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
 {"@type":"Question","name":"Can I park?","acceptedAnswer":{"@type":"Answer","text":"Yes, behind."}},
 {"@type":"Question","name":"Can I park?","acceptedAnswer":{"@type":"Answer","text":"No, never."}},
 {"@type":"Question","name":"Do you take cards?","acceptedAnswer":{"@type":"Answer","text":""}},
 {"@type":"Question","name":"What are your hours?","acceptedAnswer":[
   {"@type":"Answer","text":"9 to 5."},{"@type":"Answer","text":"Closed Sundays."}]},
 {"@type":"Question","name":"Is there a lift?","suggestedAnswer":{"@type":"Answer","text":"Yes."}}
]}
</script></head><body>
<h2>Can I park?</h2><p>Yes, behind.</p>
</body></html>
"""


def test_every_accepted_answer_of_a_json_ld_question_is_kept_with_a_note() -> None:
    result = import_text(JSON_LD, "html")
    assert entry(result, "What are your hours?")["answer"] == "9 to 5.\n\nClosed Sundays."
    [note] = notes_about(result, "What are your hours?")
    assert "2 accepted answers" in note


def test_the_json_ld_summary_counts_what_was_imported_of_what_was_there() -> None:
    result = import_text(JSON_LD, "html")
    assert len(result.entries) == 4
    [summary] = notes_about(result, "FAQPage data (JSON-LD")
    assert "4 of its 5 questions" in summary, summary
    [twice] = notes_about(result, "twice")
    assert "'Can I park?'" in twice


def test_a_details_question_inside_another_is_an_entry_of_its_own() -> None:
    page = (
        "<main><details><summary>Do you do home visits?</summary><p>Sometimes.</p>"
        "<details><summary>How much is a home visit?</summary><p>£80.</p></details>"
        "<p>Ask at reception.</p></details></main>"
    )
    result = import_text(page, "html")
    assert answers(result) == {
        "Do you do home visits?": "Sometimes.\n\nAsk at reception.",
        "How much is a home visit?": "£80.",
    }
    [note] = notes_about(result, "How much is a home visit?")
    assert "inside the answer to 'Do you do home visits?'" in note


def test_details_that_are_not_a_question_stay_in_the_answer_with_a_note() -> None:
    page = (
        "<main><details><summary>How do I stretch?</summary><p>Slowly.</p>"
        "<details><summary>More tips</summary><p>Breathe out.</p></details></details></main>"
    )
    result = import_text(page, "html")
    assert answers(result) == {"How do I stretch?": "Slowly.\n\nMore tips\n\nBreathe out."}
    assert notes_about(result, "More tips")


def test_dts_sharing_a_dd_are_one_entry_when_they_ask_the_same_thing() -> None:
    page = "<dl><dt>Can I park?</dt><dt>Is there parking?</dt><dd>Yes, behind.</dd></dl>"
    result = import_text(page, "html")
    assert result.entries == [
        {
            "id": "park",
            "question": "Can I park?",
            "answer": "Yes, behind.",
            "aliases": ["Is there parking?"],
        }
    ]
    [note] = notes_about(result, "Is there parking?")
    assert "alias" in note and "no answer" not in note


def test_a_dt_with_no_dd_of_its_own_never_takes_the_next_ones_answer() -> None:
    page = "<dl><dt>Do you take cards?</dt><dt>What are your hours?</dt><dd>9 to 5.</dd></dl>"
    result = import_text(page, "html")
    assert answers(result) == {"What are your hours?": "9 to 5."}
    assert "aliases" not in result.entries[0]
    [note] = notes_about(result, "Do you take cards?")
    assert "no answer" in note


# ---- item 7: heading questions longer than a paragraph's -------------------------------------

LONG = "Can I " + "really " * 32 + "park here?"  # 240 characters: over 200, under the pack limit


@pytest.mark.parametrize(
    ("fmt", "page"),
    [
        ("markdown", f"# FAQ\n\n## {LONG}\n\nYes.\n\n## Is it open?\n\nYes, all day.\n"),
        ("html", f"<h1>FAQ</h1><h2>{LONG}</h2><p>Yes.</p><h2>Is it open?</h2><p>Yes, all day.</p>"),
    ],
)
def test_a_long_heading_question_is_a_question(fmt: str, page: str) -> None:
    assert len(LONG) > 200
    result = import_text(page, fmt)
    assert answers(result) == {LONG: "Yes.", "Is it open?": "Yes, all day."}
    assert "topic" not in result.entries[1]
    pack_from_data(result.to_pack(), "x")  # a valid pack


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_heading_question_over_the_pack_limit_is_refused_with_one_note(fmt: str) -> None:
    huge = "Can I " + "really " * 200 + "park here?"
    assert len(huge) > limits.MAX_QUESTION_CHARS
    page = (
        f"## {huge}\n\nYes.\n\n## Is it open?\n\nYes, all day.\n"
        if fmt == "markdown"
        else f"<h2>{huge}</h2><p>Yes.</p><h2>Is it open?</h2><p>Yes, all day.</p>"
    )
    result = import_text(page, fmt)
    assert answers(result) == {"Is it open?": "Yes, all day."}
    [note] = notes_about(result, "Can I really")
    assert f"{len(huge):,} characters" in note and "skipped" in note
    pack_from_data(result.to_pack(), "x")


def test_a_heading_too_long_for_a_topic_is_not_blamed_on_the_next_entry() -> None:
    heading = "About " + "our clinic " * 30
    result = import_text(f"## {heading}\n\n## Is it open?\n\nYes, all day.\n", "markdown")
    assert answers(result) == {"Is it open?": "Yes, all day."}
    assert "topic" not in result.entries[0]
    assert notes_about(result, "too long for a topic")
    pack_from_data(result.to_pack(), "x")
