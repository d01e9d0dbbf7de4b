"""An emergency is always shown first and alone, whatever else goes wrong around the question:
help typed before it, a question typed after `show`, bad settings, a pack that cannot load."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import installed_command

BACKCARE = installed_command()
EMERGENCY = "EMERGENCY - get help now:"


def command(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BACKCARE, *args],
        input=stdin,
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


def test_topics_with_a_question_shows_the_emergency_then_the_unknown_topic(
    runner: CliRunner,
) -> None:
    result = runner.invoke(app, ["topics", "i cant feel my bum"])
    assert result.exit_code == 3
    assert result.stdout.startswith(EMERGENCY)
    assert result.stderr.startswith("backcare: unknown topic 'i cant feel my bum'")
    calm = runner.invoke(app, ["topics", "zebra"])
    assert calm.exit_code == 1 and calm.stdout == ""  # not found, as `show NO-SUCH-ID`


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


# ---- settings and packs never stand between a question and its notice --------------------------


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    monkeypatch.setenv("BACKCARE_CONFIG", str(path))
    for var in ("BACKCARE_REGION", "BACKCARE_TOP", "BACKCARE_PAGER", "BACKCARE_FAQ"):
        monkeypatch.delenv(var, raising=False)
    return path


@pytest.mark.parametrize(
    ("region", "number"),
    [
        ("GB", "Call 999 now"),
        ("uk", "Call 999 now"),
        ("USA", "Call 911 now"),
        ("US", "Call 911 now"),
        ("FR", "Call 112 now"),
        ("DE", "Call 112 now"),
        ("es", "Call 112 now"),
        ("IT", "Call 112 now"),
        ("NL", "Call 112 now"),
        ("AUS", "Call 000 now"),
    ],
)
def test_region_codes_people_use_get_their_numbers(
    runner: CliRunner, config_file: Path, region: str, number: str
) -> None:
    result = runner.invoke(app, ["ask", "i cant pee"], env={"BACKCARE_REGION": region})
    assert result.exit_code == 3 and result.stderr == ""
    assert result.stdout.startswith(EMERGENCY) and number in result.stdout


def test_every_alias_names_a_known_region() -> None:
    from backcare.engine.safety import region_codes, regions

    assert set(region_codes().values()) == set(regions())


@pytest.mark.parametrize(("alias", "region"), [("GB", "UK"), ("gbr", "UK"), ("FR", "EU")])
def test_the_engine_resolves_region_aliases_itself(alias: str, region: str) -> None:
    from backcare.engine.safety import action_text, resolve_region

    assert resolve_region(alias) == region
    assert action_text("emergency", alias) == action_text("emergency", region)


def test_an_unknown_region_is_still_an_error_for_the_engine() -> None:
    from backcare.engine.safety import action_text, resolve_region
    from backcare.errors import BackcareError

    assert resolve_region("XX") is None
    with pytest.raises(BackcareError, match="unknown region"):
        action_text("emergency", "XX")


def test_an_unknown_region_warns_and_gives_every_regions_numbers(
    runner: CliRunner, config_file: Path
) -> None:
    result = runner.invoke(app, ["ask", "i cant pee"], env={"BACKCARE_REGION": "XY"})
    assert result.exit_code == 3
    assert result.stdout.startswith(EMERGENCY) and "999" in result.stdout and "911" in result.stdout
    assert result.stderr.startswith("backcare: warning: BACKCARE_REGION: unknown region 'XY'")


@pytest.mark.parametrize(
    "text",
    [
        'colour = "never"\n',
        "top = 0\n",
        'region = "Mars"\n',
        "pager = 3\n",
        "this is not toml\n",
        # not UTF-8; a UTF-16 mark with an odd byte after it (a bare mark is an empty UTF-16
        # file, read as packs are since hostile10 13)
        b"top = \xff\n".decode("latin-1"),
        b"\xff\xfex".decode("latin-1"),
    ],
)
def test_a_bad_settings_file_never_hides_the_emergency(
    runner: CliRunner, config_file: Path, text: str
) -> None:
    config_file.write_text(text, encoding="latin-1" if "\xff" in text else "utf-8")
    result = runner.invoke(app, ["ask", "i cant pee"])
    assert result.exit_code == 3
    assert result.stdout.startswith(EMERGENCY)
    assert result.stderr.count("\n") == 1 and str(config_file) in result.stderr


def test_a_missing_settings_file_named_by_the_variable_is_a_warning(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKCARE_CONFIG", str(tmp_path / "nowhere.toml"))
    result = runner.invoke(app, ["ask", "both legs numb"])
    assert result.exit_code == 3 and result.stdout.startswith(EMERGENCY)
    assert "config file not found" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--faq", "/no/such/pack.json"],
        ["--faq", "/no/such/pack.md"],
        ["--topic", "no such topic"],
    ],
)
def test_a_pack_or_topic_that_fails_still_shows_the_notice_first(
    runner: CliRunner, config_file: Path, args: list[str]
) -> None:
    result = runner.invoke(app, ["ask", *args, "i cant pee"])
    assert result.exit_code == 3
    assert result.stdout.startswith(EMERGENCY)
    assert result.stderr.startswith("backcare: ") and "warning" not in result.stderr
    calm = runner.invoke(app, ["ask", *args, "stiff back"])
    # an unknown topic is "not found" (1), as an unknown id (ux31 F12); a pack's failure is 2
    assert calm.exit_code == (1 if "--topic" in args else 2) and calm.stdout == ""


UNKNOWN_HOME = "~no-such-user-backcare-test/pack.json"  # pathlib's expanduser raised here


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("file", f'faq = "{UNKNOWN_HOME}"\n'),
        ("BACKCARE_FAQ", UNKNOWN_HOME),
        ("--faq", UNKNOWN_HOME),
        ("BACKCARE_CONFIG", "~no-such-user-backcare-test/config.toml"),
    ],
)
def test_a_home_of_no_known_user_is_a_path_not_a_crash(
    runner: CliRunner,
    config_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    value: str,
) -> None:
    args = ["ask", "i cant pee"]
    if where == "file":
        config_file.write_text(value, encoding="utf-8")
    elif where == "--faq":
        args = ["ask", "--faq", value, "i cant pee"]
    else:
        monkeypatch.setenv(where, value)
    result = runner.invoke(app, args)
    assert result.exit_code == 3 and result.stdout.startswith(EMERGENCY)
    assert "~no-such-user-backcare-test" in result.stderr and "unexpected" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_batch_whose_pack_fails_still_shows_each_notice(
    runner: CliRunner, config_file: Path
) -> None:
    stdin = "stiff back\ni cant pee\nsore neck\nboth legs numb\n"
    result = runner.invoke(app, ["ask", "--json", "--faq", "/no/such.json", "-"], input=stdin)
    assert result.exit_code == 3
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    notices = [d for d in lines if "query" in d]
    assert [d["query"] for d in notices] == ["i cant pee", "both legs numb"]
    assert all(d["match"] is None and d["red_flags"] for d in notices)
    # newcomer10 F3: every other line gets its own error object (a worker reads one line a
    # message); the run's closing {"error"} line comes from the installed command's entry
    assert [d["line"] for d in lines if "error" in d and "line" in d] == [1, 3]
    assert "no such file" in result.stderr


def test_lenient_settings_report_each_problem_and_use_the_default() -> None:
    from backcare.config import ConfigFile, resolve

    said: list[str] = []
    file = ConfigFile("c.toml", 'colour = "never"\ntop = 0\nplain = true\n')
    settings = resolve({}, {"BACKCARE_TOP": "x"}, file, warn=said.append)
    assert (settings.top, settings.plain, settings.sources["top"]) == (3, True, "default")
    assert len(said) == 3 and any("'colour'" in s for s in said)
    assert any("BACKCARE_TOP" in s for s in said) and any("key 'top'" in s for s in said)


# ---- the notice comes first in every view ----------------------------------------------------


def test_with_question_puts_the_notice_before_the_question_lines(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["ask", "--with-question", "stiff back after sitting and both legs weak"]
    )
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    assert lines[0].startswith(EMERGENCY)
    assert "question: stiff back after sitting and both legs weak" in lines
    match = next(line for line in lines if line.startswith("match:"))
    assert "[" not in match  # the matched entry is not named under the notice
    shown = runner.invoke(
        app,
        ["ask", "--with-question", "--show-answer", "stiff back after sitting and both legs weak"],
    )
    best = json.loads(
        runner.invoke(
            app, ["ask", "--json", "--show-answer", "stiff back after sitting and both legs weak"]
        ).stdout
    )["match"]
    assert shown.stdout.startswith(EMERGENCY) and f"[{best['id']}" in shown.stdout


def test_batch_with_question_puts_each_notice_first_in_its_block(runner: CliRunner) -> None:
    stdin = "stiff back after sitting\nboth legs weak\nback pain and a high fever, shivering\n"
    result = runner.invoke(app, ["ask", "--with-question", "-"], input=stdin)
    assert result.stdout.startswith("question: stiff back after sitting")
    for asked in ("both legs weak", "back pain and a high fever, shivering"):
        before = result.stdout.split(f"question: {asked}")[0].rstrip("\n").rsplit("\n\n", 1)[-1]
        assert before.startswith(("EMERGENCY", "URGENT")), asked


def test_rich_batch_shows_the_notice_before_naming_the_question(runner: CliRunner) -> None:
    stdin = "stiff back after sitting\nboth legs weak\n"
    result = runner.invoke(app, ["ask", "--color", "always", "-"], input=stdin)
    text = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert text.index("EMERGENCY - get help now") < text.index("both legs weak")


# ---- '-' reads standard input, alone -----------------------------------------------------------


@pytest.mark.parametrize("args", [["-", "extra", "words"], ["-", "-"], ["stiff", "-", "back"]])
def test_a_dash_with_other_words_is_a_usage_error(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, ["ask", *args], input="stiff back after sitting\n")
    assert result.exit_code == 2 and result.stdout == ""
    assert "'-'" in result.stderr and "must be the only word" in result.stderr


def test_a_dash_beside_an_emergency_still_shows_the_notice(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "-", "i", "cant", "pee"], input="")
    assert result.exit_code == 3 and result.stdout.startswith(EMERGENCY)
    assert "must be the only word" in result.stderr


@pytest.mark.parametrize("args", [["-"], ["--faq", "bundled", "-"], ["--json", "-"]])
def test_a_lone_dash_reads_the_questions_from_stdin(args: list[str]) -> None:
    done = subprocess.run(
        [*BACKCARE, *args],
        input="stiff back after sitting\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "When you sit on the edge" in done.stdout


def test_a_lone_dash_followed_by_words_is_the_same_usage_error_on_both_routes() -> None:
    for env in ({}, {"BACKCARE_NO_FAST_PATH": "1"}):
        done = command("-", "extra", env=env)
        assert done.returncode == 2 and "must be the only word" in done.stderr


@pytest.mark.parametrize(
    ("args", "asked"),
    [
        (["--", "-"], "-"),
        (["--", "-", "-"], "- -"),
        (["--json", "--", "-"], "-"),
        (["--topic", "pain relief", "--", "-"], "-"),
        (["--", "a", "-", "b"], "a - b"),
    ],
)
def test_a_dash_after_the_end_of_options_is_a_word_not_standard_input(
    runner: CliRunner, args: list[str], asked: str
) -> None:
    """After `--` every word is the question's, `-` too: `ask -- -` read the questions from stdin
    (Typer drops the `--`, and then it looked like `ask -`), and `ask -- - -` was a usage error."""
    result = runner.invoke(app, ["ask", "--json", *args], input="i cant pee\n")
    assert result.exit_code == 1, result.stderr  # asked, not answered; stdin never read
    assert json.loads(result.stdout)["query"] == asked


@pytest.mark.parametrize("args", [["-", "--", "x"], ["-", "--", "-"]])
def test_a_dash_before_the_end_of_options_still_reads_stdin_alone(
    runner: CliRunner, args: list[str]
) -> None:
    result = runner.invoke(app, ["ask", *args], input="stiff back after sitting\n")
    assert result.exit_code == 2 and "must be the only word" in result.stderr


def test_a_double_dash_taken_as_an_options_value_ends_no_options(runner: CliRunner) -> None:
    """`ask --topic -- -`: that `--` is the topic asked for, so the `-` still reads stdin (whose
    emergency is shown before the unknown topic is reported)."""
    result = runner.invoke(app, ["ask", "--topic", "--", "-"], input="i cant pee\n")
    assert result.exit_code == 3 and result.stdout.startswith(EMERGENCY)
    assert "unknown topic '--'" in result.stderr


def test_a_dash_after_the_end_of_options_is_a_word_through_the_console_script() -> None:
    """The same through `backcare` itself (`backcare -- -` is `backcare ask -- -`), on both routes;
    options with no question before a piped batch still read it (`backcare --json --`)."""
    for env in ({}, {"BACKCARE_NO_FAST_PATH": "1"}):
        for args in (["ask", "--json", "--", "-"], ["--json", "--", "-"]):
            done = command(*args, env=env, stdin="i cant pee\n")
            assert done.returncode == 1, (args, done.stderr)
            assert json.loads(done.stdout)["query"] == "-"
        batch = command("--json", "--", env=env, stdin="i cant pee\n")
        assert batch.returncode == 3 and json.loads(batch.stdout)["query"] == "i cant pee"


# ---- usage errors: the words are checked for red flags first -----------------------------------


@pytest.mark.parametrize("first", ["how", "snow", "as", "what"])
def test_a_question_starting_with_an_ordinary_word_near_a_command_is_asked(first: str) -> None:
    done = command(
        first, "do", "i", "stop", "my", "legs", "going", "numb", "and", "i", "cant", "pee"
    )
    assert done.returncode == 3
    assert done.stdout.startswith(EMERGENCY)
    assert "No such command" not in done.stderr


def test_a_real_command_typo_is_still_a_usage_error() -> None:
    done = command("topcs")
    assert done.returncode == 2 and "did you mean 'topics'" in done.stderr


@pytest.mark.parametrize(
    ("argv", "question"),
    [
        (["shw", "i", "cant", "pee"], "shw i cant pee"),
        (["topics", "my", "legs", "are", "numb", "and", "i", "cant", "pee"], None),
        (["ask", "--top", "0", "i", "cant", "pee"], "i cant pee"),
        (["ask", "--top", "x", "i", "cant", "pee"], "i cant pee"),
        (["ask", "--color", "bogus", "i", "cant", "pee"], "i cant pee"),
        (["ask", "--bogus", "i", "cant", "pee"], "i cant pee"),
        (["--bogus", "i", "cant", "pee"], "i cant pee"),
        (["-?", "i", "cant", "pee"], "i cant pee"),
        (["show", "my", "legs", "are", "numb", "and", "i", "cant", "pee"], None),
    ],
)
@pytest.mark.parametrize("fast", ["", "1"])
def test_a_usage_error_with_a_question_in_it_shows_the_emergency_first(
    argv: list[str], question: str | None, fast: str
) -> None:
    done = command(*argv, "--json", env={"BACKCARE_NO_FAST_PATH": fast})
    assert done.returncode == 3, done.stderr
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    # under --json the usage error follows as an object of its own (newcomer9 10)
    notices = [o for o in objects if "error" not in o]
    assert objects[: len(notices)] == notices and all(set(o) == {"error"} for o in objects[1:])
    assert len(notices) == 1 and notices[0]["red_flags"][0]["urgency"] == "emergency"
    assert notices[0]["match"] is None
    if question is not None:
        assert notices[0]["query"] == question
    if argv[0] != "-?":
        assert done.stderr.strip(), "the usage error is still reported"


@pytest.mark.parametrize("argv", [["ask", "--top", "0", "stiff", "back"], ["shw", "stiff", "back"]])
def test_a_usage_error_without_red_flags_is_just_the_usage_error(argv: list[str]) -> None:
    done = command(*argv)
    assert done.returncode == 2 and done.stdout == "" and done.stderr.strip()


@pytest.mark.parametrize("words", [["me"], ["me", "please"], ["please"]])
@pytest.mark.parametrize("first", ["help", "-?"])
def test_help_followed_by_only_filler_is_help(first: str, words: list[str]) -> None:
    done = command(first, *words)
    assert done.returncode == 0 and done.stdout.startswith("Usage: backcare")


# ---- output that cannot be written does not hide an emergency still to come ---------------------


def full_output(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    with Path("/dev/full").open("w") as full:
        return subprocess.run(
            [*BACKCARE, *args],
            input=stdin,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (["stiff back", "i cant pee"], 3),
        (["i cant pee", "stiff back"], 3),
        (["stiff back", "sore neck", "heat or ice", "my legs are numb and i cant pee"], 3),
        (["stiff back", "sore neck"], 2),
    ],
)
def test_a_batch_whose_output_fails_still_exits_3_for_a_later_emergency(
    lines: list[str], code: int
) -> None:
    done = full_output("ask", "-", stdin="".join(f"{line}\n" for line in lines))
    assert done.returncode == code
    assert "cannot write output" in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_an_emergency_whose_output_fails_is_shown_on_stderr() -> None:
    done = full_output("ask", "i cant pee and my bum is numb")
    assert done.returncode == 3
    lines = done.stderr.splitlines()
    # the first notice with the call to action, then (no region set) the numbers once, straight
    # after it, then the second notice (ux37, newcomer24 F8; newcomer29 F3: the numbers come first)
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "EMERGENCY - get help now",
        "Emergency numbers",
        "EMERGENCY - get help now",
    ]
    assert "cannot write output" in lines[-1]
    calm = full_output("ask", "stiff back")
    assert calm.returncode == 2 and calm.stderr.startswith("backcare: cannot write output")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_show_with_a_question_and_full_output_still_exits_3() -> None:
    done = full_output("show", "my", "legs", "are", "numb", "and", "i", "cant", "pee")
    assert done.returncode == 3
    assert "takes one entry ID" in done.stderr


# ---- nothing on stderr comes before the notice ----------------------------------------------------


def merged(*args: str, env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [*BACKCARE, *args],
        input="",
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=60,
        env={**os.environ, **env},
        check=False,
    )
    assert done.returncode == 3
    return done.stdout.splitlines()


def test_settings_warnings_come_after_the_notice() -> None:
    lines = merged("ask", "i", "cant", "pee", env={"BACKCARE_TOP": "0"})
    assert lines[0].startswith(EMERGENCY)
    assert any("BACKCARE_TOP" in line for line in lines[1:])


def test_import_notes_come_after_the_notice(tmp_path: Path) -> None:
    import shutil

    page = tmp_path / "faq.html"
    shutil.copy(Path(__file__).parent / "importers" / "messy_wordpress.html", page)
    cache = {"BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    lines = merged("ask", "--faq", str(page), "i", "cant", "pee", env=cache)
    assert lines[0].startswith(EMERGENCY)
    assert any(line.startswith("note: ") for line in lines[1:])


# ---- a notice without a pack is laid out like an answer without a match --------------------------


@pytest.mark.parametrize("failure", [["--faq", "/nonexistent/pack.json"], ["--top", "0"]])
def test_notice_without_pack_keeps_the_with_question_header(
    runner: CliRunner, failure: list[str]
) -> None:
    result = runner.invoke(
        app, ["ask", "--with-question", *failure, "-"], input="stiff back\ni cant pee\n"
    )
    assert result.exit_code == 3
    assert result.stdout.startswith(EMERGENCY)
    assert "question: i cant pee\nmatch: -" in result.stdout
    assert "stiff back" not in result.stdout


def test_terminal_notice_without_pack_names_its_batch_line(runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        ["ask", "--color", "always", "--faq", "/nonexistent/pack.json", "-"],
        input="stiff back\nmy legs are numb and i cant pee\n",
        env={"COLUMNS": "100"},
    )
    assert result.exit_code == 3
    text = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert "EMERGENCY" in text
    assert "my legs are numb and i cant pee" in text  # on the notice's lower border
    assert "stiff back" not in text


def test_a_general_question_about_a_sign_exits_without_the_emergency_code() -> None:
    """No exit 3 for a question about what a sign is (docs/safety.md), in single and batch mode;
    the pointer line names the region's numbers. A report in a batch still exits 3."""
    general = "is numbness in the groin serious? asking for a first aid course"
    done = command("ask", "--plain", general, env={"BACKCARE_REGION": "uk"})
    assert done.returncode in (0, 1), done.stderr
    assert done.stdout.startswith("If this is happening to you now: Call 999 now")
    assert EMERGENCY not in done.stdout
    batch = subprocess.run(
        [*BACKCARE, "ask", "--json", "-"],
        input=general + "\nmy groin has gone numb since this morning\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [json.loads(line) for line in batch.stdout.splitlines()]
    assert batch.returncode == 3
    assert lines[0]["red_flags"] == [] and lines[0]["pointer"]["urgency"] == "emergency"
    assert lines[1]["red_flags"] and lines[1]["pointer"] is None


def test_thoughts_of_suicide_stand_alone_with_the_crisis_lines(runner: CliRunner) -> None:
    question = "I keep thinking about killing myself, my back pain never stops"
    result = runner.invoke(app, ["ask", question], env={"BACKCARE_REGION": "UK"})
    assert result.exit_code == 3
    assert result.stdout.startswith(EMERGENCY)
    assert "Samaritans on 116 123" in result.stdout and "call 999" in result.stdout
    assert "Relieve" not in result.stdout  # no self-care answer under it
    us = runner.invoke(app, ["ask", "--json", question], env={"BACKCARE_REGION": "US"})
    assert us.exit_code == 3
    flag = json.loads(us.stdout)["red_flags"][0]
    assert flag["id"] == "crisis" and "988" in flag["action"] and "116 123" not in flag["action"]
    rich = runner.invoke(app, ["ask", "--color", "always", question])
    assert rich.exit_code == 3 and "116 123" in rich.stdout and "988" in rich.stdout
