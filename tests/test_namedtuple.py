"""backcare.namedtuple.NamedTuple behaves as typing.NamedTuple does for the class statements backcare
uses, and every record class in the package is built with it (start-up: see its docstring)."""

from __future__ import annotations

import ast
import builtins
import collections
import inspect
import pickle
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from backcare.namedtuple import NamedTuple as FastNamedTuple

PACKAGE = Path(__file__).resolve().parent.parent / "backcare"

SOURCE = '''
class Point(Base):
    """A point."""

    x: int
    label: "tuple[str, ...]" = ()
    weight: float | None = None

    def doubled(self) -> int:
        return self.x * 2

    @property
    def twice(self) -> int:
        return self.x + self.x
'''


def make(base: Any) -> Any:
    namespace: dict[str, Any] = {"Base": base, "__name__": __name__}
    exec(SOURCE, namespace)
    return namespace["Point"]


@pytest.mark.parametrize("base", [typing.NamedTuple, FastNamedTuple], ids=["typing", "fast"])
def test_a_record_has_fields_defaults_methods_and_its_docstring(base: Any) -> None:
    point_class = make(base)
    point = point_class(1)
    assert point == (1, (), None)
    assert point_class._fields == ("x", "label", "weight")
    assert point_class._field_defaults == {"label": (), "weight": None}
    assert point._replace(x=3) == (3, (), None)
    assert point.doubled() == 2
    assert point.twice == 2
    assert point_class.__doc__ == "A point."
    assert point_class.__mro__[1:] == (tuple, object)
    assert repr(point) == "Point(x=1, label=(), weight=None)"
    with pytest.raises(AttributeError):
        point.x = 2


def test_both_bases_make_the_same_record() -> None:
    fast, typed = make(FastNamedTuple), make(typing.NamedTuple)
    assert fast(1, ("a",)) == typed(1, ("a",))
    assert repr(fast(1, ("a",), 0.5)) == repr(typed(1, ("a",), 0.5))
    assert fast.__qualname__ == typed.__qualname__ and fast.__module__ == typed.__module__
    assert list(fast.__annotations__) == list(typed.__annotations__)


def test_a_field_without_default_after_one_with_a_default_is_refused() -> None:
    with pytest.raises(
        TypeError, match="Non-default namedtuple field b cannot follow default field a"
    ):

        class Bad(FastNamedTuple):
            a: int = 0
            b: int  # type: ignore[misc]


def test_namedtuple_methods_cannot_be_overwritten() -> None:
    with pytest.raises(AttributeError, match="_replace"):

        class Bad(FastNamedTuple):
            a: int

            def _replace(self) -> None:  # type: ignore[misc]
                pass


class Pickled(FastNamedTuple):
    a: int
    b: str = "b"


