"""safety116 (issue #12): missed red flags and tiers below their label, fixed by class.

Each class: its set's miss first, then other wordings of the same class that must raise at least
the tier given (other people, tenses, orders, spellings, languages), and calm twins in the same
frame that must raise nothing. The calm twins are quiet on main too except where a class's reading
would newly raise them; twins that main already raised (the learned check's and older readings'
false alarms, another helper's work) are left out and named in docs/safety.md's entry.

- review29's frail elders: NOT_ONESELF, ELDER, TEMP_TOLD, SEPSIS_MIND's lay confusion,
  felt_heat.py's "she's hot", sepsis-shock's others_now.
- review29's aneurysm lines: SUDDEN + WORST_EVER + BELLY_PAIN + AGE_OLD; TEARING (and PAIN) read
  a tearing pain carried to the tummy; "not like a normal backache" denies nothing.
- "my back went and my legs gave way": LEGS and WEAK read "legs gave way" whole.
- review29's polio line: LEGS_THEY reads "they've got weaker".
- review29's soak then "39.4 degrees now even after calpol": BACK_TROUBLE reads a remedy taken
  for the back.
- the lead's note: "mum has wet herself and can't feel it": INCONTINENCE + NOT_FEEL for someone
  else now, barred by SMALL_CHILD.
- the lead's note: "what's happening, my mum's legs are numb": a sense, no definition.
- red flags 38's two hypotheticals: claimed.py.
- red flags 38's Spanish-English line: AGE_OLD and weeks in other languages.
"""

from __future__ import annotations

import pytest

from tests.safety_cases import tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# an older person's fever or felt heat with new confusion or 'not herself' (sepsis-shock)
SEPSIS_TIER = "emergency"
SEPSIS_RAISED = [
    "mum's not like herself she's hot and confused and her back hurts",
    "Grandad is 85 and hot to touch, not himself, talking nonsense. The GP looked at his back last week and said it was arthritis.",
    "My nan's burning up and doesn't know where she is, and she keeps holding her back",
    "Mum's 89, her temp was 37.4 a bit ago, is that a fever at her age? She's muddled, not making sense and her back's hurting",
    "Grandma's temp is 37.2 but she's confused and her back hurts, she's 90",
    "my father, 78, is very hot and doesn't recognise us, back pain for two days",
    "he's 84, burning up and doesn't know what day it is, bad back",
]
# safety121: a fever with "not herself" in an older person, no confusion, is urgent
# (fever-unwell-elder: SAFETY_FACTS' "generally very unwell"), not sepsis-shock's emergency
ELDER_UNWELL_TIER = "urgent"
ELDER_UNWELL_RAISED = [
    "Dad is 81, he has a fever and he's just not himself today, his back is sore",
    "my gran has a temperature of 38.5 and isn't acting like herself, complaining of her back",
    "Nan has a high temperature and she's not her usual self, back aching",
]
SEPSIS_CALM = [
    "mum's not like herself since the funeral, her back aches from the garden",
    "Grandad is 85 and not himself since he retired, back stiff in the mornings",
    "my nan is 90 and a bit confused about her new phone, back ok",
    "Mum's 89, her temp was 37.4 and she's chatty and well, just a stiff back",
    "Dad is 81, the weather is hot and his back is stiff",
    "my gran doesn't know where she put her glasses, her back is a bit sore",
    "I'm 70 and confused about which stretches to do for my back",
    "grandad's hot water bottle helps his back, he's 88",
    "my nan's 92 and not herself when she misses her programmes, back fine",
    "mum is 75 and her temp was 36.8, back twinges when she gardens",
]

