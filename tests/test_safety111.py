"""safety111 (issue #12, review28's class H and its misses common to every version): a sign
told lasting days after a ride, a drive or a flight, beside an easing that is partial or undone.

- The sign's own duration is a time course though no time concept reads it ("it's been 2 days",
  "for 3 days", "2 days now", "for days"): beside an easing (eased.py) and in explained.py's
  trace it keeps the sign, and a lasting sign told lasting days outlasts its harmless cause
  (causes.py's outlasts). A date of the cause ("3 days ago"), its length ("a 2 day sportive",
  "2 days of driving") and a span of hours ("numb after sitting for hours") are none.
- An easing told as partial or undone after it ("eases a bit", "never fully", "comes straight
  back") explains nothing.
- "still numb at bedtime" after a workout is a sign outlasting its cause (persisted.py's times).
"""

from __future__ import annotations

import pytest

from tests.safety_cases import tier

# review28's three lost by e60dc5cf (class H), each labelled emergency
REVIEW28_LOST = [
    "after a 4 hour sportive my bum and bits went numb and it's been 2 days, eases a bit when I"
    " stand",
    "after a 4 hour sportive my privates went numb, its been 2 days, better when I stand",
    "after a 6 hour drive my bum went numb, it goes when I get out, but it's been like that for 3"
    " days even off the car",
]
# review28's misses common to every version in the same frames, and the reviewer's probes
REVIEW28_COMMON = [
    "after a 10 hour flight my bum has been numb for 2 days now, eases a bit when I walk about",
    "my bum has been numb for 3 days cycling to work, it eases when I get off but never fully",
    "I've been numb down there for 2 days riding, it gets better when I stand up but comes"
    " straight back",
    "couldnt feel my legs after leg day at the gym, still numb at bedtime and now my backs really"
    " hurting",
]
# the class in other words: a duration of the sign, or an easing partial or undone
TWINS = [
    "after a long drive my bum went numb and it's been like that for two days, goes a bit when I"
    " stand",
    "after a 5 hour ride my privates went numb, 3 days now, better when I get off the bike",
    "did a 100 mile sportive, numb bum ever since, it eases when I stand but never fully, 4 days"
    " now",
    "after a 12 hour coach trip my bum has been numb for a couple of days, eases slightly when I"
    " walk",
    "numb down below after an 8 hour flight, it's been numb for days, a bit better when I walk",
]
# the calm twins: the easing whole, the duration the ride's or its date
CALM = [
    "bit of a numb bum after a 4 hour sportive but it went within 10 mins off the bike. back's fine"
    " too",
    "did a 3 day sportive, numb bum on the ride but it went within minutes of getting off",
    "did a long sportive 3 days ago, numb bum on the ride but it came back within minutes of"
    " getting off",
    "On the 11 hour flight my legs went numb, both of them, till I walked about - best back support"
    " for flights?",
    "Did a 100 mile sportive Sunday, numb bum for the last 20 miles but it came back within minutes"
    " of getting off",
]


@pytest.mark.parametrize("question", REVIEW28_LOST + REVIEW28_COMMON + TWINS)
def test_a_sign_lasting_days_beside_a_partial_easing_raises_the_emergency(question: str) -> None:
    assert tier(question) == "emergency", question


@pytest.mark.parametrize("question", CALM)
def test_an_easing_whole_or_a_cause_dated_raises_nothing(question: str) -> None:
    assert tier(question) is None, question
