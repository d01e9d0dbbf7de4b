"""safety100 (issue #12, false alarms by mechanism): the readings widened, with the signs each must
still let through.

- A sign worn off after what caused it (expected.py): what keeps a bladder waiting (a queue for
  the toilets, no toilet break) is such a cause; a short bounded spell ("for one minute", "until
  the lunch") told after the sign and before its easing makes a learner's present one episode
  that is over; "then was fine", "after that it was normal", "after I go it is normal" ease it.
- A child's continence being learned: its pee words are the training's, in the training's clause.
- INTENDED (a diet explaining weight loss) reads "fasting" as a word, not the stem "fast": "getting
  worse fast" is a pace."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

QUIET = [
    "After the long yoga class in lotus position I cannot to feel my feet for one minute, after"
    " it is normal. Is lotus position bad for the back? My back is good.",
    "Queue for the ladies at the concert was so long I couldn't pee for 3 hours, then was fine."
    " My back was aching from standing all night though. Do some shoes help for gigs?",
    "The queue for the portaloos at the festival was huge so I couldn't wee for hours, then was"
    " fine. Back aches from the tent though.",
    "No toilet break on the coach for 4 hours so I couldn't pee, after that it was normal. Lower"
    " back stiff from the seat.",
    "In my work there is no toilet break, only at the lunch, so the pee does not come until the"
    " lunch, I hold long time, after I go it is normal, everything is okay. My back is tired from"
    " standing all the day.",
    "Knelt to weed the garden and couldn't feel my feet for a few minutes, then fine. Back sore.",
    "My 3yo can't tell if she's finished weeing yet (potty training, so much fun) and I'm bending"
    " over the potty 20 times a day. My lower back is tight by bedtime. Squat or kneel?",
]

RAISED = {
    # a live word or a time course keeps the worn-off sign live
    "After sitting in lotus I cannot feel my feet for one minute, after it is normal, but since"
    " today they stay numb": "emergency",
    "I can't feel my legs for a few minutes then fine, since this morning": "emergency",
    "Knelt in church and now I can't feel my feet for a few minutes at a time, it keeps happening"
    " and is getting worse": "emergency",
    # what keeps a bladder waiting, then no easing or a stop told now
    "Queue for the loo was long and now I can't pee at all": "emergency",
    "no toilet break at work so I couldn't pee all day and now I still can't go": "emergency",
    "no toilet break at work so the pee does not come until lunch, and now since yesterday it"
    " does not come at all": "emergency",
    # a child's training told, with a new change beside it
    "My 4yo is potty trained but since yesterday he can't feel when he needs to wee and his back"
    " hurts": "emergency",
    "my toddler is potty training and can't feel when she's weeing since she fell off the slide"
    " this morning": "emergency",
    # "fast" the pace leaves a weight loss unexplained; "fasting" still explains it; the back
    # getting worse fast is itself same-day (sudden-severe, safety105), before the weight loss
    "my back is getting worse fast and I've lost a stone": "urgent",
    "back pain hit me like a lightning bolt out of nowhere and its getting worse fast": "urgent",
}


@pytest.mark.parametrize("question", QUIET)
def test_an_expected_or_everyday_sign_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", sorted(RAISED))
def test_the_sign_beside_it_is_still_raised(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == RAISED[question]


def test_a_diet_by_fasting_still_explains_a_weight_loss() -> None:
    assert SAFETY.check("fasted for Ramadan, lost 3 kg, back aches") == []
