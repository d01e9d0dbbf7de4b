"""The red-flag check's quick exits in a batch (safety/screen.py for the rules, safety/quiet.py for
the learned check) are exact: a question's notices and pointer are the same with them as when
every question is read in full, on every labelled line and on random mixes of vocabulary words."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.safety import RedFlag, load_safety
from backcare.engine.safety.detect import QUICK_AFTER, Safety

EVAL = Path(__file__).resolve().parent / "eval"


def verdict(safety: Safety, question: str, screened: bool) -> tuple[list[RedFlag], str | None]:
    """The notices and the pointer, with the quick exits (past the first questions of a batch)
    or without them (every check counted as the first: read in full)."""
    if not screened:
        safety._checks = 0
    flags = safety.check(question)
    return flags, None if flags else safety.pointer(question)


def warmed() -> Safety:
    safety = load_safety()
    for _ in range(QUICK_AFTER + 1):
        safety.check("warming up")
    return safety


QUICK = warmed()
FULL = load_safety()


def test_every_labelled_line_gets_the_same_notices_and_pointer_with_the_quick_exits() -> None:
    questions = []
    for path in sorted(EVAL.glob("*.jsonl")):  # every set, red flags and back-care questions
        for line in path.read_text(encoding="utf-8").splitlines():
            question = json.loads(line).get("q") if line.strip() else None
            if isinstance(question, str):
                questions.append(question)
    assert len(questions) > 10_000
    differ = [q for q in questions if verdict(QUICK, q, screened=True) != verdict(FULL, q, False)]
    assert differ == []
    # and they do their job: most lines stop at the rules' screen, and most that the rules leave
    # silent are not read in full for the learned check either
    assert QUICK._screen is not None
    stopped = sum(not QUICK._screen.may_fire(q) for q in questions)
    assert stopped > len(questions) // 3


def _vocabulary() -> list[str]:
    safety = load_safety()
    words = sorted(safety._surfaces)
    words += sorted(safety._negations | safety._self | safety._others_words | safety._breakers)
    words += sorted(safety._fillers | set(safety._number_words) | set(safety._spellings))
    return words


WORDS = _vocabulary()
PUNCTUATION = [" ", " ", " ", " ", ", ", ". ", "? ", " - ", "; ", "\n"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(WORDS),
                st.sampled_from(["38.5", "6", "10", "2", "65", "1998"]),
                st.sampled_from(["bak", "numbess", "feaver", "cnt", "peee", "Fever-Tree"]),
            ),
            st.sampled_from(PUNCTUATION),
        ),
        min_size=1,
        max_size=18,
    )
)
def test_random_mixes_of_vocabulary_words_get_the_full_readings_verdict(
    parts: list[tuple[str, str]],
) -> None:
    question = "".join(word + gap for word, gap in parts).strip()
    assert verdict(QUICK, question, screened=True) == verdict(FULL, question, screened=False)


def test_the_quick_exits_copies_of_detects_constants_agree() -> None:
    from backcare.engine.safety import detect, quiet, screen, vocabulary

    assert quiet.SENSE == screen.SENSE == vocabulary.SENSE
    assert quiet.SENSE_WORD == detect.SENSE_WORD


def test_asking_whether_a_crisis_goes_on_keeps_the_last_reading() -> None:
    """A batch asks, after each line, whether a crisis phrase may go on after its last word
    (cli/wrapped.py): that builds the screen once and reads no text, so the reading the quick
    exits keep for the last question stays (speed17: it used to screen an empty text each time,
    8,291 times in the benchmark's batch of 10,000, and drop the kept reading)."""
    safety = warmed()
    question = "my back hurts when i want to end"
    safety.check(question)
    assert safety._screen is not None
    kept = safety._screen._last
    assert kept is not None and kept.question == question
    assert safety.goes_on_to_call("end")
    assert not safety.goes_on_to_call("sofa")
    assert safety._screen._last is kept
    # a fresh Safety builds its screen for the question without having screened anything
    fresh = load_safety()
    assert fresh.goes_on_to_call("end")
    assert fresh._screen is not None and fresh._screen._last is None


def test_the_crisis_screen_keeps_every_crisis_and_stops_other_signs() -> None:
    """check_calls (a batch's joined lines, cli/wrapped.py) screens with the combinations of the
    rules with their own call alone (screen.py may_call): every labelled line and every pair of
    consecutive lines keeps each crisis flag check_rules raises, and a joined text of other
    emergencies only is not read in full. (Every 12th line of the red-flag sets and its join
    with the next: all 15,000 lines read in full twice take minutes.)"""
    questions = []
    for path in sorted(EVAL.glob("red_flags*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            question = json.loads(line).get("q") if line.strip() else None
            if isinstance(question, str):
                questions.append(question)
    texts = [
        text
        for k in range(0, len(questions) - 1, 12)
        for text in (questions[k], f"{questions[k]} {questions[k + 1]}")
    ]
    safety = warmed()
    crises = 0
    for text in texts:
        calls = [f for f in FULL.check_rules(text) if f.call]
        crises += bool(calls)
        assert [f for f in safety.check_calls(text) if f.call] == calls, text
    assert crises > 10
    assert safety._screen is not None
    joined = "numb around my bottom and both legs weak since this morning, can't pee at all"
    assert any(f.urgency == "emergency" for f in FULL.check_rules(joined))
    assert not safety._screen.may_call(joined)
    assert safety._screen.may_call("i want to end my life")
