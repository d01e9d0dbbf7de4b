"""speed55: the red-flag readings a calm ask never reaches are imported where first used (issue
17). Moving an import changes no verdict: these messages, written for this change, carry a current
sign in unusual shapes (typo'd, foreign, a form's "yes", a carer's, a sign after a calm how-to) and
raise exactly the notices they raised before it (ids as the base tree s37-integ gave them); their
calm twins raise none and name no pointer. tests/test_startup.py holds the import guard."""

from __future__ import annotations

import pytest

from backcare.engine.answer import warnings
from backcare.engine.safety import Safety, load_safety

# (message, the ids of the notices it raises, most urgent first)
SIGNS: list[tuple[str, tuple[str, ...]]] = [
    ("I cant feel my legs and cant pee since last night", ("cauda-equina-bladder", "both-legs")),
    ("cant feel between my legs when i wipe, started today", ("cauda-equina-saddle",)),
    ("my legs r numb and i havent peed all day", ("cauda-equina-bladder", "both-legs")),
    (
        "numbnes in my bum and legs, cant controll my bladder",
        ("cauda-equina-saddle", "cauda-equina-bladder", "both-legs"),
    ),
    ("i lost control of my bowls this morning and my back is agony", ("described-warning-sign",)),
    ("Bladder control: no. Numbness between legs: yes", ("cauda-equina-bladder", "both-legs")),
    ("Any leg weakness? yes, both legs since yesterday", ("both-legs",)),
    ("Saddle numbness (Y/N): Y", ("cauda-equina-saddle",)),
    ("Loss of bowel control: yes, this morning", ("cauda-equina-bowel",)),
    ("Fever: yes, 39.5 today. Back pain: severe", ("infection-fever",)),
    ("My dad went numb in both legs this afternoon. What do I do?", ("both-legs",)),
    (
        "my mum can't pass urine since this morning and her back is killing her",
        ("cauda-equina-bladder",),
    ),
    ("my husband fell off a ladder and now cant move his legs", ("both-legs", "trauma")),
    (
        "my wife says she cant feel her bottom when she sits on the loo, since today",
        ("cauda-equina-saddle",),
    ),
    ("my son has a fever of 40 and a really stiff back right now", ("infection-fever",)),
    ("Mein Rücken tut weh und ich kann meine Beine nicht mehr spüren", ("both-legs",)),
    ("j'ai mal au dos et je ne sens plus mes jambes depuis ce matin", ("both-legs",)),
    ("me duele la espalda y no puedo orinar desde ayer", ("cauda-equina-bladder",)),
    (
        "Ich kann seit heute morgen nicht pinkeln und habe starke Rückenschmerzen",
        ("cauda-equina-bladder", "sudden-severe"),
    ),
    ("my back hurts. Also I can't feel my legs at all now", ("both-legs",)),
    ("how do i sit at my desk? my legs went numb an hour ago and wont come back", ("both-legs",)),
    (
        "What stretches help? btw I've wet myself twice today without noticing",
        ("cauda-equina-bladder",),
    ),
    ("best pillow for back pain... also cant feel my feet since this morning", ("both-legs",)),
    ("is heat or ice better? my legs are giving way since yesterday", ("both-legs",)),
    (
        "i have cancer and now my back pain wakes me every night and i'm losing weight",
        ("cancer-history", "weight-loss", "night-pain"),
    ),
    ("I'm 80, fell this morning, and now the pain in my back is unbearable", ("fall", "age-onset")),
    ("back pain and a temp of 39, I feel really shivery and unwell", ("infection-fever",)),
    (
        "Pain between my shoulder blades and crushing pain in my chest right now",
        ("chest-heart", "high-back-pain"),
    ),
    ("I want to end my life, my back pain is too much", ("crisis",)),
    ("stiff back, also numb down there when wiping since today", ("cauda-equina-saddle",)),
    ("cant feel my leggs and cant wee since this mornin", ("cauda-equina-bladder", "both-legs")),
    ("Numbness in genital area: yes (started 2 days ago)", ("cauda-equina-saddle",)),
]

CALM: list[str] = [
    "how do i sit at my desk without my back getting stiff?",
    "What stretches help a stiff lower back in the morning?",
    "best pillow for back pain when sleeping on my side",
    "is heat or ice better for a pulled back muscle?",
    "My dad has a stiff back after gardening, what can he do?",
    "Bladder control: fine. Numbness: none. Back pain: mild",
    "Mein Rücken ist steif nach dem Sitzen, was hilft?",
    "stif bak aftr siting all day at wrk",
]


@pytest.fixture(scope="module")
def built() -> Safety:
    return load_safety()


@pytest.mark.parametrize(("message", "ids"), SIGNS)
def test_a_sign_in_an_unusual_shape_raises_what_it_raised_before(
    message: str, ids: tuple[str, ...], built: Safety
) -> None:
    for safety in (None, built):  # the process's default check, and one built from the data
        flags, pointer = warnings(message, safety)
        assert tuple(f.id for f in flags) == ids
        assert pointer is None


@pytest.mark.parametrize("message", CALM)
def test_its_calm_twin_raises_nothing(message: str, built: Safety) -> None:
    for safety in (None, built):
        assert warnings(message, safety) == ((), None)


def test_the_held_readings_still_decide_where_they_are_reached(built: Safety) -> None:
    """The lazily imported readings run where the check reaches them: a form's answer is read
    by qualified.py ("Bladder control: fine" tells no loss), an emergency's denials by
    elided_denials.py; both verdicts as before."""
    assert warnings("Bladder control: no. Numbness between legs: yes", built)[0]
    assert warnings("Bladder control: fine. Numbness: none. Back pain: mild", built) == ((), None)
