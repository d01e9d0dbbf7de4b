"""An animal of the story that the asking sentence points back to (data/referred_beings.json).

The topic gate reads the sentence that asks, so a story's words set the scene ("I have a desk job.
Why would these muscles stay so tight?"). "My horse has a sore back after being ridden. How can I
relieve the tension along his spine?" asks about the horse all the same: the asking sentence points
back to it ("his"). The story's animal topics are then asked too. Pure: it reads the analyzer's
topics of the text.
"""

from __future__ import annotations

from functools import lru_cache

from backcare.engine.analyze import Analyzer, words
from backcare.resources import expect_dict, read_json


@lru_cache(maxsize=1)
def _beings() -> tuple[frozenset[str], frozenset[str]]:
    """The animal words (their last word, as written) and the pronouns that point back to one."""
    data = expect_dict(read_json("referred_beings.json"), "referred_beings.json")
    beings = frozenset(words(w)[-1] for w in data["beings"])
    return beings, frozenset(w.casefold() for w in data["pronouns"])


def referred(
    analyzer: Analyzer, question: str, asking: str, pointed: bool = True
) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The topics of the story (the question without its asking sentence or clause) that name
    an animal, when the asking sentence holds a pronoun (always, unless `pointed`); else ()."""
    if asking == question:
        return ()
    beings, pronouns = _beings()
    if pointed and pronouns.isdisjoint(words(asking)):
        return ()
    story = question.replace(asking, " ")
    return tuple(
        topic
        for topic in analyzer.topics(story)
        # "my dog's" names the dog
        if any(w.removesuffix("'s") in beings for w in words(topic[1]))
    )
