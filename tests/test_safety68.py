"""safety68 (issue #12): signs named as a topic, not as the asker's present state (topic_frame.py),
in wordings beyond red flags 28's and tests/eval/red_flags_safety68.jsonl's.

Calm: a revision list, even in the first person when it is a list the asker asks to complete; an
exam's or a case study's patient; a novel's, film's or series' character; what a course covered;
a triage call's questions all answered no; a care handover of managed, long-standing conditions; a
race's end. Kept: the same frames with the asker's own sign now (a live time beside a self word),
a form item answered yes or a no taken back, a resident's new sign tonight, legs still failing
days after a race, a plea."""

from __future__ import annotations

from tests.safety_cases import SAFETY, class_tests, tier

CALM = {
    "study": [
        "Cramming for my OSCEs. Spinal red flags so far: I've got saddle numbness, urinary "
        "retention, faecal incontinence and bilateral leg weakness. Am I missing any?",
        "Physio exam question: a 38-year-old man has low back pain, numbness around his anus and "
        "can't pass urine. Which investigation comes first?",
        "Revision notes for finals: cauda equina means saddle anaesthesia, retention, bowel "
        "incontinence and weakness in both legs. Is that the whole list?",
        "Made flashcards for the back pain topic: chest pain, fever, weight loss, loss of bladder "
        "control. Any good memory tricks for the rest?",
    ],
    "fiction": [
        "Just finished a novel where the detective is thrown off a bridge and can't feel his legs "
        "for the rest of the book. Unrealistic? Also any tips for a sore back from reading in bed?",
        "In the movie the soldier loses control of his bladder after a spinal wound. Would that "
        "really happen? My own back only twinges when I sit too long.",
        "My book group picked a memoir where the author fell from a horse and broke her spine. "
        "Good read. Is a lumbar roll worth buying for the car?",
    ],
    "course": [
        "We had a first aid course at the sports club yesterday; the instructor covered neck and "
        "back injuries after falls from a height and chest pain. Which back stretches suit a "
        "coach?",
        "Manual handling refresher this week went through what to do if a colleague falls off a "
        "ladder. Good reminder. How should I stand at a workbench?",
    ],
    "form": [
        "Phoned 111 about my back and they went through the questions: numbness around the "
        "bottom, trouble passing urine, weakness in both legs, fever. I said no to all of them. "
        "How long should the ache last?",
        "The physio's triage questions were any chest pain, any fever, any loss of bladder "
        "control - it was no to everything. When can I swim again?",
    ],
    "care": [
        "Writing my handover for the day staff: 'Bed 7, Mr H, 79, long-term catheter since 2012, "
        "paraplegic after a fall in 1990, bowels on a regime, comfortable, no concerns.' Too "
        "long?",
    ],
    "race": [
        "Ran a trail half marathon on Saturday and by the end my legs were like jelly and I was "
        "shivering in the foil blanket. Now just sore thighs and a stiff back. When can I run?",
        "Leg day was brutal: by the end both legs were trembling and nearly gave way. Next day "
        "just DOMS and a tight lower back. Stretch or rest?",
    ],
}
KEPT = {
    "study": [
        (
            "I'm revising the red flags for my exam and since last night I have numbness in my "
            "bottom and my inner thighs. Should I go to A&E?",
            "emergency",
        ),
        (
            "Revising for finals and my back has been bad, but today I've wet myself twice "
            "without noticing. Is that one of the red flags?",
            "emergency",
        ),
    ],
    "fiction": [
        (
            "Reading a novel about a climber with a broken back, and since this morning I can't "
            "feel my own legs properly. My back is agony.",
            "emergency",
        ),
    ],
    "course": [
        (
            "Did a first aid course on Monday and this afternoon I fell off the loft ladder onto "
            "my back. It really hurts to move.",
            "emergency",
        ),
    ],
    "form": [
        (
            "111 went through the questions and it was no to all of them except one: I haven't "
            "been able to pee since this morning. Back pain for three days.",
            "emergency",
        ),
        (
            "The physio's form asked about numbness around the bottom. I said no but actually it "
            "does feel numb when I wipe since yesterday, with my back pain.",
            "emergency",
        ),
    ],
    "care": [
        (
            "Care home night shift: one of our residents with chronic back pain hasn't passed "
            "urine since tea time tonight and his belly is swollen. What should I do?",
            "emergency",
        ),
    ],
    "claimed": [
        (
            "Our lecture covered cauda equina: numb bum, urinary retention. Weirdly I've got "
            "both of those.",
            "emergency",
        ),
        (
            "In the film a man couldn't feel his legs after a fall, and honestly same here since "
            "this morning.",
            "emergency",
        ),
        (
            "The first aid trainer said chest pain going through to the back is a heart attack "
            "sign. Got exactly that.",
            "emergency",
        ),
        ("physio student here: both legs weak and numb, is it cauda equina?", "emergency"),
        (
            "numb bum and can't pee since Monday, I have exams next week, should I still sit them?",
            "emergency",
        ),
    ],
    "race": [
        (
            "Ran a marathon on Sunday and my legs were like jelly at the end, which I expected, "
            "but it's Thursday and they're still giving way at rest, with bad back pain.",
            "emergency",
        ),
    ],
}

class_tests(globals(), CALM, KEPT, {})


def test_a_function_asked_on_a_form_and_answered_no_is_the_sign() -> None:
    assert (
        tier(
            "111 went through the questions. Can you feel your bottom when you wipe? No. Back "
            "pain since Monday."
        )
        == "emergency"
    )


def test_a_joke_of_someone_elses_claims_nothing() -> None:
    # the study frame forms only where the list's topic is named ("the red flags"): a bare
    # "Revising for my OSCE: <signs>" could be the student's own list and stays raised
    framed = (
        "Revising the red flags for my OSCE: saddle anaesthesia, urinary retention, bowel "
        "incontinence, both legs weak."
    )
    assert tier(f"{framed} Someone in my study group always jokes 'that's me'. Any tips?") is None
    assert tier(f"{framed} That's me right now. What do I do?") == "emergency"


def test_a_plea_frames_nothing() -> None:
    assert SAFETY.check_rules(
        "Watching a film about a paralysed man and my legs have gone numb, what do I do?"
    )


def test_the_end_of_the_day_is_no_race() -> None:
    assert (
        tier("I run a lot, but by the end of the day both my legs are numb and my back aches")
        == "emergency"
    )
