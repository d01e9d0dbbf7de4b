"""safety78 (issue #12, red flags 30): misses and false alarms fixed by class, each class with
twins in the same frame that must keep (or get) their notice.

Misses: an animal in a simile owns no signs ("sick as a dog with my back and a fever", the
Australian "crook as a dog"; others._simile, inside a phrase too), and "sick/crook ... with my
back" is back trouble; a second-person description claimed by "that." alone or "that's what I've
got" (echo 'whole', "what" an echo word). False alarms: a definition asked with "my back is
fine" (WELL); weight dropped by skipping meals (INTENDED); a Q/A form's labels
(checklist._without_qa_labels); a sauna's or the gym's sweat in a clause of its own (cause_reach
SWEAT)."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY


def _top(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


# misses: a simile's animal, a described sign claimed ------------------------------------------

RAISED = [
    ("sick as a dog with my back and a fever", "urgent"),
    ("been crook as a dog with the back and a fever, sweatin and shiverin all night", "urgent"),
    ("sick as a parrot with my back, fever and shivers since Tuesday", "urgent"),
    ("I'm sick like a dog with my lower back and a temperature of 38.7", "urgent"),
    ("sick like dog with back and fever two days, what I do", "urgent"),
    ("you know when you can't feel the loo seat? that.", "emergency"),
    ("you know when you can't feel the loo seat when you sit? that's what I've got", "emergency"),
    ("ya know when u cant feel ur legs properly, both of them? this.", "emergency"),
    (
        "you know when you go to wee and nothing comes out? that is what i have since tuesday",
        "emergency",
    ),
    # the twins of the false alarms below, in the same frames
    ("what does saddle anaesthesia mean? I think I have it", "emergency"),
    (
        "What does saddle anaesthesia mean? My back is fine but my bum has been numb since Monday",
        "emergency",
    ),
    ("losing weight even though I'm eating normally, and my back aches at night", "soon"),
    (
        "Q: Any numbness in your legs? A: a bit more numb than usual, both. Q: Bladder normal? A: Yes.",
        "emergency",
    ),
    (
        "Q: Any numbness in your legs? A: No. Q: Bladder normal? A: No, I can't pee since last night.",
        "emergency",
    ),
    (
        "sauna after the gym, love it. but been waking up soaked in sweat every night for a fortnight, "
        "lower back pain too, no idea why",
        "urgent",
    ),
    (
        "after the steam room I've had a temperature of 38.6 all evening and my back is killing me",
        "urgent",
    ),
]

QUIET = [
    # a pet's signs stay the pet's
    "my dog has a fever and can't walk",
    "our dog's been sick as a dog with his back and a fever, vet tomorrow",
    "hungry as a horse lately, my back is a bit stiff after gardening, stretches?",
    # a definition asked, the back fine
    "What does 'saddle anaesthesia' actually mean? Saw it on the NHS page. Just curious, my back "
    "is fine.",
    "what does 'bilateral sciatica' mean? my back's fine, just nosy",
    # weight dropped for a reason told
    "started night shifts in June, dropped 3kg cos I skip meals at 3am, back gets tight at the end "
    "of a shift. tips for lifting patients safely?",
    "lost 5kg skipping lunch at work, back sore from sitting",
    # a Q/A form answered no, the pain's degree no sign
    "Q: Any numbness in your legs? A: No. Q: Bladder normal? A: Yes. Q: Pain level? A: A bit more "
    "than usual after digging the veg patch, easing.",
    "Q. any numbness in your legs? A. no",
    # the sweat of a sauna or the gym
    "I do sauna 3x a week after the gym, sweat buckets, back feels great after. Is heat good for a "
    "stiff back generally?",
    "We do twenty minutes in the sauna, sweating like a pig, then jump into an ice bath. My back's "
    "been a bit tight from paddling. Is the sauna good for tight back muscles?",
]


@pytest.mark.parametrize(("question", "tier"), RAISED)
def test_the_sign_is_raised_at_its_tier(question: str, tier: str) -> None:
    assert _top(question) == tier, (question, [(f.id, f.urgency) for f in SAFETY.check(question)])


@pytest.mark.parametrize("question", QUIET)
def test_no_sign_of_the_askers_now_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == [], (question, [f.id for f in SAFETY.check(question)])
