"""safety27's readings (docs/safety.md, "Twenty-seventh round"; issue #12): a negated judgement
before its complement ("surely it's not normal to have a numb bum"), negative concord ("can't feel
nothing"), long sitting told by its hours and a numbness that outlasts it, precautions against an
accident, signs told as long-standing, a checklist's empty boxes and crosses, fronted denials, a
general question's pro-form denial, posture senses of both legs and a local cause of an arm or jaw
ache. Each class in wordings of its own (not the probes'), with twins that keep their notice, and
every sign kept also inside a message of more than 200 words, which only the rules read."""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import read_checklist

# SAFETY, rules, flagged and long_message are tests/safety_cases.py's: re-exported for the
# branches that still import them from here
from tests.safety_cases import SAFETY as SAFETY
from tests.safety_cases import flagged as flagged
from tests.safety_cases import long_message as long_message
from tests.safety_cases import rules as rules

# signs that must raise their rule, short and inside a long message
KEPT = [
    # a negated judgement before its complement tells the sign (redteam11 A1, review10's left)
    ("surely it isn't normal to have had a numb backside for three days", "cauda-equina-saddle"),
    ("it can't be right to be unable to feel the loo roll since Monday", "cauda-equina-saddle"),
    ("it's not normal for both my legs to give way like this, is it?", "both-legs"),
    ("it's not okay to be wetting myself every day since the fall, is it", "cauda-equina-bladder"),
    ("it's not meant to be this hard to start a wee, is it? since Friday", "cauda-equina-bladder"),
    ("I doubt it's normal to not notice when I need the loo for a poo", "cauda-equina-bowel"),
    # a judgement after the sign is no fronted denial
    (
        "The physio said my numb bum is nothing. Not me, I think it's serious.",
        "cauda-equina-saddle",
    ),
    # negative concord and "ain't" (redteam11 A8)
    ("I can't feel nothing round my bum since the weekend", "cauda-equina-saddle"),
    ("ain't had a wee since yesterday lunchtime and my back is killing me", "cauda-equina-bladder"),
    # a numbness that outlasts the sitting that brought it on
    (
        "my bum went numb on the train journey on Sunday and it still hasn't come back",
        "cauda-equina-saddle",
    ),
    (
        "after hours of driving on Friday my backside went numb and it hasn't worn off",
        "cauda-equina-saddle",
    ),
    # a precaution beside an accident that happened
    (
        "I came off my horse this morning and my back is agony, should I wear a protector in case?",
        "trauma",
    ),
    # long-standing conditions with a new change
    (
        "I've had a weak bladder for ten years but since this morning I can't pee at all",
        "cauda-equina-bladder",
    ),
    ("I've had MS for years and now both my legs have gone numb", "both-legs"),
    ("my back has ached for years and I've wet myself twice this week", "cauda-equina-bladder"),
    # a ticked checklist and a checklist whose empty box is another item
    ("[x] numb bum [x] can't pee [ ] fever - back pain since tuesday", "cauda-equina-bladder"),
    ("numb bum ✓ back pain ✓ what now?", "cauda-equina-saddle"),
    ("saddle numbness: yes, fever: no, back pain: yes", "cauda-equina-saddle"),
    # posture lines whose legs also have a sign
    ("since yesterday I can't kneel with both knees bent, my legs feel numb and weak", "both-legs"),
    ("I can't lift both legs off the bed since this morning and my back hurts", "both-legs"),
    ("my back pain has spread down into both of my legs", "both-legs"),
    # an arm or jaw ache with a cause beside the chest's pain, or with no cause
    ("had my flu jab yesterday, now a crushing pain in my chest and back", "chest-heart"),
    ("my left arm and jaw ache since lunch and my upper back hurts", "chest-heart"),
    # someone else's case after a general question (review: their own back trouble told)
    ("can you get numb legs with sciatica? my mum's legs are numb since yesterday", "both-legs"),
]


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_keeps_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_keeps_its_rule_in_a_long_message(question: str, rule: str) -> None:
    assert rule in rules(long_message(question))


