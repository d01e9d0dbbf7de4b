"""s32 fixC (review32, issue #12): four red-flag bugs of the last session's changes.

B1. A foreign message's own-words emergency was dropped when its English reading set aside the
    same flag id for another, denied sign ("Keine Inkontinenz, aber seit gestern kommt kein
    Urin"). Now set aside sign by sign (foreign_kept.py), and never beside a denial whose clause
    holds a word the dictionary could not read.
B2. A bare "is/was/has <38-42.x>" read as a fever ("the chair was 39.95"): the number now needs
    a fever's subject (a person, a pronoun, a child's age; temp/temperature had their own).
B4. A ticked item worded as a negation ("☑ No sensation when wiping") read as an answer: an
    item is an answer only when it is wholly one.
B6. "havent moved" at a sentence's end read as a course not changed: moved/shifted/budged only
    of the pain, the back or "it".
"""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import TICK_MARK, read_checklist
from backcare.engine.safety.foreign_reading import in_english
from tests.safety_cases import SAFETY
from tests.test_safety_net import read_in_english_keeps_emergencies


def ids(question: str) -> list[str]:
    return [f.id for f in SAFETY.check(question)]


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


# -- B1 ------------------------------------------------------------------------------------------

# review32's four, then messages of my own: a sign told beside another, denied one
FOREIGN_EMERGENCIES = [
    ("Keine Inkontinenz, aber seit gestern kommt kein Urin", "cauda-equina-bladder"),
    ("Sin incontinencia pero no sale orina desde ayer", "cauda-equina-bladder"),
    ("Nessuna incontinenza ma non esce urina da ieri", "cauda-equina-bladder"),
    ("Sem incontinência, mas não sai urina desde ontem", "cauda-equina-bladder"),
    ("Sem incontinência, mas desde ontem à noite não sai nada de urina", "cauda-equina-bladder"),
    ("Pas de fièvre, mais depuis hier soir je n'arrive plus à uriner", "cauda-equina-bladder"),
    (
        "Pas de faiblesse dans les jambes, mais elles sont toutes les deux engourdies",
        "both-legs",
    ),
    ("Sem fraqueza nas pernas, mas as duas estão dormentes", "both-legs"),
    ("Nessuna debolezza nelle gambe, ma sono tutte e due intorpidite", "both-legs"),
]

# emergencies the learned check reads (no rule's own words): still an emergency
FOREIGN_LEARNED = [
    "Kein Fieber, aber seit heute Morgen kommt kein Urin mehr",
    "No tengo fiebre, pero desde anoche no sale nada de orina",
    "Niente febbre, ma da stamattina non esce più urina",
    "Keine Schwäche in den Beinen, aber beide sind taub",
]

# each denial read whole: no emergency
FOREIGN_DENIALS = [
    "Keine Taubheit in den Beinen, keine Probleme beim Wasserlassen, nur Rückenschmerzen",
    "Keine Inkontinenz, keine Taubheit, nur Rückenschmerzen seit dem Umzug",
    "Sin debilidad en las piernas y sin problemas para orinar, solo dolor de espalda",
    "Sem dormência nas pernas, sem problemas para urinar, só dor nas costas",
    "Je n'ai pas d'incontinence, juste mal au dos depuis hier",
    "No tengo incontinencia, solo me duele la espalda",
    "Wie sagt man 'ich kann meine Beine nicht fühlen' auf Englisch?",
    "Pas de faiblesse dans les jambes, pas de problème pour uriner, juste mal au dos",
]


@pytest.mark.parametrize(("question", "flag"), FOREIGN_EMERGENCIES)
def test_an_own_words_emergency_beside_another_denied_sign_stands(question: str, flag: str) -> None:
    assert flag in ids(question), in_english(question)
    assert tier(question) == "emergency"


@pytest.mark.parametrize("question", FOREIGN_LEARNED)
def test_a_foreign_emergency_the_learned_check_reads_stays_one(question: str) -> None:
    assert tier(question) == "emergency", in_english(question)


