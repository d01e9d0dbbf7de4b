"""safety95 (issue #12): the red-flag check's known leftovers, fixed by frame. Caught by the rules
now: retention told as the urine "stopped" after a medicine; a form's question naming a normal
function answered no ("Have you passed urine today? No.", "Bladder ok? No, I can't go at all":
organ_answers.py); a form's no taken back ("Bladder: No - well actually ...": taken_back_noes.py);
a one-line form parted by " / " (slashed_forms.py); a crossed checker item in the asker's words
(crossed_told.py); a sign told lasting after a posture cause ("stayed numb", "they still are");
a back pain red-flag screen's weight loss (screen_forms.py). Quieter: frequency at night, a
heated room's "burning up", a story on the news. tests/eval/red_flags_safety95.jsonl holds real
signs told in each frame touched and in each frame made quieter, written before the run, with
calm twins."""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import read_checklist
from backcare.engine.safety.crossed_told import tells_live
from backcare.engine.safety.organ_answers import organs_answered
from backcare.engine.safety.slashed_forms import slashes_as_lines
from backcare.engine.safety.taken_back_noes import noes_taken_back
from tests.safety_cases import SAFETY, keeps_its_tier, row_id, rules, rules_tier, set_rows


@pytest.mark.parametrize("row", set_rows("safety95", True), ids=row_id)
def test_a_real_sign_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize("row", set_rows("safety95", False), ids=row_id)
def test_the_calm_twins_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


# review24's emergencies the learned check alone held, and the brief's misses: each is an
# emergency on the rule path (the learned check may be retrained; the rules' reading is the net)
RULE_PATH = [
    "My wee just stopped after I took the co-codamol for my back, nothing has come out since 6am",
    "Pee stream completely stopped once I switched to the stronger painkillers, been 14 hours and"
    " my tummy is swollen",
    "Have you passed urine today? No.",
    "Bladder ok? No, I can't go at all",
    "Can you feel the toilet paper when you wipe? No",
    "Nurse went through it, any numbness round the bottom? No. Bladder ok? No, I can't go at all",
    "Fever: No\nWeight loss: No\nCancer history: No\nNight pain: No\nBladder: No - well actually I"
    " haven't been able to go since last night",
    "Fever: No / Weight loss: No / Cancer: No / Night pain: No / Saddle numbness: No / Bladder:"
    " No / Legs: both feel like they're not mine and wobbly",
    "My checker summary:\n✓ Pain in lower back\n✓ Started after lifting\n✗ Can't feel when I wipe"
    " (this is new)\n✗ Leaking wee since last night",
    "✔ lower back pain\n✘ fever\n✘ bladder - lost control this morning, first time ever",
    "✔ Pain in lower back\n✘ Leaking wee since last night\n✘ Numb bum",
    "Did a 3 hour lecture, bum went numb, normally back the second I stand up but this time it's"
    " stayed numb all evening and its spread to my inner thighs",
    "After a 6 hour journey in the coach both legs were numb and they still are 10 hours later,"
    " I'm stumbling",
    "Bladder control went when I took the stairs this morning",
    "Sensation in my bum vanished after I turned over in bed, still gone",
    "Feeling in my bum disappeared when I opened the boot to lift the shopping out, been 2 days",
    "Since my 10 hour shift on Saturday my bum has been numb and it feels funny when I wipe",
    "It's not that I can't go, I just can't feel when I need to any more and I've had two accidents",
    "Care home nurse here - resident 84F, fell yesterday. Temp nil, N&V nil, BO nil 3 days, PU nil"
    " since 0600, c/o severe low back pain",
]


@pytest.mark.parametrize("message", RULE_PATH, ids=lambda m: m[:60])
def test_an_emergency_on_the_rule_path(message: str) -> None:
    assert rules_tier(message) == "emergency", (message, rules(message))


def test_a_screen_of_the_backs_red_flags_tells_the_back() -> None:
    form = "Numbness: no / Bladder/bowel: normal / Fever: no / Weight loss: YES, about a stone in 2 months"
    assert rules(form) == {"weight-loss"}
    # a form that denies back pain, or one of other things, tells no back
    assert rules(form + ". I have no back pain at all, just asking for a gym form") == set()
    assert rules("Name: Jo\nAge: 40\nGoal: lose weight\nWeight loss so far: a stone") == set()


def test_an_organ_question_answered_no_is_the_organ_not_right() -> None:
    assert (
        organs_answered("Bladder ok? No, I can't go at all") == "Bladder not ok, I can't go at all"
    )
    assert organs_answered("Is your bladder working ok? No.") == "my bladder not ok."
    assert organs_answered("Bladder ok? No, all fine") == "Bladder ok? No, all fine"
    assert organs_answered("Bowels ok? No") == "Bowels ok? No"  # constipation is common


def test_a_no_taken_back_at_once_tells_the_item() -> None:
    told = noes_taken_back("Bladder: No - well actually I haven't been able to go")
    assert told == "Bladder - I haven't been able to go"
    assert noes_taken_back("Numbness: no, but my back aches") == "Numbness: no, but my back aches"


def test_a_one_line_form_is_read_a_line_an_item() -> None:
    assert slashes_as_lines("Fever: no / Bladder/bowel: normal / Legs: fine") == (
        "Fever: no\nBladder/bowel: normal\nLegs: fine"
    )
    assert slashes_as_lines("back / hip pain: which stretch?") == "back / hip pain: which stretch?"


def test_a_crossed_item_in_the_askers_words_is_told() -> None:
    assert tells_live("Leaking wee since last night")
    assert tells_live("Can't feel when I wipe (this is new)")
    assert not tells_live("Numbness around your bottom")
    assert not tells_live("Pain that wakes you at night")
    assert "nil" not in read_checklist("✔ back pain\n✘ Leaking wee since last night")
    assert "nil" in read_checklist("✔ back pain\n✘ Numbness around your bottom")


@pytest.mark.parametrize(
    "message",
    [
        "My wee stopped hurting after the antibiotics",
        "I stopped peeing at night after cutting out tea",
        "we had a wee stop at the services and my back was killing me",
        "Have you had blood in your urine? No.",
        "I haven't been able to go to the gym since my back went",
        "I pee a lot at night and my back hurts",
        "I wee 3 times a night and my back aches",
        "My hot water bottle is leaking. What else can I use on my sore back?",
    ],
)
def test_an_everyday_reading_raises_nothing(message: str) -> None:
    assert SAFETY.check(message) == [], message
