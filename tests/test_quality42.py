"""quality42 (issue 11): holdout 30's near-domain misses as classes. What a question asks of the
page's subject that the page never tells is its own question type, asked alone (data/intents.json:
where to buy, whether it is inherited, one's rights at work), so an entry on what the thing is for
or on its signs does not answer it; another body part named with the back's words is not answered
by an entry whose answer names that part only in passing. Each case in other wordings than the
sets'; their answered twins stay answered."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.intent import Sense
from backcare.packs.load import load_pack
from tests.answered import answered

SMA_SIGNS = "signs-symptoms-spinal-muscular-atrophy"
HOME_REMEDY = "fastest-home-remedy-back-pain"
TIGHT_BACK = "helps-tight-back-muscles"
TIGHT_MUSCLES = "get-rid-tight-muscles"
ERECTORS_TIGHT = "spinal-erectors-tight"
SIT_STIFF = "back-get-stiff-sit"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("where could I buy a heat wrap for my lower back", "purchase"),
        ("What store stocks foam rollers?", "purchase"),
        ("Does spinal muscular atrophy run in families?", "inheritance"),
        ("is SMA genetic", "inheritance"),
        ("Can a parent pass it on to their children without having SMA?", "inheritance"),
        ("Sitting all day wrecks my back. What are my legal rights?", "rights"),
        ("can i claim compensation if my office chair gave me back pain", "rights"),
        # a word of inheritance that describes is not what is asked
        ("the inherited muscle wasting disease, how does it show in toddlers", "symptoms"),
        ("I know SMA is genetic - what are the signs of it?", "symptoms"),
    ],
)
def test_what_is_asked_of_a_subject_is_its_own_type(sense: Sense, question: str, kind: str) -> None:
    assert kind in sense.types(question).types


@pytest.mark.parametrize(
    "question",
    [
        "where could I buy a heat patch for back pain?",
        "Which shop sells heat wraps for tight back muscles?",
        "Does spinal muscular atrophy run in families?",
        "Can SMA be passed down if neither parent has it?",
        "My job makes me sit all day and my back goes stiff. What are my rights?",
        "Is it legal for my boss to make me sit without breaks when my back stiffens?",
        # another body part with the back's words: the answer names the neck only in passing
        "Why do my neck muscles always feel so tight?",
        "what causes tight hip flexors from sitting",
        "why are my hip flexors stiff after sitting at a desk",
    ],
)
def test_what_the_page_does_not_tell_gets_no_answer(engine: Engine, question: str) -> None:
    assert answered(engine, question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What are the signs of SMA, the muscle disease that runs in families?", SMA_SIGNS),
        ("quick home remedy for back pain, maybe a heat patch?", HOME_REMEDY),
        ("Why does my back get stiff when I sit at work all day?", SIT_STIFF),
        ("my neck and shoulders are tight all the time, how do i get rid of it", TIGHT_MUSCLES),
        ("Why are the muscles along my spine so tight, from my neck down?", ERECTORS_TIGHT),
    ],
)
def test_their_answered_twins_stay_answered(engine: Engine, question: str, expected: str) -> None:
    assert answered(engine, question) == expected


def test_a_keyword_question_may_find_the_body_part_in_an_answer(tmp_path: object) -> None:
    # "pillow between knees" names the knee where a back entry's answer puts the pillow
    from pathlib import Path

    pack = load_pack(Path(__file__).parent / "eval" / "group_faq.json")
    answer = Engine(pack).ask("pillow between knees")
    assert answer.match is not None
    assert answer.match.entry.id == "sleep-better-with-back-pain"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Slept on a bad mattress at a hotel and my lower back has been stiff for days. "
            "What helps?",
            TIGHT_BACK,
        ),
        (
            "Long drive yesterday and my back is stiff as a board today. "
            "What actually works for that?",
            TIGHT_BACK,
        ),
    ],
)
def test_a_sentence_that_asks_only_a_type_after_a_story_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    # the story's words ("days", "drive") reach entries of another type (how long; why sitting
    # stiffens): the sentence that asks asks only a remedy, so they answer nothing asked
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "My car has been making a knocking noise all week. What actually helps?",
        "My neck has been in knots for days. What helps?",
    ],
)
def test_a_type_only_question_after_another_story_stays_unanswered(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) is None
