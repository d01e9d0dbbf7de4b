"""safety24's readings (docs/safety.md, "Twenty-fourth round"; issue #12): a reassurance about a
live sign is no denial of it; a numb bum from long sitting at a venue or on a journey; a pain
word beside the back is not the legs' pain; red flags 19's classes (a tired phrase is no exercise,
rest that does nothing, a soft landing, senses, care named in an "if I ever" sentence). Each class
in wordings of its own, with the twins that must keep their notice; and the one "is something
live now" helper the readings share."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.safety.reading import tokenize

SAFETY = load_safety()


def rules(question: str) -> set[str]:
    return {f.id for f in SAFETY.check_rules(question)}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a reassurance, reported or the asker's, about a live sign judges the sign: it stays
        ("The nurse told me my legs buckling is normal", "both-legs"),
        ("the physio says numbness in my groin is normal with sciatica", "cauda-equina-saddle"),
        ("the GP said my legs giving way was normal but they still give way", "both-legs"),
        ("my osteopath reckons the tingling in my bum is normal, is it?", "cauda-equina-saddle"),
        (
            "is saddle numbness normal with a slipped disc? I've had it since yesterday",
            "cauda-equina-saddle",
        ),
        # long sitting's twins: a time course or a second sign keeps the notice
        (
            "my bum went numb on the drive on Sunday and it's still numb now, with back pain",
            "cauda-equina-saddle",
        ),
        ("after a long drive my bum is numb and I can't feel when I wipe", "cauda-equina-saddle"),
        (
            "my bum has gone numb since the long meeting yesterday and I can't pee",
            "cauda-equina-bladder",
        ),
        # the back's pain and both legs': a part after the pain binds it; a leg sign stays
        ("back pain going down both legs", "both-legs"),
        ("back pain shooting down both my legs since yesterday", "both-legs"),
        ("my back hurts and both legs ache", "both-legs"),
        ("both legs hurt and my back is sore", "both-legs"),
        (
            "back pain after delivering my baby and now weakness in both legs when i stand",
            "both-legs",
        ),
        # an exercise not felt in its muscle: the twins keep the notice
        (
            "I can't feel my bum doing anything when I sit on the toilet since my back went",
            "cauda-equina-saddle",
        ),
        (
            "I can't feel my bum at all since I did my back in, even when I wipe",
            "cauda-equina-saddle",
        ),
        # a job's objects: the asker's own crash or pads keep the notice
        ("I was fixing my car when another car crashed into me, back hurts", "trauma"),
        (
            "I've had to start using pads for my leaking since yesterday, back pain",
            "cauda-equina-bladder",
        ),
        (
            "one of my residents has become incontinent overnight and can't feel her legs",
            "both-legs",
        ),
        # red flags 19's misses and twins
        (
            "Jelly legs all day, lower back agony, can hardly stand up. Probably just stress?",
            "both-legs",
        ),
        ("Resting does absolutely nothing for my back pain.", "night-pain"),
        ("lying down makes no difference to my back pain", "night-pain"),
        ("I'm 28 and fell off the roof onto the grass, back hurts", "trauma"),
        ("back and chest day yesterday, now crushing chest pain and my back hurts", "chest-heart"),
        (
            "my star sign is Leo and I had cancer last year, now my back hurts at night",
            "cancer-history",
        ),
        (
            "If I ever lose bladder control should I call 999? I'm fine but my legs went numb "
            "this morning",
            "both-legs",
        ),
        (
            "If I ever lose bladder control I'd go to A&E, but right now my bum is numb",
            "cauda-equina-saddle",
        ),
    ],
)
def test_live_signs_keep_their_notice(question: str, expected: str) -> None:
    assert expected in rules(question)


@pytest.mark.parametrize(
    "question",
    [
        # long sitting at a venue or on a journey
        "sitting on the bleachers for the whole match made my bum numb and my back sore",
        "after a five hour gaming session my backside was numb and my lower back ached",
        "my bum always goes numb in the cinema seats and my back aches after",
        "on 10-hour flights my backside goes numb and my lower back aches",
        "long lectures on those wooden benches make my bum numb and my back stiff",
        "at the opera my bottom goes numb by the interval and my back aches",
        # both legs in an exercise or posture, beside the back's own pain ("a sore back"); "my
        # back hurts when I sit with both legs crossed" flags again since review10 (below)
        "is it OK to lift both legs together in leg raises with a sore back?",
        # an exercise not felt in its muscle (redteam9 B5)
        "can't feel the stretch in my backside with the pigeon pose, should I push harder?",
        "my glutes won't switch on; I can't feel my butt working during squats",
        "I don't feel the bridges in my glutes at all, is my back doing the work?",
        # a job's objects (redteam9 B3, held-out 17)
        "I'm a nursing assistant changing continence pads for patients all day; my back aches",
        "I stock catheter bags in the hospital stores and my lower back aches from lifting",
        "I work at a breaker's yard scrapping smashed cars and my back is stiff",
        "panel beater here, repairing vans after collisions all week, my back is sore",
        # red flags 19's classes
        "Slipped off the wall bouldering and landed on the crash mat on my bum, bit bruised",
        "tripped at the barbecue and landed on the grass on my backside, a bit sore today",
        "After chest and back day at the gym my lats are sore. Train through it?",
        "back and shoulders workout yesterday, chest and tris day today, lower back sore",
        "My star sign is Cancer, does that mean I'm prone to back problems?",
        "If I ever did lose bladder control with back pain, would that be A&E or my GP? "
        "Just planning ahead, I'm fine.",
    ],
)
def test_explained_or_supposed_stays_calm(question: str) -> None:
    assert rules(question) == set()


def test_live_now_excludes_care_named_in_the_given_sentences_only() -> None:
    """The one test of "is something live now": care named in a reporting sentence is the
    report's; the same words elsewhere, a plea, or a "now" word are live."""
    breakers, joiners, openers = SAFETY._breakers, SAFETY._joiners, SAFETY._openers
    said = tokenize("The leaflet says call 999.", breakers, joiners, openers)
    assert not SAFETY._live_now(said, {said[0].sentence})
    assert SAFETY._live_now(said)
    pleading = tokenize("The leaflet says call 999. Please help.", breakers, joiners, openers)
    assert SAFETY._live_now(pleading, {pleading[0].sentence})


