"""safety21's general readings (docs/safety.md, "Twenty-first round"), each class in wordings of
its own, with the twins that must keep their notice: a definition of a term with no one's sign
described gets the pointer; a clinician's question reported, then answered no, denies its signs; a
denial by a pro-form ("I have none of them") covers the signs named in general or reported
sentences around it unless the asker's own current sign is told."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()


def rules(question: str) -> list[str]:
    return [f.urgency for f in SAFETY.check_rules(question)]


@pytest.mark.parametrize(
    "question",
    [
        "What is saddle anaesthesia?",
        "What does urinary retention mean?",
        "What is bilateral sciatica?",
        "What does 'saddle anaesthesia' mean? I saw it on a poster at the physio.",
        "What does bladder retention mean? Don't have it.",
        "whats the meaning of bowel incontinence",
    ],
)
def test_a_definition_of_a_term_gets_the_pointer(question: str) -> None:
    assert SAFETY.check(question) == []
    assert SAFETY.pointer(question) == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "What is saddle anaesthesia? I think I have it",
        "What is this numbness down below?",
        "what does it mean when you can't pee",
        "what does numb groin and not being able to pee mean",
        "What's urinary retention? Not been able to pee since 6am",
        "what is saddle numbness, my bum has gone numb",
    ],
)
def test_a_definition_beside_a_case_keeps_the_notice(question: str) -> None:
    assert rules(question)[:1] == ["emergency"]


@pytest.mark.parametrize(
    "question",
    [
        "The nurse asked whether I'd wet myself. I haven't. My back is just stiff after lifting.",
        "The physio asked if I had any numbness down below. I said no. What stretches help?",
        "My GP asked if I had any numbness in my bum or trouble peeing. I don't.",
        "The 111 nurse asked about numb bum, peeing and leg weakness. All no. Back is stiff.",
        "The osteopath checked whether my legs were weak. Nope. Back aches though.",
    ],
)
def test_a_clinicians_question_answered_no_raises_nothing(question: str) -> None:
    assert rules(question) == []


@pytest.mark.parametrize(
    "question",
    [
        # an ability asked about is answered no by a loss
        "The GP asked if I could feel my bum. I can't. Back pain for days",
        "The nurse asked if I was able to pee. Not really. Back agony",
        # "I haven't" about one sign beside another live sign
        "The doctor asked if I'd wet myself. I haven't, but my bum has gone numb since this morning",
        "The nurse asked whether I had numbness down below. I do, since yesterday.",
        "They asked if I'd lost bladder control. I didn't know, I keep wetting myself, back hurts",
        # no answer at all
        "The GP asked whether I'd lost control of my bladder and I have, back pain",
    ],
)
def test_a_clinicians_question_answered_yes_or_with_a_sign_keeps_the_notice(question: str) -> None:
    # rules and learned check: "I can't." after an ability asked about is the learned check's
    assert [f.urgency for f in SAFETY.check(question)][:1] == ["emergency"]


@pytest.mark.parametrize(
    "question",
    [
        "Warning signs to watch for: numb bum, can't pee, legs giving way. I have none of them.",
        "Apparently back pain with a numb bum or incontinence is an emergency. I have neither.",
        "Things they tell you to watch out for: fever, numb legs. I don't have any of that.",
        "I read that both legs going numb with back pain is serious. Not my situation, I ache.",
    ],
)
def test_a_denial_covers_the_signs_named_in_general_around_it(question: str) -> None:
    assert rules(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "Apparently a numb bum with back pain is an emergency. I don't have that, my husband does.",
        "The leaflet lists a numb bum and trouble peeing. I have none of these. He has both though",
        "Warning signs: numb bum, can't pee. I have none of them except I can't pee since 6am",
        "Leaflet says numb bum is an emergency. None of that, but can't pee since 6am, back agony",
        "Apparently a numb bum with back pain is an emergency. I have none of the others but my bum"
        " is numb now.",
        "physio student here, is losing bladder control with back pain an emergency? this isn't"
        " hypothetical",
    ],
)
def test_a_denial_beside_a_told_sign_keeps_the_notice(question: str) -> None:
    assert rules(question)[:1] == ["emergency"]


@pytest.mark.parametrize(
    "question",
    [
        # an answer that says more than "no", or a denial taken back (a review found each
        # silenced by the answered and covering readings)
        "The nurse asked if I'd wet myself. I haven't stopped.",
        "The doctor asked me if I had lost control of my bladder. I said no but I lied.",
        "The physio asked whether my legs are weak. Nothing else matters.",
        "The GP asked if I'd lost control of my bowels. I wish I hadn't.",
        "My GP checked whether I could feel my bum. Nope. Actually, yes, it's numb.",
        # a leaflet's list denied and the denial taken back: lost from safety72's merge (its
        # others_over hold) to safety75 (retracted.py)
        "The leaflet lists a numb bum, trouble peeing and weak legs. That's not me at all. "
        "Sorry, yes it is.",
        "The leaflet lists a numb bum, trouble peeing and weak legs. None of that is me. "
        "Actually I lied, it is.",
    ],
)
def test_an_answer_that_says_more_or_a_denial_taken_back_keeps_the_notice(question: str) -> None:
    assert "emergency" in [f.urgency for f in SAFETY.check(question)]
