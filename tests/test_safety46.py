"""safety46 (issue #12): held-out 25's false alarms by class: shivering with a cold cause named
(a broken boiler, a power cut, cold-water swimming), a red-flag term asked about and the asker's
own case said to be the opposite ("Mine is better at night"), a twinge on a sneeze or cough that
went within minutes, signs named as what a course, exam or case study covers, and a care job's
routine told by "a lot of"; the asker's own signs beside a story's keep their notices.

Each class has calm lines and urgent look-alikes in wordings of their own (not the probe's in
tests/eval/red_flags_safety46.jsonl), each tested short, inside a message of more than 200 words,
with an ordinary second question appended, and as one line of a batch."""

from __future__ import annotations

from tests.safety_cases import class_tests

# 1: shivering from the cold, its cause named in its clause
COLD_CALM = [
    "Our boiler died on Friday and I've been shivering in the kitchen, my lower back is stiff. Heat pad?",
    "I keep shivering since the heating went off for repairs, and my back is achy. Any tips?",
    "Shivering like mad after a winter dip in the river this morning, my back felt great though. Is cold water good for backs?",
    "We've had a power outage all evening and I'm shivering under a coat, back is stiff from huddling. Stretches?",
]
COLD_KEPT = [
    (
        "The heating is on full and I'm still shivering, temperature 39.1, my back is killing me.",
        "urgent",
    ),
    ("Shaking all over under the duvet with a fever, and my back is really sore.", "urgent"),
    (
        "Boiler's fixed, house is warm, but I'm shivering and burning up and my back hurts.",
        "urgent",
    ),
]
# 2: a term asked about, the asker's own case the opposite
TERM_CALM = [
    "What does 'night pain' actually mean on the NHS list? Mine is always easier at night.",
    "What is meant by 'pain not relieved by rest'? Mine settles when I rest.",
    "What do doctors mean by 'night pain'? Mine gets better in bed.",
]
TERM_KEPT = [
    ("What does 'night pain' actually mean? Mine wakes me every night at 3am.", "soon"),
    ("What is meant by 'pain not relieved by rest'? Mine never eases, even lying down.", "soon"),
    (
        "What does 'night pain' mean? Mine is easier at night but I can't feel my bum since yesterday.",
        "emergency",
    ),
]
# 3: a twinge on a sneeze or cough that went within minutes
TWINGE_CALM = [
    "Coughed hard and my lower back twinged, it eased within a couple of minutes. Anything I should do?",
    "I sneezed and got a sharp twinge in my back but it faded after a few seconds, fine since. Worth resting?",
    "Felt my back catch when I sneezed, it passed in about 5 minutes and I'm still fine today.",
]
TWINGE_KEPT = [
    (
        "Every time I sneeze my back hurts badly and it's been like that for a month, getting worse.",
        "soon",
    ),
    ("I coughed and my back went, and within minutes both legs went numb.", "emergency"),
]
# 4: signs named as what a course, an exam or a case study covers
COURSE_CALM = [
    "I'm on a first responder course and this week they taught us about falls from height and car crashes. My back is stiff from kneeling on the floor, any tips?",
    # "Revising for my paramedic exam, there's a case on cauda equina ..." was here: 'exam', 'case'
    # and 'on' were withdrawn as a course's words after review16 (they silenced real reports)
    "Our nursing lecture today covered saddle anaesthesia and bladder retention. Sitting in lectures all day makes my lower back sore, cushion ideas?",
]
COURSE_KEPT = [
    (
        "I'm on a first aid course about falls from height and I fell off the stage today, my back is agony.",
        "emergency",
    ),
    (
        "Revising for my exam, the case is about urinary retention, and since this morning I can't pee myself.",
        "emergency",
    ),
    (
        "Our lecture covered saddle anaesthesia and now I realise my bum has been numb since Monday.",
        "emergency",
    ),
]
# 5: a story's character: not fixed (safety46 tried reading "character" as an animal word and
# withdrew it: "a character-building week at work, now both legs are numb" then raised nothing);
# the asker's own signs beside a story must keep their notices
FICTION_KEPT = [
    ("a character-building week at work, now both legs are numb", "emergency"),
    (
        "I'm writing a novel and my character can't feel her legs. Also since yesterday I can't feel my legs.",
        "emergency",
    ),
    (
        "My character in the play falls down the stairs, and I actually fell down the stairs in rehearsal today, my back is agony.",
        "emergency",
    ),
]
# 6: the asker's care job told by "a lot of" ('work.routine'): the patients' signs
WORK_CALM = [
    "I'm a hospice nurse on nights and my back aches. We do a lot of catheter care and continence pads.",
    "As a carer in a nursing home, we do lots of catheter bag changes and my back is sore from bending.",
    "I'm an ICU nurse. We do a lot of catheter care and my back aches, any tips?",
]
WORK_KEPT = [
    (
        "I'm a nurse and we do a lot of lifting. Since yesterday I can't pee and my back is agony.",
        "emergency",
    ),
    (
        "I'm a care worker and I do a lot of hoisting; my legs have gone numb and weak since this morning.",
        "emergency",
    ),
]

CLASSES_CALM = {
    "cold": COLD_CALM,
    "twinge": TWINGE_CALM,
    "course": COURSE_CALM,
    "work": WORK_CALM,
}
# a denial after a definition disowns nothing where a live time or a number stands anywhere
# (disowned.py), as in the long message's padding ("this month"): short only
SHORT_CALM = {"term": TERM_CALM}
CLASSES_KEPT = {
    "cold": COLD_KEPT,
    "term": TERM_KEPT,
    "twinge": TWINGE_KEPT,
    "course": COURSE_KEPT,
    "fiction": FICTION_KEPT,
    "work": WORK_KEPT,
}
class_tests(globals(), CLASSES_CALM, CLASSES_KEPT, SHORT_CALM)
