"""The interactive mode, driven like a person would: `python -m backcare` with no command, on a
pseudo-terminal, typing lines, Tab and arrow keys. Plain-mode and pager paths are checked in
process on a `Session`, since they depend on settings the command line passes in."""

from __future__ import annotations

import io
import os
import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backcare.cli.interactive import Session
from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from tests.conftest import PackWriter

pexpect = pytest.importorskip("pexpect")
if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals are POSIX only", allow_module_level=True)

PROMPT = "backcare> "
# colour, bracketed-paste and cursor sequences that readline and Rich write around the text
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[=>]")


def clean(text: str) -> str:
    return _ESCAPES.sub("", text).replace("\r", "")


def _interrupts_as_at_a_prompt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Terminal:
    """A running `backcare` prompt on a pseudo-terminal."""

    def __init__(self, home: Path) -> None:
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "INPUTRC": os.devnull,  # no personal key bindings
            "TERM": "xterm",
            "NO_COLOR": "1",
        }
        env.pop("BACKCARE_FAQ", None)
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "backcare"],
            env=env,
            encoding="utf-8",
            dimensions=(50, 100),
            timeout=20,
            # a person at a prompt: Ctrl-C interrupts, even when these tests run as a background
            # job, whose shell ignores SIGINT for what it starts (backcare then leaves it so)
            preexec_fn=_interrupts_as_at_a_prompt,
        )
        self.child.expect_exact(PROMPT)
        self.banner = clean(str(self.child.before))

    def type(self, keys: str) -> str:
        """Send keys (ending in Enter) and return what was shown up to the next prompt."""
        self.child.send(keys)
        self.child.expect_exact(PROMPT)
        return clean(str(self.child.before))

    def line(self, text: str) -> str:
        return self.type(text + "\r")

    def ends(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return int(self.child.exitstatus)


@pytest.fixture
def term(tmp_path: Path) -> Iterator[Terminal]:
    terminal = Terminal(tmp_path)
    yield terminal
    if terminal.child.isalive():  # leave as a person would, so the process ends normally
        terminal.child.send("quit\r")
        terminal.ends()


def test_banner_names_the_pack_without_mangling_its_punctuation(
    term: Terminal, write_pack: PackWriter
) -> None:
    assert "backcare: Back care FAQ (12 questions in 4 topics)" in term.banner
    assert "not medical advice" in term.banner
    # a title that ends in punctuation of its own (the bundled one once did) gets no "?."
    entry = {"id": "a", "question": "Q?", "answer": "A."}
    pack = load_pack(write_pack({"title": "How Do You Relax?", "entries": [entry]}))
    banner = Session(Engine(pack), term_console()).banner()
    assert banner == "backcare: How Do You Relax? (1 question)"


@pytest.mark.parametrize("command", ["help", "HELP", ":help", "?"])
def test_help_is_a_command_with_or_without_the_colon(term: Terminal, command: str) -> None:
    shown = term.line(command)
    assert ":show ID" in shown and ":topics [TOPIC]" in shown
    assert "50 or more is a confident match" in shown
    assert "No confident match" not in shown


@pytest.mark.parametrize("command", ["quit", "exit", ":quit", ":q", "Exit"])
def test_quit_and_exit_leave_with_or_without_the_colon(term: Terminal, command: str) -> None:
    term.child.send(command + "\r")
    assert term.ends() == 0


def test_ctrl_d_leaves_and_ctrl_c_cancels_only_the_line_being_typed(tmp_path: Path) -> None:
    first = Terminal(tmp_path)
    first.child.sendeof()
    assert first.ends() == 0
    # newcomer18 F10: Ctrl-C while typing ended the session (exit 130) and lost the line; as in
    # a shell or Python's prompt it cancels the line, says how to leave, and the session goes on
    second = Terminal(tmp_path)
    second.child.send("my back is sti")
    second.child.expect_exact("sti")  # echoed: the line reader has it (CI sent ^C before that)
    second.child.sendintr()
    second.child.expect_exact(PROMPT)
    said = clean(str(second.child.before))
    assert "line cancelled" in said and "Ctrl-D" in said and "Emergency" not in said
    shown = second.line("stiff back after sitting")  # the cancelled words are not in this line
    assert "Why does my back get stiff when I sit?" in shown
    second.child.sendeof()
    assert second.ends() == 0


def test_leaving_after_an_emergency_says_so_and_exits_3(tmp_path: Path) -> None:
    term = Terminal(tmp_path)
    term.line("i cant pee and my bum is numb")
    term.child.sendintr()  # a Ctrl-C after the notice keeps the session: it still exits 3
    term.child.expect_exact(PROMPT)
    term.child.sendeof()
    term.child.expect(pexpect.EOF)
    said = clean(str(term.child.before))
    term.child.close()
    assert "You described an emergency in this session" in said and "get help now" in said
    assert term.child.exitstatus == 3
    calm = Terminal(tmp_path)
    calm.line("stiff back after sitting")
    calm.child.send("quit\r")
    calm.child.expect(pexpect.EOF)
    calm.child.close()
    assert "emergency" not in clean(str(calm.child.before)) and calm.child.exitstatus == 0


def test_an_answer_numbers_its_related_questions_and_a_number_opens_one(term: Terminal) -> None:
    shown = term.line("stiff back after sitting")
    assert "Why does my back get stiff when I sit?" in shown
    assert "Related questions (type a number to open one):" in shown
    assert "  2. How long does a stiff back last?  [long-stiff-back-last, " in shown
    opened = term.line("2")
    assert "How long does a stiff back last?" in opened and "Also asked as" in opened
    again = term.line(":3")  # the list stays until the next one
    assert "What helps tight back muscles?" in again
    back = term.line("1")
    assert "Why does my back get stiff when I sit?" in back


def test_a_number_outside_the_list_says_what_the_numbers_are(term: Terminal) -> None:
    assert "there is none yet" in term.line("2")
    term.line("stiff back after sitting")
    assert "No question 9: the last list runs from 1 to 3." in term.line("9")


def test_only_short_ascii_numbers_open_questions() -> None:
    s, out = session("stiff back after sitting", ":2", "²", "12345")
    s.run()
    text = out.getvalue()
    assert "Numbers open questions" not in text  # "²" and "12345" are asked as questions
    assert "No confident match for '12345'." in text
    assert "Also asked as" in text  # :2 opened the second question


def test_no_answer_says_what_the_faq_covers_and_how_to_browse(term: Terminal) -> None:
    shown = term.line("how do I make pancakes")
    assert "No confident match for 'how do I make pancakes'." in shown
    assert "This FAQ covers: muscle atrophy, stretches and release, pain relief" in shown
    assert "Type :topics to browse" in shown
    assert "Closest" not in shown and ", 0]" not in shown


def test_a_near_miss_numbers_plausible_suggestions(term: Terminal) -> None:
    shown = term.line("tight neck")
    assert "No confident match" in shown
    assert "Closest questions (type a number to open one):" in shown
    assert "  1. Why are my spinal erectors so tight?  [spinal-erectors-tight, 37.5]" in shown
    assert "Why are my spinal erectors so tight?" in term.line("1")


def test_filler_words_get_no_high_scored_suggestions(term: Terminal) -> None:
    shown = term.line("the")
    assert "No confident match" in shown
    assert "Closest" not in shown and "This FAQ covers" in shown


def test_an_emergency_notice_stands_alone(term: Terminal) -> None:
    shown = term.line("back pain and I cannot control my bladder")
    assert "EMERGENCY" in shown
    assert "Related questions" not in shown and "This FAQ covers" not in shown
    assert "since the emergency notice" in term.line("2")  # no list: the notice stands there


def test_after_an_emergency_numbers_refer_to_nothing_until_a_new_list(term: Terminal) -> None:
    # a person who just read "get help now" and types 3 must not get a self-care entry from the
    # list shown before the notice: one line says the numbers refer to nothing now
    listed = term.line("stiff back after sitting")
    assert "3. What helps tight back muscles?" in listed
    assert "EMERGENCY" in term.line("back pain and I cannot control my bladder")
    for typed in ("3", ":2", "1"):
        shown = term.line(typed)
        assert "What helps tight back muscles?" not in shown and "Also asked as" not in shown
        said = [line for line in shown.splitlines()[1:] if line.strip()]
        assert said == [
            "Numbers open nothing since the emergency notice; ask a question or type :topics "
            "for a new list."
        ], said
    assert "EMERGENCY" in term.line(":show my legs went numb and I cannot pee")  # the same
    assert "since the emergency notice" in term.line("2")
    assert "2. How long does a stiff back last?" in term.line("stiff back after sitting")
    assert "How long does a stiff back last?" in term.line("2")  # a new list: numbers again


def test_after_an_emergency_topics_is_a_new_list_and_answer_is_none() -> None:
    for plain in (False, True):
        s, out = session(
            "stiff back after sitting",
            "stiff back after sitting and both legs weak",
            ":answer",  # the withheld answer, shown in full: no list
            "2",
            ":topics stretches",
            "1",
            plain=plain,
        )
        s.run()
        text = out.getvalue()
        assert text.count("since the emergency notice") == 1
        after = text[text.index("since the emergency notice") :]
        assert "How long does a stiff back last?" not in after
        assert s.numbered and s.pack.get(s.numbered[0]) is not None


def test_the_withheld_answer_is_one_command_away_and_the_notice_says_which(
    term: Terminal,
) -> None:
    shown = " ".join(term.line("stiff back after sitting and both legs weak").split())
    assert "type :answer to see it anyway" in shown and "--show-answer" not in shown
    again = " ".join(term.line(":answer").split())
    best = Engine(load_pack(None)).ask("stiff back after sitting and both legs weak").match
    assert best is not None
    opening = " ".join(best.entry.answer.split()[:3])
    assert again.index("EMERGENCY") < again.index(opening)  # notice first, then the answer
    term.line("stiff back after sitting")
    assert "No answer is withheld" in term.line(":answer")  # it belongs to the question before


def test_show_opens_an_entry(term: Terminal) -> None:
    shown = term.line(":show back-get-stiff-sit")
    assert "Why does my back get stiff when I sit?" in shown and "Source" in shown


def test_show_with_an_unknown_id_suggests_numbered_ids(term: Terminal) -> None:
    shown = term.line(":show helps-tight")
    assert "No entry with id 'helps-tight'. Did you mean:" in shown
    assert "  1. helps-tight-back-muscles  What helps tight back muscles?" in shown
    assert "What helps tight back muscles?" in term.line("1")


def test_show_with_nothing_close_points_to_topics(term: Terminal) -> None:
    shown = term.line(":show zzqx")
    assert "No entry with id 'zzqx'. Type :topics to see them all." in shown


def test_show_alone_asks_for_the_id_and_tab_completes_it(term: Terminal) -> None:
    term.child.send(":show\r")
    term.child.expect_exact("id> ")
    shown = term.type("back-ge\t\r")
    assert "Why does my back get stiff when I sit?" in shown


def test_show_alone_can_be_cancelled(term: Terminal) -> None:
    term.child.send(":show\r")
    term.child.expect_exact("id> ")
    shown = term.type("\r")
    assert "No entry" not in shown
    term.child.send(":show\r")
    term.child.expect_exact("id> ")
    term.child.sendeof()
    term.child.expect_exact(PROMPT)
    assert "Type a question" in term.line("help")
    term.child.send(":show\r")
    term.child.expect_exact("id> ")
    shown = term.type("exit\r")  # leaves the id prompt, not the session, and looks up nothing
    assert "No entry" not in shown
    assert "Type a question" in term.line("help")


def test_topics_lists_every_entry(term: Terminal) -> None:
    shown = term.line(":topics")
    assert all(t in shown for t in ("muscle atrophy", "pain relief", "[spinal-erectors-tight]"))


@pytest.mark.parametrize(
    ("wanted", "topic", "other"),
    [
        ("pain relief", "pain relief", "muscle atrophy"),
        ("PAIN", "pain relief", "muscle atrophy"),
        ("stretches", "stretches and release", "pain relief"),
        ("relief", "pain relief", "muscle atrophy"),
        ("strech", "stretches and release", "pain relief"),
    ],
)
def test_topics_takes_a_topic_by_name_prefix_or_close_spelling(
    term: Terminal, wanted: str, topic: str, other: str
) -> None:
    shown = term.line(f":topics {wanted}")
    assert topic in shown and other not in shown


def test_topics_with_an_unknown_topic_lists_the_topics(term: Terminal) -> None:
    shown = term.line(":topics cooking")
    assert "No topic matches 'cooking'." in shown and "This FAQ covers:" in shown


def test_tab_completes_commands_ids_and_topics(term: Terminal) -> None:
    assert "Why does my back get stiff when I sit?" in term.type(":sh\tback-get\t\r")
    assert "[loosen-erector-spinae]" in term.type(":topics stretches a\t\r")
    assert "[helps-tight-back-muscles]" in term.type(":to\tpa\t\r")
    assert ":topics [TOPIC]" in term.type("he\t\r")


def test_tab_does_not_complete_file_names(term: Terminal, tmp_path: Path) -> None:
    (tmp_path / "zebra-notes.txt").write_text("x", encoding="utf-8")
    shown = term.type("zeb\t\r")
    assert "zebra" not in shown


def test_history_recalls_lines_in_the_session_and_writes_nothing(
    term: Terminal, tmp_path: Path
) -> None:
    term.line("help")
    assert ":topics [TOPIC]" in term.type("\x1b[A\r")  # Up arrow, Enter
    term.child.send("quit\r")
    assert term.ends() == 0
    # no history file anywhere; the one thing written is the bundled tables' cache (snapshot.py)
    written = [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()]
    assert all(name.startswith(".cache/backcare/snapshot/bundled-") for name in written), written


def test_unknown_colon_command_points_to_help(term: Terminal) -> None:
    assert "Unknown command ':frobnicate'. Type help for the commands." in term.line(":frobnicate")


def test_blank_lines_are_ignored(term: Terminal) -> None:
    assert clean(term.line("   ")).strip() == ""


# ---- in process: plain output and the pager ---------------------------------------------------


def term_console() -> Any:
    from backcare.output.terminal import make_console

    return make_console("never")


class Lines:
    """Feeds a session its input lines, then ends it like Ctrl-D."""

    def __init__(self, *lines: str) -> None:
        self.lines = list(lines)

    def __call__(self, prompt: str) -> str:
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)


