"""newcomer18's 40-column phone and pipeline findings (ux25): messages broken between words at a
known terminal's width and never in a pipe, a plain first sentence for a missing question, the
stdin suggestion keeping the options given, README's jq examples on real batch output."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backcare.output.wrapping import wrapped
from tests.conftest import installed_command, isolated_env, run_backcare

if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals are POSIX only", allow_module_level=True)

REPO = Path(__file__).resolve().parents[1]


def on_a_terminal(args: list[str], home: Path, columns: int = 40, **env: str) -> tuple[str, int]:
    """backcare on a pseudo-terminal `columns` wide: the screen's lines and the exit status."""
    pexpect = pytest.importorskip("pexpect")
    command = installed_command()
    child = pexpect.spawn(
        command[0],
        [*command[1:], *args],
        env={
            **isolated_env(home, **{"BACKCARE_CONFIG": "/dev/null", "TERM": "xterm", **env}),
            "NO_COLOR": "1",
            "COLUMNS": str(columns),
        },
        encoding="utf-8",
        dimensions=(40, columns),
        timeout=120,
    )
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before).replace("\r\n", "\n"), int(child.exitstatus or 0)


def test_wrapped_breaks_between_words_and_never_inside_an_id() -> None:
    line = "  related: long-take-rebuild-muscle-after-atrophy and causes-paraspinal-muscle-atrophy"
    out = wrapped(line, 30)
    assert "long-take-rebuild-muscle-after-atrophy" in out.split("\n")[1]  # whole, on its own
    assert "causes-paraspinal-muscle-atrophy" in out
    assert all(len(row) <= 30 for row in out.split("\n") if " " in row.strip())
    assert out.split("\n")[1].startswith("    ")  # its own indentation, plus the hang
    assert wrapped("short\n\n  kept", 30) == "short\n\n  kept"


def test_an_error_at_40_columns_breaks_between_words(tmp_path: Path) -> None:
    shown, status = on_a_terminal(["ask", "--top", "0", "pain"], tmp_path)
    rows = [row for row in shown.split("\n") if row.strip()]
    assert status == 2 and len(rows) > 1
    assert all(len(row) <= 40 for row in rows)
    said = " ".join(shown.split())
    # the terminal broke "1000" after "100" (newcomer18 F5): each number is whole on its row
    assert "from 1 to 1000, not '0'" in said
    assert not any(row.rstrip().endswith("100") for row in rows)


def test_an_error_in_a_pipe_is_one_line(tmp_path: Path) -> None:
    done = run_backcare("ask", "--top", "0", "pain", home=tmp_path, COLUMNS="40")
    assert done.returncode == 2 and len(done.stderr.decode().splitlines()) == 1


def test_ask_with_no_question_on_a_terminal_starts_with_a_plain_sentence(tmp_path: Path) -> None:
    shown, status = on_a_terminal(["ask"], tmp_path)
    said = " ".join(shown.split())
    assert status == 2
    assert said.startswith("backcare: no question. Type it after 'ask', like this:")
    assert "QUESTION..." not in said and "BACKCARE_PLAIN" not in said


@pytest.mark.parametrize(
    ("args", "suggested"),
    [
        (["ask", "--json", "--input", "jsonl"], "'backcare ask --json --input jsonl -'"),
        (["ask", "--input", "jsonl"], "'backcare ask --input jsonl -'"),
        (["ask", "-n", "2"], "'backcare ask -n 2 -'"),
    ],
)
def test_the_stdin_suggestion_keeps_the_options_given(
    tmp_path: Path, args: list[str], suggested: str
) -> None:
    done = run_backcare(*args, home=tmp_path, stdin=b'{"q": "stiff back"}\n')
    assert done.returncode == 2 and suggested in done.stderr.decode()


def _readme_batch_jq_commands() -> list[str]:
    """The shell lines of the README and of docs/scripting.md (its batch section until ux41) that
    pipe `ask --json -` output into jq, continuation lines joined."""
    joined: list[str] = []
    carry = ""
    pages = (REPO / "README.md", REPO / "docs" / "scripting.md")
    for line in "\n".join(p.read_text(encoding="utf-8") for p in pages).splitlines():
        if line.rstrip().endswith("\\"):
            carry += line.rstrip()[:-1] + " "
            continue
        line, carry = carry + line, ""
        if "ask --json -" in line and "| jq" in line and "--input jsonl" not in line:
            joined.append(line.split("   #")[0])
    return joined