CALM = [
    # a judgement that is no sign, or "not unusual" (a general remark)
    "it's not unusual to feel a bit stiff after a long car journey, is it?",
    "it isn't a good idea to carry heavy shopping with a sore back?",
    # long sitting told by its hours
    "after three hours at my desk my bum goes numb and my back aches, better chair?",
    "every time I drive to work my backside goes numb, and my lower back is stiff",
    # precautions
    "should I wear a spine protector when I ski in case I fall?",
    "how can I protect my back if I fall off my bike?",
    "will my insurance cover my back if I crash the car?",
    # long-standing conditions
    "my diabetes has left my feet numb for years; what exercises help my back?",
    "I've leaked a little when I laugh for years now; good back exercises?",
    "my enlarged prostate has made my flow slow for years, which chair helps my back?",
    "I've had erection trouble for years from my blood pressure tablets; can back pain add to it?",
    # checklists
    "[ ] bladder trouble [ ] numb legs [x] stiff back after decorating",
    "checklist: fever ☐ numb bum ☐ stiffness ☑ - heat or ice?",
    "fever: nope, numbness: nah, just a stiff back",
    "temperature - 0, numbness - 0, back ache 3/10",
    "fever ✗ numb bum ✗ bladder ✗ - just sore from moving",
    "saddle numbness N/A, fever N/A, stiff back",
    "numb bum x, can't pee x, stiff back yes, what helps?",
    "numb bum: no, bladder: no problems, back ache: yes",
    # fronted denials
    "fever I have not, only the lower back hurts after digging",
    "numbness also not, just stiff after gardening",
    # a general question and the asker's pro-form denial
    "Can a temperature give you back pain? I don't have one.",
    "Can a fever give you back ache? I don't have one, my flatmate's got flu and moans about his back",
    # posture senses
    "my back aches when I lie with both knees bent, is that normal?",
    "lower back hurts when I sit with both legs crossed on the floor",
    "are knee hugs with both legs at once good for back pain?",
    # a local cause of an arm or jaw ache
    "my left arm aches from my covid jab and my back is stiff from the sofa",
    "my jaw aches from grinding my teeth and my lower back is stiff",
    "tennis elbow in my left arm, and my back is sore from the match",
]


@pytest.mark.parametrize("question", CALM)
def test_calm(question: str) -> None:
    assert not rules(question)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ticked box is the writer's yes to its item, marked (safety119: checklist.TICK_MARK)
        ("[ ] numb bum [x] back pain", ", no  numb bum , boxticked,  back pain"),
        ("fever ☐ stiffness ☑", "fever  nil,  stiffness  boxticked, "),
        ("fever - 0, pain 4/10", "fever nil, pain 4/10"),
        ("fever N/A", "fever  nil, "),
        ("numb bum x, back pain yes", "numb bum nil, back pain yes"),
        # alone, "x" may be a tick, "times" or a kiss: kept
        ("numb bum x, cant pee x", "numb bum x, cant pee x"),
        ("no marks here", "no marks here"),
    ],
)
def test_read_checklist(text: str, expected: str) -> None:
    assert read_checklist(text) == expected


def test_a_judgement_s_negation_stops_before_its_complement() -> None:
    tokens, _ = SAFETY.read("it's not normal to have a numb bum")
    negated = SAFETY._negated_positions(tokens, set())
    surfaces = [t.surface for t in tokens]
    assert surfaces.index("normal") in negated
    assert surfaces.index("numb") not in negated


def test_long_standing_signs_are_past_and_only_in_their_scope() -> None:
    _, mentions = SAFETY.read("I've had back pain for years and I wet myself today")
    assert any(m.concept == "INCONTINENCE" and not m.past for m in mentions)
    _, mentions = SAFETY.read("I've dribbled a bit after peeing for as long as I can remember")
    assert any(m.concept == "INCONTINENCE" and m.past for m in mentions)
