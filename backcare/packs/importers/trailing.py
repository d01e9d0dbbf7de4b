"""A call to action after a page's last question is no FAQ entry (harden23, newcomer15 F9).

A site builder's booking block ends many FAQ pages: `<h2>Ready to book?</h2><p>Choose a time that
suits you below.</p>` over an embedded booking widget and a button. Its heading ends in '?', so it
became the entry "Ready to book?", listed under the page's last topic ("When to get urgent help").
Such a heading asks the reader to act, not a question a patient asks: it is short, opens with no
question word (data/import_hints.json question_openers: "Ready", "Still", "Want"), and its text is
short, sends the reader somewhere (a link, a phone number or an address) and gives no care advice
or red flag (result.holds_content's reading). Only entries at the end of the page are read so:
an FAQ's own short questions ("Need a GP referral?") sit among the others and answer something.
"""

from __future__ import annotations

from backcare.packs.importers.result import CONTACT_DETAILS, Imported, _care_or_red_flag, clip
from backcare.packs.notes import Note, routine

MAX_HEADING_WORDS = 5
MAX_TEXT_WORDS = 40


def without_trailing_calls(result: Imported) -> None:
    """Drop the entries that end the page and are calls to action (see the module), a routine
    note each quoting it; never the page's only entry."""
    while len(result.entries) > 1 and _is_call(result.entries[-1]):
        entry = result.entries.pop()
        said = (
            f"skipped a call to action after the last question: {clip(entry['question'])!r} "
            f"with its text {clip(entry['answer'])!r} (it asks the reader to act; no "
            "question of the FAQ)"
        )
        # one giving a phone number or address is content ([check]): its details reach no
        # reader (stranger trial F3, as a call to action before the first question)
        details = CONTACT_DETAILS.search(f"{entry['question']} {entry['answer']}")
        result.notes.append(Note(said) if details else routine(said))


def _is_call(entry: dict[str, object]) -> bool:
    from backcare.engine.analyze import words
    from backcare.packs.importers.page import _question_openers

    question, answer = str(entry.get("question", "")), str(entry.get("answer", ""))
    if entry.get("aliases") or not question.rstrip().endswith("?"):
        return False
    said = words(question)
    first = question.split()[0].casefold().strip("'’") if question.split() else ""
    if not said or len(said) > MAX_HEADING_WORDS or first in _question_openers():
        return False
    if len(answer.split()) > MAX_TEXT_WORDS or _care_or_red_flag(f"{question} {answer}"):
        return False
    sends = ("(" in answer and "/" in answer) or bool(CONTACT_DETAILS.search(answer))
    return sends
