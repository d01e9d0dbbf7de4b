"""safety104 (issue #12, red flags 34/35): the learned check alone on signs a cause explained, and
signs over, cleared or someone else's, read as classes; with the signs each reading must still
let through.

- Signs a named cause explains (causes.py, expected.py's exertion) leave a trace (explained.py):
  the learned check's emergency is held when the message without their words is no sure one.
- A sign told passed in a sentence dated long ago is over (dated_over.py); a check that found
  nothing (a scan clear, seen in A&E) explains a sign told over as a procedure does (expected.py).
- "recovered almost completely", "both back to normal" end a long-ago story (FULL_RECOVERY).
- A form's question quoted with its choices, answered in a letter (form_answers.py).
- A claim someone else makes about signs in general (hearsay.py).
- A relative's cancer or osteoporosis (relatives_history.py) and a list the asker denied
  (denied_lists.py): the learned check's notice is what the rest of the message reads."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

QUIET = [
    # a cause named: the learned check reads the message without the explained sign's words
    "this sofa is so squishy i cant feel the cushion under my bum when i sit, is it bad for my"
    " lower back?",
    "this new chair is so soft i cant even feel the seat under my bum when i sit down is memory"
    " foam actually good for a bad lower back",
    # passed, in a sentence dated long ago
    "After my spinal op in 2018 I had trouble peeing for a day, catheter, all resolved. Now I just"
    " want advice on core exercises.",
    "Had a catheter after my op years ago for a week, all fine since. Back is stiff now.",
    # checked and cleared, told over
    "Had numbness down there checked in A&E last month, MRI clear, it went completely within the"
    " day. Back's just a bit achy now from sitting around, can I go back to the gym?",
    "Had a numb bum on Tuesday, checked at A&E, scan clear, gone by the evening. Can I run?",
    # a long-ago story up to a recovery nearly complete
    "Two years ago I had cauda equina: numb bum, couldn't pee, weak legs. Surgery that night and"
    " I've nearly fully recovered, bladder and feeling all back to normal. Can I start running?",
    # a form's choices and a letter answer
    "pre-op form asks 'any incontinence? Y/N' — I put N, right, even though my back hurts? it's"
    " unrelated",
    'The 111 questionnaire asked "Any numbness around your bottom? (yes/no)" and I ticked N. Back'
    " is sore from lifting.",
    "Physio form asked any trouble peeing? Y/N. I circled N. Lower back ache since Monday.",
    # someone else's claim about signs in general
    "Bloke at work says if your back hurts at night it's cancer. Mine only hurts when I get out of"
    " the car after a long drive. He's talking rubbish, right?",
    "My mum's a nurse and keeps saying back pain with a fever is serious. I've got back pain but"
    " no fever at all, she's just fussing. How long do strains last?",
    "My mate reckons if you can't feel your bum it means cauda equina. Mine's fine, just a stiff"
    " back.",
    # a relative's history
    "My aunt had breast cancer, does that make my back pain more serious? I've never had cancer"
    " myself, I'm 31.",
    "My mum has osteoporosis so I'm worried about my own bones - I'm 35, no back pain. What"
    " exercise keeps your spine strong?",
    "My sister has osteoporosis, I'm worried I'll get it too. Is swimming good for bones?",
    # a list denied, the asker's calm case beside it
    "The NHS page says see a GP if: you've lost weight without trying, the pain is worse at"
    " night, the pain is between your shoulder blades. None of those. Mine started after"
    " hoovering the stairs on Sunday and is easing.",
    "The leaflet lists numbness around your bottom, trouble peeing and weak legs. None of those."
    " I just pulled it lifting a box.",
]

RAISED = {
    # a real sign beside an explained one
    "Did leg day yesterday, squats and lunges, both legs heavy and shaky today and I can't pee"
    " since this morning": "emergency",
    "Did leg day yesterday, both legs heavy and shaky, and now my bum is numb and I can't feel the"
    " toilet paper.": "emergency",
    "this new chair is so soft i cant even feel the seat under my bum when i sit down, and since"
    " yesterday i cant feel when i wipe either": "emergency",
    # a recent time, a return or "today" keeps a dated or cleared sign live
    "Back in 2018 I had sciatica, and yesterday both legs went numb for an hour, fine now.": (
        "emergency"
    ),
    "After my spinal op in 2018 I had trouble peeing, catheter, all resolved, but today I can't pee"
    " again.": "emergency",
    "Had numbness down there checked in A&E, MRI clear, it went within the day. Now it's back and"
    " I can't pee.": "emergency",
    "Had numbness down there checked in A&E last month, MRI clear, it went within the day, but"
    " since this morning it's numb again.": "emergency",
    "My legs have been numb for two weeks, MRI was clear. What now?": "emergency",
    "Two years ago I had cauda equina: numb bum, couldn't pee. I recovered almost completely but"
    " since yesterday my bum is numb again.": "emergency",
    # a form's question answered yes
    "pre-op form asks 'any incontinence? Y/N' — I put Y, right, even though my back hurts?": (
        "emergency"
    ),
    'The 111 questionnaire asked "Any numbness around your bottom? (yes/no)" and I ticked Y. Back'
    " is sore from lifting.": "emergency",
    "Physio form asked any trouble peeing? Y/N. I circled Y. Lower back ache since Monday.": (
        "emergency"
    ),
    # a claim beside the asker's own sign, or someone's own
    "My mate reckons if you can't feel your bum it means cauda equina. I can't feel my bum since"
    " this morning.": "emergency",
    "My husband says if you can't pee it's serious. He can't pee since last night and his back is"
    " killing him.": "emergency",
    "My husband says his legs have gone numb and he can't pee.": "emergency",
    "I keep saying back pain with a fever is serious, and I have a fever of 39 and back pain.": (
        "urgent"
    ),
    # a relative's own signs, or the asker's beside the history
    "My mum has cancer and now she can't walk, her legs are numb.": "emergency",
    "My aunt had breast cancer. Since this morning I can't feel my legs and I've wet myself.": (
        "emergency"
    ),
    "My aunt had breast cancer. I have a crushing pain in my chest going down my arm.": "emergency",
    "My sister has osteoporosis and her back has been agony since she lifted the shopping.": "soon",
    # the asker's own case beside a denied list
    "The leaflet lists numbness around your bottom, trouble peeing and weak legs. None of those."
    " Mine came on suddenly this morning and I feel awful.": "emergency",
}


@pytest.mark.parametrize("question", QUIET)
def test_an_explained_over_or_someone_elses_sign_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", sorted(RAISED))
def test_the_sign_beside_it_is_still_raised(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == RAISED[question]
