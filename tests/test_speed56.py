"""The batch's rules screen (safety/screen.py) derives the concepts felt_heat.py and
asked_figure.py add from other concepts' mentions (FEEL_HOT from HOT, RETENTION from a denied
URINE) at each of its steps from that step's concepts, not from the indexed words alone (speed56):
a calm question whose words merely index a URINE or HOT phrase ("to", "how") stops at the screen,
and every question that does hold the phrase they derive from still gets the full reading's
notices."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.safety import load_safety
from backcare.engine.safety.asked_figure import figure_concepts
from backcare.engine.safety.felt_heat import heat_concepts
from tests.test_safety_screen import FULL, QUICK, verdict

# calm questions of the bench's batch (tools/bench.py) whose words index a URINE or HOT phrase
# and no phrase of either is in them: before speed56 each passed the screen on RETENTION or
# FEEL_HOT alone and was read in full
CALM = [
    "hi, how to grow tomatoes",
    "how to fix tight muscles",
    "quick question: how to remove a stripped screw?",
    "can you help: how to train a puppy in the morning",
    "is it normal for a stiff back to last weeks",
]

# lines whose notice comes only from a derived concept (safety113, safety116: the figure after
# a question about going without weeing; a person hot to the touch), and their near misses
DERIVED = [
    "how many hours is too long without weeing? it's been 14 hours, I've drunk loads, back pain",
    "General question - how long can someone go without weeing before its dangerous? Husband's"
    " bad back, hasn't been since 6am and it's 9pm",
    "how long is too long without a wee? it's been 2 days, back is sore",
    "how long can you go without weeing? it's been 3 hours and I'm on a coach, back is stiff",
    "how long can you go without drinking water? it's been 14 hours, my back aches",
    "my dad is 84 and his back is bad, he's hot to the touch and won't eat",
    "Mum's back has been agony all week and today she is really hot to touch",
    "Grandad is 85 and hot to touch, not himself, talking nonsense.",
    "the heat pad is hot to the touch, is that ok for my back?",
    "I'm hot and my back aches",
]


def test_calm_questions_indexing_a_urine_or_hot_phrase_stop_at_the_screen() -> None:
    screen = QUICK._built_screen()
    for question in CALM:
        assert not screen.may_fire(question), question
        assert verdict(QUICK, question, screened=True) == verdict(FULL, question, False)


def test_a_notice_only_a_derived_concept_raises_passes_the_screen() -> None:
    screen = QUICK._built_screen()
    for question in DERIVED:
        flags, pointer = verdict(FULL, question, False)
        if flags or pointer:
            assert screen.may_fire(question), question
        assert verdict(QUICK, question, screened=True) == (flags, pointer), question


def test_the_screen_derives_from_every_concept_the_readings_derive_from() -> None:
    screen = load_safety()._built_screen()
    told = screen._safety._signs_told_by
    for label in screen._labels:
        if heat_concepts({label}) or figure_concepts({label}):
            assert label in screen._sources()
    # a pronoun's or an ability's sign read as one of them derives too
    for pronoun, sign in told.items():
        if heat_concepts({sign}) or figure_concepts({sign}):
            assert pronoun in screen._sources()
    assert screen._derived(set()) == frozenset()


OPENERS = ["", "hi, ", "please tell me ", "General question - "]
PARTS = [
    "how long can you go without weeing?",
    "how long is too long without a wee?",
    "it's been 14 hours",
    "hasn't been since 6am",
    "it's been 3 hours",
    "she's hot to touch",
    "he is hot",
    "the bath is hot to the touch",
    "my back aches",
    "how to grow tomatoes",
    "I haven't been for 12 hours",
    "grandad is 85",
    "back is stiff",
]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(OPENERS),
    st.lists(st.sampled_from(PARTS), min_size=1, max_size=4),
    st.sampled_from([". ", ", ", " ", "? "]),
)
def test_mixes_of_derived_concepts_phrases_get_the_full_readings_verdict(
    opener: str, parts: list[str], joint: str
) -> None:
    question = opener + joint.join(parts)
    assert verdict(QUICK, question, screened=True) == verdict(FULL, question, False)
