"""Sentences a dictated question says without stops: speech-to-text writes no full stops, but the
speaker's fillers ("um", "erm"; intents.json "dictation") fall where a sentence ends or a thought
turns: "how long does a stiff back last um I think I pulled something on the weekend" asks how
long a stiff back lasts, and what follows the filler is its story. Read only in a text with no
sentence stop at all: a typed question's "um" is a pause inside its sentence. Pure: no I/O."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from backcare.engine.analyze import words
from backcare.engine.split_words import WORD
from backcare.resources import expect_dict, expect_strings, read_shared_json

_STOP = re.compile(r"[.!?\n]")


@lru_cache(maxsize=1)
def fillers() -> frozenset[str]:
    """The spoken fillers (as `words` gives them) that part a dictated text's sentences."""
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    dictation = expect_dict(data.get("dictation", {}), "intents.json: dictation")
    return frozenset(
        w
        for f in expect_strings(dictation.get("fillers", []), "intents.json: dictation: fillers")
        for w in words(f)[:1]
    )


def spoken_sentences(text: str, spoken: Container[str]) -> list[str]:
    """The sentences of a text with no sentence stop, parted at its fillers (the fillers left
    out); [] when it has a stop or no filler between two of its words."""
    if _STOP.search(text):
        return []
    parts: list[str] = []
    at = 0
    for match in WORD.finditer(text):
        if words(match[0])[:1] and words(match[0])[0] in spoken:
            parts.append(text[at : match.start()])
            at = match.end()
    if not parts:
        return []
    parts.append(text[at:])
    sentences = [p.strip(" ,;:-") for p in parts if words(p)]
    return sentences if len(sentences) >= 2 else []
