"""A large pack's BM25F postings built in bulk with numpy: the same postings `IndexBuilder.add`
makes entry by entry, and the same index rows, to the byte. Pure: no I/O.

Adding a 50,000-entry pack's 1.6 million postings one Python step each cost 1.4-1.7 s, and sorting
them by impact and scattering the dense bounds another 0.6 s (docs/benchmarks.md). Here every
step is one numpy call over all postings. numpy costs 60-100 ms to import, so only the persistent
index's build (backcare.store.sqlite) imports this module, never a cold ask of an indexed pack
or of a small pack built in memory (tests/test_startup.py guards that).

Why the floats are the same: an entry's share of a term in a field is computed with the same
operations in the same order (weight x count / (1 - B + B x length / average), in float64), and its
tf sums those shares field by field in FIELDS order, as `IndexBuilder.add` does (x + 0.0 is x, so
starting from zeros changes nothing); the tf is then rounded to float32 as `array("f")` does. Impact
order is a stable sort on the float32 tf, descending; dense bounds are ceil(QUANT x tf / (k1 + tf))
in float64, as `topk.dense_bounds`. tests/test_store_build.py compares both ways' rows.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from itertools import chain, pairwise

import numpy as np

from backcare.engine.index import _COVER_FALLS, FIELDS, IndexBuilder, Packed
from backcare.engine.topk import QUANT
from backcare.engine.tuning import B
from backcare.namedtuple import NamedTuple

RADIX_SPAN = 1 << 16  # term numbers a stable sort orders as 16-bit numbers (see `_columns_of`)
CHUNK = 1 << 19  # terms found per step of `columns`: bounds numpy's temporaries (~40 bytes each)
_TERM_NUMBER = np.dtype(f"u{array('I').itemsize}")  # a packed record's items (array "I")


class Columns(NamedTuple):
    """Every term's postings, grouped by term (in term-number order), docs ascending in a group."""

    terms: list[int]  # the term number of each group
    bounds: list[int]  # group g is postings[bounds[g] : bounds[g + 1]]
    docs: np.ndarray  # uint32, as array("I")
    tfs: np.ndarray  # float32, as array("f")
    fields: np.ndarray  # uint8, as array("B"): the first field (FIELDS order) holding the term


def pack_columns(
    builder: IndexBuilder, packed: Sequence[Packed], chunk: int = CHUNK
) -> Columns | None:
    """The postings of a pack's records (`analyse_pack`), or None where `IndexBuilder.add` must
    make them: when a field's cover value rises above an earlier field's (not so in tuning.py),
    a term's cover is not simply its first field."""
    if not _COVER_FALLS:
        return None
    return columns(packed, builder.averages, builder.weights, chunk)