def session(*lines: str, **options: Any) -> tuple[Session, io.StringIO]:
    from backcare.output.terminal import make_console

    out = io.StringIO()
    console = make_console("never")
    console.file = out
    return Session(Engine(load_pack(None)), console, read=Lines(*lines), **options), out


def test_plain_session_has_no_box_borders_or_bars() -> None:
    s, out = session(
        "stiff back after sitting", ":show long-stiff-back-last", ":topics", plain=True
    )
    s.run()
    text = out.getvalue()
    assert "When you sit on the edge of your chair" in text
    assert "Id: long-stiff-back-last" in text
    # numbered, as every listing at the prompt is (the numbers open its entries)
    # under the topic's name, the question before its id (newcomer17 F7)
    assert re.search(
        r"^pain relief:\n {2}\d+\. What helps tight back muscles\? \[helps-", text, re.M
    )
    assert not set("╭│█░└├") & set(text)


@pytest.mark.parametrize("plain", [False, True])
def test_numbers_open_only_what_the_last_listing_shows(plain: bool) -> None:
    # newcomer 6, item 7: after a "did you mean" list, `:topics stretch` listed two entries
    # unnumbered and `2` opened the did-you-mean list's second entry, no longer on screen
    s, out = session(":show back-get-stif", ":topics stretch", "2", "3", plain=plain)
    s.run()
    text = out.getvalue()
    listing = text.split("3. get-rid-tight-muscles", 1)[1]  # after the did-you-mean list
    assert re.search(r"1\. .*loosen-erector-spinae", listing)
    assert re.search(r"2\. .*relieve-spinal-tension", listing)
    opened = listing.split("relieve-spinal-tension", 1)[1]  # what follows the listing
    assert "Stay in this pose for up to 2 minutes." in opened
    assert "helps-tight-back-muscles" not in listing  # the did-you-mean list's 2
    assert "No question 3: the last list runs from 1 to 2." in text


