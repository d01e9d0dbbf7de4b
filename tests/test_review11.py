"""review11's findings on the merged readings of the eleventh session (issue #12), each with
twins that must stay calm, and every sign also inside a message of more than 200 words (the rules
alone read those):

- F1: a sign told in the present perfect ("my bum has gone numb", "I've lost control of my
  bladder") between a long-ago phrase and a full recovery is live; the recovery's own perfect
  ("I have made a full recovery") ends the past story as before.
- F2: a text's closing kiss "x" is no checklist's cross ("... I still can't pee x").
- F3: a checklist item that is a function or ability answered "no" is the sign ("Able to pee: no",
  "Bladder control: no", "Sensation down below: N/A"), where a symptom answered "no" is denied.
- safety29's finding: a blank line parts what is said about the dog or a relative from the
  asker's own signs after it.
- Imports keep the format characters that mean something at an answer's end (a flag's tags,
  paired direction controls), while trimming the invisible ones that hid a question's "?".
"""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import read_checklist
from backcare.packs.importers.lines import trim
from tests.safety_cases import long_message, rules

LIVE = [
    (
        "Three years ago I slipped a disc. My bum has gone numb. I made a full recovery from "
        "the disc though.",
        "cauda-equina-saddle",
    ),
    (
        "A year ago I had a fall. I've lost control of my bladder. Made a full recovery from the "
        "fall.",
        "cauda-equina-bladder",
    ),
    ("Yes I've tried drinking loads but I still can't pee x", "cauda-equina-bladder"),
    ("Able to pee: no. Feeling in bum: no.", "cauda-equina-bladder"),
    ("Able to pee: no. Feeling in bum: no.", "cauda-equina-saddle"),
    ("Bladder control: no, bowel control: no, back pain: yes", "cauda-equina-bowel"),
    ("Sensation down below: N/A, back pain yes", "cauda-equina-saddle"),
    ("Passing urine normally: no, back pain: yes", "cauda-equina-bladder"),
    ("The vet says the puppy is healthy.\n\nFever with back pain.", "infection-fever"),
    ("My dad is in hospital with his hip.\n\nNumb bum since last night.", "cauda-equina-saddle"),
]


@pytest.mark.parametrize(("question", "rule"), LIVE)
def test_a_live_sign_keeps_its_rule_short_and_long(question: str, rule: str) -> None:
    assert rule in rules(question)
    assert rule in rules(long_message(question))


CALM = [
    "Two years ago I had cauda equina: numb bum, couldn't pee. I had surgery and have made a full "
    "recovery. Which stretches are safe now?",
    "numb bum: no, fever: no, back pain: yes",
    "numb bum x, cant pee x, back pain yes",
    "My dog can't walk properly since Tuesday. Is it normal for a dachshund?",
]


@pytest.mark.parametrize("question", CALM)
def test_the_calm_twins_raise_no_rule(question: str) -> None:
    assert not rules(question) - {"described-warning-sign"}


def test_a_kiss_is_read_as_written_and_a_list_cross_is_no() -> None:
    assert read_checklist("I still can't pee x") == "I still can't pee x"
    assert "nil" in read_checklist("numb bum x, back pain yes")


def test_the_sign_after_a_paragraph_about_the_dog_is_the_askers() -> None:
    story = "The vet says the puppy is unwell and has a fever{}Fever and a sore back."
    assert "infection-fever" in rules(story.format(".\n\n"))


def test_imports_keep_an_answers_meaningful_format_characters() -> None:
    england = (
        "Yes, go England \U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
    )
    assert trim(england) == england
    isolated = "\u2067\u05e9\u05dc\u05d5\u05dd\u2069"  # a paired direction isolate
    assert trim(isolated) == isolated
    assert trim("Is there wifi?\u200b\u00ad") == "Is there wifi?"