def columns(
    packed: Sequence[Packed],
    average: Sequence[float],
    weights: Sequence[float],
    chunk: int = CHUNK,
) -> Columns:
    """The postings `IndexBuilder.add` would make of these records (fields' average lengths and
    weights in FIELDS order), when a term's cover is the first field it is found in (the fields'
    cover values never rise: `index._COVER_FALLS`). Made for a range of term numbers at a time,
    about `chunk` terms found per range (a term's postings are never split), so that the sort's
    temporaries stay small: 9 million terms are found in a 200,000-entry pack."""
    count = len(FIELDS)
    size = len(packed)
    record_lengths = np.fromiter((len(r[0]) for r in packed), np.int64, size)
    whole = array("I")  # the records end to end (no list of copies to join: 37 MB at 200k)
    for record in packed:
        whole.extend(record[0])
    flat = np.frombuffer(whole, _TERM_NUMBER)
    starts = np.zeros(size, np.int64)
    np.cumsum(record_lengths[:-1], out=starts[1:])
    heads = (starts[:, None] + np.arange(count)).ravel()
    lengths = flat[heads].astype(np.int64).reshape(size, count)  # each entry's field lengths
    is_term = np.ones(len(flat), bool)
    is_term[heads] = False
    numbers = flat[is_term]  # every term found, entry by entry and field by field as they came
    del flat, is_term, whole
    docs_of = np.repeat(np.arange(size, dtype=np.int32), lengths.sum(axis=1))
    fields_of = np.repeat(np.tile(np.arange(count, dtype=np.uint8), size), lengths.ravel())
    # each entry's norm per field: 1 - B + B x length / average, the operations of `_share`
    norms = (1 - B) + B * lengths / np.asarray(average, np.float64)
    factors = np.asarray(weights, np.float64)
    # term-number ranges of about `chunk` terms found each
    per_term = np.cumsum(np.bincount(numbers)) if len(numbers) else np.zeros(0, np.int64)
    ends = np.unique(np.searchsorted(per_term, np.arange(chunk, len(numbers), chunk)))
    ranges = pairwise([0, *(ends + 1).tolist(), len(per_term)])
    parts = []
    for low, high in ranges:
        if low >= high:
            continue
        chosen = np.flatnonzero((numbers >= low) & (numbers < high))
        parts.append(
            _columns_of(numbers[chosen], docs_of[chosen], fields_of[chosen], size, norms, factors)
        )
        del chosen
    del numbers, docs_of, fields_of  # before the parts are joined (each posting then twice)
    if not parts:
        return Columns(
            [], [0], np.zeros(0, np.uint32), np.zeros(0, np.float32), np.zeros(0, np.uint8)
        )
    terms: list[int] = []
    bounds: list[int] = [0]
    for part in parts:
        base = bounds[-1]
        terms += part.terms
        bounds += [base + at for at in part.bounds[1:]]
    return Columns(
        terms,
        bounds,
        np.concatenate([part.docs for part in parts]),
        np.concatenate([part.tfs for part in parts]),
        np.concatenate([part.fields for part in parts]),
    )


def _columns_of(
    numbers: np.ndarray,
    docs_of: np.ndarray,
    fields_of: np.ndarray,
    size: int,
    norms: np.ndarray,
    factors: np.ndarray,
) -> Columns:
    """`columns` of some terms found (their term numbers, entries and fields, as they came)."""
    count = len(FIELDS)
    # one key per term found: term, then entry, then field; built in place
    key = numbers.astype(np.int64)
    key *= size
    key += docs_of
    key *= count
    key += fields_of
    if len(numbers) and int(numbers.max()) - int(numbers.min()) < RADIX_SPAN:
        # the terms found come in entry then field order, so ordering them by term number alone,
        # keeping that order among equals, orders the keys: a stable sort of 16-bit numbers is a
        # radix sort, 3-4x faster than sorting the keys (0.1 s of a 50,000-entry pack's build)
        key = key[np.argsort((numbers - numbers.min()).astype(np.uint16), kind="stable")]
    else:
        key.sort()
    new = np.empty(len(key), bool)  # the first of each run of equal keys
    new[:1] = True
    np.not_equal(key[1:], key[:-1], out=new[1:])
    at = np.flatnonzero(new)
    del new
    found = len(key)
    key = key[at]
    times = np.diff(at, append=found)  # how often the term is in that field of that entry
    del at
    field = (key % count).astype(np.uint8)
    key //= count  # term x size + entry
    share = factors[field] * times
    del times
    doc = key % size
    share /= norms[doc, field]
    del doc
    first = np.empty(len(key), bool)  # the first field of each (term, entry)
    first[:1] = True
    np.not_equal(key[1:], key[:-1], out=first[1:])
    which = np.cumsum(first, dtype=np.int64) - 1  # each (term, entry, field)'s posting
    tf = np.zeros(int(which[-1]) + 1 if len(which) else 0, np.float64)
    for index in range(count):  # field by field, as the sums are made entry by entry
        chosen = field == index
        tf[which[chosen]] += share[chosen]
    del share, which
    key = key[first]
    fields = field[first]
    del field, first
    term = key // size
    docs = (key % size).astype(np.uint32)
    del key
    cut = np.flatnonzero(np.diff(term)) + 1
    bounds = [0, *cut.tolist(), len(term)] if len(term) else [0]
    terms = term[bounds[:-1]].tolist() if len(term) else []
    return Columns(terms, bounds, docs, tf.astype(np.float32), fields)


