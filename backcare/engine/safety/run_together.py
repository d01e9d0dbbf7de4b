"""A message typed with no spaces, read as its words (safety101, issue #12, red flags 35:
"backpainandnowbothlegsnumbcantwalkright"). A phone's keyboard that missed every space, or a
person in a hurry, runs a whole message into one word; the reader then saw one unknown word and no
sign. A hashtag is already read as the fewest known words that make it up whole
(engine/escapes.py); a word with no "#" is read so only when it is long enough to be a phrase
rather than a compound word: at least RUN_LETTERS letters, all lower case or all capitals (a
CamelCase run is parted by escapes.py), no known word itself, and made up whole of at least
RUN_WORDS known words ("immunosuppressants", "breaststroke", "weightlifting" and the like are
compounds of two or three and stay as written).

Shorter runs are phone typing too when the message shows it (red flags 36: "backpain3days
nowcantfeelmy bum whensitting isthisbad"). A word of at least SHORT_RUN_LETTERS letters, no known
word itself, made up whole of at least three known words one of which is a small word
("nowcantfeelmy", "isthisbad") is a run on its own: a long word's pieces hold no "my" or "is"
("immuno suppress ants"). Beside such a run, a word made up of two known words ("whensitting",
"backpain") is read as them too; alone, "weightlifting" stays as written. A misspelt word
("numbnes", "incontinance") is no run of known words and is left to the typo reading. Letters
run into digits ("backpain3days") are parted from them.
Pure text in, text out."""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.lazyregex import lazy

RUN_LETTERS = 20  # the longest compounds of the sets' messages have 18 ("immunosuppressants")
RUN_WORDS = 4  # a compound word has two or three parts; a phrase run together has more
SHORT_RUN_LETTERS = 6  # "cantpee", "numbbum": shorter joins are mostly two short words of a kind
SHORT_RUN_WORDS = 3  # three known words whole: no English compound, a run
_RUN = lazy(rf"(?<![\w#@/.\\-])[^\W\d_]{{{RUN_LETTERS},}}(?![\w/.\\-])")
# a word of letters that may touch digits ("backpain3days"), but not a path, an address or a tag
_SHORT_RUN = lazy(rf"(?<![^\W\d_]|[#@/.\\-])[^\W\d_]{{{SHORT_RUN_LETTERS},}}(?![^\W\d_]|[/.\\-])")


def run_together_read(text: str) -> str:
    """The text with each run of words typed with no spaces read as those words."""
    if len(text) < SHORT_RUN_LETTERS:
        return text
    text = _RUN.sub(_parted, text)
    runs = [(found, _run_parts(found.group())) for found in _SHORT_RUN.finditer(text)]
    sure = [len(parts) >= SHORT_RUN_WORDS and _has_small_word(parts) for _, parts in runs]
    if not any(sure):
        return text
    read, at = [], 0
    for (found, parts), run in zip(runs, sure, strict=True):
        if run or len(parts) == 2:  # a two-word join beside a sure run is typed the same way
            start, end = found.span()
            read += [text[at:start], " " * text[start - 1 : start].isdigit(), " ".join(parts)]
            read.append(" " * text[end : end + 1].isdigit())
            at = end
    return "".join([*read, text[at:]])


def _run_parts(word: str) -> list[str]:
    """The known words that make `word` up whole, or [] for a known word, mixed case or none."""
    if not (word.islower() or word.isupper()):
        return []
    from backcare.engine.escapes import known_words, word_segments  # a run only

    lowered = word.lower()
    if lowered in known_words():
        return []
    return word_segments(lowered)


def _has_small_word(parts: list[str]) -> bool:
    """Whether a run holds a small word ("my", "is", "when"): a long word's pieces
    ("immuno suppress ants") hold none, a sentence typed without spaces nearly always does."""
    return not _small_words().isdisjoint(parts)


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    from backcare.resources import read_shared_json

    return frozenset(read_shared_json("safety_vocabulary.json")["stopwords"])


def _parted(found: re.Match[str]) -> str:
    word = found.group()
    parts = _run_parts(word)
    return " ".join(parts) if len(parts) >= RUN_WORDS else word
