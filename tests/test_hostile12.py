"""hostile12's findings (docs/hardening.md, harden18): a few NULs never make a batch UTF-16 (F1),
obfuscated spellings of an emergency (F2), and the smaller doors (F4-F9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.packs.load import text_encoding
from tests.conftest import run_backcare

# UTF-8 with NULs in it: a stray pair, C strings' line ends, `find -print0` style records, a NUL
# inside a word; each holds an emergency that a UTF-16 reading turned into CJK
NUL_BATCHES = [
    b"i want to kill myself\0\0\n",
    b"stiff back\0\ni cant pee\0\n",
    b"stiff back\0i cant pee\0heat or ice\0",
    b"\0i want to kill myself\0\n",
    b"i cant pee\0\0\0\0\n",
    b"my back hurts\0\nwhat helps\0\ni want to kill myself\0\n" * 3,
]


@pytest.mark.parametrize("raw", NUL_BATCHES)
def test_utf8_with_nuls_is_never_read_as_utf16(raw: bytes) -> None:
    assert text_encoding(raw) == ("utf-8", False)


@pytest.mark.parametrize("text", ["i want to kill myself\n", "stiff back\n", "a b\n", "kill\n"])
@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_short_utf16_and_utf32_are_still_told(text: str, order: str) -> None:
    assert text_encoding(text.encode(order)) == (order, True)


@pytest.mark.parametrize("raw", NUL_BATCHES[:3])
def test_a_batch_with_nuls_keeps_its_emergency(raw: bytes, tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode == 3, done.stdout + done.stderr
    assert b"UTF-16" not in done.stderr
    flagged = [json.loads(line) for line in done.stdout.splitlines()]
    assert any(answer.get("red_flags") for answer in flagged)
    (tmp_path / "q.txt").write_bytes(raw)
    done = run_backcare(
        "validate", "bundled", "--questions", "q.txt", home=tmp_path / "home", cwd=tmp_path
    )
    assert b"1 with red flags" in done.stdout + done.stderr, done.stdout
