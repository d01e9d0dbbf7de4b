"""The Rich views of validate, validate --questions, config and import (`--color always`), beside
the golden files of ask/topics/show: each shows what the plain view shows, as tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import PackWriter

WARNED = {
    "title": "Warn",
    "entries": [
        {"id": "a", "question": "How do I relieve a stiff back?", "answer": "Walk."},
        {"id": "b", "question": "How do I relieve a stiff back?", "answer": "Stretch."},
        {"id": "c", "question": "Why is my back stiff?", "answer": "Sitting still."},
    ],
}


def rich(runner: CliRunner, *args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, [*args, "--color", "always"], env={"COLUMNS": "100", **(env or {})})


def test_validate_warnings_are_a_table_and_a_summary(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    result = rich(runner, "validate", str(write_pack(WARNED)))
    assert result.exit_code == 1
    for shown in ("Warnings", "duplicate-question", "same question as 'a'", "3 entries"):
        assert shown in result.stdout
    assert "1 warning." in result.stdout  # the repeated question, said once (newcomer23 F14)


def test_validate_of_several_packs_names_each_pack(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    first = write_pack(WARNED, "first.json")
    second = write_pack(
        {"entries": [{"id": "d", "question": "Is heat good?", "answer": "Often."}]}, "second.json"
    )
    result = rich(runner, "validate", str(first), str(second))
    assert "pack" in result.stdout and "first.json" in result.stdout


def test_validate_keeps_a_long_pack_path_whole(
    runner: CliRunner, write_pack: PackWriter, tmp_path: Path
) -> None:
    # CI's temporary directories are long: the summary's heading, a table title then, wrapped a
    # path at the table's width ("secon" / "d.json"); the terminal wraps it now, whole
    deep = tmp_path / ("d" * 70)
    deep.mkdir()
    packs = [write_pack(WARNED, str(deep / name)) for name in ("first.json", "second.json")]
    result = rich(runner, "validate", *map(str, packs))
    for pack in packs:
        assert f"{pack}: " in result.stdout


def test_validate_questions_table_shows_answers_and_red_flags(
    runner: CliRunner, write_pack: PackWriter, tmp_path: Path
) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text(
        "how do I relieve a stiff back\nmy legs are numb and I cant pee\n", encoding="utf-8"
    )
    result = rich(runner, "validate", str(write_pack(WARNED)), "--questions", str(questions))
    assert "real questions" in result.stdout
    assert "no confident answer" in result.stdout
    assert "emergency" in result.stdout
    assert "2 questions: 1 answered" in result.stdout


def test_config_is_a_settings_table(runner: CliRunner, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('region = "uk"\n', encoding="utf-8")
    result = rich(runner, "config", env={"BACKCARE_CONFIG": str(config)})
    assert result.exit_code == 0
    for shown in ("Settings", "setting", "region", "UK"):
        assert shown in result.stdout


@pytest.mark.parametrize("color", ["always", "never"])
def test_import_reports_the_same_whatever_the_colour(
    runner: CliRunner, tmp_path: Path, color: str
) -> None:
    page = tmp_path / "faq.md"
    page.write_text("# FAQ\n\n## Why is my back stiff?\n\nSitting still.\n", encoding="utf-8")
    out = tmp_path / f"pack-{color}.json"
    result = runner.invoke(app, ["--color", color, "import", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    assert "1 entr" in result.output


def test_validate_keeps_a_note_about_a_long_path_whole(runner: CliRunner, tmp_path: Path) -> None:
    # an import note names the page: on a terminal it was wrapped after "note:" and inside its
    # words when the path was long (CI's temporary directories); soft-wrapped, it reads whole
    deep = tmp_path / ("d" * 70)
    deep.mkdir()
    page = deep / "lossy.md"
    page.write_text(
        "# FAQ\n\n## Why is my back stiff?\n\nSitting too long.\n\n## Orphan question?\n",
        encoding="utf-8",
    )
    result = rich(runner, "validate", str(page))
    assert f"{page}: line 7: question 'Orphan question?': no answer text" in result.stderr
