"""The red-flag check (Safety), the matcher (Matcher) and the question reader (Sense) are classes
made of mixins, one module per step. Two mixins that define the same method name silently shadow one another by the MRO: two
branches once each added a `_supposed` (one returning positions, one mentions), and the merged
check crashed on every question that reached it. No method may be defined by two of a class's
mixins; a deliberate override is written in the class itself."""

from __future__ import annotations

import pytest

from backcare.engine.intent import Sense
from backcare.engine.match import Matcher
from backcare.engine.safety.detect import Safety


@pytest.mark.parametrize("cls", [Safety, Matcher, Sense])
def test_no_two_mixins_define_the_same_method(cls: type) -> None:
    owners: dict[str, list[str]] = {}
    for base in cls.__mro__[1:]:
        if base is object:
            continue
        for name, value in vars(base).items():
            if callable(value) and not (name.startswith("__") and name.endswith("__")):
                owners.setdefault(name, []).append(base.__qualname__)
    twice = {name: where for name, where in owners.items() if len(where) > 1}
    assert not twice, f"defined by more than one mixin: {twice}"
