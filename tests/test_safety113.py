"""safety113 (issue #12): emergencies every version missed, fixed by class, with each class's
real twins (other wordings that must now raise) and calm twins (what a reviewer would write
next, which must stay quiet).

- A question about how long one may go without weeing, answered at once by the asker's own
  figure ("it's been 14 hours", "hasn't been since 6am"): asked_figure.py.
- Pain told going into the tummy is pain there (BELLY_PAIN): sudden severe back pain spreading to
  the tummy in an older person is the aneurysm's emergency.
- A fall's height told at the far end of its sentence ("from about 2 metres up"):
  fall_heights.py.
- Pain the same over a list of positions parted by commas: position_lists.py.
- A person felt hot to the touch, and pain shown when moved ("groaning when they move her"):
  felt_heat.py and PAIN.
- Legs that "went" at the end of their clause are legs giving way (WEAK and LEGS).
- "used to" then a change ("but now it doesn't"): changed_habits.py.
- A numbness told going on after its seat into a later time of day: days_after.py.
- "every six months" is how often, not how long (eased.durations): red flags 36's peripheral
  neuropathy line quiet again.
"""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# (line, the least tier it must raise); the first of each class is the set's miss
RAISED = [
    # a question's stretch, the asker's figure
    (
        "how many hours is too long without weeing? it's been 14 hours, I've drunk loads, back"
        " pain since Friday",
        "emergency",
    ),
    (
        "General question - how long can someone go without weeing before its dangerous?"
        " Husband's bad back, hasn't been since 6am and it's 9pm",
        "emergency",
    ),
    (
        "how long can you go without peeing? I haven't been for 12 hours and my back is killing me",
        "emergency",
    ),
    ("how long is too long without a wee? it's been 2 days, back is sore", "emergency"),
    (
        "is it dangerous, how long can a person go without urinating? my dad has not been for"
        " about 15 hours. bad back",
        "emergency",
    ),
    # pain into the tummy, sudden and severe, older
    (
        "back pain came on suddenly an hour ago, worst pain of my life, tearing, going into my"
        " tummy, I'm 70",
        "emergency",
    ),
    (
        "Dad is 78, his back pain started suddenly this morning, it's agony and it's spreading"
        " round to his belly",
        "emergency",
    ),
    (
        "my husband (74) has sudden excruciating back pain radiating into his abdomen",
        "emergency",
    ),
    # a fall's height told as where it began
    (
        "pupil fell backwards off the wall bars in the gym this afternoon, flat on her back from"
        " about 2 metres up. Teary but walking. anything to watch for tonight?",
        "emergency",
    ),
    (
        "my son fell off the climbing wall at the leisure centre during his lesson, ended up on"
        " his back from roughly 3 metres up. Seems ok",
        "emergency",
    ),
    # pain the same over a list of positions
    (
        "I've rested for a week like the leaflet said and it makes no difference at all, it's"
        " the same sitting, lying or standing",
        "soon",
    ),
    ("my back pain is the same sitting, lying or standing", "soon"),
    ("the ache in my back is no different whether I'm sitting, lying down or standing up", "soon"),
    ("back pain for 3 weeks and it's the same sitting, standing, walking or lying in bed", "soon"),
    # a person hot to the touch; pain shown when moved
    (
        "Nan (91) is in a care home and the carers rang to say she's off her food, hot to touch"
        " and groaning when they move her. They think it's her back. The GP isn't due in till"
        " Wednesday and they asked if I wanted them to call 111. I don't want to make a fuss but"
        " she's not herself at all",
        "urgent",
    ),
    ("my dad is 84 and his back is bad, he's hot to the touch and won't eat", "urgent"),
    ("Mum's back has been agony all week and today she is really hot to touch", "urgent"),
    (
        "my mum moans when we move her, they think it's her back, and she's shivery and hot to"
        " touch",
        "urgent",
    ),
    # legs that went
    (
        "My back gave way lifting the kids and my legs went. I had a prolapsed disc that was"
        " treated. That was 5 years ago, all good since.",
        "emergency",
    ),
    ("My back gave way lifting the kids and my legs went.", "emergency"),
    ("I bent down to pick up the washing and my legs just went, back is agony", "emergency"),
    # a habit of passing, changed
    (
        "numb bum on the saddle, it used to go as soon as I got off but now it doesn't, 3 days now",
        "emergency",
    ),
    (
        "my bits go numb on the bike, used to wear off in minutes but not any more, it's been 2"
        " days",
        "emergency",
    ),
    (
        "both legs tingly after running, it used to settle after a shower but now it stays all day",
        "emergency",
    ),
    # a numbness going on after its seat, into a later day
    (
        "Blamed the cheap folding chairs at the festival for my numb bum but it's been numb for"
        " the whole drive home and today as well",
        "emergency",
    ),
    (
        "Blamed the hard seats at the match for my numb bum but it stayed numb on the coach home"
        " and today too",
        "emergency",
    ),
    # a duration told beside the frequency class stays a duration
    (
        "after a 10 hour flight my bum has been numb for 2 days now, eases a bit when I walk about",
        "emergency",
    ),
]

