"""Element-wise min and max of equal-length arrays, done on each array's bytes as one integer.

A lexicon phrase's postings are the entries holding all its words, each at its words' lowest tf
and strongest field (candidates._all_of). With two common words on a 200,000-entry pack that was
`map(min, ...)` and `map(max, ...)` over ~40,000 pairs: a Python call per pair, ~20 ms of a
cold ask (issue 17). Read as one big integer, the arrays' elements are lanes of 8 x itemsize
bits, and Python's integer arithmetic compares every lane at once ("SIMD within a register"):
with each lane's top bit clear, `(a | H) - b` borrows from no other lane, and its top bit says
whether a >= b there.

Exact only where integer order is the value order and equal values have equal bytes: unsigned
bytes below 128, and floats that are non-negative and not NaN (IEEE 754's bit patterns then sort
as the values do; -0.0, the only equal value with other bytes, has the top bit set). Anything
else returns None, and the caller does it element by element.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence

_ORDER = sys.byteorder  # each lane is then the element's own integer value
_NAN_FLOOR = 0x7F800001  # the lowest bit pattern of a (positive) float32 NaN


def lanes_min(parts: Sequence[array[float]]) -> array[float] | None:
    """array('f') of each position's min over `parts` (as `map(min, *parts)` gives it), or None
    when a value is negative, -0.0 or NaN (or the arrays are not float32 of equal lengths)."""
    return _fold(parts, "f", smaller=True)


def lanes_max(parts: Sequence[array[int]]) -> array[int] | None:
    """array('B') of each position's max over `parts` (as `map(max, *parts)`), or None when a
    value is 128 or more (or the arrays are not bytes of equal lengths)."""
    return _fold(parts, "B", smaller=False)


def bounds_min(parts: Sequence[bytes]) -> bytes | None:
    """Each 32-bit field's min over `parts` (dense bounds: arrays of "I" as bytes, topk.py), or
    None when a field has its top bit set (or the lengths differ, or are not whole fields)."""
    tables = []
    for part in parts:
        table = array("I")
        if len(part) % table.itemsize:
            return None
        table.frombytes(part)
        tables.append(table)
    found = _fold(tables, "I", smaller=True)
    return None if found is None else found.tobytes()


def _fold(parts: Sequence[array], typecode: str, *, smaller: bool) -> array | None:  # type: ignore[type-arg]
    if not parts or any(p.typecode != typecode or len(p) != len(parts[0]) for p in parts):
        return None
    count = len(parts[0])
    width = 8 * parts[0].itemsize
    top = int.from_bytes((1 << (width - 1)).to_bytes(width // 8, _ORDER) * count, _ORDER)
    floor = int.from_bytes(_NAN_FLOOR.to_bytes(4, _ORDER) * count, _ORDER) if typecode == "f" else 0
    values = []
    for part in parts:
        value = int.from_bytes(part.tobytes(), _ORDER)
        if value & top:  # a negative float (or -0.0), or a byte of 128 or more
            return None
        if floor and ((value | top) - floor) & top:  # a lane at or above NaN's lowest pattern
            return None
        values.append(value)
    found = values[0]
    for value in values[1:]:
        # top bit of each lane: found >= value there (min keeps value), value >= found (max)
        at_least = ((found | top) - value if smaller else (value | top) - found) & top
        # those lanes' low bits all ones, the rest zeros (each top bit less one borrows from no
        # other lane; the top bits themselves are clear in both values): a shift and a
        # subtraction, not a multiplication of the whole integer by a lane of ones
        take = at_least - (at_least >> (width - 1))
        found ^= (found ^ value) & take
    joined = array(typecode)
    joined.frombytes(found.to_bytes(count * parts[0].itemsize, _ORDER))
    return joined
