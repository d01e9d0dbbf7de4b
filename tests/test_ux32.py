"""ux32: what newcomer31 and its replay (verify31) left for the prompt, the layout and the docs.

1. A line is read at the prompt as it is typed alone wherever it arrives: a mistyped command
   (`quti`), `show ID` and `topics TOPIC` among pasted lines were asked as questions, or joined to
   the line before them. 2. A line with nothing to ask (an arrow key's escape on a dumb terminal,
   a zero-width space) is said as a person would. 3. The no-region hint is one short line.
   4. No printed line ends in spaces. 5. `validate PAGE` never tells an author to import with
   --contact. 6. `--top N` lists at most N entries, only those scoring above 0. 7. commands.md's
   validate section is a short list with examples.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from backcare.cli.interactive import NOTHING_TYPED, REGION_HINT, sentence
from backcare.cli.promptcommands import near_command
from tests.conftest import PYTHON_M, REPO, run_backcare
from tests.ptyrun import Terminal
from tests.test_interactive import clean, session

EMERGENCY_WORDS = "i cant pee and my legs are numb"
MISTYPED = [("quti", "quit"), ("hlep", "help"), ("exti", "exit"), ("topcs", "topics")]


def _after_banner(text: str) -> str:
    return text.split("health professional.", 1)[1]


# ---- 1: lines that arrive together (a paste) are read as typed one at a time --------------------


@pytest.mark.parametrize(("typo", "meant"), MISTYPED)
@pytest.mark.parametrize(
    "paste",
    [
        "{typo}\nheat or ice for a stiff back",  # first
        "stiff back after sitting\n{typo}",  # last: was read as the end of the line before it
        "stiff back after sitting\n{typo}\nheat or ice for a stiff back",  # between
        "{typo}\n{typo}",
    ],
)
@pytest.mark.parametrize("plain", [True, False])
def test_a_mistyped_command_pasted_with_other_lines_gets_the_hint_it_gets_typed(
    paste: str, typo: str, meant: str, plain: bool
) -> None:
    lines = paste.format(typo=typo)
    s, out = session(lines, plain=plain)  # one string of lines: a bracketed paste
    s.run()
    shown = _after_banner(out.getvalue())
    hint = f"Did you mean {meant!r}? Type {meant} as it is spelt to use it."
    assert shown.count(hint) == lines.split("\n").count(typo), shown
    assert typo not in shown.replace(hint, ""), shown  # never asked, never quoted as a question
    typed, typed_out = session(*lines.split("\n"), plain=plain)  # the same lines typed
    typed.run()
    assert _after_banner(typed_out.getvalue()).count(hint) == shown.count(hint)


@pytest.mark.parametrize("plain", [True, False])
def test_show_and_topics_pasted_with_a_question_act_as_typed(plain: bool) -> None:
    pasted, out = session(
        "stiff back after sitting\nshow long-stiff-back-last\ntopics pain relief", plain=plain
    )
    pasted.run()
    typed, typed_out = session(
        "stiff back after sitting", "show long-stiff-back-last", "topics pain relief", plain=plain
    )
    typed.run()
    assert out.getvalue() == typed_out.getvalue()
    assert "No confident match for 'topics pain relief'" not in out.getvalue()


def test_a_pasted_emergency_comes_first_and_the_typo_after_it_as_typed() -> None:
    s, out = session(f"{EMERGENCY_WORDS}\nquti", plain=True)
    s.run()
    text = out.getvalue()
    assert s.emergency
    assert text.index("EMERGENCY") < text.index("Did you mean 'quit'?")


@pytest.mark.parametrize("word", ["shoe", "exist", "back", "stretches"])
def test_an_ordinary_word_pasted_alone_on_a_line_is_still_a_question(word: str) -> None:
    assert near_command(word) is None
    s, out = session(f"stiff back after sitting\n{word}", plain=True)
    s.run()
    assert "Did you mean" not in out.getvalue()


@pytest.mark.parametrize("term", ["xterm", "dumb"])
def test_a_paste_at_a_real_prompt_hints_each_mistyped_command(tmp_path: Path, term: str) -> None:
    # xterm: readline's bracketed paste hands the lines over whole; dumb: they arrive together
    # in the terminal's input, as an unmarked paste does
    # Ctrl-D goes only once the prompt after both hints shows: sent while the program was still
    # printing them (under load), it reached the terminal between two readline calls, was lost,
    # and the program waited at its prompt until the test's process was killed (exit -15)
    paste = b"\x1b[200~quti\rhlep\x1b[201~\r" if term == "xterm" else b"quti\nhlep\n"
    with Terminal(tmp_path, TERM=term, NO_COLOR="1", COLUMNS="80", INPUTRC="/dev/null") as term_:
        assert term_.next_prompt(120), term_.text
        term_.send(paste)
        assert term_.prompt_after(b"Did you mean 'help'?", 120), term_.text
        term_.send(b"\x04")
        status = term_.finish(120)
    shown = " ".join(clean(term_.text).split())
    assert status == 0
    assert "Did you mean 'quit'?" in shown and "Did you mean 'help'?" in shown
    assert "No confident match" not in shown


# ---- 2: nothing to ask, said as a person would --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("\x1b[A", "The arrow keys do nothing here: this terminal (TERM=dumb)"),  # Up
        ("\x1bOB", "The arrow keys do nothing here"),  # Down, in its other form
        ("\x1b[3~", "The arrow keys do nothing here"),  # Delete
        ("\u200b", NOTHING_TYPED),
        ("\ufeff\u200b", NOTHING_TYPED),
        ("\x1b[0m", NOTHING_TYPED),  # an escape no key sends
    ],
)
def test_a_line_with_nothing_to_ask_is_said_in_a_sentence(line: str, said: str) -> None:
    s, out = session(line, plain=True)  # completes stays False: a dumb terminal's prompt
    s.run()
    text = out.getvalue()
    assert said in text
    assert "question is empty" not in text and "invisible characters" not in text
    assert not re.search(r"^[a-z]", _after_banner(text), re.M)  # every line a sentence


def test_an_arrow_key_where_readline_reads_is_nothing_typed_not_a_terminal_lesson() -> None:
    s, out = session("\x1b[A", plain=True)
    s.completes = True
    s.run()
    assert NOTHING_TYPED in out.getvalue() and "TERM=dumb" not in out.getvalue()


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("the question is empty", "The question is empty."),
        ("unknown topic 'x' (topics: a, b)", "Unknown topic 'x' (topics: a, b)"),
        ("done?", "Done?"),
        ("", ""),
    ],
)
def test_a_cli_message_said_at_the_prompt_is_a_sentence(message: str, said: str) -> None:
    assert sentence(message) == said


# ---- 3: the no-region hint ------------------------------------------------------------------------


def test_the_region_hint_is_one_line_at_80_and_two_at_40_unbroken_where_it_matters() -> None:
    from backcare.output.wrapping import wrapped

    assert len(REGION_HINT) <= 80
    assert "emergency" not in REGION_HINT.casefold()  # a calm session says no such word
    for width, most in ((80, 1), (60, 2), (40, 2)):
        lines = wrapped(REGION_HINT, width, hang="").splitlines()
        assert len(lines) <= most, lines
        assert any("BACKCARE_REGION=UK" in line for line in lines)


def test_the_banner_at_40_columns_on_a_terminal(tmp_path: Path) -> None:
    with Terminal(tmp_path, TERM="xterm", NO_COLOR="1", COLUMNS="40", LANG="C.UTF-8") as term:
        assert term.next_prompt(120)
        term.send(b"\x04")
        assert term.finish(120) == 0
    lines = clean(term.text).splitlines()
    at = next(i for i, line in enumerate(lines) if "BACKCARE_REGION=UK" in line)
    hint = lines[at : at + 2]
    assert " ".join(hint) == REGION_HINT
    said = [line for line in lines if not line.startswith("backcare> ")]  # the prompt's own
    assert all(len(line) <= 40 and not line.endswith(" ") for line in said), said


# ---- 4: no line ends in spaces --------------------------------------------------------------------

_SHOWN_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07")


@pytest.mark.parametrize(
    ("args", "width"),
    [
        (("show", "stiff"), "40"),  # an error line, on stderr
        (("ask", "--top", "5", "stiff", "back"), "40"),  # drawn.py's layout (quick.py)
        (("ask", *EMERGENCY_WORDS.split()), "60"),
        (("ask", "--explain", "stif", "bak", "siting"), "60"),  # Rich's own layout
        (("topics",), "80"),  # a tree's padded cells
        (("validate", "data/faq.json"), "40"),  # a table's
        (("config",), "60"),
    ],
)
def test_no_line_on_a_terminal_ends_in_a_space(
    tmp_path: Path, args: tuple[str, ...], width: str
) -> None:
    with Terminal(tmp_path, *args, TERM="xterm", COLUMNS=width, BACKCARE_CACHE_DIR="off") as term:
        term.finish(120)
    text = _SHOWN_ESCAPES.sub("", term.text).replace("\r", "")
    ending = [line for line in text.splitlines() if line != line.rstrip(" ")]
    assert not ending, ending


def test_a_prompt_session_on_a_rich_terminal_ends_no_line_in_a_space(tmp_path: Path) -> None:
    with Terminal(tmp_path, TERM="xterm", NO_COLOR="1", COLUMNS="40", LANG="C.UTF-8") as term:
        assert term.next_prompt(120)
        for keys in (b"stiff back after sitting\r", b"topics\r", b"xyzzy plugh\r"):
            term.send(keys)
            assert term.next_prompt(120)
        term.send(b"\x04")
        term.finish(120)
    ending = [line for line in clean(term.text).splitlines() if line.endswith(" ")]
    assert ending in ([], [ending[0]]) and all(line.startswith("backcare>") for line in ending)


def test_trimming_keeps_spaces_that_show_and_a_line_not_yet_ended() -> None:
    import io

    from rich.text import Text

    from backcare.output.terminal import make_console

    out = io.StringIO()
    console = make_console("always", width=20, file=out)
    console.print(Text("a bar   ", style="on red"))  # a background colour: seen, kept
    console.print(Text("word  "))
    console.print("no end ", end="")
    text = _SHOWN_ESCAPES.sub("", out.getvalue())
    assert text == "a bar   \nword\nno end "


def test_drawn_trims_as_rich_does() -> None:
    from backcare.output.drawn import style, trimmed

    red = style("white on red")
    assert trimmed([("a ", None), ("  ", style("dim"))]) == [("a", None)]
    assert trimmed([("a", None), ("  ", red)]) == [("a", None), ("  ", red)]
    assert trimmed([(" ", None)]) == []


# ---- 5: validate PAGE after an import with --contact --------------------------------------------

CALL = "Call us on 0161 496 0123 with any question."
PAGE = f"# Clinic FAQ\n\n{CALL}\n\n## Is there parking?\n\nYes, behind the clinic.\n"


def _backcare(home: Path, *args: str) -> tuple[int, str]:
    done = run_backcare(
        *args, home=home, cwd=home, text=True, PYTHONPATH=str(REPO), BACKCARE_CACHE_DIR="off"
    )
    return done.returncode, done.stderr


PAGES = [
    PAGE,
    PAGE.replace(CALL, "Can't find your answer? Give us a ring on 0113 496 0777."),
    f"<html><body><h1>FAQ</h1><p>{CALL}</p><h2>Is there parking?</h2><p>Yes.</p></body></html>",
]


def _name(page: str) -> str:
    return "faq.html" if page.startswith("<html>") else "faq.md"


def _call_notes(stderr: str) -> list[str]:
    """The call-to-action notes of `import` or `validate`, without validate's file-name prefix."""
    return [
        re.sub(r"^.*?faq\.(md|html): ", "", line.removeprefix("note: "))
        for line in stderr.splitlines()
        if "skipped a call to action" in line
    ]


