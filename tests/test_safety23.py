"""safety23's repairs of safety22's readings (docs/safety.md, "Twenty-third round"; review9
1a-1c), each class with twins in wordings of its own and the calm lines that must stay calm: a
sign already there in a question of what "will" happen is told; a possessive after a reporting
word ("said my numb bum") is the asker's own; "Not me" followed by worry denies nothing; a bare
denial after a report's advice ("and to go to A&E. I haven't") answers the advice."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()


def rules(question: str) -> list[str]:
    return [f.id for f in SAFETY.check_rules(question)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 1a: under an embedder with a subject
        ("Will a scan next week show why I can't feel my bum?", {"cauda-equina-saddle"}),
        (
            "Will my appointment next week be soon enough given that I've lost control of my "
            "bladder?",
            {"cauda-equina-bladder"},
        ),
        (
            "Will the surgeons tomorrow care that I've wet myself and my bum is numb?",
            {"cauda-equina-saddle", "cauda-equina-bladder"},
        ),
        (
            "My scan is next week, will they see why my bladder isn't working and my bum is numb?",
            {"cauda-equina-saddle"},
        ),
        # 1a: after a "keep"
        ("I have a steroid injection next week; will my legs keep giving way?", {"both-legs"}),
        ("Will my legs keep giving way after my op next month?", {"both-legs"}),
        (
            "I'm seeing the surgeon next week; will my legs carry on giving way until then?",
            {"both-legs"},
        ),
        (
            "Will the numbness spread to my bum? I have a steroid injection next week.",
            {"cauda-equina-saddle"},
        ),
        # 1a: a remedy asked of a sign there
        (
            "my discectomy is booked for next week, will the numb bum and wetting myself be "
            "sorted by it",
            {"cauda-equina-saddle", "cauda-equina-bladder"},
        ),
        (
            "My op is planned for next month; will it fix the numbness in my bum?",
            {"cauda-equina-saddle"},
        ),
        ("Will my MRI tomorrow explain the numbness between my legs?", {"cauda-equina-saddle"}),
        # 1b: a possessive after a reporting word; "Not me" with worry after it
        ("Doctor said my numb bum is an emergency. Not me, surely?", {"cauda-equina-saddle"}),
        ("Doctor said my numb bum is an emergency. Really? I haven't.", {"cauda-equina-saddle"}),
        ("The GP said my legs giving way is nothing. Not me, I'm worried.", {"both-legs"}),
        ("GP said my legs giving way is just sciatica. Not me, I'm not convinced.", {"both-legs"}),
        (
            "The consultant told me my numb saddle area is from the disc. Not me, I think it's "
            "worse.",
            {"cauda-equina-saddle"},
        ),
        (
            "The leaflet says a numb bum is an emergency. Not me, I'm worried.",
            {"cauda-equina-saddle"},
        ),
        # 1c: the bare denial answers the advice, and the specific notices stay
        (
            "The GP said it sounds like cauda equina, numb bum and can't pee, and to go to A&E. "
            "I haven't.",
            {"cauda-equina-saddle", "cauda-equina-bladder"},
        ),
        (
            "The physio said my numb bum and weak legs need hospital. Not me, I'm not going.",
            {"cauda-equina-saddle", "both-legs"},
        ),
        (
            "The GP said it's probably cauda equina, my bum is numb and I can't pee, and to go to "
            "the emergency department. I haven't.",
            {"cauda-equina-saddle", "cauda-equina-bladder"},
        ),
    ],
)
def test_the_asker_s_signs_keep_their_notices(question: str, expected: set[str]) -> None:
    assert expected <= set(rules(question))


@pytest.mark.parametrize(
    "question",
    [
        # B8: asked ahead of a procedure, nothing has happened
        "I have a steroid injection in my back next week; will my legs go numb?",
        "I'm booked for a vasectomy; will the numbness down there affect my back recovery?",
        "My hernia op is next week; will my groin be numb afterwards?",
        "Will the epidural next week make my legs numb?",
        "Will the anaesthetic tomorrow mean I can't feel my bum?",
        # safety22's denials of a report's condition stay denials
        "My GP said 'if you ever lose feeling in your groin, go straight to A&E'. I haven't, but "
        "what causes that?",
        "The leaflet says to call 999 if both your legs go weak. Mine haven't, thankfully. Is "
        "walking good for sciatica?",
        "My sister told me a numb bum with back pain means go to hospital. I don't, I'm fine, "
        "it's just a pulled muscle. Heat or ice?",
        "The leaflet says a numb bum is an emergency. Not me, thankfully.",
        "My brother told me that not controlling your bladder is serious. Not me, thankfully.",
    ],
)
def test_asked_ahead_or_denied_stays_calm(question: str) -> None:
    assert rules(question) == []
