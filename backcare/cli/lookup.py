"""Finding what a person meant: topics by prefix or fuzzy match, ids close to a mistyped one, and
which near misses are worth suggesting. Pure functions over a Pack or an Answer, shared by the
commands and the interactive prompt so both answer the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.answer import Answer
    from backcare.engine.match import Match
    from backcare.packs.schema import Pack

# The lowest best score at which the closest questions are worth showing when none is confident
# (50). Measured on the bundled pack over the dev, holdout and query sets (test and shared): at 25
# the expected entry is among those shown for 16 of the 26 unconfident in-scope questions, while 46
# of 244 out-of-scope questions get suggestions; at 20: 18/26 and 64/244; at 30: 15/26 and 21/244.
PLAUSIBLE = 25.0
FUZZY_TOPIC = 75  # rapidfuzz WRatio (0-100) for "strech" -> "stretches and release"
FUZZY_ID = 60


def find_topics(pack: Pack, wanted: str) -> list[str]:
    """The pack's topics that `wanted` names: an exact match (any case), else every topic that it
    starts, or one of whose words it starts ("relief" -> "pain relief"), else the close spellings.
    Empty when nothing is close."""
    key = " ".join(wanted.casefold().split())
    topics = [t for t in pack.topics() if t]
    if not key:
        return []
    exact = [t for t in topics if t.casefold() == key]
    if exact:
        return exact
    prefix = [
        t
        for t in topics
        if t.casefold().startswith(key)
        or any(" ".join(t.casefold().split()[i:]).startswith(key) for i in range(len(t.split())))
    ]
    if prefix:
        return prefix
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        key,
        topics,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=FUZZY_TOPIC,
        limit=3,
    )
    return [topic for topic, _, _ in found]


def suggest_ids(pack: Pack, wanted: str, limit: int = 3) -> list[str]:
    """Ids close to a mistyped or partial one, best first: ids it starts, then close spellings."""
    key = wanted.strip()
    if not key:
        return []
    ids = list(pack.by_id)
    starts = [i for i in ids if i.startswith(key)][:limit]
    if len(starts) == limit:
        return starts
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        key,
        ids,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=FUZZY_ID,
        limit=limit,
    )
    close = [i for i, _, _ in found if i not in starts]
    return (starts + close)[:limit]


def complete_ids(pack: Pack, prefix: str) -> list[str]:
    """Ids starting with `prefix`, in pack order (for Tab completion)."""
    return [i for i in pack.by_id if i.startswith(prefix)]


def complete_topics(pack: Pack, prefix: str) -> list[str]:
    """Topics starting with `prefix`, any case (for Tab completion)."""
    key = prefix.casefold()
    return [t for t in pack.topics() if t and t.casefold().startswith(key)]


def plausible(answer: Answer) -> tuple[Match, ...]:
    """The closest questions worth suggesting for an answer without a confident match.

    None when the best scores under PLAUSIBLE, and none when the question had no topic words at
    all ("help", "the"): the engine then scores entries on filler, and a score of 85 beside "no
    confident match" would contradict what a score means everywhere else.
    """
    from backcare.engine.match import CONFIDENT

    if answer.match is not None or not answer.results:
        return ()
    best = answer.results[0].score
    if best < PLAUSIBLE or best >= CONFIDENT:
        return ()
    return tuple(m for m in answer.results if m.score >= PLAUSIBLE)
