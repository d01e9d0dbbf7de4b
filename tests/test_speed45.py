"""Work a batch's questions no longer repeat (speed45, issue 17), each exactly what it was:

- checklist._answers' gate: a text whose only separator is a "?" that no word follows (a question
  ending on its "?") skips the five patterns, none of which can match it;
- run_together_read: a text whose parts between spaces are too short or too few for a run skips
  the patterns (a run of letters holds no space), and a word's cut into known words is kept;
- language.message_words: the red-flag check's and the engine's verdicts on a question's
  language read its words once.

Each old reading is kept here to compare the new one with, over varied texts of my own and
hypothesis-made ones."""

from __future__ import annotations

import re
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine import language
from backcare.engine.safety import asked_answers, checklist, run_together
from backcare.engine.safety.asked_answers import _ASKED_ANSWER, answer_after_mark, led_by_letters
from backcare.engine.safety.run_together import (
    MEMO_LETTERS,
    RUN_MEMO,
    SHORT_RUN_SHARE,
    SHORT_RUNS,
    run_together_read,
)


def _old_answers(text: str) -> str:
    """checklist._answers as it was: any "?" let the text through to every pattern."""
    with patch.object(asked_answers, "answer_after_mark", lambda text, wry: "?" in text):
        return checklist._answers(text)


def _old_run_together_read(text: str) -> str:
    """run_together_read as it was: both patterns read every text of six characters or more."""
    if len(text) < run_together.SHORT_RUN_LETTERS:
        return text
    text = run_together._RUN.sub(_old_parted, text)
    enough = max(SHORT_RUNS, len(text.split()) / SHORT_RUN_SHARE)
    if sum(1 for _ in run_together._SHORT_RUN.finditer(text)) < enough:
        return text
    runs = [
        found
        for found in run_together._SHORT_RUN.finditer(text)
        if _uncached_joined_words(found.group())
    ]
    if len(runs) < enough:
        return text
    read, at = [], 0
    for found in runs:
        start, end = found.span()
        read += [text[at:start], " " * text[start - 1 : start].isdigit()]
        read += [
            " ".join(_uncached_joined_words(found.group())),
            " " * text[end : end + 1].isdigit(),
        ]
        at = end
    return "".join([*read, text[at:]])


def _uncached_joined_words(word: str) -> tuple[str, ...]:
    """_joined_words without the memo: the cut read afresh each time."""
    parts = run_together._parts(word)
    small = run_together._small_words()
    if len(parts) < 2 or not all(len(part) >= 3 or part in small for part in parts):
        return ()
    return parts


def _old_parted(found: re.Match[str]) -> str:
    """run_together._parted without the memo."""
    word = found.group()
    parts = run_together._parts(word)
    return " ".join(parts) if len(parts) >= run_together.RUN_WORDS else word


# texts of my own: form answers after "?", ":" and dashes, questions ending on "?", quotes,
# "only" jokes, wry answers, digits after "?", several lines
ANSWERS_TEXTS = [
    "how do I ease a stiff back after sitting?",
    "is it normal for my lower back to hurt in the morning? thanks",
    "Numb bum? Y. Fever? no, Bladder? fine",
    "Any fever?  Yes, 38.5",
    "Does the pain wake you at night? Yes",
    "Weight loss? I wish!",
    "Fever?' only when I watch the football",
    'Headache?" only on mondays',
    "what helps? 2 weeks now",
    "why?? !!",
    "Bladder: never empties properly",
    "Bowel control - never sure any more, it's awful",
    "Fever – N",
    "should I see a GP?\nNumbness? No",
    "why does it hurt?\n\nTingling? Nope",
    "¿qué hago? ayuda",
    "how long?…",
    "pain?\tyes",
    "is it bad?(asking for a friend)",
    "Saddle sensation? intact.",
    "Can you feel your bottom? ONLY sometimes",
    "what should I do?'",
]


def test_answers_gate_reads_each_text_as_before() -> None:
    for text in ANSWERS_TEXTS:
        assert checklist._answers(text) == _old_answers(text), text


def test_answers_gate_skips_a_question_ending_on_its_mark() -> None:
    wry = checklist._words().wry_no
    assert not answer_after_mark("how do I ease a stiff back after sitting?", wry)
    assert not answer_after_mark("what helps? 2 weeks now", wry)
    assert not answer_after_mark("no mark at all", wry)
    assert answer_after_mark("Numb bum? Y", wry)
    assert answer_after_mark("Fever?' only for the football", wry)
    assert answer_after_mark("Weight loss?  I wish", wry)
    # a wry phrase led by no letter (data) may follow any "?": the gate lets every "?" through
    assert answer_after_mark("what helps? 2 weeks now", (*wry, "2 right"))


def test_answers_gate_still_reads_a_form_answered_after_the_mark() -> None:
    # the readings the gate must not lose (a form's answers after "?")
    assert checklist._answers("Fever? N") != "Fever? N"
    assert checklist._answers("Bladder? fine") != "Bladder? fine"


def test_wry_answers_are_led_by_letters() -> None:
    # the gate relies on it for its cheap pre-check; another phrase falls back to every "?"
    assert led_by_letters(checklist._words().wry_no)
    assert not led_by_letters(("i wish", ":) no"))


