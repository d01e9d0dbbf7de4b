"""The common English word list (data/english_words.txt), read by bisection: a typo's fixes, the
words a question names an entry's subject by, and the language verdicts' English words. Its own
module (re-exported by analyze) so that reading it needs neither the stemmer nor the analyzer."""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from backcare.resources import read_bytes


class SortedWords(Container[str]):
    """Membership in a file of ASCII words, one a line in byte order after its '#' comment lines
    (data/english_words.txt, kept so by tests/test_speed23.py), found by bisecting its bytes:
    no decoding or copying of 360 KB (~0.6 ms of a cold ask), and ~17 line comparisons a word
    instead of a 0.1-0.3 ms search of the text (speed23). Building a set of its 40,000 words
    costs about 10 ms, so a single ask never does; after SEARCHES words (a batch's) its lines
    become a set, each word then a hash lookup."""

    SEARCHES = 64  # about what building the set costs

    def __init__(self, data: bytes) -> None:
        self._data = data
        start = 0
        while data.startswith(b"#", start):
            start = data.find(b"\n", start) + 1 or len(data)
        self._start = start
        self._searches = 0
        self._lines: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        # a word out of ASCII is none of an ASCII file's lines
        if not isinstance(word, str) or not word or not word.isascii() or "\n" in word:
            return False
        if self._lines is not None:
            return word in self._lines
        self._searches += 1
        if self._searches >= self.SEARCHES:
            self._lines = frozenset(self._data[self._start :].decode("ascii").split("\n"))
        return self._bisect(word.encode("ascii"))

    def _bisect(self, word: bytes) -> bool:
        data = self._data
        low, high = self._start, len(data)  # each the start of a line (or the end)
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", low, middle) + 1 or low
            end = data.find(b"\n", middle, high)
            if end < 0:
                end = high
            line = data[start:end]
            if line == word:
                return True
            if line < word:
                low = end + 1
            else:
                high = start
        return False


@lru_cache(maxsize=1)
def common_words() -> SortedWords:
    """Common English words (data/english_words.txt): a typo's fixes, and the words a question
    names an entry's subject by."""
    return SortedWords(read_bytes("english_words.txt"))
