"""safety121 (issue #12): red flags 40's misses and false alarms, and three known misreadings,
fixed by cause.

Each class: messages of my own that must raise at least the tier given (other people, orders,
spellings, languages) and calm twins in the same frame that must raise nothing. None is copied
from an eval set.

- a lab or body measure told as a number ("my HbA1c is 40.2") is no temperature: the measure
  senses name lab tests and their units;
- "body mass", "lean mass", "mass index" are measures, no lump;
- weight lost in Tagalog, and the saddle area ("between the thighs", "the intimate area") in every
  dictionary of foreign_reading.json;
- not coping: "can't get dressed without help", "called in sick for weeks";
- night pain "in the second half of the night";
- a parent telling a child's back changed in shape (lump-shape's others_now);
- an older person's fever with "not herself" is urgent (fever-unwell-elder: SAFETY_FACTS'
  "generally very unwell"), confusion beside a fever stays sepsis-shock's emergency;
- a cramp after a workout or thirst explains both legs' pain;
- sitting feeling different on a new or kneeling/saddle chair is the chair's;
- "it's gone today" is over lately, past a remark naming nothing ("it was tiny");
- advice to report to a clinician ("tell her if I ever get ..."), answered "I haven't".
"""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# a lab result or body measure written as a number is no temperature; a temperature still is
LAB_CALM = [
    "my hba1c came back at 39.6 and my lower back is stiff",
    "GP says my HbA1c is 41.3, should I worry? also my back aches after work",
    "Mum's a1c was 38.9 at her review and her back is sore from gardening",
    "my eGFR is 40.5 and I get lower back twinges when I hoover",
    "PSA of 38.2 on my bloods, back a bit sore from the golf",
    "ferritin 39.4, vitamin D level 38.7, back stiff in the mornings",
    "my creatinine was 40.1 last time and my back aches when I stand",
    "my sugar readings are 39.9 mmol on the meter, back aches from the sofa",
]
LAB_RAISED = [
    "my hba1c is fine but my temperature is 38.9 tonight and my back is killing me",
    "blood sugar ok, but I'm running 39.2 and my back hurts",
    "my temp is 38.6 and my back aches, my a1c is normal",
    "she's 39.1 tonight and her back hurts, her bloods last week were fine",
    "thermometer says 38.8, lower back aching, diabetic with a good hba1c",
    "HbA1c fine. Fever of 39 since last night and my back is agony",
    "my egfr is normal but I'm burning up with 38.7 and back pain",
    "back pain, temp 38.5 and shivering, my psa was checked and fine",
]
LAB_TIER = "urgent"

# a body measure called "mass" is no lump; a mass on the back still is
MASS_CALM = [
    "my body mass index is 31 and my back hurts after long shifts",
    "my BMI and body mass are both high, will losing weight help my back ache?",
    "trying to build lean mass at the gym without hurting my back",
    "the scan said my bone mass is normal, my back is just stiff from the desk",
    "I lost fat mass on the diet, back twinges when I bend",
    "what is a healthy mass index for my height? my back aches when I run",
    "we did mass production at the factory for years, my back is sore from the line",
    "I'm lifting weights to gain lean mass, my back is a bit stiff after deadlifts",
]
MASS_RAISED = [
    "there's a hard mass on my lower back that wasn't there last month and it aches",
    "my GP felt a mass near my spine, my back hurts",
    "I've found a lump on my back by my spine, sore to touch",
    "a swelling has come up on my spine and my back aches",
    "there is a mass over my lower back, getting bigger, and my back hurts",
    "my back has a new lump on it and it's sore",
    "I can feel a soft mass right next to my spine where the pain is",
    "my back hurts and I've got a growth on it near the spine",
]
MASS_TIER = "soon"