def test_readme_jq_examples_hold_on_blank_lines_bad_lines_and_emergencies(tmp_path: Path) -> None:
    """newcomer18 F4: `select(.red_flags != [])` ("only the urgent ones") also selected the error
    objects of blank lines, which have no red_flags. Every README jq line over batch output is run
    on a batch with blank and invisible-only lines and an emergency: jq succeeds, and the urgent
    filter selects the emergency's object alone."""
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    commands = _readme_batch_jq_commands()
    assert len(commands) >= 2 and any("only" in c or "red_flags" in c for c in commands)
    (tmp_path / "questions.txt").write_text(
        "stiff back after sitting\n\nheat or ice\ni cant pee and my bum is numb\n \u200b\n",
        encoding="utf-8",
    )
    bindir = str(Path(installed_command()[0]).parent)
    env = isolated_env(tmp_path, BACKCARE_CONFIG="/dev/null")
    env["PATH"] = f"{bindir}:{env['PATH']}"
    for command in commands:
        done = subprocess.run(
            ["bash", "-c", command + '; echo "jq=${PIPESTATUS[-1]}" >&2'],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert "jq=0" in done.stderr, (command, done.stderr)
        if "red_flags" in command:
            picked = [json.loads(row) for row in done.stdout.splitlines()]
            assert [p["line"] for p in picked] == [4], command
            assert all(p["red_flags"] for p in picked)
    iterate = subprocess.run(
        ["bash", "-c", "backcare ask --json - < questions.txt | jq -c '.red_flags[]?'"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert iterate.stdout.count('"urgency":"emergency"') >= 1 and "Cannot" not in iterate.stderr


def test_the_learned_notice_says_what_to_do_first_and_its_caveat_short() -> None:
    """The learned check's wording (newcomer18): a non-native reader read four possible causes and
    a long caveat before any action. Each tier's message opens with what to do; the caveat that
    it is a guess is one short sentence."""
    spec = json.loads((REPO / "data" / "red_flags.json").read_text(encoding="utf-8"))["learned"]
    for tier, message in spec["messages"].items():
        first = message.split(":")[0].casefold()
        assert "do not wait" in first or "get it checked" in first, tier
        caveat = message[message.rindex("(") :]
        assert "may be wrong" in caveat and len(caveat.split()) <= 10, tier


@pytest.mark.parametrize(
    "text",
    [
        "moj maz nie czuje nog i nie moze siusiac",
        "Mój mąż nie czuje nóg i nie może siusiać",
        "bardzo boli mnie kregoslup od wczoraj rano",
        "mein Rücken tut weh seit gestern abend",
        "ang likod ko ay masakit mula kahapon",
        "me duele mucho la espalda desde ayer",
    ],
)
def test_a_question_in_another_language_does_not_read_as_english(text: str) -> None:
    from backcare.engine.language import reads_as_english

    assert not reads_as_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "plecy bolą bardzo, my back pain very strong since 2 days",  # a few words of Polish
        "my husband he lift the heavy box yesterday now he cannot stand straight",
        "my bak is stif wen i sit",  # typos
        "lumbago spondylolisthesis laminectomy recovery",  # medical terms
        "piriformis syndrome",  # too short to judge
        "how do i make pancakes",
        "whats the fastest home remedy 4 back pain lol",
        "C\u0410NT F\u0415\u0415L MY L\u0415GS \u0410ND C\u0410NT \u0420\u0415\u0415",  # look-alikes
        "i ca\u034fnt pee and my b\u200bum is numb",  # invisible characters inside words
        "I can\u2019t feel my legs",
    ],
)
def test_english_however_written_reads_as_english(text: str) -> None:
    from backcare.engine.language import reads_as_english

    assert reads_as_english(text)


def test_a_question_not_in_english_is_told_so_first_and_marked_in_json(tmp_path: Path) -> None:
    # safety84 reads the Polish signs of "moj maz nie czuje nog i nie moze siusiac" (legs, pee):
    # that one is an emergency now, the notice alone; a message with no sign read is told this
    emergency = run_backcare("ask", "moj maz nie czuje nog i nie moze siusiac", home=tmp_path)
    assert emergency.returncode == 3
    # (safety117 reads whole Polish messages too: "nie czuje" in a message of no other sign is
    # read as not feeling, so this one asks about parking)
    polish = "moj maz pyta o parking przy klinice"
    done = run_backcare("ask", polish, home=tmp_path, text=True)
    assert done.returncode == 1
    # said first on stdout, above the pointer it explains (newcomer30 F6), and not again on stderr
    assert done.stdout.startswith("This does not look like English")
    # Polish signs are read word by word: the line says only those were checked (stranger F6)
    assert "in Polish only its words for the red-flag signs" in done.stdout.splitlines()[0]
    assert done.stderr.startswith("backcare: no confident match")
    as_json = run_backcare("ask", "--json", "-", home=tmp_path, stdin=f"{polish}\n".encode())
    assert json.loads(as_json.stdout)["not_english"] is True
    english = run_backcare("ask", "--json", "how do i make pancakes", home=tmp_path)
    assert "not_english" not in json.loads(english.stdout)
    plain = run_backcare("ask", "how do i make pancakes", home=tmp_path, text=True)
    assert "English" not in plain.stderr


_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def _screen(args: list[str], home: Path) -> str:
    shown, _ = on_a_terminal(args, home, PAGER="cat")
    return _ESCAPES.sub("", shown)


def test_ids_are_never_broken_at_40_columns(tmp_path: Path) -> None:
    """newcomer18 F6: "[long-take-rebuild-muscle-after-atro" / "phy, 45.3]" in the related list
    and `topics`, and the answer's own id folded inside its panel: an id copied from the
    screen must be the id. Every id of the bundled pack (some longer than a 40-column tree's
    room) is shown whole by `topics`, and the answer's and related ids by `ask`."""
    from backcare.packs.load import load_pack

    ids = [e.id for e in load_pack(None).entries]
    listing = _screen(["topics"], tmp_path)
    assert all(f"[{i}]" in listing for i in ids), listing
    answer = _screen(["ask", "how long to rebuild muscle after atrophy"], tmp_path)
    # "id: ..." is 42 columns: "id:" above the id, which starts at the margin (newcomer24 F11)
    lines = [line.strip() for line in answer.splitlines()]
    assert "long-take-rebuild-muscle-after-atrophy" in lines and "id:" in lines
    assert "[causes-paraspinal-muscle-atrophy," in answer
    shown = _screen(["show", "long-take-rebuild-muscle-after-atrophy"], tmp_path)
    assert "long-take-rebuild-muscle-after-atrophy" in shown
    # the source line ends whole (a path in it was cut), in words a patient reads (newcomer24 F9)
    assert "Paraspinal Muscles?" in shown and "…" not in shown
    source = shown[shown.index("Source") : shown.index("Paraspinal Muscles?")]
    assert "medical advice" not in source  # the disclaimer sat inside the Source field


def test_the_prompt_s_help_at_40_columns_keeps_each_description_indented(tmp_path: Path) -> None:
    """newcomer18 F5: the prompt's help, laid out by hand for a wide screen, fell to the margin at
    40 columns ("open question 2 of the last numbered" / "list")."""
    pexpect = pytest.importorskip("pexpect")
    command = installed_command()
    child = pexpect.spawn(
        command[0],
        command[1:],
        env={**isolated_env(tmp_path, TERM="xterm", NO_COLOR="1"), "COLUMNS": "40"},
        encoding="utf-8",
        dimensions=(60, 40),
        timeout=60,
    )
    child.expect_exact("backcare> ")
    child.send("help\r")
    child.expect_exact("backcare> ")
    shown = _ESCAPES.sub("", str(child.before)).replace("\r", "")
    child.sendeof()
    child.expect(pexpect.EOF)
    rows = shown[shown.index("Commands:") :].splitlines()[1:]
    described = rows[: next(i for i, r in enumerate(rows) if r.startswith("Tab completes"))]
    assert described and all(r.startswith("  ") and len(r) <= 40 for r in described), described


def test_plain_output_on_a_dumb_terminal_is_broken_between_words_and_a_pipe_never(
    tmp_path: Path,
) -> None:
    """newcomer18 F5: plain output (TERM=dumb) at 40 columns was not wrapped at all, so the
    terminal broke "confidence 100.0/10" / "0"; in a pipe, lines stay whole for scripts."""
    shown, status = on_a_terminal(["ask", "stiff back after sitting"], tmp_path, TERM="dumb")
    rows = [row for row in shown.split("\n") if row.strip()]
    assert status == 0 and "(confidence" in shown  # the plain layout
    assert all(len(row) <= 40 for row in rows), rows
    assert "(confidence 100.0" in shown and "of 100)" in shown  # ux38: spoken, not "/100"
    assert "  [long-stiff-back-last, " in shown or "[long-stiff-back-last," in shown
    piped = run_backcare("ask", "stiff back after sitting", home=tmp_path, COLUMNS="40")
    assert max(len(row) for row in piped.stdout.decode().splitlines()) > 100


@pytest.mark.parametrize(
    "text",
    [
        "symtoms of spinal musculer atrofy",
        "stif back sittin",
        "releive spinal tenson",
        "wat causes musle atrohpy most",
    ],
)
def test_a_misspelt_question_is_never_marked_not_english(text: str) -> None:
    """Typos the engine corrects to the pack's own words are English (its eval sets: 14 such
    questions were marked before the corrections counted)."""
    from backcare.engine.answer import Engine
    from backcare.packs.load import load_pack

    assert not Engine(load_pack(None)).ask(text).not_english
