"""safety114 (issue #12, review29): safety112's quieter readings narrowed by class, so that the
red flags the old code caught are caught again, at least at their old tier, and the ordinary
messages safety112 quietened stay quiet.

- A. not_that.py: the affirmation only from the clause right after the denied one, naming what
  it named, at no other time ("was fine yesterday", "before that"), never "normally"; a "not
  like" after a verb of liking or a person, or before a comparison ("my usual self"), compares.
- B. feared.py: the fear sense "scared every ache is cancer" gives way when the cancer is
  possessed, had, or given a course ("my cancer is back", "after mine last year").
- C. thing_heat.py: a bath's or a drink's number stays a fever beside a time or now, a fever
  being treated ("to bring it down", "drinking water") or a pain in its clause.
- D. cleared.py: an all-clear dated then clears only signs dated too, never signs told as now.
- E. footwear too big or loose explains no dragging foot; "it's only that ..." is a complaint,
  not a plain case; a full bladder told keeps the bladder's "it won't come" beside the bowel."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# the ordinary twins each narrowing must keep quiet (safety112's classes)
QUIET = [
    # A: the affirmation names the denied function or its parts, in the next clause
    "It's not that I can't wee, I wee fine, my lower back is just stiff from the gym",
    "not that I can't feel my feet, I can feel them fine, they're just sore after the 10k",
    # B: the bare fear of a cancer, no cancer had
    "Panicking every twinge is cancer after reading a forum. I'm 26 and pulled my back lifting",
    "My dad had bowel cancer so I'm scared every ache is cancer. I'm 31, strained my back"
    " gardening and it's easing already.",
    # C: the bath's heat asked about
    "What temperature should my bath be for a stiff back? Mine's around 40C, is that too hot?",
    # D: an undated all-clear; signs dated before a dated all-clear
    "Pregnant, 32 weeks, lots of pressure down below and my lower back aches. The midwife"
    " checked me and says it's pelvic girdle pain. Any exercises?",
    # E: a strap broken; the asker's plain case dated; the bowel's "it won't come"
    "my flip flop strap snapped so my foot kept dragging all the way home haha. best shoes for a"
    " bad back?",
    "Gemini told me: 'Get help urgently if you have numbness in the groin, loss of bladder control"
    " or weakness in both legs.' I don't have any of those, it's just a sore back after hoovering"
    " yesterday.",
]

# the real signs in the same frames: the least tier each must raise, and the rule that must raise
# it when the rules read it (safety112's reading had dropped that rule; None: the learned check's)
RAISED: dict[str, tuple[str, str | None]] = {
    # A: the affirmation about something else, about the time before, or a habit; a comparison
    "not that I was drunk I fell down the stairs at the station and landed on my back, my phone's"
    " fine": ("emergency", "trauma"),
    "it's not that I'm incontinent I've wet myself twice today without feeling it, before that I"
    " was fine": ("emergency", "cauda-equina-bladder"),
    "not that I'm worried my temperature is 39.2 and I'm shivering, was fine last week": (
        "urgent",
        None,
    ),
    "I'm not like my normal self, burning up and shivering, normally I'm never ill, back aches": (
        "urgent",
        "infection-fever",
    ),
    "It's not like it was a big crash I was rear-ended at 50mph on the motorway, the car's ok but"
    " my back is agony": ("emergency", "trauma"),
    # B: the cancer possessed, had, or given a course
    "scared any ache means my cancer is back, and now my mid back hurts every night": (
        "urgent",
        "cancer-history",
    ),
    "worried any pain could mean my cancer has spread, new pain in my upper back all night": (
        "urgent",
        "cancer-history",
    ),
    "anxious about every ache now given I had breast cancer, my upper back has hurt constantly"
    " for 2 weeks": ("urgent", "cancer-history"),
    "terrified every ache is my bowel cancer spreading, my left leg is weak and I keep tripping": (
        "emergency",
        "cancer-cord",
    ),
    # C: a fever cooled in a bath or drunk for, still told, with the back's pain
    "Lying in a cool bath to bring it down but it's still 39.8C and my back is agony": (
        "urgent",
        "infection-fever",
    ),
    "drinking lots of water like the GP said but still 40 degrees and my lower back is agony": (
        "urgent",
        "infection-fever",
    ),
    # D: signs told as now before an all-clear of then (the learned check reads them)
    "The numbness came back after walking to the shop, in my bum and down the backs of both legs."
    " The hospital did an MRI last year and said my spine was fine.": ("emergency", None),
    "aint like i can feel my feet anyway, both gone numb. the osteo looked me over last week and"
    " said i was fine": ("emergency", None),
    # E: boots too big beside a weight lost; "it's only that ..."; a full bladder told
    "my boots are too big since I lost weight without trying and now my foot keeps dragging": (
        "emergency",
        "both-legs",
    ),
    "The NHS page lists numb bum, bladder problems and weak legs. I've got none of that, it's only"
    " that I've started leaking a bit since Monday": ("emergency", "cauda-equina-bladder"),
    "Not had a poo in 4 days. Need the toilet badly, lower belly swollen, but it won't come and I"
    " can't tell when it's full": ("emergency", "cauda-equina-bladder"),
}


@pytest.mark.parametrize("question", QUIET)
def test_an_ordinary_twin_of_each_narrowed_class_stays_quiet(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize("question", sorted(RAISED))
def test_the_real_sign_each_narrowing_gives_back_is_raised(question: str) -> None:
    least, rule = RAISED[question]
    flags = SAFETY.check(question)
    raised = flags[0].urgency if flags else None
    assert RANK[raised] >= RANK[least], (question, [f.id for f in flags])
    if rule is not None:
        assert rule in {f.id for f in SAFETY.check_rules(question)}, question