# weight lost without trying, in Tagalog; the same message with no such loss is calm
TAGALOG_RAISED = [
    "Masakit ang likod ko at pumayat ako ng 5 kilo kahit hindi ako nagda-diet.",
    "Dalawang buwan na pong masakit ang balakang ko at bumaba ang timbang ko.",
    "Masakit ang likod ko, nabawasan ako ng 7 kilo. Lumuluwag na ang damit ko.",
    "Isang buwan na masakit ang likod ko at nangangayayat ako kahit hindi nagda-diet.",
    "Sakit sa likod ko, tatlong linggo na, at pumapayat ako.",
    "Masakit ang balakang ko at nabawasan ng timbang ako. Lumuluwag ang pantalon ko.",
    "Tatlong buwan na masakit ang likod ko at nabawasan ako ng 4 kilo kahit hindi ako nagdidiyeta.",
    "Masakit ang likod ko. Pumayat ako, lumuluwag na ang damit ko.",
]
TAGALOG_CALM = [
    "Masakit ang likod ko pagkatapos magbuhat kahapon. Walang lagnat. Gumagaling na.",
    "Masakit ang balakang ko mula kahapon, gumagaling na po.",
    "Masakit ang likod ko pagkatapos ng basketball, okay na ngayon.",
    "Sakit sa likod ko dahil sa biyahe, gumagaling na.",
    "Masakit ang likod ko kahapon pero mas mabuti na ngayon.",
    "Masakit ang balakang ko pagkatapos maglaba, walang pamamanhid, gumagaling na.",
    "Ano ang dapat kong gawin para sa sakit sa likod pagkatapos magbuhat?",
    "Masakit ang likod ko pagkatapos ng gym, walang lagnat, okay na.",
]
TAGALOG_TIER = "soon"

# the saddle area named "between the thighs" or "the intimate area" in other languages
SADDLE_RAISED = [
    "Me duele la espalda y desde ayer noto hormigueo entre los muslos.",
    "Tengo dolor de espalda y siento la zona íntima dormida desde esta mañana.",
    "Dor nas costas e desde ontem sinto formigamento entre as coxas.",
    "Ho mal di schiena e da ieri sento formicolio tra le cosce.",
    "J'ai mal au dos et depuis hier je sens des fourmillements entre les cuisses.",
    "Boli mnie krzyż i od wczoraj czuję mrowienie między udami.",
    "Ich habe Rückenschmerzen und seit gestern Kribbeln zwischen den Oberschenkeln.",
    "Masakit ang likod ko at namamanhid sa pagitan ng hita ko mula kahapon.",
]
SADDLE_CALM = [
    "Me duele la espalda después del gimnasio, no tengo hormigueo.",
    "Dor nas costas depois do futebol, sem formigamento.",
    "Ho mal di schiena dopo il calcetto, niente formicolii.",
    "J'ai mal au dos depuis le déménagement, pas de fourmillements.",
    "Boli mnie krzyż po pracy w ogrodzie, bez mrowienia.",
    "Ich habe Rückenschmerzen nach dem Umzug, kein Kribbeln.",
    "Me duele la espalda baja desde el lunes, pero ya estoy mejor.",
    "Masakit ang likod ko pagkatapos magbuhat, walang pamamanhid.",
]
SADDLE_TIER = "emergency"

# not coping: dressing only with help, off sick week after week
COPING_RAISED = [
    "I can't get dressed without my husband's help because of my back",
    "my back is so bad I can't get washed without someone helping me",
    "can't get undressed without help because of my back, two weeks now",
    "I've called in sick for two weeks running, the back pain is relentless",
    "I've had to call in sick for weeks because my back is so bad",
    "Mum can't get dressed unless I help her, her back is that bad",
    "off sick for the second month with my back, can't get up without help",
    "can't get showered without my partner helping, my back is wrecked",
]
COPING_CALM = [
    "I called in sick yesterday with a cold, my back is fine",
    "I can get dressed fine, my back is just a little stiff in the mornings",
    "called in sick once last year for my back, fine since",
    "I helped my son get dressed for school and tweaked my back, it's easing",
    "had one day off sick, back is better already",
    "my back aches a bit but I get washed and dressed without any bother",
    "my colleague rang in sick for the week with flu, my back's just stiff from covering",
    "I dress myself no problem, just want stretches for a stiff back",
]
COPING_TIER = "soon"

