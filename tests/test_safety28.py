"""safety28's readings (docs/safety.md, "Twenty-eighth round"; issue #12): red flags 20's classes.
A change of shape told against the past ("more curved than it used to"); weight loss said to be
unexplained, beside diet or exercise words elsewhere; alarm words naming a story, a band, a job,
a class the asker teaches; a time course or care named where a generic subject supposes a case in
a study-framed question; shock at a price; hot weather and feeling hot and sweaty; heavy legs
after an endurance race. Each class in wordings of its own, with the twins that keep their
notice, and each must-catch also inside a message of more than 200 words, which only the rules
read (the learned check does not: a catch lost there is lost silently)."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.tuning import NET_MAX_WORDS

SAFETY = load_safety()

# neutral sentences that tell nothing of a sign: the must-catch lines below are appended to them
PADDING = (
    "Some background first. I work in an office and I like reading about furniture and desks. "
    "The building has a canteen on the ground floor and a small library upstairs. "
    "My colleagues are friendly and we often talk about football and films at lunch. "
) * 6


def rules(question: str) -> set[str]:
    return {f.id for f in SAFETY.check_rules(question)}


def flags(question: str) -> list[str]:
    return [f.id for f in SAFETY.check(question)]


CAUGHT = [
    # a change of shape or height told against the past
    ("my spine looks more curved than it used to and it aches", "lump-shape"),
    ("my back looks more hunched than it used to and it aches most days", "lump-shape"),
    ("I think I'm shorter than I used to be and my back hurts", "lump-shape"),
    # weight loss said to be unexplained, with diet or exercise words elsewhere
    (
        "my back aches. My wife has been on at me to eat better. I've dropped nearly a stone"
        " since the summer without really changing anything",
        "weight-loss",
    ),
    (
        "my back aches. I've been going to the gym. I've lost weight and I haven't changed my diet",
        "weight-loss",
    ),
    (
        "my back aches. My wife wants me to eat better. I've lost a stone and I eat the same as ever",
        "weight-loss",
    ),
    (
        "I've had a niggly lower back for a month and lost a stone for no obvious reason",
        "weight-loss",
    ),
    # a story named beside the asker's own emergency
    (
        "I was watching the cancer episode of my favourite show when my back went and now I"
        " can't feel my bum",
        "cauda-equina-saddle",
    ),
    (
        "Went to a gig last night and since then I can't pee properly, back is agony",
        "cauda-equina-bladder",
    ),
    # a job named beside the asker's own crash
    (
        "I'm a paramedic and I was in a car crash on the way to a job yesterday, now my back is agony",
        "trauma",
    ),
    ("my back hurts after a car accident yesterday", "trauma"),
    # a class the asker attends: their own history
    (
        "I go to a support group for cancer survivors and my lower back aches at night",
        "cancer-history",
    ),
    # a supposition taken back, the asker's own case
    (
        "It's for my first aid course, but I suddenly can't feel my legs since this morning",
        "both-legs",
    ),
    # legs giving way, not at a price
    ("My legs gave way when I stood up this morning and my back is really bad", "both-legs"),
    # a fever in hot weather
    (
        "It's hot here but I've had a fever of 39 and shivers since yesterday with bad back pain",
        "infection-fever",
    ),
    (
        "It's 40 degrees here and I've been shivering under the duvet with a high temperature and"
        " my back is killing me",
        "infection-fever",
    ),
    # a race, then legs that keep failing or get weaker
    ("Ran a marathon on Sunday, since then my legs keep giving way and my back hurts", "both-legs"),
    ("Ran a marathon on Sunday and my legs keep giving way, my back hurts", "both-legs"),
    (
        "Ran a marathon two weeks ago and my legs have been getting weaker every day since, my back"
        " is bad",
        "both-legs",
    ),
]


@pytest.mark.parametrize(("question", "expected"), CAUGHT)
def test_the_sign_is_caught_by_the_rules(question: str, expected: str) -> None:
    assert expected in rules(question)


@pytest.mark.parametrize(("question", "expected"), CAUGHT)
def test_the_sign_is_caught_inside_a_long_message(question: str, expected: str) -> None:
    long = PADDING + question
    assert len(long.split()) > NET_MAX_WORDS
    assert expected in rules(long)


@pytest.mark.parametrize(
    "question",
    [
        # a story, a band or a song
        "My back aches after a season of This Is Us in one go, that cancer storyline destroyed me",
        "Binge-watched a drama all weekend, the episode with the car crash had me in tears, and my"
        " back is stiff from the sofa",
        "Watched a film where the hero's legs gave way, but my back's just stiff from the seats",
        "Had tickets to see Fever Ray last night and stood for three hours, lower back is sore",
        "Saw Fall Out Boy on Saturday and jumped around the whole set; my back is sore today",
        "Went to a Cancer Bats gig last night and my lower back is sore today",
        # a job
        "I'm a firefighter and we get sent to road crashes every shift; my back is sore",
        "I work as a tow truck driver, picking up cars after accidents all day, and my back aches",
        "I'm a paramedic, we go to car crashes and falls all day and my back aches",
        # a class the asker teaches or runs
        "I teach a pilates class for people recovering from cancer. Which moves help a stiff back?",
        "I run a gentle yoga class for cancer survivors. Which poses are safe for stiff backs?",
        "Does a fever with back pain mean an infection? Asking for a biology lesson I teach",
        # a supposed case in a study-framed question
        "For a first aid course quiz: if someone suddenly lost feeling in both legs after a fall,"
        " should you call 999?",
        "Revising for my first aid exam - if someone suddenly can't pee and has a bad back, what's"
        " the right answer, A&E or GP?",
        "Hypothetically, if a person's legs suddenly went weak and they had back pain, would that"
        " be an emergency? It's for a training scenario I'm writing.",
        # shock at a price
        "My knees buckled when I opened the electricity bill. Which chair is best for a sore back?",
        "My legs gave way when I saw the price of those mattresses. Are they better for backs?",
        # hot weather
        "It's 40 degrees here in Perth and I've been weeding, feeling hot and sweaty and my back is"
        " sore from bending",
        "Heatwave here, 35 degrees outside, I'm sweating buckets and my back is sore from mowing",
        "The air con is broken and it's sweltering, I'm clammy and my back is stiff",
        # heavy legs after a race
        "Ran the London Marathon on Sunday and my legs are still heavy as lead, lower back stiff",
        # weight lost on purpose
        "I've been dieting and eating the same breakfast every day, lost a stone, my back aches",
    ],
)
def test_the_everyday_reading_raises_nothing(question: str) -> None:
    assert rules(question) == set()


def test_than_it_used_to_is_no_past() -> None:
    marks = {
        (m.concept, m.past) for m in SAFETY.mentions("my spine looks more curved than it used to")
    }
    assert ("DEFORMITY", False) in marks


def test_the_supposed_words_end_with_the_clause_and_need_no_self_word() -> None:
    question = "if someone suddenly couldn't pee, I would call 999"
    tokens, mentions = SAFETY.read(question)
    supposed = SAFETY._supposed_words(tokens, mentions)
    surfaces = {tokens[k].surface for k in supposed}
    assert "suddenly" in surfaces
    assert "call" not in surfaces
    tokens, mentions = SAFETY.read("if someone like me suddenly couldn't pee")
    assert SAFETY._supposed_words(tokens, mentions) == set()


@pytest.mark.parametrize(
    "question",
    [
        "Two years ago I had cauda equina: numb bum, couldn't pee, both legs weak. I was operated"
        " on the same night and made a full recovery. Which core exercises are safe now?",
        "Back in 2021 I had a big disc prolapse: I couldn't feel my legs and lost bladder control,"
        " and had emergency surgery. I recovered completely. How should I warm up for rowing?",
        "Last year I had a proper scare: sciatica in both legs and my bum went numb, and I had"
        " surgery the next morning. Twelve months on I've got all my feeling back. Deadlifts?",
    ],
)
def test_a_past_emergency_told_up_to_a_full_recovery_is_over(question: str) -> None:
    assert rules(question) == set()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a sign told after the recovery, come back, or told in the present between
        (
            "Last year I had a disc op and recovered fully. Yesterday both legs went weak and I"
            " can't pee.",
            "cauda-equina-bladder",
        ),
        (
            "Last year my legs went numb and I had surgery. I recovered, but since yesterday my"
            " bum has gone numb again and I can't pee.",
            "cauda-equina-saddle",
        ),
        (
            "Two years ago I had surgery for cauda equina and my legs are numb and I can't pee, I"
            " thought I'd made a full recovery",
            "cauda-equina-bladder",
        ),
        (
            "Two years ago I had cauda equina: numb bum, couldn't pee. This week my legs went"
            " numb. I made a full recovery from the op.",
            "both-legs",
        ),
        (
            "A year ago I hurt my back and my legs went numb, since then they've stayed numb,"
            " though I made a full recovery from the op",
            "both-legs",
        ),
        (
            "Two years ago my legs went weak and I had surgery, and my legs went weak again on"
            " Monday, though I'd made a full recovery",
            "both-legs",
        ),
    ],
)
def test_a_sign_now_beside_a_recovered_story_is_caught(question: str, expected: str) -> None:
    assert expected in rules(question)
    assert expected in rules(PADDING + question)