@pytest.mark.parametrize("question", FOREIGN_DENIALS)
def test_a_foreign_denial_read_whole_raises_no_emergency(question: str) -> None:
    assert tier(question) != "emergency", (ids(question), in_english(question))


def test_a_set_aside_is_sign_by_sign() -> None:
    """The French message's English reading denies the weak legs and tells the numb ones: the
    numbness raised both-legs in its own words, and is not among the signs set aside."""
    english = in_english(
        "Pas de faiblesse dans les jambes, mais elles sont toutes les deux engourdies"
    )
    assert english is not None and english.whole
    assert "both-legs" in {f.id for f in SAFETY.set_aside(english.text)}
    own = SAFETY.raised_by(
        "Pas de faiblesse dans les jambes, mais elles sont toutes les deux engourdies"
    )
    assert "NUMB" in own["both-legs"]


def test_the_english_reading_names_the_words_it_could_not_read() -> None:
    # "kommt kein Urin" is read since safety136 ("no urine comes out"); "erscheint" is not
    english = in_english("Keine Inkontinenz, aber seit gestern erscheint kein Urin")
    assert english is not None
    assert "erscheint" in english.unread
    assert not english.unread & {"keine", "inkontinenz", "urin", "seit"}
    numbers = in_english("Seit 3 Tagen Fieber 39,5")
    assert numbers is None or not any(w.isdigit() for w in numbers.unread)


@pytest.mark.parametrize("question", [q for q, _ in FOREIGN_EMERGENCIES[:4]])
def test_the_safety_nets_oracle_holds_review32s_lost_emergencies(question: str) -> None:
    """test_safety_net's property, checked against its own oracle (review32 T1), holds the
    emergency: its old form, computing the set-aside as detect did, passed them lost."""
    rules = SAFETY.check_rules(question)
    assert any(f.urgency == "emergency" for f in rules)
    assert read_in_english_keeps_emergencies(question, rules) is True


# -- B2 ------------------------------------------------------------------------------------------

# a number after is/was with no fever's subject: a price, a size, a result (none of them a
# word of the senses' measure lists)
NUMBERS_CALM = [
    "The lumbar support cushion I bought was 39.99, is it worth it?",
    "The office chair was 39.95 on sale",
    "The one I saw was 40.5 long",
    "My grip test result at the gym was 39.5",
    "The foam roller was 38.99 on Amazon and my back feels better",
    "The standing desk is 40.5 wide, will it help my back?",
    "The mattress topper we got was 39.8 deep and my back is still stiff",
    "My lap time was 41.3 and my back was fine after the race",
    "the kettlebell I ordered has 38.5 printed on it, back ok",
]

# a fever's subject before the number (last session's catches kept, and more)
NUMBER_FEVERS = [
    "she's 39.1 and says her back hurts",
    "my 4yo is 39.4 and her back hurts",
    "temp was 38.6 and my back aches",
    "my 6 year old was 39.7 last night and complains her lower back hurts",
    "my son hit 40.1 overnight and his back is sore",
    "Dad was 38.9 this afternoon and has bad back pain",
    "my wife has 38.7 and bad back pain",
    "my daughter is 38.6 and complaining of back pain",
    "he's been 39.2 since lunch and his lower back is agony",
]


@pytest.mark.parametrize("question", NUMBERS_CALM)
def test_a_number_with_no_fevers_subject_is_no_fever(question: str) -> None:
    assert "infection-fever" not in ids(question), question


@pytest.mark.parametrize("question", NUMBER_FEVERS)
def test_a_number_said_of_a_person_is_a_fever(question: str) -> None:
    assert "infection-fever" in ids(question), question


def test_secondary_school_is_no_secondary_cancer() -> None:
    assert ids("my son started secondary school and his back aches from the bag") == []
    assert "cancer-history" in ids("she has secondary cancer in her spine and her back is agony")


# -- B4 ------------------------------------------------------------------------------------------

