"""What both top-k paths share (backcare.engine.topk, and batchtopk in numpy for batches): the
scoring term, the dense bounds' unit and field, and the cut. Pure: no I/O."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from math import ceil

from backcare.namedtuple import NamedTuple

FIRST_DEPTH = 256  # postings of each term read before the first check
QUANT = 4095  # a dense bound's unit: 1/QUANT of the term's factor (12 bits of a 32-bit field)
_FIELD_BITS = 32  # one unsigned 32-bit field per entry; the sums stay below 2 ** 31
_TOP = 1 << (_FIELD_BITS - 1)
BOUND_SLACK = 1e-6  # relative: q, the weights and the scores are rounded in floats


class Term(NamedTuple):
    """One alternative of one concept: its BM25F factor (idf x weight x (k1 + 1)) and postings."""

    factor: float
    docs: array[int]  # doc order
    tfs: array[float]
    impact_docs: array[int]  # impact order (tf descending)
    impact_tfs: array[float]
    dense: bytes | None = None  # `dense_bounds` of the postings (kept for common terms), or None


def _cut(theta: int, slack: int) -> int:
    """The least upper bound an entry needs to possibly reach the top k (floats' rounding allowed)."""
    return theta - slack - ceil(theta * BOUND_SLACK) - 1


def merged_terms(concepts: Sequence[Sequence[Term]]) -> list[tuple[float, Term]]:
    """Each distinct term (by its postings) with its factors summed: a term in two concepts counts
    with both."""
    merged: dict[int, tuple[float, Term]] = {}
    for terms in concepts:
        for t in terms:
            key = id(t.docs)
            merged[key] = ((merged[key][0] if key in merged else 0.0) + t.factor, t)
    return list(merged.values())
