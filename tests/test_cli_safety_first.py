"""An emergency is always shown first and alone, whatever else goes wrong around the question:
help typed before it, a question typed after `show`, bad settings, a pack that cannot load."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import installed_command

BACKCARE = installed_command()
EMERGENCY = "EMERGENCY - get help now:"


def command(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BACKCARE, *args],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_help_followed_by_a_question_is_a_question_checked_for_red_flags() -> None:
    done = command("help", "i", "cant", "pee", "and", "both", "legs", "are", "numb")
    assert done.returncode == 3
    assert done.stdout.startswith(EMERGENCY)
    assert "Usage:" not in done.stdout


def test_help_with_one_command_name_is_still_that_commands_help() -> None:
    done = command("help", "topics")
    assert done.returncode == 0 and "Usage: backcare topics" in done.stdout


def test_help_with_words_that_describe_nothing_urgent_is_asked_not_helped() -> None:
    done = command("help", "stiff", "back", "after", "sitting")
    assert done.returncode == 0
    assert "Usage:" not in done.stdout and done.stdout.strip()


def test_show_with_a_question_shows_the_emergency_then_says_how_to_ask(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "my", "legs", "are", "numb", "and", "i", "cant", "pee"])
    assert result.exit_code == 3
    assert result.stdout.startswith(EMERGENCY)
    assert "backcare ask show my legs are numb and i cant pee" in result.stderr


def test_show_with_several_harmless_words_is_a_usage_error_saying_how_to_ask(
    runner: CliRunner,
) -> None:
    result = runner.invoke(app, ["show", "my", "back", "is", "stiff"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "takes one entry ID" in result.stderr
    assert "backcare ask show my back is stiff" in result.stderr


def test_show_with_a_question_in_json_gives_the_notice_object(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "--json", "both", "legs", "numb"])
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["match"] is None and data["red_flags"][0]["urgency"] == "emergency"


def test_show_with_one_id_is_unchanged(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "back-get-stiff-sit"])
    assert result.exit_code == 0 and "Why does my back get stiff" in result.stdout
