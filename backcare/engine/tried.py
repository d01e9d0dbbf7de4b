"""What a question says was already tried ("I've tried stretching but my back still feels tight,
what else helps"; "what helps besides stretching"; "stretching doesn't help my tight back"): not
what it asks, so not matched on. data/intents.json "tried" holds the cues (before what was tried,
or after it: "failed"), how far one reaches and the words that end it. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.engine.analyze import words
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, expect_strings, read_shared_json

_CLAUSE = re.compile(r"[.,;:!?\n]+")
_SENTENCE = re.compile(r"[.!?\n]+")


class TriedCues(NamedTuple):
    cues: frozenset[tuple[str, ...]]  # as words, not stems ("trying" and "try" share "tri")
    failed: frozenset[tuple[str, ...]]  # cues after what was tried ("doesn't help")
    reach: int  # how many words that are not stop words a cue covers
    ends: frozenset[str]  # words that end what a cue covers ("but", "for", "my")
    # phrases, as words, that start an aim under way ("trying to save my document"): what follows
    # is what is asked, not something tried instead
    aims: frozenset[tuple[str, ...]] = frozenset()
    # cues before a thing not wanted instead of what is asked ("rather than buying an inversion
    # table"): no topic to mention, though its words still rank (instead_words)
    instead: frozenset[tuple[str, ...]] = frozenset()
    # cues that rule a cause out only when they open a sentence ("What stops a stiff back? Not
    # the mattress, we changed it"): inside one, "not the" contrasts what is asked ("lsof shows
    # part of the path, not the full path name")
    openers: frozenset[tuple[str, ...]] = frozenset()


@lru_cache(maxsize=1)
def load_tried() -> TriedCues:
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    tried = expect_dict(data.get("tried", {}), "intents.json: tried")
    reach = tried.get("reach", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        reach = 0
    return TriedCues(
        frozenset(
            words(c) for c in expect_strings(tried.get("cues", []), "intents.json: tried: cues")
        )
        - {()},
        frozenset(
            words(c) for c in expect_strings(tried.get("failed", []), "intents.json: tried: failed")
        )
        - {()},
        reach,
        frozenset(expect_strings(tried.get("ends", []), "intents.json: tried: ends")),
        frozenset(
            words(a) for a in expect_strings(tried.get("aims", []), "intents.json: tried: aims")
        )
        - {()},
        frozenset(
            words(c)
            for c in expect_strings(tried.get("instead", []), "intents.json: tried: instead")
        )
        - {()},
        frozenset(
            words(c)
            for c in expect_strings(tried.get("openers", []), "intents.json: tried: openers")
        )
        - {()},
    )


@lru_cache(maxsize=4)
def cue_words(cues: TriedCues) -> frozenset[str]:
    """Every word of a cue that says something was tried or failed ("working" of "not
    working"): no word of what a question asks besides what it tried."""
    return frozenset(w for cue in _cue_index(cues)[0] for w in cue)


def instead_words(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    """The words a text says it does not want instead of what it asks ("inversion table" of
    "something against a wall, rather than buying an inversion table"): a topic of them alone is
    not asked (Matcher._analysis), but they rank, as the "loading it into memory" of "process a
    big file line by line instead of loading it into memory" must."""
    cues = load_tried()
    if not cues.instead:
        return frozenset()
    return tried_words(
        text, stopwords, cues._replace(cues=cues.instead, failed=frozenset(), openers=frozenset())
    )


def tried_words(text: str, stopwords: frozenset[str], cues: TriedCues) -> frozenset[str]:
    """The words (as `words` gives them) a text says were already tried and does not say again
    elsewhere: "stretching" of "I've tried stretching but my back still feels tight" and of
    "stretching doesn't help my tight back"."""
    if not (cues.cues or cues.failed or cues.openers) or not cues.reach:
        return frozenset()
    firsts = _cue_index(cues)[2]
    clauses: list[tuple[str, ...]] = []
    openings: set[int] = set()  # the clauses that open a sentence
    for sentence in _SENTENCE.split(text):
        openings.add(len(clauses))
        clauses.extend(words(clause) for clause in _CLAUSE.split(sentence))
    if firsts.isdisjoint(t for tokens in clauses for t in tokens):
        # no cue starts anywhere: nothing is marked tried, so nothing is inside (most questions;
        # the loop below cost ~50 us a question of a batch's ~500)
        return frozenset()
    return walked(clauses, stopwords, cues, frozenset(openings))


def walked(
    clauses: list[tuple[str, ...]],
    stopwords: frozenset[str],
    cues: TriedCues,
    openings: frozenset[int] = frozenset(),
) -> frozenset[str]:
    """tried_words of a text's clauses (as words), each walked word by word for its cues; an
    opener only at the start of a clause in `openings`."""
    every, longest, _ = _cue_index(cues)
    inside: set[str] = set()
    outside: list[str] = []
    for at, tokens in enumerate(clauses):
        opens = at in openings
        tried: set[int] = set()  # the positions of what the clause says was tried
        cue: set[int] = set()  # and of its cues
        i = 0
        while i < len(tokens):
            size, failed = next(
                (
                    (n, tokens[i : i + n] in cues.failed)
                    for n in range(longest, 0, -1)
                    if tokens[i : i + n] in every
                    and (tokens[i : i + n] not in cues.openers or (opens and i == 0))
                ),
                (0, False),
            )
            if not size:
                i += 1
                continue
            cue.update(range(i, i + size))
            if any(tuple(tokens[i : i + len(aim)]) == aim for aim in cues.aims):
                i += size  # an aim under way ("trying to save it"): what follows is asked
                continue
            # a cue after what was tried reaches back over the words that name it, up to the
            # first stop word ("my heat pack doesn't help"; "the stretches my physio gave me
            # don't help" names no remedy there)
            span = range(i - 1, -1, -1) if failed else range(i + size, len(tokens))
            tried.update(_reached(tokens, span, stopwords, cues, failed) - cue)
            i += size
        for j, token in enumerate(tokens):
            if j in tried:
                if token not in stopwords:
                    inside.add(token)
            elif j not in cue:
                outside.append(token)
    return frozenset(inside.difference(outside))


@lru_cache(maxsize=4)
def _cue_index(cues: TriedCues) -> tuple[frozenset[tuple[str, ...]], int, frozenset[str]]:
    """Every cue (before or after what was tried), the longest one's length in words, and the
    words a cue starts with: a clause none of whose words starts one holds no cue."""
    every = cues.cues | cues.failed | cues.openers
    return every, max(len(c) for c in every), frozenset(c[0] for c in every)


def _reached(
    tokens: tuple[str, ...],
    span: range,
    stopwords: frozenset[str],
    cues: TriedCues,
    bare: bool = False,
) -> set[int]:
    """The positions a cue reaches along `span`: up to `reach` words that are not stop words,
    stopping at one of `ends` (and, if `bare`, at any stop word)."""
    reached: set[int] = set()
    counted = 0
    for j in span:
        if counted >= cues.reach or tokens[j] in cues.ends or (bare and tokens[j] in stopwords):
            break
        reached.add(j)
        counted += tokens[j] not in stopwords
    return reached
