"""safety63 (issue #12, red flags 27 and 28): false alarms by class, in wordings beyond the sets'.

Calm: a form item answered wryly that it is not there ("Weight loss: I wish!", "- if only") and
an item answered "no!"; legs shaky after a leg workout whose words a sense also reads ("after
squats ... sore"), their workout explaining the shaky legs so the sore legs' soreness stands;
digging as leg work told anywhere in the message; "run down" as tiredness, a back aching "across
both sides"; shivering after a
race run anywhere in the message; a symptom checker's "self care" settling a case whose signs of
several kinds are all denied. Kept: a function item answered wryly (its loss), a sign the
workout does not explain (numb, still weak the next day, a bladder), a real fever reading, a
"yes" among the checker's answers, pain that runs down the legs, shivering told live."""

from __future__ import annotations

from tests.safety_cases import SAFETY, class_tests, tier

CALM = {
    "wry answer": [
        "Filled in the physio form for my back. Unexplained weight loss: chance would be a fine "
        "thing! Night pain: no. Which pillow is best?",
        "GP questionnaire for my back. Night sweats: no. Unexplained weight loss - no such luck. "
        "Cancer history: none. How long should I wait before chasing the physio?",
        "Checklist from the physio. Numbness around the bottom: no! Weight loss: I wish. Any "
        "stretches for a stiff lower back?",
    ],
    "workout": [
        "after lunges my lower back is sore and both my legs are wobbly for a while. normal?",
        "After deadlifts my back was sore and both legs were shaky the rest of the evening, "
        "is my form off?",
        "Spent Saturday digging out an old hedge. Today my lower back and both thighs are stiff "
        "and sore, no numbness. Hot bath or ice?",
        "Been shovelling gravel all weekend. Now my back and both legs ache like after a long "
        "hike, no tingling, toilet normal. Any stretches?",
    ],
    "run down": [
        "Feeling a bit run down this week and my lower back aches from my desk chair, pillow tips?",
        "I've been really run down lately with a stiff back after work, do vitamins help?",
        "Felt very run down yesterday and my back aches low down across both sides. Took my "
        "temperature twice, 36.8 then 36.6, so no fever, phew. No tingling or numbness, toilet "
        "fine. Pillow tips?",
    ],
    "race": [
        "Ran my first marathon on Sunday! I was shivering in the foil blanket at the finish. My "
        "lower back is stiff today. When can I run again?",
        "Did a half marathon yesterday, hooray. Teeth chattering afterwards in the wind. Just a "
        "sore lower back now. Foam roller or rest?",
    ],
    "checker": [
        "Used the online symptom checker for my back. Numb bum: no. Trouble peeing: no. Weak "
        "legs: no. Fever: no. It said self care, which gel should I get?",
        "Filled in the 111 online form. Numbness between the legs: no. Bladder or bowel "
        "problems: no. Weakness in both legs: no. Result: selfcare. How long will it take?",
        "Did the online back pain checker. Numbness around my bottom: no. Problems peeing or "
        "pooing: no. Weakness in my legs: no. Fever: no. It says self care. Heat or ice?",
    ],
}
KEPT = {
    "wry answer": [
        ("Back pain for a week. Bladder control: I wish.", "emergency"),
        ("Back pain for a month. Fever: no. Weight loss: yes, a stone without trying.", "soon"),
    ],
    "workout": [
        (
            "after squats my back is sore and both legs are shaky and numb since this morning",
            "emergency",
        ),
        (
            "after squats both legs were shaky and today they are still weak and I keep tripping",
            "emergency",
        ),
        (
            "Spent the weekend digging the garden. Today both legs are numb and I can't pee",
            "emergency",
        ),
    ],
    "run down": [
        ("feeling run down and the pain runs down both legs since yesterday", "emergency"),
        ("my back aches and the sciatica spreads across both sides of my legs", "emergency"),
        (
            "Feeling really run down with my back aching, borrowed a thermometer and it's 38.6",
            "urgent",
        ),
    ],
    "race": [
        (
            "Did a half marathon on Sunday. Since last night I've been shivery with back pain",
            "urgent",
        ),
        ("Ran a 10k race yesterday. Now shivering, 38.9 and my back is agony", "urgent"),
    ],
    "checker": [
        (
            "Used the online symptom checker for my back. Numb bum: no. Trouble peeing: no. Weak "
            "legs: yes. It said self care.",
            "emergency",
        ),
    ],
}

class_tests(globals(), CALM, KEPT, {})


def test_a_wry_answer_to_a_function_item_is_its_loss() -> None:
    assert tier("Back pain since Monday. Bladder control: if only.") == "emergency"


def test_a_race_does_not_explain_a_fever_word() -> None:
    assert SAFETY.check_rules("Ran a marathon on Sunday. Fever and back pain since yesterday.")
