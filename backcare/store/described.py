"""Values checked against a typed description (the snapshot's parts: backcare.store.snapshot).

`encode` turns a built value into what marshal writes (built-in types only), checking it against
its description (`Uncovered` if the value holds something the description does not cover);
`decode` makes the described value from what marshal read, checking every type on the way
(`Damaged` if it is anything else). Generic: the bundled tables' own descriptions are in
backcare.store.tablespec.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, pairwise
from operator import countOf

from backcare.hints import Any, overload


class Damaged(Exception):
    """The snapshot is not what this code wrote for this key: build instead."""


# ---- the typed description -------------------------------------------------------------------
# A spec is a leaf type (str, int, float, bool), None (the value None), or a tuple naming a shape:
# ("frozenset"|"set"|"list"|"tuple", item), ("fixed", (item, ...)), ("dict", key, value),
# ("optional", spec), ("counter", key), ("array", typecode), ("record", NamedTupleClass, fields),
# ("object", Class, {attribute: spec}), ("json",) (JSON data: str keys, lists, numbers, ...),
# ("empty",) (a memo: an empty dict).
# ("rows", width) (a list of tuples of `width` strings, read a row at a time: `Rows`).
Spec = Any

STR, INT, FLOAT, BOOL = str, int, float, bool
STRS = ("frozenset", STR)
JSON = ("json",)
EMPTY = ("empty",)  # a memo: empty when the tables are built


def fs(item: Spec) -> Spec:
    return ("frozenset", item)


def ls(item: Spec) -> Spec:
    return ("list", item)


def tp(item: Spec) -> Spec:
    return ("tuple", item)


def fx(*items: Spec) -> Spec:
    return ("fixed", items)


def dc(key: Spec, value: Spec) -> Spec:
    return ("dict", key, value)


def opt(spec: Spec) -> Spec:
    return ("optional", spec)


def rows(width: int) -> Spec:
    """A list of tuples of `width` strings, most of which a run never reads (the red-flag
    phrases' texts: a calm ask compiles 0-300 of ~3,700): kept as one string a column with the
    rows' bounds, checked whole when read, each row made when first asked for (`Rows`)."""
    return ("rows", width)


class Uncovered(Exception):
    """A built object has attributes the description does not cover (so it is not written)."""


def encode(spec: Spec, value: Any) -> Any:
    """The value as marshal writes it (built-in types only), checked against the spec."""
    if spec is None:
        if value is not None:
            raise Uncovered(f"expected None, found {type(value).__name__}")
        return value
    if isinstance(spec, type):
        if type(value) is not spec:
            raise Uncovered(f"expected {spec.__name__}, found {type(value).__name__}")
        return value
    kind = spec[0]
    if kind in _SHAPES:
        return _rebuilt(spec, value, encode, Uncovered)
    if kind == "dict":
        if type(value) is not dict:
            raise Uncovered(f"expected dict, found {type(value).__name__}")
        return {encode(spec[1], k): encode(spec[2], v) for k, v in value.items()}
    if kind == "counter":
        if type(value) is not Counter:
            raise Uncovered(f"expected Counter, found {type(value).__name__}")
        return {encode(spec[1], k): encode(INT, v) for k, v in value.items()}
    if kind == "array":
        if type(value) is not array or value.typecode != spec[1]:
            raise Uncovered(f"expected array({spec[1]!r})")
        return value.tobytes()
    if kind == "record":
        name = spec[1].__name__
        if type(value) is not spec[1]:
            raise Uncovered(f"expected {name}, found {type(value).__name__}")
        if len(value) != len(spec[2]):
            raise Uncovered(f"{name}: {len(value)} fields, {len(spec[2])} described")
        fields = zip(spec[1]._fields, spec[2], value, strict=True)
        return tuple(_encode_part(f"{name}.{field}", s, v) for field, s, v in fields)
    if kind == "object":
        name = spec[1].__name__
        if type(value) is not spec[1]:
            raise Uncovered(f"expected {name}, found {type(value).__name__}")
        state = vars(value)
        if state.keys() != spec[2].keys():
            extra = sorted(state.keys() - spec[2].keys())
            missing = sorted(spec[2].keys() - state.keys())
            raise Uncovered(f"{name}: not described {extra}, gone {missing}")
        return {a: _encode_part(f"{name}.{a}", spec[2][a], state[a]) for a in spec[2]}
    if kind == "rows":
        return _encode_rows(spec[1], value)
    if kind == "json":
        decode(spec, value)  # JSON data is its own encoding
        return value
    raise AssertionError(f"unknown spec {kind}")


def _encode_part(where: str, spec: Spec, value: Any) -> Any:
    """A record's field or an object's attribute encoded, Uncovered naming it ("Safety._rules:
    Rule.others_barred: expected tuple, found list"): the place to describe it."""
    try:
        return encode(spec, value)
    except Uncovered as uncovered:
        raise Uncovered(f"{where}: {uncovered}") from None


_CONTAINERS: dict[str, Any] = {"frozenset": frozenset, "set": set, "list": list, "tuple": tuple}
# the kinds whose value is rebuilt alike by encode and decode, each part by itself (_rebuilt)
_SHAPES = frozenset({"empty", "fixed", "optional", *_CONTAINERS})


def _rebuilt(
    spec: Spec, value: Any, part: Callable[[Spec, Any], Any], fault: type[Exception]
) -> Any:
    """The value of a spec of one of _SHAPES rebuilt with `part` (encode or decode) applied to
    each of its parts; `fault` (Uncovered or Damaged) where its shape is not the spec's."""
    kind = spec[0]
    if kind == "optional":
        return None if value is None else part(spec[1], value)
    if kind == "fixed":
        if type(value) is not tuple or len(value) != len(spec[1]):
            raise fault("expected a tuple of the described length")
        return tuple(part(s, v) for s, v in zip(spec[1], value, strict=True))
    if kind == "empty":
        if type(value) is not dict or value:
            raise fault("expected an empty memo")
        return {}
    container = _CONTAINERS[kind]
    if type(value) is not container:
        raise fault(f"expected {kind}, found {type(value).__name__}")
    return container(part(spec[1], item) for item in value)


_PURE: dict[int, bool] = {}  # id of a spec (module constants, never freed) -> _pure(spec)


def _pure(spec: Spec) -> bool:
    """Whether marshal's value is already the described value (built-in types all the way down),
    so it needs checking only, not rebuilding."""
    found = _PURE.get(id(spec))
    if found is None:
        found = _PURE[id(spec)] = _is_pure(spec)
    return found


def _is_pure(spec: Spec) -> bool:
    if spec is None or isinstance(spec, type):
        return True
    kind = spec[0]
    if kind in _CONTAINERS or kind == "optional":
        return _pure(spec[1])
    if kind == "fixed":
        return all(map(_pure, spec[1]))
    if kind == "dict":
        return _pure(spec[1]) and _pure(spec[2])
    return False


def _every(wanted: object, found: Iterator[object], count: int) -> bool:
    """Whether all `count` items `found` equal `wanted` (a type, or a length): counted in C,
    where `set(found) == {wanted}` hashed and inserted every item (~24M instructions of a cold
    ask's ~440M, issue 17). The items are types or ints, whose equality is identity or value."""
    return countOf(found, wanted) == count


def _strings(values: Iterable[Any]) -> bool:
    """Whether every value is a string: `str.join` tests each item's type in C as it measures
    it, without a call of `type` an item (`_every`): strings are most of the tables' objects,
    and counting their types cost ~15M instructions of a cold ask's ~450M (issue 17). join
    also takes a subclass of str, which marshal never makes (the values are what it read)."""
    try:
        "".join(values)
    except TypeError:
        return False
    return True


def _all(spec: Spec, values: list[Any]) -> bool:
    """Whether every value matches a pure spec. Checked a level of the description at a time over
    all the values together (their types counted in C: `_every`, `_strings`), not value by
    value: the bundled tables hold about 40,000 objects, and a call per object would cost about
    as much as building them."""
    if not values:
        return True
    if spec is STR:
        return _strings(values)
    if spec is None:
        return _every(type(None), map(type, values), len(values))
    if isinstance(spec, type):
        return _every(spec, map(type, values), len(values))
    kind = spec[0]
    if kind in _CONTAINERS:
        return _every(_CONTAINERS[kind], map(type, values), len(values)) and _all(
            spec[1], list(chain.from_iterable(values))
        )
    if kind == "optional":
        return _all(spec[1], [v for v in values if v is not None])
    if kind == "fixed":
        size = len(spec[1])
        if not (
            _every(tuple, map(type, values), len(values))
            and _every(size, map(len, values), len(values))
        ):
            return False
        # each column a slice of the values' items laid end to end (every value has `size`):
        # transposing with zip(*values) made an iterator a value (~6M instructions a cold ask)
        items = list(chain.from_iterable(values))
        return all(_all(s, items[at::size]) for at, s in enumerate(spec[1]))
    if kind == "dict":
        return (
            _every(dict, map(type, values), len(values))
            and _all(spec[1], list(chain.from_iterable(values)))
            and _all(spec[2], list(chain.from_iterable(map(dict.values, values))))
        )
    return False


def decode(spec: Spec, raw: Any) -> Any:
    """The value the spec describes, made from what marshal read; Damaged if it is anything else."""
    if _pure(spec):
        if not _all(spec, [raw]):
            raise Damaged(f"not as described: {spec!r}"[:200])
        return raw
    kind = spec[0]
    if kind in _SHAPES:
        return _rebuilt(spec, raw, decode, Damaged)
    if kind == "dict":
        if type(raw) is not dict:
            raise Damaged("expected dict")
        key, value = spec[1], spec[2]
        if _pure(key):
            if not _all(key, list(raw)):
                raise Damaged("keys not as described")
            codes = _array_rows(value)
            if codes is not None:  # an index's postings: one call a term, not four
                return {k: _arrays(codes, v) for k, v in raw.items()}
            return {k: decode(value, v) for k, v in raw.items()}
        return {decode(key, k): decode(value, v) for k, v in raw.items()}
    if kind == "counter":
        if not _all(dc(spec[1], INT), [raw]):
            raise Damaged("expected counts")
        return Counter(raw)
    if kind == "array":
        if type(raw) is not bytes:
            raise Damaged("expected an array's bytes")
        values = array(spec[1])
        if len(raw) % values.itemsize:
            raise Damaged("array bytes of a partial item")
        values.frombytes(raw)
        return values
    if kind == "record":
        if type(raw) is not tuple or len(raw) != len(spec[2]):
            raise Damaged(f"expected {spec[1].__name__}")
        return spec[1]._make(decode(s, v) for s, v in zip(spec[2], raw, strict=True))
    if kind == "object":
        if type(raw) is not dict or raw.keys() != spec[2].keys():
            raise Damaged(f"expected the attributes of {spec[1].__name__}")
        made = spec[1].__new__(spec[1])
        vars(made).update(_attributes(spec[2], raw))
        return made
    if kind == "rows":
        return _decode_rows(spec[1], raw)
    if kind == "json":
        _check_json(raw, 0)
        return raw
    raise Damaged(f"unknown spec {kind}")


# id of a spec -> the spec (kept, so that its id is never another's) and _array_rows(spec)
_ROWS: dict[int, tuple[Spec, tuple[str, ...] | None]] = {}


def _array_rows(spec: Spec) -> tuple[str, ...] | None:
    """The typecodes of a spec that is a fixed tuple of arrays (an index's postings: ~260 a
    pack, each four calls of `decode`, ~1 ms of a cold ask), else None."""
    found = _ROWS.get(id(spec))
    if found is None or found[0] is not spec:
        rows = type(spec) is tuple and spec[0] == "fixed"
        items = spec[1] if rows else ()
        rows = rows and all(type(s) is tuple and s[0] == "array" for s in items)
        found = _ROWS[id(spec)] = (spec, tuple(s[1] for s in items) if rows else None)
    return found[1]


def _arrays(codes: tuple[str, ...], raw: Any) -> tuple[array[Any], ...]:
    """decode(fx(("array", code), ...), raw), checked alike."""
    if type(raw) is not tuple or len(raw) != len(codes):
        raise Damaged("expected a tuple of the described length")
    made = []
    for code, item in zip(codes, raw, strict=True):
        if type(item) is not bytes:
            raise Damaged("expected an array's bytes")
        values = array(code)
        if len(item) % values.itemsize:
            raise Damaged("array bytes of a partial item")
        values.frombytes(item)
        made.append(values)
    return tuple(made)


def _attributes(specs: dict[str, Spec], raw: dict[str, Any]) -> dict[str, Any]:
    """An object's attributes, in the description's order. The attributes of one pure spec are
    checked together (`_all` of all their values: a value matches alone exactly when it matches
    among others), not one call of `decode` each: Safety holds ~340 attributes, ~160 of them word
    sets of the one spec STRS, and the calls cost ~1 ms of every cold ask."""
    together: dict[int, tuple[Spec, list[Any]]] = {}
    for name, spec in specs.items():
        if _pure(spec):
            together.setdefault(id(spec), (spec, []))[1].append(raw[name])
    for spec, values in together.values():
        if not _all(spec, values):
            raise Damaged(f"not as described: {spec!r}"[:200])
    return {
        name: raw[name] if id(spec) in together else decode(spec, raw[name])
        for name, spec in specs.items()
    }


def _check_json(raw: Any, depth: int) -> None:
    if depth > 20:
        raise Damaged("JSON data nested too deeply")
    if type(raw) in (str, int, float, bool) or raw is None:
        return
    if type(raw) is list:
        for item in raw:
            _check_json(item, depth + 1)
        return
    if type(raw) is dict and _all(STR, list(raw)):
        for item in raw.values():
            _check_json(item, depth + 1)
        return
    raise Damaged("expected JSON data")


# ---- rows read when first asked for --------------------------------------------------------------

BOUND = "I"  # the typecode of a column's bounds (a string's length fits in 32 bits here)


def _encode_rows(width: int, value: Any) -> Any:
    """A column of strings as one string and the bounds of its rows (`width` columns)."""
    if type(value) is not list or countOf(map(type, value), tuple) != len(value):
        raise Uncovered("expected a list of tuples")
    if countOf(map(len, value), width) != len(value):
        raise Uncovered(f"expected rows of {width} strings")
    items = list(chain.from_iterable(value))
    columns = []
    for at in range(width):
        column = items[at::width]
        if not _strings(column):
            raise Uncovered("expected strings")
        bounds = array(BOUND, [0])
        total = 0
        for text in column:
            total += len(text)
            bounds.append(total)
        columns.append(("".join(column), bounds.tobytes()))
    return tuple(columns)


def _decode_rows(width: int, raw: Any) -> Rows:
    """The Rows of `width` columns marshal read: each a string and its rows' bounds, as many
    rows in every column, the bounds from 0 to the string's end and never decreasing (so every
    row is a piece of its column, in order, the pieces covering it); Damaged if not."""
    if type(raw) is not tuple or len(raw) != width or width < 1:
        raise Damaged("expected the columns of rows")
    columns: list[tuple[str, list[int]]] = []
    for column in raw:
        if type(column) is not tuple or len(column) != 2:
            raise Damaged("expected a column and its bounds")
        text, packed = column
        if type(text) is not str or type(packed) is not bytes:
            raise Damaged("expected a column's string and bounds")
        bounds = array(BOUND)
        if len(packed) % bounds.itemsize:
            raise Damaged("bounds of a partial item")
        bounds.frombytes(packed)
        found = bounds.tolist()
        if not found or found[0] != 0 or found[-1] != len(text) or found != sorted(found):
            raise Damaged("bounds out of order or range")
        if columns and len(found) != len(columns[0][1]):
            raise Damaged("columns of unequal lengths")
        columns.append((text, found))
    return Rows(tuple(columns))


class Rows(Sequence[tuple[str, ...]]):
    """A list of tuples of strings (`rows`) whose rows are made when asked for: the columns are
    decoded and checked whole (two objects each), not the ~11,000 strings and tuples of the
    red-flag phrases' texts, which cost ~15M instructions of every cold ask (issue 17) when a
    calm question reads none or few of them. Read only: a row is made afresh at each read."""

    __slots__ = ("_columns", "_count")

    def __init__(self, columns: tuple[tuple[str, list[int]], ...]) -> None:
        self._columns = columns
        self._count = len(columns[0][1]) - 1

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, at: int) -> tuple[str, ...]: ...

    @overload
    def __getitem__(self, at: slice) -> list[tuple[str, ...]]: ...

    def __getitem__(self, at: int | slice) -> tuple[str, ...] | list[tuple[str, ...]]:
        if type(at) is int and 0 <= at < self._count:  # most reads: a row by its number
            return tuple([text[bounds[at] : bounds[at + 1]] for text, bounds in self._columns])
        if isinstance(at, slice):
            return [self[n] for n in range(*at.indices(self._count))]
        if at < 0:
            at += self._count
        if not 0 <= at < self._count:
            raise IndexError("row out of range")
        return tuple(text[bounds[at] : bounds[at + 1]] for text, bounds in self._columns)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        cuts = [[text[a:b] for a, b in pairwise(bounds)] for text, bounds in self._columns]
        return zip(*cuts, strict=True)

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same rows (the list it was encoded from)."""
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        # a row equals only a tuple of the same strings: tuple.__eq__ answers NotImplemented
        # (truthy) for a list or a string, which would make any sequence of the length equal
        return len(self) == len(other) and all(
            type(theirs) is tuple and ours == theirs
            for ours, theirs in zip(self, other, strict=True)
        )

    __hash__ = None  # type: ignore[assignment]  # a list's stand-in: unhashable as a list

    def __repr__(self) -> str:
        return f"Rows({list(self)!r})"
