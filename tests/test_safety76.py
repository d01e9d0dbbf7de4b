"""safety76 (issue #12): a form's function item told fine ("Bladder control: never had a
problem", "Bowel control: never been better", "no worse than before my back went") and a symptom
item's joking "only <occasion>" answer ("Fever: only for the football") raise nothing; each class's
twin, with one real answer beside it, keeps its notice (qualified.tells_fine, fine_items.py,
form_jokes.py)."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

CALM = [
    "Bowel control: never been better. Bladder: fine. Back pain for two weeks after gardening.",
    "Bladder control: never had a problem. Bowel control: never had a problem.",
    "Bowel control: not a problem. Bladder control: never an issue.",
    "Bowel control: no longer an issue since my op. Back pain mild.",
    "Bladder control: not really any worse than before my back went",
    "Bladder control: no worse than it's been since my second baby",
    "Bowel control: fine. Bladder: fine. Back pain for two weeks.",
    "Bladder control - no trouble at all. Bowel control - no concerns. Back sore from digging.",
    "Fever: only for the football\nWeight loss: I wish!\nBack: sore since Sunday, getting better",
    "Trouble walking: only in these heels. Back: a bit stiff from the long drive home. Stretches?",
    "Night sweats: only when Arsenal play. Chest pain: only when I see the price of petrol. "
    "Back: tight from the new desk.",
    "Difficulty walking: only past the bakery. Back: twinge putting the bins out.",
    "Fever? Only during penalty shootouts. Back: sore from five-a-side.",
    # a caller pushed up a list is no straining (senses); a plan's fine state (hypothetical.py)
    "GP receptionist here. What phrases should make me push a caller up the list for back pain? "
    "Like if they mention numbness or can't pee?",
    "Triage nurse: which callers do we push to the top? Say if they mention they can't pee?",
    "Planning ahead: my physio said if I ever lose bladder control or go numb around my bum I "
    "should go to A&E. I'm fine at the moment, touch wood. What's the Spanish for it?",
    # a letter's denied term asked about (defined_denied.py)
    "Got my letter from the physio clinic today: 'No saddle anaesthesia. Bladder and bowel "
    "function normal. No red flags identified.' What does 'saddle anaesthesia' mean? The pain is "
    "about half what it was.",
    "Discharge summary: no urinary retention, no saddle numbness. What is urinary retention? My "
    "back is much better.",
]

RAISED = [
    "Bladder control: never had a problem until yesterday, now I'm leaking. Back pain.",
    "Bladder control: never been a problem, but since Monday I can't tell when I need to go. "
    "Back pain.",
    "Bladder control: fine. My bum feels like rubber when I sit. Back pain.",
    "Bowel control: fine. Bladder control: gone since this morning. Back pain.",
    "Bladder control: not reliable since the fall on Friday. Back pain.",
    "Fever: only for the football. Bladder: lol no idea, haven't needed a wee since last night. "
    "Back: sore.",
    "Trouble walking: only in these heels. Legs: both numb since this morning. Back sore.",
    "Bladder control: only when the football's on, I wet myself. Back pain.",
    "Fever: only at night, 38.9. Back pain.",
    "Numbness: only around my bum and inner thighs since the fall. Back pain.",
    "GP receptionist here. My own mum has back pain and can't pee since this morning, should I "
    "push her up the list?",
    "Planning ahead: my physio said if I ever lose bladder control I should go to A&E. I'm fine "
    "at the moment, touch wood, but since this morning I can't pee at all.",
    "I have to push to start peeing and it pushes up the pain in my back",
    "Got my letter: 'No saddle anaesthesia. Bladder and bowel function normal.' What does saddle "
    "anaesthesia mean? Because since yesterday my bum has gone numb.",
    "Letter says no saddle anaesthesia. What does it mean when you can't pee? I can't pee since "
    "this morning and my back is agony.",
]


@pytest.mark.parametrize("question", CALM)
def test_form_told_fine_or_joked_raises_nothing(question: str) -> None:
    assert load_safety().check(question) == []


@pytest.mark.parametrize("question", RAISED)
def test_twin_keeps_its_notice(question: str) -> None:
    assert load_safety().check(question) != []
