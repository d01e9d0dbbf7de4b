"""Passages of long messages for training the learned red-flag check (tools/train_redflag_net.py).

A message over NET_MAX_WORDS tokens is read a passage at a time (net.windows, Safety.passages);
the check was trained on whole lines only, and read ordinary stories' passages as signs (safety47:
58 learned false alarms in the long forms of held-out 24, redflags_dev and long16). So it also
learns from passages of long messages built from the labelled sets' own lines, read exactly as the
product reads them (Safety.passages: the same windows, features and whole-message judgements):

- ordinary: each set's ordinary lines joined in order into messages of more than
  STORY_WORDS words (a set with too few, with the ordinary lines after them in the pool of every
  set's ordinary lines); every passage of them that names a sign is a 'none' row;
- red flags: each red-flag line told inside ordinary lines of the pool (before it, after it or
  around it, in turn); a passage holding the whole line is a row of the line's class, and one
  holding part of it only when the rules still raise a notice on that part alone (the sign is
  still in it), of the less urgent of the line's class and the rules' tier on that part
  (safety56: labelled with the whole line's class, "fell off a ladder" without its "can't feel my
  legs" was an emergency row, and the model learned that a fall alone is one); passages without
  the line are not read (the ordinary rows hold those).

Every other message is told flat (one paragraph, no punctuation: a run-on cut into half-window
pieces), as people write. Deterministic: no randomness, sets and lines in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from backcare.engine.safety import Safety
from backcare.engine.safety.net import CLASSES
from backcare.engine.tuning import NET_MAX_WORDS

# a message must be over NET_MAX_WORDS tokens to be read by passages: words of context, a margin
# over it (a word may be two tokens or none)
STORY_WORDS = NET_MAX_WORDS + 20
CONTEXT_WORDS = NET_MAX_WORDS + 15

Row = tuple[str, list[str], str]  # (set name, features, class)


def flatten(text: str) -> str:
    """One lower-case paragraph with no punctuation (apostrophes kept), as tools.redflag_long."""
    return " ".join(re.sub(r"[.,;:!?\"()\[\]]+", " ", text).lower().split())


def less_urgent(first: str, second: str) -> str:
    """The less urgent of two classes (CLASSES, in order of urgency)."""
    return min(first, second, key=CLASSES.index)


def _take(pool: list[str], start: int, words: int) -> list[str]:
    """Lines of the pool from `start` (cyclic) until they hold more than `words` words."""
    out: list[str] = []
    count = 0
    k = start
    while count <= words and len(out) < len(pool):
        line = pool[k % len(pool)]
        out.append(line)
        count += len(line.split())
        k += 1
    return out


def ordinary_rows(
    safety: Safety, sets: list[tuple[str, list[tuple[str, str]]]], pool: list[str]
) -> Iterator[Row]:
    """'none' rows: the passages naming a sign of long messages of each set's ordinary lines."""
    told = 0
    for name, lines in sets:
        ordinary = [q.strip() for q, kind in lines if kind == "none"]
        stories: list[list[str]] = []
        current: list[str] = []
        for q in ordinary:
            current.append(q)
            if sum(len(x.split()) for x in current) > STORY_WORDS:
                stories.append(current)
                current = []
        if current:  # the rest, made long enough by the pool's lines after it
            at = pool.index(current[-1]) + 1 if current[-1] in pool else 0
            need = STORY_WORDS - sum(len(x.split()) for x in current)
            stories.append(current + _take(pool, at, need))
        for story in stories:
            text = " ".join(story)
            if told % 2:
                text = flatten(text)
            told += 1
            for _, names, sign in safety.passages(text):
                if sign:
                    yield name, names, "none"


def red_rows(
    safety: Safety,
    sets: list[tuple[str, list[tuple[str, str]]]],
    pool: list[str],
    tier: Callable[[str], str | None],
) -> Iterator[Row]:
    """Rows of each red-flag line's class: the passages holding it (or its sign) told inside
    ordinary lines of the pool. `tier` is the rules' most urgent tier on a text (None: none)."""
    told = 0
    for name, lines in sets:
        for q, kind in lines:
            if kind == "none":
                continue
            flat = told % 2 == 1
            line = flatten(q) if flat else q.strip()
            context = _take(pool, 37 * told, CONTEXT_WORDS)
            cut = (0, len(context) // 2, len(context))[told % 3]
            told += 1
            before = " ".join(context[:cut])
            after = " ".join(context[cut:])
            if flat:
                before, after = flatten(before), flatten(after)
            text = " ".join(part for part in (before, line, after) if part)
            first = len(safety.read(before)[0]) if before else 0
            own = safety.read(line)[0]
            tokens = safety.read(text)[0]  # last: passages() reuses this reading
            last = first + len(own)
            if [t.surface for t in tokens[first:last]] != [t.surface for t in own]:
                continue  # the line's words not found where they were put: not used
            for span, names, sign in safety.passages(text):
                if not sign or span.stop <= first or span.start >= last:
                    continue
                if span.start <= first and last <= span.stop:
                    yield name, names, kind
                    continue
                part = " ".join(
                    t.surface for t in tokens[max(first, span.start) : min(last, span.stop)]
                )
                raised = tier(part)
                if raised:  # the rules still raise a notice on the part alone
                    yield name, names, less_urgent(kind, raised)
