"""fixE (issue #12): the integrated red-flag work of the thirty-second session made green by cause.

- A sign that resolved and then came back is live: safety122's CANCER_SPREAD reads a bare "it has
  come back" (a cancer come back), and returned.py took that concept, read in the return's own
  words, for what had come back, so the over episode (both legs weak, "physio sorted it out") was
  never told again. A concept read in the return's own words names nothing come back.
- Someone else's back shape counts without their back pain only when told as a change or a
  finding just seen (SHAPE_CHANGE beside lump-shape's DEFORMITY + BACK, in its sentence): a known
  mild curve, with a child's refusal of an errand, is no red flag (SAFETY_FACTS: "a change in the
  shape of the back").
- A cancer treated five or more years ago with a plain low back ache is soon (a risk factor); the
  same day with a recurrence, a scan showing spread, a new tumour found, or one of the same-day
  signs (SAFETY_FACTS: upper or mid-back, worsening or constant severe, straining, night pain),
  and with a cancer removed months ago.

Every line is of this helper's writing; each class in the frames of tests/safety_cases.py (alone,
with a second question, inside a long message, as lines of a batch).
"""

from __future__ import annotations

import pytest

from backcare.engine.safety.net import UNTRAINED
from tests.safety_cases import SAFETY, class_tests, rules

# 1. a sign over, then back --------------------------------------------------------------------

BACK_AGAIN = [
    (
        "I lost feeling in my bum last spring and the surgeon sorted it out. It has come back since"
        " this morning",
        "cauda-equina-saddle",
    ),
    (
        "My bladder wouldn't empty in 2021 and the catheter sorted it. It's come back since Friday",
        "cauda-equina-bladder",
    ),
    (
        "Both legs kept giving way two years ago, physio fixed it. It's back again since yesterday",
        "both-legs",
    ),
    (
        "couldn't feel the loo roll when I wiped last year, it cleared up. It has come back since the"
        " weekend",
        "cauda-equina-saddle",
    ),
    (
        "I had a fever with my back pain in March, antibiotics sorted it out. It has come back since"
        " last night",
        "infection-fever",
    ),
    (
        "my legs both went numb after a slipped disc in 2019, all gone after surgery. It's returned"
        " since Sunday",
        "both-legs",
    ),
    ("I had weak legs in 2020, physio sorted it out, and it has come back this week", "both-legs"),
    (
        "Leaked wee without noticing back in 2018, pelvic floor work stopped it. It has started again"
        " since yesterday",
        "cauda-equina-bladder",
    ),
    (
        "both legs felt like jelly last year, that stopped after rest. It's come back since Tuesday"
        " and I keep tripping",
        "both-legs",
    ),
    (
        "Numbness in my saddle area two summers ago went away by itself. It came back on Monday and"
        " is still there",
        "cauda-equina-saddle",
    ),
]


@pytest.mark.parametrize(("question", "rule"), BACK_AGAIN)
def test_a_sign_that_resolved_and_came_back_raises_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


def test_a_return_beside_a_cancer_long_ago_raises_both_readings() -> None:
    # the return's words are CANCER_SPREAD's too, with a cancer named: the legs come back are
    # the emergency, and the cancer "come back" keeps the same day (the safe side)
    question = (
        "Had breast cancer in 2012, all clear. Both legs went weak last year and physio sorted it"
        " out. It has come back since Tuesday and my back aches"
    )
    assert {"both-legs", "cancer-history"} <= rules(question)
    assert SAFETY.check(question)[0].id == "both-legs"


RESOLVED_CALM = [
    "Both my legs went weak in 2022 and physio sorted it out. They're fine now, what stretches help?",
    "weak legs after covid last year, physio sorted it out, I'm worried it might come back",
    "My bladder was slow after my op in 2020, it sorted itself out. Any tips for my stiff back?",
    "Both legs went numb after a long cycle in 2021, it stopped after a day. Is a new saddle a good"
    " idea?",
    "the numbness in my bum came back in 2019 and that stopped after physio, good exercises?",
    "My legs were weak in 2023, sorted by physio. My back pain has come back, is heat or ice better?",
    "pulled my back lifting the sofa, it twinged for a bit and it's gone today, how do I avoid it?",
    "I leaked a bit of wee when I sneezed while pregnant, that stopped after the baby. Best back"
    " stretches?",
]

# 2. someone else's back shape ------------------------------------------------------------------

