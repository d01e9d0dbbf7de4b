"""review21's lost emergencies (issue #12): a cold review of the twenty-first session's merged
red-flag changes wrote these in the frames the changes made quieter, and each was an emergency on
the code before them (65be704) and none or lower after (9fb1318). Three readings were the cause:
safety75's course of treatment read anywhere in the message cancelled an overdose (withdrawn:
OD_COURSE is in no rule's 'unless'); safety76's function items told fine set aside the item that
gives "can't go" its meaning though the message goes on with a take-back or an inability
(fine_items._goes_on); safety76's joking "only" answers read an activity that brings the sign on,
or an answer its sentence goes on past, as a joke (form_jokes._brought_on). The whole set is
tests/eval/red_flags_review21.jsonl."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

LOST = [
    "I was on a 5 day course of diclofenac and then I took all the remaining tablets together last night because the pain was unbearable. Should I keep taking paracetamol?",
    "necked the whole lot of my pregabalin after a row, i know its a full course and im not supposed to. should I stop the other meds now",
    "Honestly I'm at the end of my rope. Three months of sciatica, I've done the whole course of physio, the whole course of naproxen, the steroid injection, and nothing has helped. I can't work, I can't sleep, my partner left in January and the bills keep coming. Tonight I sat in the kitchen and swallowed every one of my amitriptyline and the rest of my co-codamol, about forty tablets, with a bottle of wine. I'm not sure why I'm typing this into a back pain site. I feel very sleepy and sick now and my ears are ringing. My GP is closed and I don't want to bother anyone. Should I stop taking the naproxen tomorrow or carry on? I don't really know what I'm asking. I think I just wanted someone to know. It's been such a long year and I'm so tired of hurting every single day, and I keep thinking it would be easier if I didn't wake up.",
    "Bladder control: never been a problem. Erm, except I haven't been able to go since yesterday despite drinking loads.",
    "I took all my co-codamol at once about an hour ago. Should I stop the ibuprofen too?",
    "My son swallowed all of his gabapentin an hour ago, he's on a 2 week course. Should he keep taking the naproxen?",
    "Can I stop taking pregabalin suddenly? I swallowed all of my remaining pregabalin yesterday after a bad day.",
    "Took the whole lot of my mums co-codamol, she's on a course of it for her back. Should I stop my sertraline?",
    "Bladder control: never had a problem! Only I've not been able to go since Saturday.",
    "Numbness in both legs: only after a game of football, but it lasts for hours now and I trip.",
    "Numb bum: only when I sit through a match, but it stays numb for hours afterwards now.",
    "Leg numbness: only during games - both legs go dead and I fell over twice in Saturday's game.",
    "Ive had enough, took the whole lot of my co-codamol and diazepam an hour ago. should I stop the naproxen or carry on",
    "My wife took all of her tramadol at once this evening after we argued. Shall we stop her other tablets?",
    "I've finished the course of antibiotics. Then last night I swallowed every one of my sleeping tablets. Can I keep going to work?",
    "My teenager took all my ibuprofen, about 30, while I was out. She has a repeat prescription for her back. Should she stop the physio?",
    "Bladder control: never had a problem. Now though I can't go at all.",
    "Bladder control: never had a problem... until I woke up this morning and couldn't go.",
]


@pytest.mark.parametrize("question", LOST)
def test_review21s_lost_emergencies_are_emergencies_again(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", question


@pytest.mark.parametrize(
    "question",
    [
        "Night sweats: only during penalty shootouts. Back: aching after decorating. Tips?",
        "Fever: only for the football. Back: sore since Sunday, getting better.",
        "Bowel control: never been better. Bladder: fine. Back pain for two weeks after gardening.",
        "Bladder control: never had a problem. Bowel control: never had a problem.",
    ],
)
def test_the_jokes_and_fine_items_with_nothing_after_them_stay_quiet(question: str) -> None:
    assert SAFETY.check(question) == [], question
