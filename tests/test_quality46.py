"""quality46 (issue 11): holdout 32's classes, in other words than the set's.

Two questions in one message, one put aside ("..., and should I also buy a new mattress?", "Also, is
there a word limit?"), got no answer: the side question's words were topics no entry mentions. The
question that matters (the one a "mainly ..." sentence points to) is now ranked alone first; a message
whose only question is off the page stays unanswered. A keyword query's site ("... nhs", "... reddit")
asks nothing; a sentence that only sets a question aside ("isn't really the point") is not asked."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.search_words import unsearched
from backcare.engine.side_questions import parts
from tests.answered import answered

STOP = frozenset({"the", "a", "is", "my", "i", "one", "to", "about", "what"})


def test_a_clause_opened_by_also_is_a_side_question() -> None:
    found = parts("Why do my erectors get so tight, and should I also see a chiropractor?", STOP)
    assert found.questions == (
        "Why do my erectors get so tight",
        "should I also see a chiropractor?",
    )
    assert found.first


def test_a_sentence_opened_by_an_opener_is_a_side_question_less_its_opener() -> None:
    found = parts("How long does a stiff back last? Secondly, is yoga any good for it?", STOP)
    # "it" points back to the stiff back: the side question is not ranked alone
    assert found.questions == ("How long does a stiff back last?",)
    found = parts(
        "How long does a stiff back last? And secondly, is a gym membership worth it?", STOP
    )
    assert found.questions == ("How long does a stiff back last?",)
    found = parts("How long does a stiff back last? Also, what do osteopaths charge?", STOP)
    assert found.questions == ("How long does a stiff back last?", "what do osteopaths charge?")


def test_a_sentence_of_priority_puts_the_question_it_points_to_first() -> None:
    text = "Is a kneeling chair any good? Also, what causes multifidus atrophy? The second matters more."
    assert parts(text, STOP).questions[0] == "what causes multifidus atrophy?"
    text = (
        "What causes multifidus atrophy? Also, what do scans cost? Mostly about the atrophy though."
    )
    assert parts(text, STOP).questions[0] == "What causes multifidus atrophy?"


def test_an_opener_inside_a_clause_or_a_statement_puts_nothing_aside() -> None:
    assert parts("Is it also my posture that makes my back stiff?", STOP).questions == ()
    assert parts("My back is stiff and also my legs ache. Why?", STOP).questions == ()
    assert parts("What helps tight back muscles?", STOP).questions == ()


def test_a_joined_keyword_part_is_put_aside_only_after_a_question_word() -> None:
    found = parts("sore back how long until it settles + best heat pad brand", STOP)
    assert found.questions == ("sore back how long until it settles", "best heat pad brand")
    assert parts("back pain + weight loss", STOP).questions == ()


def test_a_sentence_setting_a_question_aside_is_not_ranked_unless_the_rest_points_back() -> None:
    text = "The cause isn't really the point. What loosens a tight back?"
    found = parts(text, STOP)
    assert found.questions == ("What loosens a tight back?",) and not found.first
    text = "I already know my horse has arthritis. How do I ease the tension in his back?"
    assert parts(text, STOP).questions == ()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What causes paraspinal muscle atrophy, and should I also get a second opinion?",
         "causes-paraspinal-muscle-atrophy"),
        ("How long does a stiff back usually last? Also can my boss make me come in? "
         "The back is what I really need to know.", "long-stiff-back-last"),
        ("What's the best pillow brand? Also, what helps tight back muscles? The second matters more.",
         "helps-tight-back-muscles"),
        ("loosen erector spinae youtube", "loosen-erector-spinae"),
        ("I already know why my back gets stiff from sitting at a desk all day. I just need to know "
         "what loosens a tight back.", "helps-tight-back-muscles"),
    ],
)  # fmt: skip
def test_the_answerable_question_is_answered(engine: Engine, question: str, entry: str) -> None:
    assert answered(engine, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "Can I claim sick pay for a stiff back? Also, which solicitor should I use?",
        "My dog's back is stiff after lying down all day, why is that? Also should I take him to the vet?",
        "physio nhs",
        "Why is the back of my sofa sagging?",
        "How long does a stiff shoulder last after a flu jab?",
        "Which language skills fade fastest if you stop practising?",
    ],
)
def test_a_message_whose_only_question_is_off_the_page_is_not_answered(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) is None


def test_a_site_the_pack_names_stays_in_the_query() -> None:
    assert (
        unsearched("tight back muscles relief nhs", lambda w: False) == "tight back muscles relief"
    )
    assert unsearched("tight back muscles relief nhs", lambda w: w == "nhs").endswith("nhs")
    assert unsearched("is physio free on the nhs?", lambda w: False).endswith("nhs?")
    assert unsearched("physio nhs", lambda w: False) == "physio nhs"  # too little left
