"""quality78 (issue 11, holdouts 43 and 44): near questions that share an entry's words but ask
what no entry gives (a figure: a temperature, a setting, minutes at a time; the odds of a
condition; a guess followed by "how do I tell"), and lay questions whose topic is only what the
asker was doing when the state came on ("knotted up from lifting the toddler"). Every question
here was written for this file, none copied from tests/eval."""

from __future__ import annotations

import pytest

from backcare.engine.analyze import Analyzer, TopicWords, load_stopwords
from backcare.engine.answer import Engine


def _unanswered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, (question, answer.match and answer.match.entry.id)


def _answered(engine: Engine, question: str, expected: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == expected, (question, match and match.entry.id)


# --- a figure asked: a temperature or setting, minutes at a time (intents.json "dose") -----------


@pytest.mark.parametrize(
    "question",
    [
        "what temperature should a hot water bottle be for a stiff back",
        "which setting should I put my electric heat pad on for tight muscles",
        "how hot should the heat pack be when my back muscles are tight",
        "how warm should the bath be to relax my back muscles",
        "how cold should an ice pack be for back pain",
        "how many degrees should a heating pad be for back pain",
        "how many minutes each time should I use heat on my tight back",
        "how many minutes at a time is a heat pack safe on tight muscles",
        "for tight back muscles how many hours at a time can I keep a heat patch on",
    ],
)
def test_a_figure_the_page_never_gives_gets_no_answer(engine: Engine, question: str) -> None:
    _unanswered(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does heat help tight back muscles", "helps-tight-back-muscles"),
        ("is ice or heat better for a tight back", "helps-tight-back-muscles"),
        ("what helps tight back muscles at home", "helps-tight-back-muscles"),
        ("how do I relax tight muscles with heat", "get-rid-tight-muscles"),
        ("how long does a stiff back last", "long-stiff-back-last"),
        ("how many weeks does back stiffness take to go away", "long-stiff-back-last"),
        ("what is the fastest home remedy for back pain", "fastest-home-remedy-back-pain"),
        ("how long to rebuild muscle after atrophy", "long-take-rebuild-muscle-after-atrophy"),
    ],
)
def test_the_same_things_asked_without_a_figure_keep_their_answer(
    engine: Engine, question: str, expected: str
) -> None:
    _answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what temperature should my heat pad be", "dose"),
        ("how hot should a bath be", "dose"),
        ("how many minutes at a time should I use ice", "dose"),
        ("how many hours each time can I wear a heat wrap", "dose"),
        ("what are the odds my child has it", "statistic"),
        ("how likely is it to come back", "statistic"),
    ],
)
def test_the_cue_reads_the_type(engine: Engine, question: str, kind: str) -> None:
    assert kind in engine.matcher.sense.types(question).types


def test_minutes_without_a_time_or_a_day_stay_a_duration(engine: Engine) -> None:
    asked = engine.matcher.sense.types("how many minutes does the stiffness last").types
    assert "dose" not in asked and "duration" in asked


# --- the odds of a condition (intents.json "statistic") ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what are the chances my son will have SMA too",
        "what are the odds of a second child getting spinal muscular atrophy",
        "how likely is it that my baby has SMA",
        "what's the chance my kids get spinal muscular atrophy",
        "what is the likelihood of muscle atrophy after two weeks in bed",
        "what are my chances of getting a stiff back from sitting at a desk",
        "how likely are tight erectors to come back after massage",
        "Is SMA in the family? what are the odds for my nephew",
    ],
)
def test_the_odds_of_a_condition_get_no_answer(engine: Engine, question: str) -> None:
    _unanswered(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what are the signs of SMA in a baby", "signs-symptoms-spinal-muscular-atrophy"),
        ("what causes muscle atrophy", "greatest-cause-muscle-atrophy"),
        ("why are my spinal erectors so tight", "spinal-erectors-tight"),
        ("why does my back get stiff when I sit at a desk", "back-get-stiff-sit"),
    ],
)
def test_the_condition_asked_without_odds_keeps_its_answer(
    engine: Engine, question: str, expected: str
) -> None:
    _answered(engine, question, expected)


