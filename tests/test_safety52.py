"""safety52 (issue #12): red flags 27's false alarms by class, each with the red-flag twins of
its frame, which keep their notices.

1. A form's questions read aloud and each answered "No." (a 111 call, a GP's or a physio's
   questions): "Any numbness between your legs or around your bottom? No. Have you lost control
   of your bowels? No." Longer than a checklist's item (up to 12 words), opening with "any" or
   put to "you" with a form's auxiliary; a no taken back after its stop ("No. Well, ...",
   "No... a bit") or a question answered yes keeps the sign.
2. A relative's story long over told on in the next sentence by a pronoun alone ("My uncle had
   cauda equina syndrome back in 1998. He was a builder, ... he'd lost control of his bladder"):
   that sentence is the story's too, unless it tells something now or names someone new.
3. The asker's sign told by echoing someone else's with "mine" ("... lost control of her bladder,
   and I lost control of mine this morning": review17's miss, which 2 would otherwise have hidden
   behind the relative's sign read as live).
4. A cared-for person's long-standing condition ("my husband who's had a spinal cord injury
   since 2010 and uses a catheter"): "since <a year before 2023>" is a LONG_STANDING time, and a
   long-standing sign is no new change whoever has it (past.py read only the asker's so); a
   time course or "now" in its sentence keeps it live.
5. A player's own character named with its game ("my D&D character got a spinal injury and can't
   walk lol"): the asker's possessive no real person's; "not in my character to moan" names no
   game and keeps the signs after it.
6. A page's safety net quoted beside the asker already better ("see a GP if the pain hasn't
   improved after a few weeks. mine's only been 3 days and it's already better"): "already" before
   a word of getting better tells no condition come true, and "it's already better" affirms
   nothing; "It already has" still does.

Each line is tested short, inside a message of more than 200 words, with an ordinary second
question appended, and as one line of a batch (tests/safety_cases.py's class_tests)."""

from __future__ import annotations

from tests.safety_cases import class_tests, long_message, rules

# 1: a form's questions to "you", each answered a bare no in its own sentence
ASKED_NO_CALM = [
    "Any numbness between your legs or around your bottom? No. My back is stiff from gardening, stretches?",
    "The GP went through her questions. Have you lost control of your bowels? No. Any weakness in your legs? No. Which mattress is best for a sore back?",
    "Any problems passing urine? No. Any numbness around your bottom or genitals? No. Any weakness in both legs? No. I'm 30 with a desk job, how long should I sit?",
    "The physio asked the usual. Did you have a bad fall or an accident? No. Do you have any numbness in your saddle area? No. Is walking good for a sore back?",
]
ASKED_NO_KEPT = [
    (
        "Any numbness between your legs or around your bottom? Yes, since this morning. My back is agony.",
        "emergency",
    ),
    (
        "Have you lost control of your bowels? No. Well, I soiled myself this morning and my back is agony.",
        "emergency",
    ),
    (
        "Any weakness in your legs? No. Any numbness around your bottom? Yes. Back pain since Monday.",
        "emergency",
    ),
    (
        "Any problems passing urine? No. But since last night I can't feel when my bladder is full.",
        "emergency",
    ),
    (
        "Any numbness around your bottom? No... well, a bit since yesterday, and my back hurts.",
        "emergency",
    ),
    (
        "Any numbness around your bottom? No. Actually a bit since yesterday, back agony.",
        "emergency",
    ),
    # a function put to "you" and answered no is its loss
    ("Is your bladder control normal? No. My back is agony.", "emergency"),
]

# 2: a relative's story long over, told on in the next sentence by "he", "his" alone
LONG_AGO_CALM = [
    "My uncle had cauda equina syndrome back in 1998. He was a builder, his disc went, and by the time they operated he'd lost control of his bladder and never fully got it back. My back aches after decorating, heat or cold?",
    "My grandad had a spinal tumour in the 1970s. He ended up unable to walk or control his bladder. My lower back is sore from the garden, stretches?",
]
LONG_AGO_KEPT = [
    (
        "My uncle had cauda equina syndrome back in 1998. He lost control of his bladder. This morning I lost control of my bladder and my back is agony.",
        "emergency",
    ),
    (
        "My uncle had back surgery in 1998. Since yesterday he can't pee and his back is agony.",
        "emergency",
    ),
    (
        "My uncle had cauda equina syndrome back in 1998. He lost control of his bladder. Now he has wet himself again and his back is agony.",
        "emergency",
    ),
    (
        "My uncle had cauda equina syndrome in 1998. His wife can't pee since this morning and her back is agony.",
        "emergency",
    ),
    (
        "My grandad had a spinal tumour in the 1970s. He ended up unable to walk. Since Monday both my legs are numb and my back hurts.",
        "emergency",
    ),
]
# 3: the asker's sign told by echoing someone else's words with "mine" (review17's miss)
MINE_KEPT = [
    (
        "My late mum had a spinal tumour and lost control of her bladder, and I lost control of mine this morning",
        "emergency",
    ),
    (
        "My uncle had cauda equina syndrome back in 1998. He lost control of his bladder. This morning I lost control of mine and my back is agony.",
        "emergency",
    ),
]
MINE_CALM = [
    "My uncle had cauda equina syndrome back in 1998. He lost control of his bladder. I haven't lost control of mine, thankfully, just a sore back.",
]

