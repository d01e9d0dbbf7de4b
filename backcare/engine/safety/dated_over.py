"""A sign told passed in a sentence dated long ago is over, not passed lately (safety104, issue #12,
red flags 35: "After my spinal op in 2018 I had trouble peeing for a day, catheter, all resolved.
Now I just want advice on core exercises.").

"All resolved", "fine now", "it settled" mark the signs they cover as passed lately ('resolved'),
and an emergency rule still counts those: a sign that came and went this week needs checking.
But a sign whose own sentence dates it long ago ("in 2018", "three years ago", "as a kid": a
"this is over" phrase, PAST) and tells it resolved is a history, as the signs that phrase itself
covers are: the catheter of 2018 was read as passed lately because "in 2018" covers its own
scope and the one before, not the catheter's after a comma. Never in a sentence that names a
recent time or a time course (the long-standing 'bars', RECENT among them: "Back in 2018 I had sciatica,
and yesterday both legs went numb for an hour, fine now"), nor one with a live word ("now",
"today"), nor where the dating phrase is denied.
"""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.reading import Found, Token


def dated_over(
    tokens: list[Token],
    found: list[Found],
    resolved: set[int],
    past: set[int],
    dating: str,
    recent: Collection[str],
    live: Collection[str],
) -> tuple[set[int], set[int]]:
    """The resolved and past positions, with those resolved in a sentence that a `dating` phrase
    (not denied: `found` holds only phrases read) dates long ago, naming no `recent` concept
    and no `live` word, moved to past."""
    dated = {tokens[f.positions[0]].sentence for f in found if f.label == dating}
    if not dated or not resolved:
        return resolved, past
    dated -= {tokens[f.positions[0]].sentence for f in found if f.label in recent}
    dated -= {t.sentence for t in tokens if t.surface in live}
    moved = {p for p in resolved if tokens[p].sentence in dated}
    return resolved - moved, past | moved
