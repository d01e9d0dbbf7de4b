"""safety87 (issue #12): red flags 32's false alarms of frame, each fixed as a class: a sign's term
asked about for a reason (terms.py; quotations.py's phrase to translate), the asker's own question
answered no (own_answers.py) and advice to watch for signs (safety_net.py), a game's or a drama's
signs (holder.py), a reply to backcare's own notice (notice_replies.py), a form's struck-through
answer and an aside naming someone else (checklist.py). tests/eval/red_flags_safety87.jsonl holds
the real signs told in each frame made quieter, written before the run, with calm twins."""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import read_checklist
from tests.safety_cases import SAFETY, keeps_its_tier, row_id, set_rows

# safety91 caught both known misses (a claim by a pronoun, "mine did too") and quieted "Watching
# House" (the show's name frames fiction): nothing is known now
KNOWN_MISSES: set[str] = set()
KNOWN_ALARMS: set[str] = set()


@pytest.mark.parametrize("row", set_rows("safety87", True, KNOWN_MISSES, "known miss"), ids=row_id)
def test_a_real_sign_told_in_a_quieter_frame_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize(
    "row", set_rows("safety87", False, KNOWN_ALARMS, "known false alarm"), ids=row_id
)
def test_the_calm_twins_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


TERMS = [
    "what does urinary retention mean? it's on my nursing exam tomorrow and the textbook is useless",
    "how do you spell incontinence? I'm writing a leaflet for the care home where I work",
    "what does 'saddle anaesthesia' mean? the physio checked me and said I don't have it, which"
    " sounds good?",
    "how do you say 'I can't feel my legs' in Spanish? my Spanish mate does half marathons with me"
    " and I want to wind her up at the finish line",
]
TERMS_CLAIMED = [
    "what does urinary retention mean? I think I have it",
    "what does urinary retention mean? because it's happening to me",
    "how do you say 'I can't feel my legs' in Spanish? because it's happening to me",
    "what does saddle anaesthesia mean? the A&E doctor wrote it on my notes",
    "how do you spell retention? I need to tell the GP",
    "how do you spell incontinence? asking for my mum",
    "what does saddle anaesthesia mean? my GP mentioned it",
    "what does it mean when you can't pee? it's on my exam",
]


@pytest.mark.parametrize("question", TERMS)
def test_a_term_asked_for_a_reason_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []
    assert SAFETY.pointer(question) == "emergency"  # "If this is happening to you now: ..."


@pytest.mark.parametrize("question", TERMS_CLAIMED)
def test_a_term_claimed_or_asked_for_someone_stays_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


ANSWERED = [
    "Should I go to A&E if my legs go weak with back pain? Mine haven't, and I'm not numb"
    " anywhere, I just want to know what to look out for because my brother had a slipped disc"
    " last year and it scared me.",
    "Is weight loss a bad sign with back pain? I haven't lost any, my doctor just asked me about it"
    " and I wondered why",
    "my dad had prostate cancer and the consultant said to watch for back pain and legs going weak."
    " he's doing great, no back pain at all. what else should we be looking out for?",
]
ANSWERED_YES = [
    "Should I go to A&E if my legs go weak with back pain? because mine have",
    "Should I go to A&E if I can't pee? I can't.",
    "Should I go to A&E if my legs go weak? Not yet, but they're getting weaker",
    "Should I go to A&E if my legs go weak with back pain? Mine haven't, but my bum is numb",
    "the GP said to watch out for numbness in my bum. it has gone numb",
    "What does saddle numbness mean? I haven't got it, my husband has",
    "What does saddle numbness mean? I don't have it all the time, only when I wipe, please help",
]


@pytest.mark.parametrize("question", ANSWERED)
def test_a_question_the_asker_answers_no_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", ANSWERED_YES)
def test_a_question_answered_yes_or_a_sign_beside_it_stays_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


def test_weight_loss_answered_yes_stays_soon() -> None:
    flags = SAFETY.check("Is weight loss a bad sign with back pain? because I have lost a stone")
    assert [f.id for f in flags] == ["weight-loss"]


