"""One grammar: the start-up fast path reads argv exactly as the Typer app does, or steps aside.

Both routes run in this process (stdout, stderr and the exit code captured) on argv drawn from the
whole `ask` grammar: every declared option name, glued and separate values, odd values, repeats,
`--`, bare questions and command typos.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare import __version__
from backcare.cli import entry, options
from backcare.cli.ask import AskOptions
from backcare.cli.entry import fast_ask_options

OPTION_NAMES = [name for option in options.ASK for name in option.names]
VALUES = [
    "2",
    "0",
    "12",
    "²",
    "3_000",
    " 3",
    "+3",
    "-1",
    "",
    "=",
    "pain relief",
    "STIFFNESS AND",
    "always",
    "NEVER",
    "pink",
    "missing.json",
    "-",
    "--json",
]
WORDS = ["stiff", "back", "SMA", "zzzz", "-", "--", "show", "topcs", "help", "ask", "  ", "-x"]


def token() -> st.SearchStrategy[str]:
    glued = st.builds(
        lambda n, v: f"{n}={v}", st.sampled_from(OPTION_NAMES), st.sampled_from(VALUES)
    )
    return st.one_of(
        st.sampled_from(OPTION_NAMES), glued, st.sampled_from(VALUES), st.sampled_from(WORDS)
    )


def run(argv: list[str], fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "argv", ["backcare", *argv])
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"SMA\n\nzzzz\n")))
    if fast:
        monkeypatch.delenv("BACKCARE_NO_FAST_PATH", raising=False)
    else:
        monkeypatch.setenv("BACKCARE_NO_FAST_PATH", "1")
    # each route its own fresh cache: a page's import notes are shown once per cache, so with one
    # cache the first route showed them and the second did not (`topics --faq README.md`)
    with tempfile.TemporaryDirectory() as cache, pytest.raises(SystemExit) as done:
        monkeypatch.setenv("BACKCARE_CACHE_DIR", cache)
        entry.main()
    code = done.value.code
    return (code if isinstance(code, int) else 1), out.getvalue(), err.getvalue()


LISTING_NAMES = [name for opts in options.LISTING.values() for o in opts for name in o.names]
# what topics, show and validate take: topics, ids, packs and question files, good and bad
LISTING_WORDS = [
    "muscle atrophy",
    "Pain",
    "back-get-stiff-sit",
    "back-get-stiff",
    "data/faq.json",
    "tests/eval/lsof_faq.json",
    "tests/eval/lsof_queries.jsonl",
    "missing.json",
    "README.md",
]


def listing_token() -> st.SearchStrategy[str]:
    glued = st.builds(
        lambda n, v: f"{n}={v}", st.sampled_from(LISTING_NAMES), st.sampled_from(VALUES)
    )
    flags = [n for o in options.LISTING["show"] + options.LISTING["validate"] for n in o.names]
    return st.one_of(  # weighted towards calls the fast path reads, so both routes really run
        st.sampled_from(LISTING_WORDS),
        st.sampled_from(LISTING_WORDS),
        st.sampled_from(flags),
        st.sampled_from(LISTING_NAMES),
        glued,
        st.sampled_from(VALUES),
        st.sampled_from(WORDS),
    )


@settings(max_examples=120, deadline=None)
@given(
    command=st.sampled_from(sorted(options.LISTING)),
    tokens=st.lists(listing_token(), max_size=4),
)
def test_listing_commands_print_and_exit_identically_on_both_routes(
    command: str, tokens: list[str]
) -> None:
    argv = [command, *tokens]
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.chdir(Path(__file__).resolve().parent.parent)
        monkeypatch.setenv("COLUMNS", "100")
        fast = run(argv, True, monkeypatch)
        slow = run(argv, False, monkeypatch)
    assert fast == slow, argv


@settings(max_examples=150, deadline=None)
@given(
    head=st.sampled_from([["ask"], []]),
    tokens=st.lists(token(), max_size=6),
)
def test_fast_path_and_typer_print_and_exit_identically(head: list[str], tokens: list[str]) -> None:
    argv = [*head, *tokens]
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.chdir(Path(__file__).resolve().parent.parent)
        fast = run(argv, True, monkeypatch)
        slow = run(argv, False, monkeypatch)
    assert fast == slow, argv


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["ask", "stiff", "back"], AskOptions(["stiff", "back"])),
        (["stiff", "back"], AskOptions(["stiff", "back"])),
        (["ask", "--json", "x", "-n", "5"], AskOptions(["x"], top=5, json_output=True)),
        (["ask", "--top=2", "--color=NEVER", "-"], AskOptions(["-"], top=2, color="never")),
        (
            ["ask", "-t", "pain relief", "--explain", "--plain", "q"],
            AskOptions(["q"], topic="pain relief", explain=True, plain=True),
        ),
    ],
)
def test_plain_asks_are_read_by_the_fast_path(argv: list[str], expected: AskOptions) -> None:
    assert fast_ask_options(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["topics"],
        ["ask"],
        ["ask", "--help", "x"],
        ["ask", "--top", "x"],
        ["ask", "--top", "²", "x"],
        ["ask", "-n=2", "x"],
        ["ask", "--faq=", "x"],
        ["ask", "--color", "pink", "x"],
        ["ask", "--", "x"],
        ["ask", "-n5", "x"],
        ["ask", "--jsn", "x"],
        ["ask", "x", "--top"],
        ["ask", "--json", "--json", "x"],
        ["topcs"],
    ],
)
def test_everything_else_is_left_to_typer(argv: list[str]) -> None:
    assert fast_ask_options(argv) is None


@pytest.mark.parametrize(
    "argv",
    [
        ["show"],
        ["show", "a", "b"],
        ["topics", "a", "b"],
        ["topics", "--help"],
        ["show", "--top", "2", "x"],
    ],
)
def test_listings_the_fast_path_cannot_read_are_left_to_typer(argv: list[str]) -> None:
    assert entry.fast_command(argv) is None


def test_typer_parameters_come_from_the_declarations() -> None:
    from typer.main import get_command

    from backcare.cli.app import app

    group = get_command(app)
    assert set(group.commands) == set(options.COMMANDS)  # type: ignore[attr-defined]
    ask = group.commands["ask"]  # type: ignore[attr-defined]
    declared = {name for option in options.ASK for name in option.names}
    parsed = {name for p in ask.params for name in p.opts if name.startswith("-")}
    assert parsed - {"--help", "-h"} == declared


def test_settings_are_read_once_by_the_command_for_both_routes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from backcare.cli.context import OutputOptions, load_settings

    monkeypatch.setenv("BACKCARE_FAQ", os.pathsep.join(["a.json", "bundled"]))
    monkeypatch.setenv("BACKCARE_TOP", "7")
    chosen = fast_ask_options(["ask", "x"])
    assert chosen is not None and (chosen.faq, chosen.top, chosen.color) == ((), None, None)
    settings = load_settings(chosen.faq, chosen.output, chosen.top)
    assert (settings.faq, settings.top) == (("a.json", "bundled"), 7)
    flagged = load_settings(("b.json",), OutputOptions(color="never"), 2)
    assert (flagged.faq, flagged.top, flagged.color) == (("b.json",), 2, "never")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["help"], ["--help"]),
        (["help", "topics"], ["topics", "--help"]),
        (["help", "me", "please"], ["--help"]),  # only filler: a call for help
        (["help", "me", "stiff", "back"], ["ask", "me", "stiff", "back"]),
        (["-?", "i", "cant", "pee"], ["ask", "i", "cant", "pee"]),
        (["help", "topics", "now"], ["ask", "topics", "now"]),
        (["help", "i", "cant", "pee"], ["ask", "i", "cant", "pee"]),
        (["help", "zzzz"], ["ask", "zzzz"]),
        (["-?"], ["--help"]),
        (["--json", "stiff", "back"], ["ask", "--json", "stiff", "back"]),
        (["-n", "2", "x"], ["ask", "-n", "2", "x"]),
        (["--top=2", "x"], ["ask", "--top=2", "x"]),
        (["--faq", "a.json", "x"], ["--faq", "a.json", "x"]),  # a root option: Typer routes it
        (["stiff", "back"], ["stiff", "back"]),
        (["-"], ["-"]),  # a bare question word to both routes: ask's batch
    ],
)
def test_what_people_type_is_read_as_the_grammar_spells_it(
    argv: list[str], expected: list[str]
) -> None:
    assert entry.implicit_command(argv) == expected


def test_a_lone_dash_is_a_bare_batch_on_both_routes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert options.is_bare_question(["-"]) and options.is_bare_question(["-", "x"])
    fast = run(["-"], True, monkeypatch)
    typer = run(["-"], False, monkeypatch)
    assert fast == typer and fast[0] == 1 and "no confident match for 'zzzz'" in fast[2]


def test_root_options_reach_every_command(monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in (
        ["--color", "always", "ask", "stiff back after sitting"],
        ["--color", "always", "stiff", "back", "after", "sitting"],
        ["--color", "always", "show", "back-get-stiff-sit"],
    ):
        code, out, _ = run(argv, False, monkeypatch)
        assert code == 0 and "\x1b[" in out, argv
    code, out, _ = run(["--faq", "bundled", "config", "--json"], False, monkeypatch)
    assert '"faq": {"value": ["bundled"], "source": "--faq"}' in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["--version", "--version"],
        ["--version", "stiff", "back"],
        ["--version", "ask", "q"],
        ["--faq", "bundled", "--version"],
        ["--version="],
        ["--versio"],
    ],
)
def test_version_prints_and_exits_identically_on_both_routes(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    fast = run(argv, True, monkeypatch)
    assert fast == run(argv, False, monkeypatch), argv
    if argv == ["--version"]:
        assert fast[0] == 0 and fast[2] == ""
        assert fast[1].startswith(f"backcare {__version__} (bundled pack sha256 ")


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize(
    "argv",
    [
        ["--version", "extra"],
        ["--version", "stiff", "back"],
        ["--faq", "bundled", "--version", "extra"],
        ["--version", "--", "x"],
    ],
)
def test_version_with_a_stray_word_is_a_usage_error(
    argv: list[str], fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    code, out, err = run(argv, fast, monkeypatch)
    stray = " ".join(w for w in argv[argv.index("--version") + 1 :] if w != "--")
    assert (code, out) == (2, "")
    assert err == f"backcare: got unexpected extra argument(s) ({stray}); see 'backcare --help'\n"


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("written", ["abc", "0", "1001", "-1", "1e3", "²"])
def test_a_bad_top_is_worded_one_way_whatever_is_wrong_with_it(
    written: str, fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for argv in (["ask", "--top", written, "back"], ["ask", f"--top={written}", "back"]):
        code, out, err = run(argv, fast, monkeypatch)
        assert (code, out) == (2, "")
        assert err == (
            "backcare: invalid value for '--top' / '-n': must be a whole number from 1 to 1000,"
            f" not {written!r}; see 'backcare ask --help'\n"
        )
