"""Whether a question reads as English: backcare reads only English, its red-flag check too.

A message in another language ("moj maz nie czuje nog i nie moze siusiac") got the generic "no
confident match" reply, and its writer was never told that nothing in it was read (newcomer18
F8). Cheap and from data, with no language model: a question of at least MIN_WORDS words of
letters, fewer than ENGLISH_SHARE of which are English words (data/english_words.txt, with its
the lexicon's medical terms), does not read as English. An English message with a
few words of another language ("plecy bola, my back pain very strong") still reads as English,
and so do short questions, typos and medical terms (a two-word query is never judged).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import lru_cache

MIN_WORDS = 3
_INVISIBLE = frozenset({"Cf", "Mn", "Me"})  # format and combining marks (accents: see _plain)
ENGLISH_SHARE = 0.5
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _plain(word: str) -> str:
    """A word casefolded, its accents dropped: "mąż" is looked up as "maz"."""
    folded = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("ł", "l")


@lru_cache(maxsize=1)
def _medical_words() -> frozenset[str]:
    """Every word the lexicon (data/lexicon.json) lists, in its synonym groups, topics, regions
    and idioms: medical terms the common word list lacks ("laminectomy", "erector")."""
    from backcare.engine.analyze import _lexicon

    words: set[str] = set()
    pending: list[object] = [v for k, v in _lexicon().items() if not k.startswith("about")]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            words.update(_plain(w) for w in _WORD.findall(item))
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
    return frozenset(words)


def reads_as_english(text: str, known: Container[str] = frozenset()) -> bool:
    """Whether `text` reads as English (or is too short to tell); `known`: more words (casefolded)
    to count as English (those the engine corrected to a pack's words: typos)."""
    from backcare.engine.analyze import common_words

    medical = _medical_words()
    from backcare.engine.lookalikes import read_as_latin

    # look-alike letters of another script inside Latin words ("CАNT FЕЕL", Cyrillic А and Е)
    # read as the Latin letters they look like, as the red-flag check reads them
    # invisible characters inside a word ("ca\u034fnt", a zero-width space) do not split it
    text = "".join(c for c in read_as_latin(text) if unicodedata.category(c) not in _INVISIBLE)
    raw_words = [w.casefold() for w in _WORD.findall(text) if len(w) > 1]
    words = [_plain(w) for w in raw_words]  # "i", "a" and a stray letter tell nothing
    if len(words) < MIN_WORDS:
        return True
    english = common_words()
    found = sum(
        1
        for raw, w in zip(raw_words, words, strict=True)
        if w in english or w.replace("'", "") in english or w in medical or raw in known
    )
    return found >= ENGLISH_SHARE * len(words)
