"""safety103 (issue #12): what review26 found safety99 lowered, and the sepsis signs, by class.

- A cancer told as spread or come back (CANCER_SPREAD: "it's come back in my liver", "spread to my
  bones", secondaries, back on chemo) is a cancer known now: an old "all clear" with the low back
  named does not lower cancer-history's same-day notice to cancer-history-remote's "soon".
- Pain that keeps one awake in lay words ("couldn't sleep for the pain", "lying awake with the
  pain", "woken by the pain") is night pain (SAFETY_FACTS.md: "can't sleep for the pain"), which
  keeps a cancer history urgent ('explained_unless').
- Pain told as steadily worsening ("it keeps getting worse") or constant ("hurts all the time"),
  same-day signs with a history of cancer in SAFETY_FACTS.md, with the low back a sentence away
  (STEADY_WORSE, cancer-history's 'CANCER + STEADY_WORSE'; "hurts all the time" is night pain).
- The sepsis signs the guidance counts as feeling very unwell (a rash that does not fade under a
  glass, someone not making sense) raise infection-fever's urgent: SAFETY_FACTS.md gives "generally
  very unwell" the same-day tier, and no more.
"""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, rules

# the history cleared and the low back in one sentence: cancer-history-remote's soon (safety88)
CLEAR = "Had breast cancer in 2015, all clear since and my lower back has ached for 3 weeks."

SPREAD = [
    f"{CLEAR} Scan last week showed it has spread to my bones.",
    "Had bowel cancer, clear at every check for 6 years, lower back aching for 3 weeks. But the"
    " consultant said last month it's come back in my liver.",
    "Prostate cancer 2016, given the all clear, low back aching since May. Told in May the cancer"
    " has come back.",
    "Had lymphoma as a teen, all clear, lower back sore for a week. Now they've found secondaries.",
    "Melanoma removed years ago, all clear, my lower back aches, but it came back in my lungs last"
    " year.",
    "Had breast cancer, clear scans for years, lower back ached a fortnight, now back on chemo.",
]

NIGHT = [
    "I had prostate cancer 5 yrs ago, given the all clear, low back hurting since christmas. Last"
    " night I couldnt sleep for the pain",
    "Had breast cancer, all clear for years, lower back pain. Lying awake with the pain most nights.",
    "Bowel cancer 2018, all clear since, my lower back aches. I was woken by the pain at 3am.",
    "Had breast cancer, all clear for 6 years, lower back pain. Haven't slept for the pain.",
]

WORSE = [
    "My lung cancer was cured 4 years ago and the bottom of my spine hurts all the time and it's"
    " getting worse",
    "Had breast cancer in 2015, all clear since, lower back pain. It keeps getting worse.",
    "Bowel cancer 2019, clear scans since, my lower back aches. Worse and worse every week.",
]


@pytest.mark.parametrize("question", SPREAD + NIGHT + WORSE)
def test_a_cancer_spread_or_pain_keeping_one_awake_is_not_explained_by_an_all_clear(
    question: str,
) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency in ("urgent", "emergency"), (question, flags)
    assert "cancer-history" in rules(question)


@pytest.mark.parametrize(
    "question",
    [
        CLEAR,
        f"{CLEAR} Scans show no spread.",
        "Had breast cancer in 2015, all clear since, lower back pain for 3 weeks, worse when I sit.",
        "Had breast cancer in 2015, all clear since, lower back pain, not getting worse.",
        "Had breast cancer 5 years ago, all clear, it hasn't spread, lower back pain since Tuesday.",
        "I had cancer back in 2010, all clear since, lower back stiff after gardening.",
    ],
)
def test_a_cancer_clear_with_no_spread_told_stays_soon(question: str) -> None:
    """A spread denied, or "cancer back in 2010" (a year, not a return), keeps the remote tier."""
    flags = SAFETY.check(question)
    assert flags and flags[0].id == "cancer-history-remote", (question, flags)


def test_someone_elses_spread_cancer_is_not_the_askers_history() -> None:
    assert "cancer-history" not in rules(
        "My mum's cancer has spread to her bones and my back hurts from lifting her"
    )


@pytest.mark.parametrize(
    "question",
    [
        "my lower back hurts and I couldn't sleep because of the pain",
        "back agony, lay awake with the pain till 4",
        "my back's so bad I couldnt sleep for it",
    ],
)
def test_pain_keeping_one_awake_is_night_pain(question: str) -> None:
    assert "night-pain" in rules(question), question


SEPSIS = [
    "back pain and I have a rash that doesn't fade when I press a glass on it",
    "back pain and a purple rash that doesn't go away when pressed",
    "my lower back is agony and there's a non blanching rash on my legs",
    "Mum's back is killing her and she's not making any sense tonight",
    "Nan's back is bad and she isn't making sense today",
]


def test_a_sign_the_learned_check_reads_as_an_emergency_keeps_its_tier() -> None:
    """Talking gibberish (a stroke as much as sepsis) is the learned check's emergency: no urgent
    rule beside it lowers it."""
    flags = SAFETY.check("Dad's back is bad and he's talking gibberish since lunch")
    assert flags and flags[0].urgency == "emergency", flags


@pytest.mark.parametrize("question", SEPSIS)
def test_a_sepsis_sign_raises_the_same_day_tier(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency in ("urgent", "emergency"), (question, flags)


@pytest.mark.parametrize(
    "question",
    [
        "back pain and a rash from the heat pad that fades in an hour",
        "my back aches and the doctor's letter isn't making any sense to me",
        "back pain, spots on my back that won't fade, is that acne?",
    ],
)
def test_a_fading_rash_or_a_letter_that_makes_no_sense_is_no_sepsis_sign(question: str) -> None:
    assert "infection-fever" not in rules(question), question
