"""safety130's red-team (BRIEF_COMMON36: every quieting reading tried on messages of its own
shape that carry a real, current red flag): body parts told normal ("full feeling around my bum",
"normal control of my bladder", "I can feel everything when I wipe", "bladder working like
clockwork", "toilet habits unchanged", "both legs work perfectly": normal_before.py and the
'normal' words) beside a sign of the asker's or of someone they care for now, the sign before,
after or between; a loss or change of the normal function ("lost normal control", "until this
morning", "partial feeling"); the normal telling asked or answered otherwise ("Full feeling
around my bum? No."). Each keeps at least the tier it had before the reading (s36-integ, run the
same day): none may be lowered."""

from __future__ import annotations

import pytest

from backcare.engine.safety import URGENCIES, load_safety

SAFETY = load_safety()


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


@pytest.mark.parametrize(
    ("question", "before"),
    [
        (
            "I still have full feeling around my bum but since this morning I can't pee at all",
            "emergency",
        ),
        ("Full feeling in my legs, but my bum has gone numb and my back is agony", "emergency"),
        (
            "normal control of my bladder, but I've pooed myself twice today without noticing, back pain",
            "emergency",
        ),
        (
            "I can feel everything when I wipe, but both my legs have gone weak and I keep falling",
            "emergency",
        ),
        (
            "Back pain since Monday. Bladder working like clockwork. Both legs numb since lunchtime.",
            "emergency",
        ),
        (
            "toilet habits unchanged, but my legs are giving way under me and my back is killing me",
            "emergency",
        ),
        (
            "sensation in my groin intact, but I've got crushing chest pain going into my left arm with my back pain",
            "emergency",
        ),
        (
            "both legs work perfectly but I've lost feeling in my bum and genitals today",
            "emergency",
        ),
        (
            "I have normal control of my bowels and bladder, but I have a temperature of 39.5 and I'm shivering with this back pain",
            "urgent",
        ),
        (
            "I have full feeling in my bum, I was in a car crash an hour ago and my back is in agony",
            "emergency",
        ),
        (
            "Normal sensation in both legs. I had breast cancer and now my back pain is constant and keeps me up at night",
            "urgent",
        ),
        (
            "my husband has full feeling in his legs but he can't pee since last night and his back is agony",
            "emergency",
        ),
        (
            "Mum says she has normal control of her bladder, but she's just wet herself and can't feel her bottom, back pain",
            "emergency",
        ),
        (
            "full feeling down there, bladder working like clockwork, but I can't lift my left foot, it slaps the floor, back pain",
            "emergency",
        ),
        (
            "I can feel everything down there but I've had no urge to wee all day and now I can't go, back agony",
            "emergency",
        ),
        (
            "normal feeling in my bum and legs; woke up soaked in sweat, feverish, back pain worse, feel terrible",
            "urgent",
        ),
        (
            "Back pain: complete control of bladder, but since this afternoon numb between my legs",
            "emergency",
        ),
        (
            "I have full control of my bowels, but today my bum went numb when I sat on the toilet",
            "emergency",
        ),
        (
            "I fell off a ladder from about 3 metres this morning. Full feeling in my legs. My back is agony.",
            "emergency",
        ),
        (
            "Full movement in my legs but when I wipe I can't feel the paper, started today",
            "emergency",
        ),
        (
            "Sex: full function. Bladder: can't empty it since yesterday. Back: very painful.",
            "emergency",
        ),
        (
            "toilet habits unchanged, but I've become suddenly numb in both legs and can't stand",
            "emergency",
        ),
        (
            "sensation in my saddle area intact but my legs feel like jelly and keep buckling today",
            "emergency",
        ),
        (
            "My bladder is working like clockwork, my bowels too, but I've got a tearing pain between my shoulder blades and I feel faint",
            "emergency",
        ),
        (
            "I can feel everything down below, but I've had pins and needles in both feet and legs all day getting worse",
            "emergency",
        ),
        (
            "I still have normal power in my legs but I've peed myself twice this morning without realising",
            "emergency",
        ),
        (
            "full feeling in my groin and bum, but my erections have stopped working since the back pain started last week",
            "emergency",
        ),
        (
            "Bowels unchanged, bladder unchanged, saddle intact, but I'm on chemo for lung cancer and my back pain is new and severe",
            "urgent",
        ),
        (
            "I have full feeling in my bum, I'm just worried because my dad, who's with me now, can't feel his legs and his back hurts",
            "emergency",
        ),
        (
            "complete control over my bladder, but now I'm thinking of ending it all, this back pain is too much",
            "emergency",
        ),
        ("my legs are perfectly numb, back hurts", "emergency"),
        (
            "full sensation in my legs though it's gone completely numb around my back passage since lunch",
            "emergency",
        ),
        (
            "I can feel it all when I wipe. Both legs suddenly weak and heavy since I woke up, can barely walk.",
            "emergency",
        ),
        (
            "usual feeling in my bum, but my bladder feels full and nothing comes out, back pain since the weekend",
            "emergency",
        ),
        ("I can feel everything. Just can't pee since this morning and back's agony", "emergency"),
        ("I've lost normal control of my bladder and my back hurts", "emergency"),
        ("I had full feeling down there until this morning, back agony", "emergency"),
        ("I don't have full feeling in my bum, back pain", "emergency"),
        ("I can't feel everything when I wipe, my back hurts", "emergency"),
        ("normal feeling in my bum has gone since yesterday, back pain", "emergency"),
        ("only partial feeling around my groin today, back pain", "emergency"),
        (
            "bladder control intact but my bum feels strange when I sit and my legs are heavy, back pain since Sunday",
            "emergency",
        ),
        (
            "my legs are perfectly fine apart from both of them going numb when I stand for a minute, back pain",
            "emergency",
        ),
        (
            "full control of my bladder and bowels and both legs numb since I got up, back very sore",
            "emergency",
        ),
        ("Questionnaire: bladder control intact? Not since Monday. Back pain 8/10.", "emergency"),
        (
            "Do I have full feeling down there? Not really, since yesterday, and my back is agony",
            "emergency",
        ),
        ("Full feeling around my bum? No. Back pain since the weekend.", "emergency"),
        (
            "Bowels working like clockwork? Not since Sunday, I keep soiling myself, back pain",
            "emergency",
        ),
        (
            "Saddle sensation intact. No, actually, my bum went numb an hour ago and my back hurts",
            "emergency",
        ),
        ("Can you pass urine normally? Not since Monday. Back pain 8/10.", "emergency"),
        ("Full feeling around my bum? Nope. Back pain since the weekend.", "emergency"),
        ("Normal control of my bladder? Nah, I've been leaking all day, back pain", "emergency"),
        ("I can feel everything when I wipe? Not any more. Back is agony.", "emergency"),
        ("Full sensation in my legs. Not since this morning though, back really bad", "urgent"),
        # the older 'normal' words, whose telling the learned check also reads without
        (
            "legs all ok, toilet all ok, but since this morning I can't feel my bum, back pain",
            "emergency",
        ),
        (
            "bladder fine, bowels fine, but both legs went numb an hour ago and my back is killing me",
            "emergency",
        ),
        ("Sir my back is paining, legs ok, toilet ok, but I have fever 39 and shivering", "urgent"),
        ("Can you pass urine normally? Not since Monday. Back pain 8/10.", "emergency"),
        ("Are your legs ok? No, they keep giving way since yesterday. Back pain.", "emergency"),
        ("Bladder normal? Not since last night, I can't go at all, back agony", "emergency"),
        (
            "bum fine, groin fine, but I've wet myself twice today without knowing, back pain",
            "emergency",
        ),
        (
            "legs strong, bladder ok, but I've been in a car crash this morning and my back is agony",
            "emergency",
        ),
        (
            "toilet all ok, legs all ok, but chest pain spreading to my jaw with the back pain",
            "emergency",
        ),
        (
            "legs fine, bladder fine, but my bum feels like it isn't mine when I sit, back pain since Friday",
            "emergency",
        ),
        (
            "legs okay and wee okay, but I had bowel cancer and now my back pain wakes me every night",
            "urgent",
        ),
        ("back pain, legs ok, bladder ok. Correction: since lunch I can't pee.", "emergency"),
        (
            "dad's legs are fine and his bladder is fine but he's gone numb around his bottom today, back pain",
            "emergency",
        ),
        (
            "bladder alright, bowels alright, but since this morning I can't feel when I need to poo, back pain",
            "emergency",
        ),
    ],
)
def test_a_real_sign_beside_a_part_told_normal_keeps_its_tier(question: str, before: str) -> None:
    raised = tier(question)
    assert raised is not None, question
    assert URGENCIES.index(raised) <= URGENCIES.index(before), (question, raised)
