"""tidy17: one module per job. JSON string escapes are decoded in one place (engine/escapes.py) for
the red-flag reading and for a jsonl line that is no object; PHP/shell quoting is an escape, not
mojibake; told_early is handed the writer that prints above a progress bar."""

from __future__ import annotations

import io
import threading
from typing import Any, cast

import pytest

import backcare.cli.context as context
import backcare.cli.notices as notices_module
from backcare.cli.framed import readable
from backcare.engine.escapes import decode_escapes, json_unescaped, unquoted
from backcare.engine.mojibake import repair
from backcare.engine.query import engine_text
from backcare.output.environment import Environment

EMERGENCY = "EMERGENCY - get help now:"


@pytest.mark.parametrize(
    ("escaped", "every", "read"),
    [
        ("I can\\u2019t pee", False, "I can\u2019t pee"),
        ("\\ud83d\\ude00 ok", False, "\U0001f600 ok"),  # a surrogate pair: its one character
        ("lone \\ud83d here", False, "lone \ufffd here"),
        ("C:\\new\\temp", False, "C:\\new\\temp"),  # a question's one-letter escapes are typed
        ("C:\\new", True, "C:\new"),  # a JSON line's are the program's
        ('say \\"hi\\" \\/ \\t', True, 'say "hi" /  '),
        ("\\\\u0041", True, "\\u0041"),  # an escaped backslash is read first
        ("\\\\u0041", False, "\\A"),
        ("no escape at all", True, "no escape at all"),
    ],
)
def test_json_escapes_are_read_in_one_place(escaped: str, every: bool, read: str) -> None:
    assert json_unescaped(escaped, every=every) == read


def test_the_unread_jsonl_line_and_the_red_flag_reading_share_the_decoding() -> None:
    line = '{"q": "I can\\u2019t feel my legs \\ud83d\\ude22'
    assert readable(line) == '{"q": "I can\u2019t feel my legs \U0001f622'
    assert decode_escapes("I can\\u2019t pee") == readable("I can\\u2019t pee")


def test_shell_quoting_is_an_escape_read_at_every_door() -> None:
    assert unquoted("I can\\'t feel my legs") == "I can't feel my legs"
    assert unquoted("can\\\\\u2019t") == "can\u2019t"
    assert unquoted("a\\'") == "a\\'"  # no letter after it
    assert repair("can\\'t") == "can\\'t"  # mojibake.py repairs encoding damage only
    assert engine_text("I can\\'t sit") == "I can't sit"
    # after the repair: an escaped apostrophe garbled on the way
    assert engine_text("I can\\\u00e2\u20ac\u2122t sit") == "I can\u2019t sit"


def _told(above: Any) -> tuple[str, list[str]]:
    """What told_early writes on its stream and through `above` for an emergency."""
    printed: list[str] = []
    done = threading.Event()

    def writer(lines: Any) -> bool:
        printed.extend(lines)
        done.set()
        return bool(above)

    stream = io.StringIO()
    told: dict[str, None] = {}
    with notices_module.told_early(["i cant pee and my bum is numb"], stream, None, told, writer):
        assert done.wait(60)  # the timer's check has run (EARLY_AFTER is 0)
    return stream.getvalue(), printed


def test_told_early_prints_through_the_writer_it_is_handed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(notices_module, "EARLY_AFTER", 0)
    written, printed = _told(above=True)
    assert printed and printed[0].startswith(EMERGENCY)
    assert written == ""  # above the bar, not under it
    written, printed = _told(above=False)  # no bar runs: the stream has it
    assert written.startswith(EMERGENCY) and printed


def test_print_above_progress_reaches_the_bar_only_once_one_is_drawn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(context, "_bar_drawn", False)
    assert context.print_above_progress(["a line"]) is False
    # a terminal where the layout may be drawn (ux24: else the build is one line, no bar)
    fields = {"stderr_is_terminal": True, "drawn": True}
    terminal_env = cast(Environment, type("Env", (), fields)())
    update = context._progress(terminal_env)
    assert update is not None
    update(0, 10)
    try:
        assert context.print_above_progress(["a line"]) is True
    finally:
        update(10, 10)  # done: the bar goes away
    assert context.print_above_progress(["a line"]) is False


@pytest.mark.parametrize(
    "question",
    [
        "My GP said 'possible Cauda Equina?' - temp 38,5 since Mon... can't pee!",
        'the song "I can\u2019t feel my legs" is on; k1ll me',
        "\u201cnumb bum\u201d\n\nsince 2 days, A&E?",
    ],
)
def test_a_token_knows_where_its_word_starts_in_the_reading(question: str) -> None:
    from backcare.engine.safety.reading import _TOKEN, normal, normalize_text, tokenize

    text = normalize_text(question)
    tokens = tokenize(question, frozenset(), frozenset(), frozenset())
    assert tokens
    for token in tokens:
        found = _TOKEN.match(text, token.at)
        assert found is not None and normal(found.group()) == token.surface, token


def test_quotations_read_the_readers_tokens() -> None:
    from backcare.engine.safety.quotations import quotation_spans
    from tests.safety_cases import SAFETY

    question = "a review says 'my bum went numb' - ok?"
    tokens = SAFETY.read(question)[0]
    assert quotation_spans(question, tokens) == [(3, 6, False)]
    assert [t.surface for t in tokens[3:7]] == ["my", "bum", "went", "numb"]


# ability_answers.py reads the reported questions as answered.py does, a clinician's list of
# questions included (safety46's 'inquiries.lists'): an ability so asked and answered no is lost
LIST_ABILITY_LOST = [
    (
        "The GP asked me all the usual questions about whether I could feel her touch my bottom "
        "and I couldn't. Back is agony.",
        "cauda-equina-saddle",
    ),
    (
        "the physio went through the checklist about whether I could pee normally, I said no",
        "cauda-equina-bladder",
    ),
    (
        "A&E asked me the questions about whether I could feel the tissue when I wipe. I can't.",
        "cauda-equina-saddle",
    ),
]
LIST_ABILITY_CALM = [
    "The GP asked me all the usual questions about whether I could feel her touch my bottom "
    "and I could. Back is sore.",
    "The physio went through the checklist about whether I could feel my saddle area, I couldn't "
    "believe how long it took",
]


@pytest.mark.parametrize(("question", "rule"), LIST_ABILITY_LOST)
def test_an_ability_asked_in_a_list_of_questions_and_answered_no_is_lost(
    question: str, rule: str
) -> None:
    from tests.safety_cases import long_message, rules

    assert rule in rules(question)
    assert rule in rules(long_message(question.rstrip(".") + "."))


@pytest.mark.parametrize("question", LIST_ABILITY_CALM)
def test_an_ability_asked_in_a_list_and_answered_yes_is_no_sign(question: str) -> None:
    from tests.safety_cases import SAFETY

    assert not any(f.urgency == "emergency" for f in SAFETY.check(question)), question


def test_argv_is_walked_by_option_in_one_place() -> None:
    from backcare.cli.options import end_of_options, given_options, own_positions, repeated_option

    args = ["--topic", "--json", "--plain", "--topic", "x", "--", "--json"]
    assert list(own_positions(args)) == [0, 2, 3, 5, 6]  # a value is skipped, whatever it is
    assert end_of_options(args) == 5
    assert given_options(args) == {"--topic", "--plain"}
    assert repeated_option(args) == "--topic"
    assert end_of_options(["--topic", "--", "q"]) == 3  # a `--` that is a value ends nothing
