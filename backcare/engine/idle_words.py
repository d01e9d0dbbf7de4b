"""Words of a question that say nothing of what it asks (intents.json "idle"): a light verb before
the object that carries its meaning ("can I still go for a walk", "can i just take a painkiller"),
set phrases of talk ("in the first place", "I mean"), and a noun autocorrect put where only a
verb can stand ("why does it mattress how i sit"). Matched as words, they rank an entry that
uses the verb in another sense ("How many weeks does back stiffness take to go away?") over the one
that answers the question. Pure once loaded."""

from __future__ import annotations

from functools import lru_cache

from backcare.engine.analyze import words
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, expect_strings, read_shared_json


class IdleTable(NamedTuple):
    """The light verbs' forms, the words that may follow one to make it light (each as words), the
    set phrases of talk (as words) and their first words (most questions hold none of them)."""

    verbs: frozenset[str]
    objects: frozenset[tuple[str, ...]]
    talk: frozenset[tuple[str, ...]]
    talk_starts: frozenset[str]
    verb_place: frozenset[tuple[str, ...]]  # the words after which only a verb stands


@lru_cache(maxsize=1)
def idle_table() -> IdleTable:
    """intents.json's "idle" section, read once."""
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    idle = expect_dict(data.get("idle", {}), "intents.json: idle")

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        listed = expect_strings(idle.get(key, []), f"intents.json: idle: {key}")
        return frozenset(filter(None, map(words, listed)))

    verbs = expect_strings(idle.get("light_verbs", []), "intents.json: idle: light_verbs")
    talk = phrases("talk")
    return IdleTable(
        frozenset(w for v in verbs for w in words(v)),
        phrases("objects"),
        talk,
        frozenset(p[0] for p in talk),
        phrases("verb_place"),
    )


def idle_words(text: str, table: IdleTable | None = None) -> frozenset[str]:
    """The words of a text (as `words` gives them) that stand only where they say nothing: every
    time the word is written, it is a light verb before its object or inside a phrase of talk.
    A word written once so and once otherwise ("take a painkiller ... how long does it take") is
    kept: the other use may ask."""
    table = table or idle_table()
    tokens = words(text)
    if table.verbs.isdisjoint(tokens) and table.talk_starts.isdisjoint(tokens):
        return frozenset()
    idle: set[int] = set()
    for at, token in enumerate(tokens):
        if token in table.verbs and any(
            tokens[at + 1 : at + 1 + len(after)] == after for after in table.objects
        ):
            idle.add(at)
        if token in table.talk_starts:
            for phrase in table.talk:
                if tokens[at : at + len(phrase)] == phrase:
                    idle.update(range(at, at + len(phrase)))
    if not idle:
        return frozenset()
    said = {tokens[i] for i in range(len(tokens)) if i not in idle}
    return frozenset(tokens[i] for i in idle) - said


def in_verb_place(text: str, table: IdleTable | None = None) -> frozenset[str]:
    """The words of a text (as `words` gives them) that stand where only a verb can, right after
    one of the table's `verb_place` ("why does it mattress how i sit": "mattress"). A noun there
    is autocorrect's word for a verb; the caller reads only the topics' words so."""
    table = table or idle_table()
    tokens = words(text)
    if not table.verb_place or {p[-1] for p in table.verb_place}.isdisjoint(tokens):
        return frozenset()
    return frozenset(
        tokens[at]
        for at in range(len(tokens))
        if any(at >= len(p) and tokens[at - len(p) : at] == p for p in table.verb_place)
    )
