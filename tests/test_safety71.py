"""safety71 (issue #12, red flags 29): signs told as not happening to anyone now, in wordings
beyond red flags 29's and tests/eval/red_flags_safety71.jsonl's.

Calm: a sign only supposed after "if" in a message that says nothing is happening, or a caller's
report supposed (hypothetical.py); a dream's signs, the asker waking to find nothing wrong (the
'dream' frame, topic_frame.py). Kept: a live time in the supposed stretch, a plea, a sign of the
asker's told outside it; waking to find the sign real, a sign since the dream."""

from __future__ import annotations

from tests.safety_cases import SAFETY, class_tests, tier

CALM = {
    "supposed": [
        "If my bum ever went numb with this back, is that A&E or the GP? Not happening, I'm "
        "only asking to be prepared.",
        "hypothetically if both legs went weak out of nowhere would I ring 999? mine are fine",
        "Touch wood it's never happened, but if I lost control of my bladder during a flare "
        "where would I go at night?",
    ],
    "reported": [
        "Pharmacy assistant here. If a customer says they can't pee and their back hurts, who "
        "do I send them to? And if they mention a numb bum?",
    ],
    "dream": [
        "Had a horrible dream that I couldn't move my legs and was stuck on the stairs. Woke "
        "up and all normal, just a stiff back. Is that stress?",
        "Last night I dreamt I'd lost control of my bladder in a meeting. Woke up fine. Any "
        "tips for sleeping with a sore lower back?",
    ],
}
KEPT = {
    "supposed": [
        (
            "Hypothetically if my bum goes numb now, is that bad? Not happening I think, but my "
            "back is agony.",
            "emergency",
        ),
        (
            "If I ever lose bladder control what should I do? Asking because it's happening "
            "now and my back is agony.",
            "emergency",
        ),
        (
            "Hypothetically, if I couldn't pee, what then? Because both my legs have gone numb "
            "since lunch.",
            "emergency",
        ),
    ],
    "dream": [
        (
            "Had a dream I was falling and woke up unable to feel my legs. My back is agony.",
            "emergency",
        ),
        (
            "Bad dreams all week about my back, and since this morning I can't pee and my bum "
            "is numb.",
            "emergency",
        ),
    ],
}

class_tests(globals(), CALM, KEPT, {})


def test_a_supposed_sign_points_to_its_tier() -> None:
    """A supposed sign is asked about: no notice, but the pointer names its tier."""
    question = "If I ever can't pee because of my back, what then? Not happening, just curious."
    assert tier(question) is None
    assert SAFETY.pointer(question) == "emergency"


def test_a_live_sign_outside_the_supposed_keeps_the_notice() -> None:
    assert (
        tier("Hypothetically, if I couldn't pee, what then? My bum is numb and my legs are weak.")
        == "emergency"
    )