@pytest.mark.parametrize(
    "question",
    [
        # review10's F1: back pain that has spread into both legs is the both-legs sign, read by
        # the rules (the learned check read no message over NET_MAX_WORDS words before safety29,
        # and reads one by windows now: the rule's id is asserted below), however
        # far the legs are from the pain word
        "back pain that has now spread down into both of my legs",
        "back pain which started yesterday and is now in both legs",
        "low back pain radiating all the way down into both legs since this morning",
        "my back hurts and it has spread to both of my legs",
        "should I use heat for back pain that has now spread to both legs",
        "back pain, and for two days it has gone into both legs",
        "my back pain seems to have moved into both of my legs today",
    ],
)
def test_back_pain_spreading_into_both_legs_is_the_rule_s_sign(question: str) -> None:
    assert "both-legs" in rules(question)


def test_a_long_message_keeps_the_both_legs_sign() -> None:
    padding = (
        "I have had lower back trouble on and off for about six years, mostly after gardening or "
        "long drives, and usually it settles in a week or two with heat and gentle walking. "
    )
    question = (
        padding * 6
        + "This time the back pain has now spread down into both of my legs. Is it okay to fly?"
    )
    assert len(question.split()) > 200
    assert "both-legs" in rules(question)


@pytest.mark.parametrize(
    "question",
    [
        # review10's F2: a negation in the main clause ("it is not normal", "it isn't right") does
        # not reach into the clause "that I ..." opens: the sign there is the asker's, live
        "It is not normal that I cannot pee",
        "It's not normal that I can't pee, is it?",
        "It is not right that I cannot pee since yesterday",
        "surely it isn't OK that I can't feel my bum",
    ],
)
def test_a_negation_does_not_reach_past_that_and_a_subject(question: str) -> None:
    assert rules(question) & {"cauda-equina-bladder", "cauda-equina-saddle"}
