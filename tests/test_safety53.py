"""safety53 (issue #12): red flags 27's two misses, a tier and four false alarms, fixed by class.

1. An everyday sense of an ache after exertion ("sore ... after a heavy shift", "sore after the
   gym") no longer hides the back's own pain word when the back is its subject and no leg is named
   in the sentence (senses.py _backs_pain): the risk factors that need back pain see it ("on
   methotrexate and a biologic ... my back's been sore for 10 days after a heavy shift").
2. "For the last couple of months" is a long duration (LONG_DURATION): a 14-year-old's months of
   back pain told by a parent.
3. "Like nothing I've ever felt" is the worst pain ever (WORST_EVER): a sudden stabbing pain is
   urgent, not soon.
4. "Laughed so hard I nearly wet myself" is an idiom (a sense); "nearly wet myself" alone, or a
   leak told, still raises the bladder emergency.
5. Something that fell on a foot or toe is no fall of the asker's (a sense; furniture among the
   things that fall).
6. "Totally over it" after a past fever tells it is over (RESOLVED); "I'm so over it" is being fed
   up (a sense) and leaves a fever now urgent.
7. "Over the last week" is no long duration ("weeks" is exact there, not its stem): the back's
   ache after a class, now read as pain (1), raises nothing.
8. Cycling: "hunched over the handlebars" is a posture (a sense), not going over them; a saddle's
   numbness that "goes within ten minutes of getting off" eases on stopping (EASED_ON_STOPPING).

Each class has calm look-alikes; the urgent lines are tested short, inside a message of more than
200 words (the rules alone), with an ordinary second question, and as lines of a batch."""

from __future__ import annotations

from tests.safety_cases import class_tests, rules_tier, tier

KEPT = {
    # 1: the back's pain after exertion, beside a risk factor that needs back pain
    "1": [
        ("I'm on methotrexate and my back's been sore for 10 days after a heavy shift", "soon"),
        ("I take humira for crohns and my back is sore after the gym, it's been two weeks", "soon"),
        (
            "had breast cancer three years ago and my back has been aching after my shift all week",
            "urgent",
        ),
    ],
    # 2: months of back pain under 20
    "2": [
        ("My daughter is 15 and for the last couple of months her back has hurt", "soon"),
        (
            "I'm 16 and my lower back has hurt for the past couple of months, worse after football",
            "soon",
        ),
    ],
    # 3: the worst pain, told by a comparison
    "3": [
        ("out of nowhere this morning a pain in my back like nothing I've ever felt", "urgent"),
        ("bent to pick up the kettle and got a back pain like nothing I had felt before", "urgent"),
    ],
    # 4, 5: the red-flag twins still raise
    "4, 5": [
        ("I laughed so hard I wet myself and now my back hurts", "emergency"),
        ("I nearly wet myself, couldn't hold it, back pain", "emergency"),
        ("a chest of drawers fell on my back and it really hurts", "soon"),
    ],
    # 6: fed up with a fever now
    "6": [
        ("fever for 3 days and my back hurts, I'm totally over it", "urgent"),
        ("had a fever and chills since Monday, my back aches, I am so over this", "urgent"),
    ],
    # 7: weeks of pain
    "7": [
        ("my back has been sore for the past weeks", "soon"),
    ],
    # 8: a crash over the handlebars; a saddle's numbness that lasts or comes on getting off
    "8": [
        ("went over the handlebars of my bike yesterday and my back really hurts", "emergency"),
        (
            "after cycling my bum is numb and it doesn't go away even hours after getting off, and I "
            "can't feel the toilet paper",
            "emergency",
        ),
        ("my bum goes numb when I get off the bike and my back hurts", "emergency"),
    ],
}

CALM = {
    # 1: a look-alike medicine or word, no risk factor
    "1": [
        "I'm on metformin and my back's been sore for 10 days after a heavy shift",
        "my biology teacher says my back is sore after the gym because of my posture",
    ],
    # 3: a comparison of something good
    "3": [
        "that deep tissue massage was like nothing I've ever had, my back feels amazing now",
    ],
    # 4: the idiom
    "4": [
        "laughed so hard at my kids i nearly wet myself and then my back twinged, how do I ease it",
        "my friend's joke had me laughing so much I almost peed myself, and now my back aches",
    ],
    # 5: an object's fall
    "5": [
        "a chest of drawers fell on my foot and then I hurt my back picking it up. foot's fine, what "
        "do I do for the back?",
        "a box fell on my toe and my back hurts from bending to pick it up",
        "the wardrobe fell on my foot when we moved it and my back is sore now, tips?",
    ],
    # 6: a fever that is over
    "6": [
        "Had a fever last month with flu, totally over it. My back is stiff after sitting, what "
        "stretches help?",
        "Had flu with a fever two weeks ago, got over it. Just want some core exercises for my back",
    ],
    # 7: a week; a topic
    "7": [
        "Over the last week my lower back has been aching after the class, especially the day after.",
        "What's the difference between sciatica and a slipped disc?",
    ],
    # 8: a rider's posture; a saddle's numbness gone minutes after getting off
    "8": [
        "I was hunched over the handlebars on my road bike for 3 hours and my lower back aches",
        "After a 45 minute spin class the bits that touch the saddle are a bit numb, which goes within "
        "ten minutes of getting off. Lower back aches a little, tips?",
    ],
}


class_tests(globals(), CALM, KEPT, {}, long_tier=rules_tier)


def test_breath_taken_by_a_sudden_severe_pain_stays_an_emergency() -> None:
    # red flags 27 labels this urgent; kept at emergency (docs/safety.md, safety53): breathing
    # stopped by a sudden severe back pain is the chest rule's sign (a torn aorta, a clot), and
    # SAFETY_FACTS.md says to put a symptom in the more urgent tier when unsure
    question = (
        "Suddenly in morning when I bend for shoe, very very strong pain in back, I cannot "
        "breathe from the pain, I cannot stand. Now 2 hours same."
    )
    assert tier(question) == "emergency"
