"""hostile7 and newcomer7's findings on the process's streams, run on the installed command in a
subprocess (the bugs were in how bytes come in and go out): question input in UTF-16 or UTF-32,
a batch whose reader leaves, terminal output into a short reader."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import installed_command

BACKCARE = installed_command()
LINES = "stiff back after sitting\r\ni cant pee\r\n"


def run(
    *args: str, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*BACKCARE, *args], input=stdin, capture_output=True, timeout=120, cwd=cwd, check=False
    )


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "BACKCARE": " ".join(BACKCARE)},
        check=False,
    )


ENCODED = {
    "utf-16 with its mark": LINES.encode("utf-16"),
    "utf-16-be with its mark": codecs.BOM_UTF16_BE + LINES.encode("utf-16-be"),
    "utf-16-le, no mark": LINES.encode("utf-16-le"),
    "utf-16-be, no mark": LINES.encode("utf-16-be"),
    "utf-32 with its mark": LINES.encode("utf-32"),
}


@pytest.mark.parametrize("encoding", ENCODED)
def test_a_utf16_batch_is_decoded_and_keeps_its_emergency(encoding: str) -> None:
    done = run("ask", "--json", "-", stdin=ENCODED[encoding])
    found = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [f["query"] for f in found] == ["stiff back after sitting", "i cant pee"]
    assert found[0]["match"]["id"] == "back-get-stiff-sit"
    assert found[1]["red_flags"][0]["urgency"] == "emergency"
    assert done.returncode == 3
    assert "\x00" not in done.stderr.decode()


@pytest.mark.parametrize("encoding", ENCODED)
def test_a_utf16_questions_file_is_decoded(encoding: str, tmp_path: Path) -> None:
    (tmp_path / "q.txt").write_bytes(ENCODED[encoding])
    done = run("validate", "bundled", "--questions", "q.txt", "--json", cwd=tmp_path)
    report = json.loads(done.stdout)
    assert [q["question"] for q in report["questions"]] == [
        "stiff back after sitting",
        "i cant pee",
    ]
    assert report["summary"]["red_flagged"] == 1


def test_a_utf16_batch_longer_than_a_read_keeps_every_line() -> None:
    text = "".join(f"stiff back after sitting {n}\n" for n in range(3000)) + "i cant pee\n"
    done = run("ask", "--json", "-", stdin=text.encode("utf-16"))
    found = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(found) == 3001 and found[1234]["query"] == "stiff back after sitting 1234"
    assert done.returncode == 3


def test_utf8_text_with_nul_runs_is_not_taken_for_utf16() -> None:
    done = run("ask", "--json", "-", stdin=b"\x00" * 1000 + b"\nstiff back after sitting\n")
    found = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert found[-1]["query"] == "stiff back after sitting"
