"""ux31 of session 31 (tests/test_ux31.py is an earlier ux31's): what a newcomer and a pack author still tripped on, and two robustness gaps.

- F12: "not found" is one exit code (1) for `show ID`, `topics NAME` and `ask --topic NAME`;
- F13: a cache that cannot be used is one warning line a run, on stderr, never on stdout;
- F14: `validate --questions` names its columns, in plain output (a header row; aligned on a
  terminal) and in Rich;
- F15: a page's import notes on an ask are one line, said once, pointing to `validate`;
- a full disk (ENOSPC injected into every cache write) and hostile data-sums records are a
  silent fallback or one line, never a crash; the related-words file truncated while in use is
  no SIGBUS (it is read into memory, not mapped).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.errors import NotFoundError, QueryError
from tests.conftest import REPO, run_backcare

EMERGENCY_WORDS = "i cant pee and both my legs went numb this morning"


def invoke(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=stdin)


# F12: one code for "not found" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["show", "no-such-id"],
        ["topics", "no such topic"],
        ["ask", "--topic", "no such topic", "stiff back"],
        ["ask", "--plain", "--topic", "zebras", "heat or ice"],
    ],
)
def test_not_found_is_exit_1_whichever_command_met_it(args: list[str]) -> None:
    done = invoke(*args)
    assert done.exit_code == 1, done.stderr
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("backcare: ") and "Traceback" not in line


def test_a_batch_with_an_unknown_topic_is_not_found_too() -> None:
    done = invoke("ask", "--topic", "zebras", "-", stdin="stiff back\nheat or ice\n")
    assert done.exit_code == 1, done.stderr
    assert "unknown topic 'zebras'" in done.stderr


def test_an_unknown_topic_under_json_is_an_error_object_with_exit_1(tmp_path: Path) -> None:
    for args in (["topics", "--json", "zebras"], ["ask", "--json", "--topic", "zebras", "x y"]):
        done = run_backcare(*args, home=tmp_path, text=True)
        assert done.returncode == 1, done.stderr
        [line] = done.stdout.splitlines()
        assert "unknown topic 'zebras'" in json.loads(line)["error"]


def test_an_emergency_beside_an_unknown_topic_still_exits_3() -> None:
    for args in (["topics", EMERGENCY_WORDS], ["ask", "--topic", "zebras", EMERGENCY_WORDS]):
        done = invoke(*args)
        assert done.exit_code == 3, done.stderr
        assert "unknown topic" in done.stderr


def test_usage_errors_stay_exit_2() -> None:
    assert invoke("show", "").exit_code == 2
    assert invoke("ask", "--top", "0", "stiff back").exit_code == 2


def test_the_library_raises_not_found_which_is_a_query_error() -> None:
    from backcare import load_pack
    from backcare.engine.query import make_query

    with pytest.raises(NotFoundError, match="unknown topic 'zebras'") as raised:
        make_query("stiff back", load_pack(), topic="zebras")
    assert isinstance(raised.value, QueryError)


def test_the_console_script_agrees(tmp_path: Path) -> None:
    codes = [
        run_backcare(*args, home=tmp_path).returncode
        for args in (("show", "nope"), ("topics", "nope"), ("ask", "--topic", "nope", "x y"))
    ]
    assert codes == [1, 1, 1]


def test_the_exit_code_tables_say_so() -> None:
    scripting = (REPO / "docs" / "scripting.md").read_text(encoding="utf-8")
    row_1 = next(line for line in scripting.splitlines() if line.startswith("| 1 |"))
    row_2 = next(line for line in scripting.splitlines() if line.startswith("| 2 |"))
    assert "unknown topic" in row_1 and "unknown id" in row_1
    assert "topic" not in row_2
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "topic or id not found" in next(
        line for line in readme.splitlines() if line.startswith("| 1 |")
    )


# F14: validate --questions names its columns ------------------------------------------------


def _questions(tmp_path: Path) -> Path:
    asked = tmp_path / "asked.txt"
    asked.write_text("stiff back after sitting\nwhere do I park my bicycle\n", encoding="utf-8")
    return asked


def test_plain_questions_report_starts_with_a_header_of_tab_separated_names(
    tmp_path: Path,
) -> None:
    done = invoke("validate", "bundled", "--questions", str(_questions(tmp_path)))
    header, first, second, summary = done.stdout.splitlines()
    assert header.split("\t") == [
        "line",
        "answered?",
        "entry (closest if not)",
        "score /100",
        "question",
        "red flags",
    ]
    assert first.split("\t")[:3] == ["1", "answered", "back-get-stiff-sit"]
    assert len(first.split("\t")) == len(second.split("\t")) == 6
    assert summary.startswith("2 questions: ")


def test_labelled_questions_add_a_verdict_column(tmp_path: Path) -> None:
    asked = tmp_path / "asked.jsonl"
    asked.write_text(
        json.dumps({"q": "stiff back after sitting", "expect": ["back-get-stiff-sit"]}) + "\n",
        encoding="utf-8",
    )
    done = invoke("validate", "bundled", "--questions", str(asked))
    header, row = done.stdout.splitlines()[:2]
    assert header.split("\t")[-1] == "verdict" and row.split("\t")[-1] == "right"


def test_plain_questions_on_a_terminal_are_aligned_under_their_names() -> None:
    from backcare.output.plain import plain_questions
    from backcare.packs.questions import QuestionResult, QuestionsReport

    report = QuestionsReport(
        "clinic.json",
        (
            QuestionResult(1, "stiff back", True, "back-get-stiff-sit", None, 100.0, ()),
            QuestionResult(12, "park", False, None, None, 0.0, (("cauda", "emergency"),)),
        ),
    )
    lines = plain_questions(report, on_terminal=True).splitlines()
    assert "\t" not in "".join(lines)
    header = lines[0]
    for name in ("answered?", "entry (closest if not)", "score /100", "red flags", "question"):
        column = header.index(name)
        # every row's cell starts where its name does
        assert all(row[column - 1] == " " and row[column] != " " for row in lines[1:3]), name
    assert lines[1].endswith("stiff back") and lines[2].endswith("park")  # the question last


def test_rich_questions_table_says_the_score_is_out_of_100(tmp_path: Path) -> None:
    from rich.console import Console

    from backcare.output.checked import print_questions
    from backcare.packs.questions import QuestionResult, QuestionsReport

    console = Console(record=True, width=120, color_system=None)
    report = QuestionsReport("p.json", (QuestionResult(1, "q", True, "a", None, 50.0, ()),))
    print_questions(console, report)
    assert "score /100" in console.export_text()


# F13: the cache's problems, once, in one style, never on stdout -----------------------------


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write backcare makes into its cache fails as on a full disk: the atomic writes
    (records, snapshot, import cache, notes markers) and the index build."""
    import backcare.store.files as files
    import backcare.store.imports as imports
    import backcare.store.sqlitebuild as sqlitebuild

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_atomic", no_space)
    monkeypatch.setattr(imports, "write_atomic", no_space)  # bound at its import
    monkeypatch.setattr(sqlitebuild, "build_index_file", no_space)


