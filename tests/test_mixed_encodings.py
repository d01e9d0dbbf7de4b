"""hostile16 F6: UTF-8 lines with a UTF-16 or UTF-32 file appended (`cat notes.txt
notepad_export.txt | backcare ask -`). Judged whole, the appended part's NULs made every line read
as UTF-16, and the UTF-8 lines before it (an emergency among them) became CJK garbage. Each part
is read in its own codec now, from standard input and from a questions file alike."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from backcare.cli.inputlines import SwitchAtMark
from backcare.packs.decoding import marked_part, wide_mark
from tests.conftest import run_backcare

FIRST = "i cant pee\n"
APPENDED = "stiff back\nwhat helps a tight back\n"
# a marked UTF-16 or UTF-32 file in either byte order (iconv -t UTF-16 writes the mark first)
CODECS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
MARKS = {
    "utf-16": b"",
    "utf-32": b"",
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


def mixed(codec: str, first: str = FIRST) -> bytes:
    return first.encode("utf-8") + MARKS[codec] + APPENDED.encode(codec)


@pytest.mark.parametrize("codec", CODECS)
def test_the_appended_part_starts_at_its_mark(codec: str) -> None:
    raw = mixed(codec)
    assert marked_part(raw) == len(FIRST)
    assert wide_mark(raw[len(FIRST) :]) == codec[:6]


@pytest.mark.parametrize(
    "raw",
    [
        b"i cant pee\nstiff back\n",  # no mark at all
        "stiff back\n".encode("utf-16"),  # a mark at the start: the whole file's codec
        "i cant pee\nstiff back\n".encode("utf-16-be"),  # NULs before the mark-like bytes
        b"i cant pee \xff\xfe\n",  # not at a line's start
    ],
)
def test_no_appended_part(raw: bytes) -> None:
    assert marked_part(raw) == -1


@pytest.mark.parametrize("codec", CODECS)
def test_the_reader_switches_codec_at_the_mark(codec: str) -> None:
    reader = SwitchAtMark(io.BufferedReader(io.BytesIO(mixed(codec))))
    lines = []
    while line := reader.readline(4096):
        lines.append(line.decode("utf-8"))
    assert "".join(lines) == FIRST + APPENDED


def test_a_small_read_size_still_gives_whole_text() -> None:
    # lines longer than one read come in pieces, in both codecs
    first = "x" * 50 + " i cant pee\n"
    reader = SwitchAtMark(io.BufferedReader(io.BytesIO(mixed("utf-16", first))))
    pieces = []
    while piece := reader.readline(7):
        assert len(piece) <= 7
        pieces.append(piece)
    assert b"".join(pieces).decode("utf-8") == first + APPENDED


@pytest.mark.parametrize("codec", ["utf-16", "utf-32-be"])
def test_a_batch_keeps_its_emergency_and_reads_the_appended_lines(
    codec: str, tmp_path: Path
) -> None:
    done = run_backcare(
        "ask", "--json", "-", home=tmp_path / "home", cwd=tmp_path, stdin=mixed(codec)
    )
    assert done.returncode == 3, done.stdout + done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [answer["query"] for answer in answers] == [
        "i cant pee",
        "stiff back",
        "what helps a tight back",
    ]
    assert answers[0]["red_flags"] and answers[1]["match"] is not None
    assert b"changes to UTF-" in done.stderr and b"at line 2" in done.stderr


def test_a_questions_file_is_read_part_by_part(tmp_path: Path) -> None:
    (tmp_path / "q.txt").write_bytes(mixed("utf-16"))
    done = run_backcare(
        "validate", "bundled", "--questions", "q.txt", home=tmp_path / "home", cwd=tmp_path
    )
    out = done.stdout.decode("utf-8")
    assert "3 questions" in out and "1 with red flags" in out, out + done.stderr.decode()
    assert "what helps a tight back" in out
    assert b"changes to UTF-16 at line 2" in done.stderr