@pytest.mark.parametrize("page", PAGES)
def test_validate_of_the_page_never_tells_to_import_with_contact(tmp_path: Path, page: str) -> None:
    # s33 fixF: validate has no --contact; its note offers the details as import's option, said
    # as what an import with them does (true whether or not the author did), never "do it"
    name = _name(page)
    (tmp_path / name).write_text(page, encoding="utf-8")
    code, err = _backcare(
        tmp_path, "import", name, "--contact", "Call 0161 496 0123", "-o", "c.json"
    )
    assert code == 0 and "the pack's contact is the one --contact gives" in err
    code, err = _backcare(tmp_path, "validate", name)
    # the page alone keeps no contact: its note is [check], exit 1 (stranger F3)
    assert code == 1, err
    [said] = _call_notes(err)
    assert said.endswith(" [check]")
    said = said.removesuffix(" [check]")
    assert "import with --contact" not in said  # no order to import (again)
    assert "when the pack is imported with --contact '" in said
    assert said.endswith("')")  # the value last, quoted for a shell: to copy


@pytest.mark.parametrize("page", PAGES)
def test_import_without_a_contact_and_validate_offer_the_contact_in_one_wording(
    tmp_path: Path, page: str
) -> None:
    name = _name(page)
    (tmp_path / name).write_text(page, encoding="utf-8")
    code, imported = _backcare(tmp_path, "import", name, "-o", "c.json")
    assert code == 0
    code, checked = _backcare(tmp_path, "validate", name)
    assert code == 1  # no contact keeps the details: [check] (stranger F3)
    assert _call_notes(imported) == _call_notes(checked) != []
    assert "imported with --contact '" in _call_notes(imported)[0]


