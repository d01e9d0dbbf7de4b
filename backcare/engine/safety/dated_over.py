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

The date covers only the signs in its own scope (safety106, review27: "Years ago I had sciatica
that cleared up, but I've had numbness round my bottom which went away on its own, is this the
same?" lost its saddle numbness): not past a contrast ("but", data/dated_over.json 'contrasts')
between the date and the sign, which opens a new episode, nor, for a sign told after the date,
past a present perfect ("I've had", 'perfect') between them: that episode reaches into now.
People minimise: when unsure, the sign stays passed lately and its notice stands.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from backcare.engine.safety.reading import Found, Token
from backcare.resources import DataError

# the longest phrase of data/dated_over.json 'perfect', in words ("it has been")
LONGEST_PERFECT = 3


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The contrasts and present perfects of data/dated_over.json."""
    from backcare.resources import read_json

    try:
        found = read_json("dated_over.json")
        return (
            frozenset(str(w) for w in found["contrasts"]),
            frozenset(str(w) for w in found["perfect"]),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"dated_over.json: {error!r}") from None


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
    dates = [
        f.positions for f in found if f.label == dating and tokens[f.positions[0]].sentence in dated
    ]
    contrasts, perfect = _words()
    surfaces = [t.surface for t in tokens]
    # where a new episode opens: a contrast word, or the first word of a present perfect
    openers = [k for k, word in enumerate(surfaces) if word in contrasts]
    perfects = [
        k
        for k in range(len(surfaces))
        if any(
            " ".join(surfaces[k : k + size]) in perfect for size in range(2, LONGEST_PERFECT + 1)
        )
    ]

    def in_scope(p: int, date: tuple[int, ...]) -> bool:
        """Whether the date covers the sign at p: the same sentence, nothing opening a new
        episode between them."""
        if tokens[p].sentence != tokens[date[0]].sentence:
            return False
        if p > date[-1]:
            return not any(date[-1] < k < p for k in openers + perfects)
        return not any(p < k < date[0] for k in openers)

    moved = {p for p in resolved if any(in_scope(p, date) for date in dates)}
    return resolved - moved, past | moved