def test_a_cut_topics_listing_numbers_only_the_entries_it_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import backcare.output.terminal as terminal

    monkeypatch.setattr(terminal, "MAX_TREE_ENTRIES", 3)
    s, out = session(":topics", "3", "4")
    s.run()
    text = out.getvalue()
    assert "3. " in text and "4. " not in text
    assert "No question 4: the last list runs from 1 to 3." in text


def test_long_output_goes_through_the_pager_setting(tmp_path: Path) -> None:
    s, out = session(":topics", pager="cat")
    s.run()  # a StringIO is not a terminal: written directly, never paged
    assert "[spinal-erectors-tight]" in out.getvalue()


def test_the_completer_offers_what_fits_the_line() -> None:
    s, _ = session()
    assert s.candidates("", 0, ":s") == [":show "]
    assert s.candidates(":show ge", 6, "ge") == ["get-rid-tight-muscles"]
    assert s.candidates(":topics pain r", 13, "r") == ["relief"]
    assert s.candidates("stiff b", 6, "b") == []
    s.asking_id = True
    assert s.candidates("lon", 0, "lon") == [
        "long-stiff-back-last",
        "long-take-rebuild-muscle-after-atrophy",
    ]


def test_on_a_short_terminal_topics_go_through_the_pager(tmp_path: Path) -> None:
    record = tmp_path / "paged.txt"
    pager = tmp_path / "pager.py"
    pager.write_text(
        f"import sys\nopen({str(record)!r}, 'w').write(sys.stdin.read())\n", encoding="utf-8"
    )
    code = (
        "from backcare.cli.interactive import run_prompt\n"
        "from backcare.engine.answer import Engine\n"
        "from backcare.packs.load import load_pack\n"
        f"run_prompt(Engine(load_pack(None)), 'never', pager={f'{sys.executable} {pager}'!r})\n"
    )
    env = {**os.environ, "HOME": str(tmp_path), "INPUTRC": os.devnull, "TERM": "xterm"}
    child = pexpect.spawn(
        sys.executable, ["-c", code], env=env, encoding="utf-8", dimensions=(10, 80), timeout=20
    )
    child.expect_exact(PROMPT)
    child.send(":topics\r")
    child.expect_exact(PROMPT)
    assert "[spinal-erectors-tight]" in record.read_text(encoding="utf-8")
    assert "[spinal-erectors-tight]" not in clean(str(child.before))
    record.unlink()
    child.send(":topics pain\r")  # fits on the screen: no pager
    child.expect_exact(PROMPT)
    assert not record.exists() and "[helps-tight-back-muscles]" in clean(str(child.before))
    # newcomer24 F7: an answer taller than the window is paged too, its start kept; the
    # related questions follow on the screen, where their numbers are read
    child.send("what is the fastest home remedy for back pain\r")
    child.expect_exact(PROMPT)
    assert "7 Ways to Relieve Back Pain Naturally" in record.read_text(encoding="utf-8")
    assert "Related questions" in clean(str(child.before))
    record.unlink()
    child.send("i cant pee and my bum is numb\r")  # a notice is never paged
    child.expect_exact(PROMPT)
    assert not record.exists() and "EMERGENCY" in clean(str(child.before))
    child.send("quit\r")
    child.expect(pexpect.EOF)


