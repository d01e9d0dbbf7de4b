"""Hostile settings, input streams and text: each ends in a warning or a note and the normal answer,
and an emergency's notice and exit status 3 survive every other failure. The installed command runs
in a subprocess with its own HOME, so the settings file is the test's."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backcare.engine.answer import SAFETY_GAP
from backcare.engine.tuning import MAX_SAFETY_CHARS
from tests.conftest import REPO, run_shell

EMERGENCY = "EMERGENCY"


sh = run_shell


def settings_file(home: Path, text: str) -> Path:
    path = home / ".config" / "backcare" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---- 1. settings nested too deeply for the TOML parser --------------------------------------


@pytest.mark.parametrize(("depth", "opener", "closer"), [(2_000, "[", "]"), (3_000, "{x=", "}")])
def test_a_settings_file_nested_too_deeply_is_one_warning_and_the_notice(
    tmp_path: Path, depth: int, opener: str, closer: str
) -> None:
    settings_file(tmp_path, f"a = {opener * depth}{closer * depth}\n")
    done = sh("{bc} ask 'i cant pee'", tmp_path)
    assert done.returncode == 3, done.stderr
    assert EMERGENCY in done.stdout.decode()
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and "not valid TOML: nested too deeply" in lines[0]


# ---- 2. settings read only from a regular file, with a size cap -------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_settings_device_is_not_read(tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    done = sh("{bc} ask 'i cant pee'", tmp_path, BACKCARE_CONFIG=device)
    assert done.returncode == 3 and EMERGENCY in done.stdout.decode()
    assert "not a regular file" in done.stderr.decode()


def test_a_settings_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "config.fifo"
    os.mkfifo(fifo)
    done = sh("{bc} ask 'i cant pee'", tmp_path, BACKCARE_CONFIG=str(fifo))
    assert done.returncode == 3 and "not a regular file" in done.stderr.decode()


def test_a_huge_settings_file_is_not_read_whole(tmp_path: Path) -> None:
    settings_file(tmp_path, "# " + "x" * 5_000_000 + "\ntop = 2\n")
    done = sh("{bc} ask 'i cant pee'", tmp_path)
    assert done.returncode == 3 and "config file is larger than" in done.stderr.decode()


def test_dev_null_as_settings_is_an_empty_file(tmp_path: Path) -> None:
    done = sh("{bc} ask stiff back after sitting", tmp_path, BACKCARE_CONFIG=os.devnull)
    assert done.returncode == 0 and done.stderr == b""


# ---- 3. a stdin line with no end is read in bounded pieces --------------------------------------


def test_an_endless_stdin_line_is_cut_and_the_rest_skipped(tmp_path: Path) -> None:
    # 300 MB of NUL with no newline, then a real question: memory stays bounded (ulimit -v would
    # kill a run that held the line), the long line is one note, the question after it is answered
    done = sh(
        "ulimit -v 1000000; (head -c 300000000 /dev/zero; printf '\\ni cant pee\\n') "
        "| {bc} ask --json -",
        tmp_path,
    )
    assert done.returncode == 3, done.stderr
    answers = [json.loads(line) for line in done.stdout.decode().splitlines()]
    ends = "\x00" * MAX_SAFETY_CHARS
    assert [a["query"] for a in answers] == [ends + SAFETY_GAP + ends, "i cant pee"]
    assert answers[0]["match"] is None and answers[1]["red_flags"]
    assert (
        "line 1 is longer than 200,000 characters: only its first and last" in done.stderr.decode()
    )
    assert "NOT checked for emergencies" in done.stderr.decode()


@pytest.mark.parametrize("where", ["start", "end"])
def test_a_long_line_keeps_both_ends_for_the_red_flag_check(tmp_path: Path, where: str) -> None:
    # a story may open or close with the symptom; the middle of a pasted page is skipped
    filler = b"my back is stiff. " * (MAX_SAFETY_CHARS // 6)
    line = b"i cant pee. " + filler if where == "start" else filler + b"and now i cant pee"
    done = sh("{bc} ask --json -", tmp_path, stdin=line + b"\nstiff back after sitting\n")
    answers = [json.loads(out) for out in done.stdout.decode().splitlines()]
    assert done.returncode == 3 and len(answers) == 2, done.stderr
    query = answers[0]["query"]
    assert query.index(SAFETY_GAP) == MAX_SAFETY_CHARS  # the first characters, the gap, the last
    assert len(query) == 2 * MAX_SAFETY_CHARS + len(SAFETY_GAP) - len(line) + len(line.strip())
    assert answers[0]["red_flags"] and not answers[1]["red_flags"]
    assert answers[1]["match"]["id"] == "back-get-stiff-sit"


def test_a_line_longer_than_a_piece_but_within_both_ends_is_kept_whole(tmp_path: Path) -> None:
    # four-byte characters: the line outgrows the 4 x MAX_SAFETY_CHARS-byte piece it is read in
    # with only 1.5 x MAX_SAFETY_CHARS characters, all of which the red-flag check reads
    middle = "\U0001f600" * (MAX_SAFETY_CHARS + MAX_SAFETY_CHARS // 2 - 40)
    line = "back stiff " + middle + " and i cant pee"
    done = sh("{bc} ask --json -", tmp_path, stdin=line.encode() + b"\n")
    [answer] = [json.loads(out) for out in done.stdout.decode().splitlines()]
    assert answer["query"] == line and answer["red_flags"] and done.stderr == b""


def test_the_middle_of_a_long_question_argument_is_not_read(tmp_path: Path) -> None:
    from backcare.engine.answer import red_flags

    filler = "my back is stiff. " * (MAX_SAFETY_CHARS // 9)
    assert red_flags(filler + "i cant pee. " + filler) == ()  # bounded: the middle is skipped
    assert red_flags(filler + filler + "i cant pee")


# ---- 4. invisible characters and escape sequences inside words ----------------------------------

HIDDEN = [
    "i cant p\u200bee",
    "i cant p\u2060ee",
    "i cant p\u200dee",
    "i c\u00adant pee",
    "i cant pe\ufeffe",
    "my legs are both \x1b[1mnumb",
    "my legs are both \x1b]0;title\x07numb",
    "i cant\x00pee",
]


@pytest.mark.parametrize("question", HIDDEN)
def test_hidden_characters_do_not_hide_a_red_flag(tmp_path: Path, question: str) -> None:
    done = sh('{bc} ask --json "$Q"', tmp_path, Q=question.replace("\x00", " "))
    answer = json.loads(done.stdout)
    assert done.returncode == 3 and answer["red_flags"]
    assert answer["query"] == question.replace("\x00", " ")  # echoed as typed


def test_hidden_characters_do_not_hide_a_red_flag_in_the_library() -> None:
    from backcare.cli.notices import safety_answer

    for question in HIDDEN:
        assert safety_answer(question).emergency, question


def test_hidden_characters_do_not_change_the_match(tmp_path: Path) -> None:
    done = sh(
        "{bc} ask --json --explain $'stiff \\e[31mback after sit\\u200bting'",
        tmp_path,
    )
    match = json.loads(done.stdout)["match"]
    assert match["id"] == "back-get-stiff-sit" and match["explain"]["missing"] == []


def test_engine_text_removes_format_characters_and_spaces_controls() -> None:
    from backcare.engine.query import engine_text

    assert engine_text("p\u200bee\u00ad") == "pee"
    assert engine_text("a\x1b[2Jb") == "ab"
    assert engine_text("a\tb\x85c\x1bd") == "a b c d"
    # an OSC with no end is not taken to be one: the words after it stay
    assert engine_text("\x1b]0;i cant pee").endswith("i cant pee")
    assert engine_text("Rücken tut weh") == "Rücken tut weh"


@pytest.mark.parametrize(
    "question", ["$'\\u200b\\u2060\\x08'", "$'\\u200b'", "$'\\e[0m'", "$'\\ufeff'"]
)
@pytest.mark.parametrize("command", ["ask", "ask --json", "show", "ask --topic relief"])
def test_a_question_of_invisible_characters_is_empty_a_usage_error(
    tmp_path: Path, question: str, command: str
) -> None:
    # it was "no confident match for ''", exit 1, where `ask ""` and `show ""` exit 2 (hostile7 8)
    done = sh(f"{{bc}} {command} {question}", tmp_path)
    # under --json the error is a JSON object on stdout too (newcomer9 10); else stdout is empty
    if "--json" in command:
        assert json.loads(done.stdout)["error"].startswith("the question is empty"), done
    else:
        assert not done.stdout, done
    assert done.returncode == 2
    assert b"is empty" in done.stderr


def test_help_then_only_an_escape_is_an_empty_question(tmp_path: Path) -> None:
    done = sh("{bc} help $'\\e]52;c;QUFB\\a'", tmp_path)
    assert done.returncode == 2 and not done.stdout and b"is empty" in done.stderr


def test_a_batch_line_of_invisible_characters_is_answered_as_a_blank_line(tmp_path: Path) -> None:
    """A blank line: no question (exit 0 still), and under --json its own error object
    (newcomer10 F2: every input line gets one line)."""
    done = sh(
        "printf '\\xef\\xbb\\xbfstiff back after sitting\\n\\xe2\\x80\\x8b\\n\\xef\\xbb\\xbf\\n"
        "\\e[0m\\nstiff back after sitting\\n' | {bc} ask --json -",
        tmp_path,
    )
    objects = [json.loads(line) for line in done.stdout.decode().splitlines()]
    queries = [o["query"] for o in objects if "query" in o]
    assert queries == ["stiff back after sitting"] * 2 and done.returncode == 0, done
    assert [o for o in objects if "query" not in o] == [
        {"line": n, "error": "the question is empty"} for n in (2, 3, 4)
    ]


# ---- 5. an emergency with stdout closed still exits 3 -------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "{bc} ask 'i cant pee' >&-",
        "{bc} ask --json 'i cant pee' >&-",
        "printf 'x\\ni cant pee\\n' | {bc} ask - >&-",
        "{bc} --faq {bad} ask 'i cant pee' >&-",
        "{bc} ask --faq {bad} 'i cant pee' >&-",
        "{bc} ask --top 0 'i cant pee' >&-",
    ],
)
def test_an_emergency_with_stdout_closed_exits_3(tmp_path: Path, command: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x"', encoding="utf-8")
    done = sh(command.replace("{bad}", str(bad)), tmp_path)
    assert done.returncode == 3, done.stderr
    lines = done.stderr.decode().splitlines()
    # the notice itself goes to stderr, before the error: a person at the terminal still sees it
    assert lines[0].startswith("EMERGENCY - get help now: Call"), lines  # the action first
    assert "New trouble peeing" in lines[0], lines
    assert "standard output is closed" in lines[-1]


def test_no_emergency_with_stdout_closed_is_still_2(tmp_path: Path) -> None:
    assert sh("{bc} ask stiff back >&-", tmp_path).returncode == 2


# ---- 7. a pack named twice in the settings is a bad setting, not a failure ----------------------


def test_a_pack_named_twice_in_the_settings_file_is_a_warning(tmp_path: Path) -> None:
    settings_file(tmp_path, 'faq = ["bundled", "bundled"]\n')
    done = sh("{bc} ask --json stiff back after sitting", tmp_path)
    assert done.returncode == 0 and json.loads(done.stdout)["match"]["id"] == "back-get-stiff-sit"
    assert "key 'faq': names the pack 'bundled' twice" in done.stderr.decode()
    assert "using the default instead" in done.stderr.decode()


def test_the_same_pack_file_twice_in_the_environment_is_a_warning(tmp_path: Path) -> None:
    pack = tmp_path / "a.json"
    pack.write_bytes((REPO / "data" / "faq.json").read_bytes())
    (tmp_path / "b.json").symlink_to(pack)
    twice = f"{pack}:{tmp_path / 'b.json'}"
    done = sh("{bc} ask 'i cant pee'", tmp_path, BACKCARE_FAQ=twice)
    assert done.returncode == 3 and "BACKCARE_FAQ: names the pack" in done.stderr.decode()


def test_a_pack_flag_given_twice_is_still_an_error(tmp_path: Path) -> None:
    done = sh("{bc} ask --faq bundled --faq bundled stiff back", tmp_path)
    assert done.returncode == 2 and "--faq: names the pack 'bundled' twice" in done.stderr.decode()


# ---- 8. a usage error is one line, on both routes -----------------------------------------------

USAGE_ERRORS = [
    "ask --top '' stiff back",
    "ask --top 1e3 stiff back",
    "ask --color pink stiff back",
    "show -x",
    "import --format pdf faq.html",
    "validate --stale-after -5 data/faq.json",
    "ask",
    "-x stiff",
    "topcs",
    "ask --top=-1 stiff back",
]


@pytest.mark.parametrize("fast", ["", "1"])
@pytest.mark.parametrize("args", USAGE_ERRORS)
def test_a_usage_error_is_one_line_naming_the_help(tmp_path: Path, args: str, fast: str) -> None:
    done = sh("{bc} " + args, tmp_path, BACKCARE_NO_FAST_PATH=fast)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2 and len(lines) == 1, lines
    assert lines[0].startswith("backcare: ") and done.stdout == b""
    assert "--help'" in lines[0] or "--top" in lines[0]


def test_a_usage_error_after_an_emergency_is_still_one_line_and_exit_3(tmp_path: Path) -> None:
    done = sh("{bc} ask --top '' i cant pee", tmp_path)
    assert done.returncode == 3 and EMERGENCY in done.stdout.decode()
    assert done.stderr.decode().count("\n") == 1


# ---- 9. one rule for top, wherever it is written -------------------------------------------------


@pytest.mark.parametrize(("written", "top"), [("５", 5), (" 7 ", 7), ("1000", 1000)])
def test_top_is_read_the_same_from_the_flag_and_the_environment(
    tmp_path: Path, written: str, top: int
) -> None:
    flag = sh('{bc} ask --json --top "$T" back', tmp_path, T=written)
    env = sh("{bc} ask --json back", tmp_path, BACKCARE_TOP=written)
    assert flag.returncode == env.returncode and env.stderr == b""
    assert len(json.loads(flag.stdout)["results"]) == len(json.loads(env.stdout)["results"])
    assert json.loads(env.stdout)["results"] == json.loads(flag.stdout)["results"]


@pytest.mark.parametrize("written", ["0", "1001", "+3", "1e3", "3_000", "²"])
def test_top_is_refused_the_same_from_the_flag_and_the_environment(
    tmp_path: Path, written: str
) -> None:
    flag = sh('{bc} ask --top "$T" back', tmp_path, T=written)
    env = sh("{bc} ask back", tmp_path, BACKCARE_TOP=written)
    rule = "must be a whole number from 1 to 1000"
    assert flag.returncode == 2 and rule in flag.stderr.decode()
    assert env.returncode in (0, 1) and rule in env.stderr.decode()


def test_a_bad_top_in_a_batch_still_checks_the_questions_on_stdin(tmp_path: Path) -> None:
    for top in ("1e3", "0"):
        done = sh(f"{{bc}} ask --top {top} -", tmp_path, stdin=b"stiff\ni cant pee\n")
        assert done.returncode == 3 and EMERGENCY in done.stdout.decode()


# ---- 10. names in error messages are shown escaped, not stripped ---------------------------------


def test_an_unknown_id_with_an_escape_sequence_is_shown_escaped(tmp_path: Path) -> None:
    done = sh("{bc} show $'back-get-stiff-sit\\e[2J'", tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 1 and "no entry with id 'back-get-stiff-sit\\x1b[2J'" in err
    assert "\x1b" not in err


@pytest.mark.parametrize("name", ["\x1b]0;x\x07", "pa\u200bck.json", "a\x9bb.json"])
def test_a_pack_name_with_controls_is_shown_escaped(tmp_path: Path, name: str) -> None:
    done = sh("{bc} ask stiff back", tmp_path, BACKCARE_FAQ=name)
    err = done.stderr.decode()
    assert done.returncode == 2 and f"backcare: {repr(name)[1:-1]}: no such file" in err
    assert not any(c in err for c in "\x1b\x07\u200b\x9b")


@pytest.mark.parametrize("name", ["a\nb.json", "a\tb.json", "a\r\nb.json", " a.json", "a  b.json"])
def test_a_pack_name_with_line_breaks_tabs_or_spaces_is_shown_as_given(
    tmp_path: Path, name: str
) -> None:
    # 'a\nb.json' was shown as 'a b.json': another name, one that looks valid (hostile6 item 11)
    name = f"{tmp_path}/{name}"
    done = sh("{bc} ask stiff back", tmp_path, BACKCARE_FAQ=name)
    err = done.stderr.decode()
    assert done.returncode == 2 and f"backcare: {repr(name)[1:-1]}: no such file" in err, err
    Path(name).write_text("{not json", encoding="utf-8")
    done = sh("{bc} ask stiff back", tmp_path, BACKCARE_FAQ=name)
    err = done.stderr.decode()
    assert done.returncode == 2 and f"backcare: {repr(name)[1:-1]}: not valid JSON" in err, err
    done = sh("{bc} config --plain", tmp_path, BACKCARE_FAQ=name)
    assert f"faq\t{repr(name)[1:-1]}\tBACKCARE_FAQ" in done.stdout.decode()


# ---- 12. what README says about `| head -n 1` ----------------------------------------------------


def test_a_short_listing_into_head_exits_0_a_long_batch_141(tmp_path: Path) -> None:
    short = sh("set -o pipefail; {bc} topics | head -n 1", tmp_path)
    assert short.returncode == 0 and short.stdout.count(b"\n") == 1
    long = sh("set -o pipefail; yes stiff back | head -n 300 | {bc} ask - | head -n 1", tmp_path)
    assert long.returncode == 141 and long.stderr == b""


def test_the_questions_table_title_shows_the_pack_name_escaped() -> None:
    from rich.console import Console

    from backcare.output.checked import print_questions
    from backcare.packs.questions import QuestionsReport

    console = Console(record=True, width=200, color_system=None)
    print_questions(console, QuestionsReport(pack="a\nb\x1b[2J.json", results=()))
    assert "a\\nb\\x1b[2J.json: real questions" in console.export_text()
