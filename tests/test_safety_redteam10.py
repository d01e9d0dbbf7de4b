"""safety25's readings (docs/safety.md, "Twenty-fifth round"): redteam10's classes, each in
wordings of its own (the probe is tests/eval/red_flags_redteam10.jsonl), with the twins that must
keep their notice. A: pain on other straining acts, steroid and osteoporosis drugs by name,
heartburn brought on by effort, stopping activities and worry, a bare temperature, cancer told by
its operation, infections by name, the bra line. B: everyday senses of alarm words (an event's
fever, furniture's legs and arms, a worst-ever thing, the star sign, car-crash and breathless
idioms, sweating over a task) and clinical shorthand negatives after a sign."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A1: straining by another act (soon)
        ("whenever I laugh my lower back hurts", "soon"),
        ("my back pain flares if I blow my nose hard", "soon"),
        ("got the hiccups and each one stabs my lower back", "soon"),
        ("clearing my throat gives me a twinge low in my back", "soon"),
        # A2: the drug's name or nickname (soon)
        ("been taking Fosamax for two years and my lower back aches", "soon"),
        ("I'm on risedronate and my back is sore", "soon"),
        ("started pred last month for my asthma, back now aching", "soon"),
        ("I have a bone injection every six months and my back hurts", "soon"),
        # A3: heartburn or indigestion on effort, with the back (emergency)
        (
            "feels like indigestion when I hurry for the bus and it goes through to my back",
            "emergency",
        ),
        ("heartburn when I climb the stairs, going into my back between my shoulders", "emergency"),
        # A4: stopping daily activities, or worry (soon)
        ("I've given up the gym because of my back", "soon"),
        ("had to give up work because of my back pain", "soon"),
        ("I'm so anxious about my back pain", "soon"),
        ("I'm frightened about what my back pain could be", "soon"),
        # A5: a bare temperature (urgent)
        ("39.4 last night and my lower back is killing me", "urgent"),
        ("my back hurts and I hit 38.8 this afternoon", "urgent"),
        # A6: cancer told by its operation or follow-up (urgent)
        ("I had a prostatectomy two years ago and now my mid back aches", "urgent"),
        ("got my 10 year all clear but now my upper back is sore", "urgent"),
        # A7: an infection by name (soon)
        ("recovering from covid and my lower back aches", "soon"),
        ("had bronchitis last month and my back now hurts", "soon"),
        ("caught noro at work last week and my back aches now", "soon"),
        # A8: the bra line, the heart, a shoulder blade (soon)
        ("pain in my back under my bra clasp", "soon"),
        ("my back aches just behind my heart", "soon"),
        ("a dull ache next to my right shoulder blade", "soon"),
        ("aching under my left shoulder blade", "soon"),
        ("a sharp pain next to my left shoulder blade when I reach up", "soon"),
    ],
)
def test_a_sign_told_in_its_own_words_raises_its_tier(question: str, expected: str) -> None:
    assert tier(question) == expected, (question, SAFETY.check(question))


@pytest.mark.parametrize(
    "question",
    [
        # B1: an event's fever
        "Euros fever kept me on the sofa all week and now my back aches",
        "wedding fever: I've been hunched over place cards and my back is stiff",
        "had my yellow fever jab and my back aches from the long flight",
        # B2: furniture's legs and arms
        "the legs of my kitchen table are uneven so I stoop and my back aches",
        "my desk legs are different heights, could that explain my back pain?",
        "I lean on the right arm of the couch to read and my back aches",
        # B3: worst ever said of a thing
        "worst ever commute today, three hours driving and my back aches",
        "that was the worst ever pilates session, my back is stiff",
        # B4: the star sign
        "Cancerians are meant to be homebodies, is too much sitting bad for my back?",
        "my horoscope said Cancers need rest, my back is sore",
        # B5: car crash as a disaster
        "this project has been a complete car crash and my shoulders and back are tight",
        "watching car crash telly slouched on the sofa, my back aches",
        # B6: breathless as an idiom
        "the price of the massage left me breathless but my back feels better",
        "we were breathless from laughing and my back twinged",
        # B7: sweating over a task
        "sweating over my essay at the desk all day, back aches",
        "stop sweating the details, my physio says, but my back is tight",
        # B8: clinical shorthand negatives
        "discharge letter says saddle anaesthesia neg, retention nil, back pain 5/10, what helps?",
        # side finding: 'all the time' is no night pain
        "my back aches all the time when I sit at my desk, any tips?",
    ],
)
def test_an_everyday_sense_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # twins: the sign itself still raises its notice
        ("I have a fever and my back aches", "urgent"),
        ("both my legs are wobbly and my back hurts", "emergency"),
        ("worst pain ever in my back, it started suddenly", "urgent"),
        ("I had bowel cancer and my back is sore", "urgent"),
        ("I was in a car crash this morning and my back hurts", "emergency"),
        ("the day I was in a car crash my back started hurting", "emergency"),
        ("walking up the stairs left me breathless and my upper back aches", "emergency"),
        ("I've been sweating at night and my back aches", "urgent"),
        ("saddle numbness since yesterday and my back hurts", "emergency"),
        ("I sit in my chair and both my legs go numb", "emergency"),
        ("my left arm aches and my back hurts", "emergency"),
        # a shorthand negative elsewhere denies no sign
        ("numb bum since yesterday, covid test negative", "emergency"),
        ("my legs are numb and I feel so negative about it", "emergency"),
    ],
)
def test_the_sign_itself_keeps_its_notice(question: str, expected: str) -> None:
    assert tier(question) == expected, (question, SAFETY.check(question))
