"""ux21 (fourteenth session): the CLI for scripts and pack authors, each finding as a class.

- the prompt reads an emergency typed over two lines as a batch reads it (hostile13 F6);
- `validate --questions` labelled lines: withheld answers and unknown labels get verdicts of their
  own, and `--min-right` fails CI below a share of right answers (review13 F14);
- one-line errors for a cache dir that is a file and `--faq file://` (hostile13 F13), the settings
  warning before a bare batch's answers (F14)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backcare.cli.interactive import Session
from backcare.engine.answer import Engine
from backcare.packs.load import load_pack

ROOT = Path(__file__).resolve().parents[1]


# ---- the prompt and an emergency typed over two lines (hostile13 F6) -------------------------------


class Lines:
    def __init__(self, *lines: str) -> None:
        self.lines = list(lines)

    def __call__(self, prompt: str) -> str:
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)


def run_session(*lines: str) -> tuple[Session, str]:
    from backcare.output.terminal import make_console

    out = io.StringIO()
    console = make_console("never")
    console.file = out
    session = Session(Engine(load_pack(None)), console, read=Lines(*lines), plain=True)
    session.run()
    return session, out.getvalue()


@pytest.mark.parametrize(
    "lines",
    [
        ("I suddenly cannot", "pee at all"),
        ("I want to kill", "myself"),
        ("my legs are", "numb"),
    ],
)
def test_the_prompt_reads_an_emergency_typed_over_lines_as_the_batch_does(
    lines: tuple[str, ...],
) -> None:
    session, shown = run_session(*lines)
    assert session.emergency
    assert "EMERGENCY" in shown
    batch = subprocess.run(
        [sys.executable, "-m", "backcare", "ask", "-"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "BACKCARE_CONFIG": os.devnull},
    )
    assert batch.returncode == 3  # the batch and the prompt agree


def test_the_first_line_of_a_wrapped_run_is_answered_at_once() -> None:
    # nothing waits for a next line: the first line gets its own reply before any is typed
    session, shown = run_session("I suddenly cannot")
    assert not session.emergency
    assert "No confident match" in shown


@pytest.mark.parametrize(
    "lines",
    [
        ("I suddenly cannot", "", "pee at all"),  # a blank line ends a run, as in a batch
        ("I suddenly cannot", ":topics", "pee at all"),  # so does a command
        ("I suddenly cannot.", "pee at all"),  # a sentence end
    ],
)
def test_a_run_is_broken_as_in_a_batch(lines: tuple[str, ...]) -> None:
    session, shown = run_session(*lines)
    assert not session.emergency
    assert "EMERGENCY" not in shown


def test_two_ordinary_questions_are_answered_each_as_its_own() -> None:
    session, shown = run_session("how do I sit at a desk and", "stiff back after sitting")
    assert not session.emergency and "EMERGENCY" not in shown


pexpect = pytest.importorskip("pexpect")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_on_a_terminal_the_second_line_brings_the_notice(tmp_path: Path) -> None:
    from tests.test_interactive import Terminal

    term = Terminal(tmp_path)
    first = term.line("I suddenly cannot")
    assert "No confident match" in first and "EMERGENCY" not in first
    second = term.line("pee at all")
    assert "EMERGENCY" in second
    term.child.sendeof()
    assert term.ends() == 3


# ---- hostile14 6: lines pasted after `exit` are read for red flags before leaving ----------------


def test_lines_typed_after_quit_are_read_for_red_flags_before_leaving() -> None:
    from backcare.output.terminal import make_console

    out = io.StringIO()
    console = make_console("never")
    console.file = out
    session = Session(
        Engine(load_pack(None)),
        console,
        read=Lines("stiff back", "exit"),
        pending=lambda: ["", "how do I stretch", "i cant pee"],
        plain=True,
    )
    session.run()
    assert session.emergency
    shown = out.getvalue()
    assert "Read after quit: 'i cant pee'" in shown and "EMERGENCY" in shown
    assert "how do I stretch" not in shown.split("Read after quit")[-1]  # no answer: a notice only


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_a_pasted_block_with_exit_in_it_still_gets_its_emergency(tmp_path: Path) -> None:
    from tests.test_interactive import Terminal

    term = Terminal(tmp_path)
    term.child.send("stiff back\rexit\ri cant pee\r")
    assert term.ends() == 3


# ---- hostile14 1: a batch's wrapped lines after "can't", "cant", "can not", and "Myself" ---------


@pytest.mark.parametrize(
    "lines",
    [
        ("i can't", "feel my bum"),
        ("i cant", "feel my legs"),
        ("i can not", "feel my legs"),
        ("i can\u2019t", "feel my legs"),
        ("I want to kill", "Myself"),
    ],
)
def test_a_batch_joins_every_spelling_of_a_wrapped_negation(lines: tuple[str, ...]) -> None:
    batch = subprocess.run(
        [sys.executable, "-m", "backcare", "ask", "-"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "BACKCARE_CONFIG": os.devnull},
    )
    assert batch.returncode == 3, batch.stdout


@pytest.mark.parametrize(
    ("before", "line", "joined"),
    [
        ("numb bum", "\u00a4\u00a7rtc\u00b6\u00ae", False),  # symbols: no word
        ("back pain and", "MS", False),  # capitals: an abbreviation, a question of its own
        ("I want to kill", "Myself", True),
        ("I want to kill", "myself", True),
    ],
)
def test_a_fragment_is_a_word_in_lower_case_or_capitalised(
    before: str, line: str, joined: bool
) -> None:
    from backcare.cli.wrapped import fragment

    assert fragment(line) is joined


# ---- validate --questions: labelled lines (review13 F14) ------------------------------------------

PELVIC = {
    "title": "Pelvic",
    "contact": "Reception: 01234 567890",
    "entries": [
        {
            "id": "pads",
            "question": "Do you sell incontinence pads?",
            "answer": "Yes, at reception.",
        },
        {"id": "parking", "question": "Can I park at the clinic?", "answer": "Yes, behind it."},
        {"id": "pf", "question": "Do you run pelvic floor classes?", "answer": "Yes, Tuesdays."},
        {
            "id": "numb-rest",
            "question": "My legs are numb and I can't pee, should I rest?",
            "answer": "Rest and stretch.",
        },
    ],
}


WETTING = "since yesterday i keep wetting myself, do you sell incontinence pads"


def labelled(*lines: dict[str, Any] | str) -> bytes:
    return "".join((json.dumps(x) if isinstance(x, dict) else x) + "\n" for x in lines).encode()


def validate_questions(
    tmp_path: Path, questions: bytes, *args: str
) -> subprocess.CompletedProcess[str]:
    from tests.conftest import run_backcare

    pack = tmp_path / "pelvic.json"
    pack.write_text(json.dumps(PELVIC), encoding="utf-8")
    return run_backcare(
        "validate", str(pack), "--questions", "-", *args, home=tmp_path, stdin=questions, text=True
    )


def verdicts(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [q.get("verdict") for q in json.loads(result.stdout)["questions"]]


def test_a_question_users_get_an_emergency_notice_for_is_not_scored_right(tmp_path: Path) -> None:
    # a new sign told beside the shop question (safety49: asking to buy pads alone tells none)
    result = validate_questions(tmp_path, labelled({"q": WETTING, "expect": ["pads"]}), "--json")
    assert verdicts(result) == ["withheld"]
    report = json.loads(result.stdout)
    assert report["summary"]["right"] == 0 and report["summary"]["withheld"] == 1
    assert "emergency notice" in report["questions"][0]["hint"]
    assert result.returncode == 1  # the expected answer is never seen: a miss, not wrong (4)
    assert "line 1" in result.stderr and "emergency notice" in result.stderr


def test_an_entry_withheld_for_its_own_question_points_at_not_an_emergency(
    tmp_path: Path,
) -> None:
    result = validate_questions(
        tmp_path, labelled({"q": "should I rest", "expect": ["numb-rest"]}), "--json"
    )
    assert verdicts(result) == ["withheld"]
    assert "not_an_emergency" in json.loads(result.stdout)["questions"][0]["hint"]
    assert result.returncode == 1


def test_an_emergency_where_the_pack_has_no_answer_is_still_right(tmp_path: Path) -> None:
    result = validate_questions(
        tmp_path, labelled({"q": "i suddenly cannot pee at all", "expect": []}), "--json"
    )
    assert verdicts(result) == ["right"]
    assert result.returncode == 0


def test_a_label_naming_no_entry_is_reported_by_line_not_as_wrong(tmp_path: Path) -> None:
    result = validate_questions(
        tmp_path,
        labelled(
            {"q": "do you run pelvic floor classes", "expect": ["pf"]},
            {"q": "can I park", "expect": ["parkng"]},
        ),
        "--json",
    )
    assert verdicts(result) == ["right", "unknown_label"]
    assert result.returncode == 1  # not 4: nothing was answered wrong
    assert "line 2" in result.stderr and "'parkng'" in result.stderr
    assert json.loads(result.stdout)["questions"][1]["unknown_labels"] == ["parkng"]


def test_a_spare_unknown_label_beside_a_known_one_is_said_and_changes_nothing(
    tmp_path: Path,
) -> None:
    result = validate_questions(
        tmp_path, labelled({"q": "can I park at the clinic", "expect": ["parking", "car-park"]})
    )
    assert result.returncode == 0
    assert "\tright" in result.stdout
    assert "'car-park'" in result.stderr


def test_the_plain_summary_counts_withheld_and_unknown_labels_apart(tmp_path: Path) -> None:
    result = validate_questions(
        tmp_path,
        labelled(
            {"q": WETTING, "expect": ["pads"]},
            {"q": "can I park", "expect": ["parkng"]},
            {"q": "do you run pelvic floor classes", "expect": ["pf"]},
        ),
    )
    assert "\twithheld" in result.stdout and "\tunknown-label" in result.stdout
    last = result.stdout.strip().splitlines()[-1]
    assert last == (
        "3 labelled: 1 right (33% of 3), 0 confidently wrong, 0 honest don't-know, "
        "1 withheld under an emergency notice, 1 with a label naming no entry (counted as not "
        "right; --against OLD scores a renamed one)"
    )  # ux43: what the share is out of, and that the unknown label is in it


@pytest.mark.parametrize(("minimum", "status"), [("50", 1), ("51", 5), ("0", 1), ("100", 5)])
def test_min_right_fails_below_the_share_of_right_answers(
    tmp_path: Path, minimum: str, status: int
) -> None:
    questions = labelled(
        {"q": "do you run pelvic floor classes", "expect": ["pf"]},
        {"q": "how do I make pancakes", "expect": ["parking"]},  # an honest don't-know
    )
    result = validate_questions(tmp_path, questions, "--min-right", minimum)
    # met, the don't-know still exits 1, as without the option: 5 only below the share
    assert result.returncode == status, result.stderr


def test_min_right_is_outranked_by_a_wrong_answer(tmp_path: Path) -> None:
    questions = labelled({"q": "do you run pelvic floor classes", "expect": ["parking"]})
    assert validate_questions(tmp_path, questions, "--min-right", "90").returncode == 4


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("--min-right", "101"), None),
        (("--min-right", "-1"), None),
        (("--min-right", "x"), None),
        (("--min-right", "50"), b"can I park\n"),  # no labelled question to count
    ],
)
def test_min_right_errors_are_one_line(
    tmp_path: Path, args: tuple[str, ...], stdin: bytes | None
) -> None:
    questions = labelled({"q": "can I park", "expect": ["parking"]}) if stdin is None else stdin
    result = validate_questions(tmp_path, questions, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--min-right" in result.stderr


def test_min_right_without_questions_is_a_usage_error(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    pack = tmp_path / "pelvic.json"
    pack.write_text(json.dumps(PELVIC), encoding="utf-8")
    result = run_backcare("validate", str(pack), "--min-right", "50", home=tmp_path, text=True)
    assert result.returncode == 2 and "--questions" in result.stderr


def test_min_right_error_under_json_is_a_json_line(tmp_path: Path) -> None:
    result = validate_questions(tmp_path, b"can I park\n", "--min-right", "50", "--json")
    assert result.returncode == 2
    assert "error" in json.loads(result.stdout.strip().splitlines()[-1])


# ---- hostile13 F13, F14: a cache dir that is a file, a file: URL, the settings warning's place ----


def test_a_cache_dir_that_is_a_file_is_said_so_and_every_question_answered(
    tmp_path: Path,
) -> None:
    from tests.conftest import run_backcare

    blocker = tmp_path / "cachefile"
    blocker.write_text("", encoding="utf-8")
    big = tmp_path / "big.json"
    entries = [
        {"id": f"e{i}", "question": f"How do I book visit number {i}?", "answer": "Call. " * 20}
        for i in range(600)
    ]
    big.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    for cache in (blocker, blocker / "sub"):
        result = run_backcare(
            "--faq",
            str(big),
            "ask",
            "book visit number 5",
            home=tmp_path,
            text=True,
            BACKCARE_CACHE_DIR=str(cache),
        )
        assert result.returncode == 0, result.stderr
        assert f"{blocker} is a file, not a directory" in result.stderr
        assert "File exists" not in result.stderr and "Traceback" not in result.stderr
    config = run_backcare(
        "config", "--json", home=tmp_path, text=True, BACKCARE_CACHE_DIR=str(blocker)
    )
    assert config.returncode == 0
    assert json.loads(config.stdout)["cache"]["used"] is False
    assert "is a file, not a directory" in config.stderr


@pytest.mark.parametrize("how", ["--faq", "validate", "BACKCARE_FAQ"])
def test_a_file_url_names_the_path_to_give(tmp_path: Path, how: str) -> None:
    from tests.conftest import run_backcare

    pack = tmp_path / "my pack.json"
    pack.write_text(json.dumps(PELVIC), encoding="utf-8")
    url = "file://" + str(pack).replace(" ", "%20")
    env: dict[str, str] = {}
    if how == "--faq":
        args: tuple[str, ...] = ("--faq", url, "ask", "can I park")
    elif how == "validate":
        args = ("validate", url)
    else:
        args, env = ("ask", "can I park"), {"BACKCARE_FAQ": f"bundled:{url}"}
    result = run_backcare(*args, home=tmp_path, text=True, **env)  # type: ignore[call-overload]
    assert result.returncode == 2
    assert f"give '{pack}'" in result.stderr  # the path, decoded and quoted for a shell
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_bare_batch_says_its_settings_warning_before_the_answers(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    settings = tmp_path / "bad.toml"
    settings.write_text('colr = "never"\n', encoding="utf-8")
    result = run_backcare(
        home=tmp_path,
        stdin=b"stiff back after sitting\nheat or ice\n",
        text=True,
        BACKCARE_CONFIG=str(settings),
    )
    lines = result.stderr.splitlines()
    assert "unknown key 'colr'" in lines[0]  # before the second line's "no confident match"


def test_a_batch_whose_first_line_is_an_emergency_keeps_its_notice_first(tmp_path: Path) -> None:
    from tests.conftest import run_shell

    settings = tmp_path / "bad.toml"
    settings.write_text('colr = "never"\n', encoding="utf-8")
    result = run_shell(
        "{bc} 2>&1",
        tmp_path,
        stdin=b"i cant pee at all\nstiff back after sitting\n",
        BACKCARE_CONFIG=str(settings),
    )
    out = result.stdout.decode()
    assert out.startswith("EMERGENCY")
    assert out.index("EMERGENCY") < out.index("unknown key") < out.index("When you sit")


# ---- validate NEW --against OLD: a pack diff for maintainers ---------------------------------------


def _versions(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(PELVIC), encoding="utf-8")
    data = json.loads(json.dumps(PELVIC))
    data["contact"] = "Reception: 01234 999999"
    data["title"] = "Pelvic health"
    entries = data["entries"]
    entries[0]["answer"] = "Yes, at reception, and online from May."
    entries[0]["tags"] = ["continence"]
    entries[1]["id"] = "park"  # renamed: same question
    entries[2]["aliases"] = ["pelvic floor class times"]
    entries[2]["topic"] = "classes"
    entries[3]["question"] = "My legs feel heavy, should I rest?"
    entries.append({"id": "hours", "question": "When are you open?", "answer": "9 to 5."})
    new = tmp_path / "new.json"
    new.write_text(json.dumps(data), encoding="utf-8")
    return new, old


def test_the_diff_names_every_kind_of_change_in_json(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    new, old = _versions(tmp_path)
    result = run_backcare(
        "validate", str(new), "--against", str(old), "--json", home=tmp_path, text=True
    )
    assert result.returncode == 1, result.stderr  # something changed, as `diff` says it
    report = json.loads(result.stdout)
    assert report["pack"] == str(new) and report["against"] == str(old)
    kinds = {(c["kind"], c["id"]) for c in report["changes"]}
    assert kinds == {
        ("added", "hours"),
        ("renamed", "park"),
        ("answer", "pads"),
        ("tags", "pads"),
        ("aliases", "pf"),
        ("topic", "pf"),
        ("question", "numb-rest"),
        ("contact", None),
        ("title", None),
    }
    renamed = next(c for c in report["changes"] if c["kind"] == "renamed")
    assert renamed["from"] == "parking"
    aliases = next(c for c in report["changes"] if c["kind"] == "aliases")
    assert aliases["added"] == ["pelvic floor class times"] and aliases["removed"] == []
    assert report["summary"]["added"] == 1 and report["summary"]["removed"] == 0


def test_the_plain_diff_is_one_line_a_change_then_a_summary(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    new, old = _versions(tmp_path)
    result = run_backcare("validate", str(new), "--against", str(old), home=tmp_path, text=True)
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "added\thours\tWhen are you open?"
    assert "renamed\tpark\tfrom parking: Can I park at the clinic?" in lines
    assert "contact\t-\t'Reception: 01234 567890' -> 'Reception: 01234 999999'" in lines
    assert lines[-1].startswith("9 changes from ")


def test_a_removed_entry_and_an_unchanged_pack(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    new, old = _versions(tmp_path)
    back = run_backcare("validate", str(old), "--against", str(new), home=tmp_path, text=True)
    assert "removed\thours\tWhen are you open?" in back.stdout
    same = run_backcare("validate", str(old), "--against", str(old), home=tmp_path, text=True)
    assert same.returncode == 0
    assert same.stdout.strip() == f"no changes from {old} to {old}"


def test_a_long_answer_is_shown_around_its_first_difference() -> None:
    from backcare.output.plain import change_text
    from backcare.packs.packdiff import Change

    old = "Rest for a day. " * 20 + "Then walk a little."
    new = "Rest for a day. " * 20 + "Then swim a little."
    said = change_text(Change("answer", "x", old, new))
    assert "walk" in said and "swim" in said and said.startswith("'…") and len(said) < 250


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "{new}", "--against", "{tmp}/nope.json"),
        ("validate", "{new}", "{old}", "--against", "{old}"),
        ("validate", "{new}", "--against", "{old}", "--questions", "{old}"),
        ("validate", "--against", "{old}"),
    ],
)
def test_diff_errors_are_one_line_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    from tests.conftest import run_backcare

    new, old = _versions(tmp_path)
    words = [a.format(new=new, old=old, tmp=tmp_path) for a in args]
    result = run_backcare(*words, home=tmp_path, text=True)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_broken_version_lists_its_schema_errors(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    new, old = _versions(tmp_path)
    new.write_text('{"entries": [{"id": "a", "question": "", "answer": ""}]}', encoding="utf-8")
    result = run_backcare("validate", str(new), "--against", str(old), home=tmp_path, text=True)
    assert result.returncode == 2
    assert "'question' is empty" in result.stderr and "'answer' is empty" in result.stderr


def test_the_fast_path_and_typer_read_against_alike(tmp_path: Path) -> None:
    from backcare.cli.entry import fast_command

    new, old = _versions(tmp_path)
    assert fast_command(["validate", str(new), "--against", str(old)]) is not None
    assert fast_command(["validate", str(new), str(old), "--against", str(old)]) is None


# ---- hostile14 5: `--faq /dev/stdin` with questions on stdin ---------------------------------------


@pytest.mark.parametrize("args", [("--faq", "/dev/stdin", "ask", "-"), ("--faq", "/dev/stdin")])
def test_a_pack_that_is_stdin_is_refused_after_the_lines_are_read_for_red_flags(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    from tests.conftest import run_backcare

    result = run_backcare(*args, home=tmp_path, stdin=b"i cant pee\n", text=True)
    assert result.returncode == 3
    assert "EMERGENCY" in result.stdout and "is standard input" in result.stderr


# ---- hostile14 4: a valued option given twice --------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("ask", "--topic", "I want to kill myself", "--topic", "pain relief", "stiff back"),
        ("ask", "-n", "i cant pee", "-n", "3", "stiff back"),
        ("--color", "i cant pee", "--color", "never", "ask", "stiff back"),
    ],
)
def test_a_replaced_option_value_is_read_for_red_flags(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    from tests.conftest import run_backcare

    result = run_backcare(*args, home=tmp_path, text=True)
    assert result.returncode == 3
    assert "EMERGENCY" in result.stdout and "given twice" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("ask", "-n", "2", "--top", "3", "stiff back"),
        ("topics", "--color", "never", "--color", "auto"),
    ],
)
def test_a_valued_option_given_twice_is_a_usage_error(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    from tests.conftest import run_backcare

    result = run_backcare(*args, home=tmp_path, text=True)
    assert result.returncode == 2 and "given twice" in result.stderr


def test_flags_and_faq_may_repeat(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    result = run_backcare(
        "ask", "--json", "--json", "stiff back after sitting", home=tmp_path, text=True
    )
    assert result.returncode == 0
    both = run_backcare(
        "--faq", "bundled", "--faq", str(tmp_path / "x.json"), "ask", "x", home=tmp_path, text=True
    )
    assert "given twice" not in both.stderr


# ---- hostile14 13, 14: labelled lines' keys and `expect`; a cache dir that is a dangling link -------


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ('{"q": "can I park", "expect": ["parking"], "expect": []}', "'expect' is given twice"),
        ('{"q": "can I park", "q": "x", "expect": []}', "'q' is given twice"),
        ('{"q": "can I park", "expect": ""}', '"expect" must be a list'),
        ('{"q": "can I park", "expect": 3}', '"expect" must be a list'),
        ('{"q": "can I park", "expect": [3]}', '"expect" must be a list'),
    ],
)
def test_a_labelled_line_is_refused_saying_why(tmp_path: Path, line: str, said: str) -> None:
    result = validate_questions(tmp_path, (line + "\n").encode())
    assert result.returncode == 2
    assert said in result.stderr and "line 1" in result.stderr


def test_a_cache_dir_that_is_a_link_loop_is_said_so(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    result = run_backcare(
        "config", home=tmp_path, text=True, BACKCARE_CACHE_DIR=str(tmp_path / "a")
    )
    assert "symbolic link that leads nowhere" in result.stderr


# ---- newcomer13, newcomer14 D4: the pack's contact once, beside the flags' actions ---------------


def test_json_gives_the_contact_once_when_a_flag_carries_it(tmp_path: Path) -> None:
    from tests.conftest import run_backcare

    pack = tmp_path / "pelvic.json"
    pack.write_text(json.dumps(PELVIC), encoding="utf-8")
    for args, stdin in (
        (("ask", "--json", "i cant pee"), b""),
        (("ask", "--json", "-"), b"i cant pee\n"),
    ):
        result = run_backcare("--faq", str(pack), *args, home=tmp_path, stdin=stdin, text=True)
        data = json.loads(result.stdout.splitlines()[0])
        assert data["contact"] == "Reception: 01234 567890"
        for flag in data["red_flags"]:  # `action` as documented: ending with the contact line
            assert flag["action"].endswith(" " + data["contact"])
    plain = run_backcare(
        "--faq", str(pack), "ask", "--json", "can I park", home=tmp_path, text=True
    )
    assert "contact" not in json.loads(plain.stdout)  # no flag, no action carrying it


# ---- newcomer14 D5: every validate warning kind is listed in the README --------------------------


def test_the_readme_lists_every_warning_kind_and_no_other() -> None:
    import re

    from backcare.packs.validate import KINDS

    readme = (ROOT / "docs" / "packs.md").read_text(encoding="utf-8")  # the README's, until ux41
    table = readme.split("Each warning in `--json` has a `kind`", 1)[1].split("\n\n", 2)[1]
    listed = re.findall(r"^\| `([a-z-]+)` \|", table, re.MULTILINE)[1:]  # the header is `kind`
    assert listed == list(KINDS)
