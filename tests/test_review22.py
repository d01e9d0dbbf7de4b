"""review22 (a cold review of the twenty-second session's red-flag changes) found 16 real emergencies
the old code caught and the merged code missed: a course finished read of any supply beside a bare
"should I stop now?" anywhere in the message (courses.py), a second-hand person's signs read as
hearsay while the asker is with them (second_hand.py), and a general question then "I'm fine"
(well_apart.py: kept quiet by choice; the pointer still shows). And two new false alarms: "I'm on
day 12" read as a count of tablets (dose_counts.py). Its 153 messages are
tests/eval/red_flags_review22.jsonl."""

from __future__ import annotations

import pytest

from backcare.engine.safety.detect import load_safety

SAFETY = load_safety()

LOST = [
    "My friend's dad has numbness in both legs and he's on the floor in front of me, can't get up, what do I do",
    "My friend's mum can't move her legs and can't feel her bum, I'm with her in her kitchen, what do I do?",
    "My neighbour's husband is lying on his drive and can't feel his legs, his wife is out, I'm with him.",
    "His mate fell off the roof and now can't feel his legs, he's lying next to us on the site.",
    "My friend's husband can't feel his legs now and has wet himself, she's asked me to come over, I'm here with them.",
    "I've taken all the ibuprofen the GP gave me and the back is better, should I stop now? Just bought another box and took all 16 of those too.",
    "I took all the tramadol the GP prescribed for my back, the whole course. Took all of my wife's as well just now.",
    "Taken all the diazepam the GP gave me for my back. Then I got more from a friend and took all of them, should I stop now?",
    "I've taken all the ibuprofen the GP gave me and the back is better, should I stop now? I also took all the pills my mum had left over.",
    "My back went three weeks ago lifting my daughter. The GP gave me a ten-day course of naproxen and some co-codamol. I have taken all the naproxen, and the back is a lot better, so should I stop now? The thing is, I couldn't sleep, and around 2am I took all the co-codamol that was left, about twenty tablets, with some wine. I feel sick and a bit drowsy and my husband is asleep. I'm not trying to hurt myself, I just wanted the pain to stop and to sleep. Is that ok or should I do something? I don't want to wake anyone up or cause a fuss. I have work in the morning and I'm on my own with the kids.",
    "I took all my co-codamol. Should I stop now?",
    "I took all of my mum's tramadol. Should I stop now?",
    "I've taken all the naproxen the GP gave me. Should I stop now? I also had all my codeine about 2am with vodka.",
    "I took all of my mum's tramadol. Can I carry on driving?",
    "Took all my co-codamol and I feel really drowsy. Should I stop drinking?",
]
CALM = [
    "Max 8 a day. I'm on day 12 of the course for my back.",
    "The box says max 8, and I'm on day 14 of taking them for my back.",
    "I've taken all the ibuprofen the GP gave me and the back is better, should I stop now?",
    "I've taken all the naproxen the GP gave me. The back is much better. Should I stop now?",
    "Mum has taken all her ibuprofen, it was a five day course. Can she carry on with something?",
    "friend's husband had cauda equina surgery and still struggles to pee, what's recovery usually like?",
]


@pytest.mark.parametrize("message", LOST)
def test_the_lost_emergencies_are_emergencies_again(message: str) -> None:
    assert "emergency" in [f.urgency for f in SAFETY.check(message)], message


@pytest.mark.parametrize("message", CALM)
def test_their_twins_stay_calm(message: str) -> None:
    assert [f.urgency for f in SAFETY.check(message) if f.urgency == "emergency"] == [], message