def _cache_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "cache" in line]


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_is_one_warning_for_a_large_pack(big_pack: Path) -> None:
    done = invoke("--faq", str(big_pack), "ask", "--json", "knee stiff")
    assert done.exit_code in (0, 1), done.stderr
    json.loads(done.stdout)  # stdout: the answer alone
    [line] = _cache_lines(done.stderr)
    assert line.startswith("backcare: warning: the cache ")
    assert "No space left on device" in line and "answered from memory" in line


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_is_one_warning_for_a_page_and_a_large_pack_together(
    big_pack: Path, tmp_path: Path
) -> None:
    page = tmp_path / "faq.html"
    page.write_text(
        "<h1>FAQ</h1><h2>Can I park at the clinic?</h2><p>Yes, behind it.</p>"
        "<h2>Is there a lift?</h2><p>Yes.</p>",
        encoding="utf-8",
    )
    for args in (
        ["--faq", str(page), "ask", "--json", "park"],
        ["--faq", str(big_pack), "--faq", str(page), "ask", "--json", "park"],
        ["--faq", str(page), "ask", "--json", "-"],
    ):
        done = invoke(*args, stdin="park\nlift\n")
        assert done.exit_code in (0, 1), done.stderr
        assert all(json.loads(line) for line in done.stdout.splitlines())
        assert len(_cache_lines(done.stderr)) == 1, done.stderr


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_never_stops_validate_or_topics(big_pack: Path, tmp_path: Path) -> None:
    asked = _questions(tmp_path)
    done = invoke("validate", str(big_pack), "--questions", str(asked))
    assert done.exit_code in (0, 1) and "Traceback" not in done.stderr
    assert done.stdout.splitlines()[0].startswith("line\t")
    topics = invoke("--faq", str(big_pack), "topics", "--json")
    assert topics.exit_code == 0 and json.loads(topics.stdout)


