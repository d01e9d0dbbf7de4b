"""safety123 (issue #12): red flags 42's false alarms, by class. Each class's reader existed; each
missed this set's wording for a reason of its own, mended in general:
- self-check: an item's yes or no reads by the item's wording: one worded as normal ("Peeing
  normally? yes", "Both legs ok? yes") answered yes is a finding of normal, not a sign ticked
  (a "yes" kept the form's denials from settling the case), and answered no is the sign (a
  bulleted "- Both legs ok? no" and "- Peeing normally? no" had become the shorthand "nil", a
  denial); an item's words parted by a slash ("bottom/groin") are one word of the item;
- foreign: a calm denial's everyday words ("in Ordnung", "völlig", "alle", "pas de problème
  pour") were not in the dictionaries, so the denial's sentence was not read whole and the
  sign's own foreign word stood; a message read only in part drops an emergency of its own
  words only when its English reading read those very signs and set them aside;
- leaflet: a condition told as an ability lost ("go to A&E if I can't control my bladder") is
  answered kept with a bare "I can": an elided denial, as "I haven't" is for "if I get ...";
- cold: a numbness cold water or weather caused, told as warmed up after, is worn off (the
  worn-off reading knew procedures and positions, not the cold);
- idiom: "Saturday night fever", "cup fever", "election fever" are no fever.
Every line is of this session's own writing, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import read_checklist
from tests.safety_cases import class_tests, tier

CALM = {
    "self_check": [
        "My physio's checklist:\n- Pins and needles in feet/legs? no\n- Bladder/bowel changes? no\n- Fever/chills? no\nSore back after moving house, how long will it last?",
        "Quick triage before I book:\n- Weak legs/feet? no\n- Tingling bum/groin? No\n- Wetting/leaking? no\nJust a stiff lower back from the gym.",
        "Saddle/groin numb? no. Legs weak/heavy? no. Pee/poo normal? yes. Back aches after decorating, any stretches?",
        "Both legs ok? yes. Peeing normally? yes. Poo normal? yes. Numb bum? no. Back sore after gardening.",
        "Red flag self-check:\n- Legs working ok? yes\n- Numb down below? no\n- Wee normal? yes\n- Bowels normal? yes\nLow back ache since the weekend, what helps?",
        "Went through the NHS list:\n- Both legs fine? yes\n- Numb bum/genitals? no\n- Bladder working normally? yes\n- Bowels normal? yes\nBack twinged lifting the shopping.",
        "Self check done:\n- Walking ok? yes\n- Feeling around bottom normal? yes\n- Peeing ok? yes\nJust stiff after a long drive, any tips?",
        "Checklist from the leaflet:\n- Legs ok? yes\n- Numbness bottom/inner thighs? no\n- Toilet normal? yes\nBack sore from hoovering.",
    ],
    "leaflet": [
        "The leaflet says go to A&E if I can't control my bladder. I can, totally normal. Back sore from digging, which exercises are safe?",
        "My physio said to ring 999 if I can't feel my bum when I wipe. I can, no change at all. Back still stiff from deadlifts though.",
        "The NHS page says get help if you can't pee. Well I can, fine. Lower back ache since Sunday, any stretches?",
        "GP told me to go to A&E if I couldn't walk properly. I can, yes. Back pain a week now after lifting.",
        "111 said call back if I can't empty my bladder. I can, thankfully. Back still aches after the move.",
        "The poster at the surgery says go to A&E if you can't feel your legs. I can, perfectly. Back just stiff after gardening.",
        "The nurse said come back if I can't pass urine. Yes I can, all good. Back sore from the new mattress.",
        "The leaflet says seek help if you can't control your bowels. I still can, no problem. Back pain after moving furniture.",
    ],
    "cold": [
        "Went wild swimming in the lake, feet and hands went numb in the water but warmed up fine after. Back is a bit stiff from the cold, tips?",
        "Sea swim this morning, feet went numb in the cold water and warmed up once I was dressed. Lower back a bit stiff now from the cold.",
        "Winter swim on Saturday, legs went numb in the river but thawed out in the sauna. Back tight from the cold.",
        "Did an open water swim at 10 degrees, feet went numb in the water, warmed up fine in the car. Back is stiff, any stretches?",
        "Charity dip in the sea on New Year's Day, feet went numb in the water but warmed up fine after. Lower back a bit stiff.",
        "Went sea swimming, both feet went numb in the water and warmed up after a hot drink. Back a bit stiff from the cold.",
        "Swam in the loch, feet and legs went numb in the water, thawed out by the fire. Lower back stiff from the cold.",
        "Morning dip in the sea, feet numb in the water but warmed up fine afterwards. Back stiff from the cold, normal?",
    ],
    "idiom": [
        "Saturday night fever at my sister's wedding, danced in heels till late. Lower back aches today, how long will it last?",
        "Bit of cup fever in our house this week, I've been shouting at the telly and my lower back is stiff from the sofa.",
        "Friday night fever at the club, back aches now from jumping around, is it a strain?",
        "Election fever at work has me hunched over spreadsheets, my back aches.",
        "Wedding fever: three weekends of dancing and my lower back is sore.",
        "Christmas fever hit and I carried all the decorations down from the loft, now my back is sore.",
        "Olympic fever in our house, I tried the gymnastics with the kids and tweaked my lower back.",
        "Festival fever all weekend, slept in a tent and my back is stiff. How do I loosen it?",
    ],
}

KEPT = {
    "self_check": [
        (
            "Back pain self-check:\n- Both legs ok? yes\n- Numb around bottom/groin? yes\n- Peeing normally? yes\nWhat should I do?",
            "emergency",
        ),
        (
            "Checklist from the leaflet:\n- Pins and needles in feet/legs? no\n- Bladder/bowel changes? yes, I can't hold my wee since yesterday\nMy back is very painful.",
            "emergency",
        ),
        (
            "- Tingling bum/groin? yes\n- Weak legs/feet? no\nLower back pain since Monday.",
            "emergency",
        ),
        ("Numb bottom/groin? yes, since this morning. Back pain for a week.", "emergency"),
        ("Fever/chills? yes, 38.8 last night. Back hurts a lot.", "urgent"),
        (
            "Back pain self-check:\n- Peeing normally? no\n- Numb around bottom? no\nWhat should I do?",
            "emergency",
        ),
        ("- Peeing normally? no\n- Back pain since Monday", "emergency"),
    ],
    "leaflet": [
        (
            "The leaflet says go to A&E if I can't control my bladder. I can, just about, it dribbles.",
            "emergency",
        ),
        ("GP said come back if I can't walk. I can, but only a few steps.", "emergency"),
        (
            "The nurse said to call 999 if I couldn't feel my bottom when wiping. I could, on one side only.",
            "emergency",
        ),
        (
            "The leaflet says go to A&E if I can't control my bladder. And now I can't, it just leaks. Back pain for 3 days.",
            "emergency",
        ),
        (
            "My physio said to ring 999 if I can't feel my bum when I wipe. I can't, it feels dead since this morning.",
            "emergency",
        ),
        (
            "The NHS page says get help if you can't pee. I can't, nothing since last night and my back is agony.",
            "emergency",
        ),
        (
            "GP told me to go to A&E if I couldn't walk properly. I can't, my legs keep giving way.",
            "emergency",
        ),
        (
            "The leaflet says go to A&E if I can't control my bladder. I can, but I can't feel the toilet paper when I wipe.",
            "emergency",
        ),
    ],
    "cold": [
        (
            "Went wild swimming yesterday, both legs went numb in the water and they still haven't warmed up, can't feel my feet today. Back aches.",
            "emergency",
        ),
        (
            "Cold plunge at the spa, legs numb, warmed up after, but now I can't feel my bum and I can't pee.",
            "emergency",
        ),
        (
            "Sea swim on Sunday, legs went numb and warmed up fine, but since this morning both legs are numb again and weak.",
            "emergency",
        ),
        (
            "Ice bath after training, both legs are still numb hours later and back pain is bad.",
            "emergency",
        ),
    ],
    "idiom": [
        ("Saturday night I had a fever of 38.9 and my back is killing me.", "urgent"),
        (
            "Cabin fever from being stuck indoors, but now I've got a real fever and my back aches.",
            "urgent",
        ),
        ("My lower back aches and I've had a fever since Friday night.", "urgent"),
        (
            "Christmas fever hit and I lifted all the boxes from the loft, my back is sore, and I'm shivery with a fever too.",
            "urgent",
        ),
    ],
}

# a round of its own: a form's course answered no, a vaccination, "I'll" read "ill"
CALM_2 = {
    "course_form": [
        "Back pain review:\nDuration: 4 days\nImproving: yes\nFever: no\nSleep: ok",
        "Stiff back for 3 days\nImproving: yes\nFever: no",
        "Back check-in: 2 days, better: yes, numbness: none, bladder: normal",
        "Form for the physio:\nPain: 3/10\nEasing: yes\nLegs: normal\nWhat stretches help?",
        "Lower back sore since Saturday's gardening\nImproving: yes, slowly\nWaterworks: fine",
        "Weekly log - back pain 2/10, improving: yes, sleeping: ok",
        "My diary: day 3, settling: yes, legs fine, no fever. Back just stiff.",
        "Back pain form:\nStarted: Monday\nImproved: yes\nNight pain: none",
    ],
    "vaccine": [
        "Had my flu jab and covid booster yesterday, arm sore and I felt achy all over last night, back included. Fine today.",
        "Flu jab on Monday, achy all over that evening including my lower back, fine now.",
        "Had the shingles vaccine yesterday and I'm aching all over, back too. Normal?",
        "Got my covid booster this morning, sore arm and a bit achy all over, back a bit stiff.",
        "Tetanus jab after a cut on my hand, felt sore all over that night, back included. Better now.",
        "Had my RSV jab yesterday, a bit achy all over, lower back stiff. Is that common?",
        "Travel vaccinations on Friday, achy all over the weekend and my back is stiff.",
        "After the booster I was achy all over for a day, back too. No temperature.",
    ],
    "ill_contraction": [
        "OK so I'll give you the whole picture: lower back tight since Sunday after a HIIT class. Can I train Saturday?",
        "Right so I'll explain: lower back stiff after moving a sofa, no numbness, toilet fine. How long?",
        "So I'll try heat tonight for my sore back, or is ice better?",
        "Really I'll just rest my back this weekend, is that right?",
        "Very well, I'll book the physio for my back then. Any stretches meanwhile?",
        "So I'll keep walking even though my back aches?",
        "Ok so I'll ask the obvious: is a stiff back after gardening normal?",
        "So I'll start with the basics: desk job, back aches by Friday. Tips?",
    ],
}

KEPT_2 = {
    "course_form": [
        ("Checklist for the GP:\nDuration: 7 weeks\nImproving: no\nFever: none", "soon"),
        ("Duration: 6 weeks\nImproving: no", "soon"),
        ("back pain 5 weeks, better: no", "soon"),
        ("Back pain form:\nStarted: 2 months ago\nImproved: no\nNight pain: yes", "soon"),
    ],
    "vaccine": [
        (
            "Flu jab yesterday, now shivery with a temperature of 39.2 and my back is agony.",
            "urgent",
        ),
        (
            "Had covid last week and now I'm aching all over with a fever of 38.7 and back pain.",
            "urgent",
        ),
        ("Had the flu last week and I'm still aching all over, back pain too.", "urgent"),
    ],
    "ill_contraction": [
        ("I've been so ill with flu this week and now my back aches.", "urgent"),
        ("Back pain and I'm really ill, shivering all night.", "urgent"),
        ("My back hurts and I'm so ill I can't get up.", "urgent"),
        ("So ill since Tuesday, back is killing me.", "urgent"),
    ],
}

SHORT_CALM: dict[str, list[str]] = {}

class_tests(globals(), CALM, KEPT, SHORT_CALM)
class_tests(globals(), CALM_2, KEPT_2, SHORT_CALM, name="second")


def test_an_item_worded_as_normal_answered_yes_is_a_finding_of_normal() -> None:
    assert read_checklist("- Peeing normally? yes\n- Numb bum? no").startswith(
        "- Peeing normally nil"
    )
    assert "yes" not in read_checklist("Both legs ok? yes. Back ache.")
    # a sign's item answered yes stays told
    assert "yes" in read_checklist("- Numb bum? yes\n- Fever? no")


def test_an_item_worded_as_normal_answered_no_is_never_the_shorthand_nil() -> None:
    # the learned check reads "legs not ok" (no rule's phrase): short, it is an emergency
    assert tier(
        "Back pain self-check:\n- Both legs ok? no\n- Numb around bottom? no\nWhat else?"
    ) == ("emergency")
    assert "not ok" in read_checklist("- Both legs ok? no\n- Numb bum? no")
    assert "nil" not in read_checklist("Both legs ok? no. Back pain.")


def test_an_items_slashed_words_are_one_word_of_the_item() -> None:
    assert "groin nil" in read_checklist("- Numb bottom/groin? no\n- Fever? no")


def test_the_first_run_false_alarms_of_the_class_now_raise_nothing() -> None:
    assert tier("Went wild swimming, feet went numb in the water but warmed up fine after.") is None
    assert tier("Saturday night fever indeed, my lower back aches today.") is None


# a foreign message alone: inside an English one (a second question, a long story) its sentences
# are read by the code-switch and partly-English readings, which this round did not change
FOREIGN_CALM = [
    "Bonjour, mal au dos depuis hier après le ménage. Pas de fourmillements, pas de problème pour uriner, pas de fièvre. Ça passe ?",
    "Salut, le dos raide depuis le déménagement. Les jambes sont tout à fait normales, pas de fièvre. Je peux nager ?",
    "Hallo, Rückenschmerzen seit dem Wochenende. Beine völlig normal, kein Fieber, Blase in Ordnung. Was kann ich tun?",
    "Guten Tag, leichte Rückenschmerzen nach dem Sport. Beine ganz normal, Blase und Darm in Ordnung, kein Fieber.",
    "Ciao, mal di schiena da ieri, sto già meglio. Nessun formicolio alle gambe, niente febbre. Posso camminare?",
    "Buongiorno, ho mal di schiena dopo il trasloco. Nessun problema a urinare, niente febbre, gambe a posto.",
    "Hola, me duele la espalda desde el lunes. Sin problemas para orinar, sin fiebre, piernas normales.",
    "Olá, dor nas costas desde ontem depois da mudança, pernas normais, sem febre, sem problemas para urinar.",
]
FOREIGN_KEPT = [
    ("Bonjour, j'ai mal au dos et je ne peux pas uriner depuis ce matin.", "emergency"),
    ("Ciao, mal di schiena, nessun formicolio ma non riesco a urinare da ieri.", "emergency"),
    (
        "Hallo, Rückenschmerzen, kein Fieber, aber ich kann seit gestern nicht mehr pinkeln.",
        "emergency",
    ),
    ("Hola, dolor de espalda, sin fiebre, pero no puedo orinar desde ayer.", "emergency"),
]


@pytest.mark.parametrize("question", FOREIGN_CALM)
def test_a_foreign_calm_denial_raises_nothing(question: str) -> None:
    assert tier(question) is None


@pytest.mark.parametrize(("question", "expected"), FOREIGN_KEPT)
def test_a_foreign_sign_keeps_its_tier(question: str, expected: str) -> None:
    assert tier(question) == expected
