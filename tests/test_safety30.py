"""safety30 (issue #12, newcomer11 problems 1 and 2): a stress leak told with its everyday cause is
no cauda equina emergency; bleeding, regular pains and leaking fluid in pregnancy are emergencies.

Each class is asserted on the rules' own notices (`check_rules`) and on a message over 200 words,
the only kind the rules read alone (no learned check), besides the full check."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.tuning import NET_MAX_WORDS

SAFETY = load_safety()
BLADDER = "cauda-equina-bladder"

# a studio client's preamble, long enough that the learned check does not read the message (it
# names no one else last: a sentence with no subject after one about someone else reads as theirs,
# a reading this round leaves as it is; see docs/safety.md)
PREAMBLE = (
    "I work from home at a laptop most of the day, then do the school run and cook tea. A friend "
    "recommended your studio because the classes are small and the teachers are careful. I have "
    "looked at the timetable and the Tuesday evening and Saturday morning slots would suit me best, "
    "though a lunchtime one could work when the kids are settled. I am not very flexible and have "
    "never tried reformer, only a few mat classes at a leisure centre. I would like to know what "
    "the first session is like, whether I need to bring anything, how booking works and whether "
    "you sell gift vouchers. "
)


def rules(text: str) -> list[str]:
    return [f.id for f in SAFETY.check_rules(text)]


def everything(text: str) -> list[str]:
    return [f.id for f in SAFETY.check(text)]


def long(text: str) -> str:
    message = PREAMBLE * 2 + text
    assert len(message.split()) > NET_MAX_WORDS
    return message


# 1. a stress leak with its everyday cause --------------------------------------------------------

CALM_LEAKS = [
    "is it normal to leak when I sneeze after giving birth?",
    "postnatal and I keep leaking when i sneeze, can i still do pilates?",
    "do you do pelvic floor classes for stress incontinence",
    "since my baby I wee a little when I cough",
    "Since having the twins I dribble when I laugh or cough, can your physio help?",
    "4 months postpartum and still wetting myself a bit when I jump on the trampoline",
    "Going through the menopause and I leak when I cough, do you run pelvic floor sessions?",
    "I'm 28 weeks pregnant and I pee a little when I sneeze, is that normal?",
    "Do you offer physio for stress urinary incontinence after a c-section?",
    "Do you run classes for a weak pelvic floor after childbirth? I leak when I skip",
    "Do you treat incontinence?",
    "is pilates good for incontinence",
]


@pytest.mark.parametrize("question", CALM_LEAKS)
def test_a_stress_leak_with_its_everyday_cause_raises_nothing(question: str) -> None:
    assert everything(question) == []
    assert rules(long(question)) == []


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("since my back went I leak when I cough", BLADDER),
        ("I've started wetting myself and my back is agony", BLADDER),
        ("after giving birth I can't feel when I need to pee", BLADDER),
        ("postnatal, numb down below and leaking", "cauda-equina-saddle"),
        ("Postnatal, and since my sciatica flared up I can't hold my wee at all", BLADDER),
        (
            "Since giving birth I leak without realising and can't tell when my bladder is full",
            BLADDER,
        ),
        ("postnatal and I leak when I sneeze, and now both my legs have gone weak", BLADDER),
        ("Menopausal, and since I hurt my back last week I suddenly leak when I cough", BLADDER),
        (
            "had a baby 6 months ago and since my back went yesterday I've been leaking when I sneeze",
            BLADDER,
        ),
        ("since yesterday I leak when I sneeze, I'm pregnant", BLADDER),
        ("pregnant and I keep leaking", BLADDER),  # may be her waters: no trigger told
        ("I leak when I cough", BLADDER),  # no cause told
    ],
)
def test_a_leak_with_a_nerve_sign_or_a_back_onset_keeps_the_emergency(
    question: str, rule: str
) -> None:
    assert rule in rules(question)
    assert rule in rules(long(question))


def test_a_stress_leak_barred_by_numbness_keeps_the_bladder_rule_too() -> None:
    # a cause explains one sign, not a cluster: beside numbness the leak is the bladder's sign
    question = "Had my baby 3 weeks ago, I leak when I cough but now my bum feels numb"
    assert {BLADDER, "cauda-equina-saddle"} <= set(rules(question))


def test_a_disc_prolapse_is_no_cause_of_a_leak() -> None:
    assert BLADDER in rules("prolapsed disc and I leak when I cough")
    assert rules("womb prolapse and I leak when I cough") == []


def test_a_cause_read_beside_names_nothing_a_long_ago_must_leave_alone() -> None:
    # bankA: "since my third baby years ago" is long ago, and the sentence before it with it
    question = (
        "My stress incontinence has been the same since my third baby years ago, nothing new. "
        "Do pelvic floor exercises help the back too?"
    )
    assert rules(question) == []


# 2. pregnancy ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("pregnant and bleeding with back pain, should i come to class", "pregnancy-bleeding"),
        ("im 30 weeks pregnant with bad back pain and bleeding", "pregnancy-bleeding"),
        ("20 weeks pregnant, some bleeding and a crampy low back ache", "pregnancy-bleeding"),
        (
            "I'm pregnant. Since this morning I've had some spotting and my back aches.",
            "pregnancy-bleeding",
        ),
        ("pregnant, passed some clots this morning and my back is agony", "pregnancy-bleeding"),
        (
            "32 weeks pregnant and severe pain in my back that comes and goes every 5 minutes",
            "labour",
        ),
        (
            "34 weeks pregnant and getting tightenings every 10 minutes with lower back ache",
            "labour",
        ),
        ("I'm 33 weeks and my back pain is coming in waves, quite regular", "labour"),
        ("36 weeks pregnant and leaking clear fluid, back aches", "labour"),
        ("pregnant and i have had a gush of water", "labour"),
    ],
)
def test_warning_signs_in_pregnancy_are_an_emergency(question: str, rule: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"
    assert rule in rules(question)
    assert rule in rules(long(question))


@pytest.mark.parametrize(
    "question",
    [
        "Pregnant and my back aches from the bump",
        "is pilates safe when pregnant",
        "I had some spotting in my first pregnancy years ago",
        "Bleeding gums and back ache in pregnancy, is that normal?",
        "Pregnant, nosebleeds and back ache",
        "I'm 30 weeks and get the odd Braxton Hicks, is pilates still ok for my back?",
        "My period is really heavy this month and my back aches",
        "I lost some water weight while pregnant",
        "pregnant and drinking loads of water, back aches",
        "I wasn't expecting so much bleeding after my tooth came out",
        "My sister is pregnant and I am bleeding from a cut",
    ],
)
def test_ordinary_pregnancy_questions_raise_nothing(question: str) -> None:
    assert everything(question) == []
    assert rules(long(question)) == []


def test_the_pregnancy_notices_send_to_the_midwife_first() -> None:
    for question in ("pregnant and bleeding", "pregnant and contractions every 5 minutes"):
        flag = SAFETY.check_rules(question)[0]
        assert "midwife or maternity unit first" in flag.message
        assert flag.urgency == "emergency"