@pytest.mark.parametrize(
    ("title", "topics", "banner"),
    [
        ("Garden FAQ", ("",), "backcare: Garden FAQ (1 question)"),
        ("Why does it hurt?", ("a", "b"), "backcare: Why does it hurt? (2 questions in 2 topics)"),
        ("Physio.", ("a", "a"), "backcare: Physio. (2 questions in 1 topic)"),
    ],
)
def test_banner_reads_well_with_any_title(title: str, topics: tuple[str, ...], banner: str) -> None:
    from backcare.packs.schema import pack_from_data

    entries = [
        {"id": f"e{n}", "question": f"Question {n}?", "answer": "An answer.", "topic": topic}
        for n, topic in enumerate(topics)
    ]
    pack = pack_from_data({"title": title, "entries": entries}, "test.json")
    s, _ = session()
    s.pack = pack
    assert s.banner() == banner


def test_a_whole_conversation_in_process_reaches_every_command() -> None:
    """The pty tests above drive the real prompt; this drives the same Session in process, so the
    coverage figure counts it too."""
    s, out = session(
        "help",
        ":answer",  # nothing asked yet: nothing withheld
        ":show",  # asks for an id on its own prompt
        "long-stiff-back-last",
        ":show no-such-entry-anywhere",
        ":show long-stiff",
        "1",
        ":topics zzzz",
        ":topics muscle",
        "99",
        ":bogus",
        "",
        "what is the capital of peru",
        "stiff back after sitting",
        "2",
        "I wet myself and my legs are numb",
        "2",
        ":answer",
        "stiff back after sitting and both legs weak",
        ":answer",
        "quit",
        "never read",
    )
    s.run()
    text = out.getvalue()
    withheld = Engine(load_pack(None)).ask("stiff back after sitting and both legs weak").match
    assert withheld is not None
    withheld_opening = " ".join(withheld.entry.answer.split()[:6])
    for expected in (
        ":show ID",  # help
        "How long does a stiff back last?",
        "No entry with id 'no-such-entry-anywhere'. Type :topics",
        "No entry with id 'long-stiff'. Did you mean:",
        "No topic matches 'zzzz'.",
        "This FAQ covers: ",
        "What is the greatest cause of muscle atrophy?",
        "No question 99: the last list runs from 1 to ",
        "Unknown command ':bogus'.",
        "No confident match for 'what is the capital of peru'.",
        "Related questions (type a number to open one):",
        "EMERGENCY - get help now",
        "type :answer to see it anyway",
        "No answer is withheld",
        # ux43 (newcomer29 F11): an emergency no entry answered says so, and :answer then gives
        # what the FAQ has
        "No self-care answer is shown, because what you describe needs help first (type :answer",
        "No confident match for 'I wet myself and my legs are numb'.",
        withheld_opening,  # ':answer' showed the answer withheld under "stiff back after sitting and both legs weak"
    ):
        assert expected in " ".join(text.split()), expected
    assert s.read("") == "never read"  # quit ended the session before it


