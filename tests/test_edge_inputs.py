"""Edges of the command line, the environment and the settings: `--top` with leading zeros, an
output encoding that encodes nothing, file names with escapes in the validate summary, `faq = []`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.config import ConfigFile, resolve
from backcare.engine.query import top_from_text
from tests.conftest import REPO, installed_command


def test_top_with_leading_zeros_is_the_number_they_lead() -> None:
    assert top_from_text("0" * 40 + "1") == 1
    assert top_from_text("000３") == 3
    assert top_from_text("0" * 5000) == 0  # then refused by the range check, as 0 is
    with pytest.raises(ValueError, match="from 1 to 1000"):
        top_from_text("1" * 5000)  # significant digits stay bounded (int() refuses past 4,300)


@pytest.mark.parametrize("route", ["fast", "typer"])
def test_top_with_leading_zeros_on_the_command_line(route: str) -> None:
    env = {**os.environ, "BACKCARE_NO_FAST_PATH": "1" if route == "typer" else ""}
    done = subprocess.run(
        [*installed_command(), "ask", "--json", "--top", "0" * 40 + "2", "stiff back"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["results"]) == 2


@pytest.mark.parametrize(
    ("command", "code"),
    [
        (["ask", "stiff back after sitting"], 2),
        (["ask", "i cant pee"], 3),
        (["topics"], 2),
        (["validate", "data/faq.json"], 2),
    ],
)
def test_an_output_encoding_that_encodes_nothing_is_one_line_on_stderr(
    command: list[str], code: int
) -> None:
    done = subprocess.run(
        [*installed_command(), *command],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "undefined"},
        cwd=REPO,
        check=False,
    )
    assert done.returncode == code
    assert done.stderr.decode("utf-8") == (
        "backcare: cannot write output: its encoding 'undefined' cannot encode text "
        "(PYTHONIOENCODING? unset it or set it to utf-8)\n"
    )


def test_the_validate_summary_shows_a_file_names_escapes_as_its_errors_do(
    tmp_path: Path, runner: CliRunner
) -> None:
    pack = tmp_path / "\x1b[31mred\x1b[0m.json"
    pack.write_text(
        json.dumps(
            {"entries": [{"id": "a", "question": "Is heat good?", "answer": "Yes.", "topic": "t"}]}
        ),
        encoding="utf-8",
    )
    shown = str(tmp_path / "\\x1b[31mred\\x1b[0m.json")
    result = runner.invoke(app, ["validate", str(pack)])
    assert f"{shown}: 1 entry, 0 warnings" in result.stdout
    assert "\x1b" not in result.stdout
    broken = tmp_path / "\x1b[2Jb.json"
    broken.write_text("{", encoding="utf-8")
    several = runner.invoke(app, ["validate", str(pack), str(broken)])
    assert str(tmp_path / "\\x1b[2Jb.json") in several.stderr
    assert f"{shown}: 1 entry, 0 warnings" in several.stdout


def test_an_empty_faq_list_in_the_settings_is_a_bad_value_with_a_warning() -> None:
    warned: list[str] = []
    settings = resolve({}, {}, ConfigFile("/c.toml", "faq = []\n"), warn=warned.append)
    assert settings.faq == ()  # the bundled FAQ, as for any bad value: the next source decides
    assert warned == [
        "/c.toml: key 'faq': an empty list names no pack (leave the key out, or name 'bundled', "
        "for the bundled FAQ); using the default instead"
    ]
