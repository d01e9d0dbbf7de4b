"""Settings through the command line: the file, environment variables and flags, in that order of
strength, and `backcare config` saying where each value came from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    monkeypatch.setenv("BACKCARE_CONFIG", str(path))
    for var in ("NO_COLOR", "BACKCARE_TOP", "BACKCARE_PLAIN", "BACKCARE_COLOR", "PAGER"):
        monkeypatch.delenv(var, raising=False)
    return path


def run(runner: CliRunner, *args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, list(args), env=env)


def test_file_sets_top_and_a_flag_wins(runner: CliRunner, config_file: Path) -> None:
    config_file.write_text("top = 5\n", encoding="utf-8")
    five = json.loads(run(runner, "ask", "--json", "tight back").stdout)
    assert len(five["results"]) == 5
    two = json.loads(run(runner, "ask", "--json", "-n", "2", "tight back").stdout)
    assert len(two["results"]) == 2
    four = run(runner, "ask", "--json", "tight back", env={"BACKCARE_TOP": "4"})
    assert len(json.loads(four.stdout)["results"]) == 4


def test_plain_setting_makes_a_terminal_plain(runner: CliRunner, config_file: Path) -> None:
    config_file.write_text("plain = true\n", encoding="utf-8")
    result = run(runner, "ask", "--color", "always", "stiff back after sitting")
    assert result.stdout.startswith("When you sit") and "╭" not in result.stdout


def test_config_command_says_where_each_value_came_from(
    runner: CliRunner, config_file: Path
) -> None:
    config_file.write_text('region = "uk"\ncolor = "never"\n', encoding="utf-8")
    data = json.loads(run(runner, "config", "--json", env={"BACKCARE_TOP": "4"}).stdout)
    assert data["file"] == str(config_file)
    settings = data["settings"]
    assert settings["region"] == {"value": "UK", "source": str(config_file)}
    assert settings["top"] == {"value": 4, "source": "BACKCARE_TOP"}
    assert settings["plain"]["source"] == "default"
    plain = run(runner, "config").stdout.splitlines()
    assert "color\tnever\t" + str(config_file) in plain


def test_a_bad_setting_is_one_warning_line_and_the_default(
    runner: CliRunner, config_file: Path
) -> None:
    config_file.write_text("top = 0\n", encoding="utf-8")
    result = run(runner, "ask", "--json", "stiff back after sitting")
    assert result.exit_code == 0 and len(json.loads(result.stdout)["results"]) == 3
    assert result.stderr.count("\n") == 1 and "warning" in result.stderr
    assert str(config_file) in result.stderr and "'top'" in result.stderr
    config_file.write_text("colour = 'never'\n", encoding="utf-8")
    typo = run(runner, "topics")
    assert typo.exit_code == 0 and "did you mean 'color'" in typo.stderr


def test_config_still_reports_a_bad_setting_as_an_error(
    runner: CliRunner, config_file: Path
) -> None:
    config_file.write_text("colour = 'never'\n", encoding="utf-8")
    typo = run(runner, "config")
    assert typo.exit_code == 2 and "color\tauto\tdefault" in typo.stdout  # what applies instead
    assert "unknown key 'colour' ignored; did you mean 'color'" in typo.stderr
    config_file.write_text("top = 0\n", encoding="utf-8")
    assert run(runner, "config").exit_code == 2
    # every bad value is reported, not only the first: `config` is how a file is checked
    config_file.write_text("colour = 'never'\ntop = 0\nregion = 'Mars'\n", encoding="utf-8")
    every = run(runner, "config")
    assert every.exit_code == 2 and every.stderr.count("backcare: ") == 3
    assert "'colour'" in every.stderr and "'top'" in every.stderr and "'Mars'" in every.stderr
    config_file.write_text('region = "ZZ"\n', encoding="utf-8")
    assert "unknown region 'ZZ'" in run(runner, "config").stderr


def test_config_says_when_there_is_no_settings_file(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "config", env={"BACKCARE_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.exit_code == 0, result.stderr
    assert "config.toml (no file there)" in result.stdout


def test_no_color_turns_colour_off_but_a_flag_turns_it_on(
    runner: CliRunner, config_file: Path
) -> None:
    config_file.write_text("", encoding="utf-8")
    off = run(runner, "ask", "--color", "always", "stiff back", env={"NO_COLOR": "1"})
    assert "\x1b[3" in off.stdout  # the flag wins over NO_COLOR
    never = run(runner, "config", "--json", env={"NO_COLOR": "1"})
    assert json.loads(never.stdout)["settings"]["color"]["value"] == "never"


def test_region_gives_its_numbers_and_the_pack_contact_follows(
    runner: CliRunner, config_file: Path, tmp_path: Path
) -> None:
    config_file.write_text('region = "us"\n', encoding="utf-8")
    pack = tmp_path / "clinic.json"
    entry = {"id": "e", "question": "What helps a stiff back?", "answer": "Heat."}
    pack.write_text(json.dumps({"contact": "Clinic: 555 0100", "entries": [entry]}), "utf-8")
    result = run(runner, "ask", "--faq", str(pack), "stiff back and I can't control my bladder")
    assert result.exit_code == 3
    notice, contact = result.stdout.splitlines()[:2]
    assert notice.startswith("EMERGENCY - get help now: ")
    assert "911" in notice and "999" not in notice and "555 0100" not in notice
    assert contact == "Clinic: 555 0100"  # once, after the notices (newcomer9 5)
    assert "Heat." not in result.stdout  # the notice stands alone
    data = json.loads(run(runner, "ask", "--json", "--faq", str(pack), "I wet myself").stdout)
    assert "911" in data["red_flags"][0]["action"] and data["match"] is None
    everyone = run(runner, "ask", "--plain", "I wet myself", env={"BACKCARE_REGION": ""})
    assert "911" in everyone.stdout  # an empty variable does not count: the file's US stays
    config_file.write_text('region = "ZZ"\n', encoding="utf-8")
    bad = run(runner, "ask", "I wet myself")
    assert bad.exit_code == 3 and "known:" in bad.stderr and "warning" in bad.stderr
    assert "911" in bad.stdout and "999" in bad.stdout  # every region's numbers


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("back pain and a high fever, shivering", "get medical help today"),
        ("back pain for six weeks and it is not getting better", "see a doctor soon"),
    ],
)
def test_message_and_action_are_not_doubled(
    runner: CliRunner, config_file: Path, question: str, label: str
) -> None:
    # the label ("URGENT - get medical help today:") and the call to action after it once said
    # the same words twice ("... today: Back pain ... Get medical help today: ask for ...")
    config_file.write_text("", encoding="utf-8")
    first = run(runner, "ask", "--plain", question).stdout.splitlines()[0]
    assert first.casefold().count(label) == 1, first  # the label's, and not again


def test_config_warns_about_a_pack_it_cannot_open(
    runner: CliRunner, config_file: Path, tmp_path: Path
) -> None:
    config_file.write_text('faq = "~/no-such-pack.json"\n', encoding="utf-8")
    missing = run(runner, "config", env={"HOME": str(tmp_path)})
    assert missing.exit_code == 1
    assert "no-such-pack.json: no such file" in missing.stderr
    assert str(config_file) in missing.stderr and "warning" in missing.stderr
    assert "faq\t" in missing.stdout  # the settings are still shown
    folder = run(runner, "config", "--json", env={"BACKCARE_FAQ": str(tmp_path)})
    assert folder.exit_code == 1 and "is a directory, not a file" in folder.stderr
    assert json.loads(folder.stdout)["settings"]["faq"]["source"] == "BACKCARE_FAQ"
    pack = tmp_path / "pack.json"
    pack.write_text('{"entries": []}', encoding="utf-8")
    # newcomer24 F10: a file that is no pack (here: no entries) answers nothing: said, exit 1
    empty = run(runner, "config", env={"BACKCARE_FAQ": f"{pack}:bundled"})
    assert empty.exit_code == 1 and "'entries' is empty" in empty.stderr
    entry = '{"id": "a", "question": "Is there parking?", "answer": "Yes."}'
    pack.write_text(f'{{"entries": [{entry}]}}', encoding="utf-8")
    fine = run(runner, "config", env={"BACKCARE_FAQ": f"{pack}:bundled"})
    assert fine.exit_code == 0 and fine.stderr == ""
    long_name = run(runner, "config", env={"BACKCARE_FAQ": "a" * 5000})
    assert long_name.exit_code == 1, long_name.stderr
    assert "warning: faq (from BACKCARE_FAQ): " in long_name.stderr
    assert "input/output error" not in long_name.stderr


@pytest.mark.parametrize("written", ["ＵＫ", "ｕｋ", "ＧＢ", " ＵＫ "])
def test_a_region_in_full_width_letters_is_read_as_its_code(
    runner: CliRunner, config_file: Path, written: str
) -> None:
    """A region typed with an East Asian keyboard's full-width letters ('ＵＫ') is the code UK, in
    the environment and in the settings file: it was refused ('must be a region code'), and every
    notice then listed every region's numbers instead of the 999 the user asked for."""
    config_file.write_text("", encoding="utf-8")
    from_env = run(runner, "config", "--json", env={"BACKCARE_REGION": written})
    assert from_env.exit_code == 0, from_env.stderr
    assert json.loads(from_env.stdout)["settings"]["region"]["value"] == "UK"
    config_file.write_text(f'region = "{written}"\n', encoding="utf-8")
    from_file = run(runner, "config", "--json")
    assert from_file.exit_code == 0, from_file.stderr
    assert json.loads(from_file.stdout)["settings"]["region"]["value"] == "UK"
    notice = run(runner, "ask", "--plain", "I wet myself").stdout
    assert "999" in notice and "911" not in notice


