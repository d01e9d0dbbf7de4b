"""The red-flag phrase index's tables kept compact for the snapshot (issue 17, speed58): the
phrases by their first word's stem (`StemLists`), and each phrase's needs as text (`needs_text`),
read by reading.PhraseIndex. Pure: no I/O."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate, chain


class StemLists:
    """The phrases by their first word's stem (PhraseIndex._by_stem): `get` as a dict's. Kept
    as the stems (sorted) in one string and the phrase numbers in another, a character a number
    (chr(n)), with each row's length: the snapshot reads six objects, not a dict of ~3,100
    stems' lists of ~16,600 numbers (~13M instructions of every cold ask, issue 17), and checks
    the numbers' range with one regular expression, not a comparison a number. A question looks
    a few stems up by binary search; after LOOKUPS_BEFORE_DICT look-ups (a batch) the dict is
    made once."""

    LOOKUPS_BEFORE_DICT = 64

    def __init__(self, lists: Mapping[str, Sequence[int]]) -> None:
        keys = sorted(lists)
        rows = [lists[key] for key in keys]
        self._keys = "".join(keys)
        self._key_lengths = array("I", map(len, keys))
        self._numbers = "".join(map(chr, chain.from_iterable(rows)))  # in C: built every cold
        self._number_lengths = array("I", map(len, rows))  # ask without a snapshot
        self._found: dict[str, list[int]] = {}  # every stem's numbers, once looked up often
        self._reads = 0
        # each row's start in the stems and in the numbers: made when first looked up
        self._starts: tuple[list[int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self._key_lengths)

    def get(self, key: str, default: Sequence[int] = ()) -> Sequence[int]:
        """The numbers of the phrases whose first word has this stem, or `default`."""
        if self._found:
            return self._found.get(key, default)
        self._reads += 1
        if self._reads > self.LOOKUPS_BEFORE_DICT and len(self):
            self._found = dict(self.items())
            return self._found.get(key, default)
        keys, (key_starts, number_starts) = self._keys, self._laid()
        low, high = 0, len(self)
        while low < high:  # the first row whose stem is not below the key
            middle = (low + high) // 2
            if keys[key_starts[middle] : key_starts[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        if low == len(self) or keys[key_starts[low] : key_starts[low + 1]] != key:
            return default
        return list(map(ord, self._numbers[number_starts[low] : number_starts[low + 1]]))

    def items(self) -> Iterable[tuple[str, list[int]]]:
        keys, numbers = self._keys, self._numbers
        key_starts, number_starts = self._laid()
        for row in range(len(self)):
            yield (
                keys[key_starts[row] : key_starts[row + 1]],
                list(map(ord, numbers[number_starts[row] : number_starts[row + 1]])),
            )

    def _laid(self) -> tuple[list[int], list[int]]:
        if self._starts is None:
            self._starts = (
                list(accumulate(self._key_lengths, initial=0)),
                list(accumulate(self._number_lengths, initial=0)),
            )
        return self._starts


# a phrase's needs as text: its groups apart by a space, a group's stems by "|" (sorted, so the
# text of equal needs is the same); a phrase's words are split on both, so no stem holds either
NEEDS_GROUPS = " "
NEEDS_STEMS = "|"


def needs_text(needs: tuple[frozenset[str], ...]) -> str | None:
    """`needs` as text (read by PhraseIndex._text_mask), or None when a stem holds a separator
    or is empty, or a group is empty (the text could not be read back the same)."""
    stems = [s for group in needs for s in group]
    if any(NEEDS_GROUPS in s or NEEDS_STEMS in s or not s for s in stems) or not all(needs):
        return None
    return NEEDS_GROUPS.join(NEEDS_STEMS.join(sorted(group)) for group in needs)