# night pain in the later part of the night
NIGHT_RAISED = [
    "I'm 24 and my lower back is worse in the second half of the night, eases once I'm up",
    "my back aches in the latter half of the night and wakes me around 4am",
    "back pain that gets worse in the last part of the night, for months now",
    "my back hurts in the early hours of the night and is better by lunchtime",
    "26, low back pain worse in the second part of the night, stiff until I move about",
    "my back is sore in the 2nd half of the night every night",
    "back aches in the last hours of the night and loosens up when I walk",
    "my back's painful in the latter part of the night and I can't get comfy",
]
NIGHT_CALM = [
    "my back is a little stiff first thing but fine once I'm moving, sleep well",
    "slept badly in the first half of the night because of the storm, back fine",
    "the baby woke us in the second half of the night, back stiff from rocking him",
    "I work the second half of the night shift and my back is fine",
    "my back aches after long drives but I sleep right through",
    "the film went on half the night, back stiff from the sofa, fine now",
    "my back only aches after football, never at night",
    "slept on a bad mattress, back stiff in the morning, fine by lunch",
]
NIGHT_TIER = "soon"

# a child's back changing shape, told by a parent
SHAPE_RAISED = [
    "my son is 13 and his back has gone curved to one side, is that normal?",
    "my 12 year old daughter's spine looks S-shaped when she bends over",
    "my daughter is 15, one shoulder blade sticks out and her back looks crooked",
    "our boy's back has started to look bent, he's 11",
    "my daughter's back has a hump on one side when she touches her toes",
    "my son's spine is curving, the physio at school noticed, he's 14",
    "my girl is 10 and her back looks wonky in her swimsuit",
    "my 13 year old's back looks more curved than last year",
]
SHAPE_CALM = [
    "my son is 13 and slouches at his desk, his back is straight and he has no pain",
    "what does an S-shaped spine mean? we covered scoliosis in biology",
    "my daughter is 14 and wants exercises for good posture, her back is fine",
    "my son's school bag is heavy, his back is fine but should I buy a better one?",
    "my daughter does gymnastics and her back is flexible, no pain",
    "my 12 year old asked why some people have curved spines, for homework",
    "my son is 11 and sits hunched over his games, no pain, any tips?",
    "our boy is 10, straight back, just wants to start yoga",
]
SHAPE_TIER = "soon"

# an older person's fever with "not herself": urgent, not an emergency
ELDER_URGENT = [
    "My mum (82) has back pain and today she has a fever and isn't herself",
    "Grandad is 88, hot to touch and not his usual self, his back has been sore",
    "Nan, 91, running a temperature and not quite herself, complaining of her back",
    "my father is 79, feverish and not himself since lunch, back pain this week",
    "Mum is 86 with back pain, hot and shivery today and not like herself",
    "gran (84) has a high temperature, isn't acting like herself, back aching",
    "Dad, 77, fever since yesterday and just not himself, his lower back hurts",
    "my dad is 81, has a temperature and is not his usual self, back aching",
]
ELDER_EMERGENCY = [
    "My mum (82) has back pain and today she has a fever and is confused",
    "Grandad is 88, burning up and doesn't know where he is, his back hurts",
    "Nan, 91, temperature of 38.9 and talking nonsense, complaining of her back",
    "Grandad, 90, has a fever and is confused, back sore",
    "my mum is 83, temperature of 38.6 and muddled, her back hurts",
    "gran has a fever and is confused, back aching, she's 84",
    "my father (80) has a high temperature and is disoriented, back pain",
    "Nan is 92, running a fever and confused today, back pain",
]

