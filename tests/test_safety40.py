"""safety40 (issue #12): false alarms by class, most common first: "it's back" that is not a
sign's return (review14 F4, F5); a child's ordinary development and behaviour (review14 F6,
redteam14 B8); redteam14's B classes; red flags 24's false alarms.

Each class has calm lines and urgent look-alikes in wordings of their own (not the probes' in
tests/eval/red_flags_safety40.jsonl), each tested short, inside a message of more than 200 words,
with an ordinary second question appended, and as one line of a batch."""

from __future__ import annotations

from tests.safety_cases import SAFETY, class_tests, long_message

# 1: "it's back" that is not a sign's return: a time to come, the body part, what is back named
RETURN_CALM = [
    "My legs went numb on a twelve hour coach trip in 2023. Here we go again, another coach trip next week. Cushion tips?",
    "Both legs tingled after a long haul flight last spring, gone by the evening. Here we go again, flying to Perth tomorrow.",
    "I had a numb bottom after a fall in 2020, all sorted. It's back and neck that are stiff now from the laptop.",
    "Pins and needles down both legs years ago, fixed by physio. Its back and hips that ache these days, which stretches?",
    "The numb legs I had last winter are gone, but my back is back with a vengeance after moving house.",
    "I couldn't feel my bum for a day after a fall in 2019, it settled. It's back today but only the dull ache across my lower back.",
    "Weak legs after covid last year, fully recovered. Its back, the tightness, since Monday morning. Heat or ice?",
    "Numbness in both legs after surgery in 2021, long gone. It's back again, just the ache in my lower back, since the weekend.",
]
RETURN_KEPT = [
    (
        "I couldn't feel my bum last year, checked, all fine. Since this morning it's back and my back is agony.",
        "emergency",
    ),
    (
        "Wet myself after a fall two years ago, it settled. It's back today, and my lower back aches.",
        "emergency",
    ),
    (
        "Last winter both my legs went numb and weak for a week. Here we go again, it started this morning.",
        "emergency",
    ),
    (
        "I had numbness down there in 2022, sorted. It's back since yesterday, the numbness, and my back hurts.",
        "emergency",
    ),
    (
        "Both legs gave way last spring, fine after a few days. Since lunchtime it's back and I can hardly stand.",
        "emergency",
    ),
]
# 2: a child's continence still being learned; a child's refusal to walk somewhere everyday
CHILD_CALM = [
    "My 5 year old still wets the bed a few nights a week; is carrying him upstairs bad for my back?",
    "My daughter is 4 and still in pull ups at night. Is it normal? My back is sore from bending to change her.",
    "Potty training my 2 year old and she keeps wetting herself; all the bending is killing my back.",
    "My 5 year old has a curved back, no pain. He still wets the bed at night, is that related?",
]
# a refusal of an errand gives way to a live question ('kept_live': "since", "now", a time
# course anywhere in it), so inside the long message, whose padding tells "this month", the walk
# sign stands: tested short and in a batch only
ERRAND_CALM = [
    "My son has a mild curve in his spine, no pain. He refuses to walk to nursery some mornings, is that the curve?",
    "My 6 year old won't walk home from school without a fuss; she has a slightly rounded back but no pain.",
]
CHILD_KEPT = [
    (
        "My 6 year old was dry for years but since yesterday he's wetting himself and says his back hurts",
        "emergency",
    ),
    (
        "My son has scoliosis, no pain, but since this morning he refuses to walk and his legs look weak",
        "emergency",
    ),
    (
        "My daughter still wets the bed, and since yesterday she can't feel her legs and her back hurts",
        "emergency",
    ),
    ("I keep wetting the bed since my fall on Monday and my back hurts", "emergency"),
    ("My 7 year old has back pain and since last night he can't pee at all", "emergency"),
    (
        "My son has a curved back, no pain, but since his fall yesterday he refuses to walk to school or anywhere",
        "emergency",
    ),
]

