"""Tables a question reads a few entries of, kept as one sorted text for the snapshot (issue 17,
speed59): the red-flag vocabulary's words (`WordRows`, ~5,000) and the analyzer's phrase
expansions (`PhraseRows`, ~900 phrases, ~19,000 terms). Unmarshalling them as a frozenset and a
dict of tuples made every one of those objects on every cold start (~6M and ~10M instructions of
a calm ask's ~417M) for the handful a question looks up; a text is one object. A look-up is a
binary search over the text's lines (str.rfind / str.find in C); after LOOKUPS_BEFORE_TABLE
look-ups (a batch) the set or dict is made once, and later look-ups are its. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

ROW = "\n"  # ends every line of the text
FIELD = "\t"  # parts a line: a phrase's key, then its terms
STEMS = " "  # parts a phrase's key: its stems

LOOKUPS_BEFORE_TABLE = 64


def _line(text: str, key: str, keyed: bool) -> tuple[int, int] | None:
    """The start and end of the line whose key is `key` in `text` (lines sorted by their key,
    each ended by ROW; a line's key is all of it, or up to its first FIELD when `keyed`)."""
    low, high = 0, len(text)  # both at a line's start (or the end)
    while low < high:
        middle = (low + high) // 2
        start = text.rfind(ROW, 0, middle) + 1
        end = text.find(ROW, middle)
        cut = text.find(FIELD, start, end) if keyed else -1
        found = text[start : end if cut < 0 else cut]
        if found < key:
            low = end + 1
        elif found > key:
            high = start
        else:
            return start, end
    return None


class WordRows:
    """A set of words, none holding ROW: `in`, iteration (sorted) and `len` as a frozenset's."""

    def __init__(self, words: Iterable[str]) -> None:
        kept = sorted(set(words))
        if any(ROW in word for word in kept):
            raise ValueError("a word holds a line break")
        self._text = "".join(word + ROW for word in kept)
        self._reads = 0
        self._set: frozenset[str] | None = None  # made after many look-ups

    def __contains__(self, word: object) -> bool:
        if self._set is not None:
            return word in self._set
        if type(word) is not str:
            return False
        self._reads += 1
        if self._reads > LOOKUPS_BEFORE_TABLE:
            self._set = frozenset(self)
            return word in self._set
        return ROW not in word and _line(self._text, word, False) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._text.split(ROW)[:-1])

    def __len__(self) -> int:
        return self._text.count(ROW)

    def laid_out(self) -> bool:
        """Whether the text is lines (empty, or ending with ROW: a binary search then always
        ends) and none was looked up yet: the snapshot's check. The lines' order is not checked
        (unsorted lines miss some look-ups, as a changed phrase would: a crafted file is outside
        what the checks can find), nor counted (~1M instructions for the expansions' text)."""
        text = self._text
        return (not text or text[-1] == ROW) and self._reads == 0 and self._set is None


class PhraseRows:
    """A dict of phrases (tuples of stems) to their terms (a tuple of strings): `in`, `[]` and
    `get` as the dict's. A phrase whose stems cannot be told apart in the text (an empty stem, a
    separator in one, a separator in a term) keeps the whole dict, as given."""

    def __init__(self, rows: Mapping[tuple[str, ...], tuple[str, ...]]) -> None:
        stems = [s for key in rows for s in key]
        terms = [t for value in rows.values() for t in value]
        laid = all(s and FIELD not in s and ROW not in s and STEMS not in s for s in stems)
        laid = laid and all(FIELD not in t and ROW not in t for t in terms)
        lines = sorted((STEMS.join(key), FIELD.join(("", *value))) for key, value in rows.items())
        self._text = "".join(key + value + ROW for key, value in lines) if laid else ""
        self._reads = 0
        # every phrase's terms: made after many look-ups, or at once when the text cannot hold them
        self._found: dict[tuple[str, ...], tuple[str, ...]] | None = None if laid else dict(rows)

    def get(self, key: tuple[str, ...], default: Sequence[str] = ()) -> Sequence[str]:
        if self._found is not None:
            return self._found.get(key, default)
        self._reads += 1
        if self._reads > LOOKUPS_BEFORE_TABLE:
            self._found = dict(self.items())
            return self._found.get(key, default)
        if type(key) is not tuple or not all(type(s) is str for s in key):
            return default
        if any(not s or FIELD in s or ROW in s or STEMS in s for s in key):
            return default  # no such phrase is laid out in the text
        place = _line(self._text, STEMS.join(key), True)
        if place is None:
            return default
        return self._terms(*place)

    def __contains__(self, key: object) -> bool:
        return self.get(key, _MISSING) is not _MISSING  # type: ignore[arg-type]

    def __getitem__(self, key: tuple[str, ...]) -> tuple[str, ...]:
        found = self.get(key, _MISSING)
        if found is _MISSING:
            raise KeyError(key)
        return tuple(found)

    def __len__(self) -> int:
        return len(self._found) if self._found is not None else self._text.count(ROW)

    def items(self) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
        if self._found is not None:
            yield from self._found.items()
            return
        text, start = self._text, 0
        while start < len(text):
            end = text.index(ROW, start)
            cut = text.find(FIELD, start, end)
            key = text[start : end if cut < 0 else cut]
            yield tuple(key.split(STEMS)) if key else (), self._terms(start, end)
            start = end + 1

    def _terms(self, start: int, end: int) -> tuple[str, ...]:
        cut = self._text.find(FIELD, start, end)
        return () if cut < 0 else tuple(self._text[cut + 1 : end].split(FIELD))

    def laid_out(self) -> bool:
        """Whether the text is lines and none was looked up yet (as WordRows.laid_out)."""
        text = self._text
        return (not text or text[-1] == ROW) and self._reads == 0 and self._found is None


_MISSING: tuple[str, ...] = ("<missing>",)  # a default no look-up returns (compared by identity)