def test_sqlites_full_disk_is_said_in_the_systems_words(
    big_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import backcare.store.sqlitebuild as sqlitebuild

    def full(*args: object, **kwargs: object) -> None:
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL, as SQLite raises it
        raise exc

    monkeypatch.setattr(sqlitebuild, "build_index_file", full)
    done = invoke("--faq", str(big_pack), "ask", "--json", "knee stiff")
    [line] = _cache_lines(done.stderr)
    assert "(No space left on device)" in line and "database" not in line


def test_one_cache_problem_a_run_is_said_once() -> None:
    from backcare.store import cachedir

    told: list[str] = []
    cachedir.report_to(told.append)
    try:
        cachedir.report_unusable("the cache X cannot be used (a)", told.append)
        cachedir.report_unusable("the cache X cannot be used (b)", told.append)
    finally:
        cachedir.report_to(None)
    assert told == ["the cache X cannot be used (a)"]


# F15: a page's import notes on an ask -------------------------------------------------------


def _page_with_notes(tmp_path: Path, skipped: int) -> Path:
    page = tmp_path / "clinic.html"
    body = "".join(f"<h2>Question number {i} without an answer?</h2>" for i in range(skipped))
    page.write_text(
        "<h1>Clinic FAQ</h1><h2>Can I park at the clinic?</h2><p>Yes, behind the building.</p>"
        f"{body}<h2>Is there a lift?</h2><p>Yes, by the stairs.</p>",
        encoding="utf-8",
    )
    return page


def test_many_import_notes_are_one_line_once_pointing_to_validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    page = _page_with_notes(tmp_path, 6)
    first = invoke("--faq", str(page), "ask", "can I park")
    assert first.exit_code == 0
    assert first.stdout.startswith("Yes, behind the building.")  # no note in the answer
    [line] = [line for line in first.stderr.splitlines() if line.startswith("note: ")]
    assert "6 notes" in line and "shown once" in line
    assert f"`backcare validate {page}` lists the import notes" in line
    again = invoke("--faq", str(page), "ask", "is there a lift")
    assert "note: " not in again.stderr
    # validate lists each of them
    listed = invoke("validate", str(page))
    assert "no answer text" in listed.stderr
    assert all(f"Question number {i} " in listed.stderr for i in range(6))


def test_a_single_import_note_is_said_in_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    page = _page_with_notes(tmp_path, 1)
    done = invoke("--faq", str(page), "ask", "--json", "can I park")
    json.loads(done.stdout)
    [line] = [line for line in done.stderr.splitlines() if line.startswith("note: ")]
    assert "left a note: " in line and "Question number 0" in line


# robustness: hostile data-sums records, a truncated related-words file ----------------------


@pytest.mark.parametrize(
    "kind", ["truncated", "random", "directory", "fifo", "huge", "nested", "wrong shape"]
)
def test_a_hostile_data_sums_record_is_ignored_silently(tmp_path: Path, kind: str) -> None:
    cache = tmp_path / "cache"
    first = run_backcare("ask", "stiff back", home=tmp_path, BACKCARE_CACHE_DIR=str(cache))
    assert first.returncode == 0
    record = cache / "snapshot" / "data-sums.json"
    assert record.is_file()
    record.unlink()
    if kind == "truncated":
        record.write_text('{"made": 1, "files": {"/x": [1, 2', encoding="utf-8")
    elif kind == "random":
        record.write_bytes(os.urandom(3000))
    elif kind == "directory":
        record.mkdir()
    elif kind == "fifo":
        os.mkfifo(record)
    elif kind == "huge":
        record.write_bytes(b" " * 100_000)
    elif kind == "nested":
        record.write_text("[" * 100_000, encoding="utf-8")
    else:
        record.write_text('{"made": true, "files": {"/x": [-1, 1e9, "a"]}}', encoding="utf-8")
    done = run_backcare("ask", "stiff back", home=tmp_path, BACKCARE_CACHE_DIR=str(cache))
    assert done.returncode == 0, done.stderr
    assert done.stderr == b"" and done.stdout == first.stdout


def test_the_related_words_file_truncated_while_in_use_is_no_crash(tmp_path: Path) -> None:
    copy = tmp_path / "related_words.txt"
    copy.write_bytes((REPO / "data" / "related_words.txt").read_bytes())
    code = (
        "import os, sys\n"
        "import backcare.resources as resources\n"
        "real = resources.data_file\n"
        f"resources.data_file = lambda name: {str(copy)!r} if name.startswith('related') "
        "else real(name)\n"
        "from backcare.engine.related import related_words\n"
        "table = related_words()\n"
        "assert table.get('back')\n"
        f"os.truncate({str(copy)!r}, 100)\n"
        "print(table.get('zebra') is None or True, table.get('folder') is not None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    # a mapped file here died of SIGBUS: no message, no traceback
    assert done.returncode != -signal.SIGBUS
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


_FULL_DISK_BUILD = """
import errno
import backcare.store.sqlitebuild as sqlitebuild


def _no_space(pack, index, progress=None):
    total = 2 * len(pack.entries)
    if progress is not None:  # the bar drawn, then the disk fills
        progress(0, total)
        progress(1, total)
    raise OSError(errno.ENOSPC, "No space left on device")


sqlitebuild.build_index_file = _no_space
"""


def test_a_build_that_fails_takes_its_progress_bar_away_before_the_answer(
    tmp_path: Path,
) -> None:
    from tests.ptyrun import Terminal
    from tools.make_pack import make_pack

    pack = tmp_path / "big.json"
    pack.write_text(json.dumps(make_pack(300)), encoding="utf-8")
    question = make_pack(300)["entries"][7]["question"]
    injected = tmp_path / "inject"
    injected.mkdir()
    (injected / "sitecustomize.py").write_text(_FULL_DISK_BUILD, encoding="utf-8")
    env = {
        "BACKCARE_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": os.pathsep.join([str(injected), str(REPO)]),
        "TERM": "xterm",
        "COLUMNS": "100",
    }
    with Terminal(tmp_path, "--faq", str(pack), "ask", question, **env) as term:
        status = term.finish()
    assert status in (0, 1), term.text
    shown = term.text
    assert "Indexing the FAQ pack" in shown  # the bar was drawn
    answer = shown.index("Confidence")
    # it was redrawn among the answer's lines and left at 0% under it (a full disk)
    assert "Indexing the FAQ pack" not in shown[answer:], shown[answer:]
    assert shown.count("backcare: warning: the cache") == 1  # a long path wraps after it
