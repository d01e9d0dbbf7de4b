"""safety109 (issue #12, review27's misses common to every version): five red flags no version
raised, fixed by class, with the twins a reviewer would write next in each class.

- A sign that lasts past what would explain it is no longer explained: legs told by "they"
  after "still" ("they still give way", "they still buckle": LEGS_THEY) three days after a spin
  class; an everyday sense ("can't feel my legs after football") followed by a 'still' and a time
  gone by ("still saying it 4 hours later": persisted.py). A 'still' with a milder state just
  after it ("still a bit achy 2 days later") tells that state lasting.
- A joke's sense read as a noun ("Dad jokes", the pun) whose last word opens what is said ("Dad
  jokes that he's ...") is the verb (verb_senses.py); someone else unable to get up with
  incontinence told recent is an emergency with no back named (cauda-equina-bladder
  INCONTINENCE + SEVERE + RECENT).
- A calming phrase ("mine are fine just curious", "touch wood mine is fine") followed in its
  sentence by a time course ("its been since yesterday", "been 2 days now") is no disclaimer
  (outlived_calm.py); the back's own course ("had back pain for 3 weeks") and the fineness's
  ("have been fine since yesterday") are none.
- A time word that tells a cause's length is no time course of a sign (cause_times.py): inside
  the cause's phrase ("the 11 hour flight") or ending on a unit right before it ("after a 4 hour
  sportive"); nor is a lone end word ("till I walked about"). explained.py's trace then holds
  the learned check's lone emergency, and eased.py reads the easing beside its cause. A sign
  told lasting ("still hasn't come back 2 days later", "still numb now") keeps its notice.
- A long-ago date told in a cancer's clause ("Finished chemo 2 years ago") dates that history,
  not a sign told in a later clause (cancer_dates.py): known cancer with leg numbness, a sign
  that came and went included, is an emergency (SAFETY_FACTS).
"""

from __future__ import annotations

import pytest

from tests.safety_cases import tier

# review27's five (tests/test_review27.py's former strict xfails), each labelled emergency
REVIEW27 = [
    "After spin class my legs are jelly which is normal, but its been 3 days and they still give"
    " way on the stairs",
    "Dad jokes that he's 'lost the use of his legs' but honestly he couldn't get off the sofa"
    " tonight and he's wet himself",
    "My son (15) said 'I can't feel my legs' after football and we all laughed and said he was"
    " being dramatic, but he's still saying it 4 hours later and his back hurts",
    "What does it mean if both legs go weak and you cant feel the toilet roll? mine are fine just"
    " curious lol its been since yesterday",
    "Finished chemo 2 years ago, had a weird episode where I couldn't feel my legs, it resolved"
    " after an hour",
]

# each class in other words: real signs (emergency)
LASTING = [
    "My legs were jelly after the marathon. They still give way a bit the next morning but that's"
    " normal right?",
    "I couldn't feel my legs after the marathon and 2 days later they're still numb",
    "My son said 'I can't feel my legs' after football and we laughed. He's still saying it 5 hours"
    " later and his back is sore",
    "After a long hike my legs felt like jelly, normal, but it's been 4 days and they still buckle"
    " when I walk",
]
JOKE_THEN_REAL = [
    "Dad keeps joking that he's 'lost the use of his legs' but honestly he couldn't get off the"
    " sofa tonight and he's wet himself",
    "Dad joked that he's 'lost the use of his legs' but honestly he couldn't get off the sofa"
    " tonight and he's wet himself",
    "Mum jokes she's 'lost the use of her legs' but seriously she couldn't stand up this morning"
    " and she's had an accident",
    "My nan couldn't get up off the floor this morning and she's wet herself",
]
DISCLAIMER_THEN_COURSE = [
    "what happens if you can't pee with a bad back? mine's fine just asking, been 2 days now",
    "Is it serious if you can't feel the toilet paper when you wipe? touch wood mine is fine, its"
    " been like it for 3 days though",
]
CANCER_HISTORY = [
    "Finished chemo last year, had a weird episode where I couldn't feel my legs",
    "Had radiotherapy for prostate cancer in 2019, this week my legs went weak on the stairs twice",
]

SPORT_TRAVEL_LASTING = [
    "numb bum after a 4 hour sportive and it still hasn't come back 2 days later",
    "On the 11 hour flight my legs went numb, both of them, and they're still numb now",
    "Since the 11 hour flight both my legs have been numb",
    "After a 3 hour ride my bum went numb and it's been numb since yesterday",
    "On the 11 hour flight my legs went numb, both of them, till I walked about, now I can't pee",
]

# the calm twins: each class's harmless reading raises nothing
CALM = [
    # the exertion's own hour, or the sign over
    "After spin class my legs are jelly which is normal, they were fine by the evening",
    "After spin class my legs were jelly for an hour which is normal",
    "My legs are still like jelly after the gym this morning",
    "I couldn't feel my legs after the marathon, still a bit achy 2 days later but walking fine",
    "My son said 'I can't feel my legs' after football and we all laughed, he was fine after his"
    " tea",
    # the joke a joke, the pun a pun
    "Dad jokes that he's 'lost the use of his legs' after the half marathon lol, he's fine, just"
    " stiff",
    "My dad jokes are so bad they make my back hurt from cringing",
    "Dad jokes that his back is 'held together with tape', is a heat pad or ice better for him?",
    # the disclaimer with no course of the sign's
    "What does it mean if both legs go weak? mine are fine just curious",
    "What does it mean if both legs go weak? mine are fine and have been fine since yesterday,"
    " just curious",
    "What does it mean if both legs go weak? mine are fine now, just curious",
    "What if I can't feel the toilet paper? mines fine just wondering, had back pain for 3 weeks",
    # sport and travel that explain a sign gone (holdout32, redteam15 and their twins)
    "bit of a numb bum after a 4 hour sportive but it went within 10 mins off the bike. back's fine"
    " too",
    "On the 11 hour flight my legs went numb, both of them, till I walked about - best back support"
    " for flights?",
    "bit of a numb bum after a 100 mile sportive but it went within 5 mins off the bike",
    "On a 12 hour coach trip my legs went numb till I got off at the services, any tips for my back"
    " on long journeys?",
    # a cancer history with no sign
    "Finished chemo 2 years ago, all clear since, my back is a bit stiff from gardening",
]


@pytest.mark.parametrize(
    "question",
    REVIEW27
    + LASTING
    + JOKE_THEN_REAL
    + DISCLAIMER_THEN_COURSE
    + CANCER_HISTORY
    + SPORT_TRAVEL_LASTING,
)
def test_a_sign_past_its_explanation_raises_the_emergency(question: str) -> None:
    assert tier(question) == "emergency", question


@pytest.mark.parametrize("question", CALM)
def test_the_harmless_twin_raises_nothing(question: str) -> None:
    assert tier(question) is None, question