def test_ctrl_d_at_the_id_prompt_cancels_only_the_show() -> None:
    class Interrupting(Lines):
        def __call__(self, prompt: str) -> str:
            if prompt == "id> ":
                raise EOFError  # Ctrl-D (Ctrl-C leaves the session: tests/test_cli_doors.py)
            return super().__call__(prompt)

    s, out = session()
    s.read = Interrupting(":show", "stiff back after sitting")
    s.run()
    assert "When you sit on the edge of your chair" in out.getvalue()


def test_ctrl_c_at_the_prompt_cancels_the_line_and_the_session_goes_on() -> None:
    typed = iter(["interrupt", "stiff back after sitting", "quit"])

    def read(prompt: str) -> str:
        line = next(typed)
        if line == "interrupt":
            raise KeyboardInterrupt
        return line

    s, out = session()
    s.read = read
    s.run()  # no KeyboardInterrupt escapes: the shell would see 130
    shown = out.getvalue()
    assert "line cancelled" in shown and "Why does my back get stiff when I sit?" in shown


@pytest.mark.parametrize("line", [":help extra", ":HELP topics", ":h show"])
def test_a_colon_help_with_words_after_it_is_still_help(term: Terminal, line: str) -> None:
    shown = term.line(line)
    assert ":show ID" in shown and "Unknown command" not in shown


