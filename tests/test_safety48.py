"""safety48 (issue #12): red-team 15's and held-out 25's left-overs by class.

1. A person word that owns the asker's means is no subject (possessed.py): "38.6 on the baby's
   thermometer I borrowed" is the asker's reading, as "on my thermometer" is; "the baby's
   thermometer says 38.2" may be the baby's, and the baby's own fever stays theirs.
2. An idiom for a sign come back: "Old friend is visiting again since last night" after a sign
   that was over tells it back; a real friend's visit tells nothing.
3. A checklist answered no, then the clinician's verdict by a pronoun ("She thinks it's a strain"):
   the verdict's "it's" is no sign come since the answer; a sign told after it stays live.
4. A shiver with its cold cause in another clause of its sentence ("..., and afterwards I shiver for
   half an hour, which is called the afterdrop"): explained, unless a live word or a time course
   is in that sentence.
5. A measured temperature beside a cold cause ("went wild swimming and now 39 and shivering"): no
   cold explains a number (causes.py's 'measured'); an age ("I'm 39 and shivering") is no reading.
6. A course's teacher telling its content ("Did a first aid course. The instructor said that back
   pain with chest pain can be a heart attack"): no one's now (syllabus.py's 'teachers'); the
   asker's own signs after it, and a trainer with no course named, keep their notices.
7. A long-ago episode told up to a recovery in other words ("within a year I was back to normal",
   "it cleared up fully", "I've been fine ever since"): past (FULL_RECOVERY); a sign since, or
   back again, stays live.
8. A back guarded, told by how someone moves (BACK_GUARDING: "won't bend", "won't sit up",
   "walking bent over"): back trouble for the rules that need it beside a fever, someone else's
   even with their back pain denied ("no back pain apparently, but my son has 39.5 and won't
   bend"); a posture ("won't sit up straight"), sitting still, or a knee that won't bend is none.

Each class has calm lines and urgent look-alikes in wordings of their own (not the sets'), each
tested short, inside a message of more than 200 words, with an ordinary second question appended,
and as one line of a batch."""

from __future__ import annotations

import pytest

from tests.safety_cases import class_tests, kept_cases, rules_tier

# 1: a thing's owner, the asker's means
OWNER_KEPT = [
    ("back's really sore and 38.7 by the grandkids' digital thermometer", "urgent"),
    ("my back hurts, 38.9 with the neighbour's thermometer", "urgent"),
    ("sat on mum's sofa all evening and now both legs are numb and my back hurts", "emergency"),
]
OWNER_CALM = [
    # the owner's own reading stays theirs: no back pain of theirs, none of the asker's
    "my son has 38.9 on his ear thermometer, which stretches help my stiff back while I nurse him?",
    "the baby's thermometer says 38.2, is it safe to carry her with my achy back?",
]
# 2: the sign come back as an old friend
IDIOM_KEPT = [
    (
        "Numb down below for a week in March, it settled. My old friend is back since this morning.",
        "emergency",
    ),
    (
        "Wet myself a few times last spring, all sorted after physio. Old mate visiting again today.",
        "emergency",
    ),
]
IDIOM_CALM = [
    "Had sciatica down one leg last year, all gone now. An old friend is visiting this week and "
    "we want to go hiking, any tips to keep my back happy?",
    "Back ached after gardening last month, fine now. My old friend from school came round for "
    "tea, we talked about pilates. Is it good for backs?",
]
# 3: the clinician's verdict after a checklist answered no
VERDICT_CALM = [
    "The physio asked about numbness down below and peeing problems, I said no to both. He "
    "thinks it's a pulled muscle. How long should I rest?",
    "Doctor asked about leg weakness and bladder problems, I said no. He believes it's a "
    "trapped nerve. Is swimming ok?",
]
VERDICT_KEPT = [
    (
        "The physio asked about numbness down below and peeing problems, I said no to both. He "
        "reckons it's a pulled muscle, but since last night I can't pee.",
        "emergency",
    ),
    (
        "GP asked if I had any numbness in the saddle area and I said no. She thinks it's "
        "sciatica. Now my bum has gone numb.",
        "emergency",
    ),
]

