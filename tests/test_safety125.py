"""safety125 (issue #12): red flags 43's false alarms, by class. Each reading existed; each
missed this set's wording for a reason of its own, mended in general:
- asked_denied: a bare question about a sign ("Does back pain going into both legs mean
  something bad?", "Is a fever with back pain always serious?") beside the asker's own denial
  ("Mine is just in my back", "I don't have one") is asked as a report's signs are, which the
  denial covers (framing._asked_apart); a question alone, a denial that leaves room ("any other
  symptoms") or is hedged ("Only a bit", "I think") keeps the notice; the one who reports ("my
  flatmate said it could be") tells no case;
- normal_reading: the asker's normal temperature ("36.7C") denies a fever as "I don't have a
  fever" does, so the fever they read or heard about ("I read fever matters") is covered
  (framing._heard_of, 'reading_denials'); a "now" word dates the reading;
- pregnancy_bump: "it's the bump", "from the bump", "as the bump grows" are the pregnancy, no
  lump (PREGNANT phrases);
- falling_score: a score told from one number to a lower one ("gone from 6 to 3 in four days")
  is improvement, no rapid worsening (falling_scores.py).
Every line is of this session's own writing, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.safety.falling_scores import falling_scores
from backcare.engine.safety.rules import Mention
from tests.safety_cases import class_tests, tier

CALM = {
    "pregnancy_bump": [
        "I'm 26 weeks pregnant and my lower back aches by the end of the day, midwife says it's the bump and hormones. Any safe stretches?",
        "Pregnant with twins, 24 weeks, and my lower back is sore from the bump. What sleeping position helps?",
        "My back aches more as the bump gets bigger, I'm 28 weeks pregnant. Is swimming ok?",
        "Physio says the ache is from carrying the bump all day. Should I use a wedge pillow? 31 weeks pregnant.",
        "33 weeks pregnant, my back is sore because of the bump. Would a birthing ball help?",
        "Is a support belt under the bump good for lower back ache? 29 weeks pregnant.",
        "Pregnant and the midwife says my back pain is from the bump changing my posture. Any exercises?",
        "I'm pregnant and my lower back is stiff since the bump grew, what can I do in the evenings?",
    ],
    "falling_score": [
        "Update: my back pain score has gone from 6 to 3 in four days since I hurt it moving flat. Is that normal progress?",
        "My back pain went from 8 to 4 in a week, is that normal?",
        "Pain score went from 7 to 2 within ten days of starting physio. Can I go back to running?",
        "It's gone from a 9 to a 5 in three days since I pulled it. Should I keep resting?",
        "My back went from 6/10 to 2/10 in a fortnight, can I stop the ibuprofen?",
        "The pain dropped, it went from 5 to 1 overnight after a good sleep. Is it healed?",
        "Pain went from 8 to 6 in two days after I tweaked it lifting. Heat or ice now?",
        "Since Monday my lower back has gone from a 7 to a 3 in a few days. Is that the usual recovery?",
    ],
}
KEPT = {
    "asked_denied": [
        (
            "Does numbness in both legs mean something bad? I've had it since this morning.",
            "emergency",
        ),
        ("Is it bad if both legs go weak? I don't have any other symptoms.", "emergency"),
        (
            "Does a numb bum mean cauda equina? Mine started yesterday and I can't feel the toilet paper.",
            "emergency",
        ),
        (
            "Can a fever with back pain be dangerous? I don't have one but both my legs have gone numb.",
            "emergency",
        ),
        (
            "Is a fever with back pain serious? I'm boiling and shivery and my back is agony.",
            "urgent",
        ),
        (
            "Is wetting yourself with back pain an emergency? I haven't got anything else, just that since last night.",
            "emergency",
        ),
        (
            "Does weakness in both legs mean something bad? I don't have a fever but my legs keep giving way.",
            "emergency",
        ),
        (
            "Is not being able to pee serious with back pain? I haven't been since yesterday.",
            "emergency",
        ),
    ],
    "normal_reading": [
        ("I read fever matters, I checked and it's 39.2C. Back is agony.", "urgent"),
        (
            "I heard fever matters so I checked: 36.8C this morning, 38.9C tonight and shivering.",
            "urgent",
        ),
        (
            "I read fever matters. I feel boiling and shivery, temp 37.4 but I'm burning up.",
            "urgent",
        ),
        (
            "I read a fever matters. Temp 36.9C but I have a fever and chills and my back is killing me.",
            "urgent",
        ),
        ("I heard fever is a warning sign. 36.8C but both my legs have gone numb.", "emergency"),
        (
            "I read fever matters with back pain. Temp 36.6C. I can't pee since last night.",
            "emergency",
        ),
        ("I read fever matters. 37C earlier, now it's 38.8C and I'm shaking.", "urgent"),
        (
            "I learnt fever is serious with back pain. Temperature is 39.5 degrees and I feel awful.",
            "urgent",
        ),
    ],
    "pregnancy_bump": [
        (
            "I'm 22 weeks pregnant and I've found a hard lump on my spine that's getting bigger.",
            "soon",
        ),
        (
            "20 weeks pregnant and there's a new swelling on my lower back, about the size of a golf ball.",
            "soon",
        ),
        ("I noticed a bump on my spine, the bump is growing.", "soon"),
        (
            "There's a bump on my lower back that's got bigger over the last month and it hurts at night.",
            "soon",
        ),
        (
            "28 weeks pregnant, the bump is fine but I've found a lump on my lower back that wasn't there before.",
            "soon",
        ),
        (
            "Pregnant, 30 weeks, back pain from the bump and now I can't feel my bum when I wipe.",
            "emergency",
        ),
        ("34 weeks pregnant, back ache from the bump and I'm bleeding.", "emergency"),
        (
            "Pregnant and my back is sore from the bump, and both legs have gone numb since this morning.",
            "emergency",
        ),
    ],
    "falling_score": [
        ("My back pain went from 2 to 9 in an hour and I can't stand up.", "urgent"),
        ("Pain has gone from 3 to 8 overnight, it is unbearable.", "urgent"),
        ("The pain went from a 4 to a 10 in minutes after I sneezed.", "urgent"),
        ("It went from 2 out of 10 to 9 out of 10 within an hour, worst pain ever.", "urgent"),
        ("Pain went from 6 to 3 in a few days but now both my legs are numb.", "emergency"),
        ("Score went from 7 to 4 in a week, but today I wet myself without noticing.", "emergency"),
        ("My back pain has gone from 1 to 8 within a day and I'm shivery with a fever.", "urgent"),
        ("It went from 3 to 9 in an hour, agony.", "urgent"),
    ],
}


# the classes read by framing._covered are tested short only: a time course anywhere in a long
# message ("the garden centre has started selling bulbs") is
# a case to framing._covered, which so keeps a covered report's signs: safe, and left so
# the miss: "tweaked/pulled/strained my lower back" was no back pain (the PAIN phrase knew "my
# back" only), so a cancer cleared long ago beside it raised nothing (cancer-history-remote)
CALM_2 = {
    "injured_low_back": [
        "My dad had testicular cancer. I've tweaked my lower back moving a sofa, any stretches?",
        "I've pulled my lower back lifting a wardrobe, anything to watch? Never had any serious illness.",
        "Strained my lower back gardening at the weekend. My aunt had breast cancer years ago.",
        "Tweaked my low back at the gym yesterday, should I be careful? I'm 30 and healthy.",
        "I hurt my lower back moving boxes at work, it's a bit better today.",
        "Did my lower back in playing squash, no other problems. Ice or heat?",
        "I've pulled my lower back, I'm 34 and fit. How long until I can run?",
        "Ricked my lower back getting out of the car, it eases when I move about. Any tips?",
    ],
}
KEPT_2 = {
    "injured_low_back": [
        (
            "Breast cancer 8 years ago, all clear since. Strained my lower back gardening at the weekend.",
            "soon",
        ),
        (
            "Thyroid cancer treated 9 years ago, all clear. Tweaked my low back at the gym yesterday, should I be careful?",
            "soon",
        ),
        (
            "Testicular cancer at 22, all clear for 11 years. Just strained my lower back carrying the kids' bikes.",
            "soon",
        ),
        (
            "Had bowel cancer 7 years ago, all clear. Pulled my lower back digging, anything to watch?",
            "soon",
        ),
        (
            "Leukaemia as a child, all clear 20 years now. I've hurt my lower back moving boxes at work.",
            "soon",
        ),
        ("I pulled my lower back lifting and now both my legs are numb.", "emergency"),
        ("Tweaked my lower back yesterday and today I can't pee.", "emergency"),
        ("Strained my lower back and now I've got a fever of 39 and feel awful.", "urgent"),
    ],
}

SHORT_CALM: dict[str, list[str]] = {
    "asked_denied": [
        "Does numbness in both legs mean something serious? Mine is just a dull ache in my lower back.",
        "Can a fever with back pain be dangerous? I don't have one, just a sore back from the garden.",
        "Does a numb bum mean cauda equina? I don't have one, my back is just stiff after cycling.",
        "Is a high temperature with back ache something to worry about? Don't have one. Just curious.",
        "Are tingling feet on both sides a bad sign? Mine is just a twinge on the left after squats.",
        "Is weakness in both legs with sciatica an emergency? Mine is only a stiff lower back from the sofa.",
        "Would a temperature with back pain mean an infection? I haven't got one, my back just aches after the gym.",
        "Does pain shooting down both legs mean a disc problem? Mine is just across my lower back, nothing in the legs.",
    ],
    "normal_reading": [
        "Took my temperature as I read fever can matter with back pain. 36.8C. That's fine isn't it?",
        "I heard fever is a warning sign so I checked, temp 36.5. Back just stiff from digging.",
        "My back aches and I read a fever is a red flag. Thermometer says 36.9 degrees, so I'm ok?",
        "I learnt on a first aid course that fever with back pain matters. Temp was 37.0C. Back sore from rowing.",
        "Sore lower back and I read fever matters, so I took it: 36.4C. Normal?",
        "I heard a fever is the thing to watch. Temperature 36.6 degrees this morning, back just stiff from the drive.",
        "Checked because I read fever is serious with back pain. 36.7 degrees. Back went lifting the shopping.",
        "I read fever matters with back pain, so I checked: 36.8C. Just a pulled muscle I reckon, heat or ice?",
    ],
}

class_tests(globals(), CALM, KEPT, SHORT_CALM)
class_tests(globals(), CALM_2, KEPT_2, {}, name="second")


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("my back pain has gone from 6 to 3 in four days", False),
        ("it went from a 7/10 to a 2/10 overnight", False),
        ("it went from a 2 to a 9 overnight", True),
        ("it went from a twinge to agony in an hour", True),
    ],
)
def test_a_falling_score_is_no_rapid_worsening(question: str, kept: bool) -> None:
    tokens, _ = load_safety().read(question)
    # a worsening read over the whole sentence: only the direction of its numbers decides
    worse = Mention("RAPID_WORSE", 0, len(tokens) - 1, 0, False, False, False)
    assert (falling_scores(tokens, [worse]) == [worse]) is kept


def test_the_first_run_false_alarms_of_the_classes_now_raise_nothing() -> None:
    for question in (
        "Does back pain going into both legs mean something bad? Mine is just in my back, no"
        " leg symptoms, I'm asking in case.",
        "Checked my temp because my back aches and I read fever matters. 36.7°C. So that's"
        " normal right? Back went after lifting a box of printer paper.",
        "I'm 26 weeks pregnant and my lower back aches by the end of the day, midwife says it's"
        " the bump and hormones. Any safe stretches?",
        "Update: my back pain score has gone from 6 to 3 in four days since I hurt it moving"
        " flat. Is that normal progress?",
    ):
        assert tier(question) is None, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does a numb bum mean something bad? I don't have one, I think.", "emergency"),
        ("Is weakness in both legs an emergency? Mine is sort of like that.", "emergency"),
        ("Can a fever with back pain be serious? Don't have one, probably.", "urgent"),
    ],
)
def test_a_hedged_denial_beside_a_bare_question_keeps_the_notice(
    question: str, expected: str
) -> None:
    assert tier(question) == expected
