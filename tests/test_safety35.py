"""safety35 (issue #12, redteam13 A2 and B1 as one reading): a form's answers to its items.

- an item asked and answered yes ("Any fever? Yes, 38.5"), a one-letter "Y" ("Night pain: Y") and a
  form's question to "you" answered yes ("Does the pain wake you at night? Yes") tell the sign;
- "N", and a finding of normal ("NAD", "normal", "intact", "stable"), deny it, and a function item
  answered normal ("Saddle sensation: intact") is no loss of that function;
- a question with no "you" answered yes ("Is it serious? Yes") stays as it was.

Each reading short and inside a message of more than 200 words (the rules alone decide there).
"""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import read_checklist
from tests.safety_cases import long_message, rules

TOLD = [
    ("Night pain: Y. Lower back.", "night-pain"),
    ("Lower back pain. Night pain - Y", "night-pain"),
    ("Pain wakes you at night? Yes.", "night-pain"),
    ("Does your back pain wake you at night? Yes, most nights.", "night-pain"),
    ("Pain waking you up at night? Yes.", "night-pain"),
    ("Lower back pain. Any fever? Yes", "infection-fever"),
    ("Lower back pain. Night sweats? Yep.", "infection-fever"),
    ("Sore lower back. Any weight loss? Yes, nearly a stone", "weight-loss"),
    ("Back pain for a month. Weight loss: Y, about 6 kilos", "weight-loss"),
    # a one-letter "no" for one item leaves the next item's yes
    ("My back hurts. Night pain - Y. Weight loss - N.", "night-pain"),
    # a function item answered no is still the loss of that function (safety27, kept)
    ("Bladder control: no. Back pain since Monday", "cauda-equina-bladder"),
]

DENIED = [
    "Fever: N. Back stiff after gardening, what stretches help?",
    "Temperature: N. Night pain: N. Lower back stiff after digging, what stretches help?",
    "Fever - N, weight loss - N. Sore back from the gym, is heat or ice better?",
    "Bladder - N, numbness - N. Back sore after moving furniture",
    "Night pain? N. Fever? N. Back stiff after a long drive",
    "Night sweats: NAD. Temperature: NAD. Back twinge after lifting a box",
    "Saddle sensation: normal. Power in legs: normal. Lower back ache for a week, what helps?",
    "Perianal sensation: intact. Lower back pain after gardening, how long will it last?",
    "Weight: stable. Temp: normal. Sore back from decorating, what helps?",
]


@pytest.mark.parametrize(("question", "rule"), TOLD)
def test_an_item_answered_yes_is_told(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), TOLD)
def test_an_item_answered_yes_is_told_in_a_long_message(question: str, rule: str) -> None:
    assert rule in rules(long_message(question))


@pytest.mark.parametrize("question", DENIED)
def test_an_item_answered_no_or_normal_is_denied(question: str) -> None:
    assert not rules(question)


@pytest.mark.parametrize("question", DENIED)
def test_an_item_answered_no_or_normal_is_denied_in_a_long_message(question: str) -> None:
    assert not rules(long_message(question))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Night pain: Y.", "Night pain: yes."),
        ("Fever - N, numbness - N", "Fever nil, numbness nil"),
        ("Bladder: NAD. Saddle sensation: intact", "Bladder nil. Saddle sensation nil"),
        ("Any fever? Yes, 38.5", "Any fever: yes, 38.5"),
        ("Does the pain wake you at night? Yes", "the pain wake me at night: yes"),
        ("Do you have trouble peeing? Yes", "I have trouble peeing: yes"),
        # no "you": a question of the asker's own, left as it was
        ("Is it serious? Yes", "Is it serious? Yes"),
        # an answer that is more than one word is no form's answer
        ("Bladder: normal until last night", "Bladder: normal until last night"),
        ("My plan - no idea", "My plan - no idea"),
    ],
)
def test_read_checklist_reads_a_forms_answers(text: str, read: str) -> None:
    assert read_checklist(text) == read


@pytest.mark.parametrize(
    "text",
    [
        # a modal asks what may happen, not the asker's case
        "Can you get numb legs from sciatica? Yes, I read that.",
        # someone else's question
        "Does he have a fever? Yes.",
    ],
)
def test_a_question_a_form_does_not_ask_stays_a_question(text: str) -> None:
    assert read_checklist(text) == text


# ---- the asker's sign told by echoing the sentence before (echoed.py) ----------------------------

ECHOED = [
    ("My friend has a numb bum. Me too.", "cauda-equina-saddle"),
    ("My mate says his bum's gone numb. Same here since Tuesday.", "cauda-equina-saddle"),
    ("My husband says his legs are weak. Mine are too.", "both-legs"),
    ("My wife says her legs feel weak. Mine do too.", "both-legs"),
    ("patients describe it as a numb bum. I've had that since yesterday", "cauda-equina-saddle"),
    (
        "My sister can't feel the toilet paper when she wipes. I have that too.",
        "cauda-equina-saddle",
    ),
]

NOT_ECHOED = [
    "My friend has a stiff back. Me too, any stretches?",
    "My wife says her legs feel tired after the hike. Mine do too.",
    # denied, or no echo: the sign stays someone else's
    "My husband says his legs are weak. Mine aren't.",
    # (safety55: was "My friend has a numb bum. ..., is it any good for backs?": a friend's numb
    # bum now is their emergency since safety54, and the asker's trailing question no longer
    # hides it; "I have that too, my back is killing me" is the echo twin, which raises)
    "My friend has a fever. I have that book he lent me, my back is killing me.",
]


@pytest.mark.parametrize(("question", "rule"), ECHOED)
def test_an_echo_tells_the_sign_as_the_askers(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), ECHOED)
def test_an_echo_tells_the_sign_in_a_long_message(question: str, rule: str) -> None:
    assert rule in rules(long_message(question))


@pytest.mark.parametrize("question", NOT_ECHOED)
def test_no_echo_no_sign(question: str) -> None:
    assert not rules(question)


# ---- pain on straining or sneezing told by the act's effect (redteam13 A5) -----------------------

STRAIN = [
    "pushing on the loo makes my back go into spasm",
    "pushing when I'm on the toilet sets my back off",
    "a sneeze nearly floors me, lower back",
    "a sneeze knocks me sideways, lower back",
]

NOT_STRAIN = [
    "the price of the new chair floored me, my back is stiff, which one helps?",
    "I sneezed and my back twinged once last week, all fine now",
]


@pytest.mark.parametrize("question", STRAIN)
def test_straining_told_by_its_effect(question: str) -> None:
    assert "cough-strain" in rules(question)
    assert "cough-strain" in rules(long_message(question))


@pytest.mark.parametrize("question", NOT_STRAIN)
def test_no_straining_no_flag(question: str) -> None:
    assert not rules(question)


# ---- weeks told by a calendar event, with a treatment that failed (redteam13 A7) -----------------

CALENDAR = [
    "my back has been bad since Whitsun and the physio hasn't helped",
    "my back has been bad since half term and the stretches aren't helping",
    "my lower back has ached since we got back from holiday in September and painkillers do nothing",
]


@pytest.mark.parametrize("question", CALENDAR)
def test_weeks_told_by_a_calendar_event(question: str) -> None:
    assert "not-improving" in rules(question)
    assert "not-improving" in rules(long_message(question))


def test_a_calendar_event_with_no_pain_since_is_calm() -> None:
    assert not rules("my back hurt a bit at Easter but it has been fine since, should I stretch?")
