"""Words heard as others: speech-to-text writes a word it heard as another word that sounds the
same ("the greatest caws of muscle atrophy", "lower back pane", "pulled a mussel"). A word of a
question that neither the pack nor the lexicon knows, nor takes for a typo, and that sounds like a
word the pack knows (intents.json "dictation": "heard_as") is read as that word. Only a word the
pack does not know is read so: a pack about windows keeps its panes. Pure: the pack is read
through the callables given."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache

from backcare.engine.split_words import WORD, spliced
from backcare.resources import expect_dict, folded_word_map, read_shared_json


@lru_cache(maxsize=1)
def heard_as() -> Mapping[str, str]:
    """Each word speech-to-text writes for another, lower-cased, with the word meant."""
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    dictation = expect_dict(data.get("dictation", {}), "intents.json: dictation")
    table = expect_dict(dictation.get("heard_as", {}), "intents.json: dictation: heard_as")
    return folded_word_map(table, str.isalpha, str.isalpha)


def heard_words(
    text: str,
    table: Mapping[str, str],
    unknown: Callable[[str], bool],
    known: Callable[[str], bool],
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each word of `table` that the pack does not know (`unknown`) written as the
    word meant, when the pack knows that one (`known`), and the (as typed, meant) pairs read."""
    if not table:
        return text, ()
    reads = []
    for match in WORD.finditer(text):
        typed = match[0]
        meant = table.get(typed.casefold())
        if meant is not None and unknown(typed.casefold()) and known(meant):
            reads.append((match.start(), match.end(), typed, meant))
    return spliced(text, reads)