# sudden worst-ever or tearing pain going into the tummy, older (sepsis-shock, chest-heart)
ANEURYSM_TIER = "emergency"
ANEURYSM_RAISED = [
    "worst pain of my life came on suddenly in my back spreading round to my belly, I'm 68",
    "it's not like a normal backache it's tearing through to my tummy and I'm 74",
    "Dad's 77, worst pain he's ever had came on suddenly in his back and it's going into his stomach",
    "I'm 70, sudden worst pain ever in my lower back shooting round to my tummy",
    "my husband is 66, it's tearing through his back into his belly",
    "Mum is 80 and says it feels like ripping through to her stomach from her back",
    "it's ripping through from my back to my abdomen, I'm 71",
    "sudden back pain, worst of my life, radiating round to my belly, I'm 69",
    "not like my usual back pain, it's tearing across to my stomach, 72 years old",
    "tearing pain through to my tummy and back, I'm 65",
]
ANEURYSM_CALM = [
    "my back pain goes down to my knee when I walk, I'm 68",
    "I'm 70 and my back aches after gardening, tummy is fine",
    "the worst pain I ever had was a kidney stone years ago, my back is a bit stiff now, I'm 68",
    "it's not like a normal backache, it's more of a dull stiffness, I'm 74",
    "I'm tearing my hair out with this stiff back, I'm 72",
    "my back is sore after ripping up the old carpet, I'm 66",
    "I'm 30, sudden sharp back pain after lifting",
    "Dad's 77 and his back aches when he lies on his tummy",
    "my dog is tearing round the garden and I hurt my back chasing him, I'm 67",
    "I'm 70, tore a muscle in my back playing bowls last week, it's easing",
]

# legs that gave way after the back went (both-legs)
LEGS_TIER = "emergency"
LEGS_RAISED = [
    "my back went and my legs gave way",
    "my back went and then my legs gave way under me",
    "Dad's back went this morning and his legs gave way on the stairs",
    "her back went when she lifted the box and her legs gave out",
    "my back gave out and my knees gave way, I'm on the floor",
    "his back just went and both his legs gave way",
    "my back locked and my legs gave way twice today",
    "back went while hoovering and my legs keep giving way",
    "my back went yesterday and now my legs are giving way",
    "back gone again, legs gave way in the shower",
]
LEGS_CALM = [
    "my back went and my legs were fine",
    "my back went and my legs ache from the gym",
    "my back went and my legs were ok after a rest",
    "my back went out last week, gave up the gym for now",
    "my back went and my husband gave me a massage",
    "my back gave way on deadlifts, legs fine, no numbness",
    "my back went and my legs are just stiff",
    "my back went on the bike and my legs were tired after the ride",
    "my back went, gave the physio a ring, legs ok",
    "my legs gave way on the last set of squats, back a bit sore",
]

# an old weakness told worse now by 'they' (both-legs)
POLIO_TIER = "emergency"
POLIO_RAISED = [
    "my legs have been a bit weak for years from polio as a kid, but the last two days they've got much weaker and I've fallen twice",
    "Mum's legs have been weak since her polio, this week they're getting weaker and her back hurts",
    "I've had weak legs since my stroke in 2015 but since Monday they've got a lot weaker, back is agony",
    "my legs have been weak for ages with my MS, but today they're much weaker than usual and my back is killing me",
    "Dad's legs have always been a bit weak from his old polio. Since yesterday they've become weaker and he's got bad back pain",
    "Both legs weak for years (post polio). Last 3 days they're weaker and I keep tripping, lower back pain",
    "my legs were weak after my spinal op years ago, now they seem weaker every day and my back aches",
    "my legs have been a bit weak since the accident in 2010 but this week they've got weaker and I can hardly climb stairs, back sore",
    "I've had polio weakness in my legs all my life. They're definitely weaker since Saturday and my back hurts",
    "Nan's legs have been weak for years, they're weaker since the weekend and she says her back hurts",
]
POLIO_CALM = [
    "my legs have been a bit weak for years from polio as a kid, no change lately, any back exercises?",
    "my legs have been weak for years from polio, they're no weaker, back stiff",
    "polio as a kid left my legs weak, my back aches after shopping",
    "my legs were weak after my op years ago but they've got much stronger, back a bit sore",
    "my old polio legs are fine, my back aches after the long drive",
    "my legs have been a bit weak for years. The signal in the village has got weaker too, any back stretches?",
    "my legs have been weak from polio for years, stable, back twinges after gardening",
    "my legs have been a bit weak for years from polio, they haven't changed, back sore after gardening",
    "polio weakened my legs as a child, these days my back aches after long walks",
    "my polio legs are the same as always, my back aches after the bus",
]

