"""ux29 (twentieth session): codereview20's findings 2, 3, 7, 12, 13 and 16 (MORE), each as a class.

- 2: several questions pasted together are each answered, none dropped: a paste's lines are read
  as the batch reads lines that belong together (wrapped.continues/joins); an emergency in any
  of them, or told across them, comes first and alone, the others named as kept back. The lines
  typed while the pack opens are read the same way;
- 3: what a command is is decided once (promptcommands.command_of): every line Session.handle
  acts on as a command is a part of its own in a paste;
- 7: with a region set, no notice names another region's numbers or services;
- 13: the JSON view builds a flag's object in one place."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from backcare.cli.interactive import Session
from backcare.cli.pasted import messages, parts
from backcare.cli.promptcommands import command_of
from tests.test_ux28 import session

STIFF = "How long does a stiff back last?"  # long-stiff-back-last
TIGHT = "What helps tight back muscles?"  # helps-tight-back-muscles (its own question: no near tie)
WRAPPED = ("my back gets stiff and", "sore when I sit all day")  # "and": the line goes on
CROSSED = ("since this morning I suddenly cannot", "pee at all")  # an emergency across lines
ANSWERED = "confidence"  # every plain answer's heading says it


# ---- 2: a paste's messages, each answered -------------------------------------------------------


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ([STIFF, "", TIGHT], [[STIFF], [""], [TIGHT]]),  # a blank line parts them
        ([STIFF, TIGHT], [[STIFF], [TIGHT]]),  # a finished sentence, then another
        ([*WRAPPED], [[*WRAPPED]]),  # the line goes on from the one before: one message
        (["I want to", "kill", "myself"], [["I want to", "kill", "myself"]]),
        (["stiff back", "TB"], [["stiff back"], ["TB"]]),  # capitals: no fragment
        (["back pain", "", "", "sciatica"], [["back pain"], [""], [""], ["sciatica"]]),
    ],
)
def test_a_paste_holds_the_messages_a_batch_reads_in_its_lines(
    run: list[str], expected: list[list[str]]
) -> None:
    assert messages(run) == expected


@pytest.mark.parametrize("between", [[""], [], ["", ""]])
def test_every_question_of_a_paste_is_answered(between: list[str]) -> None:
    run, shown = session(STIFF, arrived=[[*between, TIGHT]])
    assert not run.emergency
    assert shown.count(ANSWERED) == 2, shown
    assert "[long-stiff-back-last]" in shown and "[helps-tight-back-muscles]" in shown
    assert shown.index("[long-stiff-back-last]") < shown.index("[helps-tight-back-muscles]")


def test_lines_typed_while_the_pack_opened_are_each_answered_too() -> None:
    import io

    from backcare.output.terminal import make_console
    from tests.test_ux28 import ENGINE, Lines

    out = io.StringIO()
    console = make_console("never")
    console.file = out
    prompt = Session(ENGINE, console, read=Lines(), pending=list, arrived=list, plain=True)
    prompt.run([STIFF, "", TIGHT])
    assert out.getvalue().count(ANSWERED) == 2


def test_a_message_wrapped_over_lines_is_one_question() -> None:
    _, shown = session(WRAPPED[0], arrived=[[WRAPPED[1]]])
    assert shown.count(ANSWERED) == 1
    assert "[back-get-stiff-sit]" in shown


@pytest.mark.parametrize(
    "lines",
    [
        [STIFF, "", *CROSSED],  # the emergency last, told across two lines
        [*CROSSED, TIGHT],  # first, then a question
        [STIFF, *CROSSED, "", TIGHT],  # in the middle
        ["my flatmate hurt his back yesterday and now he", "cant wee at all"],  # read whole
    ],
)
def test_an_emergency_in_a_paste_comes_first_and_alone_the_rest_kept_back(
    lines: list[str],
) -> None:
    run, shown = session(lines[0], arrived=[lines[1:]])
    assert run.emergency
    assert ANSWERED not in shown and "Related questions" not in shown, shown
    notice = shown.index("EMERGENCY")
    kept = shown.index("Not answered under this emergency notice (pasted with it): ")
    assert notice < kept
    for other in (STIFF, TIGHT):
        assert (f"'{other}'" in shown[kept:]) is (other in lines)


# ---- 3: commands, decided once ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "quit",
        "EXIT",
        ":q",
        "help",
        "?",
        "2",
        ":12",
        ":answer",
        ":show",
        ":show a-b",
        ":topics x",
        ":topcis i cant pee",
        ":help i cant pee",
    ],
)
def test_every_command_the_prompt_acts_on_is_a_part_of_its_own_in_a_paste(line: str) -> None:
    assert command_of(line) is not None
    assert parts(["stiff back", line, "after sitting"]) == [
        ["stiff back"],
        [line],
        ["after sitting"],
    ]


@pytest.mark.parametrize("line", ["stiff back", "²", "12345", "help me", "quit smoking", ""])
def test_words_of_a_question_are_no_command(line: str) -> None:
    assert command_of(line) is None


# ---- pty: what a person pasting sees ---------------------------------------------------------

pexpect = pytest.importorskip("pexpect")
on_a_terminal = pytest.mark.skipif(
    sys.platform == "win32", reason="pseudo-terminals are POSIX only"
)


@on_a_terminal
@pytest.mark.parametrize(
    ("pasted", "answers", "emergency"),
    [
        (f"{STIFF}\r\r{TIGHT}\r", 2, False),  # two questions, a blank line between
        (f"{STIFF}\r{TIGHT}\r", 2, False),  # two questions, no blank line
        ("\r".join(WRAPPED) + "\r", 1, False),  # one message wrapped over lines
        (f"{STIFF}\r" + "\r".join(CROSSED) + "\r", 0, True),  # an emergency across lines
    ],
)
def test_a_paste_on_a_terminal(tmp_path: Path, pasted: str, answers: int, emergency: bool) -> None:
    from tests.test_interactive import Terminal

    term = Terminal(tmp_path)
    shown = term.type(pasted)
    assert shown.count("Confidence") == answers, shown
    assert ("EMERGENCY" in shown) is emergency
    if emergency:
        assert shown.index("EMERGENCY") < shown.index("Not answered under this emergency notice")
        assert STIFF in shown.split("Not answered under this emergency notice", 1)[1]
    term.child.sendeof()
    assert term.ends() == (3 if emergency else 0)


# ---- 7: a region's notices name its own services, no other region's ---------------------------

NUMBERS = re.compile(r"\d+(?: \d+)*")  # "999", "0800 611 116", "13 11 14"
SERVICES = re.compile(r"\b[A-Z][\w&'’-]*[\w&]")  # "NHS", "A&E", "Healthline", "Tele-MANAS", "GP's"
NOT_SERVICES = ("name", "source", "crisis_source")  # the fields no notice shows


def marks(region: str) -> set[str]:
    """The numbers and named services of one region's fields in data/emergency_numbers.json."""
    from backcare.engine.safety.flags import emergency_numbers

    fields = emergency_numbers()["regions"][region]
    text = " ".join(str(v) for k, v in fields.items() if k not in NOT_SERVICES)
    text = re.sub(r"\S+\.\S+", " ", text)  # web addresses ("111.nhs.uk") are their own service's
    return {*NUMBERS.findall(text), *(m.rstrip("'’s") for m in SERVICES.findall(text))}


def others(region: str) -> set[str]:
    from backcare.engine.safety.flags import regions

    return set().union(*(marks(r) for r in regions() if r != region)) - marks(region)


@pytest.mark.parametrize("region", ["UK", "IE", "US", "CA", "EU", "AU", "NZ", "IN"])
def test_no_notice_for_a_region_names_another_regions_numbers_or_services(region: str) -> None:
    from backcare.engine.safety import action_text
    from backcare.output.messages import flag_text
    from tests.test_ux28 import every_rule_flag

    foreign = others(region)
    assert foreign  # the check reads something: every region has services others lack
    shown = [flag_text(flag, region) for flag in every_rule_flag()]
    shown += [action_text(tier, region) for tier in ("emergency", "urgent", "soon")]
    for text in shown:
        found = [m for m in foreign if re.search(rf"(?<![\w]){re.escape(m)}(?![\w])", text)]
        assert not found, (region, found, text)
