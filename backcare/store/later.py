"""Red-flag tables from the snapshot whose larger, seldom-used tables are read on first use.

The snapshot (backcare.store.snapshot) stores Safety's attributes in its "safety" part, except
those named in tablespec.SAFETY_LATER: each of those is a part of its own. A `Deferred` (a Safety
in every other way) is made from the "safety" part. The first time the check reads one of the
other attributes, its part is read and checked, exactly as the rest were: digest, types, bounds.
The value is then stored on the object, so later reads are plain attribute reads. If the part
fails, the attribute comes from tables built afresh (`_read_later`, given by the snapshot).

`Later` is a non-data descriptor (as functools.cached_property is), not a `__getattr__`: a class
with `__getattr__` takes CPython's slower attribute look-up for every attribute, and the check
reads its attributes tens of thousands of times a batch.
"""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.detect import Safety
from backcare.hints import Any
from backcare.store.described import Spec
from backcare.store.snapfile import SAFETY_LATER
from backcare.store.tablespec import SAFETY


class Later:
    """An attribute of a Deferred, read when first asked for and then the object's own (the
    instance's attributes come before a non-data descriptor)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj._read_later(self._name)
        vars(obj)[self._name] = value
        return value


class Deferred(Safety):
    """The red-flag tables with SAFETY_LATER's attributes read when first used. The copy that
    `as_written` makes shares `_read_later`, which gives each table once (the same object)."""

    # the table of that name, checked (snapshot.Tables._later)
    _read_later: Callable[[str], Any]


for _name in SAFETY_LATER:
    setattr(Deferred, _name, Later(_name))

# what the snapshot's "safety" part holds: Safety's attributes but SAFETY_LATER's, made a Deferred
SAFETY_FIRST: Spec = (
    "object",
    Deferred,
    {name: spec for name, spec in SAFETY[2].items() if name not in SAFETY_LATER},
)
