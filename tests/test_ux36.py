"""newcomer24's sysadmin findings (ux36): a shared pack named by a setting that cannot be read says
where it was named and what to do (F10), and `backcare config` reports it (F10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import PackWriter

ENTRY = {"id": "parking", "question": "Is there parking?", "answer": "Yes, behind the clinic."}


@pytest.fixture
def system_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pack named by the system-wide settings file, as an administrator sets one for everyone."""
    pack = tmp_path / "shared packs" / "clinic faq.json"
    pack.parent.mkdir()
    pack.write_text(json.dumps({"title": "Clinic", "entries": [ENTRY] * 1}), encoding="utf-8")
    system = tmp_path / "xdg"
    (system / "backcare").mkdir(parents=True)
    (system / "backcare" / "config.toml").write_text(f"faq = {json.dumps(str(pack))}\n")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(system))
    return pack


def half_written(pack: Path) -> None:
    text = pack.read_text(encoding="utf-8")
    pack.write_text(text[: len(text) // 2], encoding="utf-8")


@pytest.mark.parametrize("command", [["ask", "can I park"], ["topics"], ["show", "parking"]])
def test_a_half_written_shared_pack_says_who_named_it_and_what_to_do(
    runner: CliRunner, system_pack: Path, command: list[str]
) -> None:
    assert runner.invoke(app, command).exit_code in (0, 1)  # the whole pack works
    half_written(system_pack)
    done = runner.invoke(app, command)
    assert done.exit_code == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()  # one line, no traceback
    assert "not valid JSON" in line and "the file ends too soon" in line
    assert "The system-wide settings file (" in line and "names this pack" in line
    assert "tell them" in line and "'backcare --faq bundled ...'" in line
    assert runner.invoke(app, ["--faq", "bundled", "ask", "stiff back"]).exit_code == 0


def test_an_empty_pack_is_called_empty(runner: CliRunner, system_pack: Path) -> None:
    system_pack.write_bytes(b"")
    done = runner.invoke(app, ["ask", "can I park"])
    assert done.exit_code == 2
    assert "the file is empty (still being written or copied?)" in done.stderr
    assert "Expecting value" not in done.stderr


def test_the_variable_is_named_and_a_flag_needs_no_pointer(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "p.json"
    pack.write_text('{"entries": [', encoding="utf-8")
    monkeypatch.setenv("BACKCARE_FAQ", str(pack))
    done = runner.invoke(app, ["ask", "can I park"])
    assert done.exit_code == 2 and "The variable BACKCARE_FAQ names this pack" in done.stderr
    monkeypatch.delenv("BACKCARE_FAQ")
    typed = runner.invoke(app, ["--faq", str(pack), "ask", "can I park"])
    assert typed.exit_code == 2 and "names this pack" not in typed.stderr  # typed just now


def test_an_emergency_still_gets_its_notice_with_a_broken_shared_pack(
    runner: CliRunner, system_pack: Path
) -> None:
    half_written(system_pack)
    done = runner.invoke(app, ["ask", "i cant pee and my bum is numb"])
    assert done.exit_code == 3 and "EMERGENCY" in done.stdout
    assert "names this pack" in done.stderr


def test_config_reports_a_pack_it_cannot_read_as_one(
    runner: CliRunner, system_pack: Path, write_pack: PackWriter
) -> None:
    assert runner.invoke(app, ["config"]).exit_code == 0
    half_written(system_pack)
    done = runner.invoke(app, ["config"])
    assert done.exit_code == 1  # a pack the settings name cannot be opened
    assert "not valid JSON" in done.stderr and "so no question can be answered" in done.stderr
    system_pack.write_text('{"entries": "none"}', encoding="utf-8")  # JSON, not a pack
    done = runner.invoke(app, ["config"])
    assert done.exit_code == 1 and "so no question can be answered" in done.stderr


# ---- an answer for a patient: show ID --handout (F5), the bundled source in words (F9) --------


def test_a_handout_has_the_question_answer_title_contact_and_disclaimer(
    runner: CliRunner, write_pack: PackWriter
) -> None:
    entry = {**ENTRY, "tags": ["car"], "source_url": "https://clinic.example/faq#parking"}
    pack = write_pack(
        {"title": "Riverside FAQ", "contact": "Reception: 01234 567890", "entries": [entry]}
    )
    done = runner.invoke(app, ["--faq", str(pack), "show", "parking", "--handout"])
    assert done.exit_code == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Is there parking?",
        "",
        "Yes, behind the clinic.",
        "",
        "From: Riverside FAQ (https://clinic.example/faq#parking)",
        "Reception: 01234 567890",
        "General information, not medical advice. If you are worried, talk to a health professional.",
    ]
    assert str(pack) not in done.stdout and "car" not in done.stdout  # no path, tags or id line


def test_a_handout_is_plain_text_even_with_colour_forced(runner: CliRunner) -> None:
    done = runner.invoke(app, ["show", "back-get-stiff-sit", "--handout", "--color", "always"])
    assert done.exit_code == 0 and "\x1b" not in done.stdout and "│" not in done.stdout
    assert done.stdout.startswith("Why does my back get stiff when I sit?\n")
    assert "From: Back care FAQ\n" in done.stdout and "faq_page.txt" not in done.stdout


def test_a_handout_with_json_is_a_usage_error(runner: CliRunner) -> None:
    done = runner.invoke(app, ["show", "back-get-stiff-sit", "--handout", "--json"])
    assert (
        done.exit_code == 2
        and "--handout and --json cannot go together" in done.stdout + done.stderr
    )


def test_the_bundled_packs_source_reads_for_a_patient(runner: CliRunner) -> None:
    done = runner.invoke(app, ["show", "back-get-stiff-sit"])
    [source] = [line for line in done.stdout.splitlines() if line.startswith("Source:")]
    assert "Paraspinal Muscles?" in source
    assert "faq.json" not in source and "scraped" not in source and "data folder" not in source


# ---- --color always into a pager: laid out at the terminal's width (F15) ------------------------


def test_color_always_in_a_pipe_is_laid_out_at_the_terminals_width(tmp_path: Path) -> None:
    import os
    import re
    import sys

    pexpect = pytest.importorskip("pexpect")
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}  # shells rarely export it
    env.update(HOME=str(tmp_path), TERM="xterm", NO_COLOR="")
    out = tmp_path / "out.txt"
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", f'"{sys.executable}" -m backcare topics --color always | cat > "{out}"'],
        env=env,
        encoding="utf-8",
        dimensions=(24, 60),
        timeout=60,
    )
    child.expect(pexpect.EOF)
    child.close()
    text = re.sub(r"\x1b\[[0-9;]*m", "", out.read_text(encoding="utf-8"))
    assert "back-get-stiff-sit" in text
    assert max(len(line) for line in text.splitlines()) <= 60


# ---- 20 columns: an id stands whole at the margin, no line wider than the screen (F11) ----------


@pytest.mark.parametrize("view", ["quick", "rich"])
def test_at_20_columns_ids_stand_whole_and_no_other_line_is_wider(view: str) -> None:
    import io

    from backcare.engine.answer import Engine
    from backcare.output.environment import Environment, Mode, ViewOptions
    from backcare.output.quick import QuickView
    from backcare.output.terminal import RichView
    from backcare.packs.load import load_pack

    answer = Engine(load_pack(None)).ask("stiff back after sitting")
    out = io.StringIO()
    env = Environment(out, io.StringIO(), True, True, Mode.RICH, "never", 20, ViewOptions())
    shown = QuickView(env) if view == "quick" else RichView(env)
    shown.answer(answer)
    shown.finish()
    lines = out.getvalue().splitlines()
    ids = {m.entry.id for m in answer.results}
    assert "id:" in lines and "back-get-stiff-sit" in lines  # "id: back-get-stiff-sit" is 22
    assert "helps-tight-back-muscles" in lines  # whole, at the margin: 24 columns, no bracket
    for line in lines:
        assert len(line) <= 20 or line in ids, line
