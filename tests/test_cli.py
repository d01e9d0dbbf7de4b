"""The command-line contract through Typer's CliRunner: output modes, exit codes, options."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare import __version__
from backcare.cli.app import app
from tests.conftest import PackWriter


def run(
    runner: CliRunner, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> Any:
    return runner.invoke(app, list(args), input=stdin, env=env)


def test_ask_plain_prints_the_answer_text_only(runner: CliRunner) -> None:
    result = run(runner, "ask", "stiff", "back", "after", "sitting")
    assert result.exit_code == 0
    assert result.stdout.startswith("When you sit on the edge of your chair")
    assert "\x1b[" not in result.stdout


def test_ask_json_has_documented_shape(runner: CliRunner) -> None:
    result = run(runner, "ask", "--json", "stiff back after sitting")
    data = json.loads(result.stdout)
    assert data["match"]["id"] == "back-get-stiff-sit"
    assert 0 <= data["match"]["score"] <= 100
    assert len(data["results"]) == 3 and data["red_flags"] == []


def test_no_confident_match_exits_1_with_closest_on_stderr(runner: CliRunner) -> None:
    result = run(runner, "ask", "how do I make pancakes")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("backcare: no confident match for 'how do I make pancakes'")


def test_json_no_match_keeps_results(runner: CliRunner) -> None:
    result = run(runner, "ask", "--json", "muscle pancakes")
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and data["match"] is None and data["results"]


def test_batch_answers_each_line_in_order_and_a_blank_one_with_an_error(runner: CliRunner) -> None:
    stdin = "stiff back after sitting\n\n   \nhow do I make pancakes\nSMA\n"
    result = run(runner, "ask", "--json", "-", stdin=stdin)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d.get("error") for d in lines[1:3]] == ["the question is empty"] * 2
    assert [d["query"] for d in lines if "query" in d] == [
        "stiff back after sitting",
        "how do I make pancakes",
        "SMA",
    ]
    assert result.exit_code == 1


def test_batch_plain_separates_answers_with_a_blank_line(runner: CliRunner) -> None:
    result = run(runner, "ask", "-", stdin="SMA\nlegs up the wall\n")
    assert result.exit_code == 0
    first, second = result.stdout.split("\n\n- Come into")
    assert first.startswith("- muscle weakness")
    assert second.endswith("2 minutes.\n")


def test_emergency_without_match_prints_notice_and_exits_3(runner: CliRunner) -> None:
    result = run(runner, "ask", "--plain", "I wet myself")
    assert result.exit_code == 3
    assert result.stdout.startswith("EMERGENCY - get help now:")
    assert "no confident match" not in result.stderr  # the notice stands alone


@pytest.mark.parametrize("mode", ["--plain", "--color=always"])
def test_show_answer_under_an_emergency_says_when_there_is_no_answer(
    runner: CliRunner, mode: str
) -> None:
    result = run(runner, "ask", mode, "--show-answer", "I wet myself")
    assert result.exit_code == 3 and "EMERGENCY" in result.stdout
    assert "o confident match" in result.stderr and "'I wet myself'" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["ask"],
        ["ask", "   "],
        ["ask", "--top", "0", "x"],
        ["ask", "--color", "pink", "x"],
        ["--nonsense"],
        ["topcs"],
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    result = run(runner, *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_unknown_topic_is_not_found_naming_the_topics(runner: CliRunner) -> None:
    result = run(runner, "ask", "--topic", "knees", "tight back")
    assert result.exit_code == 1  # "not found", as `show` of an unknown id (ux31 F12)
    assert "unknown topic 'knees'" in result.stderr and "'pain relief'" in result.stderr


def test_topic_option_restricts_matching(runner: CliRunner) -> None:
    result = run(runner, "ask", "--json", "--top", "12", "-t", "Pain Relief", "tight back")
    topics = {r["id"] for r in json.loads(result.stdout)["results"]}
    assert topics <= {
        "helps-tight-back-muscles",
        "get-rid-tight-muscles",
        "fastest-home-remedy-back-pain",
    }


def test_topics_json_is_a_flat_list_in_file_order(runner: CliRunner) -> None:
    data = json.loads(run(runner, "topics", "--json").stdout)
    assert data[0] == {
        "id": "greatest-cause-muscle-atrophy",
        "question": "What is the greatest cause of muscle atrophy?",
        "topic": "muscle atrophy",
    }
    assert len(data) == 12


def test_topics_narrowed_to_one_topic(runner: CliRunner) -> None:
    result = run(runner, "topics", "stretches and release")
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == [
        "loosen-erector-spinae",
        "relieve-spinal-tension",
    ]


def test_show_entry_plain_json_and_unknown(runner: CliRunner) -> None:
    plain = run(runner, "show", "back-get-stiff-sit")
    assert plain.stdout.startswith("Why does my back get stiff when I sit?\n")
    assert "Source: Back care FAQ" in plain.stdout
    data = json.loads(run(runner, "show", "--json", "back-get-stiff-sit").stdout)
    assert data["topic"] == "stiffness and tightness"
    missing = run(runner, "show", "back-stiff-sit")
    assert missing.exit_code == 1
    assert "Did you mean: back-get-stiff-sit" in missing.stderr


def test_show_finds_an_id_typed_in_another_case_only_when_one_id_reads_so(
    runner: CliRunner, write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    # a stranger (stranger41): `show BACK-GET-STIFF-SIT` was "not found"
    shown = run(runner, "show", "--json", "BACK-GET-STIFF-SIT")
    assert json.loads(shown.stdout)["id"] == "back-get-stiff-sit"
    small_pack["entries"].append({**small_pack["entries"][0], "id": "Water"})
    pack = str(write_pack(small_pack))
    assert json.loads(run(runner, "--faq", pack, "show", "--json", "Water").stdout)["id"] == "Water"
    twice = run(runner, "--faq", pack, "show", "WATER")
    assert twice.exit_code == 1
    assert "water" in twice.stderr and "Water" in twice.stderr


@pytest.mark.parametrize("empty", ["", "   ", "\t"])
def test_show_an_empty_id_is_a_usage_error_as_ask_an_empty_question(
    runner: CliRunner, empty: str
) -> None:
    # a hostile tester: `show ""` exited 1 (no such id) where `ask ""` exits 2
    for mode in ([], ["--json"]):
        done = run(runner, "show", *mode, empty)
        assert (done.exit_code, done.stderr) == (2, "backcare: the id is empty\n")


def test_faq_option_wins_over_environment(
    runner: CliRunner, write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    mine = write_pack(small_pack)
    env = {"BACKCARE_FAQ": str(mine)}
    assert json.loads(run(runner, "ask", "--json", "slugs lettuce", env=env).stdout)["match"]
    bundled = run(runner, "ask", "--json", "--faq", "missing.json", "x", env=env)
    assert bundled.exit_code == 2 and "missing.json: no such file" in bundled.stderr
    before = run(runner, "--faq", str(mine), "topics", "--json")
    assert [d["id"] for d in json.loads(before.stdout)] == ["water", "prune", "slugs"]


def test_invalid_pack_is_one_line_exit_2(runner: CliRunner, write_pack: PackWriter) -> None:
    path = write_pack({"entries": [{"id": "a", "question": "Q?"}]})
    result = run(runner, "ask", "--faq", str(path), "anything")
    assert result.exit_code == 2
    assert result.stderr == f"backcare: {path}: entries[0] (id 'a'): missing field 'answer'\n"


def test_pack_markup_prints_literally_in_rich_output(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    pack = {
        "entries": [
            {
                "id": "m",
                "question": "Is [bold red]this[/] safe?",
                "answer": "Use [/] and [link=file:///etc/passwd]x[/link] :thumbs_up:",
            }
        ]
    }
    result = run(runner, "ask", "--color", "always", "--faq", str(write_pack(pack)), "safe")
    assert "[bold red]this[/]" in result.stdout
    assert "[link=file:///etc/passwd]x[/link] :thumbs_up:" in result.stdout


def test_version_and_help_for_every_command(runner: CliRunner) -> None:
    version = run(runner, "--version").stdout
    assert version.startswith(f"backcare {__version__} (bundled pack sha256 ") and version.endswith(
        ")\n"
    )
    from backcare.cli.options import COMMANDS

    for command in COMMANDS:
        result = run(runner, command, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout, command


def test_no_command_with_questions_piped_in_answers_each_line(runner: CliRunner) -> None:
    result = run(runner, stdin="stiff back after sitting\nwhat is the capital of peru\n")
    assert result.exit_code == 1  # one line had no confident match: as `ask -` says
    assert result.stdout.startswith("When you sit on the edge of your chair")
    assert "Commands" not in result.stdout


def test_no_command_on_a_terminal_piped_out_prints_help(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import backcare.cli.app as app_module

    monkeypatch.setattr(app_module, "is_terminal", lambda stream: stream is sys.stdin)
    result = run(runner)
    assert result.exit_code == 0 and "Commands" in result.stdout


def test_import_writes_a_valid_pack_and_refuses_to_overwrite(
    runner: CliRunner, tmp_path: Path
) -> None:
    source = tmp_path / "faq.md"
    source.write_text("# My FAQ\n\n## Is rest good?\n\nA little.\n", encoding="utf-8")
    out = tmp_path / "pack.json"
    assert run(runner, "import", str(source), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["entries"][0]["id"] == "rest-good"
    again = run(runner, "import", str(source), "-o", str(out))
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert run(runner, "import", str(source), "-o", str(out), "--force").exit_code == 0


def test_import_from_stdin_and_nothing_found(runner: CliRunner) -> None:
    result = run(runner, "import", "-", stdin="Question: T\n\nIs it?\n\nYes.\n")
    assert json.loads(result.stdout)["title"] == "T"
    empty = run(runner, "import", "-", stdin="no questions here\n")
    assert empty.exit_code == 2 and "no questions found" in empty.stderr


def test_validate_exit_codes_and_json(
    runner: CliRunner, write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    assert run(runner, "validate", str(write_pack(small_pack))).exit_code == 0
    clean = run(runner, "validate", "--json", "data/faq.json")
    assert clean.exit_code == 0 and json.loads(clean.stdout)["warnings"] == []
    duplicated = {**small_pack, "entries": [*small_pack["entries"], small_pack["entries"][0]]}
    duplicated["entries"][-1] = {**duplicated["entries"][-1], "id": "water-again"}
    warned = run(runner, "validate", "--json", str(write_pack(duplicated)))
    assert warned.exit_code == 1
    assert "duplicate-question" in {w["kind"] for w in json.loads(warned.stdout)["warnings"]}
    broken = run(runner, "validate", "--json", str(write_pack("[]")))
    assert broken.exit_code == 2
    assert "top level must be a JSON object" in json.loads(broken.stdout)["errors"][0]
