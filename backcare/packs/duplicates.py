"""One warning per repeated question (newcomer23 F14).

Two entries asking the same question are said by `duplicate-question`. The ranking checks then
said the same thing twice more, in their own words: the later entry's question "finds" the earlier
one (`not-found-by-own-question`), and the two "compete" (`competing-entries`), so one repeated
heading in a Markdown page gave three warnings about an id its author never wrote. Those are left
out for a pair `duplicate-question` names; a ranking warning between two entries whose questions
differ is kept, and so is one about an alias (it may say something of its own: an alias that finds
the other entry of the pair, or a third).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from backcare.packs.packwarning import PackWarning

_SAID_BY_DUPLICATE = frozenset({"not-found-by-own-question", "competing-entries"})


def same_question_key(question: str) -> str:
    """A question as two entries' are compared: the same words, whatever the case and spacing
    (validate's duplicate-question; the answer's twins, engine/answer.py)."""
    return " ".join(question.casefold().split())


def duplicate_question(entry_id: str, question: str, first_id: str) -> PackWarning:
    """The `duplicate-question` warning of an entry asking what `first_id` asks: the question
    quoted (a page's author knows the heading, not the id made of it) and what to do."""
    return PackWarning(
        "duplicate-question",
        entry_id,
        f"same question as {first_id!r}: {question!r} (keep one entry, or reword one question: "
        "in a page, remove one heading or reword it)",
        other=first_id,
    )


def one_per_duplicate(
    warnings: Sequence[PackWarning], question: Callable[[str], str]
) -> list[PackWarning]:
    """`warnings` without the ranking warnings between two entries of the same question that are
    about that question (`question`: an entry's, by id; a not-found warning quotes the text it
    ranked first, validate.check)."""
    pairs = {
        frozenset((w.entry_id, w.other))
        for w in warnings
        if w.kind == "duplicate-question" and w.other is not None
    }
    if not pairs:
        return list(warnings)
    return [
        w
        for w in warnings
        if not (
            w.kind in _SAID_BY_DUPLICATE
            and w.other is not None
            and frozenset((w.entry_id, w.other)) in pairs
            and (w.kind != "not-found-by-own-question" or _of_question(w, question))
        )
    ]


def _of_question(warning: PackWarning, question: Callable[[str], str]) -> bool:
    return warning.message.startswith(f"{question(warning.entry_id)!r} ")
