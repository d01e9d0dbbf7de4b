"""Words shown to people, shared by the plain and terminal views: labels, notices, no-answer help.

Every piece of pack or user text goes through `one_line`/`sanitize` here or in the views.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcare.output.text import one_line

if TYPE_CHECKING:
    from backcare.engine.answer import Answer
    from backcare.engine.safety import RedFlag
    from backcare.packs.schema import Pack
    from backcare.results import EntryMissing

DISCLAIMER = (
    "General information, not medical advice. If you are worried, talk to a health professional."
)
URGENCY_LABELS = {
    "emergency": "EMERGENCY - get help now",
    "urgent": "URGENT - get medical help today",
    "soon": "SEE A DOCTOR SOON",
}
ANSWER_WITHHELD = (
    "The FAQ's self-care answer is not shown, because what you describe needs help first "
    "(use --show-answer to see it anyway)."
)
BROWSE_HINT = "`backcare topics` lists every question; `backcare show ID` shows one."


def flag_line(flag: RedFlag) -> str:
    return f"{URGENCY_LABELS[flag.urgency]}: {one_line(flag.message)}"


def shows_answer(answer: Answer, show_answer: bool) -> bool:
    """Whether the FAQ answer is printed: never under an emergency notice unless asked for."""
    return answer.match is not None and (show_answer or not answer.emergency)


def no_match_line(answer: Answer) -> str:
    """The stderr line for a question without a confident match: plausible suggestions, or what the
    FAQ covers and how to browse it."""
    head = f"backcare: no confident match for {one_line(answer.query)[:80]!r}."
    if answer.suggestions:
        closest = "; ".join(
            f"{one_line(m.entry.question)} [{one_line(m.entry.id)}]" for m in answer.suggestions
        )
        return f"{head} Closest: {closest}"
    return f"{head} {covers_line(answer.pack_topics)}"


def covers_line(topics: tuple[str, ...]) -> str:
    if not topics:
        return BROWSE_HINT
    return f"This FAQ covers: {', '.join(one_line(t) for t in topics)}. {BROWSE_HINT}"


def entry_missing_line(missing: EntryMissing) -> str:
    names = ", ".join(one_line(c) for c in missing.suggestions)
    suffix = f" Did you mean: {names}?" if names else " `backcare topics` lists the ids."
    return f"backcare: no entry with id {one_line(missing.entry_id)!r}.{suffix}"


def source_line(pack: Pack) -> str:
    origin = one_line(pack.source) if pack.source else one_line(pack.path)
    return f"{one_line(pack.title)} - {origin}"
