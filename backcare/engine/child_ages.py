"""A child's age stated as a number is the child ("can my 14 year old come on her own", "my
9-year-old daughter"): the analyzer reads such an age as the topic its lexicon's `ages_as` names
("child"), for confidence; ranked as typed, its words ("year", "old") met no entry that speaks of
children, or met an answer's "years old" by chance. The age is read with that word beside it, which an
entry names by its own ("Can children come to classes?", "Children under 16 must be accompanied").
Pure: the analyzer's topics and the pack's words are read through the callables given; the
red-flag check reads the message as typed, not this reading."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from backcare.engine.split_words import spliced

Topics = Callable[[str], Sequence[tuple[tuple[str, ...], str]]]


def ages_as_child(
    text: str, topics: Topics, knows: Callable[[str], bool]
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each child's age the analyzer finds (a topic written as a number and the
    words that make it an age) followed by the topic it stands for, when the pack knows that word,
    and the (as typed, read) pairs."""
    reads: list[tuple[int, int, str, str]] = []
    for phrase, written in topics(text):
        tokens = written.split()
        meant = " ".join(phrase)
        if len(tokens) < 2 or not tokens[0].isdigit() or not knows(meant):
            continue
        pattern = r"(?<![^\W_])" + r"[\W_]*".join(map(re.escape, tokens)) + r"(?![^\W_])"
        for found in re.finditer(pattern, text, re.IGNORECASE):
            if not any(start < found.end() and found.start() < end for start, end, *_ in reads):
                # the age stays: it is still the topic the analyzer reads for confidence (an
                # entry that never speaks of children does not answer for a 9-year-old's back)
                reads.append((found.start(), found.end(), found[0], f"{found[0]} {meant}"))
                break
    return spliced(text, sorted(reads))