# 4 (red flags 24, bank A, held-out 13): soreness in both legs after a leg workout (DOMS)
DOMS_CALM = [
    "Did a hard leg day on Saturday and both my legs are aching today, plus my lower back is tight. Is that normal?",
    "Squats and lunges at bootcamp yesterday, both my thighs are so sore lol. Back a bit stiff too.",
    "First time doing deadlifts, both legs sore and my lower back aches. DOMS or did I hurt it?",
]
DOMS_KEPT = [
    (
        "Leg day on Monday and since this morning both my legs are numb and I can't pee properly",
        "emergency",
    ),
    ("Did squats yesterday, now both legs feel weak and keep giving way, back agony", "emergency"),
    ("After deadlifts yesterday my back went and now both legs are tingling", "emergency"),
    ("Leg day yesterday, both legs sore, and suddenly today I can't feel my bum", "emergency"),
    (
        "Leg day yesterday and now the pain in both legs is severe and getting worse by the hour, back too",
        "emergency",
    ),
]

# 3 (redteam14 B1): a sign named as the aim or image of an exercise instruction
CUE_CALM = [
    "My spin instructor shouts pedal until your legs burn and turn to jelly. Is spinning ok for a bad back?",
    "The physio video says breathe out and let your bottom go heavy and numb on the mat. Is that good for my back?",
    "Pilates cue: imagine you are stopping the flow of urine, then lift. Does that help back pain?",
    "My trainer says hold the squat until you can not feel your thighs. Is that bad for the lower back?",
]
CUE_KEPT = [
    (
        "I held the plank until I couldn't feel my legs and they are still numb since this morning, my back hurts",
        "emergency",
    ),
    (
        "Until you see me you won't believe it: both my legs are numb since yesterday and my back is agony",
        "emergency",
    ),
    ("Let your GP know? I can't pee since last night and my back is killing me", "emergency"),
    (
        "The yoga teacher says let your legs relax, but since the class both my legs are numb and weak",
        "emergency",
    ),
]

# 3 (redteam14 B10): a common experience told to "you" with an everyday cause
KNOW_CALM = [
    "You know when you cough and leak a little? Can a bad back make that worse?",
    "You know how your legs go numb sitting cross-legged on the floor? Is that bad for my back?",
    "You know when you get out of a hot bath and feel faint and shivery? Is a hot bath good for back pain?",
]
KNOW_KEPT = [
    # "That's me" echoes the sentence before as the asker's (echo 'thats', safety40)
    (
        "You know when you can't feel your legs at all? That's me since this morning, and my back is agony",
        "emergency",
    ),
    (
        "You know when you can't pee no matter how hard you try? That has been me since last night, with back pain",
        "emergency",
    ),
    (
        "You know what, I can't feel my bum since this morning and my back is killing me",
        "emergency",
    ),
]

# 3 (redteam14 B9): idioms of falling and burning (senses)
IDIOM_CALM = [
    "I've fallen head over heels for rock climbing, is it bad for a stiff back?",
    "I'm burning with impatience to start running again, when is it safe for my back?",
    "My heart dropped when the physio said no golf for a month. Which back stretches can I do?",
]
IDIOM_KEPT = [
    (
        "I fell head first down the stairs this morning and my back is agony, I can't feel my legs",
        "emergency",
    ),
    ("I'm burning up with a fever of 39 and my back hurts", "urgent"),
]

CLASSES_CALM = {
    "idiom": IDIOM_CALM,
    "return": RETURN_CALM,
    "child": CHILD_CALM,
    "doms": DOMS_CALM,
    "cue": CUE_CALM,
    "know": KNOW_CALM,
}
SHORT_CALM = {"errand": ERRAND_CALM}
CLASSES_KEPT = {
    "idiom": IDIOM_KEPT,
    "return": RETURN_KEPT,
    "child": CHILD_KEPT,
    "doms": DOMS_KEPT,
    "cue": CUE_KEPT,
    "know": KNOW_KEPT,
}
class_tests(globals(), CLASSES_CALM, CLASSES_KEPT, SHORT_CALM)


def test_that_is_me_tells_the_common_experience_as_the_askers_by_a_rule() -> None:
    question = KNOW_KEPT[0][0]
    assert "both-legs" in {f.id for f in SAFETY.check_rules(question)}
    assert "both-legs" in {f.id for f in SAFETY.check_rules(long_message(question))}