# a fever told after a remedy taken for the back (infection-fever)
REMEDY_TIER = "urgent"
REMEDY_RAISED = [
    "Had a soak for my back. Thats 39.4 degrees now even after calpol",
    "Took paracetamol for my back an hour ago and my temperature is 38.9 now",
    "Had a hot bath for my back, temp still 38.8 even after ibuprofen",
    "Had a soak for my back. 39.4 degrees now even after calpol",
    "I've been taking ibuprofen for my back all week and now I've got a temperature of 38.7",
    "been using ibuprofen gel on my back, this morning my temp is 39.2 even after paracetamol",
    "Took co-codamol for my back, still running a temperature of 38.6 now",
    "had a massage on my back yesterday and now I'm shivery with a temp of 38.9",
    "Dad's been taking naproxen for his back, his temperature is 39 now even after calpol",
    "tried a bath for my back but my temperature is 38.5 now and I feel awful",
]
REMEDY_CALM = [
    "Had a soak for my back. The water was 39.4 degrees",
    "Had a soak for my back in a 39 degree bath, lovely",
    "took paracetamol for my back, which works better, ibuprofen or paracetamol?",
    "had a massage on my back yesterday, feels looser today",
    "used a heat pad on my back at 40 degrees setting, is that too hot?",
    "took ibuprofen for my back, temperature normal, 36.8",
    "had a bath for my back, the thermostat says 38 degrees, is that safe for a bath?",
    "tried a cream for my back, which is better, gel or cream?",
    "I've been taking naproxen for my back for a week, can I drink alcohol?",
    "had a soak for my back after football, feeling much better",
]

# someone else's leak they cannot feel; a small child's barred (cauda-equina-bladder)
WET_TIER = "emergency"
WET_RAISED = [
    "mum has wet herself and can't feel it, what should we do",
    "my husband wet himself and says he can't feel it, his back's been bad",
    "Dad has wet himself twice and didn't feel it happen",
    "my wife peed herself on the sofa and couldn't feel it at all",
    "Grandad has wet the bed and he can't feel anything down there",
    "my partner has been leaking urine and can't feel when it happens",
    "mum's wet herself and doesn't even feel it, back pain all week",
    "my brother has wet his trousers and said he couldn't feel it",
    "my dad wet himself in the car and had no feeling of it",
    "her pad was soaked and she can't feel it, she's 45 with a bad back",
]
WET_CALM = [
    "my toddler wet herself and didn't notice, is that normal?",
    "my 3 year old wet himself at nursery and didn't feel it, my back aches from carrying him",
    "the baby's nappy was soaked and she didn't notice, my back is sore from lifting her",
    "my toddler wet herself and couldn't feel it, is that normal at 2?",
    "my 3 year old wet herself at the park and didn't feel it, my back is sore from carrying her",
    "the baby wet her nappy and couldn't feel it, my back aches from bending over the changing table",
    "my toddler has wet her trousers and didn't feel it, she's fine, my back hurts from the buggy",
    "mum spilled water on herself and can't feel her fingers from the cold",
    "the baby wet herself and couldn't feel it, my back is stiff from the night feeds",
    "my toddler wet herself, can't feel my own back after carrying her all day",
]