def test_import_without_a_contact_still_says_how_to_keep_the_details(tmp_path: Path) -> None:
    (tmp_path / "faq.md").write_text(PAGE, encoding="utf-8")
    code, err = _backcare(tmp_path, "import", "faq.md", "-o", "c.json")
    assert code == 0
    assert (
        'readers get these details after a red-flag notice or "no confident match" when the '
        f"pack is imported with --contact '{CALL}')" in err
    )


@pytest.mark.parametrize(
    "call",
    [
        "Can't find it here? Call St Mary's on 0161 496 0123.",  # a quote inside
        'Questions? Email "Back Team" at back@clinic.example or call 0161 496 0123.',
        "Still stuck? Call $HOME-free line 0161 496 0123 (Mon-Fri; 9-5) or ext. 4417.",
    ],
)
def test_the_offered_contact_pasted_into_a_shell_gives_the_pack_that_contact(call: str) -> None:
    import shlex

    from backcare.packs.importers import import_text
    from backcare.packs.importers.result import CallToAction, contact_notes

    page = f"# FAQ\n\n{call}\n\n## Is there parking?\n\nYes, behind the clinic.\n"
    notes = import_text(page, "markdown").notes
    [offered] = [n for n in notes if isinstance(n, CallToAction)]
    words = shlex.split(offered.rsplit("--contact ", 1)[1].removesuffix(")"))
    assert words == [offered.details] and offered.details in call
    # the same details given back with --contact: the note says they are the pack's contact
    [said] = [n for n in contact_notes(list(notes), words[0], "", "x") if "call to action" in n]
    assert "the pack's contact is the one --contact gives, the same details" in said


