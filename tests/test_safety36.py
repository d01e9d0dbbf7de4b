"""safety36 (issue #12): missed signs, each class read in general.

- a sign that is back (redteam13 A1): an episode told as over, then its return told by a pronoun
  or "the same again", naming no sign ("had numbness down there last year, checked, fine; since
  yesterday it's back"): returned.py tells the episode's signs again, now, at the return.

Each class short, inside a message of more than 200 words (the rules alone decide there) and as
one line of a batch, with its ordinary look-alikes.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.safety_cases import SAFETY, rules
from tests.safety_cases import long_message as padded


def long_message(line: str) -> str:
    """The line as one sentence of a story of more than 200 words: ended by a full stop when it
    has no end of its own (the story goes on after it)."""
    return padded(line if line.rstrip()[-1] in ".?!" else line + ".")


BACK_AGAIN = [
    (
        "had numbness down there last year, checked, fine; since yesterday it's back",
        "cauda-equina-saddle",
    ),
    ("leg weakness both sides two years ago, physio fixed it. It returned last night", "both-legs"),
    (
        "last winter I couldn't feel the toilet paper for a while, it passed. Now it's the same again",
        "cauda-equina-saddle",
    ),
    (
        "my bladder stopped working properly after a fall in 2020, recovered fully. Today it's doing"
        " it again",
        "cauda-equina-bladder",
    ),
    ("the numb bum I had years ago is back as of this morning", "cauda-equina-saddle"),
    (
        "I was treated for a high fever with back pain in 2023. Here we go again since last night",
        "infection-fever",
    ),
    (
        "I wet myself a few times last year, it cleared up. Now it's happening again",
        "cauda-equina-bladder",
    ),
    (
        "Both my legs went weak in 2022 and physio sorted it out. It has come back since Tuesday",
        "both-legs",
    ),
    # one sentence naming no sign between the episode and its return
    (
        "Years ago I couldn't feel my bum for a week. The GP said it was nothing. Since Monday it's back",
        "cauda-equina-saddle",
    ),
]

BACK_AGAIN_CALM = [
    "my back seized up yesterday but it was back to normal by the evening",
    "my back is back to normal after the physio, what exercises keep it that way?",
    "I'm back at work after a week off with a sore back, any tips for the desk?",
    "had numbness down below last year, the MRI came back clear and it went away, what helps my back?",
    "my back seized up after I sneezed last week but it's nearly back to normal, how do I stop it"
    " happening again?",
    "I had weak legs years ago, I'm worried it might come back, what exercises help?",
    # the function came back, told in the simple past with no time from today
    "I couldn't pee after my op in 2020 but it came back on its own, is swimming OK for my back?",
    # the clause names what is back: the back pain, not the sign of the sentence before
    "I had cauda equina in 2018 and made a full recovery. The back pain is back, what exercises?",
    # over again after coming back
    "the numb bum came back in 2019 and went away again, is cycling OK for my back?",
    "had sciatica in both legs in 2020, I'm back running again now, any stretches?",
]


@pytest.mark.parametrize(("question", "rule"), BACK_AGAIN)
def test_a_sign_back_again_raises_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), BACK_AGAIN)
def test_a_sign_back_again_raises_its_rule_in_a_long_message(question: str, rule: str) -> None:
    text = long_message(question)
    assert rule in rules(text)
    assert rule in {f.id for f in SAFETY.check(text)}


@pytest.mark.parametrize("question", BACK_AGAIN_CALM)
def test_back_to_normal_and_other_returns_stay_calm(question: str) -> None:
    assert SAFETY.check(question) == []


def batch(kept: list[tuple[str, str]], calm: list[str]) -> None:
    """Each kept line, after an ordinary one, raises its rule inside a batch; the calm lines
    raise nothing there."""
    ordinary = "is heat or ice better for a stiff back?"
    lines = []
    for question, _ in kept:
        lines += [ordinary, question]
    lines += calm
    result = CliRunner().invoke(app, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(lines)
    for k, (question, rule) in enumerate(kept):
        assert not answers[2 * k]["red_flags"]
        assert rule in {f["id"] for f in answers[2 * k + 1]["red_flags"]}, question
    for question, answer in zip(calm, answers[2 * len(kept) :], strict=True):
        assert not answer["red_flags"], question


def test_a_sign_back_again_inside_a_batch() -> None:
    batch(BACK_AGAIN, BACK_AGAIN_CALM)


# a child's emergency signs after "no pain" (review13 F9): the denial is of the pain only
CHILD = [
    (
        "my toddler has a curved back, no pain, but a high fever and won't move his legs",
        "both-legs",
    ),
    (
        "My 8 year old has a hunched posture, no pain, but he's been wetting himself and his legs"
        " are weak",
        "cauda-equina-bladder",
    ),
    (
        "My 8 year old has a hunched posture, no pain, but he's been wetting himself and his legs"
        " are weak",
        "both-legs",
    ),
    (
        "toddler with a hunched back, not in pain, won't stand or put weight on her legs",
        "both-legs",
    ),
    ("my little boy has no back pain but has a fever and refuses to walk", "both-legs"),
    # saddle numbness eased on getting off the bike, beside other cauda equina signs (F8)
    (
        "numb bum on the bike saddle, wears off after I get off, and my legs are weak and I wet"
        " myself on the ride",
        "cauda-equina-saddle",
    ),
    (
        "numb bottom on long rides that wears off after I get off, and since yesterday I can't pee",
        "cauda-equina-saddle",
    ),
]

CHILD_CALM = [
    "my 14 year old slouches all day at his desk, no pain, should I worry about his posture?",
    "my toddler has a curved back when he sits, no pain and he runs around fine, is that normal?",
    "my daughter is 9, no back pain at all, but she hunches over her tablet, any exercises?",
    "my bum goes numb on long bike rides but it wears off as soon as I get off, is the saddle wrong?",
    # someone else's sign that is over stays theirs, pain denied or not
    "my son had weak legs after a virus last year, no back pain, he's fine now. Stretches for me?",
]


@pytest.mark.parametrize(("question", "rule"), CHILD)
def test_a_childs_signs_after_no_pain_raise_their_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), CHILD)
def test_a_childs_signs_after_no_pain_in_a_long_message(question: str, rule: str) -> None:
    text = long_message(question)
    assert rule in rules(text)
    assert rule in {f.id for f in SAFETY.check(text)}


@pytest.mark.parametrize("question", CHILD_CALM)
def test_a_childs_posture_with_no_pain_stays_calm(question: str) -> None:
    assert SAFETY.check(question) == []


def test_a_childs_signs_inside_a_batch() -> None:
    batch(CHILD, CHILD_CALM)


# daily activities stopped, told by the help needed or the life changed (redteam13 A8)
DAILY = [
    "my husband has to dress me and wash my hair because of my back",
    "I've had to hand in my notice because of my back",
    "I've had to move my bed downstairs because of my back",
    "my daughter has to help me in and out of the shower now because of my back",
    "we've had a stairlift fitted because of my back",
    "I've had to give up my allotment and my choir because of this back",
    "my wife has to put my socks and shoes on for me because of my back",
    "my son has to help me get dressed every morning now, my back is that bad",
]

DAILY_CALM = [
    "I help my mum dress because of her dementia, and my back aches from bending, tips?",
    "I handed in my notice to start a new job, will a standing desk help my back?",
    "we had a stairlift fitted for my nan, and I hurt my back carrying the boxes",
    "my husband has to help our daughter dress after her arm op, and lifting her hurts my back",
    "I gave up smoking last year, could that help my back pain?",
]


@pytest.mark.parametrize("question", DAILY)
def test_daily_life_changed_by_the_back_is_not_coping(question: str) -> None:
    assert "not-improving" in rules(question)


@pytest.mark.parametrize("question", DAILY)
def test_daily_life_changed_in_a_long_message(question: str) -> None:
    text = long_message(question)
    assert "not-improving" in rules(text)
    assert "not-improving" in {f.id for f in SAFETY.check(text)}


@pytest.mark.parametrize("question", DAILY_CALM)
def test_help_for_someone_else_or_a_change_for_another_reason_stays_calm(question: str) -> None:
    assert SAFETY.check(question) == []


def test_daily_life_changed_inside_a_batch() -> None:
    batch([(q, "not-improving") for q in DAILY], DAILY_CALM)


# a change in the back's shape or height, and osteoporosis told by its bone-density result
# (redteam13 A3, A4)
SHAPE = [
    ("my back is bending forward more than it used to and I've shrunk an inch", "lump-shape"),
    ("the nurse measured me and I'm 4 cm shorter than last year, back ache as well", "lump-shape"),
    ("my ribs are nearly touching my hips now and my back is sore", "lump-shape"),
    (
        "I've gone round-shouldered over the last few months and can't straighten up, back aches",
        "lump-shape",
    ),
    ("I've shrunk about two inches in the last few years and my back aches", "lump-shape"),
    (
        "my DEXA showed low bone density and my back hurts since I bent over",
        "steroids-osteoporosis",
    ),
    (
        "my bone density is low according to the scan, and my lower back hurts after gardening",
        "steroids-osteoporosis",
    ),
    (
        "the DEXA report said reduced bone mineral density, back has ached since Sunday",
        "steroids-osteoporosis",
    ),
    ("my T-score is -3.1 and my lower back has been hurting for a week", "steroids-osteoporosis"),
]

SHAPE_CALM = [
    "my son is getting taller so fast, is that why his back aches?",
    "how tall should a desk be for my back?",
    "is a DEXA scan safe? I have mild back pain",
    "what does a T-score mean on a bone scan?",
    "my DEXA scan was normal, what exercises help a stiff back?",
    "my bone density is fine, but my back is stiff after gardening",
    "my T-score was -0.5, is that good? my back is a bit stiff",
]


@pytest.mark.parametrize(("question", "rule"), SHAPE)
def test_a_change_of_shape_or_a_low_bone_density_raises_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), SHAPE)
def test_a_change_of_shape_or_a_low_bone_density_in_a_long_message(
    question: str, rule: str
) -> None:
    text = long_message(question)
    assert rule in rules(text)
    assert rule in {f.id for f in SAFETY.check(text)}


@pytest.mark.parametrize("question", SHAPE_CALM)
def test_height_and_bone_scans_asked_about_stay_calm(question: str) -> None:
    assert SAFETY.check(question) == []


def test_shape_and_bone_density_inside_a_batch() -> None:
    batch(SHAPE, SHAPE_CALM)
