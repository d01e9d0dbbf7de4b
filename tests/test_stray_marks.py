"""A stray UTF-16 byte-order mark at the start of one UTF-8 line (a bad export's junk) is no
UTF-16 file appended (newcomer30 F1): the rest of the input stayed UTF-8, one line was read as
Windows-1252, and every later line, an emergency included, was still read and answered. A real
UTF-16 or UTF-32 file appended to UTF-8 lines is still read in its codec from its mark."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys

import pytest

from backcare.packs.decoding import marked_part, wide_mark

UTF8_LINES = b"stiff back after sitting\n"
JUNK = b"\xff\xfe junk line from a bad export\n"
LATER = b"heat or ice\nmy legs are numb and I cant pee\nstiff back after sitting\n"


@pytest.mark.parametrize(
    "line",
    [
        JUNK,
        b"\xfe\xff plain text after a stray mark\n",
        b"\xff\xfe caf\xc3\xa9 au lait\n",  # UTF-8 after the mark
    ],
)
def test_a_utf8_line_after_a_stray_mark_is_not_wide(line: bytes) -> None:
    assert wide_mark(line) is None
    assert marked_part(UTF8_LINES + line + LATER) == -1


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_an_appended_wide_file_is_found_at_its_mark(codec: str) -> None:
    mark = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    wide = mark + LATER.decode().encode(codec)
    assert wide_mark(wide[: wide.find(b"\n") + 1]) is not None
    assert marked_part(UTF8_LINES + wide) == len(UTF8_LINES)


def test_a_later_real_mark_after_a_stray_one_is_still_found() -> None:
    wide = codecs.BOM_UTF16_LE + "heat or ice\n".encode("utf-16-le")
    raw = UTF8_LINES + JUNK + wide
    assert marked_part(raw) == len(UTF8_LINES + JUNK)


def test_every_line_after_a_stray_mark_is_read_and_answered() -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "backcare", "ask", "--json", "-"],
        input=UTF8_LINES + JUNK + LATER,
        capture_output=True,
        timeout=120,
        check=False,
    )
    objects = [json.loads(line) for line in ran.stdout.splitlines()]
    assert [o["line"] for o in objects] == [1, 2, 3, 4, 5]
    assert objects[3]["outcome"] == "emergency"
    assert ran.returncode == 3
    assert objects[1]["query"].startswith("ÿþ junk line")  # read as Windows-1252, kept
