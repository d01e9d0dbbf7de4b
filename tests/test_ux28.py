"""ux28 (twentieth session): newcomer20's findings, each as a class.

- F1: lines that arrive together at the prompt (a paste) are one message: an emergency they tell
  together comes first and alone, with no self-care answer to the first line above it; bracketed
  paste is on where readline reads the lines; lines typed one at a time are answered at once;
- F3: with a region set, every notice names that region's numbers, none "your emergency number"
  and no other region's service ("NHS 111" outside the UK);
- F5: `--show-completion` (and `--install-completion`) under /bin/sh: a one-line usage error, exit 2;
- F7: `show` names the bundled page's text by a path true in a clone and an installed package."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from backcare.cli.interactive import Session
from backcare.cli.pasted import parts
from backcare.engine.answer import Engine
from backcare.engine.safety import RedFlag, action_text, message_text
from backcare.engine.safety.flags import emergency_numbers, regions
from backcare.packs.load import load_pack

ENGINE = Engine(load_pack(None))
# newcomer20 F1: a flatmate's bladder and legs, told across two lines of one message
FIRST = "my flatmate hurt his back yesterday and now he"
SECOND = "cant wee at all and his legs feel weak"
SELF_CARE = ("Confidence", "Related questions", "confidence", "No confident match")


class Lines:
    def __init__(self, *lines: str) -> None:
        self.lines = list(lines)

    def __call__(self, prompt: str) -> str:
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)


def session(*lines: str, arrived: list[list[str]] | None = None) -> tuple[Session, str]:
    """A plain session reading `lines`; `arrived`: for each line read, the lines that came with it."""
    from backcare.output.terminal import make_console

    out = io.StringIO()
    console = make_console("never")
    console.file = out
    waiting = list(arrived or [])
    run = Session(
        ENGINE,
        console,
        read=Lines(*lines),
        pending=list,
        arrived=lambda: waiting.pop(0) if waiting else [],
        plain=True,
    )
    run.run()
    return run, out.getvalue()


# ---- F1: lines that arrive together --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "arrived"),
    [
        ((FIRST,), [[SECOND]]),  # a paste the terminal did not mark: the rest waits behind
        ((f"{FIRST}\n{SECOND}\n",), []),  # a bracketed paste: readline hands it over whole
        ((FIRST,), [["", SECOND]]),  # two messages: the paste read whole tells the emergency
        (("i have had back pain for a week.",), [["Last night I suddenly", "cannot pee"]]),
    ],
)
def test_lines_that_arrive_together_are_one_message_its_emergency_alone(
    lines: tuple[str, ...], arrived: list[list[str]]
) -> None:
    run, shown = session(*lines, arrived=arrived)
    assert run.emergency
    assert "EMERGENCY" in shown
    assert not any(word in shown for word in SELF_CARE), shown  # no answer above it


def test_lines_read_one_at_a_time_are_each_answered() -> None:
    # typed: nothing arrived with either line, so each is its own question, answered at once
    run, shown = session("stiff back after sitting", "how do I relax my back muscles")
    assert not run.emergency
    assert shown.count("confidence") == 2


def test_commands_among_the_lines_keep_their_meaning_and_split_the_message() -> None:
    found = parts(["stiff back", "after sitting", "2", "i cant", "pee", "quit", "x"])
    assert found == [["stiff back", "after sitting"], ["2"], ["i cant", "pee"], ["quit"], ["x"]]
    _, shown = session("stiff back after sitting", arrived=[["", "2", ":topics"]])
    answered, opened = shown.split("How long does a stiff back last?", 1)  # related question 2
    assert "Why does my back get stiff when I sit?" in answered
    assert "3 to 4 week" in opened  # `2` opened it in full
    assert "muscle atrophy" in opened.split("3 to 4 week", 1)[1]  # then :topics listed them


def test_lines_after_quit_in_a_paste_are_read_for_red_flags() -> None:
    run, shown = session("stiff back", arrived=[["exit", "my legs are numb and i cant pee"]])
    assert run.emergency
    assert "Read after quit: 'my legs are numb and i cant pee'" in shown


pexpect = pytest.importorskip("pexpect")
on_a_terminal = pytest.mark.skipif(
    sys.platform == "win32", reason="pseudo-terminals are POSIX only"
)


@on_a_terminal
def test_a_paste_on_a_terminal_gets_its_emergency_first_and_alone(tmp_path: Path) -> None:
    from tests.test_interactive import Terminal

    term = Terminal(tmp_path)
    shown = term.type(f"{FIRST}\r{SECOND}\r")  # pasted: both lines at once, unmarked
    assert "EMERGENCY" in shown
    assert not any(word in shown for word in SELF_CARE), shown
    assert SECOND in shown  # the second line is shown, though readline read only the first
    term.child.sendeof()
    assert term.ends() == 3


@on_a_terminal
def test_the_prompt_turns_bracketed_paste_on_and_reads_a_marked_paste_whole(
    tmp_path: Path,
) -> None:
    from tests.test_interactive import Terminal

    term = Terminal(tmp_path)
    assert "\x1b[?2004h" in str(term.child.before) + str(term.child.after)
    shown = term.type(f"\x1b[200~{FIRST}\r{SECOND}\r\x1b[201~\r")
    assert "EMERGENCY" in shown
    assert not any(word in shown for word in SELF_CARE), shown
    term.child.sendeof()
    assert term.ends() == 3


@on_a_terminal
def test_a_line_typed_alone_is_answered_at_once(tmp_path: Path) -> None:
    from tests.test_interactive import Terminal

    term = Terminal(tmp_path)
    first = term.line(FIRST)  # the prompt comes back: answered without waiting for a next line
    assert "EMERGENCY" not in first and FIRST in first
    second = term.line(SECOND)
    assert "EMERGENCY" in second
    term.child.sendeof()
    assert term.ends() == 3


# ---- F3: with a region set, no notice names a service generically or another region's --------

GENERIC = ("your emergency number", "your local emergency number", "NHS")


def every_rule_flag() -> list[RedFlag]:
    from backcare.engine.safety import load_safety

    return [rule.flag for rule in load_safety()._rules]


@pytest.mark.parametrize("region", regions())
def test_every_notice_for_a_region_names_its_own_numbers(region: str) -> None:
    from backcare.output.messages import flag_text

    numbers = emergency_numbers()["regions"][region]
    for flag in every_rule_flag():
        shown = flag_text(flag, region)
        for phrase in GENERIC:
            if phrase == "NHS" and region == "UK":
                continue
            assert phrase not in shown, (region, flag.id, shown)
        if flag.urgency == "emergency" or "emergency number" in flag.message:
            assert numbers["emergency"] in shown, (region, flag.id, shown)
    for pointer in ("emergency", "urgent", "soon"):  # each tier's call to action too
        assert not any(p in action_text(pointer, region) for p in GENERIC[:2])


def test_no_region_keeps_the_message_as_written() -> None:
    for flag in every_rule_flag():
        assert message_text(flag.message, None) == flag.message
        assert message_text(flag.message, "  ") == flag.message


@pytest.mark.parametrize(("region", "number"), [("NZ", "111"), ("nz", "111"), ("GB", "999")])
def test_the_cancer_history_notice_names_the_regions_number_in_every_view(
    tmp_path: Path, region: str, number: str
) -> None:
    from tests.conftest import run_backcare

    question = "had breast cancer a few years ago and now i have new back pain that keeps me awake at night"
    plain = run_backcare("ask", question, home=tmp_path, text=True, BACKCARE_REGION=region)
    assert "URGENT" in plain.stdout.upper() and plain.returncode == 1
    assert "your emergency number" not in plain.stdout
    assert f"call {number} instead" in plain.stdout
    shown = run_backcare(
        "ask", "--json", question, home=tmp_path, text=True, BACKCARE_REGION=region
    )
    import json

    flags = {f["id"]: f for f in json.loads(shown.stdout)["red_flags"]}
    assert f"call {number} instead" in flags["cancer-history"]["message"]


# ---- F5: completion asked for under a shell it does not support ------------------------------


@pytest.mark.parametrize("flag", ["--show-completion", "--install-completion"])
def test_completion_under_an_unsupported_shell_is_the_documented_usage_error(
    tmp_path: Path, flag: str
) -> None:
    import shutil

    from tests.conftest import installed_command, isolated_env

    sh = shutil.which("sh")
    if sh is None:  # pragma: no cover
        pytest.skip("no sh here")
    # `; exit $?`: sh stays the parent (no exec), as in a Dockerfile's RUN, and is detected
    done = subprocess.run(
        [sh, "-c", f"{installed_command()[0]} {flag}; exit $?"],
        capture_output=True,
        text=True,
        env=isolated_env(tmp_path, SHELL=sh),
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith(f"backcare: {flag} takes one shell name (bash, zsh, fish, powershell")
    assert "'sh'" in line
    assert list(tmp_path.iterdir()) == []  # nothing installed, no start-up file touched
    unknown = subprocess.run(
        [*installed_command(), flag, "tcsh"],
        capture_output=True,
        text=True,
        env=isolated_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert unknown.returncode == 2  # the same status as a shell name it does not know


# ---- F7: `show` names the bundled page's text where an installed package has it ------------------


def test_the_bundled_source_names_its_page_file_where_it_is_in_any_install(tmp_path: Path) -> None:
    import re

    from backcare.resources import data_path
    from tests.conftest import REPO, run_backcare

    shown = run_backcare("show", "back-get-stiff-sit", home=tmp_path, text=True).stdout
    assert "data/source/faq_page.txt" not in shown  # a path only a clone has
    # newcomer24 F9: `show` is read by patients, so its Source names the page by its title, and
    # the README (Licence) says where the page's saved text is, in a clone and when installed
    assert 'a public web page titled "How Do You Relax Paraspinal Muscles?"' in shown
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    named = re.search(r"\(`(source/faq_page\.txt)`, beside `faq\.json`", readme)
    assert named is not None
    assert (data_path("faq.json").parent / named.group(1)).is_file()
