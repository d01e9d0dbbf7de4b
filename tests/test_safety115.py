"""safety115 (issue #12, red flags 38): ordinary messages that raised a notice, quietened by the
frame of the message, each class with ten calm twins of its own (not the set's words; most raised a
notice on main before this work, docs/safety.md counts them) and ten real signs in the same frame, which must
still raise at least their tier.

- A. elided_denials.py (with watch_lists.py): a reported condition ("GP said come back if I get
  numbness down below or trouble peeing") answered by a denial whose verb is left out ("I
  haven't, it's exactly the same").
- B. quoted_fields.py: a form's field quoted by its label and answered with an empty value
  ("'Numbness' none", "'Loss of bladder control' and I wrote none").
- C. their_events.py: an event named as a noun another person possesses ("came for my dad's
  fall", "after my mum's fall") is theirs, even after a preposition.
- D. woken_by.py: a waking whose subject is a harmless cause alone ("hot flushes are waking me", "the heatwave kept me awake") is no night pain; a pain in its clause, or later in its sentence before a breaker, keeps it.
- E. position_limits.py: an inability limited to one position ("can't sleep on my front anymore") is no failure to cope, unless every position is named ("any", "whatever").
- F. not_that.py: a milder state put in the denied sign's place ("It's not that my legs are numb, they're just achy after the hike") denies it, as an affirmation does; a sign told in its place keeps it.
- G. checklist.py: boxes under a title line ending on a colon ("Pre-op questionnaire (knee op next week):") stand before their items, so an empty box denies its item.
- H. hypothetical.py with elided_denials.py: a sign supposed ("if my legs ever went numb") beside an anaphoric denial ("I don't have anything like that") is asked about; a body region before "ever" is no sign, so the supposition word after it counts.
- I. data only (EXERCISE): swimming strokes and lengths ("front crawl", "breaststroke", "doing lengths") are exercise, which explains breathlessness in its clause (red flags 38's tier error: "front crawl is better but I can't breathe properly doing it" raised an emergency beside a P.S.'s weight loss)."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# A: a condition someone reported, then "I haven't" / "it hasn't" / "haven't" and a calm course
QUIET_A = [
    "The out of hours doctor told me to ring back if my legs go weak or I can't pass water. They haven't, it's the same dull ache as before. Is a hot bath ok?",
    "My osteopath said to come back if I lose feeling in my bottom or have trouble weeing. I haven't, it's exactly as it was, just stiff in the mornings.",
    "Physio said to phone if I get pins and needles in both legs or wet myself. Nope, I haven't, everything's as it was. How often should I do the exercises?",
    "The pharmacist told me to get seen if I can't wee or my legs go numb. I haven't, it's the ache I always get after digging.",
    "NHS 111 said if the pain gets worse or I get numbness or can't pee to call back. It hasn't, still the same niggle. Should I use heat or ice?",
    "My GP said to come straight in if I start leaking urine or lose feeling down below. I haven't, it's about the same, maybe easing.",
    "The nurse said to call an ambulance if both my legs go numb or I can't control my bladder. They haven't, it's the usual lower back ache. Best mattress?",
    "The consultant told me to get help if I lose control of my bowels or bladder. I have not, it's steady, just sore when I bend. When can I drive again?",
    "Doctor said come back if I get any numbness around my back passage or can't wee. Haven't, same as ever really. Is it ok to sit at my desk?",
    "The paramedic said to ring again if I couldn't feel my legs or my bladder stopped working. It hasn't, it's just the same stiffness. How long will it hurt?",
]

# A: the same frame with the sign told: the answer says yes, goes on to a verb, or a claim follows
RAISED_A = {
    "The out of hours doctor told me to ring back if my legs go weak or I can't pass water. They have, since this morning.": "emergency",
    "My osteopath said to come back if I lose feeling in my bottom or have trouble weeing. I haven't been able to feel it since last night.": "emergency",
    "Physio said to phone if I get pins and needles in both legs or wet myself. I have, I wet myself this morning.": "emergency",
    "The pharmacist told me to get seen if I can't wee or my legs go numb. I haven't, but I can't wee now.": "emergency",
    "NHS 111 said if the pain gets worse or I get numbness or can't pee to call back. It has, I can't pee at all now.": "emergency",
    "My GP said to come straight in if I start leaking urine or lose feeling down below. I haven't stopped leaking since Tuesday.": "emergency",
    "The nurse said to call an ambulance if both my legs go numb or I can't control my bladder. They haven't yet but my bum is numb now.": "emergency",
    "The consultant told me to get help if I lose control of my bowels or bladder. I have, twice today.": "emergency",
    "Doctor said come back if I get any numbness around my back passage or can't wee. Haven't, except it's numb when I wipe.": "emergency",
    "The paramedic said to ring again if I couldn't feel my legs or my bladder stopped working. It hasn't, it's the same, but I can't feel my legs now.": "emergency",
}

# B: a quoted field's label answered N/A, none, nil or "-" (one to eight words, no question)
QUIET_B = [
    "The return-to-work form has 'Loss of bladder control' and I wrote none. My back's just stiff from lifting. Is that the right answer?",
    "Gym induction sheet: 'Numbness in both legs' - no, 'Back injury' - yes, a mild strain in March. Can I still do the classes?",
    "My physio intake asked me to fill in 'Incontinence' and 'Saddle numbness' - I put nil for both. Sore lower back after a run. What should I expect at the first session?",
    "Claim paperwork: 'Weakness in legs' N/A, 'Bowel problems' N/A, 'Pain level' 4/10. Does that sound like a simple sprain?",
    "The occupational health form lists 'Trouble passing urine': none, and 'Night pain': none. My back just aches after a long shift. Anything I should add?",
    "On the app I ticked 'Fever or chills' - no, 'Unexplained weight loss' - no. It says I have mechanical back pain. What does that mean?",
    "For 'Numbness or tingling in the groin' I typed nothing, and 'Recent fall' I typed none. The back pain is from gardening. Is that ok?",
    "Sports club medical: 'Chest pain on exercise' - no. 'Back problems' - yes, occasional stiffness. Do I need to see a doctor before I join?",
    "Pre-assessment: 'Loss of feeling when wiping' none, 'Legs giving way' none, 'Back pain' on and off for years. Is this form for the surgeon?",
    "Dental history form, 'Chest pain' none, 'Back problems' occasional. Can I lie flat in the chair?",
]

# B: the same fields answered yes, with a claim after the empty value, or told live after
RAISED_B = {
    "Insurance form for my back claim says 'Bladder or bowel problems' and I put yes, I've wet myself twice since Monday.": "emergency",
    "The return-to-work form has 'Loss of bladder control' and I wrote none but honestly I've been leaking since the fall.": "emergency",
    "Gym induction sheet: 'Numbness in both legs' - yes, since yesterday both legs are numb.": "emergency",
    "My physio intake asked me to fill in 'Saddle numbness' - I put nil, but now I can't feel my bum on the toilet seat.": "emergency",
    "Claim paperwork: 'Weakness in legs' N/A, 'Bowel problems' I soiled myself this morning without feeling it.": "emergency",
    "The occupational health form lists 'Trouble passing urine': I haven't been able to pee since last night.": "emergency",
    "On the app I ticked 'Fever or chills' - no, but tonight I'm burning up at 39.5 and shivering with my back pain.": "urgent",
    "For 'Numbness or tingling in the groin' I typed nothing, then I realised my groin has gone numb since this morning.": "emergency",
    "Sports club medical: 'Chest pain on exercise' - no. But right now I have crushing chest pain going into my back.": "emergency",
    "Pre-assessment: 'Legs giving way' none. Today both my legs keep giving way and my back is agony.": "emergency",
}

# C: someone else's fall, named by a possessive after a preposition, the asker's back the question
QUIET_C = [
    "After my mum's fall last week I've been helping her in and out of bed and now my back aches.",
    "Since my grandma's fall in March I do all her shopping and my lower back is stiff from carrying bags. Tips?",
    "The paramedics who came for my husband's fall showed me how to lift him and my back still twinged. How do I protect it?",
    "I've been sleeping in a hospital chair all week since my dad's fall. My back is sore, best stretches?",
    "Because of her fall I've had to push my nan's wheelchair everywhere, and my back aches by the evening.",
    "My back has hurt ever since I caught my toddler's fall off the sofa awkwardly. Anything I can do?",
    "The physio treating my wife's fall said my own back pain is from bending over her bed. Does that make sense?",
    "Helping with my stepdad's fall recovery has left my lower back stiff. Any advice on lifting?",
    "After their fall the twins need carrying everywhere and my back is killing me. What helps?",
    "I pulled my back lifting my uncle after his fall on the ice. What's the best way to get someone up off the floor?",
]

# C: the asker's own fall told beside theirs
RAISED_C = {
    "After my mum's fall last week I slipped on her stairs too and landed on my back, it's really sore.": "soon",
    "Since my grandma's fall I've had two falls myself and my lower back hurts. I'm 78.": "soon",
    "The paramedics who came for my husband's fall said I'd need an X-ray too, I fell down the last three steps running to him and my back hurts.": "soon",
    "Because of my dad's fall I was rushing and fell down the stairs at the hospital, back is agony.": "emergency",
    "Trying to stop her fall, I fell backwards onto the kitchen floor and my back hurts when I breathe.": "emergency",
    "My back has hurt since I tripped and fell on the ice going to my toddler's nursery.": "soon",
    "After my wife's fall I tried to lift her and my legs went numb and weak, both of them, and my back is agony.": "emergency",
    "Since my father-in-law's fall I keep falling myself, my back aches and I'm 81.": "emergency",
    "I slipped on the wet floor after their fall and landed hard on my bum, my back hurts.": "emergency",
    "I fell off a ladder helping my uncle after his fall, my back is really painful.": "emergency",
}

# D: a waking told of the menopause, the heat or a baby, the back another matter
QUIET_D = [
    "Hot flushes keep waking me at 3am. Unrelated, what's the best chair for lower back pain?",
    "Night sweats from the perimenopause wake me up most nights, but my back only aches after I garden. Any stretches?",
    "The heatwave kept me awake all week and my lower back is stiff from the sofa. Best cushion?",
    "The menopause is waking me up drenched every night. Different question: is swimming good for a stiff back?",
    "My flushes wake me two or three times a night; the HRT hasn't kicked in yet. Separately my back twinges when I lift the shopping.",
    "A boiling hot bedroom keeps waking me, and in the mornings my back is a bit stiff. Would a new mattress help?",
    "Since starting HRT the sweats wake me less. My back is fine except after long drives. Lumbar roll worth it?",
    "Hormonal flushes keep me awake half the night. Also, can I use a TENS machine for a sore lower back?",
    "The newborn's night feeds keep waking me and my back aches from the rocking chair. Tips for posture?",
    "The heating stuck on full kept waking me up, and now my back is stiff from tossing and turning. Normal?",
]

# D: the pain in the waking's subject, its clause, or its sentence with no break
RAISED_D = {
    "Hot flushes and my back pain keep waking me at 3am every night now.": "soon",
    "On hot nights my back pain wakes me up, it's been like this for a month and getting worse.": "soon",
    "It's not the flushes that wake me, it's my back, it aches all night whatever position I lie in.": "soon",
    "The menopause sweats wake me, and when I'm awake the pain in my back is so bad I can't get back to sleep.": "soon",
    "My flushes wake me, and my back pain keeps me up for hours, I've had cancer before.": "urgent",
    "A hot bedroom wakes me but mostly it's the back pain waking me every night, even lying still.": "soon",
    "The heatwave keeps me awake, but the pain in my spine wakes me even on cool nights and nothing eases it.": "soon",
    "Hormonal flushes keep me awake, and I've got a fever of 38.9 with shivers and back pain tonight.": "urgent",
    "The baby wakes me and then I can't get back to sleep for the pain in my lower back, which is worse lying down.": "soon",
    "Night sweats soak the sheets every night, I've lost a stone without trying and my back aches constantly.": "urgent",
}

# E: one position given up, another fine
QUIET_E = [
    "I can't sleep on my stomach anymore since I hurt my back, is that normal?",
    "I can't sleep on my back anymore since the strain last week, what position is best?",
    "Can't lie on my left side anymore since I pulled something in my lower back, the right is fine. Pillow tips?",
    "Since the gym injury I cannot sleep on my front anymore. Side sleeping is ok. Should I get a new mattress?",
    "my back twinges so i cant sleep on my tummy anymore, is a pillow under the hips a good idea?",
    "Couldn't sleep on my right side anymore after lifting the sofa, but the left is comfy. How long does a strain last?",
    "I can't lie on my belly anymore because my lower back arches, what's a good alternative?",
    "Since my back went on Tuesday I can't sleep on my side anymore, only flat on my back. Normal for a muscle strain?",
    "Cannot sleep on the left side anymore since I twisted my back gardening; fine on the right. Any stretches before bed?",
    "I can't sleep on my front anymore since the physio said my back is stiff, what's the best position?",
]

# E: no position left, or another sign beside the position
RAISED_E = {
    "I can't sleep anymore since I did my back, it's agony whatever position I lie in.": "soon",
    "I can't sleep on my front or any position now, the pain in my back wakes me every hour.": "soon",
    "I can't sleep on my side anymore and I can't work or drive either, it's been 8 weeks and no better.": "soon",
    "Can't sleep on my back anymore, the pain is worse lying down and keeps me awake all night.": "soon",
    "I can't sleep on my stomach anymore and both my legs have gone numb since yesterday.": "emergency",
    "I can't sleep on my side anymore, I've lost a stone without trying and my back aches all the time.": "soon",
    "I can't sleep in any position anymore since I hurt my back, not coping at all.": "soon",
    "Can't lie on my left side anymore and I've had a fever of 39 with back pain since last night.": "urgent",
    "I can't sleep on my front anymore and I had breast cancer, now my mid back hurts all the time.": "urgent",
    "I cannot lie on either side anymore, my back pain is constant and nothing helps after 6 weeks.": "emergency",
}

# F: a denied sign replaced by a milder state of the same parts
QUIET_F = [
    "It's not that my legs are weak, they're just tired after the long walk on Sunday. Should I rest?",
    "Not that my feet are numb, they're just sore after the swim. Is that why my back is stiff too?",
    "it's not that my legs feel heavy, they're only stiff from the squats. best stretch for the lower back?",
    "It isn't that both legs are tingling, they're just aching after football. Normal with a sore back?",
    "It's not like my legs are numb, they're just achy after the 10k. Any tips?",
    "Not that my legs are weak or anything, they're merely tired from the hike, and my back is a bit sore.",
    "It's not that my thighs are numb, they're just sore after the leg day. Heat or ice for the back?",
    "Not that my legs are going dead, they're just stiff after sitting in the car. Any stretches for the back?",
    "Its not that my legs are weak, theyre just worn out after moving house, and my lower back aches.",
]

# F: a sign told in the replacing clause, or a correction
RAISED_F = {
    "It's not that my legs are weak, they're just completely numb since this morning.": "emergency",
    "It's not that my legs are numb, they just gave way on the stairs twice today.": "emergency",
    "Not that my feet are numb, they're just dragging and I keep tripping since yesterday.": "emergency",
    "It's not that my legs are weak, it's that they've gone numb and I can't feel them at all.": "emergency",
    "It's not that both legs are tingling, they're just dead, I can't feel them and can't walk.": "emergency",
    "It's not that I can't pee, it's just that nothing comes out and I've been trying for hours.": "emergency",
    "Not that my legs are numb, they're just not working properly, both of them, since I fell.": "emergency",
    "It's not that my legs are weak, they're only numb all the way down, and my bum is numb too.": "emergency",
    "It's not that my legs ache, they're just weak and getting weaker every day.": "emergency",
    "It's not that my legs are heavy, they just won't hold me up anymore and I fell twice.": "emergency",
}

# G: a pasted form's empty boxes under a title with brackets or punctuation
QUIET_G = [
    "Physio intake form (first appointment, Tuesday):\n[x] Low back pain - 3 weeks, improving\n[ ] Numbness in the saddle area\n[ ] Bladder or bowel changes\nIs there anything else I should mention?",
    "Gym health check (new member, age 42):\n[ ] Chest pain\n[x] Back problems - mild, from lifting\n[ ] Dizziness\nCan I start with weights?",
    "Dentist's medical history, please tick:\n[x] Back pain, on and off\n[ ] Heart problems\n[ ] Loss of bladder control\nWill lying back in the chair hurt?",
    "Pilates studio's questionnaire (it's long!):\n[ ] Weakness in both legs\n[ ] Recent fall\n[x] Stiff lower back in the mornings\nWhich class should I book?",
    "Work risk assessment (manual handling, 2024):\n[x] Previous back strain - 2019, fully recovered\n[ ] Numbness or tingling in legs\n[ ] Unexplained weight loss\nDo I have to declare the old strain?",
    "Massage therapist's form, filled in today:\n[ ] Fever\n[ ] Cancer history\n[x] Tight lower back from desk work\nIs deep tissue ok for me?",
    "Insurance medical (page 2 of 3):\n[x] Back pain - occasional, no treatment\n[ ] Incontinence\n[ ] Numbness around the genitals\nDoes occasional mean I have to give details?",
    "Sports club screening (under-18s excluded):\n[ ] Chest pain on exercise\n[ ] Legs giving way\n[x] Sore back after matches\nShould I see the physio first?",
    "Pre-surgery checklist (hip, 14th March):\n[x] Lower back ache - years, unchanged\n[ ] Trouble passing urine\n[ ] Blood thinners\nDo they need to know about the back?",
    "Yoga teacher's checklist, 'tick if yes':\n[ ] Numb bum or groin\n[ ] Can't control bladder\n[x] Back stiffness\nWhat poses should I avoid?",
]

# G: the same forms with the sign's box ticked and told
RAISED_G = {
    "Physio intake form (first appointment, Tuesday):\n[x] Low back pain - 3 weeks\n[x] Numbness in the saddle area - since yesterday\n[ ] Bladder or bowel changes\nShould I go sooner?": "emergency",
    "Gym health check (new member, age 42):\n[x] Chest pain - this morning, tight, going into my back\n[ ] Dizziness\nCan I start with weights?": "emergency",
    "Dentist's medical history, please tick:\n[x] Back pain\n[x] Loss of bladder control - started this week\nWill lying back in the chair hurt?": "emergency",
    "Pilates studio's questionnaire (it's long!):\n[x] Weakness in both legs - both legs gave way on the stairs today\n[x] Back pain\nWhich class should I book?": "emergency",
    "Work risk assessment (manual handling, 2024):\n[ ] Previous back strain\n[x] Numbness around my bottom - can't feel the toilet paper since Monday\nDo I have to declare it?": "emergency",
    "Massage therapist's form, filled in today:\n[x] Fever - 38.8 last night with shivers\n[x] Back pain\nIs deep tissue ok for me?": "urgent",
    "Insurance medical (page 2 of 3):\n[x] Incontinence - wet myself twice this week, new\n[x] Back pain\nDoes that need details?": "emergency",
    "Sports club screening (under-18s excluded):\n[ ] Chest pain on exercise\n[x] Legs giving way - both, since my fall on Saturday\nShould I see the physio first?": "emergency",
    "Pre-surgery checklist (hip, 14th March):\n[x] Trouble passing urine - can't go at all since this morning\n[x] Lower back ache\nDo they need to know?": "emergency",
    "Yoga teacher's checklist, 'tick if yes':\n[x] Numb bum or groin - since I lifted a wardrobe yesterday\n[ ] Can't control bladder\nWhat poses should I avoid?": "emergency",
}

# H: a sign supposed, then denied by a clause pointing back at it
QUIET_H = [
    "If my bladder ever stopped working would that be an emergency? I haven't got any of that, my back is just stiff from the garden.",
    "If both my legs ever went weak, should I call 999? I don't have anything like that, just a sore lower back.",
    "What if my bum went numb, is that serious? I've not had that, my back just aches after work.",
    "If I ever couldn't feel my legs would I go to A&E or 111? I haven't had anything like that, it's only a pulled muscle.",
    "Would it be an emergency if I ever lost control of my bowels? I haven't had any of those, back's just niggly.",
    "If I ever got numbness down below, what would it mean? I don't have that, my lower back is a bit sore from lifting.",
    "If my feet ever went numb, should I worry? I haven't noticed anything like that, it's a stiff back from the sofa.",
    "If I ever couldn't wee, would that be urgent? I've not got any of that, just back ache from moving house.",
    "If I ever had a fever with back pain, what should I do? I don't have anything like that, my back's just sore from the gym.",
]

# H: the supposition answered by a sign told now
RAISED_H = {
    "If my bladder ever stopped working would that be an emergency? Because I can't pee at all since this morning.": "emergency",
    "If both my legs ever went weak, should I call 999? They are both weak right now and my back is agony.": "emergency",
    "What if my bum went numb, is that serious? I think I have that, it's numb since yesterday.": "emergency",
    "If I ever couldn't feel my legs would I go to A&E? I don't have anything like that in my right leg, but my left leg and my bum are numb since last night.": "emergency",
    "If my legs suddenly gave way, would that be cauda equina? Mine did on the stairs today, both of them.": "emergency",
    "Supposing I lost control of my bowels, is that an emergency? I have, twice today, without feeling it.": "emergency",
    "If I ever got numbness down below, what would it mean? I have got that now, since I lifted the wardrobe.": "emergency",
    "If my feet ever went numb, should I worry? Both my feet are numb now and I keep tripping.": "emergency",
    "If I ever couldn't wee, would that be urgent? It's been 12 hours and nothing has come out.": "emergency",
    "If I suddenly had a fever with back pain, what should I do? I've got 39.2 tonight and the shivers.": "urgent",
}

# I: breathless in the water, the stroke named in the breathlessness's clause
QUIET_I = [
    "I can't breathe right when I do breaststroke with my head up, and my lower back aches after. Better stroke?",
    "Doing backstroke I struggle to breathe because water goes up my nose. Is it good for a stiff back?",
    "Freestyle is supposed to be best for backs but I get out of breath after two lengths. How do I build up?",
    "When I'm doing lengths I can't breathe properly and have to stop, my back feels better for the swim though. Normal?",
    "I find it hard to breathe doing breaststroke, and my neck hurts from holding my head up. Back is ok. Tips?",
    "Swimming laps I struggle to breathe after about ten minutes; I'm unfit. Will it help my lower back?",
    "Front crawl leaves me gasping because I can't get the breathing right. Which stroke for a bad back?",
    "Trying backstroke for my back pain but I can't breathe when I go under. Should I use a nose clip?",
]

# I: chest pain, a fever, numbness or a fall beside the swim
RAISED_I = {
    "Doing front crawl today I got crushing chest pain into my back and couldn't breathe.": "emergency",
    "After breaststroke I can't breathe even at rest now, my chest is tight and my back hurts between my shoulder blades.": "emergency",
    "I was swimming lengths and suddenly got tearing pain through my back with chest pain.": "emergency",
    "Since my swim yesterday I can't breathe properly lying down and I have a fever of 39 and back pain.": "urgent",
    "Front crawl is fine but now, hours later, I can't breathe, my chest hurts and my left arm aches.": "emergency",
    "Backstroke made my back hurt and now both my legs are numb and weak.": "emergency",
    "Freestyle laps, then I couldn't feel my bum on the changing room bench and couldn't pee.": "emergency",
    "I can't breathe and my chest is tight after swimming, my back pain goes into my jaw.": "emergency",
    "Swimming laps I fell on the wet tiles onto my back from a height, now I can't breathe properly.": "emergency",
    "Doing breaststroke I felt a pop and now I can't feel my legs.": "emergency",
}

QUIET = QUIET_A + QUIET_B + QUIET_C + QUIET_D + QUIET_E + QUIET_F + QUIET_G + QUIET_H + QUIET_I
RAISED = {
    **RAISED_A,
    **RAISED_B,
    **RAISED_C,
    **RAISED_D,
    **RAISED_E,
    **RAISED_F,
    **RAISED_G,
    **RAISED_H,
}


# I, left: the stroke named in the clause before the breathlessness ("..., but I can't breathe
# properly doing it"): a cause explains a sign in its own clause or the clause after only
LEFT = [
    "My physio says front crawl is kinder to my back, but I can't breathe properly doing it. Any tips?",
    "Started front crawl lessons for my sciatica, I can't breathe in time with the strokes yet. How long to learn?",
    # F, left after review30: "wobbly" names no milder state of 'mild_states' (legs that feel
    # wobbly may be legs giving way: the denied sign stays as written)
    "It's not that my legs gave way, they just felt wobbly for a second after the spin class. Back's fine.",
]
# H (safety119): "If my legs ever gave way, ... I don't get anything like that" is quiet since a
# supposing word is read up to a sign's last word (hypothetical.py), as "If my legs ever went
# numb" was: tests/test_safety119.py


@pytest.mark.parametrize("question", QUIET)
def test_an_ordinary_twin_of_each_class_stays_quiet(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize("question", sorted(RAISED))
def test_the_real_sign_in_each_frame_is_raised(question: str) -> None:
    flags = SAFETY.check(question)
    raised = flags[0].urgency if flags else None
    assert RANK[raised] >= RANK[RAISED[question]], (question, [f.id for f in flags])


@pytest.mark.parametrize("question", LEFT)
@pytest.mark.xfail(strict=True, reason="a twin this round's readings leave raised (docs/safety.md)")
def test_a_twin_left_raised_is_known(question: str) -> None:
    assert SAFETY.check(question) == [], question