# ---- 6: --top N: at most N, only entries scoring above 0 ----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "stiff back",
        "tightening",
        "how do I get my money back from a seller",
        "why is my car engine making a ticking sound",
        "back",
        EMERGENCY_WORDS,
    ],
)
def test_top_lists_only_entries_that_score(question: str) -> None:
    from backcare import Engine, load_pack

    engine = Engine(load_pack(None))
    answer = engine.ask(question, top=1000)
    listed = answer.results
    assert all(m.score > 0 for m in listed)
    assert [m.entry.id for m in listed] == [
        m.entry.id for m in answer.ranking.matches if m.score > 0
    ]
    assert [m.entry.id for m in engine.ask(question, top=2).results] == [
        m.entry.id for m in listed[:2]
    ]


def test_top_1000_on_the_command_line_gives_every_entry_that_relates(tmp_path: Path) -> None:
    done = run_backcare(
        "ask", "--json", "--top", "1000", "stiff", "back", home=tmp_path, text=True,
        command=PYTHON_M, PYTHONPATH=str(REPO), BACKCARE_CACHE_DIR="off",
    )  # fmt: skip
    results = json.loads(done.stdout)["results"]
    assert len(results) == 11 and all(r["score"] > 0 for r in results)
    assert "greatest-cause-muscle-atrophy" not in {r["id"] for r in results}  # shares nothing
    done = run_backcare(
        "ask", "--plain", "--top", "1000", "tightening", home=tmp_path, text=True,
        command=PYTHON_M, PYTHONPATH=str(REPO), BACKCARE_CACHE_DIR="off",
    )  # fmt: skip
    assert "score 0.0" not in done.stdout + done.stderr


def test_top_is_documented_in_help_and_commands_md(tmp_path: Path) -> None:
    done = run_backcare(
        "ask", "--help", home=tmp_path, text=True, command=PYTHON_M, PYTHONPATH=str(REPO),
        COLUMNS="200",
    )  # fmt: skip
    flat = " ".join(done.stdout.split())
    assert "How many ranked results to show at most" in flat
    assert "Only entries scoring above 0 are listed" in flat
    page = " ".join((REPO / "docs" / "commands.md").read_text("utf-8").split())
    assert "`--top 1000` on the 12-entry bundled pack gives 11 entries" in page


# ---- 7: commands.md's validate section ----------------------------------------------------------


def test_the_validate_section_is_a_short_list_with_examples() -> None:
    page = (REPO / "docs" / "commands.md").read_text("utf-8")
    section = page.split("### `backcare validate", 1)[1].split("\n### ", 1)[0]
    assert "```sh\nbackcare validate clinic.json" in section
    paragraphs = [p for p in re.split(r"\n\s*\n|\n- ", section) if p.strip()]
    assert max(len(p.splitlines()) for p in paragraphs) <= 10
    for fact in ("--questions FILE", "--against OLD", "--min-right", "exit", "[check]"):
        assert fact in section
