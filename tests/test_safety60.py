"""safety60 (issue #12, the red flags still missed): classes of review18's and the probes' misses.

1. Someone else's trauma told with their back unnamed: their crash or fall from a height with
   their pain, its severity or their walking told beside it ("he drop from scaffold, and pain is
   very strong", "my dad fell down the stairs and now can't move his legs"): trauma's
   'others_now'. One person's, and their spine told apart (Rule.spine_apart): "uncle came off a
   ladder years back and broke his back", a paramedic's "spinal boards" stay stories.
2. A cared-for person's loss of bladder or bowel control told today ("my son has lost control of
   his bladder today", "my wife has started wetting herself since yesterday"): INCONTINENCE or
   BOWEL_LOSS with a time course, or a loss of control (CONTROL_LOST) with a recent time, in the
   sign's own clause; a wetting today ("wet the bed last night"), a managed leak ("incontinent
   since admission last month, pads changed today"), a patient, a drama stay quiet.
3. A form's question whose no is the sign, more forms ("Do your legs feel strong? No.", "Have
   you had a wee since this morning? No.", "Have you got any feeling in your bottom? No.", "Can
   I still walk? No."); a sign asked about and denied stays denied.
4. An accidental overdose gets its own emergency notice (overdose-accidental, NHS 'Overdose'),
   not the crisis message meant for self-harm; intent keeps the crisis notice.

Each class is read by the rules (check_rules): the learned check raised some of them before."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

CALL = "The 111 call handler asked me some questions about my back. "


def _rules(question: str) -> list[str]:
    return [f.id for f in SAFETY.check_rules(question)]


OTHERS_TRAUMA = [
    "he drop from scaffold, and pain is very strong",
    "he was hit by a lorry, and pain is very strong",
    "he slipped from top of the ladder, and pain is very strong",
    "my dad fell down the stairs and now can't move his legs",
    # other wordings of the class
    "my brother fell off the roof and the pain is terrible",
    "she was hit by a car and is in agony",
    "my son came off his motorbike and can't walk",
    "my husband fell down the stairs, the pain is unbearable",
]


@pytest.mark.parametrize("question", OTHERS_TRAUMA)
def test_someone_elses_trauma_with_their_pain_told_is_an_emergency(question: str) -> None:
    assert "trauma" in _rules(question)


OTHERS_TRAUMA_CALM = [
    "Uncle came off a ladder years back and broke his back, so now I'm careful. How do I use "
    "a ladder safely with a mild back twinge?",
    "I'm an ambulance technician, my job is pulling people out of car wrecks and carrying them "
    "on spinal boards. Is a back brace worth it for work?",
    "my husband was in a car crash and I've been looking after him and my back hurts",
    "my dad fell off a ladder years ago and is fine now",
    "my son was in a car crash last year, he's fine now",
    "the character in my book falls off a roof and the pain is terrible",
    "my husband didn't fall off the ladder, he climbed down carefully",
    "my grandma fell last week, she's fine",
]


@pytest.mark.parametrize("question", OTHERS_TRAUMA_CALM)
def test_someone_elses_past_or_told_trauma_stays_quiet(question: str) -> None:
    assert "trauma" not in _rules(question)


CARED_FOR_TODAY = [
    "my son has lost control of his bladder today",
    "my dad suddenly can't control his bladder since this morning",
    "my wife has started wetting herself since yesterday",
    "my mum lost control of her bowels this morning",
    "my husband can't control his bladder today",
    "dad has been soiling himself since yesterday",
]


@pytest.mark.parametrize("question", CARED_FOR_TODAY)
def test_a_cared_for_persons_loss_of_control_told_today_is_an_emergency(question: str) -> None:
    ids = _rules(question)
    assert "cauda-equina-bladder" in ids or "cauda-equina-bowel" in ids


CARED_FOR_CALM = [
    "my son wet the bed last night",
    "my husband had a few beers and wet himself last night lol",
    "my mum wet herself when she sneezed this morning, she's had 3 kids",
    "my daughter wet herself at school today, she was laughing too hard",
    "my son wets the bed now and then, he is 6",
    "Handover: Mrs B, bed 4, incontinent since admission last month, pads changed today",
    "my grandma has been incontinent for years, how do I lift her without hurting my back",
    "my son lost control of his bladder last week but he's fine now",
    "what does it mean if someone suddenly loses bladder control?",
    "I'm a physio and my patient today lost bladder control, we sent her straight to A&E.",
    "The hospital drama last night had a guy lose control of his bladder after a fall.",
]


@pytest.mark.parametrize("question", CARED_FOR_CALM)
def test_a_wetting_a_managed_leak_or_a_patient_stays_quiet(question: str) -> None:
    ids = _rules(question)
    assert "cauda-equina-bladder" not in ids and "cauda-equina-bowel" not in ids


FORMS_NO = [
    ("Do you know when your bladder is full? No.", "cauda-equina-bladder"),
    ("Do you feel when you need to open your bowels? No.", "cauda-equina-bowel"),
    ("Do your legs feel strong? No.", "both-legs"),
    ("Have you had a wee since this morning? No.", "cauda-equina-bladder"),
    ("Is sex the same as usual? No.", "sexual-function"),
    ("Have you been able to walk today? No.", "both-legs"),
    ("Any strength in your legs at all? No.", "both-legs"),
    ("Have you got any feeling in your bottom? No.", "cauda-equina-saddle"),
    ("Is your bladder working normally? No.", "cauda-equina-bladder"),
]


@pytest.mark.parametrize(("question", "rule"), FORMS_NO)
def test_a_forms_question_whose_no_is_the_sign_raises_it(question: str, rule: str) -> None:
    assert rule in _rules(CALL + question + " Any fever? No.")


def test_the_askers_own_ability_question_answered_no_tells_the_sign() -> None:
    assert "both-legs" in _rules("Can I still walk? No.")
    assert "both-legs" in _rules("My back hurts. Can I still walk? No.")


FORMS_CALM = [
    "Do you know when your bladder is full? Yes.",
    "Do your legs feel strong? Yes.",
    "Have you lost control of your bladder? No.",
    "Do you have any numbness? No.",
    "Do you feel numb anywhere? No.",
    "Have you had any problems peeing? No.",
    "Do you feel unwell? No.",
    "Have you been able to walk? Yes.",
]


@pytest.mark.parametrize("question", FORMS_CALM)
def test_a_function_answered_yes_or_a_sign_denied_stays_quiet(question: str) -> None:
    assert SAFETY.check_rules(CALL + question + " Any fever? No.") == []


ACCIDENTAL = [
    "I took too many co-codamol by mistake, maybe 20",
    "I accidentally took 20 co-codamol for my back pain",
    "I took 30 co-codamol by mistake",
    "my mum accidentally took a whole box of paracetamol",
    "I forgot I'd already taken them and took 16 paracetamol today",
]


@pytest.mark.parametrize("question", ACCIDENTAL)
def test_an_accidental_overdose_gets_its_own_emergency_notice(question: str) -> None:
    flags = SAFETY.check_rules(question)
    assert flags and flags[0].id == "overdose-accidental" and flags[0].urgency == "emergency"
    assert "crisis" not in [f.id for f in flags]
    assert "111" in flags[0].message


INTENDED = [
    "I took too many tramadol on purpose",
    "I swallowed 30 co-codamol",
    "I took 30 co-codamol and it was not by mistake",
    "I took a whole box of paracetamol. I want to die.",
]


@pytest.mark.parametrize("question", INTENDED)
def test_an_overdose_not_told_as_a_mistake_keeps_the_crisis_notice(question: str) -> None:
    ids = _rules(question)
    assert ids and ids[0] == "crisis" and "overdose-accidental" not in ids


DOSES = [
    "I took 2 co-codamol by mistake instead of ibuprofen",
    "I took a whole box of paracetamol this week by mistake",
]


@pytest.mark.parametrize("question", DOSES)
def test_a_dose_taken_by_mistake_stays_quiet(question: str) -> None:
    assert SAFETY.check_rules(question) == []


FALLEN_STUCK = [
    "My grandad had a fall in 2018. He fell again and he can't get up.",
    "My mother had osteoporosis diagnosed in 2008. She slipped on the bathroom floor and can't "
    "get up, her back is in agony.",
    "my nan fell in the kitchen and can't get up off the floor",
    "my husband slipped on the ice and can't get himself up",
]


@pytest.mark.parametrize("question", FALLEN_STUCK)
def test_a_fall_that_leaves_someone_unable_to_get_up_is_an_emergency(question: str) -> None:
    assert "trauma" in _rules(question)


FALLEN_CALM = [
    "I can't get up in the mornings without coffee",
    "my son fell asleep and I can't get him up for school",
    "my dad fell off his bike last week, he's fine and walking normally",
    "my grandad fell last year and now walks with a stick",
    "My wife is lying on the kitchen floor crying, sudden back pain, she can't get up",
]


@pytest.mark.parametrize("question", FALLEN_CALM)
def test_no_fall_or_a_fall_over_is_no_trauma(question: str) -> None:
    assert "trauma" not in _rules(question)


ANSWERED_YES = [
    ("Back pain. Any temperature? Yes, 38.9 since yesterday", "infection-fever"),
    (
        "111 asked about my back. Any problems peeing? No. Any history of cancer? Yes.",
        "cancer-history",
    ),
    (
        "111 asked about my back. Any numbness? No. Have you lost weight without trying? Yes, "
        "about a stone.",
        "weight-loss",
    ),
    ("The GP asked some questions about my back. Any temperature? Yes, 38.6.", "infection-fever"),
]


@pytest.mark.parametrize(("question", "rule"), ANSWERED_YES)
def test_a_calls_questions_about_my_back_answered_yes_raise_the_sign(
    question: str, rule: str
) -> None:
    assert rule in _rules(question)


ANSWERED_CALM = [
    "Back pain. Any temperature? No.",
    "Back pain. Any temperature? None.",
    "111 asked about my back. Any history of cancer? No. Any numbness? No.",
    "my friend asked about my back and I said it's fine",
    "Does any temperature change affect back pain?",
]


@pytest.mark.parametrize("question", ANSWERED_CALM)
def test_a_calls_questions_answered_no_stay_quiet(question: str) -> None:
    assert SAFETY.check_rules(question) == []
