"""safety66 (issue #12, review19): an overdose told beside a leaflet's or packet's overdose
warning. The warning's words (OD_WARNED, a sense until safety61's) name no overdose of the
asker's, but an amount told as taken beside them (OD_INTAKE: 8 or more tablets, "the lot",
"them all", "too many", "gone way past it") is one: rule overdose-accidental, or the crisis rule
when told as meant ("taken the lot on purpose": PILLS_ALL + OD_PURPOSE). NHS 'Overdose': A&E at
once after more than the recommended dose, even when well. Other wordings than review19's.

Also by class (review19): an idiom ("social suicide", "or not", pills "lined up" in a dosette box)
hides no plan or attempt told beside it; a feeling item answered never is that feeling lost ("Feel
when my bladder is full - never"), answered no a sign denied; an organ item answered never and
more tells how it works ("Bladder - never empties right"), a never that is a no stays quiet. All on
tests/safety_cases.class_tests: short, inside a long message, with a second question, in a batch."""

from __future__ import annotations

from tests.safety_cases import SAFETY, class_tests

E = "emergency"

CALM = {
    "leaflet": [
        "Just reading the overdose section of the co-codamol leaflet before I start, how many "
        "is too many?",
        "The overdose warning on the packet says no more than 8 tablets a day. I've had 2 today, "
        "is that enough for my back?",
        "The label's overdose bit scared me a little, I've only taken 3 ibuprofen since "
        "yesterday for my back.",
    ],
    # an idiom alone stays quiet
    "idiom": [
        "Telling my boss would be social suicide, is it ok to ask for a standing desk at work?",
        "Social suicide attempt number two: wore my back brace to the party. Is it helping?",
        "the pills are lined up in my dosette box for the week, which one is for my back?",
        "whether or not I can walk far, my back aches after sitting, any stretches?",
    ],
    # a feeling item answered no denies a sign only
    "feeling item": [
        "Feel numb down below: never",
        "Feel sick: no",
        "Feel when bladder is full: yes",
    ],
    # an organ item's "never" that is a no
    "organ item": [
        "Bladder - never a problem. Back stiff in the mornings.",
        "Bladder: never. Bowels: never had trouble.",
        "Bowel: never any trouble. My back is stiff after gardening.",
        "Bowels - never had problems. Which stretches help a stiff back?",
    ],
}

KEPT = {
    "leaflet": [
        (
            "The overdose paragraph on the insert says to get help. I've had 9 co-codamol since "
            "breakfast.",
            E,
        ),
        ("There's an overdose warning on the box and I went well over it, 12 ibuprofen.", E),
        ("The packet says overdose can kill you. I swallowed the lot deliberately.", E),
        ("The label warns about overdose. I've taken too many by mistake.", E),
    ],
    # an idiom hides no plan or attempt told beside it
    "idiom": [
        (q, E)
        for q in [
            # "or not" before the asker's own words closes an alternative: it denies nothing
            # after it
            "career suicide or not, I've got the tablets lined up for tonight",
            "like it or not I have the pills lined up for tonight",
            "ready or not I can't feel my bum or my legs since this morning",
            # a tablet-taking told beside the idiom: the sense gives way
            "Social suicide attempt, I'm in bed after taking pills",
            "political suicide attempt no 3, on the sofa after taking the tablets",
        ]
    ],
    # a feeling item answered never is that feeling lost
    "feeling item": [
        (q, E)
        for q in [
            "Feel when my bladder is full - never",
            "Feel when I need the toilet: never since Sunday",
            "Feel when bowel is full: no",
        ]
    ],
    # an organ item answered never and more tells how it works
    "organ item": [
        (q, E)
        for q in [
            "Bladder - never empties right any more.",
            "Numb bum: no. Bladder: never empties fully since Tuesday.",
            "bladder – never feels empty after I go",
        ]
    ],
}

class_tests(globals(), CALM, KEPT, {})


def test_accidental_beside_a_leaflet_is_the_accidental_rule() -> None:
    flags = SAFETY.check(
        "The overdose part of the leaflet says go to A&E. I've had 10 paracetamol since noon."
    )
    assert [f.id for f in flags] == ["overdose-accidental"]


def test_meant_beside_a_leaflet_is_a_crisis() -> None:
    flags = SAFETY.check("The leaflet mentions overdose. I've taken the lot on purpose.")
    assert "crisis" in [f.id for f in flags]
