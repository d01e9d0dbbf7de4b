"""safety106 (issue #12, review27): what safety104's quieter readings lost, fixed by class, with the
calm twins those readings must still quiet.

- hearsay.py: a claim someone else makes about signs in general stands down where the message
  holds, outside the claim, the asker's echo of it ("sounds like me", "that's me", "same"), a live
  word ("now", "today") or a plea ("should I go", "what do I do").
- dated_over.py: a date moves to the past only the resolved signs in its own scope: not past a
  contrast ("but") between them, nor past a present perfect ("I've had") after the date.
- echo: a supposed sign said to have come true ("That's what happened last night") is the
  asker's.
- STUCK_DOWN: "can't stand up" ending its clause, "can't get to her feet", after a fall."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

RAISED = {
    # review27: a claim the asker takes up, outside the claim's sentence
    "Google says numb bum plus not being able to wee means cauda equina. Sounds like me tbh": (
        "emergency"
    ),
    "Everyone says if your legs both go numb with a bad back you need A&E. That's me right now,"
    " should I go?": "emergency",
    "A colleague told me that numb legs with back pain means surgery. Same, what do I do?": (
        "emergency"
    ),
    "My trainer says if you can't pee with back pain it's an emergency. I'm like that today": (
        "emergency"
    ),
    "My sister reckons a numb bum means you need A&E. That's exactly me, should I be worried?": (
        "emergency"
    ),
    # review27: a new episode after a contrast or a present perfect, past the date's scope
    "Years ago I had sciatica that cleared up, but I've had numbness round my bottom which went"
    " away on its own, is this the same?": "emergency",
    "In 2015 I had a bad back that settled, though I have had numbness down there that went away"
    " by itself": "emergency",
    "A long time ago I had a slipped disc which got better, but I've been having trouble peeing"
    " which sorted itself out, normal?": "emergency",
    # review27: a supposed sign said to have come true
    "My physio said if I ever can't pee I should go straight to A&E. That's what happened last"
    " night, I only got a trickle out. Everything else feels fine": "emergency",
    "The leaflet says if you can't feel your bum go to A&E. That's what's happening to me since"
    " this morning": "emergency",
    # review27: a fall with thin bones, then unable to stand
    "My wife has osteoporosis and she's just slipped off the step and can't stand up, pain is"
    " terrible": "emergency",
    "Mum slipped in the kitchen and can't get to her feet, her back hurts": "emergency",
}

QUIET = [
    # someone else's claim, the asker's case told apart (safety104's, kept)
    "Bloke at work says if your back hurts at night it's cancer. Mine only hurts when I get out of"
    " the car after a long drive. He's talking rubbish, right?",
    "My mum's a nurse and keeps saying back pain with a fever is serious. I've got back pain but"
    " no fever at all, she's just fussing. How long do strains last?",
    "Someone told me a fever with back pain means infection. I don't have a temperature, I'm just"
    " wondering if that's true?",
    "People say losing control of your bladder with back pain is serious. Is that true in"
    " general? Mine is just achy",
    # a date over its own sentence, the sign resolved in its scope
    "After my spinal op in 2018 I had trouble peeing for a day, catheter, all resolved. Now I just"
    " want advice on core exercises.",
    "In 2016 I had numbness down there for a day which all resolved, but my back is just stiff"
    " from gardening. Any stretches?",
    "Back in 2019 I couldn't pee for a day after my op, it all resolved, and I've been fine since."
    " What core exercises are good?",
    # a supposition not come true
    "My GP said if my legs ever both went numb I should call 999. That hasn't happened, just"
    " planning ahead",
    # standing up is hard without a fall, or the clause goes on
    "My back is so stiff in the morning I can't stand up",
    "I can't stand up for long at work because of my back",
]


@pytest.mark.parametrize("question", sorted(RAISED))
def test_the_lost_emergency_is_raised(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == RAISED[question]


@pytest.mark.parametrize("question", QUIET)
def test_the_calm_twin_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []
