"""safety59 (issue #12, red flags 27): someone else's signs disowned by the asker's contrast with
their own case (contrasted.py); signs of several kinds all denied, the case settling, raise no
learned emergency (denied.py); "ITEM: never" on a form denies the item (checklist_words 'lost').

Calm: a nurse's, a care worker's, a reader's or a course's signs told before "mine is nothing
like that" and the asker's calm back; a message denying numbness, the bladder and the legs that
tells its back getting better. Kept: the asker's own sign told beside the contrast, someone
else's sign told now or with a plea, a sign told before anyone is named, an answer yes or a no
taken back, a sign told live among the denials."""

from __future__ import annotations

from tests.safety_cases import SAFETY, class_tests, tier

CALM = {
    "contrast": [
        "I work on a spinal ward. Last week a man came in after a car crash who couldn't feel his "
        "legs and had lost control of his bladder. Mine is nothing like that, my lower back just "
        "aches after a long shift. Any stretches for the break room?",
        "I'm a carer in a home and several of my residents are incontinent and some can't feel "
        "their legs. I don't have any of the stuff they have, my back just gets stiff from the "
        "hoisting. Is a back brace worth it?",
        "In the book I'm reading the hero falls off a horse and can't feel his legs and wets "
        "himself. Mine is nothing like his, just a stiff lower back from gardening. Heat or ice?",
        "On the first aid course the instructor listed what to look for after a fall from height: "
        "numbness in both legs, incontinence, loss of feeling. Nothing like the stuff on the "
        "course for me, my back is just sore from kneeling. Any tips?",
    ],
    "denied": [
        "nothing numb, peeing and pooing normal, legs both fine. pain in my right buttock only, "
        "5 days, improving. can I cycle?",
        "no numbness, bladder and bowels normal, both legs fine, just a stiff lower back for 3 "
        "days and it's getting better. should I keep walking?",
        "The GP checked me over: no numbness, bladder fine, bowels fine, legs fine. She said it "
        "was a simple strain. How long until I can run?",
    ],
    "never": ["Back pain since Monday after gardening. Cancer: never. Fever: no. Heat or ice?"],
}
KEPT = {
    "contrast": [
        (
            "I'm a nurse and a patient on my ward can't feel his legs now, what do I do? Mine is "
            "nothing like that, my back just aches.",
            "emergency",
        ),
        (
            "I work on a spinal ward and a man came in who couldn't feel his legs. Mine is nothing "
            "like his, but my own legs are numb tonight and I can't feel my bum.",
            "emergency",
        ),
        (
            "In the book I'm reading the hero wets himself after a fall. Mine is nothing like his, "
            "but now I wet myself when I stand up.",
            "emergency",
        ),
        (
            "My dad fell off a ladder onto his back and can't feel his legs since this morning. I "
            "have nothing like that.",
            "emergency",
        ),
        (
            "Both legs went numb and I wet myself in the trainer's class. Nothing like the stuff "
            "in the course, I know.",
            "emergency",
        ),
        ("Suddenly both legs went numb. Nothing like that ever happened before.", "emergency"),
    ],
    "denied": [
        (
            "no numbness, bladder and bowels normal. both legs weak and getting worse since "
            "yesterday",
            "emergency",
        ),
        (
            "Called 111. Any numbness around your bottom? No. Any problems passing urine? No. Any "
            "weakness in your legs? No. Actually yes, this morning. She said it was a simple strain.",
            "emergency",
        ),
        (
            "no numbness, bowels fine, legs fine, a bit better, but I haven't had a wee since "
            "yesterday",
            "emergency",
        ),
    ],
    "never": [("Back pain for a week. Cancer: yes, breast, in 2019.", "urgent")],
}

class_tests(globals(), CALM, KEPT, {})


def test_a_bladder_control_item_answered_never_is_the_loss() -> None:
    assert tier("Back pain for a week. Bladder control: never.") == "emergency"


def test_the_contrast_disowns_only_signs_told_before_it() -> None:
    # the asker's sign after the contrast is theirs
    text = (
        "My friend had sciatica in both legs. Mine is nothing like hers. Since this morning I "
        "can't feel my bum."
    )
    assert {f.id for f in SAFETY.check(text)} >= {"cauda-equina-saddle"}
