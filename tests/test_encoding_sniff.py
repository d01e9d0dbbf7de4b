"""hostile8 #3: text in UTF-16 without a byte-order mark is told by what it decodes to in either
byte order, whatever its script (box drawing, Cyrillic, Greek, CJK), not only by the NUL of its
ASCII characters; when both byte orders read alike, the input is refused as "not UTF-8" rather
than answered as garbage. `ask -` and `validate --questions` alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcare.errors import PackError
from backcare.packs.load import SNIFF_BYTES, text_encoding
from tests.conftest import run_backcare

# headers of many kinds, each long enough to fill the first chunk with no ASCII at all
HEADERS = {
    "double box": "═" * 200,
    "light box": "─" * 200,  # U+2500: its NUL is in the other byte
    "cyrillic": "Вопросы о боли в спине, которые задают пациенты " * 8,
    "greek": "Ερωτήσεις για τον πόνο στην πλάτη " * 10,
    "chinese": "关于背痛的常见问题以及患者常问的事情" * 12,
    "mixed": "══ Fragen zum Rücken ══ ─── ключ ───" * 9,
}
TAIL = "\nstiff back\ni want to kill myself\n"


@pytest.mark.parametrize("name", sorted(HEADERS))
@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_told_whatever_the_script(name: str, order: str) -> None:
    raw = (HEADERS[name] + TAIL).encode(order)
    assert len(raw) >= 400  # the first 512 bytes (the old judge) hold no ASCII character
    assert text_encoding(raw[:SNIFF_BYTES]) == (order, True)
    # a row of one character alone reads alike both ways (below); a header with no ASCII
    # character at all (no space, no newline) has no NUL, which UTF-8 with a stray byte shares
    if "box" not in name and name != "chinese":
        assert text_encoding(HEADERS[name].encode(order)[:SNIFF_BYTES]) == (order, True)


@pytest.mark.parametrize("bad", [b"\xff", b"\x80", b"\xe9", b"\x7f", b"\x00"])
@pytest.mark.parametrize("at", [0, 7, 50, 200])
def test_utf8_with_one_bad_byte_stays_utf8(bad: bytes, at: int) -> None:
    # a review changed one byte of a batch of questions and 23 in 2,000 were read as UTF-16,
    # every emergency in them lost
    lines = "my back hurts after gardening\nwhat helps tight back muscles\n" * 3
    raw = (lines + "i cant pee and my groin is numb\n").encode("utf-8")
    raw = raw[:at] + bad + raw[at + 1 :]
    assert text_encoding(raw[:SNIFF_BYTES])[0] == "utf-8"


@pytest.mark.parametrize(
    "text",
    [
        "stiff back\n",
        "i want to kill myself\n" * 40,
        "Rückenschmerzen nach dem Sitzen\n" * 20,
        "═" * 300 + "\nstiff back\n",  # UTF-8 box drawing: no NUL anywhere
        "боль в спине\n" * 30,
        "背痛" * 200,
        "a\x1b[2Jb\n",
    ],
)
def test_utf8_stays_utf8(text: str) -> None:
    raw = text.encode("utf-8")
    assert text_encoding(raw[:SNIFF_BYTES]) == ("utf-8", False)


def test_latin1_and_binary_are_read_as_before() -> None:
    assert text_encoding("café au lait, mal au dos\n".encode("latin-1"))[0] == "utf-8"
    assert text_encoding("é\n".encode("latin-1"))[0] == "utf-8"
    assert text_encoding(bytes(range(256)))[0] == "utf-8"


def test_a_text_that_reads_alike_in_both_orders_is_refused() -> None:
    # U+2550 U+2500 read backwards is U+5025 U+0025: text either way, nothing to tell them apart
    raw = ("═─" * 400).encode("utf-16-le")
    with pytest.raises(PackError, match=r"q\.txt: not UTF-8"):
        text_encoding(raw[:SNIFF_BYTES], "q.txt")


@pytest.mark.parametrize("name", ["double box", "cyrillic"])
def test_a_later_emergency_is_not_lost(name: str, tmp_path: Path) -> None:
    raw = (HEADERS[name][:80] * 4 + TAIL).encode("utf-16-le")
    done = run_backcare("ask", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode == 3, done.stderr
    (tmp_path / "u.txt").write_bytes(raw)
    done = run_backcare(
        "validate", "bundled", "--questions", "u.txt", home=tmp_path / "home", cwd=tmp_path
    )
    assert b"1 with red flags" in done.stdout + done.stderr, done.stdout
    assert b"want to kill myself" in done.stdout


def test_an_undecidable_input_is_a_usage_error(tmp_path: Path) -> None:
    raw = ("═─" * SNIFF_BYTES + TAIL).encode("utf-16-le")  # the line ends past the first chunk
    done = run_backcare("ask", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode == 2, done.stdout
    assert b"not UTF-8" in done.stderr
    (tmp_path / "u.txt").write_bytes(raw)
    done = run_backcare(
        "validate", "bundled", "--questions", "u.txt", home=tmp_path / "home", cwd=tmp_path
    )
    assert done.returncode == 2
    assert b"u.txt: not UTF-8" in done.stderr