# --- a guess asked, then "how do I tell" (AskingSentence.topic_text) -----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Is my back pain a slipped disc? how can I tell",
        "Could the ache in my back be a kidney infection? what should I do",
        "Could my stiff back be from pregnancy? what should I do",
        "Is the pain in my back from my gallbladder? how do I know",
        "might my back muscles be wasting from diabetes? how would i tell",
        "is my lower back pain my kidneys? how do you tell the difference",
        "could this back ache be arthritis? what do I do",
        "Is it endometriosis making my back hurt? how can I tell",
    ],
)
def test_a_guess_then_a_question_of_no_words_of_its_own_asks_the_guess(
    engine: Engine, question: str
) -> None:
    _unanswered(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is it normal? how do I loosen my tight back", "helps-tight-back-muscles"),
        ("My back is tight after gardening. What can I do?", "helps-tight-back-muscles"),
        ("Could it be my posture? why does my back get stiff when I sit", "back-get-stiff-sit"),
        ("is it muscle atrophy? what causes it", "greatest-cause-muscle-atrophy"),
        ("Is my back tight? what helps tight back muscles", "helps-tight-back-muscles"),
        ("I'm pregnant and my back muscles are tight. What can I do?", "helps-tight-back-muscles"),
        ("Is it from sitting at my desk? why does my back get stiff", "back-get-stiff-sit"),
        ("Do my erectors ache? why are they so tight", "spinal-erectors-tight"),
    ],
)
def test_a_question_that_names_its_own_subject_or_follows_a_story_is_unchanged(
    engine: Engine, question: str, expected: str
) -> None:
    _answered(engine, question, expected)


def test_the_topic_text_joins_the_guess_only_to_a_sentence_that_names_nothing(
    engine: Engine,
) -> None:
    sense = engine.matcher.sense
    guess = "Could it be kidney stones? how do i tell the difference"
    assert "kidney" in sense.topic_text(guess)
    story = "I have kidney stones. how do i tell the difference"
    assert "kidney" not in sense.topic_text(story)
    own = "Could it be kidney stones? how do i loosen my back"
    assert "kidney" not in sense.topic_text(own)


# --- what was being done when it came on ("from lifting the toddler") ------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "my lower back is so tight from lifting my toddler all day, what helps",
            "helps-tight-back-muscles",
        ),
        ("tight back from hoovering the stairs, any tips", "helps-tight-back-muscles"),
        (
            "my back seized up from digging the allotment, how can I relax the muscles",
            "helps-tight-back-muscles",
        ),
        (
            "back muscles are sore from moving the sofa, what's the fastest home remedy",
            "fastest-home-remedy-back-pain",
        ),
        (
            "so stiff from sitting on the train for hours, why does my back get like this",
            "back-get-stiff-sit",
        ),
        (
            "knots in my back from picking up the baby constantly, what helps tight back muscles",
            "helps-tight-back-muscles",
        ),
        (
            "my back is tight from pushing the pram up hills, how do i ease it",
            "helps-tight-back-muscles",
        ),
        (
            "my back muscles are tight from carrying toddlers all day, what helps",
            "helps-tight-back-muscles",
        ),
    ],
)
def test_what_was_lifted_or_carried_is_the_setting(
    engine: Engine, question: str, expected: str
) -> None:
    _answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "can I get back pain from playing golf every weekend",
        "is it safe to keep lifting my toddler with a bad back",
        "what is the best baby carrier for a bad back",
        "are there side effects from using a heat patch with a pacemaker",
        "will my insurance pay for physio for back pain from lifting at work",
        "how should I lift my toddler out of the cot without hurting my back",
        "what's the best way to carry the kids without back pain",
        "back pain from sitting in my wheelchair all day, is there a cushion that helps",
    ],
)
def test_what_is_asked_beside_such_a_setting_is_still_asked(engine: Engine, question: str) -> None:
    _unanswered(engine, question)


def _analyzer(**topics: list[str]) -> Analyzer:
    return Analyzer(load_stopwords(), topics=TopicWords(**topics))


def test_a_setting_opens_with_from_only_before_a_doing_word() -> None:
    analyzer = _analyzer(
        names=["toddler", "gel"], setting_from=["from"], setting_doing=["lifting", "carrying"]
    )
    assert analyzer.topics("tight from lifting the toddler") == ()
    assert analyzer.topics("tight from carrying a toddler") == ()
    assert [w for _, w in analyzer.topics("side effects from using the gel")] == ["gel"]
    assert [w for _, w in analyzer.topics("tight from the toddler")] == ["toddler"]
    # three words on, no further
    assert [w for _, w in analyzer.topics("tight from lifting my heavy toddler")] == ["toddler"]
    assert {"the", "toddler", "lifting"} <= analyzer.setting("tight from lifting the toddler")


def test_without_doing_words_from_opens_no_setting() -> None:
    analyzer = _analyzer(names=["toddler"], setting_from=["from"])
    assert [w for _, w in analyzer.topics("tight from lifting the toddler")] == ["toddler"]
