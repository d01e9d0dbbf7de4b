"""The normalisation steps' gates (backcare/engine/safety/text_gates.py): a text a gate turns away
is returned unchanged by its step, so skipping the step (and its module's import) changes
nothing; and a calm question loads none of the steps' modules."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.safety import text_gates
from backcare.engine.safety.ability_questions import abilities_answered
from backcare.engine.safety.asked_answers import answer_after_mark
from backcare.engine.safety.emoji import read_emoji
from backcare.engine.safety.form_answers import form_answers
from backcare.engine.safety.measured_items import measures_read
from backcare.engine.safety.mine import read_mine
from backcare.engine.safety.neither import neither_denied
from backcare.engine.safety.organ_answers import organs_answered
from backcare.engine.safety.quoted_fields import quoted_fields
from backcare.engine.safety.reading import normalize_text
from backcare.engine.safety.run_on import read_run_on
from backcare.engine.safety.slashed_forms import slashes_as_lines
from backcare.engine.safety.spoken import spoken_numbers
from backcare.engine.safety.taken_back_noes import noes_taken_back

STEPS: list[tuple[Callable[[str], bool], Callable[[str], str]]] = [
    (text_gates.may_hold_emoji, read_emoji),
    (text_gates.may_answer_a_question, form_answers),
    (text_gates.may_answer_a_question, organs_answered),
    (text_gates.may_answer_a_question, abilities_answered),
    (text_gates.may_list_items, slashes_as_lines),
    (text_gates.may_list_items, measures_read),
    (text_gates.may_take_a_no_back, noes_taken_back),
    (text_gates.may_say_neither, neither_denied),
    (text_gates.may_say_mine, read_mine),
    (text_gates.may_speak_numbers, spoken_numbers),
    (text_gates.may_quote_a_field, quoted_fields),
    (text_gates.may_run_on, read_run_on),
]

# texts near the steps' own words and marks, and arbitrary ones
PIECES = st.sampled_from(
    [
        "neither", "Neither", "mine", "MINE", "twenty", "point", "hundred", "ty", "bladder",
        "ok", "no", "No", "N", "Y", "yes", "fever", "38.9", "leg", "is", "weak", "Can", "you",
        "feel", "bottom", "?", ":", "-", "–", " / ", "  ", "\t", "\n", "❌", "✅", "😭", "é",
        "ｍｉｎｅ", "ᴍɪɴᴇ", "I", "put", "'Numbness'", "Also", "also", ",", "“", "Bladder'", "well", "actually", "of", "her", "back", " ",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=14).map(" ".join))


@pytest.mark.parametrize(("gate", "step"), STEPS, ids=[s.__name__ for _, s in STEPS])
@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_a_text_the_gate_turns_away_is_left_as_it_was(
    gate: Callable[[str], bool], step: Callable[[str], str], text: str
) -> None:
    if not gate(text):
        assert step(text) == text


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_no_answer_is_read_after_a_mark_the_gate_turns_away(text: str) -> None:
    if not text_gates.may_answer_a_question(text):
        assert not answer_after_mark(text, ("no", "nope"))
        assert not answer_after_mark(text, ("-_-",))


def test_the_gated_steps_still_read_their_texts() -> None:
    """The gates let the steps' own texts through."""
    assert normalize_text("neither leg is weak") == "no leg is weak"
    assert normalize_text("temperature of thirty nine point two") == "temperature of 39.2"
    assert normalize_text("Bladder ok? No, I can't go") == "Bladder not ok, I can't go"
    assert normalize_text("Fever: no / Bladder: normal / Numbness: none") == (
        "Fever nil\nBladder nil\nNumbness nil"
    )
    assert normalize_text("any incontinence? Y/N - I put N") == "any incontinence? - I put no"
    assert normalize_text("'Numbness' none") == "'no Numbness' none"
    assert normalize_text("it hurts myself Also is heat better") == (
        "it hurts myself. Also is heat better"
    )


def test_a_calm_ask_loads_none_of_the_gated_steps() -> None:
    probe = """
import sys
sys.argv = ["backcare", "ask", "--json", "stiff back after sitting"]
from backcare.cli.entry import main
try:
    main()
except SystemExit:
    pass
steps = ("emoji", "form_answers", "neither", "mine", "spoken", "slashed_forms",
         "measured_items", "organ_answers", "ability_questions", "taken_back_noes",
         "asked_answers", "quoted_fields", "run_on")
sys.stderr.write(",".join(s for s in steps if "backcare.engine.safety." + s in sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stderr == ""
