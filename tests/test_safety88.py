"""safety88 (issue #12, red flags 32): its two misses, its tiers and everyday look-alikes, by frame.

- Typos as phones and dyslexia make them change a word's first letters: a vowel for another as the
  second letter ("nimbness", "tengling"), m for n ("mumbness"): typos.Typos._prefixes, the letters
  in data/safety_vocabulary.json 'typo_letters'. A vocabulary word with the typed first letters
  wins; a common English word is never corrected.
- A fall told a sentence or two before an inability to stand (trauma's 'across'); a carer's
  "couldn't" tells a state (no job's case); "her neighbour says" names a reporter, not a
  second-hand person.
- An overdose told as a count of tablets over hours beside what too many do (OD_COUNT_SPAN +
  OD_EFFECTS, overdose-accidental, 'across' two sentences).
- A cancer told cleared or had in childhood, with the low back named in its sentence and no sign
  the guidance lists for a cancer history: soon (cancer-history-remote), not same day.
- A slide off a bed onto the bottom is a minor fall; a learned emergency beside a lower rule needs
  the rest of the message to read as one when every sign of the more urgent rules is denied (a
  form's answers: beside_rules._stands_beside).
- Look-alikes: an epidural's numb patch that went the next day, a steroid inhaler, "is that a
  fever?" of a normal reading, falls on a nursery slope, a nudged bumper at 5 mph; ordinary
  function told fine ("have to push off the sink to stand", "can walk and wee and everything",
  "everything else about going is normal") and "both" of people ("me and my sister both have
  backache"), senses that hide the sign words; a clinic's "let us know if you cannot make it" is
  no incontinence (a sense: "if you cannot make it"; "can't make it to the loo" stays one).

The emergencies told in each frame made quieter are tests/eval/red_flags_safety88.jsonl (read by
test_safety_sets too); here every one of its lines must raise its own tier, and the calm lines of
the frames raise no notice, or no more than their tier."""

from __future__ import annotations

import pytest

from tests.conftest import EVAL, read_jsonl
from tests.safety_cases import SAFETY

SET = read_jsonl(EVAL / "red_flags_safety88.jsonl")


@pytest.mark.parametrize("item", SET, ids=[i["q"][:50] for i in SET])
def test_each_emergency_told_in_a_quieter_frame_raises_its_tier(item: dict[str, str]) -> None:
    flags = SAFETY.check(item["q"])
    assert flags, item["why"]
    assert flags[0].urgency == item["tier"], item["why"]


CALM = [
    "thermometer reads 37.1, is that a fever? back's a bit stiff from the sofa",
    "had a steroid inhaler as a child for asthma, back sore from gardening",
    "Took a couple of tumbles on the beginner slope, back a bit stiff, nothing else wrong",
    "After my epidural I had a numb bit on my thigh that went the next day and everything's been"
    " fine since. Back a bit sore from lifting the baby, any stretches?",
    "does a steroid inhaler count as steroid use? my back aches after painting",
    "I have to push up off the arms of the chair to stand, back's that stiff. Everything else"
    " about going to the loo is fine",
    "she can walk and pee and everything, just a sore lower back from lifting the shopping",
    "my husband and I both have sore backs after the move, nothing else. Heat or ice?",
    "Physio text: please let us know if you cannot make it, so we do not wait for you. Will my"
    " back be sore after the first session?",
]


@pytest.mark.parametrize("question", CALM)
def test_an_everyday_look_alike_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


SOON = [
    "Resident (87) slid off the edge of her bed onto her bottom, only a short drop. Today she"
    " winces when we move her and holds her lower back. Eating and drinking normally, no"
    " temperature.",
    "Referral form:\nPain: lower back, 6 weeks\nNumbness: no\nBladder/bowel: normal\nFever: no\n"
    "Night sweats: no\nWeight loss: yes, about a stone, not trying\nCancer: no",
    "had testicular cancer as a teenager, all clear since, now a lower back ache after moving house",
    "I had bowel cancer 9 years ago (all clear) and now a low backache for 10 days, nothing much",
]


@pytest.mark.parametrize("question", SOON)
def test_a_minor_fall_a_form_or_a_cleared_cancer_is_seen_soon(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "soon"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("nimbness", "numbness"), ("mumbness", "numbness"), ("tengling", "tingling")],
)
def test_a_typo_of_the_first_letters_is_read_as_the_sign(typed: str, meant: str) -> None:
    tokens = SAFETY.read(f"saddle {typed} since this morning")[0]
    assert tokens[1].surface == meant


@pytest.mark.parametrize("word", ["tangling", "mumble", "nimble", "tingle"])
def test_a_real_word_is_never_read_as_another_sign_word(word: str) -> None:
    tokens = SAFETY.read(f"my {word} today")[0]
    assert tokens[1].surface == word


def test_a_fall_counts_only_within_two_sentences_and_only_live() -> None:
    near = "Nan (88) had a fall this morning. She can't stand, her legs won't hold her."
    assert "trauma" in {f.id for f in SAFETY.check_rules(near)}
    long_ago = "Nan fell in 2015. These days she can't walk far."
    assert "trauma" not in {f.id for f in SAFETY.check_rules(long_ago)}
    far = (
        "Nan had a fall this morning. We had tea. We watched the news. We did the crossword."
        " She can't stand up."
    )
    assert "trauma" not in {f.id for f in SAFETY.check_rules(far)}


def test_a_count_of_tablets_alone_is_no_overdose_of_this_rule() -> None:
    """OD_COUNT_SPAN needs what too many do beside it: a count told with no effect is left to
    the other overdose readings (a taken count is the crisis rule's already)."""
    calm = "I've had about 12 tablets since yesterday for my back, is that a lot? I feel fine"
    assert "overdose-accidental" not in {f.id for f in SAFETY.check_rules(calm)}