def test_a_record_pickles_and_compares_like_a_tuple() -> None:
    assert pickle.loads(pickle.dumps(Pickled(1))) == Pickled(1, "b")
    assert hash(Pickled(1)) == hash((1, "b"))


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_backcare_builds_its_records_with_its_own_named_tuple(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "typing":
            names = {alias.name for alias in node.names}
            assert "NamedTuple" not in names or path.name == "namedtuple.py", path


def _described(record: Any) -> list[object]:
    """What collections.namedtuple sets on a record and its methods, and how they behave."""
    seen: list[object] = [
        record.__name__,
        record.__doc__,
        record.__mro__[1:],
        record._fields,
        record._field_defaults,
        record.__match_args__,
        record.__slots__,
        record.__new__.__module__,
        record.__new__.__code__.co_code,
    ]
    for name in ("__new__", "_make", "_replace", "__repr__", "_asdict", "__getnewargs__"):
        method = getattr(record, name)
        method = getattr(method, "__func__", method)
        seen += [method.__name__, method.__qualname__, method.__doc__, method.__defaults__]
        seen.append(str(inspect.signature(method)))
    for field in record._fields:
        seen += [type(getattr(record, field)), getattr(record, field).__doc__]
    return seen


def _errors(record: Any) -> list[str]:
    calls: list[Callable[[], object]] = [
        lambda: record(),
        lambda: record(*range(len(record._fields) + 1)),
        lambda: record(1, unknown=2),
        lambda: record._make([]),
        lambda: record(*range(len(record._fields)))._replace(unknown=1),
    ]
    found = []
    for call in calls:
        try:
            call()
        except (TypeError, ValueError) as exc:
            found.append(f"{type(exc).__name__}: {exc}")
    return found


@pytest.mark.parametrize("fields", [1, 2, 3, 7])
def test_a_record_is_the_one_collections_namedtuple_makes(fields: int) -> None:
    names = [f"f{n}" for n in range(fields)]
    source = "class Rec(Base):\n" + "".join(f"    {n}: int\n" for n in names[:-1])
    source += f"    {names[-1]}: int = 5\n"
    namespace: dict[str, Any] = {"Base": FastNamedTuple, "__name__": __name__}
    exec(source, namespace)
    fast = namespace["Rec"]
    made = collections.namedtuple("Rec", names, defaults=[5], module=__name__)  # type: ignore[misc]
    assert _described(fast) == _described(made)
    assert _errors(fast) == _errors(made)
    values = list(range(fields))
    assert fast(*values) == made(*values) and repr(fast(*values)) == repr(made(*values))
    assert fast(*values)._asdict() == made(*values)._asdict()


def test_a_records_new_is_compiled_once_per_number_of_fields(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """collections.namedtuple compiles each record's __new__ from source (~20 us in a warm
    process, twice that cold; 48 records a cold ask): here it is compiled once per number of
    fields (issue 17)."""

    class First(FastNamedTuple):
        a: int
        b: str

    evaluated: list[str] = []
    real_eval = builtins.eval

    def counted(source: str, *args: Any) -> Any:
        evaluated.append(source)
        return real_eval(source, *args)

    monkeypatch.setattr(builtins, "eval", counted)

    class Second(FastNamedTuple):
        c: int
        d: str = "d"

    assert evaluated == []
    assert Second(1) == (1, "d") and First(1, "x") == (1, "x")
    assert Second.__new__.__code__.co_varnames == ("_cls", "c", "d")


@pytest.mark.parametrize("count", [1, 2, 3, 7, 16, 35, 40])
def test_the_written_out_new_is_the_code_namedtuple_compiles(count: int) -> None:
    """backcare.record_new's `__new__` code for a number of fields is the code
    collections.namedtuple compiles (issue 17: read with the package, not compiled), but for
    its parameters' names, which each record's gets (backcare.namedtuple._new)."""
    from backcare.record_new import NEW_CODE

    fields = [f"f{n}" for n in range(count)]
    compiled = collections.namedtuple("Compiled", fields).__new__.__code__
    written = NEW_CODE[count]
    assert compiled.co_varnames == ("_cls", *fields)
    assert written.co_varnames == ("_cls", *(f"_{n}" for n in range(count)))
    for attribute in (
        "co_code",
        "co_names",
        "co_consts",
        "co_argcount",
        "co_kwonlyargcount",
        "co_posonlyargcount",
        "co_stacksize",
        "co_flags",
        "co_exceptiontable",
    ):
        assert getattr(written, attribute) == getattr(compiled, attribute), attribute


def test_the_written_out_new_covers_every_count_up_to_its_largest() -> None:
    from backcare.record_new import NEW_CODE

    assert sorted(NEW_CODE) == list(range(1, len(NEW_CODE) + 1))
    assert all(code.co_argcount == count + 1 for count, code in NEW_CODE.items())


def test_a_record_beyond_the_written_out_counts_still_gets_its_new() -> None:
    from backcare.record_new import NEW_CODE

    fields = [f"f{n}" for n in range(len(NEW_CODE) + 2)]
    source = "class Wide(Base):\n" + "".join(f"    {name}: int\n" for name in fields)
    namespace: dict[str, Any] = {"Base": FastNamedTuple, "__name__": __name__}
    exec(source, namespace)
    wide = namespace["Wide"]
    made = wide(*range(len(fields)))
    assert made == tuple(range(len(fields)))
    assert made._fields == tuple(fields)
    assert inspect.signature(wide) == inspect.signature(collections.namedtuple("Wide", fields))
