"""safety58 (issue #12, review18's shared misses): overdoses told as taken, crisis and trauma in
broken English, retention in broken English.

1. An overdose told as taken with no "at once": a whole supply or a count of tablets no dose is
   (OD_TAKEN: "I've taken a whole box of paracetamol", "I swallowed 30 co-codamol"), or many or all
   of one's tablets swallowed recently or on purpose (OD_MANY with OD_RECENT or OD_PURPOSE), or
   all of them taken "to finish it" (PILLS_ALL + OD_PURPOSE). The NHS page "Overdose" sends
   anyone who has taken more than the recommended dose to A&E or 999 at once, even when they feel
   well; a supply taken over a week is dosing, a couple of tablets a dose.
2. Crisis in broken English: "i think to hang myself", "i will finish myself", "better if i am
   gone", "i not want to live anymore"; their look-alikes stay quiet.
3. Trauma and retention in broken English: "I drop from scaffold", "I was run over", "I dropped
   3 meters", "i not can piss since morning", "since morning no urination"; calm twins quiet.

On tests/safety_cases.class_tests since safety62: every line also inside a long message (the rules
alone) and with a second question appended each way (no full stop, a full stop, run on in lower
case), the emergencies keeping their rule ('ids'), and all of them as lines of one batch. Inside a
long message all twelve overdoses raised nothing and "i will finish myself" and "better if i am
gone" lost their notice with a question run on after them: a run-on sentence joined the one before
(engine/safety/run_on.py)."""

from __future__ import annotations

from tests.safety_cases import SAFETY, class_tests, rules_tier

E = "emergency"

KEPT = {
    # 1: an overdose told as taken
    "overdose": [
        (q, E)
        for q in [
            "I've taken a whole box of paracetamol",
            "I swallowed all my tablets an hour ago",
            "I took a lot of tablets an hour ago",
            "I swallowed 30 co-codamol",
            "i drink whole bottle of painkiller",
            "i take all my tablets tonight to finish it",
            "I took too many tramadol on purpose",
            # other wordings of the same class
            "my wife has swallowed a whole packet of her sertraline",
            "I just necked 20 paracetamol",
            "took loads of codeine half an hour ago",
            "I took too many painkillers deliberately",
            "I have swallowed a full bottle of tramadol",
        ]
    ],
    # 2: crisis in broken English
    "crisis": [
        (q, E)
        for q in [
            "i think to hang myself",
            "i will finish myself",
            "better if i am gone",
            "i not want to live anymore",
            "sometimes i think to hang myself because of this pain",
            "i want to finish with myself",
            "for my family it is better if i was dead",
            "i not want to be alive anymore",
        ]
    ],
    # 3: trauma and retention in broken English
    "trauma": [
        (q, E)
        for q in [
            "I drop from scaffold",
            "I jump from balcony",
            "I was run over",
            "I slipped from top of the ladder",
            "I dropped 3 meters at the building site",
            "I jumped out the window",
            "my husband drop from scaffold and hurt his back",
            "I fall from roof yesterday, back very painful",
        ]
    ],
    "retention": [
        (q, E)
        for q in [
            "i not can piss since morning",
            "since morning no urination",
            "no pee since yesterday and my back is very bad",
            "since yesterday not urinating",
        ]
    ],
}
IDS = {
    "overdose": "crisis",
    "crisis": "crisis",
    "trauma": "trauma",
    "retention": "cauda-equina-bladder",
}

CALM = {
    # 1: dosing spread over days, or a dose
    "dosing": [
        "I've taken a whole box of paracetamol this week and it's not helping",
        "I took 2 co-codamol an hour ago",
        "I took all my tablets this morning",
        "I take all my tablets in the morning",
        "I drink a whole bottle of water every day",
        "I took 10 mg of diazepam last night",
        "I took 30 co-codamol over the last 4 days",
        "I took a lot of tablets for my back last year",
        "I need to finish it before the deadline",
    ],
    # 2: the crisis lines' look-alikes
    "look-alikes": [
        "I think hanging shelves hurt my back",
        "I will finish my physio course",
        "better if I am gone by 5 to beat traffic",
        "I think to hang the picture higher",
        "it is better if i am gone before the builders come",
    ],
    # 3: trauma's and retention's calm twins
    "calm twins": [
        "I dropped a scaffold pole on my foot",
        "a lorry hit our fence",
        "the meeting ran over",
        "I dropped my phone from the balcony",
        "I can piss fine since morning",
    ],
}

class_tests(globals(), CALM, KEPT, {}, long_tier=rules_tier, ids=IDS)


def test_a_weight_drop_told_alone_stays_quiet() -> None:
    # calm alone only: any question about the back beside it ("... Also, is heat or ice better
    # for a stiff back?", with a full stop or without) names the back trouble the weight-loss
    # rule needs ('needs_pain'), and weight lost with back pain is its 'soon' notice by design,
    # as "I lost 3 kg and my back is stiff" is (SAFETY_FACTS: unexplained weight loss)
    assert SAFETY.check("I dropped 3 kg since January") == []
