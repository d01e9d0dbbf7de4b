"""A batch whose wrapped emergency is parted by a blank line (newcomer21 F7): the two lines either
side of one blank line are read together for an emergency when the second goes on from the
first as a hard-wrapped line would (cli/wrapped.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_backcare


def _flags(stdout: bytes) -> list[tuple[int, list[str]]]:
    found = [json.loads(line) for line in stdout.splitlines()]
    return [(a["line"], [f["id"] for f in a.get("red_flags", [])]) for a in found]


@pytest.mark.parametrize(
    ("raw", "flag"),
    [
        (b"since yesterday I suddenly cannot\n\npee at all\n", "cauda-equina-bladder"),
        (
            b"since this morning i have lost control of my\n\nbladder and bowels\n",
            "cauda-equina-bladder",
        ),
        (b"I want to end\n\nmy life\n", "crisis"),
        (b"i want to kill\n\nmyself\n", "crisis"),
    ],
)
def test_an_emergency_parted_by_a_blank_line_is_raised_on_the_second_line(
    raw: bytes, flag: str, tmp_path: Path
) -> None:
    done = run_backcare("ask", "--json", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode == 3, done.stderr
    flags = _flags(done.stdout)
    assert flags[1] == (2, [])  # the blank line: its error line, no flag
    assert flag in flags[2][1], flags


def test_the_plain_batch_shows_the_notice_first(tmp_path: Path) -> None:
    raw = b"since yesterday I suddenly cannot\n\npee at all\n"
    done = run_backcare("ask", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode == 3, done.stderr
    assert done.stdout.startswith(b"EMERGENCY"), done.stdout


@pytest.mark.parametrize(
    "raw",
    [
        b"since yesterday I suddenly cannot.\n\npee at all\n",  # a sentence end parts them
        b"since yesterday I suddenly cannot\n\n\npee at all\n",  # so do two blank lines
        b"I want to end.\n\nmy life\n",
    ],
)
def test_lines_parted_by_more_than_one_blank_line_or_a_sentence_end_are_read_alone(
    raw: bytes, tmp_path: Path
) -> None:
    done = run_backcare("ask", "--json", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode != 3, done.stdout
    assert all(ids == [] for _, ids in _flags(done.stdout))


def test_framed_messages_are_never_read_across_a_blank_line(tmp_path: Path) -> None:
    raw = b'{"q": "since yesterday I suddenly cannot"}\n\n{"q": "pee at all"}\n'
    done = run_backcare(
        "ask", "--json", "--input", "jsonl", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw
    )
    assert done.returncode != 3, done.stdout
