"""safety119 (issue #12): red flags missed or mis-tiered, by class, each with real signs and calm
twins of this round's own writing (none copied from tests/eval; docs/safety.md, safety119).

1. not-improving: a course told in one sentence ("6 weeks now.") and that nothing has changed in
   a later one ("Nothing has changed at all"): UNCHANGED, read across two sentences (across_in).
2. cauda-equina-bladder/-bowel: a lost urge ("no urge to pee anymore"): URINE no longer takes
   the word "urge", so "no urge" is NOT_FEEL beside the bladder word.
3. infection-fever: a child's (or anyone's) temperature told as a number after has/is/was
   ("my 4yo has 39.1"), a reading with a fractional part only.
4. checklist.py + topic_frame.py: a ticked box under a title naming a source ("Symptom checker
   (NHS app):") is the writer's own yes: its sign is not the form's.
5. ELDER: an age in brackets, between commas or after a sex ("Mum (84)", "Mum, 81,", "M/78").
6. foreign_reading.py: confusion and "not herself" in each language's dictionary (a frail
   mother's fever and confusion is sepsis-shock's emergency), and a message whose every word is
   read takes its tier from the rules' reading of the rendering: the learned guess is no
   emergency alone ("moj maz nie czuje i nie moze spac dobrze").
7. A message partly in English reads its foreign sentences too (parts_in_english).
8. hypothetical.py: a supposing word read up to a sign's last word ("If my legs ever gave way").
"""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import TICK_MARK, read_checklist
from backcare.engine.safety.foreign_reading import in_english, parts_in_english
from backcare.engine.safety.net import features
from tests.safety_cases import SAFETY

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


