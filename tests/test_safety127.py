"""safety127 (issue #12): red flags 43's remaining false alarms, by the reading that failed. Each
class has calm lines (no notice) and twins with a real sign (the notice kept), all of this
session's own wording, none copied from an evaluation set:
- asked_denied: a sign named only to be asked about, or quoted from a nurse or a leaflet, then
  denied in everyday words ("Don't have it", "I haven't got any of that", "36.6 today",
  "Currently it only hurts when ..."): framing._asked_apart back, with the guard review12 needed
  (a present affirmation by pro-form or ellipsis, framing._affirmed_apart); the watch lists'
  everyday denials; a normal temperature told without its unit; a supposed sign beside the
  present course told apart (hypothetical 'general_denials');
- their_story: someone else's signs told in the past, then the asker's own back (their_past.py);
  a carer telling what is happening now keeps the notice;
- forms: a pasted form answered calmly: "ok to sign off?" is no sick note, "Does the triage say
  I need to be seen urgently?" asks and is told by no one (senses);
- foreign_calm: a French message read whole once its everyday words are known
  (data/foreign_reading.json), so the learned check reads it as the asker wrote it."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from tests.safety_cases import class_tests, tier

SAFETY = load_safety()

CALM = {
    "asked_denied": [
        "Physio told me to look out for numbness in the saddle area. Don't have it. What does saddle even mean there?",
        "The NHS page says go to A&E if you can't pee or your bum goes numb. I haven't got any of that, just a stiff back.",
        "My GP said to watch for weakness in both legs. Haven't got it, my back is slowly easing.",
        # "If the ache ever spread into both legs, would that be serious? Right now it only hurts
        # when I bend, and it's getting better." raises again: a back getting better or hurting
        # only when is no denial of a sign supposed beside it (tests/test_s35_review.py)
    ],
    "their_story": [
        "My nan's myeloma was found because of back pain. I'm 40 and my back aches after gardening, should I stretch?",
        "A colleague needed surgery after his back pain turned into numbness in both legs. I just have a stiff lower back from my desk. Any tips?",
        "My sister had cauda equina and lost bladder control. My back is sore from moving house, what helps?",
        "My friend had numb legs with back pain. Mine is just a sore lower back.",
        "A neighbour went to A&E with back pain and weak legs. My own back is only stiff after painting the fence.",
        "My uncle's prostate cancer started with back ache. I'm 29 and pulled my back at the gym, ice or heat?",
        "My teammate had back pain that turned into numb legs. I tweaked my lower back at football, when can I play?",
        "My workmate had a slipped disc and needed an operation for numb legs. My back is only achy from standing, any stretches?",
    ],
    "forms": [
        "Club clearance form, filled in:\n- Injury: lower back strain 10 days ago\n- Pain now: 1/10\n- Leg symptoms: none\n- Bladder/bowel problems: none\nIs it ok to sign off?",
        "Return to work form: back sprain two weeks ago, pain 2/10, no numbness, no bladder issues. Can my manager sign this off?",
        "Will the coach sign off my return to rugby after a back strain last week?",
        "Physio wants me to sign the exercise sheet off. My back is much better, any tips for keeping it that way?",
        "Online assessment: pain 3/10, improving. Leg numbness: no. Bladder problems: no. Does the triage say I need to be seen urgently?",
        "Would the nurse say I need to be seen urgently for a back strain from the gym?",
        "Booking form answers: lower back ache 4 days, pain 4/10 and easing, fever: no. Does this form suggest I need to be seen today?",
        "Do my answers suggest I need to be seen urgently? Back ache from digging, 3/10, no other symptoms.",
    ],
    "foreign_calm": [
        "Depuis samedi j'ai un peu mal au dos après le jardinage. Tout va bien aux toilettes, pas de fièvre.",
        "J'ai mal au bas du dos depuis le week-end. Pas de fourmillements. Combien de temps ça dure en général ?",
        "J'ai un peu mal au dos depuis que j'ai soulevé un carton. Tout va bien aux toilettes.",
        "Mal au dos depuis que j'ai bricolé ce week-end, pas de fièvre. Combien de temps ça dure ?",
        "J'ai un peu mal au dos, tout va bien aux toilettes et pas de fièvre.",
        "J'ai un peu mal au bas du dos depuis le jardinage. Combien de temps ça dure en général ?",
        "Depuis que j'ai porté mon fils, j'ai un peu mal au dos. Pas de fièvre.",
        "J'ai mal au dos depuis que j'ai jardiné. Tout va bien aux toilettes, pas de fourmillements.",
    ],
}

KEPT = {
    "asked_denied": [
        ("Is numbness in both legs serious? Whatever it's called, I've got it.", "emergency"),
        ("Is a numb bum the same as saddle anaesthesia? That's what I have.", "emergency"),
        (
            "Are numb legs on both sides serious? Whatever the name is, I've been having that all week.",
            "emergency",
        ),
        ("Is it bad if both legs feel weak? I've got the same, started this morning.", "emergency"),
        (
            "Is saddle numbness different from a numb bottom? Whichever, it's been that way since Friday and I don't feel ill.",
            "emergency",
        ),
        (
            "Nurse said to watch for saddle numbness and I think I have it since last night.",
            "emergency",
        ),
        (
            "Is a fever with back pain serious? I don't have one, 36.7 this morning, but since yesterday I've been shivering and feel awful.",
            "urgent",
        ),
        (
            "If my legs ever went numb would that matter? They went numb an hour ago and it only hurts when I move.",
            "emergency",
        ),
    ],
    "their_story": [
        ("My dad has numb legs since this morning and his back hurts.", "emergency"),
        (
            "My mum went numb in both legs an hour ago with her bad back. I'm panicking, what do I do?",
            "emergency",
        ),
        (
            "My friend had numb legs with back pain and now she can't walk. My back is fine.",
            "emergency",
        ),
        (
            "My husband had back pain and numb legs at work. I'm at home, should he go to A&E?",
            "emergency",
        ),
        ("My friend had back pain and numb legs. I have the same.", "emergency"),
        (
            "My brother had back pain and couldn't feel his legs. I drove him to A&E, what will they do?",
            "emergency",
        ),
        (
            "My wife had back pain and went numb in both legs. Mine is sore too but she's worse.",
            "emergency",
        ),
        (
            "My aunt's cancer started with back pain. I'm 50 and have had cancer too, now my back aches.",
            "urgent",
        ),
    ],
    "forms": [
        (
            "Club clearance form, filled in: Injury: lower back strain 10 days ago. Leg symptoms: both legs numb since Sunday. Is it ok to sign off?",
            "emergency",
        ),
        (
            "Return to work form: back sprain, can't pee properly since yesterday. Can my manager sign this off?",
            "emergency",
        ),
        ("My GP said I need to be seen urgently today for my back. Does that mean A&E?", "urgent"),
        ("The physio told me to ring 111 today. Does this form say the same?", "urgent"),
        (
            "Online assessment: pain 8/10. Numbness around my bottom since this morning. Does the triage say I need to be seen urgently?",
            "emergency",
        ),
        (
            "Do my answers suggest I need to be seen urgently? I can't feel my legs properly and my back is agony.",
            "emergency",
        ),
        (
            "Booking form answers: lower back ache, fever 39.2 and shivering. Does this form suggest I need to be seen today?",
            "urgent",
        ),
        (
            "Will the coach sign off my return to rugby? Since the tackle I've wet myself twice without noticing.",
            "emergency",
        ),
    ],
    "foreign_calm": [
        (
            "J'ai mal au dos depuis le week-end et je ne sens plus mes jambes. Combien de temps ça dure ?",
            "emergency",
        ),
        ("J'ai un peu mal au dos et j'ai 39 de fièvre avec des frissons.", "urgent"),
        (
            "Mal au dos depuis le week-end, je ne sens plus rien quand je m'essuie aux toilettes.",
            "emergency",
        ),
        (
            "J'ai un peu mal au dos, pas de fièvre, mais mes deux jambes sont faibles depuis ce matin.",
            "emergency",
        ),
        (
            "J'ai mal au dos depuis que j'ai soulevé un carton, et je ne sens plus mes fesses.",
            "emergency",
        ),
        (
            "Tout va bien aux toilettes mais mes deux jambes sont engourdies depuis hier soir.",
            "emergency",
        ),
    ],
}

# read by framing._covered: a time course anywhere in a long message ("the garden centre has
# started selling bulbs") is a case to it, which keeps a covered question's signs (safe; as
# safety125's asked_denied), so these are tested short and with a second question only
SHORT_CALM = {
    "asked_denied": [
        "Is a fever with back ache a worry? I don't have one, 36.8 this morning. Back went lifting a crate.",
        "Does back pain with a temperature mean an infection? I don't have one, 36.5 today.",
        "Does numb legs on both sides mean a trapped nerve? Mine is just in my lower back, nothing in the legs.",
    ],
}
# a French sign inside a long English message is lost on the base too (the report's "left")
SHORT_KEPT = {
    "foreign_calm": [
        (
            "J'ai mal au dos depuis que j'ai jardiné, et je n'arrive plus à uriner depuis hier.",
            "emergency",
        ),
        (
            "Depuis que j'ai porté mon fils, j'ai mal au dos et je ne contrôle plus ma vessie.",
            "emergency",
        ),
    ],
}

class_tests(globals(), CALM, KEPT, SHORT_CALM, short_kept=SHORT_KEPT)


def test_review12s_pro_form_affirmation_keeps_the_notice() -> None:
    # the taken-back covering lost this: the proform read in "isn't working either" covered the
    # question (review12); the affirmation before it now keeps the question the asker's
    question = (
        "Is saddle anaesthesia different from a numb bum? Whichever it is, it's been that way two"
        " days and the toilet isn't working either"
    )
    assert tier(question) == "emergency"


def test_red_flags_43s_first_run_false_alarms_of_these_classes_now_raise_nothing() -> None:
    for question in (
        "Practice nurse said to watch for 'saddle numbness' and I had to google it. Don't have"
        " it. Just the usual ache from lifting. What is it exactly though?",
        "Is a fever with back pain always serious? I don't have one, 36.6 today, but my flatmate"
        " said it could be.",
        "Friend at work had to go to A&E with back pain and numb legs. Mine is just a sore lower"
        " back after a long shift on my feet, no other symptoms. Is a foam roller any good?",
        "J'ai un peu mal au bas du dos depuis que j'ai jardiné ce week-end. Pas de"
        " fourmillements, pas de fièvre, tout va bien aux toilettes. Combien de temps ça dure en"
        " général ?",
    ):
        assert tier(question) is None, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Is it bad if both legs go numb? I don't have it. Yes, since Monday, both legs.",
            "emergency",
        ),
        ("Does a numb bum mean something bad? I think I've got it. Not sure.", "emergency"),
        ("I'm 36.5 weeks pregnant and my back aches", None),
        # the asker sharing the sign ("mine either") keeps the story's notice (their_past.py)
        (
            "My colleague had back pain and couldn't control his bladder. Now I can't control mine either.",
            "emergency",
        ),
        # someone's sign supposed, then the asker's own: no story of theirs (their_past.py)
        (
            "If a friend's legs went numb after lifting, would that be serious? Asking for myself, it started this morning.",
            "emergency",
        ),
        (
            "Would it be bad if someone's bum went numb at the gym? Happened to me an hour ago.",
            "emergency",
        ),
    ],
)
def test_the_readings_edges(question: str, expected: str | None) -> None:
    assert tier(question) == expected
