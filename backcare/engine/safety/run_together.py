"""A message typed with no spaces, read as its words (safety101, issue #12, red flags 35:
"backpainandnowbothlegsnumbcantwalkright"). A phone's keyboard that missed every space, or a
person in a hurry, runs a whole message into one word; the reader then saw one unknown word and no
sign. A hashtag is already read as the fewest known words that make it up whole
(engine/escapes.py); a word with no "#" is read so only when it is long enough to be a phrase
rather than a compound word: at least RUN_LETTERS letters, all lower case or all capitals (a
CamelCase run is parted by escapes.py), no known word itself, and made up whole of at least
RUN_WORDS known words ("immunosuppressants", "breaststroke", "weightlifting" and the like are
compounds of two or three and stay as written). Pure text in, text out."""

from __future__ import annotations

import re

from backcare.lazyregex import lazy

RUN_LETTERS = 20  # the longest compounds of the sets' messages have 18 ("immunosuppressants")
RUN_WORDS = 4  # a compound word has two or three parts; a phrase run together has more
_RUN = lazy(rf"(?<![\w#@/.\\-])[^\W\d_]{{{RUN_LETTERS},}}(?![\w/.\\-])")


def run_together_read(text: str) -> str:
    """The text with each long run of words typed with no spaces read as those words."""
    if len(text) < RUN_LETTERS:
        return text
    return _RUN.sub(_parted, text)


def _parted(found: re.Match[str]) -> str:
    word = found.group()
    if not (word.islower() or word.isupper()):
        return word
    from backcare.engine.escapes import known_words, word_segments  # a long run only

    lowered = word.lower()
    if lowered in known_words():
        return word
    parts = word_segments(lowered)
    return " ".join(parts) if len(parts) >= RUN_WORDS else word
