"""safety83 (issue #12): signs told as the expected after-effect of what caused them
(expected.py). A numbness told as worn off after an epidural, a spinal or a position that presses
is over; legs weak, shaky or aching beside the workout or the hard work just done are explained.
Their twins keep their notice: a numbness that has not worn off or came back, a sign or a return
told after the easing, legs weak with no cause, after a cause long ago, or that stay, give way or
get worse, and any bladder, bowel, saddle or numbness sign beside the workout."""

from __future__ import annotations

import pytest

from backcare.engine.safety.expected import expected
from backcare.engine.safety.rules import Mention
from tests.safety_cases import SAFETY

CALM = [
    # worn off after a procedure or a position
    "Epidural for labour 5 days ago. My legs were numb and heavy for a few hours afterwards and it"
    " wore off by teatime the same day like they said. Now just a sore spot where the needle went"
    " in - normal?",
    "The anaesthetist said my legs would be numb for a few hours after the spinal. They came back"
    " just like she said. My back is a bit stiff from lying in bed, what can I do?",
    "Had a spinal block for my hip replacement, the numbness in my legs wore off after about six"
    " hours like they said. My lower back is stiff from lying in bed, can I do gentle exercises?",
    "Fell asleep on the couch, woke up and my leg was numb - both legs actually, I was lying funny"
    " on them. Pins and needles for a minute then fine. Back's a bit stiff. Normal?",
    # exertion told with its cause (pain in both legs beside it stays flagged: test_safety's
    # test_exercise_beside_both_legs_never_silences_them)
    "After leg day in gym my legs are without force, both of them, I walk like penguin lol. Is ok"
    " to do light back exercise tomorrow?",
]

RAISED = [
    "Had an epidural for my labour five days ago and my legs are still numb and heavy, it hasn't"
    " worn off. My back aches too.",
    "Epidural for my c-section last week, the numbness wore off that evening but since yesterday"
    " both my legs have gone numb again and my back is really sore.",
    "My legs were numb and weak after the epidural. It wore off but the numbness came back.",
    "Epidural 2 weeks ago, my legs were numb for a few hours and it wore off. This week it's come"
    " back and my back hurts.",
    "My legs are numb after the op. The anaesthetic wore off hours ago.",
    "Fell asleep on the sofa and both legs went numb. The feeling came back but they've been weak"
    " ever since.",
    "Leg day on Monday, and today both my legs are numb and I keep tripping over. Lower back aches.",
    "My legs have gone weak and wobbly for no reason, I haven't done any exercise, and my back"
    " aches.",
    "I play football. Both my legs feel weak.",
    "I used to run marathons. Both legs are weak now and my back aches.",
    "Moved house in March. My legs have been weak and wobbly and my back aches.",
    "On the last hill of the hike my legs went weak, both of them, and they've stayed weak. Can't"
    " climb stairs. Back aches.",
    "My knees buckled whilst squatting to pick up a box and I've been wobbly on both legs all day.",
    "Legs give way when I try to squat, and when I stand, and when I walk.",
    "Ran a half marathon on Sunday. Both legs are weak and my back really hurts, it's getting"
    " worse.",
    "Leg day yesterday and both my legs are weak, and I've wet myself.",
]


@pytest.mark.parametrize("question", CALM)
def test_a_sign_worn_off_or_explained_by_its_exertion_raises_no_emergency(question: str) -> None:
    assert not any(f.urgency == "emergency" for f in SAFETY.check(question))


@pytest.mark.parametrize("question", RAISED)
def test_a_sign_that_stays_returns_or_has_no_near_cause_stays_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


OVER = (
    "Two years ago my bum went numb and I couldn't pee, I had surgery and made a full recovery."
    " The problem now is {}"
)


def test_the_problem_now_is_my_back_brings_back_no_over_sign() -> None:
    """returned.py: "is my back" names the body part, not "it is back"."""
    assert SAFETY.check(OVER.format("my back, it's stiff after gardening.")) == []
    flags = SAFETY.check(OVER.format("that it's back since yesterday."))
    assert flags and flags[0].urgency == "emergency"


def _at(concept: str, first: int, sentence: int = 0) -> Mention:
    return Mention(concept, first, first, sentence, False, False, False)


def test_worn_off_marks_only_the_signs_before_the_easing_and_its_return_word_goes() -> None:
    tokens = SAFETY.read("after the epidural my legs were numb and they came back by teatime")[0]
    numb = _at("NUMB", 6)
    back = Mention("RECURRED", 8, 10, 0, False, False, False)
    read = expected(tokens, [numb, back])
    assert [(m.concept, m.past) for m in read] == [("NUMB", True)]
    assert read[0].frame == frozenset(range(11))
    live = SAFETY.read("after the epidural my legs were numb and they came back but still numb")[0]
    assert expected(live, [numb, back]) == [numb, back]


@pytest.mark.parametrize(
    "question",
    [
        "Numb bum after my ride, the feeling came back within minutes of getting off but now my bum"
        " is numb again since this morning.",
        "After my ride my bum went numb and the feeling came back within minutes of getting off,"
        " but since this morning my bum is numb again.",
    ],
)
def test_an_easing_in_a_live_sentence_explains_no_saddle_numbness_for_the_rules(
    question: str,
) -> None:
    """eased.py drops it: cauda-equina-saddle's own 'explained' no longer reads it (the known
    weakening safety79 left, where only the learned check raised these)."""
    assert "cauda-equina-saddle" in {f.id for f in SAFETY.check_rules(question)}
