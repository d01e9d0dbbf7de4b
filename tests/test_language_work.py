"""engine/language.py's verdict does the same with less work (speed27): the lexicon's medical
words are gathered only for a message that does not read as English by the English list alone,
and a casefolded ASCII word is made plain without Unicode normalisation."""

from __future__ import annotations

import re
import unicodedata

import pytest

from backcare.engine import language
from backcare.engine.analyze import _lexicon


@pytest.mark.parametrize(
    "text",
    [
        "stiff back after sitting",
        "stiff bakc aftr siting",  # two typos not corrected: still two English words of four
        "my back hurts when I bend over",
    ],
)
def test_english_by_the_list_gathers_no_lexicon(text: str) -> None:
    language._medical_words.cache_clear()
    assert language.reads_as_english(text)
    assert language._medical_words.cache_info().misses == 0


def test_lexicon_words_still_count() -> None:
    # "laminectomy", "erector": lexicon terms the English list lacks
    language._medical_words.cache_clear()
    assert {"laminectomy", "erector"} <= language._medical_words()
    assert language.reads_as_english("laminectomy erector laminectomy erector qqxv")
    assert not language.reads_as_english("zzqv xxwq laminectomy qqzt")


def _old_plain(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("ł", "l")


@pytest.mark.parametrize(
    "word", ["Back", "it’s", "mąż", "Łódź", "STRASSE", "Straße", "ﬁx", "İstanbul", "café", "x'y"]
)
def test_plain_as_before(word: str) -> None:
    assert language._plain(word) == _old_plain(word)


def test_medical_words_as_before() -> None:
    words: set[str] = set()
    pending: list[object] = [v for k, v in _lexicon().items() if not k.startswith("about")]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            words.update(_old_plain(w) for w in re.findall(language._WORD.pattern, item))
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
    language._medical_words.cache_clear()
    assert language._medical_words() == frozenset(words)
