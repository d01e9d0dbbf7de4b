"""safety107 (issue #12, review27): what safety105's quieter readings lost, fixed by class.

- A sign quoted beside a joke cue is still a case (joked.py) when a time course, a number, a
  recent time or severe pain is told outside the quotation ("Its been 2 days", "since I bent
  down", "my back is killing me"); when the cue follows an apology ("sorry for the drama", "not
  to be dramatic") or is someone else's word on the asker ("My wife thinks I'm exaggerating",
  "my mates think it's a joke that I ..."): a dismissal, not a joke; and when the asker says it
  is the truth ("honestly", "the truth"). A "now" told of the back in a sentence of its own
  ("Back's a bit stiff now") is the back's, and the joke stays a joke.
- A wellness disclaimer ("im fine just asking", "mines fine just curious") disowns nothing
  beside a duration or a time course ("for 12 hours", "since last night"), a claim after it
  ("but I haven't been") or the asker's own asking ("just asking for me") (minimised.py).
"""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, tier

# review27's lines lost by safety105 (each raised by the old code at emergency)
REVIEW27_LOST = [
    "My mates think its a joke that I 'cant feel my own arse' after the rugby tackle. Its been 2"
    " days",
    "sorry for the drama but 'I can't feel my legs' - both of them, since I bent down to pick up"
    " the kettle",
    "My wife thinks I'm exaggerating but 'can't pee' is the truth, nothing since 7am and my back"
    " is killing me",
    "is it normal to not be able to pee for 12 hours with a bad back? im fine just asking",
    "can sciatica stop you peeing? mines fine just curious, but I haven't been since last night",
    "Is it a bad sign if you can't feel when you need to poo? I am fine just asking for me",
]

# the same classes in other words
JOKE_CASES = [
    # a time course or a number outside the quotation
    "my brother jokes that he 'can't feel his legs' lol but it's been 3 days and his back is bad",
    "'I can't feel my bum' haha. Still like that this morning",
    "'can't pee' lol. Started this morning.",
    # an apology or a negation before the cue
    "not to be dramatic but 'I can't feel my legs' after lifting the sofa",
    "apologies if this sounds dramatic, 'I can't feel my bum' after lifting at work",
    # someone else's word on the asker
    "The nurse said I was being dramatic about 'not being able to pee' after my back went",
    "my husband thinks I'm exaggerating about 'wetting myself' with this back pain",
    # the asker says it is true
    "'I can't feel my legs' lol, honestly, after hoovering",
]

JOKE_CALM = [
    # review27's twin: the now is the back's, told in its own sentence
    "'I can't feel my legs' is what I said after the marathon lol. Back's a bit stiff now, normal?",
    "My husband jokes that he's 'lost the use of his legs' every time he has to walk the dog",
    "I said 'I can't feel my arse' after the rugby tackle as a joke",
]

DISCLAIMER_CASES = [
    "can a slipped disc stop you weeing for 10 hours? I'm fine just wondering",
    "is it bad if you can't feel your bum since yesterday? im fine only asking",
    "does sciatica make you leak? mine's fine just asking, but I wet myself in the car",
    "Can a bad back stop you feeling when you need a poo? Im fine just curious for myself",
]

DISCLAIMER_CALM = [
    # review27's lost lines without the case told: the disclaimer still sets them apart
    "is it normal to not be able to pee with a bad back? im fine just asking",
    "can sciatica stop you peeing? mines fine just curious",
    "Is it a bad sign if you can't feel when you need to poo? I am fine just asking",
]


@pytest.mark.parametrize("message", REVIEW27_LOST + JOKE_CASES + DISCLAIMER_CASES)
def test_a_case_dismissed_or_minimised_is_an_emergency(message: str) -> None:
    assert tier(message) == "emergency", message


@pytest.mark.parametrize("message", JOKE_CALM + DISCLAIMER_CALM)
def test_a_joke_or_a_disclaimer_with_no_case_told_raises_nothing(message: str) -> None:
    assert SAFETY.check(message) == [], message