def test_a_colon_quit_with_words_says_so_and_keeps_a_red_flag(term: Terminal) -> None:
    shown = term.line(":quit i cant pee")
    assert "':quit' takes no words" in shown and "EMERGENCY" in shown.upper()
    assert term.child.isalive()


# ---- hostile7: every line reaches the red-flag check, the notice first, and the exit status ----


@pytest.mark.parametrize(
    "line",
    [
        ":2 i have lost control of my bladder",
        ":foo i cant pee",
        ":i cant pee",
        ":topcis my legs are numb and i cant pee",
        ":: i cant pee",
    ],
)
def test_an_unknown_colon_command_with_red_flag_words_gets_the_notice_first(line: str) -> None:
    s, out = session(line)
    s.run()
    text = out.getvalue()
    assert "EMERGENCY" in text.upper(), text
    assert text.upper().index("EMERGENCY") < text.index("Unknown command"), text
    assert s.emergency


def test_an_unknown_colon_command_without_red_flags_is_only_unknown() -> None:
    s, out = session(":frobnicate my back")
    s.run()
    assert "Unknown command ':frobnicate'" in out.getvalue()
    assert "EMERGENCY" not in out.getvalue().upper() and not s.emergency


@pytest.mark.parametrize(
    ("line", "message"),
    [(":help i cant pee", ":show ID"), (":quit i cant pee", "takes no words")],
)
def test_a_colon_command_s_notice_comes_before_its_own_output(line: str, message: str) -> None:
    s, out = session(line)
    s.run()
    text = out.getvalue()
    assert text.upper().index("EMERGENCY") < text.index(message), text


def test_a_session_that_described_an_emergency_exits_3(term: Terminal) -> None:
    term.line("i cant pee")
    term.child.sendeof()
    assert term.ends() == 3


def test_a_session_without_an_emergency_exits_0(term: Terminal) -> None:
    term.line("stiff back after sitting")
    term.child.sendeof()
    assert term.ends() == 0