# (message, the tier it must reach at least), per class
SIGNS: dict[str, list[tuple[str, str]]] = {
    "1 unchanged after weeks": [
        (q, "soon")
        for q in [
            "Seven weeks now. Physio exercises twice a day, naproxen, a hot water bottle. Nothing has changed at all.",
            "It's been five weeks. Rest, stretches, paracetamol. Still exactly the same.",
            "Going on two months. I've tried yoga and massage. No difference whatsoever.",
            "About 8 weeks in. Foam roller every night. It hasn't changed one bit.",
            "Over a month of this. Ice, heat, ibuprofen. Same as day one.",
            "Lower back since early October, so six weeks. Walking daily, pilates. Made no difference.",
            "Six weeks of sciatica. Tablets from the chemist. They've done nothing.",
            "For the past month. Stretches morning and night. Nothing's changed.",
            "Five weeks since it started. Tried everything the leaflet said. Not changed at all.",
        ]
    ],
    "2 lost urge": [
        (q, "emergency")
        for q in [
            "no urge to pee anymore, I just go by the clock, and my lower back is agony",
            "the urge to wee has gone completely since my back went on Saturday",
            "I don't get the urge to pee any more, back pain and sciatica both sides",
            "never feel the need to wee now, I just go every few hours in case, back's bad",
            "no urge to poo for days and my back is killing me, I can't feel when I need to go",
            "I can't tell if I've finished peeing since my back started",
            "I don't notice when my bladder is full any more, back pain for a week",
            "lost the urge to go to the toilet, lower back has been awful since Tuesday",
            "my mum says she has no urge to pee at all since her back pain started",
        ]
    ],
    "3 temperature as a number": [
        (q, "urgent")
        for q in [
            "my 4yo has 39.1 and cries when I pick her up, keeps holding her back and won't bend to pick up toys",
            "my son's 38.7 tonight and won't bend, holding his lower back",
            "she was 39.3 this morning, my 6 year old, and now she's limping and says her back hurts",
            "our 2 year old hit 40.1 and screams when we lift her, arching her back",
            "grandson (3) is 38.9 and won't sit up, seems to hurt his back",
            "my 9 year old was 101.8 last night and says his back hurts",
            "my daughter is 38.4 and her back hurts when she bends",
            "my 5 year old has 38.8 since last night and holds her back when she walks",
        ]
    ],
    "4 ticked under a title": [
        (q, "emergency")
        for q in [
            "Symptom checker (NHS app):\n[x] numbness between legs\n[ ] fever\nback pain 3 days",
            "Checklist the physio gave me (filled in tonight):\n[x] numb bum\n[x] back pain",
            "Questionnaire from my GP (done this morning):\n[X] Leaking urine without noticing\n[ ] Fever",
            "Symptom checker results:\n- [x] can't feel when I wipe\n- [ ] fever\n- [x] back pain",
            "Symptom checker (NHS app):\nnumbness between legs ☑\nfever ☐\nback pain 3 days",
            "Symptom checker (NHS app):\n✔ numb bum\n✘ fever\n✔ back pain",
            "Online triage form (my answers):\n[x] both legs weak\n[ ] fever\n[x] lower back pain",
            "Filled in the online form:\n[x] can't pee since this morning\n[x] back pain",
            "Pre-op questionnaire (knee op next week):\n[x] Trouble passing urine\n[x] Back pain\n[ ] Numbness",
        ]
    ],
    # safety121: an older person's fever with "not herself" is urgent (fever-unwell-elder,
    # SAFETY_FACTS' "generally very unwell"); with confusion it stays sepsis-shock's emergency
    "5 an older age written short": [
        (q, "urgent")
        for q in [
            "Mum (84) has a fever and isn't herself, back pain",
            "Mum, 81, has a temperature and isn't herself, her back hurts",
            "Dad, 79, running a fever and not himself, complaining of his back",
            "M/78 fever and not himself, back pain",
            "81F fever and not herself today, back pain",
            "F 82, fever and isn't herself, back pain",
            "patient 76M: fever, not himself, back ache",
            "Grandad (91) is burning up and not himself, sore back",
        ]
    ]
    + [
        (q, "emergency")
        for q in ["my father (88) has a high temperature and is muddled, back pain"]
    ]
    + [
        (q, "soon")
        for q in [
            "Mum (74) has new back pain since last week",
            "M/68 new back pain started this month",
            "68F new back pain, never had it before",
        ]
    ],
    "6 another language": [
        (q, "emergency")
        for q in [
            "mi mamá tiene 85 años, tiene fiebre y está confundida, le duele la espalda",
            "ma grand-mère a 90 ans, elle a de la fièvre et elle est confuse, mal au dos",
            "minha avó tem 87 anos, está com febre e confusa, dor nas costas",
            "meine Oma ist 86, hat Fieber und ist verwirrt, Rückenschmerzen",
            "mia nonna ha 89 anni, ha la febbre ed è confusa, mal di schiena",
            "moja babcia ma 84 lata, ma gorączkę i jest splątana, boli ją kręgosłup",
            "meri dadi 80 saal ki hai, bukhar hai aur hosh nahi, kamar dard",
            "Od wczoraj nie czuję pośladków i krocza, bardzo boli mnie kręgosłup w dole. Co mam robić?",
        ]
    ]
    + [
        (q, "urgent")
        for q in ["mi abuela de 88 años tiene fiebre y no es ella misma, le duele la espalda"]
    ],
    "7 partly in English": [
        (q, "emergency")
        for q in [
            "Lower back pain for a week after lifting. Od wczoraj nie czuję pośladków. Is this normal?",
            "Sciatica down my right leg for two weeks. Od wczoraj nie czuję krocza i nie mogę się wysikać.",
            "My dad has had back pain since Friday. Ahora está confundido y tiene fiebre, tiene 88 años.",
            "Back's been sore. Je n'arrive plus à retenir mes urines depuis ce matin.",
            "Hurt my back at work. Mera peshab control nahi ho raha kal se.",
            "My back has been sore since Monday. Desde ayer no puedo orinar. What should I do?",
            "Back hurts a lot. Depuis ce matin je ne sens plus mes jambes. Should I rest?",
            "I've had back pain for a fortnight. Minha avó diz que estou confusa. Od wczoraj nie czuję pośladków i krocza.",
        ]
    ],
    "8 a sign told, not supposed": [
        (q, "emergency")
        for q in [
            "If my legs gave way when I stand up, is that serious? It happened twice today.",
            "if my legs give way I fall, happens every morning, back agony",
            "If I walk 50 metres both my legs go weak. I'm fine though",
            "My legs gave way on the stairs this morning and my back is agony",
            "If my legs keep giving way like they did last night, should I go to A&E?",
            "What if my legs gave way again like yesterday? Back is very bad.",
            "Both my legs gave way twice today, is that serious?",
            # "wobbly" is no milder state of not_that.py's: wobbly legs may be legs giving
            # way (review30), so the denied sign stays as written (test_safety115's LEFT)
            "It's not that my legs gave way, they just felt wobbly for a second after the spin class. Back's fine.",
        ]
    ],
}

