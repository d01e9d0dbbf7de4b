"""What a question says in passing: lines quoted from someone else, and brackets of the asker's
story. A forum reply or an email quotes the post it answers ("> Have you tried stretching it
out?"), a line opening with ">": those are another's words, so the sentence that asks is read
from the asker's own lines (unless every line is quoted). In brackets: "I'm not asking how to fix it (I've got a physio
for that), I just want to understand why my back gets so stiff from sitting". A bracketed clause
that opens with a word of the asker's own story (intents.json "asides": "I've", "my", "she" ...)
tells the story; a thing it names is not what is asked, so no entry need mention it. A bracket
that opens otherwise ("is it worth seeing someone (a chiropractor or a physio)") may name what is
asked and is read as the rest of the sentence is. Pure: no I/O."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from backcare.engine.analyze import words
from backcare.lazyregex import lazy
from backcare.resources import expect_dict, expect_strings, read_shared_json

# a line quoted from another post or message: it opens with ">" (after any spaces)
_QUOTED = lazy(r"^[ \t]*>[ \t>]*(.*)$", re.MULTILINE)
# a sentence of a quoted line, and its stop
_QUOTED_SENTENCE = lazy(r"[^.!?]*[^.!?\s][^.!?]*[.!?]*")
# a sentence as the engine reads the text: up to its stops
_SENTENCE = lazy(r"[^.!?]+[.!?]*")
# a bracket's inside: round or square, not nested (a bracket left open names nothing aside)
_BRACKETED = lazy(r"\(([^()]*)\)|\[([^\[\]]*)\]")


@lru_cache(maxsize=1)
def aside_openers() -> frozenset[str]:
    """The words (as `words` gives them) that open a bracketed clause of the asker's story."""
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    asides = expect_dict(data.get("asides", {}), "intents.json: asides")
    return frozenset(
        w
        for o in expect_strings(asides.get("openers", []), "intents.json: asides: openers")
        for w in words(o)[:1]
    )


def aside_words(text: str, openers: Container[str], stopwords: Container[str]) -> frozenset[str]:
    """The words (as `words` gives them) a text names only inside brackets that open with one of
    `openers`; a word it says outside them too is not among them ("my back (my back's always
    been weak)"), unless a stop word, which says nothing of its own."""
    if "(" not in text and "[" not in text:
        return frozenset()
    inside: set[str] = set()
    for match in _BRACKETED.finditer(text):
        said = words(match[1] if match[1] is not None else match[2])
        if said and said[0] in openers:
            inside.update(said)
    if not inside:
        return frozenset()
    outside = {w for w in words(_BRACKETED.sub(" ", text)) if w not in stopwords}
    return frozenset(inside - outside)


def marked_quotes(text: str) -> str:
    """The text with each sentence of a line it quotes ("> ...") opening with ">" and ending with
    a stop, so the quote stays apart from the asker's words once lines are read as one (the
    engine reads a line break as a space): "> Have you tried heat? Worked for me" is
    "> Have you tried heat? > Worked for me.". Only for ranking: the red-flag check reads the
    text as typed."""
    if ">" not in text:
        return text
    return _QUOTED.sub(_marked, text)


def _marked(line: re.Match[str]) -> str:
    said = [s.strip() for s in _QUOTED_SENTENCE.findall(line[1])]
    return " ".join(f"> {s}" if s[-1] in ".!?" else f"> {s}." for s in said if s)


def unquoted(text: str) -> str:
    """The text without the sentences it quotes from someone else (those opening with ">", as
    marked_quotes marks them), unless that is all of it (a question pasted whole with its quote
    mark is still asked)."""
    if ">" not in text:
        return text
    own = "".join(s for s in _SENTENCE.findall(text) if not s.lstrip().startswith(">"))
    return own if own.strip() else text
