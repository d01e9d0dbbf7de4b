"""safety131 (issue #12): signs said plainly that raised nothing or too little.

- One item of a red-flag screen answered yes or with a figure, pasted alone ("Fever: yes, 39.",
  "Any fever? Yes.", "Q. Weight loss? A. Yes, 7 kg"), tells its sign as a screen of three items
  does: the asker's back trouble is read as told for the rules that need back pain
  (screen_forms.answered_item). A "no", "normal", someone else's form or a question about what a
  sign is stays calm.
- A carer's report of someone else's current emergency, then a trailing question about "the
  pain" ("My dad is numb in both legs. What do I do about the pain?"): the unowned pain of the
  question was read as the asker's own back trouble, which turns someone else's emergency off
  (rules._happening). A trailing question naming the pain is now set apart as one naming the back
  is (asked_after.py, data follow_up.asking.needs); the carer's own report of their back ("my
  back aches from lifting him") still is theirs.

- Someone else's legs giving way told with their time now ("Dad's legs keep giving way today",
  "Grandma's legs suddenly went weak"): only both legs named, or numb legs, counted as theirs
  with their back unnamed (red_flags.json both-legs 'others_now'); weak legs (LEGS + WEAK) told
  with a time of today (RECENT) or a sudden onset (SUDDEN) in the sign's own clause now count too,
  with the same bars as their siblings (not cared for, a definition, a document, fiction). A time
  in another clause ("weak for years ... Today he asked") stays calm (asked_after._told_apart).

Every message here is this round's own, none copied from an eval set.
"""

from __future__ import annotations

import pytest

from tests.safety_cases import class_tests, rules, tier

FORM_KEPT = [
    ("Fever: yes, 39.", "urgent"),
    ("Fever - yes (39.2)", "urgent"),
    ("Night sweats: yes, every night", "urgent"),
    ("Any fever? Yes, 38.9 this morning.", "urgent"),
    ("Q. Any fever? A. Yes, 39.", "urgent"),
    ("Q: Lost weight without trying? A: Yes", "soon"),
    ("Weight loss: yes, about 7 kg since summer", "soon"),
    ("Unexplained weight loss: 6kg", "soon"),
    ("History of cancer: yes, breast, 2019", "urgent"),
]
FORM_CALM = [
    "Fever: no",
    "Any fever? No.",
    "Fever: no. Weight loss: none.",
    "Any fever? No, none.",
    "Fever: n/a",
    "My wife's form says Fever: yes",
    "Weight loss: none.",
    "Any tips? Yes, 3 please",
    "Weight loss: no, if anything I've gained",
    "Q. Any fever? A. No. Q. Weight loss? A. No.",
    "What counts as a fever? Is 37.5 one?",
]

# someone else's current emergency, then a question about "the pain" (or the asker's pain in a
# question that opens with a question word)
CARER_KEPT = [
    ("My dad is numb in both legs. What do I do about the pain?", "emergency"),
    ("My husband can't feel his legs since lunch. How do we ease the pain?", "emergency"),
    ("Mum can't feel her bottom when she sits. What helps with the pain?", "emergency"),
    (
        "My wife can't pee at all since last night. Should she take something for the pain?",
        "emergency",
    ),
    ("Grandad's bum has gone numb today. What's best for the pain?", "emergency"),
    (
        "my son cant feel his legs properly this morning. what can we give him for the pain",
        "emergency",
    ),
    ("Dad has no feeling in either leg since he woke up. How can I help the pain?", "emergency"),
    ("My partner's legs have both gone numb. What can she take for the pain?", "emergency"),
    ("Nan can't pass urine since yesterday. What can I do about the pain?", "emergency"),
]
CARER_CALM = [
    # the carer's own report of their back beside a long-standing sign of the person cared for
    "My husband has had MS for years and is incontinent. My back aches from lifting him, what helps the pain?",
    "Dad's legs were numb after his op last year, all fine now. What do I do about the pain in my back?",
    "my nan used to be incontinent before her operation, sorted now. What's good for the pain?",
    "My mum had numb legs after her spinal op in 2015, long since fine. What do I do about the pain?",
    "My grandad has prostate trouble and struggles to pee, I'm his carer and my back aches. What do I do about the pain?",
    "My mum's numb legs from her diabetes are nothing new. What's best for the pain in my back?",
    "My husband is paralysed from the waist down since his accident in 2010. What helps the pain?",
    "My son had a numb bum once after a long bike ride years ago. What's good for the pain?",
]

LEGS_KEPT = [
    ("Dad's legs keep giving way today.", "emergency"),
    ("Dad refuses the doctor. His legs keep giving way today.", "emergency"),
    ("My husband's legs gave way twice this morning and he's on the floor.", "emergency"),
    ("Grandma's legs suddenly went weak and she can't get up off the sofa.", "emergency"),
    ("mums legs keep buckling tonight, what do we do", "emergency"),
    ("My son's legs went weak all of a sudden at football this afternoon.", "emergency"),
    ("Our nan's legs are giving way under her this evening.", "emergency"),
    ("My partner's legs suddenly gave out on the stairs an hour ago.", "emergency"),
]
LEGS_CALM = [
    "Dad's legs are weak now he's 92, he uses a frame. Any chair exercises?",
    "My grandad's legs have been weak for years, he's 88. Today he asked about back stretches.",
    "Mum's legs were weak yesterday after her long walk but she's fine today.",
    "My husband's legs gave way once last year, all checked and fine. Tips for my sore back?",
    "My daughter's legs felt weak after her first spin class today, is that normal? She's fine now.",
    "In the film the hero's legs suddenly went weak. Why do writers do that?",
    "My dad's legs have been a bit weak since his hip op in 2019. Today I want tips for my back.",
    "Our dog's back legs suddenly went weak this morning, the vet says it's his age.",
]
class_tests(globals(), {"legs": LEGS_CALM}, {"legs": LEGS_KEPT}, {}, name="legs")

# a temperature told as a bare figure: inside a long message the rules read no fever in it (as
# before this round: "Temperature: 38.7. Back sore." too), so it is kept short only
FORM_SHORT = [("Temperature: 38.7", "urgent")]
class_tests(
    globals(),
    {"form": FORM_CALM},
    {"form": FORM_KEPT},
    {},
    name="form",
    short_kept={"form": FORM_SHORT},
)
class_tests(globals(), {"carer": CARER_CALM}, {"carer": CARER_KEPT}, {}, name="carer")


@pytest.mark.parametrize(("question", "urgency"), FORM_KEPT + FORM_SHORT + CARER_KEPT + LEGS_KEPT)
def test_raised_by_the_rules(question: str, urgency: str) -> None:
    assert rules(question)
    assert tier(question) == urgency


@pytest.mark.parametrize(
    "question",
    [
        "Q: any fever? A: nope. Q: any weight loss? A: 0 kg.",
        "Weight loss: 0",
        "Unexplained weight loss? 0kg, steady for years",
        "Fever - 0",
    ],
)
def test_a_figure_of_nought_tells_no_screen_sign(question: str) -> None:
    # the merge's red-team: "A: 0 kg" was read as a screen item answered with a figure. (With a
    # back told beside it, "weight loss: 0" still raises weight-loss on the base as here: an older
    # false alarm, docs/safety.md.)
    assert rules(question) == set()