# a cramp after a workout or thirst explains both legs' pain; weakness or numbness beside it not
CRAMP_CALM = [
    "cramp in both legs after the half marathon, back a bit stiff too",
    "cramp in both legs after rugby training, back fine",
    "got cramp in both thighs during the match, dehydrated, back ok",
    "cramps in both legs after a long hike, lower back tight, fine otherwise",
    "both my calves cramped up at the end of spin class, back is fine",
    "cramp in both legs after the gym, forgot to drink water, back's ok",
    "charley horse in both legs after running, back fine",
    "cramping in both calves after tennis in the heat, back a little sore",
]
CRAMP_RAISED = [
    "cramp in both legs after football and now both legs are numb and my back hurts",
    "both legs cramping after the run and now they keep giving way, back aches",
    "cramp in both legs after the gym, and both legs feel weak and heavy today, back sore",
    "cramps in both calves after the match, since then I can't feel my feet, back pain",
    "back pain for a week and both legs cramping and numb, no exercise",
    "both legs cramp and go numb when I walk, back pain, no sport",
    "after tennis both calves cramped, now I'm tripping over my feet, back sore",
    "cramp in both legs after cycling and I can't feel my bum, back aching",
]
CRAMP_TIER = "emergency"

# sitting feels different on a new or unusual chair; sitting feeling different with no chair named
CHAIR_CALM = [
    "sitting feels weird on my new kneeling chair, my back likes it though",
    "sitting feels different on the new ergonomic chair at the office, back better",
    "sitting feels strange on my new saddle stool, should my back hurt less?",
    "sitting feels odd in the new gaming chair, any back tips?",
    "sitting feels different on my new wobble stool, lower back a bit tired",
    "sitting felt funny on the new balance cushion at first, back better now",
    "sitting feels weird on a kneeling stool, is it good for my back?",
    "sitting feels different in the new office chair, my back is happier",
]
CHAIR_RAISED = [
    "sitting feels different since Tuesday, like I'm not on the seat, and my back hurts",
    "sitting feels weird and I can't feel the toilet paper, my back is bad",
    "sitting feels odd on the toilet, my back has been agony",
    "sitting feels strange, like sitting on a cushion of air, back pain for days",
    "sitting feels different on my new chair and my bum is numb, back pain",
    "since yesterday sitting feels wrong and I'm numb down there, back aching",
    "my back hurts and sitting feels weird, like it's not my bottom",
    "sitting feels different on my new chair and I can't feel the seat at all, back sore",
]
CHAIR_TIER = "emergency"

# a twinge on sneezing or coughing gone today; one still there
SNEEZE_CALM = [
    "I coughed yesterday and my back twinged, it was small and it's gone today",
    "sneezed in the shower and my back pinged, honestly it was minor and it's gone already",
    "my back twinged when I sneezed last night, but it was nothing and it's gone today",
    "coughing fit on Sunday made my back twinge, it was brief and it's passed already",
    "sneezed hard and felt a twinge in my back, tiny, and it's gone today",
    "my back twinged on a sneeze, it was mild and it's settled overnight",
    "coughed and my lower back tweaked, honestly nothing and it's gone today",
    "a sneeze made my back twinge this morning, minor, and it's gone already",
]
SNEEZE_RAISED = [
    "every time I sneeze my back pain shoots and it's been like that for weeks",
    "coughing makes my back pain much worse, started last week",
    "my back hurts when I cough and it's not going away",
    "sneezing sends pain through my back, it's still there today",
    "straining on the loo makes my back pain worse, for a month now",
    "my back pain is worse when I cough or sneeze, three weeks now",
    "each cough hurts my back, it's gone on for days",
    "coughing hurts my lower back and it hasn't eased at all",
]
SNEEZE_TIER = "soon"

