"""backcare.lazyregex: a pattern compiled on first use behaves as `re.compile` of the same source,
and a plain ask compiles none of the patterns it does not need (docs/benchmarks.md, speed15)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.cli import wrapped
from backcare.engine import apostrophes, escapes, lookalikes, obfuscations, query
from backcare.engine.safety import checklist, spoken
from backcare.lazyregex import _BOUND, _Lazy, lazy

MODULES = (checklist, spoken, apostrophes, escapes, wrapped, query, obfuscations, lookalikes)


def lazy_patterns(module: ModuleType) -> dict[str, _Lazy]:
    return {name: value for name, value in vars(module).items() if isinstance(value, _Lazy)}


def test_every_converted_module_has_lazy_patterns() -> None:
    for module in MODULES:
        assert lazy_patterns(module), module.__name__


def test_not_compiled_until_used_then_its_methods_are_the_compiled_patterns() -> None:
    pattern = lazy(r"(\d+) (?P<unit>cm|mm)", re.IGNORECASE)
    assert isinstance(pattern, _Lazy)
    assert not set(_BOUND) & set(vars(pattern))  # nothing compiled yet
    assert pattern.sub(r"<\1>", "10 CM and 3 mm") == "<10> and <3>"
    compiled = re.compile(r"(\d+) (?P<unit>cm|mm)", re.IGNORECASE)
    assert set(_BOUND) <= set(vars(pattern))  # bound once: no extra call from now on
    assert pattern.search.__self__ is pattern.match.__self__
    assert type(pattern.search.__self__) is re.Pattern
    assert (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
        dict(compiled.groupindex),
    )


def test_a_bad_pattern_raises_when_used() -> None:
    pattern = lazy(r"(unclosed")
    with pytest.raises(re.error):
        pattern.search("x")


def test_unknown_and_special_attributes_are_not_invented() -> None:
    pattern = lazy(r"a")
    with pytest.raises(AttributeError):
        pattern.no_such_method  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError):
        pattern.__deepcopy__  # noqa: B018
    assert "'a'" in repr(pattern)


TEXT = st.lists(
    st.sampled_from([*"ab tnN'’-.:;,?!x0123#%&@$[]☐☑✓✗\n", "not", "cannot", "yes", "thirty"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_each_modules_patterns_match_as_compiled_ones_do(text: str) -> None:
    for module in MODULES:
        for name, pattern in lazy_patterns(module).items():
            compiled = re.compile(pattern.pattern, pattern.flags)
            found = [m.span() for m in pattern.finditer(text)]
            assert found == [m.span() for m in compiled.finditer(text)], (module, name)
            assert pattern.split(text) == compiled.split(text), (module, name)
            assert pattern.subn("_", text) == compiled.subn("_", text), (module, name)


def test_a_plain_ask_compiles_none_of_the_patterns_it_does_not_need() -> None:
    """A question with no checklist, number words, entity or split contraction in it: the
    patterns for those stay uncompiled (each was compiled at import before)."""
    code = """
import json, sys
from backcare import load_pack
from backcare.engine.answer import Engine
from backcare.lazyregex import _Lazy
from backcare.engine.safety import checklist, spoken
from backcare.engine import escapes
answer = Engine(load_pack()).ask("stiff back after sitting")
assert answer.ranking.best is not None
compiled = [
    f"{m.__name__}.{n}" for m in (checklist, spoken, escapes)
    for n, v in vars(m).items() if isinstance(v, _Lazy) and "sub" in vars(v)
]
print(json.dumps(compiled))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    compiled = json.loads(done.stdout)
    assert "backcare.engine.safety.spoken._SPOKEN" not in compiled
    assert "backcare.engine.escapes._ENTITY" not in compiled
    assert not [name for name in compiled if ".checklist." in name and "_MARKS" not in name]
