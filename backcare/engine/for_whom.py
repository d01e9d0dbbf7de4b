"""Who a question is for, told by a word between a possessive and a person: "How can my elderly
mum relieve tight back muscles at home?", "what helps my overweight husband's stiff back". The word
describes the person the asker asks for, as "My mum is 78. What helps her back?" does in a
sentence of its own: no topic asked, so no entry need mention it. Said of the thing asked ("is
heat safe for an elderly back", "does being overweight make my back stiff") it is still asked.
data/intents.json "for_whom" holds the words. Pure: no I/O."""

from __future__ import annotations

from functools import lru_cache

from backcare.engine.analyze import words
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, expect_strings, read_shared_json

DESCRIBING = 2  # words between the possessive and the person ("my frail elderly mum")


class ForWhom(NamedTuple):
    possessives: frozenset[str]
    people: frozenset[str]  # as `words` gives them; a possessive "'s" is read off


@lru_cache(maxsize=1)
def for_whom_words() -> ForWhom:
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    found = expect_dict(data.get("for_whom", {}), "intents.json: for_whom")

    def listed(key: str) -> frozenset[str]:
        said = expect_strings(found.get(key, []), f"intents.json: for_whom: {key}")
        return frozenset(w for s in said for w in words(s)[:1])

    return ForWhom(listed("possessives"), listed("people"))


def describing_words(text: str, said: ForWhom | None = None) -> frozenset[str]:
    """The words (as `words` gives them) that stand between a possessive and a person it names
    ("elderly" of "my elderly mum"), when the text says them nowhere else."""
    said = said if said is not None else for_whom_words()
    tokens = words(text)
    between: set[str] = set()
    for i, token in enumerate(tokens):
        if token not in said.possessives:
            continue
        for size in range(1, DESCRIBING + 1):
            end = i + 1 + size
            if end < len(tokens) and tokens[end].removesuffix("'s") in said.people:
                between.update(tokens[i + 1 : end])
                break
    if not between:
        return frozenset()
    # a word said elsewhere too may be asked there ("my elderly mum ... is it normal when elderly")
    return frozenset(w for w in between if tokens.count(w) == 1)