FICTION = [
    "In the Sims my sim kept wetting herself because I forgot to send her to the loo while she was"
    " building stuff lol. Anyway, my own back hurts from six hours in the gaming chair. Budget is"
    " about fifty quid.",
    "Watching Grey's Anatomy and a patient had a tumour pressing on her spine and couldn't feel her"
    " legs. It's scared me a bit because my back aches after work. But mine is just an ache after a"
    " long shift on my feet, goes by morning, legs completely fine.",
]
FICTION_TOLD = [
    "Watching Grey's Anatomy and a patient couldn't feel her legs. It's scared me because I can't"
    " feel mine either",
    "Watching Grey's and a patient couldn't feel her legs. My legs went like that this morning",
    "In the Sims my sim kept wetting herself, and now I keep wetting myself too",
    "Watching TV when my legs went numb and I can't feel them now",
    "Watching Grey's Anatomy and a patient couldn't feel her legs. I'm scared, my legs are numb",
    "Our D&D campaign: my cleric got 'paralysed from the waist down' by a ghoul lol. It's real, my"
    " legs have gone numb too",
]


@pytest.mark.parametrize("question", FICTION)
def test_a_game_or_a_drama_with_the_askers_fine_state_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", FICTION_TOLD)
def test_a_real_sign_beside_a_game_or_a_programme_stays_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


def test_a_quad_bike_is_still_read_where_quid_is_not() -> None:
    assert "trauma" in {f.id for f in SAFETY.check("I came off my quad bike at speed")}


REPLIES = [
    "Your checker flagged 'wet myself' as urgent. Context: I said I wet myself LAUGHING watching my"
    " husband try to do the downward dog. My bladder is completely fine. Can you please not send me"
    " to A&E for having a sense of humour? Maybe I worded it badly.",
    "Why did it say emergency? I typed 'can't pee' but I meant I can't pee in peace because my"
    " toddler follows me in and hangs off my legs. My back's fine apart from carrying him.",
]
REPLIES_CONFIRMED = [
    "Your checker flagged 'can't pee' as an emergency. It's not a joke, I really can't pee since"
    " this morning",
    "Why did it say emergency? I typed 'can't feel my legs' and I meant it",
    "Your checker flagged 'wet myself'. Context: I wet myself twice today and I can't feel my bum",
    "Why did it say emergency? I typed 'numb bum' but I meant my bum is numb from cycling, and now"
    " I can't pee",
    "Why did it say emergency? I typed 'can't pee' lol, what do you mean",
    "Your checker flagged 'can't pee'. Is that a mistake? I meant it literally",
    "Your checker flagged 'can't pee'. No joke.",
    "Why did it say emergency? I typed 'can't feel my legs', I'm not kidding",
]


@pytest.mark.parametrize("question", REPLIES)
def test_a_reply_explaining_the_words_a_notice_read_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", REPLIES_CONFIRMED)
def test_a_reply_confirming_the_sign_stays_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


def test_struck_words_are_deleted_and_a_no_before_someone_elses_aside_ends_its_clause() -> None:
    assert read_checklist("- numb bum: ~~yes~~ no, ignore") == "- numb bum nil, ignore"
    assert read_checklist("- Cancer: no (dad had it)") == "- Cancer nil, (dad had it)"
    assert read_checklist("- Can you pee: no (nothing since last night)") == (
        "- Can you pee: no (nothing since last night)"
    )


FORMS = [
    "Quick list for the physio:\n- stiff in the mornings: yes\n- leg numbness: not since my op in"
    " 2018\n- bladder problems: used to, after my 2nd baby, physio sorted it 10 yrs ago\n- numb"
    " bum: ~~yes~~ no, that was my foot going to sleep, ignore\n- fever: no\n- weight: same\nIs"
    " that enough detail? It's just my usual back after decorating.",
    "Health questionnaire for my new gym:\n- Heart or chest problems: no\n- Back pain: yes, mild,"
    " on and off\n- Steroids: n/a\n- Cancer: no (dad had it)\n- Numbness/weakness: no\n- Bladder or"
    " bowel problems: no\n- Recent surgery: no\nDoes the back pain mean I need a doctor's note to"
    " join? It's just from sitting at a desk.",
]


@pytest.mark.parametrize("question", FORMS)
def test_a_form_answered_no_in_its_own_way_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []
