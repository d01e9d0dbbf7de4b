"""A stream that cannot encode typography gets ASCII look-alikes, never '?', for punctuation and
for the glyphs backcare draws (bullets, the confidence bar); a letter loses only its accents."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from backcare.output.ascii import to_ascii
from tests.conftest import installed_command

BACKCARE = installed_command()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("more\u2014and", "more--and"),
        ("1\u20132 weeks", "1-2 weeks"),
        ("\u2018it\u2019s\u2019 \u201cquoted\u201d", "'it's' \"quoted\""),
        ("wait\u2026", "wait..."),
        ("3\u00d7 a day", "3x a day"),
        ("\u2022 item", "* item"),
        ("\u2588\u2588\u2591", "##."),
        # a letter loses its accents (newcomer22 F9: '?' lost one in every other word); one with
        # no ASCII form is still '?'
        ("caf\u00e9 \u4e2d", "cafe ?"),
    ],
)
def test_typography_becomes_ascii_and_letters_lose_their_accents(text: str, shown: str) -> None:
    assert to_ascii(text) == shown


def test_latin1_keeps_what_it_can_encode() -> None:
    assert to_ascii("caf\u00e9 \u2014 \u00d7", "latin-1") == "caf\u00e9 -- \u00d7"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_plain_output_on_a_narrow_encoding_has_no_question_marks_for_punctuation(
    encoding: str,
) -> None:
    done = subprocess.run(
        [*BACKCARE, "ask", "stiff back after sitting"],
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": encoding, "BACKCARE_CONFIG": os.devnull},
        check=False,
    )
    text = done.stdout.decode(encoding)
    assert done.returncode == 0
    assert "more--and" in text and "?" not in text


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_rich_bullets_and_bar_on_an_ascii_terminal_are_ascii() -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {
        **os.environ,
        "PYTHONIOENCODING": "ascii",
        "TERM": "xterm",
        "NO_COLOR": "1",
        "BACKCARE_PAGER": "false",
        "BACKCARE_CONFIG": os.devnull,
    }
    child = pexpect.spawn(
        BACKCARE[0],
        ["ask", "heat or ice for a stiff back"],
        env=env,
        encoding="ascii",
        codec_errors="replace",
        dimensions=(60, 80),
        timeout=30,
    )
    child.expect(pexpect.EOF)
    shown = str(child.before)
    assert "* Heat." in shown and "##########" in shown
    assert "??" not in shown and "* ?" not in shown  # what was '??????????' and '? Heat.'


@pytest.mark.parametrize(
    ("columns", "question"), [(60, "stiff back after sitting"), (30, "i cant pee")]
)
def test_rich_panels_on_an_ascii_stream_keep_their_width(columns: int, question: str) -> None:
    """Text in a panel was measured before it is encoded: a dash shown as '--' pushed the border a
    column out, so there each character becomes one (more-and); a notice's level still fits at the
    narrowest layout (30 columns)."""
    done = subprocess.run(
        [*BACKCARE, "ask", "--color", "always", question],
        capture_output=True,
        timeout=60,
        env={
            **os.environ,
            "PYTHONIOENCODING": "ascii",
            "COLUMNS": str(columns),
            "BACKCARE_CONFIG": os.devnull,
        },
        check=False,
    )
    lines = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout.decode("ascii")).splitlines()
    assert lines and all(len(line) <= columns for line in lines), lines
    assert {len(line) for line in lines if line.startswith(("|", "+"))} == {columns}
    text = "\n".join(lines)
    assert "more-and" in text if columns == 60 else "EMERGENCY - get help now" in text
