"""What a person reads on a terminal that cannot or should not draw (newcomer17: Sam, a screen reader
and a 60-column braille display): no escape code without colour, no boxes on a dumb terminal, the
plain view as complete as the boxed one, and each notice told once on one terminal."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from backcare.engine.answer import Engine
from backcare.output.environment import Environment, Mode, ViewOptions, choose_mode
from backcare.output.views import make_view
from backcare.packs.load import load_pack
from tests.conftest import installed_command, isolated_env
from tests.golden_files import check

pexpect = pytest.importorskip("pexpect")
if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals are POSIX only", allow_module_level=True)

ENGINE = Engine(load_pack())
ENTRIES = 707  # newcomer17's clinic pack: 253 KB, over the 50 KB at which a pack is indexed
EMERGENCY = "both my legs are numb and i cant pee"


def in_pty(args: list[str], home: Path, **env: str) -> tuple[str, int]:
    """backcare on a terminal 60 columns wide: what the screen got (stdout and stderr) and the
    exit status."""
    command = installed_command()
    child = pexpect.spawn(
        command[0],
        [*command[1:], *args],
        env=isolated_env(home, BACKCARE_CONFIG="/dev/null", **env),
        encoding="utf-8",
        dimensions=(40, 60),
        timeout=120,
    )
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before).replace("\r\n", "\n"), int(child.exitstatus or 0)


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A pack that is indexed on its first use (every test gets an empty cache)."""
    entries = [
        {
            "id": f"parking-{i}",
            "question": f"Is there parking at the clinic's site number {i}?",
            "answer": "Yes: the car park by the main door is free for patients. " * 4,
            "topic": "visiting",
        }
        for i in range(ENTRIES)
    ]
    pack = tmp_path / "clinic.json"
    pack.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    assert pack.stat().st_size > 50_000
    return pack


# ---- F2: the first index build under no colour or plain output ---------------------------------


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--color", "never"], {"TERM": "xterm"}),
        ([], {"TERM": "xterm", "NO_COLOR": "1"}),
        (["--plain"], {"TERM": "xterm"}),
        (["--plain", "--color", "never"], {"TERM": "xterm"}),
        ([], {"TERM": "xterm", "NO_COLOR": "1", "BACKCARE_PLAIN": "1"}),
        ([], {"TERM": "dumb"}),
    ],
)
def test_a_first_build_without_colour_or_layout_is_one_line_with_no_escape_code(
    tmp_path: Path, clinic: Path, args: list[str], env: dict[str, str]
) -> None:
    cache = str(tmp_path / "cache")
    shown, status = in_pty(
        ["--faq", str(clinic), "ask", *args, "parking at site 7"],
        tmp_path,
        BACKCARE_CACHE_DIR=cache,
        **env,
    )
    assert status == 0, shown
    assert "\x1b" not in shown, repr(shown)  # README: `never` writes no escape code at all
    said = f"Indexing the FAQ pack ({ENTRIES} entries, first use only)...\n"
    assert shown.count(said) == 1, shown
    assert "1414" not in shown  # two steps an entry were counted as entries
    again, _ = in_pty(
        ["--faq", str(clinic), "ask", *args, "parking 7"],
        tmp_path,
        BACKCARE_CACHE_DIR=cache,
        **env,
    )
    assert "Indexing" not in again  # first use only


def test_the_bar_shows_a_share_not_two_steps_an_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from backcare.output import terminal

    screen = io.StringIO()
    monkeypatch.setattr(terminal, "make_console", lambda *a, **k: Console(file=screen))
    terminal.index_progress(ENTRIES + 1, 2 * ENTRIES)  # half way: every entry analysed
    shown = terminal._progress
    terminal.stop_progress()
    assert shown is not None
    columns = [type(column).__name__ for column in shown.columns]
    assert "MofNCompleteColumn" not in columns and "TaskProgressColumn" in columns


# ---- F3: a dumb terminal gets the plain layout -------------------------------------------------


@pytest.mark.parametrize(
    ("color", "terminal", "dumb", "expected"),
    [
        ("auto", True, True, Mode.PLAIN),
        ("never", True, True, Mode.PLAIN),
        ("always", True, True, Mode.RICH),  # forced, as in a pipe
        ("auto", True, False, Mode.RICH),
        ("never", True, False, Mode.RICH),  # colour only: --plain drops the layout
    ],
)
def test_a_dumb_terminal_is_plain_unless_colour_is_forced(
    color: str, terminal: bool, dumb: bool, expected: Mode
) -> None:
    mode = choose_mode(json_output=False, plain=False, color=color, is_terminal=terminal, dumb=dumb)
    assert mode is expected


BOX_GLYPHS = set("╭╮╰╯│─┏┳━┃├└█░•")


