"""hostile7 and newcomer7's findings on the process's streams, run on the installed command in a
subprocess (the bugs were in how bytes come in and go out): question input in UTF-16 or UTF-32,
a batch whose reader leaves, terminal output into a short reader."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import threading
from pathlib import Path

import pytest

from backcare.cli.notices import FirstLine
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


def test_a_batch_cut_by_its_reader_still_reports_a_later_emergency(tmp_path: Path) -> None:
    lines = "stiff back after sitting\n" * 3000 + "i cant pee\n"
    (tmp_path / "b.txt").write_text(lines)
    for json_flag in ("", "--json"):
        done = shell(
            f'$BACKCARE ask {json_flag} - < b.txt | head -n 1 > /dev/null; echo "${{PIPESTATUS[0]}}"',
            tmp_path,
        )
        assert done.stdout.split() == ["3"], done
        assert "EMERGENCY" in done.stderr.upper()


@pytest.mark.parametrize("pack", ["--faq bundled", "--faq own.json", "settings"])
def test_a_batch_on_a_named_pack_cut_by_its_reader_reports_a_later_emergency(
    pack: str, tmp_path: Path
) -> None:
    # newcomer22 F1: with a pack named (its first line read ahead while the pack opens), a batch
    # whose reader left after an answer hung for ever, and the emergency on a later line was lost
    (tmp_path / "own.json").write_text(
        json.dumps(
            {
                "entries": [
                    {"id": "parking", "question": "Where can I park?", "answer": "Behind us."}
                ]
            }
        )
    )
    (tmp_path / "b.txt").write_text("where can I park\n" * 3000 + "i cant pee\n")
    if pack == "settings":
        (tmp_path / "config" / "backcare").mkdir(parents=True)
        (tmp_path / "config" / "backcare" / "config.toml").write_text(
            f"faq = {json.dumps(str(tmp_path / 'own.json'))}\n"
        )
        prefix = f"XDG_CONFIG_HOME={tmp_path / 'config'} $BACKCARE"
    else:
        prefix = f"$BACKCARE {pack}"
    done = shell(
        f'{prefix} ask - < b.txt | head -n 1 > /dev/null; echo "${{PIPESTATUS[0]}}"', tmp_path
    )
    assert done.stdout.split() == ["3"], done  # the old code hung: the timeout failed it


def _two_passes(lines: FirstLine) -> tuple[list[str], list[str]]:
    first: list[str] = []
    for line in lines:  # the batch answers one line, then its output fails
        first.append(line)
        break
    rest: list[str] = []
    reader = threading.Thread(target=lambda: rest.extend(lines), daemon=True)
    reader.start()  # the notices of the lines still to come
    reader.join(timeout=10)
    assert not reader.is_alive(), "the second pass waited for a read ahead that never happened"
    return first, rest


def test_a_batch_read_again_after_its_output_failed_goes_on_from_where_it_stopped() -> None:
    # newcomer22 F1, the cause: the second pass waited for the first line's read ahead
    assert _two_passes(FirstLine(iter(["a", "b", "c"]))) == (["a"], ["b", "c"])
    read_ahead = FirstLine(iter(["a", "b", "c"]))
    assert read_ahead.ahead() == ["a"]  # the pack took long to open: its timer read line 1
    assert _two_passes(read_ahead) == (["a"], ["b", "c"])


def test_a_batch_cut_by_its_reader_with_no_emergency_still_exits_141(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("stiff back after sitting\n" * 3000)
    done = shell(
        '$BACKCARE ask - < b.txt | head -n 1 > /dev/null; echo "${PIPESTATUS[0]}"', tmp_path
    )
    assert done.stdout.split() == ["141"] and done.stderr == ""


def test_terminal_output_into_a_short_reader_exits_as_plain_output_does(tmp_path: Path) -> None:
    # Rich wrote a panel in several writes, so `head` could leave between them: 141 or 3 by chance
    statuses = shell(
        "for i in 1 2 3 4 5 6 7 8; do"
        ' $BACKCARE ask --color always "my legs are numb and i cant pee" | head -c 10 >/dev/null;'
        ' echo -n "${PIPESTATUS[0]} ";'
        ' $BACKCARE ask --color always "stiff back after sitting" | head -n 1 >/dev/null;'
        ' echo "${PIPESTATUS[0]}"; done',
        tmp_path,
    )
    assert statuses.stdout.splitlines() == ["3 0"] * 8, statuses


def test_an_endless_batch_whose_reader_left_still_ends(tmp_path: Path) -> None:
    # the rest of a batch is checked for red flags once the reader has gone, but only so far:
    # `yes ... | backcare ask - | head` ran until the endless input did (the timeout here)
    done = shell(
        'yes "stiff back after sitting" | $BACKCARE ask - | head -n 1 >/dev/null;'
        ' echo "${PIPESTATUS[1]}"',
        tmp_path,
    )
    assert done.stdout.strip() == "141"
    assert "the rest were not" in done.stderr
