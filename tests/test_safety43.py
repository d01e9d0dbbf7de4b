"""safety43 (issue #12): red flags in long stories full of old history.

Long messages tell old episodes ("When the youngest was a baby my back ached for months", "In 2012 I
couldn't pee and both legs were numb, and I had an operation") and are often written without stops.
A long-ago phrase must date the whole old episode told in the past, and never a clause that says
now, even in a run-on without punctuation. Each reading is tested short and inside a message of
more than 200 words; the long forms of tools/redflag_long are tested for their shape."""

from __future__ import annotations

import pytest

from backcare.engine.tuning import NET_MAX_WORDS
from tests.safety_cases import long_message, rules
from tools.redflag_long import FORMS, HISTORY, PADDINGS, flatten, history, shape, split_line

# old episodes told in the past: over, no notice from the rules
OLD_EPISODES = [
    "When the youngest was a baby my back ached for months from the cot, but it went once she could walk.",
    "When my son was a toddler my back hurt for months from carrying him.",
    "When the kids were little my back was sore for a few months every winter.",
    "In 2012 I couldn't pee and both legs were numb.",
    "Back in 2016 my legs were weak and I couldn't walk far, and I had physio for it.",
    "Years ago I had a bad disc and I couldn't feel my bum and I had an operation the same week.",
    "In 2010 my bum went numb and I was wetting myself, and I had surgery that night.",
]

# a long-ago story told on, then a sign told now: the rule still fires
TOLD_NOW = [
    ("Years ago I hurt my back and yesterday both legs went numb", "both-legs"),
    ("Years ago I hurt my back and suddenly both legs went numb", "both-legs"),
    ("In 2012 I hurt my back and both legs are numb", "both-legs"),
    ("Two years ago I hurt my back and since then I can't pee", "cauda-equina-bladder"),
    ("Years ago I hurt my back, I couldn't pee this morning", "cauda-equina-bladder"),
    ("In 2019 I had a fall but I couldn't pee on Monday", "cauda-equina-bladder"),
    ("In 2019 I had a fall, on Monday I couldn't pee", "cauda-equina-bladder"),
    ("Last year I had a bad back, I had a numb bum on Saturday", "cauda-equina-saddle"),
    (
        "When my daughter was a baby I had back pain. Now I can't feel my bum since Monday.",
        "cauda-equina-saddle",
    ),
    ("When I was lifting the baby my legs went numb and I wet myself", "cauda-equina-bladder"),
    # what the story told has lasted to now ("since then"): not dated
    (
        "In 2019 I hurt my back and my bum went numb, since then it has stayed numb",
        "cauda-equina-saddle",
    ),
    # a clause that says now is never dated by a long-ago phrase after it (old code: no notice)
    ("I cant pee, in 2019 I had surgery", "cauda-equina-bladder"),
    ("I can't feel my bum, years ago I had a disc operation", "cauda-equina-saddle"),
    (
        "now i cant hold my wee at all i keep leaking what should i do for years i played football"
        " on thursdays until i hurt my knee in 2018",
        "cauda-equina-bladder",
    ),
    (
        "today both my legs are weak and wobbly i nearly fell on the stairs i played rugby for"
        " years until i broke my collarbone in 2011",
        "both-legs",
    ),
]

# a sign told without stops, after a story that a life-stage clause dates (old code: no notice)
RUN_ON = [
    (
        "back pain is worse when i cough or sneeze like a stab each time we have two children so"
        " there is a lot of lifting and bending when the youngest was a baby my back ached for"
        " months",
        "cough-strain",
    ),
    (
        "i cant tell when my bladder is full since monday we have three kids and a dog and when"
        " the twins were babies my back was sore from carrying them",
        "cauda-equina-bladder",
    ),
]


@pytest.mark.parametrize("question", OLD_EPISODES)
def test_an_old_episode_told_in_the_past_raises_no_rule(question: str) -> None:
    assert not rules(question)


@pytest.mark.parametrize("question", OLD_EPISODES)
def test_an_old_episode_in_a_long_story_raises_no_rule(question: str) -> None:
    assert not rules(long_message(question))


@pytest.mark.parametrize(("question", "rule"), TOLD_NOW)
def test_a_sign_told_now_beside_old_history_raises_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)
    assert rule in rules(long_message(question))


@pytest.mark.parametrize(("question", "rule"), RUN_ON)
def test_a_life_stage_clause_dates_what_follows_not_the_run_on_before(
    question: str, rule: str
) -> None:
    assert rule in rules(question)
    assert rule in rules(long_message(question))


def test_the_history_paragraphs_raise_nothing_alone_or_together() -> None:
    """The long forms' ordinary history (old episodes, dated events) raises no rule: one
    'when the youngest was a baby my back ached for months' paragraph raised not-improving.
    (The learned check still reads one paragraph alone as a 'soon' sign: see safety43's report.)"""
    for k in range(len(HISTORY)):
        assert not rules(HISTORY[k]), HISTORY[k]
        a, b, c = history(k)
        assert not rules(f"{a}\n\n{b} {c}")
        assert not rules(flatten(f"{a} {b} {c}"))


def test_the_forms_are_long_and_keep_the_line() -> None:
    line = "Since Monday I can't feel my bum, and both legs are weak."
    for k in range(len(HISTORY)):
        around = history(k)
        assert 150 <= sum(len(h.split()) for h in around) <= 250
        for form in FORMS:
            text = shape(form, line, k)
            assert len(text.split()) > NET_MAX_WORDS * 0.75, form
            if form == "flat":
                assert flatten(line) in text
            elif form == "split":
                assert "Since Monday I can't feel my bum. And both legs are weak." in text
            elif form == "pad":
                assert text == PADDINGS[k % len(PADDINGS)].around(line)
            else:
                assert line in text


def test_split_line_breaks_the_boundary_nearest_the_middle() -> None:
    assert split_line("my bladder has been strange, i can't tell when it's full") == (
        "my bladder has been strange. I can't tell when it's full"
    )
    assert split_line("no boundary here at all") == "no boundary here at all"
    assert split_line("Hi, I wet myself") == "Hi, I wet myself"  # too near the start


def test_a_habit_told_with_used_to_stays_in_the_past() -> None:
    # at the merge of safety43 with holdout 25: "to have" read as a perfect "have" telling now,
    # so a long-ago habit ("I used to have a constant ache") raised night-pain in a weight-loss
    # story with no sign at all
    assert rules("I used to have a constant ache.") == set()
    assert rules("I used to have a constant ache and now it's mostly just stiffness.") == set()
    # told now, the same words still raise it; the habit does not date what follows it
    assert "night-pain" in rules("my back pain is constant and wakes me every night")
    assert "both-legs" in rules("I used to have a constant ache but now my legs are numb and weak")