# 4: a shiver's cold cause elsewhere in its sentence
COLD_CALM = [
    "Went for a winter sea dip, I was shivering for an hour after, which the group said is the "
    "afterdrop, and my lower back is stiff. Is that normal?",
    "Our heating is off so the flat is freezing, I've been shivering all evening, back is stiff. "
    "Tips?",
]
COLD_KEPT = [
    (
        "Went for a winter sea dip, and since last night I've been shivering and burning up, my "
        "back really hurts",
        "urgent",
    ),
    (
        "We swim in the river every week, it's very cold. Since yesterday I've been shivering "
        "nonstop and my back is agony",
        "urgent",
    ),
]
# 5: a measured temperature beside a cold cause
MEASURED_KEPT = [
    ("went wild swimming and now 39 and shivering, back hurts", "urgent"),
    ("cold plunge this morning, still 38.4 with chills and my lower back is killing me", "urgent"),
    ("the boiler's broken and I've got a temperature of 39, back aches", "urgent"),
]
MEASURED_CALM = [
    "I'm 39 and shivering at the bus stop in this cold, my back aches. Warm-up stretches?",
]

# 6: a course's teacher telling its content
TEACHER_CALM = [
    "Did a first aid course last week. The instructor said that back pain with chest pain can "
    "be a heart attack. My back is stiff from lifting, stretches?",
    "Went on a manual handling course at work. The tutor explained that numbness in both legs "
    "with back pain is an emergency. My lower back just aches after shifts, what helps?",
]
TEACHER_KEPT = [
    (
        "Did a first aid course last week. The instructor said that back pain with chest pain "
        "can be a heart attack. Today I have crushing chest pain going into my back.",
        "emergency",
    ),
    (
        "On my first aid course the tutor told us numb legs after a fall means a spinal injury. "
        "My legs are numb since I fell off a ladder this morning.",
        "emergency",
    ),
    # no course named: a trainer may be telling the asker's own case; when unsure, flag
    (
        "The trainer said that back pain with chest pain can be a heart attack. My back is stiff.",
        "emergency",
    ),
]

# 7: a long-ago episode up to a recovery
RECOVERY_CALM = [
    "A few years ago I had a slipped disc and numbness in both legs, and it cleared up fully with "
    "physio. My back is a bit stiff after long drives now, seat tips?",
    "About eight years ago I had an operation on my spine because I had weakness in both legs "
    "and was wetting myself. The surgeon was brilliant and within six months I was back to "
    "normal. What's the best mattress for my back?",
    "Fifteen years ago I ended up in A&E with a numb bum and couldn't pee properly, and had "
    "surgery that night. It all healed completely. These days I just want to keep my back "
    "strong, any exercises?",
]
RECOVERY_KEPT = [
    (
        "About eight years ago I had an operation on my spine because I had weakness in both legs "
        "and was wetting myself. Within six months I was back to normal, but since Monday my legs "
        "are weak again.",
        "emergency",
    ),
    (
        "Five years ago I couldn't pee and my legs were numb, it cleared up completely. This "
        "morning I couldn't pee at all and my back is agony.",
        "emergency",
    ),
]

# 8: a guarded back
GUARDING_KEPT = [
    (
        "he says his back doesn't hurt, but his temperature is 39.2 and he refuses to bend down",
        "urgent",
    ),
    ("my little girl has a fever of 38.9 since yesterday and can't sit up in bed", "urgent"),
    ("no pain she says, but she's had a high temperature all week and walks bent over", "urgent"),
]
GUARDING_CALM = [
    "my son has a temperature of 38.5 and a cold, he won't sit up straight at the table, any "
    "posture tips?",
    "my toddler has a temperature of 38.5 and won't sit up straight in her high chair, is that "
    "normal posture?",
    "my son has a high temperature and won't bend his knee after football, my back aches",
]

CLASSES_CALM = {
    "guarding": GUARDING_CALM,
    "recovery": RECOVERY_CALM,
    "teacher": TEACHER_CALM,
    "owner": OWNER_CALM,
    "cold": COLD_CALM,
    "measured": MEASURED_CALM,
    "idiom": IDIOM_CALM,
    "verdict": VERDICT_CALM,
}
CLASSES_KEPT = {
    "guarding": GUARDING_KEPT,
    "recovery": RECOVERY_KEPT,
    "teacher": TEACHER_KEPT,
    "owner": OWNER_KEPT,
    "cold": COLD_KEPT,
    "measured": MEASURED_KEPT,
    "idiom": IDIOM_KEPT,
    "verdict": VERDICT_KEPT,
}

# inside a long message: the padding after an answer no tells an onset ("has started selling
# bulbs"), which inline_answers reads as a sign come since, so the verdict class is padded before
# only; and the look-alikes are read by the rules alone (the learned check reads the padding's
# windows too)
class_tests(
    globals(), CLASSES_CALM, CLASSES_KEPT, {}, padded_before={"verdict"}, long_tier=rules_tier
)


@pytest.mark.parametrize(("name", "question", "urgency"), kept_cases(CLASSES_KEPT))
def test_kept_by_the_rules(name: str, question: str, urgency: str) -> None:
    assert rules_tier(question) == urgency, name