# 'what's happening' asked before someone else's sign (both-legs)
WHATS_TIER = "emergency"
WHATS_RAISED = [
    "what's happening, my mum's legs are numb",
    "whats going on?? my dads legs are numb and he cant stand",
    "What's happening to him, his legs have gone numb and weak",
    "what's wrong with her, both her legs are numb since this morning",
    "what is happening, my husband can't feel his legs",
    "whats up with my mum, she cant feel her legs and shes wet herself",
    "what's happened, my wife's legs just went numb",
    "What is going on? My son's legs are both numb after he fell",
    "what's wrong with my dad, his legs are numb and his back is agony",
    "whats happening to my nan, she can't feel her legs",
]
WHATS_CALM = [
    "what does numb legs mean?",
    "what's happening when someone's legs go numb? just curious for a biology essay",
    "what is cauda equina and what happens to your legs?",
    "what's going on in the body when legs go numb after sitting cross legged?",
    "what's the meaning of numb legs in a textbook?",
    "what's happening in this video, the actor says his legs are numb",
    "what is going on with the new back clinic, any news?",
    "whats up with the physio's waiting times, my back is stiff",
    "what's wrong with sitting all day? my back is stiff",
    "what's happening at the gym this week, my back is fine",
]

# a supposition the asker claims as theirs, told live (claimed.py)
CLAIM_TIER = "emergency"
CLAIM_RAISED = [
    "Purely theoretical question - could a slipped disc ever make someone lose feeling during sex? Because that's kind of what's happened to me since Saturday.",
    "hypothetically, if a guy with a slipped disc couldnt wee for like 10 hours, is that an A&E thing or a wait and see thing? asking for me lol, its been since breakfast",
    "Asking for a friend: if someone's bum went numb after lifting, is that bad? ok it's me, since this morning",
    "Theoretically, could a bad back make someone unable to pee? That's what's happening to me right now",
    "if a person couldn't feel their legs after a fall would they go to A&E? well that's me, since last night",
    "Say someone has a bad back and can't control their bladder, what should they do? Asking for myself, it started today",
    "Random question, if a bloke's legs both went numb with back pain is that serious? It's actually me, since Tuesday",
    "hypothetically if you couldn't feel the loo roll when you wipe, is that bad? thats whats been happening with me since the weekend",
    "would someone with sciatica lose control of their bowels? because that's what's happening to me",
    "Imagine a guy whose legs keep giving way with a slipped disc, A&E or GP? it's me lol, since yesterday",
]
CLAIM_CALM = [
    "hypothetically, if a guy with a slipped disc couldnt wee for like 10 hours, is that an A&E thing? just curious, I'm fine",
    "Purely theoretical question - could a slipped disc make someone lose feeling during sex? Asking for my essay.",
    "hypothetically, if someone's legs went numb, is that A&E? asking for me in case it ever happens",
    "if someone couldn't pee with a slipped disc, A&E? asking for me, I'm fine, never happened",
    "hypothetically if my mum couldn't pee for 10 hours, A&E? asking for me to know what to do, she's fine",
    "could a slipped disc make someone incontinent? that's what happened to me years ago, all fine since 2015",
    "Theoretical question: can sciatica make someone's legs give way? Not happening to me, just curious",
    "if someone's bum went numb on a long ride is it serious? my back is stiff today, asking for me",
    "could a slipped disc make someone's legs go numb? that's what happened to my uncle years ago",
    "if a guy couldn't wee for 10 hours is that A&E? asking for me, it's never happened, just planning a long hike",
]

