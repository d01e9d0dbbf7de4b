"""A form's function items answered as they should be, set aside from the learned check
(safety76, issue #12, review20): "Bowel control: never been better. Bladder: fine. Back pain for
two weeks after gardening." The checklist reader turns a function item's normal answer into
"bowel control nil" (checklist.py; "never had a problem", "not an issue", "no worse than before"
too: qualified.tells_fine), which the rules read as denied; but the learned check reads the words
"bowel" and "control" beside a negation as the loss of control it was trained on ("no bowel
control"), P(emergency) 0.58 on the line above and 0.78 without its gardening.

So where the learned check raises an emergency, the message is read again without the clauses
that are such an item and its "nil" alone (a function word, data/checklist_functions.txt, in a
clause of at most MOST_WORDS words ending in "nil"): the emergency stands only if that rest, read
alone, is one (as topic_frame._learned_held reads a message without its frames). A sign told
beside the item, in its clause or another, stays in the rest ("Bladder control: fine. My bum feels
like rubber when I sit" keeps its emergency)."""

from __future__ import annotations

import functools

from backcare.engine.safety.checklist import function_words
from backcare.engine.safety.reading import Token
from backcare.resources import DataError

# the most words a form's item and its "nil" may hold ("sensation in the saddle area nil")
MOST_WORDS = 6
NORMAL = "nil"


def without_fine_items(tokens: list[Token]) -> str | None:
    """The message's words without its function items answered normal, or None when it holds
    none (module doc)."""
    functions = function_words()
    clauses: dict[tuple[int, int], list[int]] = {}
    for k, t in enumerate(tokens):
        clauses.setdefault((t.sentence, t.clause), []).append(k)
    aside: set[int] = set()
    for positions in clauses.values():
        words = [tokens[k].surface for k in positions]
        if (
            len(words) <= MOST_WORDS
            and words[-1] == NORMAL
            and words.count(NORMAL) == 1
            and functions.intersection(words[:-1])
        ):
            aside.update(positions)
    if not aside or _goes_on(tokens[max(aside) + 1 :]):
        return None
    return " ".join(t.surface for k, t in enumerate(tokens) if k not in aside)


def _goes_on(after: list[Token]) -> bool:
    """Whether the words after the items take their "fine" back or tell an inability ("Bladder
    control: never had a problem. Now though I can't go at all.", "... until I woke up and
    couldn't go", "Only I've not been able to go since Saturday"): read without its item such a
    sign loses what it is about ("can't go" is urination beside "Bladder control"), so the message
    is read whole (review21: four emergencies lost). The words are data/checklist_words.json's
    'fine_takebacks' and 'fine_negations'."""
    goes_on = _goes_on_words()
    return any(t.surface in goes_on for t in after)


@functools.cache
def _goes_on_words() -> frozenset[str]:
    from backcare.resources import read_json

    try:
        words = read_json("checklist_words.json")["qualified"]
        return frozenset(words["fine_takebacks"]) | frozenset(words["fine_negations"])
    except (KeyError, TypeError) as error:
        raise DataError(f"checklist_words.json 'qualified': {error!r}") from None