_ANSWER_PIECES = st.sampled_from(
    [
        "?",
        "??",
        "? ",
        "?\n",
        "?'",
        '?"',
        "?’",
        ":",
        " - ",
        " – ",
        "-",
        " ",
        "\t",
        "\n",
        ",",
        ".",
        "!",
        ";",
        "(",
        "yes",
        "Y",
        "N",
        "no",
        "nope",
        "nil",
        "NAD",
        "normal",
        "fine",
        "never",
        "only",
        "ONLY",
        "i wish",
        "if only",
        "fat chance",
        "fever",
        "bladder",
        "bladder control",
        "numbness",
        "does the pain wake you",
        "can you feel your bottom",
        "38.5",
        "2",
        "x",
        "é",
        "İ",
        "ſ",
        "K",
        "ß",
        "_",
        "😀",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_ANSWER_PIECES, max_size=14).map("".join))
def test_answers_gate_is_the_old_reading(text: str) -> None:
    assert checklist._answers(text) == _old_answers(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_answers_gate_is_the_old_reading_of_any_text(text: str) -> None:
    assert checklist._answers(text) == _old_answers(text)


RUN_TEXTS = [
    "stiff back after sitting",
    "backpainandnowbothlegsnumbcantwalkright",
    "backpain3days nowcantfeelmy bum whensitting isthisbad",
    "please tell me how do I ease stiffness in my lower back thanks",
    "quick question: is erector spinae atrophy normal in the morning?",
    "warfarin and rotator cuff and discitis",
    "cantpee numbbum sincemorning",
    "BACKPAINANDNOWBOTHLEGSNUMB",
    "http://example.com/averyveryverylongpathsegmentnamehere",
    "#backpainandnowbothlegsnumb",
    "immunosuppressants breaststroke weightlifting",
    "numbnes tinglng weaknes",
    "a" * 25,
    "x" * 5000,
    "mybackhurts\tandmylegsarenumb\nhelpmeplease",
    # two short runs in a part of 13 characters: the bound's edge, (13 + 1) // 7
    "mylegs,isthis itsbad",
    "mylegs;isthis",
]


def test_run_together_reads_each_text_as_before() -> None:
    for text in RUN_TEXTS:
        assert run_together_read(text) == _old_run_together_read(text), text


def test_run_together_still_parts_typing() -> None:
    assert run_together_read("mylegs,isthis itsbad") == "my legs,is this its bad"
    assert run_together_read("backpainandnowbothlegsnumbcantwalkright").count(" ") >= 5
    said = run_together_read("backpain3days nowcantfeelmy bum whensitting isthisbad")
    assert "whensitting" not in said


_RUN_PIECES = st.sampled_from(
    [
        "back",
        "pain",
        "and",
        "now",
        "both",
        "legs",
        "numb",
        "cant",
        "walk",
        "feel",
        "my",
        "bum",
        "when",
        "sitting",
        "is",
        "this",
        "bad",
        "erector",
        "spinae",
        "atrophy",
        "BACK",
        "PAIN",
        "3",
        "days",
        "mylegs",
        "isthis",
        "itsbad",
        " ",
        " ",
        " ",
        "\n",
        "\t",
        "#",
        "@",
        "/",
        ".",
        "-",
        ",",
        "é",
        "_",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_RUN_PIECES, max_size=30).map("".join))
def test_run_together_is_the_old_reading(text: str) -> None:
    assert run_together_read(text) == _old_run_together_read(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_run_together_is_the_old_reading_of_any_text(text: str) -> None:
    assert run_together_read(text) == _old_run_together_read(text)


def test_run_parts_memo_is_bounded_and_keeps_no_long_run() -> None:
    assert run_together._memo_parts.cache_info().maxsize == RUN_MEMO
    run_together._memo_parts.cache_clear()
    run_together._run_parts("erector")
    run_together._run_parts("erector")
    assert run_together._memo_parts.cache_info().hits == 1
    run_together._run_parts("backpain" * 10)  # longer than MEMO_LETTERS: read, not kept
    assert len("backpain" * 10) > MEMO_LETTERS
    assert run_together._memo_parts.cache_info().currsize == 1
    assert run_together._run_parts("backpain" * 10) == tuple(["back", "pain"] * 10)


def test_message_words_of_a_text_are_read_once_for_both_readers() -> None:
    from backcare.engine.answer import Engine
    from backcare.packs.load import load_pack

    engine = Engine(load_pack(None))
    language.message_words.cache_clear()
    engine.ask("my lower back is stiff after sitting all day at work")
    # the red-flag check's language verdicts and the engine's read the same text's words
    info = language.message_words.cache_info()
    assert info.misses == 1 and info.hits >= 1


def test_message_words_memo_gives_what_the_reading_gives() -> None:
    for text in ("I hurt My BACK, a lot", "¿Qué? ¡Ay!", "mail me at jan@example.pl", ""):
        assert language.message_words(text) == language.message_words.__wrapped__(text)
        assert language.message_words(text) == language.message_words.__wrapped__(text)


def test_gate_pattern_needs_a_letter_after_the_mark() -> None:
    pattern = re.compile(_ASKED_ANSWER.pattern)
    assert pattern.search("why?  yes")
    assert pattern.search("why?'only")
    assert not pattern.search("why? 2")
    assert not pattern.search("why?\nyes")  # a new line ends the clause the answer stands in
