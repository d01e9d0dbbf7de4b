"""A product asked to be chosen to buy ("which foam roller density should I order", "what massage
gun should I get for my back"): like "the best foam roller", it asks to name one, which only an
entry naming the thing by its own words answers; an entry that tells how to roll the back on
one does not. Read from intents.json "buying": the topic (lexicon.json topics) comes at most
`reach` words after a "which" word, and a buying verb ("should I order") after it in the same
sentence. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from backcare.engine.analyze import text_stems, words
from backcare.lazyregex import lazy
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, expect_strings, read_shared_json

_SENTENCE = lazy(r"[^.!?\n]+")


class BuyingCues(NamedTuple):
    reach: int  # how many words after a "which" word the topic may start
    which: frozenset[str]  # as stems
    verbs: tuple[tuple[str, ...], ...]  # as stems


@lru_cache(maxsize=1)
def buying_cues() -> BuyingCues:
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    buying = expect_dict(data.get("buying", {}), "intents.json: buying")
    reach = buying.get("reach", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        reach = 0
    return BuyingCues(
        reach,
        frozenset(
            s
            for w in expect_strings(buying.get("which", []), "intents.json: buying: which")
            for s in text_stems(w)
        ),
        tuple(
            filter(
                None,
                (
                    text_stems(v)
                    for v in expect_strings(buying.get("verbs", []), "intents.json: buying: verbs")
                ),
            )
        ),
    )


def chosen_to_buy(
    text: str, topics: Sequence[tuple[tuple[str, ...], str]], cues: BuyingCues
) -> frozenset[tuple[str, ...]]:
    """The topics (as `Analyzer.topics` gives them) a text asks to choose one of to buy."""
    if not topics or not cues.reach or not cues.verbs:
        return frozenset()
    found: set[tuple[str, ...]] = set()
    for sentence in _SENTENCE.findall(text):
        stems = text_stems(sentence)
        if cues.which.isdisjoint(stems):
            continue
        for topic, written in topics:
            size = len(words(written))
            for at in range(len(stems) - size + 1):
                if tuple(stems[at : at + size]) != topic:
                    continue
                led = not cues.which.isdisjoint(stems[max(0, at - cues.reach) : at])
                after = stems[at + size :]
                if led and any(_holds(after, verb) for verb in cues.verbs):
                    found.add(topic)
    return frozenset(found)


def _holds(stems: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """Whether `phrase` occurs in `stems`, its words side by side."""
    size = len(phrase)
    return any(tuple(stems[i : i + size]) == phrase for i in range(len(stems) - size + 1))
