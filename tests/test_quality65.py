"""quality65 (issue 11): classes of misses that recur across the holdouts, in words of my own.

Another muscle named beside the entry's own distinct part ("are my erectors tight because my
glutes are weak?") is said of that part, not asked instead of it; asked alone ("why are my glutes
so tight") it still names only another part. A sentence after the question mark that asks only
what it says is known already ("I already know why they get tight") tells the story of the
question before it; "do you know why ...?" still asks. And a question naming only words many
entries share, in a firm type that only one entry holding them asks ("why are my back muscles
tight even on holiday": the one why-entry on tight back muscles), names that entry's subject by
its type; not when a word of it is no English word ("mornin"), nor a type's own cue word
("warning signs")."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from tests.answered import answered

ERECTORS_WHY = "spinal-erectors-tight"
ERECTORS_HOW = "loosen-erector-spinae"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("are my erectors tight because my glutes are weak?", ERECTORS_WHY),
        ("my erector spinae are always tight, could weak hamstrings be the reason?", ERECTORS_WHY),
        (
            "physio thinks lazy glutes make my spinal erectors overwork, why are they so tight",
            ERECTORS_WHY,
        ),
        ("tight erectors, is it cos my glutes are weak??", ERECTORS_WHY),
        ("how do I release my erector spinae, my glutes are weak as well", ERECTORS_HOW),
        ("how can I massage my spinal erectors when my calves are sore too", ERECTORS_HOW),
        (
            "loosening my erectors, anything to do with my weak hamstrings? how do I do it",
            ERECTORS_HOW,
        ),
        (
            "can the multifidus waste away even if I only have pain in my leg and no back pain",
            "causes-paraspinal-muscle-atrophy",
        ),
    ],
)
def test_another_muscle_beside_the_entrys_own_part_is_said_of_it(
    engine: Engine, question: str, expected: str
) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "why are my glutes so tight",
        "why are my calves always tight",
        "how do I release my hip flexors",
        "why are my hamstrings so tight after running",
        "how do I massage my calves",
        "what causes tight hip flexors",
        "how can I loosen my shoulder muscles",
        "why are my quads so tight after squats",
    ],
)
def test_another_muscle_asked_alone_still_names_another_part(engine: Engine, question: str) -> None:
    assert answered(engine, question) not in {ERECTORS_WHY, ERECTORS_HOW}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How do I release my erector spinae? I already know why they get tight.", ERECTORS_HOW),
        (
            "How do I loosen my erectors? I understand why they tighten, my glutes are weak.",
            ERECTORS_HOW,
        ),
        (
            "What helps tight back muscles? I already know why mine are tight, I sit all day.",
            "helps-tight-back-muscles",
        ),
        (
            "How fast can I regain muscle? I already know what made it waste, I was in a cast.",
            "long-take-rebuild-muscle-after-atrophy",
        ),
        (
            "How long does a stiff back last? I know why it happened, I slept badly.",
            "long-stiff-back-last",
        ),
        (
            "How do I get rid of tight muscles? I already understand why they got tight.",
            "get-rid-tight-muscles",
        ),
        (
            "How can I relieve spinal tension? I know why it builds up, I carry my kid a lot.",
            "relieve-spinal-tension",
        ),
        (
            "How do I loosen my erector spinae? I already know why they get tight, my glutes "
            "are weak. Right now I need something practical for tonight.",
            ERECTORS_HOW,
        ),
    ],
)
def test_a_later_sentence_saying_why_is_known_is_story(
    engine: Engine, question: str, expected: str
) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # the later sentence asks: "do you know why", "can you tell me why"
        "How do I loosen my erectors? Do you know why they get so tight?",
        "What helps tight back muscles? Can you tell me why they tighten?",
    ],
)
def test_a_later_sentence_asking_whether_you_know_why_still_asks(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) == ERECTORS_WHY


@pytest.mark.parametrize(
    "question",
    [
        "my wife's back muscles are tight every night, what is behind it",
        "why are my back muscles so tight, I'm only thirty",
        "my dad says his back muscles are tight constantly, what's the reason",
        "why are my back muscles tight even on holiday",
        "how come my back muscles stay tight over a quiet weekend",
        "my partner's lower back muscles seem tight whatever she does, why",
        "my back muscles feel tight from the moment I wake up, why is that",
        "my husband's back muscles are tight every evening, what causes it",
        "why would the muscles in my back be tight when I swim a lot",
        "why do the muscles in my back feel so tight lately",
    ],
)
def test_the_one_why_entry_on_tight_back_muscles_answers_why_they_are_tight(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) == ERECTORS_WHY


@pytest.mark.parametrize(
    "question",
    [
        # a word that is no English word may name what the entry is not about
        "why is my bak so stif in the mornin",
        "why do my back muscles get tight in the mornin",
        # a type's own cue word is no topic
        "what are the warning signs of spinal cord compression",
        "what are the early signs of a slipped disc in the back",
        # what the page never answers
        "why do my back muscles tighten when I am stressed",
        "why do my back muscles twitch",
        "why do my back muscles burn when I run",
        "why is my back so stiff in the mornings",
    ],
)
def test_near_twins_of_the_one_why_entry_stay_unanswered(engine: Engine, question: str) -> None:
    assert answered(engine, question) is None


@pytest.mark.parametrize(
    "question",
    [
        # the sitting entry holds back and stiff ("rock hard"), the erector entry the muscles
        "Mum's lower back muscles are rock hard, why would that be",
        "my dad's back muscles are rock hard, why",
        "why are the muscles in my back hard as a rock",
        # a word another why-entry holds: "rest" (the atrophy entry's "bed rest"), "exercise"
        # ("lack of exercise"), "day" (the sitting entry's "sitting all day")
        "how come my back muscles stay tight when I rest all weekend",
        "why would my back muscles be tight when I barely exercise",
        "my back muscles feel tight when I wake up and all day, why is that",
    ],
)
def test_a_word_another_entry_of_the_type_holds_keeps_the_type_from_deciding(
    engine: Engine, question: str
) -> None:
    # the type tells no entry apart: none answered by it (the right one only by its own words)
    assert answered(engine, question) not in {"back-get-stiff-sit", "greatest-cause-muscle-atrophy"}


@pytest.mark.parametrize(
    "question",
    [
        "Why is the back wheel of my bike stiff to turn?",
        "why is the back door of my car stiff to open",
        "why does the back gate of the garden go stiff in winter",
        "why is the back hinge of the wardrobe door stiff",
        "why are the back keys of my old piano stiff",
        "why is the back zip of my wetsuit stiff",
    ],
)
def test_shared_words_beside_more_words_no_entry_holds_name_another_subject(
    engine: Engine, question: str
) -> None:
    # the lead's merge: _sole_of_type answered holdout 40's other-domain bike question (the
    # sitting entry's "why", "back" and "stiff"), its wheel, bike and turn being common English
    assert answered(engine, question) is None