@pytest.mark.parametrize(
    "args",
    [
        ["shoud i use heat or ice on my back"],
        ["topics"],
        ["config"],
        ["show", "loosen-erector-spinae"],
    ],
)
def test_a_dumb_terminal_gets_no_boxes_bars_or_tree_glyphs(tmp_path: Path, args: list[str]) -> None:
    shown, status = in_pty(args, tmp_path, TERM="dumb", NO_COLOR="1")
    assert status == 0, shown
    assert not BOX_GLYPHS & set(shown), shown
    assert "\x1b" not in shown


def test_the_colour_option_says_what_it_changes() -> None:
    from backcare.cli.options import COLOR

    assert not COLOR.help.startswith("Colour and layout")  # `never` kept the boxes
    assert "never (no escape code at all)" in COLOR.help
    assert "--plain" in COLOR.help  # where the layout goes


# ---- F4: plain output read on a terminal carries what the boxed view shows ---------------------


def render_linear(question: str, *, linear: bool, explain: bool = False) -> str:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(
        out,
        err,
        linear,
        linear,
        Mode.PLAIN,
        "never",
        60,
        ViewOptions(explain=explain),
        linear=linear,
    )
    view = make_view(env)
    view.answer(ENGINE.ask(question))
    view.finish()
    stderr = err.getvalue()
    return out.getvalue() + (f"--- stderr ---\n{stderr}" if stderr else "")


def test_plain_output_on_a_terminal_is_the_whole_answer_as_lines() -> None:
    text = render_linear("how long will my stiff back last", linear=True)
    check("ask_plain_terminal.txt", text)
    # broken between words at the terminal's 60 columns (newcomer18 F5)
    assert all(len(line) <= 60 for line in text.splitlines())
    said = " ".join(text.split())
    assert said.startswith("How long does a stiff back last? [long-stiff-back-last] (confidence")
    assert "\nRelated questions:\n  - " in text
    assert said.endswith(
        "General information, not medical advice. If you are worried, talk to a health professional."
    )


def test_plain_explain_on_a_terminal_follows_the_related_questions_as_boxed() -> None:
    text = render_linear("stiff back after sitting", linear=True, explain=True)
    assert text.index("Related questions:") < text.index("1. back-get-stiff-sit score")
    assert text.index("1. back-get-stiff-sit score") < text.index("General information")


def test_plain_output_in_a_pipe_stays_the_answer_text_only() -> None:
    question = "how long will my stiff back last"
    text = render_linear(question, linear=False)
    assert text.startswith("If the pain and stiffness lasts")
    assert "Related" not in text and "General information" not in text and "confidence" not in text
    entry = next(e for e in ENGINE.pack.entries if e.id == "long-stiff-back-last")
    assert text.strip() == entry.answer.strip()


def test_an_emergency_on_a_terminal_in_plain_keeps_its_notice_first() -> None:
    text = render_linear(EMERGENCY, linear=True)
    assert text.startswith("EMERGENCY - get help now: ")
    assert "Related questions" not in text and "(confidence" not in text
    assert text.rstrip().endswith("talk to a health professional.")


def test_plain_on_a_terminal_and_in_a_pipe_through_the_command(tmp_path: Path) -> None:
    question = "how long will my stiff back last"
    shown, _ = in_pty(["ask", question], tmp_path, TERM="xterm", BACKCARE_PLAIN="1")
    assert "[long-stiff-back-last] (confidence 100.0 of 100)" in shown
    assert "Related questions:" in shown and "not medical advice" in shown
    piped = subprocess.run(
        [*installed_command(), "ask", question],
        capture_output=True,
        text=True,
        env=isolated_env(tmp_path, BACKCARE_PLAIN="1", BACKCARE_CONFIG="/dev/null"),
        check=False,
    )
    assert piped.stdout.startswith("If the pain and stiffness lasts")
    assert "confidence" not in piped.stdout and "Related" not in piped.stdout


def test_a_plain_topics_listing_on_a_terminal_reads_question_first(tmp_path: Path) -> None:
    shown, _ = in_pty(["topics"], tmp_path, TERM="xterm", BACKCARE_PLAIN="1")
    assert re.search(r"^pain relief:\n  - What helps tight back muscles\? \[", shown, re.M)
    assert "\t" not in shown


# ---- F6: a notice told early is not told again on the same terminal ----------------------------


def test_a_notice_told_early_is_not_repeated_on_the_same_terminal(
    tmp_path: Path, clinic: Path
) -> None:
    for plain in ([], ["--plain"]):
        cache = str(tmp_path / f"cache{len(plain)}")
        shown, status = in_pty(
            ["--faq", str(clinic), "ask", *plain, EMERGENCY],
            tmp_path,
            BACKCARE_CACHE_DIR=cache,
            TERM="xterm",
            NO_COLOR="1",
        )
        assert status == 3
        flat = " ".join(re.sub(r"[│╭╮╰╯─]", " ", shown).split())
        assert flat.count("base of the spine") == 1, shown
        assert flat.count("both legs") == 1, shown