CALM: dict[str, list[str]] = {
    "1 unchanged after weeks": [
        "I have been going to the gym for 6 weeks. My back hurts a bit today after deadlifts.",
        "I started a new job 6 weeks ago. Back feels the same as usual, fine.",
        "6 weeks pregnant. Back aches a little. Is that normal?",
        "For 4 weeks I did the exercises. The pain has eased a lot.",
        "Had a sore back for two weeks in the summer. It cleared up with stretches. Nothing since.",
        "Bought a standing desk a month ago. My posture is much better now.",
        "Been doing pilates for 8 weeks. Core is stronger. Any moves for the upper back?",
        "Six weeks into my marathon plan. Legs are tired but fine. Best stretches after long runs?",
        "My back pain went after 3 weeks of physio. What exercises keep it away?",
    ],
    "2 lost urge": [
        "I get the urge to pee all the time at night, back pain too from the mattress",
        "no urge to go running since I hurt my back",
        "I go by the clock to take my tablets, back pain",
        "the urge to stretch first thing helps my back, is that normal",
        "I have the urge to crack my back all the time, is that bad?",
        "no urge to exercise in this heat, my back is a bit stiff",
        "no urge to go for a walk since my back went, just resting",
        "I've lost the urge to snack since my diet, back ache from sitting",
    ],
    "3 temperature as a number": [
        "my son is 39.5 kg and has back pain from his school bag",
        "my daughter is 38.5 weeks pregnant and her back aches",
        "it's 38.2 degrees outside and my back aches from gardening",
        "my son has 39.2 points in his game lol, back ok",
        "my 7 year old did 39.5 seconds on the monkey bars, her back is fine",
        "my son is 38.6 inches tall and slouches, tips for his back?",
        "my toddler was 38.9 cm at birth ha, my back hurts from carrying her",
        "the bath was 38.5 and my back felt better afterwards",
    ],
    "4 ticked under a title": [
        "Symptom checker (NHS app):\n[x] back pain\n[x] stiff in the mornings\n[ ] numbness\n[ ] trouble peeing",
        "Pre-op questionnaire (knee op next week):\n[ ] Trouble passing urine\n[x] Back pain\n[ ] Numbness",
        "Filled in the online form:\n[ ] numbness between legs\n[x] back pain",
        "Triage form:\n[ ] numb bum\n[ ] cant pee\n[x] back pain",
        "Symptom checker (NHS app):\n✔ back pain\n✘ numb bum\n✘ fever",
        "Symptom checker (NHS app):\nback pain ☑\nnumbness between legs ☐\nfever ☐",
        "Checklist the physio gave me (filled in tonight):\n[x] No to all the red flags\n[x] back pain after gardening",
        "Physio's home checklist:\n[x] did the stretches\n[x] walked 20 minutes\n[ ] numbness\n[ ] leaking",
    ],
    "5 an older age written short": [
        "Mum (84) has a stiff back in the mornings, best exercises?",
        "Dad, 79, does yoga for his back, any tips?",
        "M/68 back stiff after golf, normal?",
        "81F walks daily, back a bit achy after gardening",
        "Mum (74) had a cold last month and is fine now, back stiff from the sofa",
        "Grandad (91) is sharp as a tack, just his back aches from the bowls",
        "my father (88) gets confused with his tablets, which painkiller is gentlest for his back?",
        "Room 12: resident (85) back stiff, no fever, eating well",
    ],
    "6 another language": [
        "mi mamá tiene 85 años y le duele la espalda, está confundida con las pastillas",
        "estoy confundido sobre qué ejercicios hacer para el dolor de espalda",
        "ma grand-mère a 90 ans, elle a mal au dos quand elle jardine",
        "meine Oma ist 86 und hat manchmal Rückenschmerzen beim Gärtnern",
        "mia nonna ha 89 anni e fa yoga per la schiena",
        "moja babcia ma 84 lata i ćwiczy codziennie, plecy bolą ją trochę",
        "je suis confuse, quel exercice pour le dos?",
        "je suis confuse avec tous ces exercices, lequel pour le dos?",
    ],
    "7 partly in English": [
        "Back pain after the gym. Mi piace molto la palestra, domani ci torno.",
        "Back ache from sitting. Je travaille dans un bureau toute la journée.",
        "Lower back stiff. Mi madre dice que es normal, no tengo fiebre.",
        "Sore back from gardening. Il fait très beau aujourd'hui, je suis dans le jardin.",
        "Back ache after the flight. Ich bin müde aber sonst geht es mir gut.",
        "Stiff back in the mornings. Nie mam gorączki i wszystko jest w porządku.",
        "My back twinges when I lift the baby. Mi hija tiene seis meses y pesa mucho.",
        "Back pain from the new chair. Mi jefe dice que es culpa mía.",
    ],
    "8 a sign told, not supposed": [
        "If my legs ever gave way, would that be serious? I don't get anything like that, my back is just stiff from gardening.",
        "If my bladder ever stopped working would I know? Not happening, back just stiff.",
        "If I ever lost control of my bowels, what then? I don't have anything like that, just a sore back.",
        "If both my legs ever went weak, would I call 999? I don't get anything like that, it's a mild ache.",
        "If my knees ever buckled under me, would that be the nerves? Never had anything like that, just asking.",
        "If my back ever locked and my legs gave way, who do I call? I don't have anything like that, just curious.",
        "If my legs ever gave out at work, could I claim? I don't get anything like that, back's fine.",
        "If I ever lost feeling in both legs would that be an emergency? I don't have anything like that, my back is just achy.",
    ],
}