# ---- Ctrl-C while a question is answered, and on an empty line (newcomer24 F3) ----------------


def slow_session(*lines: str, plain: bool = False) -> tuple[Session, io.StringIO, list[str]]:
    """A session whose engine is interrupted (Ctrl-C) while it answers a line starting "SLOW"."""
    s, out = session(*lines, plain=plain)
    real = s.engine.ask
    asked: list[str] = []

    def ask(question: str, top: int = 3, topic: str | None = None) -> Any:
        asked.append(question)
        if question.startswith("SLOW"):
            raise KeyboardInterrupt
        return real(question, top=top, topic=topic)

    s.engine.ask = ask  # type: ignore[method-assign]
    return s, out, asked


@pytest.mark.parametrize("plain", [False, True])
def test_ctrl_c_while_answering_cancels_that_question_and_keeps_the_list(plain: bool) -> None:
    s, out, asked = slow_session(
        "stiff back after sitting", "SLOW heat or ice", "2", "quit", plain=plain
    )
    s.run()  # no KeyboardInterrupt escapes: the shell would see 130
    shown = out.getvalue()
    assert "cancelled: not answered; the session goes on" in shown
    # the list shown before the cancelled question still opens: 2 is its related question
    assert shown.count("How long does a stiff back last?") >= 2
    assert asked == ["stiff back after sitting", "SLOW heat or ice"] and not s.emergency


@pytest.mark.parametrize("plain", [False, True])
def test_a_cancelled_question_that_describes_an_emergency_still_gets_its_notice(
    plain: bool,
) -> None:
    s, out, _ = slow_session("SLOW i cant pee and my bum is numb", "2", plain=plain)
    s.run()
    shown = out.getvalue()
    cancelled = shown.index("cancelled: not answered")
    assert "EMERGENCY" in shown[cancelled:] and s.emergency  # the session exits 3
    assert "Numbers open nothing since the emergency notice" in shown  # the list is cleared
    assert "You described an emergency in this session" in shown


def test_a_cancelled_paste_is_read_for_red_flags_whole() -> None:
    # "i suddenly cannot" / "pee at all": neither line alone, the two together an emergency
    s, out, _ = slow_session("SLOW i suddenly cannot\npee at all since this morning")
    s.run()
    assert "EMERGENCY" in out.getvalue() and s.emergency


def test_two_ctrl_c_on_an_empty_line_leave_and_one_says_how() -> None:
    presses = iter(["stiff back after sitting", "^C", "^C", "never read"])

    def read(prompt: str) -> str:
        line = next(presses)
        if line == "^C":
            raise KeyboardInterrupt
        return line

    s, out = session()
    s.read = read
    s.run()
    shown = out.getvalue()
    assert shown.count("press Ctrl-C again, or Ctrl-D, to leave") == 1
    assert next(presses) == "never read"  # the second Ctrl-C left the session
    # a line read between two presses starts the count again
    presses = iter(["^C", "stiff back after sitting", "^C", "quit", "never read"])
    s, out = session()
    s.read = read
    s.run()
    assert out.getvalue().count("press Ctrl-C again, or Ctrl-D, to leave") == 2
    assert next(presses) == "never read"


def test_ctrl_c_on_words_cancels_them_and_on_an_empty_line_twice_leaves(tmp_path: Path) -> None:
    term = Terminal(tmp_path)
    term.child.send("my back is sti")
    term.child.expect_exact("sti")
    term.child.sendintr()  # words on the line: only they go
    term.child.expect_exact(PROMPT)
    assert "to leave, press Ctrl-C on an empty line" in clean(str(term.child.before))
    term.child.sendintr()  # an empty line: says how to leave
    term.child.expect_exact(PROMPT)
    assert "press Ctrl-C again, or Ctrl-D, to leave" in clean(str(term.child.before))
    term.child.sendintr()  # again: leaves, as Ctrl-D does (exit 0)
    assert term.ends() == 0


def test_a_first_ctrl_c_while_the_pack_opens_cancels_the_typed_lines_only() -> None:
    import signal

    from backcare.cli.typedearly import OPENING_INTERRUPTED, first_interrupt_cancels

    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as on a terminal
    typed, said = ["i typed this"], io.StringIO()
    with first_interrupt_cancels(typed, said):
        os.kill(os.getpid(), signal.SIGINT)  # handled at once, in the main thread
    assert typed == [] and OPENING_INTERRUPTED in said.getvalue()
    with pytest.raises(KeyboardInterrupt), first_interrupt_cancels([], io.StringIO()):
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGINT)  # the second one stops the run
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    signal.signal(signal.SIGINT, before)


