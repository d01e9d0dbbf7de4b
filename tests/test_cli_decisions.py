"""Decisions the CLI makes in one place, checked at every door that relies on them: where `--` ends
the options (options.end_of_options), an emergency outranking any other exit status but Ctrl-C's
(status.outranked), and the output flags read from raw argv (context.output_in_argv). Each test is
parametrised over the paths, so a path that decided for itself again fails here."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from backcare.cli import options
from tests.conftest import run_shell

EMERGENCY = "EMERGENCY - get help now"


def sh(
    command: str, home: Path, stdin: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    return run_shell(command, home, stdin, XDG_CACHE_HOME=str(home / "cache"), **env)


# ---- where `--` ends the options -------------------------------------------------------------

# `--topic --` and `--faq --` take `--` as their value (Click reads them so): only the third `--`
# ends the options, and every word after it is a question's, whatever it looks like
ARGV = ["ask", "--topic", "--", "--faq", "--", "-n", "2", "--", "--json", "-", "x.json"]
END = 7


def test_the_end_of_the_options_skips_a_double_dash_given_as_a_value() -> None:
    assert options.end_of_options(ARGV) == END
    assert options.before_dashes(ARGV) == ARGV[:END]
    assert options.words_after_dashes(ARGV) == 3
    assert options.end_of_options(["--", "--json"]) == 0
    assert options.end_of_options(["ask", "--topic", "--"]) == 3  # none: the value only


# every reader of argv, and what it must make of ARGV if it asks end_of_options where options end
READERS: list[tuple[str, Callable[[Sequence[str]], object], object]] = [
    ("question_words", options.question_words, ["--json", "x.json"]),
    ("option_values", options.option_values, ["--", "2"]),
    ("faq_values", options.faq_values, ["--"]),
    ("words_after_dashes", options.words_after_dashes, 3),
    ("stray_words", lambda a: options.stray_words(a[1:]), ["2", "--json", "-", "x.json"]),
    ("path_positions", options.path_positions, {4}),
]


@pytest.mark.parametrize(("name", "read", "expected"), READERS, ids=[r[0] for r in READERS])
def test_every_reader_of_argv_ends_the_options_where_end_of_options_does(
    name: str, read: Callable[[Sequence[str]], object], expected: object
) -> None:
    assert read(ARGV) == expected, name


def test_the_readers_ask_the_one_function(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that found `--` by itself again would still pass on ARGV by luck of its own
    loop; with the decision moved (no `--` ends anything) each must follow it."""
    monkeypatch.setattr(options, "end_of_options", lambda args: len(args))
    assert options.question_words(["ask", "--", "--json"]) == []
    assert options.option_values(["ask", "--", "-n", "2"]) == ["2"]
    assert options.faq_values(["--", "--faq", "x"]) == ["x"]
    assert options.words_after_dashes(["--", "a"]) == 0
    assert options.path_positions(["--", "--faq", "x"]) == {2}
    from backcare.cli.entry import implicit_command

    assert implicit_command(["--", "--json", "stiff"]) == ["--", "--json", "stiff"]


@pytest.mark.parametrize(
    ("command", "code"),
    [
        # help asked for beside a question: the notice comes first, exit 3 (help was printed
        # alone, exit 0, when `--topic --` was read as the end of the options)
        ("{bc} ask --topic -- i cant pee --help", 3),
        # a question after a real `--` is asked, whatever it looks like
        ("{bc} ask --topic -- -- i cant pee --help", 3),
    ],
)
def test_help_beside_a_question_reads_the_same_end_of_the_options(
    tmp_path: Path, command: str, code: int
) -> None:
    done = sh(command, tmp_path)
    assert done.returncode == code, done.stderr
    assert EMERGENCY in done.stdout.decode()


def test_a_completion_flag_after_a_double_dash_value_still_names_its_shell(tmp_path: Path) -> None:
    """`--faq --` takes `--` as its value: `--show-completion fish` after it is the flag, for fish
    (it was cut off as a question's words, and Typer showed bash's script)."""
    done = sh("{bc} --faq -- --show-completion fish", tmp_path, SHELL="/bin/bash")
    assert done.returncode == 0, done.stderr
    assert b"complete --command backcare" in done.stdout


def test_a_leading_double_dash_makes_the_rest_a_question() -> None:
    from backcare.cli.entry import implicit_command

    assert implicit_command(["--", "--json"]) == ["ask", "--", "--json"]
    assert implicit_command(["--faq", "--", "x"])[:1] != ["ask", "--"]


