"""safety34 (issue #12, red flags 22's classes): each class with the urgent twins that must keep
their notice, short, inside a message of more than 200 words (the learned check reads those a
window at a time, the rules in full) and inside a batch, and the ordinary look-alikes that must
stay calm:

- a job whose work is handling casualties ("spend my shifts lifting people out of car wrecks");
- a saddle numbness told with its seat or workout and its quick resolution ("both gone ten minutes
  after I get off"), and a bike's or horse's saddle that is no body part;
- a title's sense named before what it is ("Saturday Night Fever karaoke");
- a parent asking about a child's posture with no pain (age flags need the pain);
- lay phrases quoted as examples for an information purpose ("people describe it as ...");
- major trauma told as a horse falling on the rider (tier);
- "soil" and "soiled" in the garden sense.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.safety.titles import title_spans
from tests.safety_cases import SAFETY, long_message, rules

KEPT = [
    # a job named, the asker's own emergency told
    (
        "I'm a paramedic and I was in a car crash on the way to work this morning, back agony",
        "trauma",
    ),
    (
        "I'm a firefighter and fell off a ladder from 4 metres at a job yesterday, back is killing me",
        "trauma",
    ),
    (
        "I'm a paramedic, my shifts are long and I can't feel my bum since yesterday",
        "cauda-equina-saddle",
    ),
    ("I'm a carer, my job is hard, both my legs are weak today", "both-legs"),
    # a saddle numbness that lasts, or with no seat, workout or quick resolution
    (
        "my bum went numb on the saddle on yesterday's ride and it still hasn't come back",
        "cauda-equina-saddle",
    ),
    (
        "Usually my bum goes numb on the saddle and it passes when I get off, but since Tuesday it's numb all the time, with back pain",
        "cauda-equina-saddle",
    ),
    (
        "my bum went numb on the spin bike and it hasn't gone away since yesterday, back aches",
        "cauda-equina-saddle",
    ),
    (
        "tingling right where I'd sit on a saddle, and my lower back is in bits",
        "cauda-equina-saddle",
    ),
    ("numbness in the saddle area, back pain", "cauda-equina-saddle"),
    ("both legs numb, gone after I got up, back agony", "both-legs"),
    # a fever beside a title, told of the asker
    (
        "Watched Saturday Night Fever last night with a temperature of 39.4, shivery and my back is killing me",
        "infection-fever",
    ),
    (
        "I have a fever since Monday and back pain, so no Saturday Night Fever karaoke for me",
        "infection-fever",
    ),
    # a child's pain
    (
        "My 14 year old has had back pain every day for six weeks and it wakes him at night",
        "age-onset",
    ),
    ("my son is 13 and keeps saying his back hurts, he doesnt even do sport", "age-onset"),
    ("I'm 67 and never had back pain in my life until this month", "age-onset"),
    # an information purpose with the asker's own sign
    (
        "I'm a physio student revising red flags, but since this morning my own bum has gone numb and it feels weird when I wipe",
        "cauda-equina-saddle",
    ),
    (
        "Revision sheet for my exam: patients say things like my bum is numb and I can't pee. My bum is numb too.",
        "cauda-equina-saddle",
    ),
    (
        "Doing my flashcards - people describe it like their legs have gone numb. Honestly I can't feel my legs",
        "both-legs",
    ),
    # a horse, quad or motorbike on the rider
    ("Horse fell on me at a gallop this afternoon. Back's bruised and sore to breathe.", "trauma"),
    (
        "Took a fall at full gallop yesterday and the horse landed on top of me. Lower back is very sore.",
        "trauma",
    ),
    ("Came off at a fast canter and the horse fell on my back. Sore to move", "trauma"),
    ("My quad bike rolled on top of me on the farm, back agony", "trauma"),
    # soiling beside garden soil
    (
        "Been shovelling soil all day, then this evening I soiled myself without realising, back is killing me",
        "cauda-equina-bowel",
    ),
    (
        "I've soiled my pants twice today and didn't feel it coming. Back pain too.",
        "cauda-equina-bowel",
    ),
    ("I soiled the bed twice, my back hurts", "cauda-equina-bowel"),
    # redteam13 A6: a known aortic aneurysm by its everyday name
    ("I have a triple A and my back hurts", "chest-heart"),
    (
        "I'm on AAA surveillance, sudden bad pain in my lower back and tummy this afternoon",
        "chest-heart",
    ),
    ("my AAA is 5.5cm and my back has started aching today", "chest-heart"),
]

CALM = [
    "I'm a paramedic and spend my shifts lifting people out of car wrecks and off floors. Best core exercises?",
    "I'm a firefighter and most of my shifts are spent cutting people out of crashed cars. Stretches after a shift?",
    "As a paramedic I carry people down stairs after falls all day. How do I stop my lower back aching?",
    "I'm an ambulance technician, my job is pulling people out of car wrecks. Is a back brace worth it?",
    "On long bike rides my bum goes numb on the saddle and my lower back aches a bit, both gone ten minutes after I get off. Wider saddle?",
    "Spin class makes my privates go numb, it goes away ten minutes after the class. Which saddle should I get?",
    "I ride horses. Is a treeless saddle better or worse for the rider's back?",
    "Back's sore after a night of Saturday Night Fever karaoke and some very ambitious disco moves.",
    "I've been practising the Jungle Fever dance routine for the show and my lower back is sore.",
    "I played Comfortably Numb on my guitar standing up for an hour and now my lower back aches.",
    "Is it bad that my 16 year old slouches all the time? He has no pain, I'm just thinking about his posture.",
    "My 9 year old sits in the W position all the time. It doesn't hurt her, will it harm her back?",
    "I'm writing a patient leaflet on cauda equina. Patients often say things like 'my bum feels numb' or 'I can't feel the toilet paper'. How should I word it?",
    "I'm a GP trainee making flashcards. Our tutor says people describe saddle anaesthesia as 'numb down there' or 'can't feel when I wipe'. Other lay phrases?",
    "Making a revision poster for my physio course: lay phrases for saddle numbness, like feeling odd when wiping or a numb bum when sitting. Which are 999?",
    "Spent the weekend barrowing soil and digging borders, now my lower back is sore.",
    "Lifting bags of potting soil wrecked my back yesterday. Stretches?",
    "My gardening gloves were soiled after shovelling compost all day and my back aches.",
    "the horse fell on top of my friend, my back is fine",
    "I need AAA batteries for my back massager",
    "Is the AAA roadside cover worth it, my back hurts after changing tyres",
    "can't pick up my wee lad, my back's sore, is it a disc?",
]


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_raises_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_raises_its_rule_in_a_long_message(question: str, rule: str) -> None:
    text = long_message(question)
    assert rule in rules(text)
    assert rule in {f.id for f in SAFETY.check(text)}


@pytest.mark.parametrize("question", CALM)
def test_calm(question: str) -> None:
    assert SAFETY.check(question) == []


def test_the_signs_raise_their_notice_inside_a_batch() -> None:
    ordinary = "is heat or ice better for a stiff back?"
    lines = []
    for question, _ in KEPT:
        lines += [ordinary, question]
    lines += CALM
    result = CliRunner().invoke(app, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(lines)
    for k, (_, rule) in enumerate(KEPT):
        assert not answers[2 * k]["red_flags"]
        assert rule in {f["id"] for f in answers[2 * k + 1]["red_flags"]}
    assert all(not a["red_flags"] for a in answers[2 * len(KEPT) :])
    assert result.exit_code == 3  # an emergency among them


def test_a_horse_on_the_rider_is_an_emergency() -> None:
    for question, rule in KEPT:
        if rule == "trauma":
            assert SAFETY.check(question)[0].urgency == "emergency", question


def test_a_title_before_what_it_is() -> None:
    cues, joining, me = frozenset({"watched"}), frozenset({"the", "of"}), frozenset({"my", "i"})
    after = frozenset({"karaoke", "routine"})
    question = "Back's sore after a night of Saturday Night Fever karaoke."
    assert title_spans(question, cues, joining, me, after) == [(6, 8)]
    # a sentence's first word is left out of the run; one capital is no title
    assert title_spans("Saturday Night Fever karaoke hurt", cues, joining, me, after) == [(1, 2)]
    assert title_spans("my Fever karaoke", cues, joining, me, after) == []
    # the asker's own word stops the run; a hostile run of capitals is walked a few words only
    assert title_spans("a night of My Fever karaoke", cues, joining, me, after) == []
    long_run = "and " + " ".join(["Big"] * 5000) + " karaoke night"
    assert title_spans(long_run, cues, joining, me, after) == []  # mostly capitalised: no titles
