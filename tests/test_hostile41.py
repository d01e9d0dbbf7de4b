"""stranger41: bad and hostile input a stranger tried (docs/hardening.md)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("&#x1b;[2J", "&#x1b;[2J"),
        ("&#27;[1;31m", "&#27;[1;31m"),
        ("&#155;31m", "&#155;31m"),
        ("&#27;]8;;http://evil.example&#27;\\", "&#27;]8;;http://evil.example&#27;\\"),
    ],
)
def test_escape_sequences_written_as_references_leave_no_residue(
    fmt: str, written: str, first: str
) -> None:
    """A Markdown page's '&#27;[31m' was read by markdown-it as U+FFFD then '[31m', kept in the
    answer with no note; HTML dropped it whole. Both now drop it, and the note names it."""
    from backcare.packs.importers import import_text
    from backcare.packs.importers.result import is_routine_note

    if fmt == "markdown":
        page = f"# FAQ\n\n## Is there parking?\n\nYes {written}behind{written} the clinic.\n"
    else:
        page = (
            f"<h1>FAQ</h1><h2>Is there parking?</h2><p>Yes {written}behind{written} the clinic.</p>"
        )
    result = import_text(page, fmt, "faq." + ("md" if fmt == "markdown" else "html"))
    (entry,) = result.entries
    assert entry["answer"] == "Yes behind the clinic."
    assert "\ufffd" not in entry["answer"]
    notes = [n for n in result.notes if "escape sequence" in n]
    assert len(notes) == 1 and is_routine_note(notes[0])
    assert "dropped 2 terminal escape sequences" in notes[0] and repr(first) in notes[0]


def test_an_escape_sequence_over_lines_keeps_the_lines_notes_name() -> None:
    from backcare.packs.importers import import_text

    page = "# FAQ\n\n## Is there parking?\n\nYes &#27;]8;;x\ny&#7; behind.\n\n## Heat?\n\n[a](javascript:b)\n"
    result = import_text(page, "markdown", "faq.md")
    assert any(n.startswith("line 10:") and "javascript:" in n for n in result.notes)