# an older age and new pain told in another language (age-onset)
ES_TIER = "soon"
ES_RAISED = [
    "Doctor, mi mamá tiene 68 años, first time ever back pain, 3 semanas ya, no mejora con nada. Qué hacemos?",
    "mi papá tiene 72 años and has new back pain, first time ever",
    "my dad, 70 años, brand new back pain since last week",
    "Mi abuela tiene 81 años, first time back pain, what should we do?",
    "mein Vater ist 75 Jahre, first ever back pain, started 2 weeks ago",
    "mia madre ha 66 anni, new back pain for 3 settimane",
    "tengo 58 años and this is my first time ever with back pain",
    "ma mère a 79 ans, first time ever back pain since Monday",
    "my husband tiene 63 años, new back pain out of nowhere",
    "mi tío tiene 77 años, back pain came on recently, never had it before",
]
ES_CALM = [
    "mi hijo tiene 8 años and his back is fine, which school bag?",
    "tengo 25 años, back pain after the gym yesterday",
    "my back has hurt for 20 años, same as always, any stretches?",
    "mi mamá tiene 68 años, her back has ached on and off for decades, any cushion?",
    "I lived in Spain for 3 años, back is stiff after the flight",
    "tengo 30 años, first time back pain after lifting, 3 days",
    "my daughter tiene 15 años, sore back from her school bag",
    "we've had the dog 10 años, my back is sore from walking her",
    "mi papá tiene 72 años and asks which mattress is best, his back is fine",
    "two semanas of back stiffness after gardening, I'm 35",
]

RAISED = [
    *[(line, SEPSIS_TIER) for line in SEPSIS_RAISED],
    *[(line, ELDER_UNWELL_TIER) for line in ELDER_UNWELL_RAISED],
    *[(line, ANEURYSM_TIER) for line in ANEURYSM_RAISED],
    *[(line, LEGS_TIER) for line in LEGS_RAISED],
    *[(line, POLIO_TIER) for line in POLIO_RAISED],
    *[(line, REMEDY_TIER) for line in REMEDY_RAISED],
    *[(line, WET_TIER) for line in WET_RAISED],
    *[(line, WHATS_TIER) for line in WHATS_RAISED],
    *[(line, CLAIM_TIER) for line in CLAIM_RAISED],
    *[(line, ES_TIER) for line in ES_RAISED],
]
CALM = [
    *SEPSIS_CALM,
    *ANEURYSM_CALM,
    *LEGS_CALM,
    *POLIO_CALM,
    *REMEDY_CALM,
    *WET_CALM,
    *WHATS_CALM,
    *CLAIM_CALM,
    *ES_CALM,
]


@pytest.mark.parametrize(("line", "least"), RAISED)
def test_a_sign_of_each_class_raises_at_least_its_tier(line: str, least: str) -> None:
    raised = tier(line)
    assert RANK[raised] >= RANK[least], (line, raised, least)


@pytest.mark.parametrize("line", CALM)
def test_a_calm_twin_of_each_class_raises_nothing(line: str) -> None:
    assert tier(line) is None, line


# a fever with "not himself" below an older age stays infection-fever's urgent (ELDER reads an
# age from 65 and the names carers give the old; AGE_OLD from 50 would make every flu an
# emergency)
YOUNGER_URGENT = [
    "my husband is 55, has a fever and isn't himself, back aches",
    "I'm 52 with a temperature of 38.5 and my wife says I'm not myself, back sore",
    "my son is 30, burning up and not himself, his back hurts",
]


@pytest.mark.parametrize("line", YOUNGER_URGENT)
def test_not_himself_with_a_fever_when_younger_is_urgent(line: str) -> None:
    assert tier(line) == "urgent", line


# ordinary lines a first version of these readings raised on the sets (bankA, holdout37,
# redteam10): a young child named in a dated clause took its date from the sign before it (past.py
# counted SMALL_CHILD as named: 'beside_unnamed' now), and a thing's legs gave way
FIRST_VERSION_ALARMS = [
    "My stress incontinence has been the same since my third baby years ago, nothing new. Do"
    " pelvic floor exercises help the back too?",
    "My stress incontinence has been the same since my baby years ago, nothing new. Do pelvic"
    " floor exercises help the back too?",
    "the ironing board's legs keep giving way and my back hurts from bending",
    "My legs give way at the knees when I try pistol squats. Is that a strength issue? Back feels fine.",
]


@pytest.mark.parametrize("line", FIRST_VERSION_ALARMS)
def test_a_first_versions_false_alarm_stays_quiet(line: str) -> None:
    assert tier(line) is None, line