SHAPE_CHANGED = [
    ("my son's back has gone crooked over the summer holidays", "soon"),
    ("my daughter's spine seems to be curving more than it did at Christmas", "soon"),
    ("my son has a mild curve in his spine but it's getting worse, he's 13", "soon"),
    ("my boy is 12 and his back looks twisted when he bends over", "soon"),
    ("the school nurse spotted that my daughter's back is uneven, she's 11", "soon"),
    ("my son's back is more hunched than it used to be, he's 15", "soon"),
    ("my girl is 13 and one hip is higher than the other now, and her back looks curved", "soon"),
    ("my son has a curve in his spine that wasn't there last year", "soon"),
    ("my stepdaughter's spine has started to lean to one side, she is 12", "soon"),
]
SHAPE_KNOWN = [
    "My son has a small curve in his spine, no pain at all. He hates walking to school in the rain,"
    " is that the curve?",
    "My daughter has a slight curve in her back, no pain, can she do ballet?",
    "our boy has a bit of a curve in his spine, no pain, what school bag is best?",
    "my niece has a gentle curve in her lower back, no pain, she wants to start gymnastics",
    "My son has a slight curve in his spine, the consultant says it's stable. Is rugby ok now?",
    "My stepdaughter has a curved back, she's had it since birth, any good mattress?",
    "my daughter has mild scoliosis, it's monitored every year and hasn't changed, can she do"
    " netball?",
    "My boy has a small curve in his back, it's been checked. Best sports for him?",
    "my son has a curve in his spine, no pain. He won't walk to the shop for me, is he just lazy?",
]

# 3. a cancer long ago, and one removed months ago --------------------------------------------

CANCER_REMOTE_PLAIN = [
    "had a melanoma removed 8 years ago, low back sore after a day of digging",
    "bowel cancer treated 9 years ago, lower back a bit sore for 5 days",
    "I had a mastectomy 12 years ago. Now a mild lower back ache from the garden",
    "kidney cancer removed 6 years ago, lower back aching after a long drive",
    "prostate cancer op 10 yrs ago, low back ache for a few days, probably the new mattress",
    "Had a lumpectomy 7 years ago. Lower back stiff this week after decorating",
    "thyroid cancer removed 15 years ago, low back ache since moving house",
    "chemo for lymphoma 20 years ago, sore lower back since the weekend",
]
CANCER_SAME_DAY = [
    ("had a melanoma removed 4 months ago, low back ache for a week", "urgent"),
    ("bowel cancer removed 8 months ago, lower back sore for 10 days", "urgent"),
    ("had a melanoma removed 8 years ago, low back ache that wakes me every night", "urgent"),
    ("bowel cancer treated 9 years ago, lower back ache that gets worse every week", "urgent"),
    ("I had a mastectomy 12 years ago and it came back last spring, lower back aching", "urgent"),
    ("kidney cancer removed 6 years ago, the last scan showed spread, lower back aching", "urgent"),
    (
        "had a melanoma removed 7 years ago, they found a new one last month, low back ache",
        "urgent",
    ),
    ("Had a lumpectomy 7 years ago. Now pain between my shoulder blades for a fortnight", "urgent"),
    ("prostate cancer op 10 yrs ago and my PSA is rising, low back ache for a few days", "urgent"),
]


@pytest.mark.parametrize("question", CANCER_REMOTE_PLAIN)
def test_a_cancer_treated_long_ago_with_a_plain_low_back_ache_is_soon(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "soon", question
    assert flags[0].id == "cancer-history-remote"


class_tests(
    globals(),
    calm={"resolved": RESOLVED_CALM, "shape_known": SHAPE_KNOWN},
    kept={"shape_changed": SHAPE_CHANGED, "cancer_same_day": CANCER_SAME_DAY},
    short_calm={},
    ids={"shape_changed": "lump-shape", "cancer_same_day": "cancer-history"},
)


def test_the_change_of_shape_is_read_by_the_rules_only() -> None:
    # added after the learned check was trained: no feature of it (net.UNTRAINED)
    assert UNTRAINED["SHAPE_CHANGE"] == ""


def test_prose_in_the_vocabulary_keeps_no_word_after_a_written_out_not() -> None:
    # tools.apostrophes read strangers' 'stories_about' ("... not someone they care for") as a
    # phrase and kept "someone"; an "about" or "<name>_about" value is prose
    from tools.apostrophes import kept_nots

    kept = kept_nots()
    assert "someone" not in kept and "by" not in kept
    assert {"able", "coping"} <= set(kept)  # a phrase's "not able ... pee", "not coping"
