"""`typing.NamedTuple` for backcare's records, without the start-up cost of evaluating annotations.

Every command builds about forty record classes at import. `typing.NamedTuple` checks each field's
annotation, and under `from __future__ import annotations` an annotation is a string that it compiles
into a code object (`typing.ForwardRef`): ~0.25 ms a class, ~9 ms of every cold start, for checks
nothing at run time reads (mypy reads the annotations). This class statement makes the same
`collections.namedtuple` (fields, defaults, methods, docstring, `_replace`, pickling) and keeps the
annotations as written. Type checkers see `typing.NamedTuple` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import collections

    # as in typing: what the class body may not set, and what it sets that is not copied over
    _PROHIBITED = frozenset(
        {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults"}
        | {"_make", "_replace", "_asdict", "_source"}
    )
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    class _NamedTupleMeta(type):
        def __new__(cls, typename, bases, namespace):
            if not bases:  # the NamedTuple base below
                return super().__new__(cls, typename, bases, namespace)
            if bases != (NamedTuple,):
                raise TypeError("a NamedTuple class can only inherit from NamedTuple")
            annotations = namespace.get("__annotations__", {})
            fields = list(annotations)
            defaults = [name for name in fields if name in namespace]
            if defaults and defaults != fields[len(fields) - len(defaults) :]:
                first = defaults[0]
                late = next(n for n in fields[fields.index(first) :] if n not in namespace)
                raise TypeError(
                    f"Non-default namedtuple field {late} cannot follow default field {first}"
                )
            record = collections.namedtuple(
                typename,
                fields,
                defaults=[namespace[name] for name in defaults],
                module=namespace["__module__"],
            )
            record.__annotations__ = annotations
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _SPECIAL and key not in fields:
                    setattr(record, key, value)
            return record

    class NamedTuple(metaclass=_NamedTupleMeta):
        """Base of a record class: `class Point(NamedTuple): x: int; y: int = 0`."""