CALM = [
    # no figure, a short one, or no function denied
    "how many hours is too long without weeing? just wondering for a long flight, my back aches"
    " on planes",
    "how long can you go without weeing? it's been 3 hours and I'm on a coach, back is stiff",
    "how long can you go without weeing? I've been fine, went an hour ago, bad back though",
    "how long can you go without drinking water? it's been 14 hours, my back aches",
    "how long can you go without a poo? it's been 3 days on codeine for my back",
    "how long should I go without lifting after a back strain? it's been 10 days",
    # the tummy without the aneurysm's cluster
    "I'm 70, my back aches after gardening and sometimes the ache goes round to my tummy, it's"
    " been like that for years",
    "I'm 30, sudden bad back pain from lifting, going into my tummy a bit",
    "I'm 72 and my food is going into my tummy fine, just a stiff back",
    # a height told as a distance or a stature
    "pupil fell backwards off the wall bars in the gym this afternoon, flat on her back about 2"
    " metres from the mats. Teary but walking. anything to watch for tonight?",
    "pupil fell backwards off the wall bars in the gym this afternoon, flat on her back, she is"
    " nearly 2 metres tall for 14. Teary but walking.",
    # a list of positions with no sameness, or asked about
    "which is best for back pain: sitting, lying or standing?",
    "my back is worse sitting, better lying or standing",
    "is disc pressure the same sitting, lying or standing? just reading about it",
    # a thing hot to the touch; a child's tantrum
    "my heat pad is hot to the touch, is that ok for my back?",
    "I put a wheat bag on her back, hot to the touch, and she said it helped",
    "the bath was hot to the touch so I let it cool before getting in with my bad back",
    "my toddler screams when I dress him, it's a phase, his back is fine",
    # legs that went somewhere
    "my legs went to the gym and so did my back lol, what stretches?",
    # a habit over, unchanged
    "numb bum on the saddle, used to get that as a kid, now I'm fine, which saddle is best?",
    "my back used to ache after cycling, now it's much better",
    "numb bum on the saddle, it used to go as soon as I got off, new saddle fixed it",
    # a day after the seat told with no lasting
    "my bum went numb on the hard benches at the wedding but it was fine once I stood up, and"
    " today all good",
    "numb bum on the long drive home but it went after a walk, back a bit stiff today as well",
    # how often, not how long
    "both feet numb for years from diabetic neuropathy, nurse checks them every three months,"
    " back stiff after gardening",
]

# red flags 36's line that safety111's durations re-flagged: "every six months" is a frequency
NEUROPATHY = (
    "Diabetic for 15 years. Both my feet have been numb for ages - peripheral neuropathy,"
    " diagnosed in 2017, the podiatrist checks them every six months and says nothing has"
    " changed. My lower back's been achy since I dug over the allotment on Saturday. It's just a"
    " general ache across the bottom of my back, no numbness anywhere new, bladder and bowels"
    " normal, walking fine apart from being stiff in the mornings. Heat or ice? And is it OK to"
    " keep going to my aqua aerobics?"
)


@pytest.mark.parametrize(("line", "least"), RAISED, ids=range(len(RAISED)))
def test_a_sign_of_the_classes_raises_its_tier(line: str, least: str) -> None:
    raised = tier(line)
    assert RANK[raised] >= RANK[least], (line, raised)


@pytest.mark.parametrize("line", CALM, ids=range(len(CALM)))
def test_a_calm_twin_raises_nothing(line: str) -> None:
    assert tier(line) is None, (line, [f.id for f in SAFETY.check(line)])


def test_a_frequency_outlasts_no_diagnosed_condition() -> None:
    assert tier(NEUROPATHY) is None


def test_the_figure_is_someone_elses_when_its_sentence_is() -> None:
    """The husband's retention is his, read by the rule's 'others_now' combination."""
    line = RAISED[1][0]
    kept = [m for m in SAFETY.mentions(line) if m.concept == "RETENTION"]
    assert kept and all(m.other for m in kept)


def test_the_aneurysm_reads_from_the_rules() -> None:
    assert "sepsis-shock" in {f.id for f in SAFETY.check_rules(RAISED[5][0])}
