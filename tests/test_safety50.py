"""safety50 (issue #12): red flags 17's (review17's) five misses and a claim silenced by a
follow-up, fixed by class.

1. An age is a whole number: "I'm 39.2" is a temperature ('fever_point'), "I'm 39" an age; a
   reading with a unit after it ("I'm 39.5 kg", "38.5 weeks") is neither.
2. The asker's "mine" for a part just named as someone else's (mine.py): "... lost control of her
   bladder, and I lost control of mine this morning" is the asker's bladder, now.
3. "Lost the use of" (and "no use in") the legs is weakness; a long-ago story goes on to no new
   person named after a joiner ("My brother passed away years ago and my sister's legs ...").
4. Straining told after the pee ("I can pee with a lot of straining") is retention.
5. A general question's cue leads only in its own clause: "Sounds like me. Also, what mattress is
   best for back pain?" keeps the claim of a leaflet's signs.

Each class has calm look-alikes; the urgent lines are tested short, inside a message of more than
200 words (the rules alone), with an ordinary second question, and as lines of a batch."""

from __future__ import annotations

from tests.safety_cases import class_tests, rules, rules_tier

KEPT = {
    # 1: a temperature after "I'm", not an age
    "1": [
        (
            "Took my baby's temperature with my ear thermometer, it's fine, but I used it on me "
            "after and I'm 39.2 with a bad back",
            "urgent",
        ),
        ("Checked with the digital one, I'm 38.7 and my lower back is killing me", "urgent"),
        ("I was 38.9 last night and my back aches", "urgent"),
        ("back ache and shivery, I'm 101.5 on the old thermometer", "urgent"),
    ],
    # 2: the asker's "mine"
    "2": [
        (
            "My late mum had a spinal tumour and lost control of her bladder, and I lost control "
            "of mine this morning",
            "emergency",
        ),
        (
            "My husband's legs went numb after his fall. Mine went numb today and my back is agony",
            "emergency",
        ),
    ],
    # 3: the use of the legs lost; a long-ago story that goes on to someone else
    "3": [
        (
            "My brother passed away years ago and my sister, who had breast cancer, lost the use "
            "of both her legs over the weekend",
            "emergency",
        ),
        ("since this morning I've lost all use of my legs, back pain is terrible", "emergency"),
        (
            "My dad died years ago and my mum's legs went numb last night and her back is agony",
            "emergency",
        ),
    ],
    # 4: straining told after the pee
    "4": [
        (
            "- trouble with your bladder? no, I can pee with a lot of straining since Monday",
            "emergency",
        ),
        ("back is bad and I can only wee after straining for ages", "emergency"),
    ],
    # 5: a claim of a leaflet's signs, then an ordinary question
    "5": [
        (
            "The leaflet lists loss of bladder control and numbness in the saddle area as red "
            "flags. Sounds like me. Also, what mattress is best for back pain?",
            "emergency",
        ),
        (
            "My physio handout lists a numb bum, not being able to pee and weak legs as "
            "emergencies. That's me. What is the best chair for sciatica?",
            "emergency",
        ),
    ],
}

CALM = {
    # 1: an age, a weight, a pregnancy, a BMI
    "1": [
        "I'm 39 with a bad back, which stretches help?",
        "I'm 39.5 kg and my back hurts after the gym, is that normal?",
        "I'm 38.5 weeks pregnant and my back aches, any tips?",
        "my BMI is 39.2 and my back aches when I walk far, would losing weight help?",
    ],
    # 2: "mine" denied, well, or no pronoun for a part
    "2": [
        "My mum lost control of her bladder when she was ill, and I never lost control of mine. "
        "How do I lift her safely?",
        "a friend of mine lost control of her bladder after her baby, can pelvic floor exercises "
        "help my back?",
        "my son hurt his back at football and mine aches from carrying him, tips?",
    ],
    # 3: no loss of use; someone's long-ago story
    "3": [
        "I make good use of my legs when lifting boxes, is squatting better for my back?",
        "my grandad lost the use of his legs years ago and I help lift him, my back is sore",
    ],
    # 4: no straining, or a strain of the back
    "4": [
        "I can pee fine, no straining, but my back is stiff in the mornings",
    ],
}

# the rules alone read the leaflet's signs inside a long message as claimed (tidy19: never
# tested there before; left)
SHORT_CALM = {
    # 5: a leaflet's signs denied, or no claim
    "5": [
        "The leaflet lists loss of bladder control and numbness in the saddle area as red flags. "
        "None of that sounds like me. Also, what mattress is best for back pain?",
        "The leaflet lists loss of bladder control and numbness in the saddle area as red flags. "
        "What mattress is best for back pain?",
    ],
}


class_tests(globals(), CALM, KEPT, SHORT_CALM, long_tier=rules_tier)


def test_an_age_is_a_whole_number() -> None:
    assert "infection-fever" in rules("I'm 39.2 with a bad back")
    assert rules("I'm 39 with a bad back") == set()
