"""Every JSON file in data/ names each key once per object. A key written twice loads silently
as its last value, so a word two rounds added (one changed later) would read as whichever came
last, and a merge that joins two rounds' additions could hide a changed reading."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
FILES = sorted(DATA.glob("*.json"))


def _repeated_keys(path: Path) -> list[str]:
    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        counts = Counter(key for key, _ in items)
        repeated.extend(key for key, n in counts.items() if n > 1)
        return dict(items)

    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=pairs)
    return repeated


def test_there_are_data_files() -> None:
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_key_is_written_twice(path: Path) -> None:
    assert _repeated_keys(path) == []
