"""Words stretched for emphasis, as people type in a chat ("sooooo stiff", "all dayyy", "whyyy",
"pleeease"): a letter written three or more times in a row. No English word holds a letter three
times running, so such a word the pack does not know is read as the first word that writing each
such run twice, then once, spells and that is known (a stop word, common English or the pack's
own): "goood" is "good" (not "god"), "dayyy" is "day", "stiiiiff" is "stiff". A word no shortening
makes known is left as typed, for the typo stage. Pure: the pack is read through the callables
given."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from backcare.engine.split_words import WORD, spliced

# a letter written three or more times running
_RUN = re.compile(r"([^\W\d_])\1{2,}")
# the runs of one word tried together: 2 ** runs spellings ("soooo baaad" is two words, one run each)
_MOST_RUNS = 3


def unstretched(
    text: str, unknown: Callable[[str], bool], known: Callable[[str], bool]
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each stretched word that the pack does not know (`unknown`) written as the
    word it stretches (`known`), and the (as typed, meant) pairs read."""
    # most texts hold no letter written three times running anywhere: no word of them is
    # stretched, and one search of the whole text says so where a search a word did (~10 us a
    # question of a batch). casefold maps each character alone, so a word's folded form holds a
    # run only where the folded text does
    if _RUN.search(text.casefold()) is None:
        return text, ()
    reads = []
    for match in WORD.finditer(text):
        typed = match[0]
        meant = _shortened(typed.casefold(), known)
        if meant is not None and unknown(typed.casefold()):
            reads.append((match.start(), match.end(), typed, meant))
    return spliced(text, reads)


def _shortened(word: str, known: Callable[[str], bool]) -> str | None:
    """The known word a stretched word spells with each run written twice or once (twice
    first: "toooo" is "too"), or None (not stretched, or no shortening is known)."""
    runs = list(_RUN.finditer(word))
    if not runs or len(runs) > _MOST_RUNS:
        return None
    for counts in product((2, 1), repeat=len(runs)):
        parts = []
        at = 0
        for run, count in zip(runs, counts, strict=True):
            parts.append(word[at : run.start()] + run[1] * count)
            at = run.end()
        spelt = "".join(parts) + word[at:]
        if known(spelt):
            return spelt
    return None
