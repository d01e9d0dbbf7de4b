"""ux23: the CLI doors review15 and hostile15 left open. A mistyped file name is no message (F2);
a batch on a pack that takes seconds to open tells its first line's notices early (F3); a jsonl
message broken by a raw line break is named and its words read together (F6); a lone ESC is read
both as a gap and as nothing by the red-flag check (hostile15 F10)."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import backcare.cli.ask as ask_module
import backcare.cli.notices as notices_module
from backcare.cli.app import app
from tests.conftest import REPO, installed_command

EMERGENCY = "EMERGENCY - get help now:"
PACK = str(REPO / "data" / "faq.json")
NUMB_AND_CANT_PEE = "i cant pee and my bum is numb"


# --- F2: a mistyped file name is a path, not a message ---------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["import", "saddle_numbness_and_bladder.html"],
        ["import", "docs/bladder-weakness.md"],
        ["import", "/home/me/My Documents/saddle numbness and bladder.html"],
        ["import", "cant-pee-numb-bum.pdf"],
        ["validate", "saddle_numbness_and_bladder.json"],
        ["validate", PACK, "--questions", "saddle-numbness/bladder.txt"],
        ["validate", PACK, "--against", "old/cauda_equina_cant_pee.json"],
        ["--faq", "saddle_numbness_and_bladder.json", "ask", "heat or ice"],
        ["--faq", "packs\\numb_bum_cant_pee.json", "topics"],
    ],
)
def test_a_mistyped_file_name_is_only_its_error(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 2, done.stdout
    assert EMERGENCY not in done.stdout + done.stderr
    assert "no such file" in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["import", NUMB_AND_CANT_PEE],
        ["import", "i cant pee and my bum is numb.md"],  # words with spaces, a dot at the end
        ["import", "numb_bum_cant_pee"],  # no extension, no separator
        ["import", "cant.pee.my.bum.is.numb"],  # "numb" is a word, not an extension
        ["validate", PACK, "--questions", "i cant pee and my bum is numb."],
        ["--faq", NUMB_AND_CANT_PEE, "ask", "heat or ice"],
    ],
)
def test_words_where_a_file_goes_are_still_read(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 3
    assert EMERGENCY in done.stdout
    assert "no such file" in done.stderr


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("faq.json", True),
        ("notes.docx", True),
        ("a/b", True),
        ("C:\\faq", True),
        ("./my faq.md", True),
        ("~/My Documents/saddle numbness.html", True),
        ("cant.pee", False),
        ("back pain.", False),
        ("L4.5", False),
        ("my faq.md", False),
        ("i cant pee", False),
        ("", False),
    ],
)
def test_path_shape(text: str, shaped: bool) -> None:
    from backcare.cli.pathwords import path_shaped

    assert path_shaped(text) is shaped


# --- hostile15 F10: a lone ESC read both ways ------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("c\x1bant pee and my bum is numb", {"cauda-equina-bladder", "cauda-equina-saddle"}),
        ("cant\x1bpee and my bum is numb", {"cauda-equina-bladder", "cauda-equina-saddle"}),
        ("my bum is n\x1bumb and i cant\x1bpee", {"cauda-equina-bladder", "cauda-equina-saddle"}),
        ("i want to k\x1bill myself", {"crisis"}),
        ("i c\x1bant p\x1bee", {"cauda-equina-bladder"}),
    ],
)
def test_a_lone_esc_hides_no_red_flag_either_way(typed: str, expected: set[str]) -> None:
    from backcare.engine.answer import red_flags, warnings

    assert expected <= {flag.id for flag in red_flags(typed)}
    flags, pointer = warnings(typed)
    assert expected <= {flag.id for flag in flags} and pointer is None
    urgencies = [flag.urgency for flag in flags]
    order = ["emergency", "urgent", "soon"]
    assert urgencies == sorted(urgencies, key=order.index)  # most urgent first


def test_a_lone_esc_in_a_plain_question_raises_nothing() -> None:
    from backcare.engine.answer import red_flags

    assert red_flags("stiff\x1bback after sitting") == ()
    assert red_flags("heat or i\x1bce for a stiff back") == ()


def test_the_cli_tells_the_notice_of_an_alt_letter_word() -> None:
    done = CliRunner().invoke(app, ["ask", "--json", "i c\x1bant pee"])
    assert done.exit_code == 3
    assert json.loads(done.stdout)["red_flags"][0]["id"] == "cauda-equina-bladder"


# --- F3: a batch on a pack slow to open tells its first line's notices early -----------------


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.json"
    path.write_bytes((REPO / "data" / "faq.json").read_bytes())
    return path


def _slow_open(monkeypatch: pytest.MonkeyPatch, seconds: float, early: float = 0.05) -> None:
    opened = ask_module.open_engine  # type: ignore[attr-defined]

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(seconds)
        return opened(*args, **kwargs)

    monkeypatch.setattr(ask_module, "open_engine", slow)
    monkeypatch.setattr(notices_module, "EARLY_AFTER", early)


def _batch(pack: Path, lines: str, *extra: str) -> Any:
    return CliRunner().invoke(app, ["--faq", str(pack), "ask", *extra, "-"], input=lines)


@pytest.mark.parametrize("extra", [["--json"], [], ["--json", "--input", "jsonl"]])
def test_a_slow_pack_tells_a_batchs_first_emergency_on_stderr_while_it_opens(
    pack: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str]
) -> None:
    first = json.dumps({"q": NUMB_AND_CANT_PEE}) if "jsonl" in extra else NUMB_AND_CANT_PEE
    lines = f"{first}\n{json.dumps({'q': 'heat or ice'}) if 'jsonl' in extra else 'heat or ice'}\n"
    monkeypatch.setattr(notices_module, "EARLY_AFTER", 3600.0)
    at_once = _batch(pack, lines, *extra)
    _slow_open(monkeypatch, 1.5)
    done = _batch(pack, lines, *extra)
    assert done.exit_code == at_once.exit_code == 3
    assert done.stderr.startswith(EMERGENCY)  # told before the pack was open
    assert EMERGENCY not in at_once.stderr
    assert done.stdout == at_once.stdout  # the records are unchanged
    told = [line for line in done.stderr.splitlines() if line.startswith(EMERGENCY)]
    assert len(told) == len(set(told)) == 2  # each notice once on stderr


def test_a_slow_pack_tells_nothing_early_for_an_ordinary_first_line(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slow_open(monkeypatch, 1.5)
    done = _batch(pack, f"stiff back after sitting\n{NUMB_AND_CANT_PEE}\n", "--json")
    assert done.exit_code == 3
    assert EMERGENCY not in done.stderr  # only the first line is read ahead
    assert [json.loads(line)["line"] for line in done.stdout.splitlines()] == [1, 2]


def test_a_pack_that_fails_to_open_still_reads_the_line_read_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    _slow_open(monkeypatch, 1.0)
    done = _batch(broken, f"{NUMB_AND_CANT_PEE}\nheat or ice\n", "--json")
    assert done.exit_code == 3
    shown = [json.loads(line) for line in done.stdout.splitlines()]
    assert shown[0]["line"] == 1 and shown[0]["red_flags"]


def test_sigterm_during_a_batchs_first_index_build_leaves_the_notice_told(
    tmp_path: Path,
) -> None:
    # the installed command, a pack large enough that its first index build takes seconds, and
    # a worker that writes its first message and waits
    from tools.make_pack import make_pack

    big = tmp_path / "big.json"
    big.write_text(json.dumps(make_pack(40_000)), encoding="utf-8")
    env = {
        **os.environ,
        "BACKCARE_CACHE_DIR": str(tmp_path / "cache"),
        "BACKCARE_CONFIG": os.devnull,
    }
    worker = subprocess.Popen(
        [*installed_command(), "--faq", str(big), "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert worker.stdin is not None and worker.stderr is not None
    worker.stdin.write(NUMB_AND_CANT_PEE + "\n")
    worker.stdin.flush()
    ready, _, _ = select.select([worker.stderr], [], [], 120)
    told = worker.stderr.readline() if ready else ""
    worker.send_signal(signal.SIGTERM)
    worker.communicate(timeout=60)
    assert told.startswith(EMERGENCY)


# --- F6: a jsonl message broken by a raw line break ------------------------------------------


def test_a_raw_line_break_inside_a_jsonl_message_is_named_and_read_across() -> None:
    lines = '{"q": "is it normal that i can\nt pee since this morning"}\n{"q": "heat or ice"}\n'
    done = CliRunner().invoke(app, ["ask", "--json", "--input", "jsonl", "-"], input=lines)
    assert done.exit_code == 3  # neither half alone raises the notice
    shown = [json.loads(line) for line in done.stdout.splitlines()]
    assert [item.get("line") for item in shown[:3]] == [1, 2, 3]
    assert "line 1 ends inside a string" in shown[0]["error"]
    assert shown[1]["red_flags"][0]["id"] == "cauda-equina-bladder"
    assert "goes on from line 1" in shown[1]["error"]  # the notice object says it was no message
    assert shown[1]["query"] == 't pee since this morning"}'  # the line as given
    assert "match" in shown[2] and "error" not in shown[2]  # the next message is answered
    assert "line 1 ends inside a string" in done.stderr


def test_a_message_broken_over_three_lines_is_read_whole_in_plain_output() -> None:
    lines = '{"q": "my bum\nis\nnumb", "id": 7}\n'
    done = CliRunner().invoke(app, ["ask", "--input", "jsonl", "-"], input=lines)
    assert done.exit_code == 3
    assert done.stdout.startswith(EMERGENCY)
    assert "line 3 goes on from line 1" in done.stderr


def test_a_line_that_is_not_json_after_a_closed_message_is_read_alone() -> None:
    lines = '{"q": "heat or ice"}\nt pee\n'
    done = CliRunner().invoke(app, ["ask", "--json", "--input", "jsonl", "-"], input=lines)
    assert done.exit_code == 2
    shown = [json.loads(line) for line in done.stdout.splitlines()]
    assert shown[1] == {
        "line": 2,
        "error": 'the line is not JSON (--input jsonl reads {"q": MESSAGE} a line)',
    }
