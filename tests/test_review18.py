"""review18 (a cold review of the session's merged red-flag changes, issue #12): what they lost.

1. plain.py held back the learned check's emergency when no word of a closed list of sign words
   was in the message, so a sign told in words the list lacked passed as plain pain: an overdose or
   a wish to die beside plain pain ("back pain very bad since 2 days. I am thinking to hang
   myself"), a fall from a scaffold or a window in broken English. Plain is now what every word
   says: the words of plain pain are the closed list (data/plain_pain.json 'words').
2. "since <a year>" read as long ago made a husband's "hasn't had a wee since 2000" (this evening)
   long-standing: a round time on a 24-hour clock is not a year (number kind 'year').
3. A call or a clinician asked "about my back" tells back trouble, so a fever answered yes in the
   call's questions raises the fever rule ("111 asked me about my back. Any fever? Yes, 39.").

On tests/safety_cases.class_tests since safety62: every line also with a second question appended
each way, inside a long message (the rules alone; the learned check's own catches of 1, which the
rules miss, short only: 'short_kept'), and as lines of one batch."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, class_tests, rules_tier

E = "emergency"

KEPT = {
    # 1: review18's lines, each an emergency on 82a987e, none after safety54's first plain.py,
    # that the rules catch
    "a sign beside plain pain": [
        (q, E)
        for q in [
            "back pain very bad since 2 days. I am thinking to hang myself.",
            "back pain very bad since 2 days. I've taken a whole box of paracetamol",
            "back pain very bad since 2 days. i not want to live anymore with this pain",
            "back pain very bad since 2 days. better if i am gone",
            "My back pain is really bad and going down my leg to my foot. I swallowed 30 co-codamol",
            "My back pain is really bad and going down my leg to my foot. i drink whole bottle of "
            "painkiller",
            "My lower back is agony since Sunday. I swallowed all my tablets an hour ago.",
            "Sciatica down my leg to my foot for a month. Tonight I took 40 co-codamol.",
            "my father back pain very strong, he drop from scaffold at work",
        ]
    ],
    # 2: a round time on a 24-hour clock after "since" is no year
    "a round clock time": [
        (q, E)
        for q in [
            "My husband hasn't had a wee since 2000 and his lower back is killing him.",
            "My husband hasn't peed since 1930 and his lower back is killing him.",
            "my wife has not passed urine since 2015 and her back is agony",
        ]
    ],
    # 3: a call or a clinician asked about the back tells back trouble beside a fever
    "a call about the back": [
        (q, "urgent")
        for q in [
            "111 asked me about my back. Any fever? Yes, 39.",
            "Rang 111 about my back. Any numbness around your bottom? No. Any loss of bladder "
            "control? No. Any fever? Yes, 39 and shivering.",
            "I called the GP about my back. Any fever? Yes, 38.9 since last night.",
        ]
    ],
    # checklist_words.json 'hedges_after': "correction" and "scratch" take the no back, as "well"
    # and "actually" do (the line was caught before safety55's answered-no reading, then lost)
    "a no corrected": [
        ("111 asked: Have you lost control of your bladder? No. Correction, I have.", E),
        ("Any numbness around your bottom? No. Scratch that, it's numb since this morning.", E),
    ],
    # safety55's bar on patients and clients (NOT_CARED_FOR) holds only where the sign's clause
    # tells no live time ('now', 'since this morning'): the CI's test_safety_others found "my
    # patient now can't feel her legs" no longer raised the both-legs rule
    "a patient told live": [
        ("my patient now can't feel her legs", E),
        ("my client can't feel his bum since this morning", E),
    ],
}
# 1: the learned check's (the rules miss them), so short only: inside a long message it abstains
SHORT_KEPT = {
    "a sign beside plain pain, the learned check's": [
        (q, E)
        for q in [
            "back pain very bad since 2 days, pain in breast bone go to back",
            "back pain very bad since 2 days, he jumped from the window",
            "back pain very bad since 2 days, he was run over",
            "pain going down my leg to the foot. my thing no work in bed now",
            "he cannot stand straight and pain is very strong. he move like drunk man",
        ]
    ],
}
IDS = {
    "a round clock time": "cauda-equina-bladder",
    "a call about the back": "infection-fever",
}

CALM = {
    # 1: the plain pain safety54 quieted (newcomer18 F2) stays quiet: every word is plain
    "plain pain": [
        "back pain very bad since 2 days",
        "my back is very painful since two days",
        "pain going down my leg to the foot",
        "the pain is going down my leg like electric to the foot is this the sciatica",
        "my husband he lift the heavy box yesterday now he cannot stand straight and pain is very "
        "strong what he should do",
        "since one week the pain is very strong in my back",
    ],
    # 2: a year after "since" is still long-standing
    "a year after since": [
        "I look after my husband who's had a spinal cord injury since 2010 and uses a catheter. "
        "My question is about my own back from the transfers, is a slide sheet worth it?",
        "My husband has used a catheter since 1995 after his spinal injury. My question is about "
        "my own back, is a slide sheet worth it?",
    ],
    # 3: a call about the back with no fever of the asker's
    "no fever of the asker's": [
        "I rang the GP about my back and she asked about fever, I said no. What stretches help?",
        "I phoned my mum about my back, she had flu last week with a fever",
    ],
    # a patient or client told with no live time
    "a patient told with no live time": [
        "a patient at work has a numb bum",
        "my client can't feel his bum when he sits on the massage table too long",
    ],
}

class_tests(globals(), CALM, KEPT, {}, long_tier=rules_tier, short_kept=SHORT_KEPT, ids=IDS)


@pytest.mark.parametrize(("question", "urgency"), KEPT["a round clock time"])
def test_a_round_clock_time_raises_the_bladder_rule_alone(question: str, urgency: str) -> None:
    assert [f.id for f in SAFETY.check(question)] == ["cauda-equina-bladder"]
    assert SAFETY.check(question)[0].urgency == urgency
