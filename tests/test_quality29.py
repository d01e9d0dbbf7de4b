"""quality29 (issue 11): holdout 27's misses and near-domain answers, each class in other wordings."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.tried import load_tried, tried_words


@pytest.mark.parametrize(
    "question",
    [
        # a remedy said to have failed is not what is asked (the spinal-tension entry is a stretch)
        "stretching doesn't help my tight back",
        "stretches aren't helping my tight back muscles",
        "yoga does nothing for my tight back",
        "stretching has not helped my back tightness at all",
    ],
)
def test_a_failed_remedy_is_not_what_is_asked(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


def test_what_failed_is_read_back_to_the_first_stop_word(engine: Engine) -> None:
    cues = load_tried()
    stop = engine.matcher.analyzer.stopwords
    assert tried_words("stretching doesn't help my tight back", stop, cues) == {"stretching"}
    assert tried_words("my heat pack isn't working, my back is stiff", stop, cues) == {
        "heat",
        "pack",
    }
    # the remedy is not just before the cue: nothing is taken for it
    assert not tried_words("the stretches my physio gave me don't help", stop, cues)
    # a question about whether it helps names no failure
    assert not tried_words("why doesn't stretching help my back", stop, cues)
    assert not tried_words("does stretching help a tight back", stop, cues)


@pytest.mark.parametrize(
    "question",
    [
        # sitting told by a posture or a seat, stiffness by a simile, the time by its setting
        "hunched on the couch since lunch and now I creak like a rusty gate",
        "crouching over my laptop since 8am and I creak like an old floorboard",
        "gaming in my chair since dinner and now everything is creaky like an old house",
        "been crouched at the computer since morning and I feel rusty",
    ],
)
def test_sitting_then_creaking_is_the_sitting_entry(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "back-get-stiff-sit"


@pytest.mark.parametrize(
    "question",
    [
        "why does my door hinge creak",
        "how do I fix a creaky door",
        "my bike is rusty since winter, what helps",
        "crouched down to garden since lunch, now my knees creak",
    ],
)
def test_creaks_of_other_things_get_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


def test_a_setting_cue_is_no_word_the_entry_lacks(engine: Engine) -> None:
    analyzer = engine.matcher.analyzer
    assert analyzer.setting_cues("stiff since breakfast, after work") == {"since", "after"}
    assert not analyzer.setting_cues("why is my back stiff")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "from the waist up" and "from my shoulders to my hips" tell the back; "wks" is weeks
        (
            "stiff as a board from the waist up after a long drive, how long will this last",
            "long-stiff-back-last",
        ),
        (
            "I've been like a rusty gate from the waist up for 3 wks, when will it get better",
            "long-stiff-back-last",
        ),
        (
            "my whole body aches from my shoulders to my hips, what can I do at home quickly",
            "fastest-home-remedy-back-pain",
        ),
        (
            "sore from shoulders to hips after moving furniture, fastest thing to help tonight",
            "fastest-home-remedy-back-pain",
        ),
    ],
)
def test_the_back_told_by_its_bounds(engine: Engine, question: str, expected: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "how do I lose fat from the waist up",
        "my dress is too tight from the waist up",
        "how many wks until my cast comes off",
    ],
)
def test_the_waist_of_clothes_and_weeks_alone_get_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        # a rub-on form of a medicine (a gel, a cream, an ointment, a spray) is no pain medication
        # or home remedy the pack names: a product question
        "Does Voltaren gel help tight back muscles?",
        "does deep heat cream work on back pain",
        "would a muscle rub ointment loosen my erector spinae",
        "can a freeze spray ease my lower back tension",
    ],
)
def test_a_rub_on_product_gets_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


def test_a_medicine_by_name_still_gets_the_list_of_what_helps(engine: Engine) -> None:
    match = engine.ask("does ibuprofen help a stiff back").match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


@pytest.mark.parametrize(
    "question",
    [
        # a device's back-up is no back, and the device no seat
        "Why does my laptop back up take so long?",
        "why is my phone back up so slow",
        "how long should a computer backup take",
    ],
)
def test_a_device_back_up_gets_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


def test_a_back_up_to_the_shoulders_is_still_a_back(engine: Engine) -> None:
    match = engine.ask(
        "from my lower back up to my shoulders is stiff, how long will it last"
    ).match
    assert match is not None and match.entry.id == "long-stiff-back-last"
