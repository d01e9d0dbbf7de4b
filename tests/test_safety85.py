"""safety85 (issue #12): a health worker's teaching case, exam question, QI project or leaflet names
signs as its TOPIC: the 'teaching' kind of the topic frame (vignette, teaching case, marking scheme,
QI project, proofreading, MCQ, tutorial, simulation, scenario), 'exam q' a study cue, and
teaching.py's readings (data/teaching_words.json): the asker's author verbs and texts ("how do I
phrase", "my notes say"), a quoted text's own time ("presents with new leg weakness"), a text's
live time naming no sign ("At the moment our notes say"). The asker's or a patient's sign now stays
caught: a live time outside the quotation, an echo, a plea, a clinical shorthand ("Pt c/o").
Its set: tests/eval/red_flags_safety85.jsonl."""

from __future__ import annotations

import pytest

from backcare.engine.safety.detect import load_safety
from backcare.engine.safety.teaching import authored, quoted_times

SAFETY = load_safety()

CALM = [
    # a quoted vignette or exam question: its 'new', 'now', 'suddenly' are the text's
    "Exam Q: 'A 70-year-old with prostate ca presents with new weakness in both legs. Best next step?' I put MRI within 24h.",
    "Vignette for the simulation: 'Mr B, 70, fell in the garden, now cannot weight bear, back pain.' What should students check first?",
    "Leaflet draft for our clinic: 'Call 999 if both legs suddenly feel weak or numb.' Is 'suddenly' needed?",
    "Proofreading the poster for the ward: 'If you can't feel your bum or can't pee, get help now.' Too informal?",
    # the asker's author verbs: asking, explaining, phrasing
    "OSCE practice: how should I word the question about saddle numbness so the patient isn't embarrassed?",
    "Tutorial handout: how do I explain to students why bilateral leg numbness and saddle anaesthesia matter?",
    # the author's own text, its live time naming no sign
    "Writing up a quality improvement project on back pain in our residents. At the moment our notes just say 'c/o back pain'. The new checklist asks about bladder or bowel change, leg weakness, night pain and fever. Right order?",
    "Revising for my OSCE and I keep mixing up the red flags. From my notes: saddle anaesthesia, urinary retention, bowel incontinence, bilateral leg symptoms. Have I got that right?",
]
CAUGHT = [
    "Revising for my OSCE but I can't feel my bum since this morning",
    "pt c/o saddle anaesthesia, retaining, what do I do",
    "Doing my QI project. Pt c/o saddle anaesthesia and retaining.",
    "Doing my QI project, currently on shift. Pt c/o saddle anaesthesia and retaining.",
    "I wrote a teaching case: 'bilateral leg numbness, difficulty initiating micturition'. That's exactly what I've got right now.",
    "Exam Q I wrote last week: 'saddle numbness, retention'. Since this morning I can't feel my bum and can't pee myself.",
    "Our leaflet says go to A&E if both legs go weak. Both my legs went weak this morning and I keep falling.",
    "Writing the vignette and honestly my own legs have gone numb both sides today and I can't pee.",
]


@pytest.mark.parametrize("message", CALM)
def test_a_teaching_text_names_signs_as_its_topic(message: str) -> None:
    assert SAFETY.check(message) == []


@pytest.mark.parametrize("message", CAUGHT)
def test_a_sign_now_beside_a_teaching_text_is_still_caught(message: str) -> None:
    flags = SAFETY.check(message)
    assert flags and flags[0].urgency == "emergency"


def test_rules_read_no_topic_framed_sign() -> None:
    # the exam question's cancer history fired cancer-history though every sign was framed
    message = "Exam Q: 'A 72-year-old with a history of breast cancer presents with thoracic pain and new leg weakness. Next step?' I said urgent MRI. Right?"
    _, mentions = SAFETY.read(message)
    assert any(m.frame for m in mentions)
    assert SAFETY.check_rules(message) == []


def test_an_author_verb_or_text_owns_the_self_word_only() -> None:
    tokens, _ = SAFETY.read("how do I phrase it, my notes say, I can't feel my bum")
    by_word = [(k, t.surface) for k, t in enumerate(tokens)]
    i_phrase = next(k for k, w in by_word if w == "i")
    my_notes = next(k for k, w in by_word if w == "my")
    i_cant = max(k for k, w in by_word if w == "i")
    assert authored(tokens, i_phrase) and authored(tokens, my_notes)
    assert not authored(tokens, i_cant)


def test_a_quotation_tells_its_own_time_unless_its_sentence_is_the_askers() -> None:
    text = "Exam Q: 'presents with new leg weakness'. I said 'not since this morning'."
    tokens, _ = SAFETY.read(text)
    quoted = {tokens[k].surface for k in quoted_times(text, tokens, SAFETY._self)}
    assert "new" in quoted
    assert "since" not in quoted
    assert quoted_times("", tokens, SAFETY._self) == set()
