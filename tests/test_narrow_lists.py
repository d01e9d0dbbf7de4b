"""Lists of questions on a narrow terminal: a related or suggested question that wraps keeps its
lines under its text, so the list still reads as one item a question (newcomer 6: with COLUMNS=30
the wrapped lines started at column 0, under the bullets)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_backcare

ESCAPES = re.compile(r"\x1b\[[0-9;]*m")


def rich_output(home: Path, columns: int, *args: str, stream: str = "stdout") -> list[str]:
    done = run_backcare(
        "ask",
        "--color",
        "always",
        *args,
        home=home,
        stdin=None,
        text=True,
        unset=("NO_COLOR",),
        COLUMNS=str(columns),
    )
    return ESCAPES.sub("", getattr(done, stream)).splitlines()


def items(lines: list[str], heading: str) -> list[str]:
    """The lines under `heading` up to the disclaimer (or the end)."""
    start = lines.index(heading) + 1
    ends = (i for i, line in enumerate(lines) if i > start and line.startswith("General info"))
    return lines[start : next(ends, len(lines))]


@pytest.mark.parametrize("columns", [30, 44])
def test_wrapped_related_questions_hang_under_their_text(tmp_path: Path, columns: int) -> None:
    lines = rich_output(tmp_path, columns, "stiff back after sitting", "--top", "4")
    listed = items(lines, "Related questions:")
    assert sum(line.startswith("  • ") for line in listed) == 3
    assert len(listed) > 3  # they wrap at this width
    assert all(line.startswith(("  • ", "    ")) for line in listed), listed
    assert all(len(line) <= columns and line == line.rstrip() for line in listed), listed


def test_wrapped_suggestions_hang_under_their_text(tmp_path: Path) -> None:
    lines = rich_output(tmp_path, 30, "tight neck", stream="stderr")  # no answer: on stderr
    listed = items(lines, "Did you mean:")
    assert listed and listed[0].startswith("  • ")
    assert all(line.startswith(("  • ", "    ")) for line in listed), listed