def test_stdout_elsewhere_keeps_every_notice(tmp_path: Path, clinic: Path) -> None:
    """stderr on the terminal, stdout to a file: the file (a script's record) is complete."""
    out = tmp_path / "out.txt"
    command = " ".join(installed_command())
    child = pexpect.spawn(
        "bash",
        ["-c", f"{command} --faq {clinic} ask '{EMERGENCY}' > {out}; echo status=$?"],
        env=isolated_env(
            tmp_path,
            BACKCARE_CONFIG="/dev/null",
            BACKCARE_CACHE_DIR=str(tmp_path / "cache"),
            TERM="xterm",
        ),
        encoding="utf-8",
        dimensions=(40, 60),
        timeout=120,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert "status=3" in str(child.before)
    written = out.read_text(encoding="utf-8")
    assert written.startswith("EMERGENCY - get help now: ")
    assert "base of the spine" in written and "both legs" in written


# ---- F7-F9, F12: 60 columns, a dumb terminal's prompt, words read aloud, help that stands alone --


@pytest.mark.parametrize("command", [[], ["ask"], ["topics"], ["show"], ["validate"], ["config"]])
def test_help_fits_a_60_column_display(tmp_path: Path, command: list[str]) -> None:
    done = subprocess.run(
        [*installed_command(), *command, "--help"],
        capture_output=True,
        text=True,
        env=isolated_env(tmp_path, COLUMNS="60"),
        check=False,
    )
    assert done.returncode == 0
    wide = [line for line in done.stdout.splitlines() if len(line) > 60]
    assert not wide, wide


@pytest.mark.parametrize("width", [40, 60])
def test_the_prompt_s_help_fits_60_and_40_columns(width: int) -> None:
    # as Session.say lays it out on a terminal (newcomer18 F5: broken between words, each
    # description's lines under its own indentation, none at the margin)
    from backcare.cli.interactive import HELP_TEXT
    from backcare.output.wrapping import wrapped

    lines = wrapped(HELP_TEXT, width, hang="").splitlines()
    assert max(len(line) for line in lines) <= width
    end = next(i for i, line in enumerate(lines) if line.startswith("Tab completes"))
    described = lines[lines.index("Commands:") + 1 : end]
    assert all(line.startswith("  ") for line in described), described


def test_config_help_says_what_it_would_point_to(tmp_path: Path) -> None:
    # docs/config.md is not installed: the help says the file's place, keys and precedence itself
    done = subprocess.run(
        [*installed_command(), "config", "--help"],
        capture_output=True,
        text=True,
        env=isolated_env(tmp_path, COLUMNS="200"),
        check=False,
    )
    assert "docs/config.md" not in done.stdout
    assert "~/.config/backcare/" in done.stdout and "region" in done.stdout
    assert "BACKCARE_* variables, which win over the file" in done.stdout


def test_a_long_line_at_the_prompt_on_a_dumb_terminal_is_echoed_whole(tmp_path: Path) -> None:
    command = installed_command()
    child = pexpect.spawn(
        command[0],
        command[1:],
        env=isolated_env(tmp_path, TERM="dumb", BACKCARE_CONFIG="/dev/null"),
        encoding="utf-8",
        dimensions=(40, 60),
        timeout=60,
    )
    child.expect("backcare> ")
    line = "my back has been stiff every single morning for weeks and it eases when i walk"
    child.send(line + "\r")
    child.expect("backcare> ")
    echoed = str(child.before)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    assert line in echoed and "<" not in echoed  # readline scrolled it sideways: "<...walk"
    assert "(confidence" in echoed  # the plain layout on a dumb terminal
    assert not BOX_GLYPHS & set(echoed)


def test_words_read_aloud_have_no_grave_accents_or_middle_dots(tmp_path: Path) -> None:
    from backcare.cli.interactive import Session
    from backcare.output.terminal import make_console

    banner = Session(ENGINE, make_console("never")).banner()
    assert "·" not in banner and banner.startswith("backcare: ")
    shown, _ = in_pty(["ask"], tmp_path, TERM="xterm")
    shown = " ".join(shown.split())  # wrapped between words at the terminal's width
    assert "type backcare alone to ask one question after another" in shown and "`" not in shown
    nothing = subprocess.run(
        [*installed_command(), "ask", "how do i make pancakes"],
        capture_output=True,
        text=True,
        env=isolated_env(tmp_path, BACKCARE_CONFIG="/dev/null"),
        check=False,
    )
    assert nothing.returncode == 1 and "'backcare topics' lists every question" in nothing.stderr
    assert "`" not in nothing.stderr
