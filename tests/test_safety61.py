"""safety61 (issue #12): red flags 28's own classes, fixed by class in data, in other wordings
than the set's.

Misses:
1. More than a dose told as taken by mistake (OD_DOUBLE: "double dosed", "doubled up on
   paracetamol", "took double the dose", "took too much paracetamol"): the crisis rule's
   emergency, as an overdose told as taken already is (NHS 'Overdose': A&E at once after more than
   the recommended dose, even when well). Someone else's supply taken whole ("took all my nan's
   tramadol") is a whole supply (OD_TAKEN), never a routine: emergency, not the learned urgent.
2. A slow start and a trickle at a urinal (NO_FLOW): a shy bladder (SHY_CAUSE) explains it no
   longer when it began with the back's trouble (BACK_ONSET bars the cause); "then it's a
   trickle" is a weak stream.
3. A leak on getting or standing up, or bending (STRESS_LEAK): the bladder emergency's sign told
   in passing.
False alarms:
4. A medicine leaflet's overdose section, "social suicide" (senses).
5. Legs that give way on an exercise attempted ("when I try pistol squats"), heavy and relaxed
   legs after a massage (senses).
6. "doesn't go down my legs": "go down my" is the spreading (RADIATE), so "doesn't" denies it and
   the legs, where NO_FLOW's "doesnt go" had taken the negation.
7. "Back in uni" is long ago (PAST); a pain that vanished after surgery is over (RESOLVED).
8. "Nearly wet myself" is its own concept (NEAR_WET), explained by a laugh anywhere in its
   sentence: safety53's sense reached four words only.
Twins keep raising: an overdose section read after taking too many, legs that give way walking,
"it does wake me at night", numbness back since last week, a leak without laughing."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, class_tests

CALM = {
    "leaflet": [
        "Reading the tramadol leaflet for my back - what's the overdose section saying, how many "
        "would that be?",
        "Haven't opened the naproxen yet, just reading the overdose part of the leaflet, what "
        "would count as too many?",
    ],
    "idiom": [
        "My son says being seen with a back brace at school would be social suicide. Any other "
        "ways to help his posture?",
    ],
    "exercise": [
        "my legs give way at the knees whenever I attempt Bulgarian split squats, back's fine, "
        "is it my glutes?",
        "my legs felt heavy and relaxed after the hot stone massage, then normal again. Good for "
        "my back?",
    ],
    "doesnt": [
        "My lower back aches but it doesn't go down my legs and doesn't keep me up at night. "
        "Started after gardening on Sunday. Heat or ice?",
        "The ache in my back does not go down into my legs, it just sits there. Any stretches?",
    ],
    "old": [
        "Back in college I hurt my disc and had a numb foot for a bit, all sorted long ago. Now "
        "32 and want to start bouldering, ok?",
        "Had a discectomy 10 weeks ago. The sciatica I'd had for six months disappeared after "
        "the operation and hasn't returned. When can I run again?",
    ],
    "laugh": [
        "My mate's best man speech had everyone laughing so much that I almost peed myself, "
        "and my back's a bit stiff today from the dancing",
        "we were laughing that hard at the comedy club with my sister I nearly wet myself, then "
        "my back twinged on the way out, is it a pulled muscle?",
    ],
}

# the overdose lines end their sentence: the long message's padding goes on with "this month",
# which in the line's own sentence would tell a supply taken over days (OD_SPREAD)
KEPT = {
    "overdose": [
        ("I think I've double dosed on my painkillers, had co-codamol then Lemsip.", "emergency"),
        ("I've doubled up on paracetamol without thinking, the Lemsip has it too.", "emergency"),
        ("I accidentally took double the dose of co-codamol.", "emergency"),
        (
            "took too much paracetamol today for my back, I had it in two different cold remedies.",
            "emergency",
        ),
        ("took all of my mum's oxycodone earlier, back's killing.", "emergency"),
        (
            "I took too many co-codamol an hour ago and now I'm reading the overdose section of "
            "the leaflet.",
            "emergency",
        ),
    ],
    "retention": [
        (
            "Since my sciatica started I wait at the urinal forever and then it comes as a trickle",
            "emergency",
        ),
        ("ever since my disc went I stand there for ages before anything happens", "emergency"),
    ],
    "leak": [
        (
            "what's a good office chair? my disc has been bad since Monday and I leak a little when "
            "I stand up",
            "emergency",
        ),
        (
            "I leak a bit whenever I get up off the sofa since my sciatica flared up, is that the "
            "disc?",
            "emergency",
        ),
    ],
    "twins": [
        ("my legs give way when I walk to the kitchen and my back hurts", "emergency"),
        ("I nearly wet myself on the bus, couldn't hold it, and my back's been bad", "emergency"),
        ("I wet myself this morning without laughing or coughing and my back hurts", "emergency"),
        ("I laughed so hard I wet myself and now my back hurts", "emergency"),
        (
            "I slipped a disc years ago. Since last week the numbness in both legs is back",
            "emergency",
        ),
        ("the pain does go down both my legs", "emergency"),
    ],
}

class_tests(globals(), CALM, KEPT, {})


@pytest.mark.parametrize(
    "question",
    [
        "Since my back went out last week I stand at the urinal ages before anything comes, then "
        "it's a trickle. Normal?",
        "ever since my disc flared up, at a urinal it takes forever to start and then it's a "
        "dribble",
    ],
)
def test_a_slow_start_at_a_urinal_since_the_back_flared_raises_the_bladder_rule(
    question: str,
) -> None:
    # the learned check read these before; the rules now do, so a long message keeps them
    assert [f.id for f in SAFETY.check_rules(question)] == ["cauda-equina-bladder"]


def test_a_shy_bladder_at_a_urinal_stays_quiet() -> None:
    assert (
        SAFETY.check(
            "I stand at the urinal for ages before anything happens when the pub "
            "is busy, my back is fine"
        )
        == []
    )


@pytest.mark.parametrize(
    "question",
    [
        "The pain in my lower back doesn't go down my legs",
        "it's a dull ache that does not go down into my legs",
    ],
)
def test_doesnt_go_down_my_legs_denies_the_spreading_and_the_legs(question: str) -> None:
    mentions = SAFETY.mentions(question)
    assert not [m for m in mentions if m.concept == "NO_FLOW"]
    legs = [m for m in mentions if m.concept == "LEGS"]
    assert legs and all(m.negated for m in legs)
    assert SAFETY.check(question) == []