# ---- an emergency outranks every other exit status but Ctrl-C's --------------------------------


@pytest.mark.parametrize("code", [0, 1, 2, 3, 141])
def test_an_emergency_outranks_every_status_but_an_interrupt(code: int) -> None:
    from backcare.cli.status import Exit, outranked

    assert outranked(code, Exit.EMERGENCY) == Exit.EMERGENCY
    assert outranked(Exit.INTERRUPTED, Exit.EMERGENCY) == Exit.INTERRUPTED
    for other in (Exit.OK, Exit.NOT_FOUND, Exit.ERROR):
        assert outranked(code, other) == code


FULL = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")

# every door where words describing an emergency meet another status (a pack that fails, an id or
# topic that is not there, a usage error, help, stray words, output that cannot be written): each
# exits 3, whatever it would have said otherwise
DOORS = [
    pytest.param("{bc} ask --faq missing.json i cant pee", id="ask-pack-fails"),
    pytest.param("{bc} ask --topic 'i cant pee' stiff back", id="ask-unknown-topic"),
    pytest.param("{bc} topics 'i cant pee'", id="topics-unknown-topic"),
    pytest.param("{bc} topics --faq missing.json 'i cant pee'", id="topics-pack-fails"),
    pytest.param("{bc} show 'i cant pee'", id="show-unknown-id"),
    pytest.param("{bc} show --faq missing.json 'i cant pee'", id="show-pack-fails"),
    pytest.param("{bc} ask --top 0 i cant pee", id="usage-error"),
    pytest.param("{bc} i cant pee --help", id="help"),
    pytest.param("{bc} validate i cant pee", id="validate-stray-words"),
    pytest.param("{bc} ask i cant pee > /dev/full", id="ask-output-fails", marks=FULL),
    pytest.param("{bc} ask --json i cant pee > /dev/full", id="ask-json-output-fails", marks=FULL),
]


@pytest.mark.parametrize("command", DOORS)
def test_every_door_exits_3_when_an_emergency_was_described(tmp_path: Path, command: str) -> None:
    done = sh(command, tmp_path)
    assert done.returncode == 3, (done.stdout, done.stderr)
    shown = done.stdout.decode() + done.stderr.decode()
    assert "trouble peeing" in shown


@pytest.mark.parametrize("command", DOORS)
def test_the_same_doors_without_an_emergency_keep_their_own_status(
    tmp_path: Path, command: str
) -> None:
    """So the test above is about the emergency: each door's own status is not 3."""
    done = sh(command.replace("i cant pee", "stiff back"), tmp_path)
    assert done.returncode != 3, (done.stdout, done.stderr)


# ---- the output flags a door reads from raw argv -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "json_output", "plain"),
    [
        (["ask", "--json", "--plain", "q"], True, True),
        (["ask", "--topic", "--json", "q"], False, False),  # the topic's value
        (["ask", "--faq", "--plain", "q"], False, False),  # the pack's name
        (["ask", "--", "--json", "--plain"], False, False),  # a question's words
        (["--json", "q", "--plain"], True, True),
    ],
)
def test_output_flags_in_argv_are_options_not_values_or_words(
    args: list[str], json_output: bool, plain: bool
) -> None:
    from backcare.cli.context import output_in_argv

    found = output_in_argv(args)
    assert (found.json_output, found.plain) == (json_output, plain)


# the two doors that show a notice from argv Typer has not read or has refused: help beside a
# question, and a usage error; each shows it as JSON exactly when --json is an option given
OUTPUT_DOORS = ["{bc} ask {flags} i cant pee --help", "{bc} ask {flags} --top 0 i cant pee"]


@pytest.mark.parametrize("door", OUTPUT_DOORS)
@pytest.mark.parametrize(
    ("flags", "as_json"),
    [("--json", True), ("", False), ("--topic --json", False), ("--plain", False)],
)
def test_each_door_shows_its_notice_in_the_form_asked_for(
    tmp_path: Path, door: str, flags: str, as_json: bool
) -> None:
    done = sh(door.format(bc="{bc}", flags=flags), tmp_path)
    assert done.returncode == 3, done.stderr
    first = done.stdout.decode().splitlines()[0]
    assert first.startswith('{"query": ') is as_json, first
    assert "trouble peeing" in first
