"""Two classes a newcomer's trial found (newcomer29 F1, F2), read as data in safety_vocabulary.json.

- "what" was a definition question: DEFINE's one-word phrase "whats" (what's) stemmed to "what",
  so every "what" ("what do I do", "what now") made a sentence ask what a term means, and a
  relative's sign beside it was barred as a definition's ("my dad's legs are numb, what do I do"
  raised nothing, in English and in a German message with English words). "what's" is now read
  exactly (=whats); "what does numb legs mean" is still a definition.
- "need to go" is the bladder's urge only when it goes nowhere: "I don't know when I need to go
  back to work" or "if I need to go to my doctor first" named a place or errand after it and was
  read as not feeling the bladder (an emergency). Going somewhere named (back to work, to the GP,
  home, out, and see someone) is an everyday sense; going to the toilet, or anywhere unnamed,
  stays the urge."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from tests.safety_cases import SAFETY

RELATIVES_SIGN_AND_WHAT = [
    "his legs are numb, what do i do",
    "my dad's legs are numb, what do i do",
    "my dad fell, his legs are numb, what should i do",
    "my mum fell and her legs went numb, what now",
    "papa ist gestürzt, seine Beine sind taub, what do i do",
    "both my nan's legs are numb since this morning. what do we do?",
    # a definition asked after the report asks about the sign just told (after_report)
    "my dad's legs are numb, what does that mean?",
    "my dad's legs are numb, what's happening?",
    "my son can't feel his legs, what's wrong with him?",
    "my son can't feel his legs. What does that mean??",
]

STILL_DEFINITIONS = [
    "whats numb legs mean",
    "what does it mean if someone's legs are numb?",
    "Can someone explain what numbness in both legs means?",
    "what does numb legs refer to",
    "what is it when someone's legs go numb",
]

PLACES_AFTER_GO = [
    "I don't know when I need to go back to work",
    "I don't know if I need to go to my doctor first, can I just book?",
    "not sure when I need to go back to the office",
    "I can't tell if I need to go to the GP or just rest",
    "I can't tell if I need to go home early, my back is stiff",
    "don't know if I need to go and see a physio for my back",
]

URGE_STILL_READ = [
    "I don't know when I need to go anymore",
    "I can't tell when I need to go to the toilet",
    "I don't know when I need to go, I've wet myself twice",
    "I can't feel when I need to go to the loo",
    "I don't know when I need to go back to the toilet",
    "cant tell when i need to go since yesterday and my back is killing me",
    "I need to go back to work but I can't tell when I need to go to the toilet anymore",
]


@pytest.mark.parametrize("question", RELATIVES_SIGN_AND_WHAT)
def test_a_relatives_sign_with_what_do_i_do_raises(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].id == "both-legs" and flags[0].urgency == "emergency"


@pytest.mark.parametrize("question", STILL_DEFINITIONS)
def test_a_definition_of_someone_elses_sign_stays_quiet(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", PLACES_AFTER_GO)
def test_going_somewhere_named_is_no_urge(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", URGE_STILL_READ)
def test_the_urge_going_nowhere_named_still_raises(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].id.startswith("cauda-equina") and flags[0].urgency == "emergency"


def test_a_message_the_check_cannot_read_gets_the_emergency_pointer() -> None:
    # F2: a message in another language raises only what its code-switched words spell; when it
    # raises nothing, the reader is still told what to do if an emergency is happening
    engine = Engine(load_pack())
    # (Dutch: not one of the languages read since safety117, which now reads the French
    # "mon père est tombé, il ne sent plus ses jambes" as both legs, an emergency)
    unread = engine.ask("mijn vader is gevallen, hij voelt zijn benen niet meer, help")
    assert unread.not_english and not unread.red_flags and unread.pointer == "emergency"
    french = engine.ask("mon père est tombé, il ne sent plus ses jambes, help")
    assert french.red_flags and french.red_flags[0].urgency == "emergency"
    english = engine.ask("stiff back after sitting")
    assert not english.not_english and english.pointer is None
    raised = engine.ask("papa ist gestürzt, er kann nicht pinkeln und seine Beine sind taub")
    assert raised.red_flags and raised.pointer is None