def add_gram_words(builder: IndexBuilder, packed: Sequence[Packed]) -> None:
    """`builder.add_grams` of every record, at once: each n-gram word's uses counted in C, and the
    entries holding it found by one sort of (word, entry) keys instead of an append per entry."""
    split = [record[1].split() for record in packed]
    uses = Counter(chain.from_iterable(split))  # in the order the words came, as `add_grams`
    number = {word: n for n, word in enumerate(uses)}
    counts = np.fromiter(map(len, split), np.int64, len(split))
    found = np.fromiter(
        map(number.__getitem__, chain.from_iterable(split)), np.int64, int(counts.sum())
    )
    del split
    size = len(packed)
    # (word, entry) pairs in word then entry order; then each once. They come in entry order, so
    # ordering them by word alone, keeping that order among equals, is enough (see `_columns_of`)
    order = np.argsort(found.astype(np.uint16), kind="stable") if len(uses) <= RADIX_SPAN else None
    found *= size
    found += np.repeat(np.arange(size, dtype=np.int64), counts)
    if order is None:
        found.sort()
    else:
        found = found[order]
        del order
    keep = np.empty(len(found), bool)
    keep[:1] = True
    np.not_equal(found[1:], found[:-1], out=keep[1:])
    found = found[keep]
    word = found // size
    docs = (found % size).astype(_TERM_NUMBER)
    cut = np.flatnonzero(np.diff(word)) + 1
    bounds = [0, *cut.tolist(), len(found)] if len(found) else [0]
    names = list(uses)
    word_docs: dict[str, array[int]] = {}
    for start, end in pairwise(bounds):
        held = word_docs[names[int(word[start])]] = array("I")
        held.frombytes(docs[start:end].tobytes())
    builder.take_grams(word_docs, uses, size)


def postings_rows(
    found: Columns, order: Sequence[int], size: int, head: int, dense_share: int, k1: float
) -> Iterator[bytes]:
    """The index rows (backcare.store.sqlite `_postings_bytes`) of the groups in `order`: docs,
    tfs, impact docs, impact tfs, fields, and for a term in at least 1/dense_share of the entries
    only the first `head` of its impact order, then its dense bounds."""
    docs, tfs, fields, bounds = found.docs, found.tfs, found.fields, found.bounds
    for group in order:
        start, end = bounds[group], bounds[group + 1]
        term_docs, term_tfs = docs[start:end], tfs[start:end]
        dense = (end - start) * dense_share >= size
        impact = _impact(term_tfs, head if dense else end - start)
        parts = [term_docs, term_tfs, term_docs[impact], term_tfs[impact], fields[start:end]]
        if dense:
            wide = term_tfs.astype(np.float64)
            table = np.zeros(size, np.uint32)
            table[term_docs] = np.ceil(float(QUANT) * wide / (k1 + wide))
            parts.append(table)
        yield b"".join([part.tobytes() for part in parts])


def _impact(tfs: np.ndarray, head: int) -> np.ndarray:
    """The positions of the first `head` postings in impact order (tf descending; ties in doc
    order, as a stable sort keeps them), sorting only those at or above the head's last tf."""
    if head <= 0:
        return np.zeros(0, np.int64)
    if head < len(tfs):
        last = np.partition(tfs, len(tfs) - head)[len(tfs) - head]  # the head-th largest
        chosen = np.flatnonzero(tfs >= last)
        return chosen[np.argsort(-tfs[chosen], kind="stable")[:head]]
    return np.argsort(-tfs, kind="stable")


def by_name(found: Columns, names: Sequence[str]) -> Mapping[str, int]:
    """Each term's group, by the term's name (`TextAnalysis.names`)."""
    return {names[number]: group for group, number in enumerate(found.terms)}
