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
nowcantfeelmy bum whensitting isthisbad"): when at least SHORT_RUNS words of SHORT_RUN_LETTERS
letters or more, and at least one word in SHORT_RUN_SHARE, are each no known word and made up
whole of known words (real words or small ones, no two-letter scraps), each is read as its
words. A few such words in a longer message are far more often names the word list lacks
("warfarin" as "war far in", "rotator" as "rot at or", "discitis" as "disc it is") than phone
typing, and stay as written, as misspelt words do ("numbnes" is made of no known words).
Letters run into digits ("backpain3days") are parted from them.
Pure text in, text out."""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.lazyregex import lazy

RUN_LETTERS = 20  # the longest compounds of the sets' messages have 18 ("immunosuppressants")
RUN_WORDS = 4  # a compound word has two or three parts; a phrase run together has more
SHORT_RUN_LETTERS = 6  # "cantpee", "numbbum": shorter joins are mostly two short words of a kind
SHORT_RUNS = 3  # words typed without spaces in one message: phone typing, not a drug's name
SHORT_RUN_SHARE = 3  # ... and at least one word in three: a long story's jargon is no typing
RUN_MEMO = 4096  # words whose cut into known words is kept (_run_parts)
MEMO_LETTERS = 40  # ... each of at most this many letters
_RUN = lazy(rf"(?<![\w#@/.\\-])[^\W\d_]{{{RUN_LETTERS},}}(?![\w/.\\-])")
# a word of letters that may touch digits ("backpain3days"), but not a path, an address or a tag
_SHORT_RUN = lazy(rf"(?<![^\W\d_]|[#@/.\\-])[^\W\d_]{{{SHORT_RUN_LETTERS},}}(?![^\W\d_]|[/.\\-])")


def run_together_read(text: str) -> str:
    """The text with each run of words typed with no spaces read as those words."""
    if len(text) < SHORT_RUN_LETTERS:
        return text
    # a run of letters holds no space: only a part of the text between spaces can hold one, and
    # such a part of n characters at most (n + 1) // (SHORT_RUN_LETTERS + 1) short runs (each
    # parted from the next by a character that is no letter). Most questions hold too few
    # long parts for either reading, seen without a scan by the patterns (issue 17)
    parts = text.split()
    if any(len(part) >= RUN_LETTERS for part in parts):
        text = _RUN.sub(_parted, text)
        parts = text.split()
    enough = max(SHORT_RUNS, len(parts) / SHORT_RUN_SHARE)
    if sum((len(part) + 1) // (SHORT_RUN_LETTERS + 1) for part in parts) < enough:
        return text
    # counted before any word is looked up: the word list is read only for a message that could
    # be typing (a cold ask of "stiff back after sitting" reads no list at all: tests/test_startup)
    if sum(1 for _ in _SHORT_RUN.finditer(text)) < enough:
        return text
    runs = [found for found in _SHORT_RUN.finditer(text) if _joined_words(found.group())]
    if len(runs) < enough:
        return text
    read, at = [], 0
    for found in runs:
        start, end = found.span()
        read += [text[at:start], " " * text[start - 1 : start].isdigit()]
        read += [" ".join(_joined_words(found.group())), " " * text[end : end + 1].isdigit()]
        at = end
    return "".join([*read, text[at:]])


def _run_parts(word: str) -> tuple[str, ...]:
    """The known words that make `word` up whole, or () for a known word, mixed case or none."""
    # a batch's messages share their long words ("please", "question", and names the word list
    # lacks: "erector", "spinae"), each cut into words again before (issue 17); a word is kept
    # up to MEMO_LETTERS letters, so a pasted run of a million letters is not held
    return _memo_parts(word) if len(word) <= MEMO_LETTERS else _parts(word)


def _parts(word: str) -> tuple[str, ...]:
    if not (word.islower() or word.isupper()):
        return ()
    from backcare.engine.escapes import known_words, word_segments  # a run only

    lowered = word.lower()
    if lowered in known_words():
        return ()
    return tuple(word_segments(lowered))


_memo_parts = lru_cache(maxsize=RUN_MEMO)(_parts)


def _joined_words(word: str) -> tuple[str, ...]:
    """The words a word is typed from with no spaces, or (): real words of three letters or
    more and small words ("my", "is"), never scraps of two letters the word list happens to hold
    ("pal li at ive" for "palliative")."""
    parts = _run_parts(word)
    small = _small_words()
    if len(parts) < 2 or not all(len(part) >= 3 or part in small for part in parts):
        return ()
    return parts


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    from backcare.resources import read_shared_json

    return frozenset(read_shared_json("safety_vocabulary.json")["stopwords"])


def _parted(found: re.Match[str]) -> str:
    word = found.group()
    parts = _run_parts(word)
    return " ".join(parts) if len(parts) >= RUN_WORDS else word