# ---- browse words without their colon (newcomer24 F4) -----------------------------------------


@pytest.mark.parametrize("plain", [False, True])
def test_topics_and_show_work_without_the_colon(plain: bool) -> None:
    s, out = session("topics", "show long-stiff-back-last", "topics Pain Relief", plain=plain)
    s.run()
    shown = out.getvalue()
    assert "No confident match" not in shown
    assert "How long does a stiff back last?" in shown and "3 to 4 week" in shown


def test_show_and_topics_with_other_words_stay_questions() -> None:
    s, out = session("show me a stretch for a stiff back")
    s.run()
    assert "No entry with id" not in out.getvalue()
    s, out = session("topics i cant pee and my bum is numb")
    s.run()
    assert "EMERGENCY" in out.getvalue() and s.emergency


def test_show_alone_without_a_colon_asks_for_the_id() -> None:
    s, out = session("show")
    prompts: list[str] = []
    feed = Lines("show", "long-stiff-back-last")

    def read(prompt: str) -> str:
        prompts.append(prompt)
        return feed(prompt)

    s.read = read
    s.run()
    assert "id> " in prompts and "How long does a stiff back last?" in out.getvalue()


# ---- a pasted email's greeting, signature and quoted reply (newcomer24 F6) ----------------------

EMAIL = (
    "Hi Amara,\n\nWhat is the fastest home remedy for back pain?\n\nThanks,\nPat\n"
    "Sent from my iPhone\n\n> On 3 Dec, Riverside Physio wrote:\n> Hi Pat, keep going.\n>\n> Amara"
)


@pytest.mark.parametrize("plain", [False, True])
def test_an_emails_greeting_signature_and_quoted_reply_are_not_asked(plain: bool) -> None:
    s, out = session(EMAIL, plain=plain)
    s.run()
    shown = out.getvalue()
    assert "What is the fastest home remedy for back pain?" in shown
    assert "No confident match" not in shown and "Pat'" not in shown
    assert "(Not asked: 8 lines of greeting, sign-off, signature or quoted reply.)" in shown


def test_under_an_emergency_only_questions_are_named_as_kept_back() -> None:
    email = EMAIL.replace(
        "back pain?\n", "back pain?\n\nAlso since Monday I can't feel when I need the toilet.\n"
    )
    s, out = session(email, plain=True)
    s.run()
    shown = " ".join(out.getvalue().split())
    assert s.emergency and "EMERGENCY" in shown
    kept = shown[shown.index("Not answered under this emergency notice") :].split(". Get help")[0]
    assert "fastest home remedy" in kept
    for furniture in ("Hi Amara", "Thanks", "Pat'", "iPhone", "Riverside"):
        assert furniture not in kept, furniture


@pytest.mark.parametrize(
    "line", ["> i cant pee and my bum is numb", "Thanks, my legs went numb and i cant pee"]
)
def test_a_furniture_looking_line_that_raises_a_red_flag_is_still_asked(line: str) -> None:
    s, out = session(f"Hi Amara,\n{line}\nThanks,\nJo", plain=True)
    s.run()
    assert s.emergency and "EMERGENCY" in out.getvalue()


def test_a_greeting_that_goes_on_to_a_question_is_asked() -> None:
    from backcare.cli.mailparts import furniture_lines

    lines = [
        "Hello my back hurts after sitting",
        "Hi Amara,",
        "Dear Dr Patel",
        "Hi, is parking free?",
    ]
    assert furniture_lines(lines) == [False, True, True, False]
    # after a sign-off only short lines that ask nothing are the signature
    assert furniture_lines(["Thanks,", "Jo", "PS is there parking?", "Sent from my iPhone"]) == [
        True,
        True,
        False,
        True,
    ]


def test_with_no_region_the_banner_says_how_to_set_one() -> None:
    from backcare.cli.interactive import REGION_HINT

    s, out = session()
    s.run()
    assert REGION_HINT in out.getvalue()
    s, out = session(region="UK")
    s.run()
    assert "BACKCARE_REGION" not in out.getvalue()