# class 6: transliterated messages the learned check over-called on a half-read rendering: the
# words say no better after weeks ("koi farq nahi para"), read now, and no emergency
SOON_ONLY = [
    "mujhe 5 hafte se kamar dard hai, ghar par sab kuch try kar liya, koi farq nahi para",
    "mere 6 hafte se kamar mein dard hai, dawai li, sek kiya, koi farq nahi pada",
    "2 mahine se kamar dard, physio bhi kiya, koi fark nahi",
    "mujhe 2 mahine se kamar dard hai, dawai se koi farq nahin",
    "od 6 tygodni boli mnie kręgosłup, ćwiczenia i leki, żadnej poprawy",
]
# left: "moj maz nie czuje i nie moze spac dobrze" reads "my husband cant feel and cant sleep
# well", which the learned check calls an emergency in English too (what is not felt is not
# said); lowering the learned emergency of a rendering lost "Ich kann seit heute Morgen nicht
# mehr pinkeln ..." (review30), whose rendering keeps the German word order (docs/safety.md)
LEFT_EMERGENCY = ["moj maz nie czuje i nie moze spac dobrze"]


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    return [row for rows in table.values() for row in rows]


def test_every_class_has_eight_signs_and_eight_twins() -> None:
    assert set(SIGNS) == set(CALM)
    for name in SIGNS:
        assert len(SIGNS[name]) >= 8 and len(CALM[name]) >= 8, name


@pytest.mark.parametrize(("question", "least"), _rows(SIGNS))
def test_a_real_sign_reaches_its_tier(question: str, least: str) -> None:
    assert RANK[tier(question)] >= RANK[least], (question, tier(question))


@pytest.mark.parametrize("question", [q for qs in CALM.values() for q in qs])
def test_a_calm_twin_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize("question", SOON_ONLY)
def test_a_foreign_course_is_soon_not_an_emergency(question: str) -> None:
    assert tier(question) == "soon", question


def test_a_course_in_one_sentence_and_no_change_two_on_is_not_improving() -> None:
    ids = {
        f.id for f in SAFETY.check("6 weeks now. Doing the stretches. Nothing has changed at all.")
    }
    assert "not-improving" in ids
    # SAME's looser words meet a duration in their own sentence only
    assert not SAFETY.check(
        "8 weeks after my op. I had exactly the same after my first. Back is fine, any tips?"
    )


def test_a_ticked_box_is_marked_and_an_answer_item_is_not() -> None:
    mark = TICK_MARK
    assert mark in read_checklist("Symptom checker:\n[x] numb bum\n[ ] fever")
    assert mark in read_checklist("fever ☐ stiffness ☑")
    assert mark not in read_checklist("Checklist:\n[x] No\n[ ] Yes")
    assert mark not in read_checklist("Checklist:\n[ ] numb bum\n[ ] fever")


def test_the_learned_check_never_reads_the_tick_mark() -> None:
    tokens, _ = SAFETY.read(f"sore back, {TICK_MARK}, stiff")
    plain, _ = SAFETY.read("sore back, stiff")
    assert features(tokens, (), SAFETY._negations, 4) == features(plain, (), SAFETY._negations, 4)


@pytest.mark.parametrize("question", LEFT_EMERGENCY)
@pytest.mark.xfail(strict=True, reason="the learned check's emergency on 'cant feel' (docstring)")
def test_a_sleepless_husband_in_polish_is_no_emergency(question: str) -> None:
    assert tier(question) != "emergency"


def test_hindi_no_better_is_read() -> None:
    read = in_english("mujhe 5 hafte se kamar dard hai, koi farq nahi para")
    assert read is not None and "no better" in read.text


def test_a_quoted_foreign_phrase_is_not_read_as_the_writers() -> None:
    text = "For my Spanish class: is 'me duele la espalda y tengo fiebre' right? My back is fine."
    assert parts_in_english(text) is None
    assert SAFETY.check(text) == []


def test_only_the_foreign_sentences_of_a_partly_english_message_are_read() -> None:
    text = "My back is sore. Desde ayer no puedo orinar. What do I do?"
    parts = parts_in_english(text)
    assert parts is not None
    assert parts.startswith("My back is sore. ") and parts.endswith("What do I do?")
    assert "desde" not in parts.casefold()
    assert parts_in_english("My back is sore. What do I do?") is None