def test_a_full_width_region_still_unknown_says_what_was_read(
    runner: CliRunner, config_file: Path
) -> None:
    config_file.write_text('region = "ＺＺ"\n', encoding="utf-8")
    result = run(runner, "config")
    assert result.exit_code == 2
    assert "unknown region 'ＺＺ' (read as 'ZZ'; known:" in result.stderr
    shaped = run(runner, "config", env={"BACKCARE_REGION": "Ｕ.Ｋ"})
    assert "not 'Ｕ.Ｋ' (read as 'U.K')" in shaped.stderr


def test_validate_with_no_pack_checks_the_pack_the_settings_name_and_says_which_first(
    runner: CliRunner, config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BACKCARE_FAQ", raising=False)
    # a practice manager who has just set `faq =` expects `backcare validate` to check that pack
    clinic = tmp_path / "clinic.json"
    entries = [
        {"id": "parking", "question": "Can I park at the clinic?", "answer": "Yes, behind it."},
        {"id": "parking-2", "question": "Can I park at the clinic?", "answer": "Yes."},
    ]
    clinic.write_text(json.dumps({"title": "Clinic", "entries": entries}), encoding="utf-8")
    config_file.write_text('faq = "clinic.json"\n', encoding="utf-8")
    named = run(runner, "validate")
    assert named.exit_code == 1, named.output  # the clinic's duplicate question: a warning
    first = named.stderr.splitlines()[0]
    assert (
        first
        == f"note: no PACK given: checking {clinic}, the pack the settings file ({config_file}) names"
    )
    assert "duplicate-question" in named.stdout
    as_json = run(runner, "validate", "--json")
    assert json.loads(as_json.stdout)["pack"] == str(clinic)
    asked = tmp_path / "q.txt"
    asked.write_text("can I park at the clinic\n", encoding="utf-8")
    questions = run(runner, "validate", "--questions", str(asked), "--json")
    assert json.loads(questions.stdout)["pack"] == str(clinic)
    # BACKCARE_FAQ wins over the file, as everywhere; the line says so
    bundled = run(runner, "validate", env={"BACKCARE_FAQ": "bundled"})
    assert bundled.stderr.splitlines()[0] == (
        "note: no PACK given: checking bundled, the pack BACKCARE_FAQ names"
    )
    assert "duplicate-question" not in bundled.stdout
    # a PACK given, or --faq before the command, is checked without the line
    given = run(runner, "validate", "bundled")
    assert "no PACK given" not in given.stderr
    before = run(runner, "--faq", "bundled", "validate")
    assert "no PACK given" not in before.stderr and before.exit_code == given.exit_code


def test_validate_with_no_pack_and_none_configured_says_how_to_name_one(
    runner: CliRunner, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BACKCARE_FAQ", raising=False)
    config_file.write_text('region = "UK"\n', encoding="utf-8")  # a file, naming no pack
    done = run(runner, "validate")
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    for way in ("backcare validate PACK", "--faq PACK before 'validate'", "faq = ", "BACKCARE_FAQ"):
        assert way in done.stderr, (way, done.stderr)
    assert str(config_file) in done.stderr  # where the settings file is looked for