# 4: a cared-for person's long-standing condition ("since 2010", "for years"), beside the carer's
# own back
STANDING_CALM = [
    "I look after my husband who's had a spinal cord injury since 2010 and uses a catheter. My question is about my own back from the transfers, is a slide sheet worth it?",
    "My husband has used a catheter for years since his spinal injury. My back aches from lifting him, tips?",
    "I've had a spinal cord injury since 2010 and use a catheter. My back aches from the wheelchair, cushions?",
]
STANDING_KEPT = [
    (
        "My husband has had a catheter since 2010, and since this morning it won't drain and his back is agony.",
        "emergency",
    ),
    (
        "My husband has had a spinal injury since 2010. Since last night he's wet himself twice and his back is killing him.",
        "emergency",
    ),
    (
        "I look after my husband who's had a spinal cord injury since 2010 and uses a catheter. Since this morning I can't pee myself and my back is agony.",
        "emergency",
    ),
    (
        "My husband has had MS for years and since yesterday he can't pee, his back is sore.",
        "emergency",
    ),
    ("My mum has been incontinent since 2026 and her back is sore.", "emergency"),
]

# 6: a page's safety net ("see a GP if not improved after a few weeks") beside the asker already
# better (short only: the long message's padding, "has started selling", is a 'told' word)
NET_CALM = [
    "the NHS website says see a GP if the pain hasn't improved after a few weeks. mine's only been 3 days and it's already better, so I'm fine to just keep going?",
    "The leaflet says see a GP if the pain hasn't improved after a few weeks. Mine is already easing, can I go swimming?",
]
NET_KEPT = [
    (
        "The leaflet says go to A&E if your bum goes numb. It already has, and my back is agony.",
        "emergency",
    ),
    (
        "111 said to call 999 if I lose control of my bladder. I already have, twice, back agony.",
        "emergency",
    ),
    (
        "The GP said to call 999 if my legs go numb. They already feel better but went numb again this morning.",
        "emergency",
    ),
    (
        "The NHS website says see a GP if the pain hasn't improved after a few weeks. Mine is 5 weeks and no better, what now?",
        "soon",
    ),
]
# 5: a player's own character, named with its game (short only: holder.py's characters read the
# whole message, and the long message's padding, "has started selling", tells something live)
CHARACTER_CALM = [
    "my D&D character got a spinal injury and can't walk lol. in real life I just have a sore back from sitting 6 hours at the table. posture tips for long game nights?",
    "My Skyrim character lost the use of both legs after a fall. My back aches from gaming, chair tips?",
    "My wizard character got paralysed from the waist down by a curse. Sitting at the table all night made my back stiff, tips?",
]
CHARACTER_KEPT = [
    (
        "It's not in my character to moan but both my legs have gone numb since last night and my back is agony.",
        "emergency",
    ),
    (
        "It's not in my usual character to moan but both my legs have gone numb and my back is agony.",
        "emergency",
    ),
    (
        "my D&D character got a spinal injury and can't walk lol. in real life both my legs went numb this morning, help",
        "emergency",
    ),
    ("my D&D character can't walk and neither can I since this morning, back agony", "emergency"),
]

CLASSES_CALM = {
    "asked_no": ASKED_NO_CALM,
    "long_ago": LONG_AGO_CALM,
    "mine": MINE_CALM,
    "standing": STANDING_CALM,
}
SHORT_CALM = {"character": CHARACTER_CALM, "net": NET_CALM}
CLASSES_KEPT = {
    "asked_no": ASKED_NO_KEPT,
    "long_ago": LONG_AGO_KEPT,
    "mine": MINE_KEPT,
    "standing": STANDING_KEPT,
    "character": CHARACTER_KEPT,
    "net": NET_KEPT,
}
class_tests(globals(), CLASSES_CALM, CLASSES_KEPT, SHORT_CALM)


def test_a_111_calls_questions_answered_no_raise_no_rule() -> None:
    """Red flags 27's 111 call, its questions told as asked: the rules read each answered no
    (the learned check still reads the long message as an emergency: left, docs/safety.md)."""
    call = (
        "The woman went through all her questions. Any numbness between your legs or around your "
        "bottom? No. Any problems passing urine? No. Have you lost control of your bowels? No. Any "
        "weakness in your legs? No. Any fever? No. Did you have a fall or accident? No. Should I "
        "go into work tomorrow?"
    )
    assert rules(call) == set()
    assert rules(long_message(call)) == set()