# advice to report a sign to a clinician, answered no; a sign come true
ADVICE_CALM = [
    "My physio said to tell her if I get numbness around my bottom. I haven't. My strain is a week old.",
    "The GP said to inform him if I ever can't pee. I haven't, it's a mild pull from 4 days ago.",
    "physio told me to report it if my legs go weak. I haven't, my back has been sore for 6 days.",
    "My osteopath said to mention it if I get tingling between my legs. I haven't. The sprain is 3 days old.",
    "The nurse said to tell her if I ever get tingling around my bottom. I haven't. It's a pulled muscle from 5 days ago.",
    "My chiropractor said to tell him if I get numb down there. I haven't, it's day 4 of a pulled muscle.",
    "The physio said to message her if my bum goes numb. I haven't, my back went 3 days ago.",
    "GP said to tell her if I get saddle numbness. I haven't. What would it feel like? Pulled it 5 days ago.",
]
ADVICE_RAISED = [
    "My physio said to tell her if I get numbness around my bottom. It started this morning.",
    "The GP said to inform him if I ever can't pee, and now I can't.",
    "physio told me to report it if my legs go weak. They went weak today.",
    "My osteopath said to mention it if I get tingling between my legs, and since yesterday I have.",
    "The nurse said to tell her if I lose bladder control. I haven't until today, I wet myself this morning.",
    "My chiropractor said to tell him if I get numb down there. I haven't, but since Sunday my bum is numb.",
    "The physio said to message her if both legs go numb. They have been numb since last night.",
    "GP said to tell her if I get saddle numbness. I have had it for 2 days now.",
]
ADVICE_TIER = "emergency"

RAISED = [
    *[(line, LAB_TIER) for line in LAB_RAISED],
    *[(line, MASS_TIER) for line in MASS_RAISED],
    *[(line, TAGALOG_TIER) for line in TAGALOG_RAISED],
    *[(line, SADDLE_TIER) for line in SADDLE_RAISED],
    *[(line, COPING_TIER) for line in COPING_RAISED],
    *[(line, NIGHT_TIER) for line in NIGHT_RAISED],
    *[(line, SHAPE_TIER) for line in SHAPE_RAISED],
    *[(line, "emergency") for line in ELDER_EMERGENCY],
    *[(line, CRAMP_TIER) for line in CRAMP_RAISED],
    *[(line, CHAIR_TIER) for line in CHAIR_RAISED],
    *[(line, SNEEZE_TIER) for line in SNEEZE_RAISED],
    *[(line, ADVICE_TIER) for line in ADVICE_RAISED],
]
CALM = [
    *LAB_CALM,
    *MASS_CALM,
    *TAGALOG_CALM,
    *SADDLE_CALM,
    *COPING_CALM,
    *NIGHT_CALM,
    *SHAPE_CALM,
    *CRAMP_CALM,
    *CHAIR_CALM,
    *SNEEZE_CALM,
    *ADVICE_CALM,
]


@pytest.mark.parametrize(("line", "least"), RAISED)
def test_a_sign_of_each_class_raises_at_least_its_tier(line: str, least: str) -> None:
    raised = tier(line)
    assert RANK[raised] >= RANK[least], (line, raised, least)


@pytest.mark.parametrize("line", CALM)
def test_a_calm_twin_of_each_class_raises_nothing(line: str) -> None:
    assert tier(line) is None, line


@pytest.mark.parametrize("line", ELDER_URGENT)
def test_an_older_persons_fever_not_themselves_is_urgent_not_an_emergency(line: str) -> None:
    flags = SAFETY.check(line)
    assert flags and flags[0].urgency == "urgent", (line, [(f.id, f.urgency) for f in flags])
    assert "fever-unwell-elder" in {f.id for f in flags}, line


def test_the_rules_tiers_say_which_elder_fever_is_which() -> None:
    tiers = SAFETY.rule_tiers
    assert tiers["fever-unwell-elder"] == "urgent"
    assert tiers["sepsis-shock"] == "emergency"