TICKED_NEGATION_SIGNS = [
    "Symptom checker:\n☑ No sensation when wiping\n☐ Fever\nis this bad?",
    "Symptom checker (NHS app):\n✔ No feeling when I sit on the toilet\n✘ fever",
    "Form:\n[x] Not able to pee since this morning\n[ ] fever",
    "Triage list:\n[x] No control of my bladder since yesterday\n[ ] Fever",
    "Checklist:\n[x] Cannot feel my bum\n[ ] Fever\n[ ] Weight loss",
    "Online form:\n☑ Not able to feel the toilet paper\n☐ High temperature",
    "What I ticked:\n[x] No feeling in both legs\n[ ] fever",
    "From the physio app:\n✔ No feeling when I wipe my bottom\n✘ fever",
]

ANSWER_ITEMS_CALM = [
    "Checklist:\n[x] No\n[ ] Yes",
    "Symptom checker:\n[x] none of the above\n[ ] numb bum\n[ ] cant pee",
    "Red flag screen:\n[ ] numbness between legs\n[ ] trouble peeing\n[x] None of these.",
    "Checklist the nurse gave me:\n[x] N/A\n[ ] leaking\nback just stiff",
    "Screen:\n[x] Not applicable\n[ ] leaking\n[ ] fever",
    "Form:\n[ ] Fever\n[ ] Numbness\n[x] no",
    "Symptom checker:\n✔ Back pain after gardening\n✘ numb bum\n✘ fever",
    "Checklist:\n[x] Nope\n[ ] leaking\n[ ] legs weak",
]


@pytest.mark.parametrize("question", TICKED_NEGATION_SIGNS)
def test_a_ticked_item_worded_as_a_negation_is_the_writers_sign(question: str) -> None:
    assert tier(question) == "emergency", question


@pytest.mark.parametrize("question", ANSWER_ITEMS_CALM)
def test_a_ticked_answer_item_raises_nothing(question: str) -> None:
    assert ids(question) == [], question


def test_only_a_whole_answer_item_goes_unmarked() -> None:
    assert TICK_MARK not in read_checklist("Checklist:\n[x] None of the above.\n[ ] Fever")
    assert TICK_MARK in read_checklist("Checklist:\n[x] No sensation when wiping\n[ ] Fever")
    assert TICK_MARK in read_checklist("Symptoms:\n✔ No feeling down below\n✘ fever")


# -- B6 ------------------------------------------------------------------------------------------

NOT_MOVED_CALM = [
    "Been working from home for 2 months and I havent moved.",
    "Off work for 6 weeks with my back and we havent moved house yet.",
    "We have lived here 2 years and haven't moved, back sore from the old bed",
    "3 weeks into my new job. I haven't moved desks at all, any tips for my back?",
    "Two months since the op and my husband hasnt moved the bed, my back is fine",
    "6 weeks of lockdown and the kids havent moved one bit, my back is ok",
    "I've sat at this desk for 8 weeks and haven't shifted, should I get a standing desk?",
    "For 3 months the team hasnt budged on the chairs, back a bit stiff",
]

NOT_MOVED_SIGNS = [
    "6 weeks now. Tried stretches and heat. The pain hasnt shifted at all.",
    "3 months of physio and it hasnt budged.",
    "Back pain for 8 weeks, the pain has not moved one bit",
    "2 months of this. Nothing has changed at all",
    "Two months of ibuprofen and stretches and the ache hasn't shifted",
    "My back has been bad for 10 weeks and it hasnt moved at all",
    "Sciatica for 7 weeks, it won't budge whatsoever",
    "9 weeks of rest and exercises. The stiffness hasnt shifted one bit.",
]


@pytest.mark.parametrize("question", NOT_MOVED_CALM)
def test_not_moving_oneself_is_no_course_unchanged(question: str) -> None:
    assert "not-improving" not in ids(question), question


@pytest.mark.parametrize("question", NOT_MOVED_SIGNS)
def test_the_pain_not_shifting_is_a_course_unchanged(question: str) -> None:
    assert "not-improving" in ids(question), question
