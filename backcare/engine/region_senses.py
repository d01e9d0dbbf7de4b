"""A body word in another language's sense: a literal translation names the lower back by the
kidneys ("The kidneys are hurting me from sitting all day", Spanish "me duelen los riñones"). Such
a word (data/region_senses.json) is read as the region it names there when the message names that
region by no word of its own: "is my back pain actually coming from my kidneys" sets the organ
against the back and keeps it (a near-domain question). Pure: the pack and the lexicon are read
through the callables given; the red-flag check reads the message as typed, not this reading."""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from functools import lru_cache

from backcare.engine.split_words import WORD, spliced
from backcare.resources import expect_dict, folded_word_map, read_json


@lru_cache(maxsize=1)
def region_senses() -> Mapping[str, str]:
    """Each word (lower case) read as a region in another language's sense, with the region."""
    data = expect_dict(read_json("region_senses.json"), "region_senses.json")
    table = expect_dict(data.get("senses", {}), "region_senses.json: senses")
    return folded_word_map(table, str.isalpha, str.strip)


@lru_cache(maxsize=1)
def organ_words() -> frozenset[str]:
    """Words that make a message speak of the organ itself ("failing", "transplant", "only")."""
    data = expect_dict(read_json("region_senses.json"), "region_senses.json")
    words = data.get("organ_words", [])
    if not isinstance(words, list):
        return frozenset()
    return frozenset(w.casefold() for w in words if isinstance(w, str))


def region_words(
    text: str,
    table: Mapping[str, str],
    names: Callable[[str, str], bool],
    known: Callable[[str], bool],
    organ: Container[str] = frozenset(),
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each word of `table` written as the region it stands for, when no word of
    the text already names that region (`names(word, region)`) nor speaks of the organ itself
    (`organ`: "my kidneys are failing"), and the pack knows the region's words (`known`), and the
    (as typed, meant) pairs read."""
    if not table:
        return text, ()
    found = [(m, table.get(m[0].casefold())) for m in WORD.finditer(text)]
    meant_here = {meant for _, meant in found if meant is not None}
    if not meant_here:
        return text, ()
    said = [m[0].casefold() for m, meant in found if meant is None]
    if any(w in organ for w in said):
        return text, ()
    reads = [
        (match.start(), match.end(), match[0], meant)
        for match, meant in found
        if meant is not None
        and all(known(w) for w in meant.split())
        and not any(names(w, meant) for w in said)
    ]
    return spliced(text, reads)
