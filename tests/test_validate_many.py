"""hostile11: `validate` of a pack with very many warnings. On a terminal the table lists the first
SHOWN_WARNINGS and says how many more (Rich took minutes to lay out 249,999 rows); --plain and
--json, read by programs, list every one; the summary counts all. Error messages from the json
module read as sentences ("Invalid control character at at line 1")."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.output.checked import SHOWN_WARNINGS


def _pack(tmp_path: Path, entries: int) -> Path:
    path = tmp_path / "many.json"
    data = {
        "title": "Many",
        "entries": [
            {"id": f"e{n}", "question": "Back?", "answer": f"Answer {n}."} for n in range(entries)
        ],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_terminal_lists_the_first_warnings_and_counts_the_rest(tmp_path: Path) -> None:
    path = _pack(tmp_path, 1_200)
    runner = CliRunner()
    plain = runner.invoke(app, ["validate", "--plain", str(path)])
    listed = [line for line in plain.stdout.splitlines() if "\t" in line]
    assert len(listed) > SHOWN_WARNINGS
    rich = runner.invoke(app, ["validate", "--color", "always", str(path)], env={"COLUMNS": "120"})
    assert f"and {len(listed) - SHOWN_WARNINGS:,} more" in rich.stdout
    assert "1,200 entries" in rich.stdout
    shown = json.loads(runner.invoke(app, ["validate", "--json", str(path)]).stdout)
    assert len(shown["warnings"]) == len(listed)


def test_json_errors_read_as_sentences(tmp_path: Path) -> None:
    runner = CliRunner()
    control = tmp_path / "control.json"
    control.write_bytes(b'{"ti\x00tle": 1}')
    said = runner.invoke(app, ["--faq", str(control), "ask", "x"]).stderr
    assert "Invalid control character at line 1, column 5" in said and "at at" not in said
    marks = tmp_path / "marks.json"
    marks.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf{}")
    said = runner.invoke(app, ["--faq", str(marks), "ask", "x"]).stderr
    assert "a second byte-order mark" in said and "utf-8-sig" not in said


def test_a_pack_named_dash_is_no_file_and_is_told_so() -> None:
    said = CliRunner().invoke(app, ["--faq", "-", "ask", "x"])
    assert said.exit_code == 2
    assert "read from a file, not standard input" in said.stderr


def test_a_misspelled_emergency_question_is_warned_about_as_ask_withholds_it(
    tmp_path: Path,
) -> None:
    """validate's emergency-question warning reads an entry's question as `ask` does before
    serving it (typos corrected): it says what ask will withhold. Answers are read as written."""
    path = tmp_path / "forum.json"
    entry = {"id": "a", "question": "i fel off a ladder and hit my back", "answer": "Rest."}
    path.write_text(json.dumps({"title": "Forum", "entries": [entry]}), encoding="utf-8")
    runner = CliRunner()
    shown = json.loads(runner.invoke(app, ["validate", "--json", str(path)]).stdout)
    assert [w["kind"] for w in shown["warnings"]] == ["emergency-question"]
    asked = json.loads(
        runner.invoke(app, ["--faq", str(path), "ask", "--json", "ladder back"]).stdout
    )
    assert asked["match"] is None and "withheld" in asked
