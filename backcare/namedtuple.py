"""`typing.NamedTuple` for backcare's records, without the start-up cost of evaluating annotations.

Every command builds about fifty record classes at import. `typing.NamedTuple` checks each field's
annotation, and under `from __future__ import annotations` an annotation is a string that it compiles
into a code object (`typing.ForwardRef`): ~0.25 ms a class, ~9 ms of every cold start, for checks
nothing at run time reads (mypy reads the annotations). This class statement makes the record
`collections.namedtuple` makes (fields, defaults, methods, docstrings, `_replace`, pickling) and
keeps the annotations as written. Type checkers see `typing.NamedTuple` itself.

`collections.namedtuple` compiles each record's `__new__` from source (`eval` of a lambda): about
half of its ~90 us a class in a fresh process, ~2 ms of a cold ask's 48 records (issue 17). Here
each record's is the code of one `__new__` per number of fields, compiled with the package
(backcare.record_new), with its own parameter names (`CodeType.replace`): the same bytecode,
signature, defaults and errors.
"""

from __future__ import annotations

from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import sys

    try:
        from _collections import _tuplegetter  # as collections.namedtuple takes it
    except ImportError:  # pragma: no cover (CPython has it)
        from operator import itemgetter

        def _tuplegetter(index, doc):
            return property(itemgetter(index), doc=doc)

    # as in typing: what the class body may not set, and what it sets that is not copied over
    _PROHIBITED = frozenset(
        {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults"}
        | {"_make", "_replace", "_asdict", "_source"}
    )
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})
    from backcare.record_new import NEW_CODE

    # a `__new__` taking this many fields, as collections.namedtuple compiles it: read with
    # backcare.record_new's bytecode, compiled here only for more fields than it has
    _NEW_CODE = dict(NEW_CODE)

    def _new(typename, fields):
        """`__new__` as collections.namedtuple makes it (`lambda _cls, a, b: _tuple_new(_cls,
        (a, b))`), its code compiled once per number of fields."""
        code = _NEW_CODE.get(len(fields))
        if code is None:
            names = ", ".join(f"_{n}" for n in range(len(fields))) + (
                "," if len(fields) == 1 else ""
            )
            code = eval(f"lambda _cls, {names}: _tuple_new(_cls, ({names}))").__code__
            _NEW_CODE[len(fields)] = code
        namespace = {
            "_tuple_new": tuple.__new__,
            "__builtins__": {},
            "__name__": f"namedtuple_{typename}",
        }
        return type(_new)(code.replace(co_varnames=("_cls", *fields)), namespace)

    def _record(typename, fields, defaults, module):
        """collections.namedtuple(typename, fields, defaults=defaults, module=module), with
        fields that are identifiers and no keyword (a class body's annotations)."""
        for name in fields:
            if name.startswith("_"):
                raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        typename = sys.intern(typename)
        fields = tuple(map(sys.intern, fields))
        count = len(fields)
        arguments = ", ".join(fields) + ("," if count == 1 else "")
        shown = "(" + ", ".join(f"{name}=%r" for name in fields) + ")"
        tuple_new = tuple.__new__
        field_defaults = dict(zip(fields[count - len(defaults) :], defaults, strict=True))

        __new__ = _new(typename, fields)
        __new__.__name__ = "__new__"
        __new__.__doc__ = f"Create new instance of {typename}({arguments})"
        __new__.__defaults__ = tuple(defaults)

        @classmethod
        def _make(cls, iterable):
            result = tuple_new(cls, iterable)
            if len(result) != count:
                raise TypeError(f"Expected {count} arguments, got {len(result)}")
            return result

        _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

        def _replace(self, /, **kwds):
            result = self._make(map(kwds.pop, fields, self))
            if kwds:
                raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
            return result

        _replace.__doc__ = (
            f"Return a new {typename} object replacing specified fields with new values"
        )

        def __repr__(self):
            "Return a nicely formatted representation string"
            return self.__class__.__name__ + shown % self

        def _asdict(self):
            "Return a new dict which maps field names to their values."
            return dict(zip(self._fields, self, strict=False))

        def __getnewargs__(self):
            "Return self as a plain tuple.  Used by copy and pickle."
            return tuple(self)

        for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
            method.__qualname__ = f"{typename}.{method.__name__}"
        namespace = {
            "__doc__": f"{typename}({arguments})",
            "__slots__": (),
            "_fields": fields,
            "_field_defaults": field_defaults,
            "__new__": __new__,
            "_make": _make,
            "_replace": _replace,
            "__repr__": __repr__,
            "_asdict": _asdict,
            "__getnewargs__": __getnewargs__,
            "__match_args__": fields,
        }
        for index, name in enumerate(fields):
            namespace[name] = _tuplegetter(index, sys.intern(f"Alias for field number {index}"))
        record = type(typename, (tuple,), namespace)
        record.__module__ = module
        return record

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
            record = _record(
                typename, fields, [namespace[name] for name in defaults], namespace["__module__"]
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
