"""safety55 (issue #12): a carer's report of someone else's emergency, then the asker's own
ordinary question (asked_after.py).

"his bum is numb now. Also, which stretches are good for a stiff back?" raised nothing: the back
named in the trailing question counted as the asker's own back trouble, which turns off someone
else's emergency told with their back unnamed (rules._happening), and "what mattress is best"
read as a definition asked, which bars it (others_barred). Now the asker's back trouble and the
bars count only before the trailing ordinary questions, which may name the asker when they open
with a question word ("which stretches are good for my stiff back?"). The carer's own report of
their back ("I'm his carer and my back aches from helping him") still turns it off.

Also a form's question to "you" whose no IS the sign (checklist.py _told_no, data
checklist_words.json 'told_no'): "Can you feel your bottom when you wipe? No." is "I cannot feel
my bottom when I wipe", "Have you been able to pee normally? No." is "I have not been able to pee
normally"; a sign asked about ("Have you lost control of your bowels? No.", "Any numbness? No.")
is denied by its no, as before."""

from __future__ import annotations

import pytest

from tests.safety_cases import PADDING, SECOND, batch, class_tests, rules, rules_tier, tier

REPORTS = [
    ("his bum is numb now.", "cauda-equina-saddle"),
    ("my husband can't pee.", "cauda-equina-bladder"),
    ("My wife can't feel her bottom since this morning.", "cauda-equina-saddle"),
    ("Mum's legs have both gone weak and she can't stand since lunchtime.", "both-legs"),
    ("dad can't wee and his bum is numb.", "cauda-equina-bladder"),
    ("my partner can't feel his legs today.", "both-legs"),
    (
        "I look after my elderly father. This afternoon he suddenly couldn't pass urine at all "
        "and he says his bottom feels numb. I've been lifting him a lot.",
        "cauda-equina-bladder",
    ),
]
QUESTIONS = [
    " Also, which stretches are good for a stiff back?",
    " Also, what mattress is best for back pain?",
    " and is a heat pad or an ice pack better for a stiff back?",
    " btw which stretches are good for my stiff back?",
    "\nwhat can I do for my back pain?",
    " Oh and, how should I sit with a sore back?",
]
CASES = [(report + question, rule) for report, rule in REPORTS for question in QUESTIONS]


@pytest.mark.parametrize(("question", "rule"), CASES)
def test_someone_elses_emergency_survives_the_askers_question(question: str, rule: str) -> None:
    assert rule in rules(question)
    assert tier(question) == "emergency"


@pytest.mark.parametrize(("question", "rule"), CASES[::5])
def test_inside_a_long_message_and_with_a_second_question(question: str, rule: str) -> None:
    assert rule in rules(PADDING * 9 + question)
    assert rules_tier(question + SECOND) == "emergency"


def test_as_lines_of_a_batch() -> None:
    lines = [q for q, _ in CASES if "\n" not in q]
    for line, raised in zip(lines, batch(lines), strict=True):
        assert raised and raised[0]["urgency"] == "emergency", line


@pytest.mark.parametrize(
    "question",
    [
        # the carer's own back told as a report, beside a long-standing or explained sign
        "My grandad has prostate trouble and struggles to pee, I'm his carer and my back aches "
        "from helping him on and off the commode. Any lifting techniques?",
        "My grandad has prostate trouble and struggles to pee. How do I stop my back aching when "
        "I help him?",
        "My husband has had MS for years and is incontinent. Also, which stretches are good for "
        "a stiff back?",
        "my partner can't feel his feet after his diabetes got worse, unrelated to backs, but I "
        "hurt mine lifting him",
        # someone at work, told beside the asker's own report
        "I'm a nurse, bladder scanned a patient earlier and she had 900ml retained, off to "
        "theatre. My lower back is tight from the shift, best stretch?",
        "My patient in ward 4 has bilateral leg weakness and we've called the on-call team. "
        "Separately, I've got a niggly back from the shift. Stretch advice?",
    ],
)
def test_the_askers_own_report_still_turns_it_off(question: str) -> None:
    assert rules(question) == set()


# a form's question whose no is the sign (safety52's list of misses), and their calm twins
TOLD_NO_KEPT = [
    ("Can you feel your bottom when you wipe? No.", "emergency"),
    ("Have you been able to pee normally? No.", "emergency"),
    ("Do you have normal feeling around your bottom? No.", "emergency"),
    ("Is your bladder control normal? No, and my back is killing me.", "emergency"),
    ("The nurse on 111 asked: are you able to pee? No.", "emergency"),
    ("Can you pass urine? No. My back is agony.", "emergency"),
    ("Could you feel your legs this morning? No.", "emergency"),
    ("Are you able to walk normally? No, and my back is agony.", "emergency"),
    ("Do you have normal control of your bladder? No.", "emergency"),
    ("Are you able to control your bowels? No.", "emergency"),
]
TOLD_NO_CALM = [
    "Any numbness? No. Which stretches help a stiff back?",
    "Have you lost control of your bowels? No, and my back is just stiff.",
    "Do you have any numbness around your bottom? No. Best mattress for back pain?",
    "Do you have any loss of feeling around your bottom? No. Is walking good for a sore back?",
    "Have you had any problems passing urine? No. Heat or ice for my back?",
    "Do you have trouble peeing? No. My back is sore from gardening.",
    "Can you feel your bottom when you wipe? Yes. My back aches after work.",
    "Have you been able to pee normally? Yes. Any stretches for a stiff back?",
]
class_tests(globals(), {"told no": TOLD_NO_CALM}, {"told no": TOLD_NO_KEPT}, {}, name="told_no")


@pytest.mark.parametrize(("question", "_tier"), TOLD_NO_KEPT)
def test_told_no_raises_by_the_rules(question: str, _tier: str) -> None:
    assert rules(question)


# someone the asker does not care for (safety54's look-alikes): a patient, a customer (data
# NOT_CARED_FOR, a bar in its sign's clause), a character in the asker's own book (holder.py)
UNCARED_CALM = [
    "a patient at work has a numb bum.",
    "a patient at work can't pee.",
    "my patient has numb legs.",
    "a customer in the shop said his bum is numb.",
]
# a character's signs are asked about only with nothing live in the message: inside the long
# message (its padding's "has started selling") they raise, as safety49's own "In my script a
# character can't pee." does there (left: docs/safety.md), so these are read short only
CHARACTER_CALM = [
    "the character in my book has a numb bum.",
    "the hero in my novel can't feel his legs.",
    "the main character in my story loses control of his bladder, is that realistic?",
]
UNCARED_KEPT = [
    ("my dad has a numb bum", "emergency"),
    ("my husband can't pee, I'm trying to be patient", "emergency"),
    ("in the book my dad couldn't feel his legs", "emergency"),
    ("I can't feel my bum and a patient at work has the same", "emergency"),
    (
        "we had 2 falls patients today, numb saddle area and weak legs after lifting one of them",
        "emergency",
    ),
]
class_tests(
    globals(),
    {"not cared for": UNCARED_CALM},
    {"not cared for": UNCARED_KEPT},
    {"character": CHARACTER_CALM},
    name="uncared",
)


@pytest.mark.parametrize(("question", "_tier"), UNCARED_KEPT)
def test_cared_for_raises_by_the_rules(question: str, _tier: str) -> None:
    assert rules(question)
