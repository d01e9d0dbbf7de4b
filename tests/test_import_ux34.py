"""newcomer23's Markdown findings (ux34): merge-conflict markers are refused naming the line, never
imported as content (F3); an answer underlined with `---` and a section heading glued into an
answer are noted, saying what happened and what to do (F9)."""

from __future__ import annotations

import pytest

from backcare.errors import PackError
from backcare.packs.importers import Imported, import_text
from backcare.packs.notes import NoteKind, kinded

CONFLICTED = """# Physio Friends FAQ

## Exercises

## How often should I do my exercises?

<<<<<<< HEAD
Twice a day, morning and evening.
=======
Every day, three sets of ten.
>>>>>>> marek/exercise-frequency

## Can I go swimming?

Yes, backstroke is usually the most comfortable.
"""


def answers(result: Imported) -> dict[str, str]:
    return {e["question"]: e["answer"] for e in result.entries}


@pytest.mark.parametrize("fmt", ["auto", "markdown", "page"])
def test_a_half_merged_page_is_refused_naming_the_first_marker_line(fmt: str) -> None:
    with pytest.raises(PackError) as raised:
        import_text(CONFLICTED, fmt, "faq.md" if fmt == "auto" else "")
    said = str(raised.value)
    assert "line 7: a merge-conflict marker ('<<<<<<< HEAD')" in said
    assert "delete those lines and the =======" in said and "\n" not in said


@pytest.mark.parametrize(
    "marker", [">>>>>>> theirs", "|||||||  merged common ancestors", "<<<<<<<", ">>>>>>>"]
)
def test_each_marker_of_a_conflict_is_refused_alone_too(marker: str) -> None:
    text = f"## Can I swim?\n\nYes.\n{marker}\n\n## Can I run?\n\nSlowly.\n"
    with pytest.raises(PackError, match="line 4: a merge-conflict marker"):
        import_text(text, "markdown")


def test_markers_in_a_fenced_block_and_a_lone_setext_underline_are_text() -> None:
    text = (
        "Clinic FAQ\n=======\n\n## What does a git conflict look like?\n\n```\n<<<<<<< HEAD\n"
        "mine\n=======\ntheirs\n>>>>>>> branch\n```\n\n## Can I swim?\n\n"
        "<<<<<<<< eight marks are no marker; nor is a mark mid-line: a <<<<<<< b\n"
    )
    result = import_text(text, "markdown")
    assert result.title == "Clinic FAQ"
    assert "<<<<<<< HEAD" in answers(result)["What does a git conflict look like?"]
    assert answers(result)["Can I swim?"].startswith("<<<<<<<< eight")


def test_a_marker_after_a_fence_closes_is_refused() -> None:
    text = "## Q one?\n\n~~~~\ncode\n~~~~\n\n<<<<<<< HEAD\n## Q two?\n\nAnswer.\n"
    with pytest.raises(PackError, match="line 7:"):
        import_text(text, "markdown")


def test_an_answer_underlined_with_dashes_is_read_as_the_answer_with_a_note() -> None:
    text = (
        "## Parking\n\n### Is there parking?\nYes, behind the hall.\n---\n"
        "### Can I bring my dog?\n\nOnly assistance dogs, sorry.\n"
    )
    result = import_text(text, "markdown")
    assert answers(result) == {
        "Is there parking?": "Yes, behind the hall.",
        "Can I bring my dog?": "Only assistance dogs, sorry.",
    }
    assert {e["topic"] for e in result.entries} == {"Parking"}  # not "Yes, behind the hall."
    [note] = [n for n in result.notes if "underlined" in n]
    assert note.startswith("line 5: 'Yes, behind the hall.', under question 'Is there parking?'")
    assert "put a blank line before the underline" in note
    assert kinded(note).kind is NoteKind.CONTENT  # validate marks it [check]
    assert not [n for n in result.notes if "no answer text" in n]


def test_the_last_paragraph_of_an_answer_underlined_stays_in_it() -> None:
    text = "## Is there parking?\n\nYes.\n\nBehind the hall, free.\n===\n\n## Can I swim?\n\nYes.\n"
    result = import_text(text, "markdown")
    assert answers(result)["Is there parking?"] == "Yes.\n\nBehind the hall, free."
    assert [n for n in result.notes if n.startswith("line 6: 'Behind the hall, free.'")]


def test_a_title_underlined_under_an_unanswered_question_says_why_it_has_no_answer() -> None:
    text = "## Is there parking?\nParking\n-------\n\n## Can I swim?\n\nYes.\n"
    result = import_text(text, "markdown")
    assert "Is there parking?" not in answers(result)
    [note] = [n for n in result.notes if "underlined" in n]
    assert note.startswith("line 3: 'Parking', under question 'Is there parking?'")
    assert "so the question has no answer" in note


def test_a_section_heading_glued_to_the_end_of_an_answer_is_noted() -> None:
    text = (
        "# Do I need to book?\n\nNo, just turn up on Tuesdays.\n\n## Parking\n\n"
        "### Is there parking?\n\nYes, behind the hall.\n"
    )
    result = import_text(text, "markdown")
    [note] = [n for n in result.notes if "ends the answer" in n]
    # the line of the heading glued to the answer (ux37: Markdown notes name their line)
    assert note.startswith("line 5: heading 'Parking' ends the answer to 'Do I need to book?'")
    assert "'###' questions" in note and kinded(note).kind is NoteKind.CONTENT


def test_a_sub_heading_with_answer_text_under_it_is_no_note() -> None:
    text = (
        "## What is sciatica?\n\nPain along the nerve.\n\n### Symptoms\n\nPain down one leg.\n\n"
        "## Can I swim?\n\nYes.\n"
    )
    result = import_text(text, "markdown")
    assert "Symptoms" in answers(result)["What is sciatica?"]
    assert not [n for n in result.notes if "ends the answer" in n or "underlined" in n]
