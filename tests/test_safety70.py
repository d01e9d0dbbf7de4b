"""safety70 (issue #12, critical): overdoses under-called or missed, by class, in other wordings
than red_flags_safety70.jsonl's.

1. A supply told as taken (OD_SUPPLY): all or every one of a named medicine or kind ("all my
   sleeping pills", "all his oxycodone"), the rest of it, every tablet someone had, a whole strip,
   by the asker or by someone they care for, in any tense: the crisis rule's emergency (the NHS page
   'Overdose': A&E or 999 at once, even when well); by mistake, overdose-accidental. A routine told
   beside it ("as prescribed", "this morning", "with breakfast": OD_ROUTINE, OD_ROUTINE_TIME), a
   supply over days, carried or returned, or a variety ("all kinds of painkillers": OD_NOT_SUPPLY)
   keeps it quiet; "took all my tablets" with no medicine named stays a day's dose.
2. A count past a limit the message states (OD_LIMIT + OD_OVER: "max 8 a day ... I took 10",
   "do not exceed 6 ... had 9", "more than you should ... had 14 of them"): overdose-accidental. A
   count at or under the limit, or over days, is dosing.
3. A wish for everything to stop beside an amount taken (OD_PURPOSE: "wanted everything else to
   stop too", "want it all to stop"): the crisis rule, within 16 words now (an overdose and its aim
   told in one run-on sentence)."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, class_tests, flagged

CALM = {
    "routine": [
        "Dad has taken all his tablets as the doctor said, is walking ok for his back?",
        "I took all my naproxen with breakfast, back still stiff.",
        "My wife took all her morning meds, her back is a bit stiff.",
        "Took every tablet on my chart as prescribed, is a heat pad safe with them?",
        "Mum swallowed her tablets whole, is that ok with her back being so stiff?",
    ],
    "limit": [
        "The leaflet says no more than 8 in 24 hours and I've had 6, can I take 2 at bedtime?",
        "Box says max 6 ibuprofen a day, I had 3 with lunch, what else helps my back?",
        "What is the maximum number of co-codamol in a day? I had 2 this morning.",
        "I had 10 sessions of physio and the maximum on the NHS is 12, is it worth more?",
    ],
    "fed up": [
        "I want everything to stop aching, which mattress is best for my back?",
        "I took all my physio's advice about painkillers and stopped them, what next for my back?",
    ],
    "carried or tried": [
        "We took all the tramadol out of the house when the grandchildren came, is heat ok?",
        "I took all my old naproxen back to the chemist, what can I use for my back instead?",
        "I've taken all kinds of painkillers for my back and none of them help.",
        "Took all my codeine with me on holiday and my back was fine.",
        "I've taken every painkiller under the sun for this back, what now?",
    ],
}

KEPT = {
    "supply": [
        ("My sister has swallowed all her zopiclone.", "emergency"),
        ("i have took every last one of my codeine, back still hurt.", "emergency"),
        ("Grandad took the rest of his morphine tablets after tea.", "emergency"),
        ("I've taken all the pills I had left for my back.", "emergency"),
        ("He downed the whole blister of tramadol.", "emergency"),
        ("I had a full box of co-codamol and swallowed the lot.", "emergency"),
        ("My son took what was left of my pregabalin.", "emergency"),
    ],
    "limit": [
        ("The label says never more than 8 a day. I've taken 11 since midnight.", "emergency"),
        ("It says do not take more than 6 in 24 hours and Mum has had twelve.", "emergency"),
        ("Max is 8 in a day according to the box, but I had 13 of them today.", "emergency"),
    ],
    "accident": [
        ("I forgot I'd already had them and took all my tramadol.", "emergency"),
    ],
    "wish": [
        ("i had 9 of the co-codamol, honestly i want it all to stop.", "emergency"),
        ("Took loads of my pregabalin, I just wanted everything to end.", "emergency"),
    ],
}

IDS = {
    "supply": "crisis",
    "limit": "overdose-accidental",
    "accident": "overdose-accidental",
    "wish": "crisis",
}

class_tests(globals(), CALM, KEPT, {}, ids=IDS)


@pytest.mark.parametrize(
    "question",
    [
        "I've taken all my tablets today as prescribed but my back still hurts.",
        "took all my meds this morning, back still stiff",
        "The whole strip is 16 tablets, how many can I take?",
        "the pharmacist said max 8 in 24 hours so I've had 8 and stopped",
        "I took all the tablets the GP gave me over the last two weeks",
    ],
)
def test_a_routine_a_question_or_a_dose_at_the_limit_raises_no_overdose(question: str) -> None:
    assert not flagged(question) & {"crisis", "overdose-accidental"}, question


def test_a_count_past_the_limit_over_days_is_dosing() -> None:
    """OD_DAYS bars the count (not OD_SPREAD's 'a day', which the limit's own sentence says)."""
    assert not flagged("The box says max 8 a day and I've had 20 over the last 3 days.") & {
        "crisis",
        "overdose-accidental",
    }
    assert "overdose-accidental" in flagged("The box says max 8 a day and I've had 20 today.")


def test_number_words_past_twelve_are_counts() -> None:
    assert "overdose-accidental" in flagged("Leaflet says no more than 8 a day, I took fourteen.")
    assert SAFETY.check("Leaflet says no more than 8 a day, I took four.") == []
