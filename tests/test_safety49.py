"""safety49 (issue #12): red flags 26's false alarms by class: a health job's counted cases and
shifts' contents, goods handled at work, a study's vignette, topic list, leaflet and quiz items, a
band's set list, a game's quoted words, a lesson's phrase, a story's character, a clinician's
questions answered no (in a long story, and pasted as a bulleted list), someone else's signs long
over (a dead relative, a story in the 1950s), climbing down a ladder, a saddle numbness that went
after the ride, legs like lead after a marathon. Each calm class has urgent look-alikes in the
same frame that keep their notices.

Each line is tested short, inside a message of more than 200 words, with an ordinary second
question appended, and as one line of a batch (the shapes of tests/test_safety46.py)."""

from __future__ import annotations

from tests.safety_cases import class_tests

# 1: a health job's routine: cases counted, a shift's contents
WORK_CALM = [
    "I'm an ICU nurse and on my shift yesterday we had three suspected cauda equina admissions. My own back is sore from the hoist, tips?",
    "I'm a ward nurse; 12-hour shifts of catheters and bladder scans wreck my back. Stretches for my break?",
    "I'm a paramedic and this week we had two suspected cauda equina callouts. My back aches from the stretcher, any advice?",
]
WORK_KEPT = [
    ("I'm an A&E nurse and since last night I can't pee and my back is agony.", "emergency"),
    (
        "I'm an A&E nurse and on my shift last night my legs went numb and I couldn't pee, back is killing me.",
        "emergency",
    ),
    (
        "I'm a urology nurse; after 12-hour shifts I can't pee myself since Monday and my back hurts.",
        "emergency",
    ),
    (
        "I'm an A&E nurse and we had two cases of cauda equina today, and now my own bum is numb and I can't pee.",
        "emergency",
    ),
]
# 2: incontinence products handled as goods
GOODS_CALM = [
    "I work in a factory making incontinence products and my back aches from the line, lifting tips?",
    "I spend my shifts sorting incontinence pads at the warehouse and my back is sore, tips?",
]
GOODS_KEPT = [
    ("Since yesterday I need incontinence pads and my back is agony.", "emergency"),
    (
        "I'm sorting incontinence pads at work and since this morning I've wet myself twice, back is killing me.",
        "emergency",
    ),
]
# 3: a study's vignette, topic list, a leaflet's or a quiz's items
STUDY_CALM = [
    "Paramedic exam practice question: 45F, bilateral leg weakness and urinary retention, what's your next step? My back is stiff from studying.",
    "Revising warning signs for my nursing finals: cauda equina, saddle numbness, urinary retention. Best chair for long study days?",
    "The safety poster in our staff room lists numb legs and loss of bladder control as warning signs. Best chair for a stiff back?",
    "Our quiz night had a medical round. The questions included 'what is saddle anaesthesia' and 'what is urinary retention'. Sitting on a stool has made my back ache, tips?",
    "We had a pub quiz last night. The questions included 'what is saddle anaesthesia' and 'what does it mean if someone can't pass water'. I have a desk job and the bar stools made my back ache, tips?",
]
STUDY_KEPT = [
    ("exam question: back pain, numb bum and can't pee", "emergency"),
    ("Nursing exam tomorrow but 34F here with numb bum and can't pee, back agony", "emergency"),
    (
        "Revising red flags for my physio finals and now I can't feel my bum and can't pee since this morning.",
        "emergency",
    ),
    (
        "The leaflet lists numb bum as a red flag and mine has been numb since Monday, my back hurts.",
        "emergency",
    ),
    (
        "Our leaflet lists loss of bladder control as a red flag. That's what I have, I've wet myself twice today with back pain.",
        "emergency",
    ),
    (
        "34M, saddle numbness and can't pee since yesterday, back pain, what's the diagnosis?",
        "emergency",
    ),
    (
        "Our lecture covered cauda equina: saddle numbness, retention. That is exactly what I have, back agony.",
        "emergency",
    ),
    (
        "Our lecture covered saddle numbness and retention. I have a numb bum and can't pee, back hurts.",
        "emergency",
    ),
    (
        "We did a pub quiz last night. Questions included one about sciatica. Since this morning I can't pee and my back is killing me.",
        "emergency",
    ),
]
# 4: titles listed in a set, a game's quoted words, a lesson's phrase, a story's character
PLAY_CALM = [
    "Our playlist includes Jungle Fever, Comfortably Numb, Cold As Ice. My back aches after the gig, stretches?",
]
# quotations.py and holder.py's characters read the whole message: the long message's padding
# ("has started selling") tells something live there, which keeps every notice (by design)
WORDS_CALM = [
    "My wizard got a 'can't feel legs' curse from a goblin in our campaign lol. Five hours on a hard chair did my back in though, cushion?",
    "My Spanish lesson today was how to say 'I can't pee' to a doctor. Anyway, best cushion for a stiff back?",
    "In my novel the main character loses control of her bladder after falling off a horse. Would that happen? My back aches from writing.",
]
PLAY_KEPT = [
    (
        "Our set has Comfortably Numb, and since yesterday my legs are numb and my back hurts.",
        "emergency",
    ),
    (
        "My wizard got a 'can't feel legs' curse in our campaign lol, and since this morning my own legs are numb and my back hurts.",
        "emergency",
    ),
    (
        "In the game my character has a 'numb legs' debuff, same as me right now, both legs numb and back pain.",
        "emergency",
    ),
    ("Had a character-building week at work and both legs are numb, back is agony.", "emergency"),
    ("Had a character-building week at work, now both legs are numb.", "emergency"),
    (
        "In my script a character can't pee after a car crash, and honestly I can't pee either since this morning, back pain.",
        "emergency",
    ),
]
# 5: a clinician's questions answered no, followed by an ordinary story
ANSWERED_CALM = [
    "The GP asked whether I'd had any numbness around my bottom or any weakness in my legs, I said no to both, and she said it's a strain. Just giving context. I hurt it lifting a sofa on Sunday, it's day four and it's easing. Should I use heat?",
    "Physio questions:\n- numb bum? no\n- any trouble peeing? no\n- any weakness in your legs? no, I can walk fine\nBack is sore, heat or ice?",
    "My GP went through her list:\n- any problems passing urine? no, normal\n- fever, night sweats, weight loss? none\n- history of cancer? no\nShe thinks it's a strain. Which stretches help?",
]
ANSWERED_KEPT = [
    (
        "The GP asked if I had any numbness around my bum or trouble peeing, I said no to both. Now I have, since this morning, and my back is agony.",
        "emergency",
    ),
    (
        "The physio asked whether I'd had any numbness in the saddle area or weakness in my legs, I said no to all of them. I strained it lifting on Friday. Now my bum has gone numb and I can't pee.",
        "emergency",
    ),
    (
        "My GP's list:\n- any problems passing urine? no, but I have to strain a lot\n- any weakness in your legs? no, I can barely walk though\n- fever? none",
        "emergency",
    ),
    (
        "Physio questions:\n- numb bum? no\n- weak legs? No, not weak, they won't hold me up\nBack is agony",
        "emergency",
    ),
    (
        "Checklist from 111:\n- numbness around your bottom? no\n- trouble peeing? no\nBut since this morning I can't feel my legs and my back is agony",
        "emergency",
    ),
]
# 6: someone else's signs long over: dead, or a story long ago told in the past
BYGONE_CALM = [
    "My late mum had breast cancer and her back ached for months before they found it. My own back is just stiff from gardening, tips?",
    "My late dad had prostate cancer and always said his back ached before they found it. My own back is just stiff from the desk, stretches?",
    "Our family history says my great-grandmother had a spinal tumour in the 1930s and ended up bedbound, unable to walk or control her bladder. My back is fine, just stiff, is Pilates good?",
]
BYGONE_KEPT = [
    ("My dad had prostate cancer years ago and now his back hurts and he can't walk.", "emergency"),
    (
        "My dad had a spinal tumour in the 1980s and he can't walk or control his bladder, his back is agony.",
        "emergency",
    ),
    (
        "My late husband's brother has cancer and his back is killing him, he can't walk.",
        "emergency",
    ),
    (
        "My mum died last year and since then I can't feel my legs and my back hurts.",
        "emergency",
    ),
]
# 7: exertion and a bike's saddle, climbing down a ladder
EXERTION_CALM = [
    "Did a half marathon on Sunday, both legs felt like lead after, much better now. Back stiff, stretches?",
    "Did a spin class and my bum went numb from the saddle for about an hour after, fine now. Back a bit stiff, normal?",
    "Coming down the ladder at the end of the day I felt absolutely cooked, my back is stiff. Stretches?",
    "The gale had me shivering under a blanket all evening and my lower back is stiff from curling up. Stretches?",
]
EXERTION_KEPT = [
    (
        "Ran a marathon Sunday and now both legs feel like lead and I can't pee, back pain.",
        "emergency",
    ),
    (
        "Went for a run and since then both legs feel like lead and keep giving way, back hurts.",
        "emergency",
    ),
    ("My legs feel like lead and my back hurts.", "emergency"),
    (
        "Did a spin class and my bum went numb for about an hour after, and now I can't pee, back pain.",
        "emergency",
    ),
    (
        "Did a spin class and my bum went numb for about an hour after and it's still numb this morning, back aches.",
        "emergency",
    ),
    ("I came down the ladder head first yesterday and my back is agony.", "emergency"),
    ("Coming down the ladder I slipped and fell 10 feet onto concrete, back pain.", "emergency"),
    ("I fell down the stairs last night and my back is killing me.", "emergency"),
    (
        "The storm knocked the power out but I'm shivering with a temperature of 39 and my back is agony.",
        "urgent",
    ),
    (
        "The storm had me up all night and now I'm shivering with a fever of 39 and my back hurts.",
        "urgent",
    ),
    ("The storm had me shivering and I've got a fever of 39 and my back is agony.", "urgent"),
]

CLASSES_CALM = {
    "work": WORK_CALM,
    "goods": GOODS_CALM,
    "study": STUDY_CALM,
    "play": PLAY_CALM,
    "bygone": BYGONE_CALM,
    "exertion": EXERTION_CALM,
}
# a long message's padding puts the pasted list or the answered questions among other sentences
# ("this month" in it is a live time): short only
SHORT_CALM = {"answered": ANSWERED_CALM, "words": WORDS_CALM}
CLASSES_KEPT = {
    "work": WORK_KEPT,
    "goods": GOODS_KEPT,
    "study": STUDY_KEPT,
    "play": PLAY_KEPT,
    "answered": ANSWERED_KEPT,
    "bygone": BYGONE_KEPT,
    "exertion": EXERTION_KEPT,
}
class_tests(globals(), CLASSES_CALM, CLASSES_KEPT, SHORT_CALM)
