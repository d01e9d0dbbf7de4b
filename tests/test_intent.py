"""Question types and subjects (engine/intent.py), and the per-pack answer weight (engine/adapt.py)."""

from __future__ import annotations

import pytest

from backcare.engine.adapt import answer_weight
from backcare.engine.analyze import Analyzer, default_analyzer, load_stopwords, stem, words
from backcare.engine.answer import Engine
from backcare.engine.cues import cues_from
from backcare.engine.intent import Named, Sense, default_sense
from backcare.engine.match import Matcher
from backcare.engine.subjects import _unchosen, names_subject
from backcare.engine.tuning import ANSWER_WEIGHTS, CONFIDENT, FIELD_WEIGHTS, MIN_PROBES
from backcare.packs.load import load_pack
from backcare.packs.schema import Entry
from tests.conftest import PackWriter


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how long does a stiff back last", "duration"),
        ("why are my erectors so tight", "cause"),
        ("what causes muscle wasting", "cause"),
        ("how do I loosen my back", "remedy"),
        ("what are the symptoms of SMA", "symptoms"),
        ("is spinal muscular atrophy curable", "prognosis"),
        ("how do doctors test for SMA", "diagnosis"),
        # the sentence that asks decides, not the story before it
        ("My back hurts after deadlifts. Foam rolling helps. Why??", "cause"),
        # the first cue asks; "relax" is what the question is about
        ("Reason my spinal erector muscles never seem to relax?", "cause"),
        # a guess asked first, then the question typed without its question mark
        ("is it my kidneys or a muscle? my back's tight, how do i loosen it", "remedy"),
        ("Could it be a disc? Why does it hurt when I sit? I drive a lot", "cause"),
        # the type said of someone else ("what can she do") and a stop as a duration
        ("my wife's back is stiff, what can she do", "remedy"),
        ("stiff for weeks now, when is it meant to stop", "duration"),
        # a lay request for a remedy, with no question word
        ("need something for my stiff back, it's like this every morning", "remedy"),
        ("got anything for a stiff back?", "remedy"),
    ],
)
def test_question_type_is_read_from_its_asking_cue(sense: Sense, question: str, kind: str) -> None:
    asked = sense.types(question)
    assert asked.types == {kind}
    assert asked.firm


def test_without_a_question_mark_the_last_sentence_with_a_cue_asks(sense: Sense) -> None:
    # no question mark anywhere: the old rule (a leading cue does not outrank a later cue)
    text = "Why is there no option to undo it. I made a mistake and now I can't fix it."
    assert sense.asking_text(text) == " I made a mistake and now I can't fix it."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "I'm writing a report. One section asks what the most common cause of muscle "
            "atrophy is. Our textbook is vague, can you help?",
            "cause",
        ),
        ("My back is tight every morning. How long will this last? Any ideas?", "duration"),
        # a plea beside a cue of its own asks that cue's type
        ("I sit all day. Why is my back stiff? What helps, any ideas?", "remedy"),
        # no earlier sentence with a cue: the plea's sentence still asks (a remedy)
        ("My back is knotted up after the gym. Can anyone help?", "remedy"),
    ],
)
def test_a_closing_plea_asks_what_the_sentence_before_asks(
    sense: Sense, text: str, kind: str
) -> None:
    assert sense.types(text).types == {kind}


def test_weak_cues_never_make_a_firm_type(sense: Sense) -> None:
    asked = sense.types("what is sciatica")
    assert asked.types == {"definition"}
    assert not asked.firm
    assert sense.types("back pain").types == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "Why don't my spinal erectors ever relax no matter how much I stretch?",
        "why won't my back muscles loosen up",
        "why can't my lower back muscles ever let go",
        "what is the reason my erectors never relax?",
    ],
)
def test_a_side_cue_after_a_negation_describes_a_state(sense: Sense, question: str) -> None:
    asked = sense.types(question)
    assert asked.types == {"cause"}
    assert asked.firm
    assert asked.also == frozenset()  # no longer a second, remedy request


def test_a_negation_denies_only_the_cue_right_after_it(sense: Sense) -> None:
    # a later cue, with the first cue between: still asked
    assert "remedy" in sense.types("why can't I sit without pain and what helps?").also
    assert "remedy" in sense.types("why are my erectors tight, how do I relax them?").also
    # the asking cue itself is never denied
    assert sense.types("how do I not hurt my back").types == {"remedy"}


def test_negations_come_from_data() -> None:
    cues = cues_from(
        {"cause": {"cues": ["why"]}, "remedy": {"cues": ["relax"]}},
        ["why"],
        negations=["never"],
        negation_reach=3,
    )
    sense = Sense(Analyzer([]), cues, [])
    assert sense.types("why do they never relax").also == frozenset()
    assert sense.types("why do they relax").also == {"remedy"}
    far = "why do they never stay calm or quiet or relax"  # beyond the reach
    assert sense.types(far).also == {"remedy"}


def test_cues_come_from_data_and_apply_to_any_text() -> None:
    sense = Sense(Analyzer([]), cues_from({"cost": {"cues": ["how much"]}}), [])
    assert sense.types("how much is a ticket").types == {"cost"}


def test_an_entry_subject_leaves_out_generic_and_question_words(sense: Sense) -> None:
    subject = sense.subject(["What helps tight back muscles?"])
    assert subject.stems == {stem("back"), stem("muscles")}


def _named(sense: Sense, question: str) -> Named:
    analyzer = sense.analyzer
    typed = [stem(w) for w in words(question) if w not in analyzer.stopwords]
    return sense.named(analyzer.concepts(question), typed)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("how do I fix a stiff door hinge", False),
        ("my spine is tight", True),  # a lexicon synonym names the subject
        ("rebuild my pc", False),  # a lexicon phrase ("build back") is not the subject "back"
    ],
)
def test_a_question_names_a_subject_only_with_its_subject_words(
    sense: Sense, question: str, names: bool
) -> None:
    subject = sense.subject(["What helps tight back muscles?"])
    named = _named(sense, question)
    assert names_subject(named, subject) is names


def test_a_broader_link_names_only_an_entry_about_the_broad_thing() -> None:
    # a one-way link ("legs" also searches "muscle") is no naming of a specific muscle's entry
    analyzer = Analyzer(load_stopwords(), broader=[["muscle", "legs", "calves"]])
    sense = Sense(analyzer, cues_from({}), [])
    named = _named(sense, "both legs weak")
    assert stem("muscle") in named.broad
    assert stem("muscle") not in named.wide
    specific = sense.subject(["Why are my spinal erectors so tight?", "tight erector muscles"])
    specific = specific._replace(distinct=frozenset({stem("erectors"), stem("spinal")}))
    assert names_subject(named, specific) is False
    general = sense.subject(["How do I get rid of tight muscles?"])
    assert names_subject(named, general) is True
    # a two-way synonym of the same term still names it
    both = Analyzer(load_stopwords(), [["muscle", "legs"]], broader=[["muscle", "legs"]])
    assert stem("muscle") in _named(Sense(both, cues_from({}), []), "both legs weak").wide


@pytest.mark.parametrize(
    "question", ["both legs weak", "my calves feel weak", "weak thighs and shoulders"]
)
def test_limbs_reached_through_muscle_get_no_confident_erector_answer(
    engine: Engine, question: str
) -> None:
    match = engine.ask(question).match
    assert match is None or match.entry.id != "spinal-erectors-tight"


@pytest.mark.parametrize(
    "question", ["how do I loosen tight calves", "how do I get rid of tightness in my thighs"]
)
def test_limbs_still_name_the_general_muscle_entry(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None
    assert match.entry.id == "get-rid-tight-muscles"


@pytest.mark.parametrize(
    "question",
    [
        "how do I fix a stiff door hinge",
        "how to stretch shoes that are too tight",
        "home remedy for a sore throat",
        "signs and symptoms of covid",
        "how to relieve tension in a relationship",
        "fastest way to rebuild my pc after a crash",
        # the subject is there, but the question asks something the entry does not answer
        "is spinal muscular atrophy curable",
        "what treatments are there for spinal muscular atrophy",
        "how do doctors test for spinal muscular atrophy",
    ],
)
def test_shared_words_without_shared_sense_get_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's behind my back muscles being so tight", "spinal-erectors-tight"),
        ("Reason my spinal erector muscles never seem to relax?", "spinal-erectors-tight"),
        ("stiff back after a long day sitting - how long will it last?", "long-stiff-back-last"),
        (
            "after paraspinal atrophy, how long until the muscle comes back?",
            "long-take-rebuild-muscle-after-atrophy",
        ),
        ("how can I make my erector spinae less tight", "loosen-erector-spinae"),
    ],
)
def test_question_type_and_subject_pick_the_entry(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.match is not None
    assert answer.match.entry.id == expected
    assert answer.match.score >= CONFIDENT


def _entries(answers: list[str]) -> list[Entry]:
    topics = ["pay", "ship", "login", "refund", "cancel", "track"]
    return [
        Entry(
            id=f"e{i}",
            question=f"How do I {topic} my order?",
            answer=answer,
            aliases=(f"{topic} order help", f"{topic} an order please"),
        )
        for i, (topic, answer) in enumerate(zip(topics, answers, strict=True))
    ]


def test_answer_weight_drops_when_answers_mislead() -> None:
    # every answer talks about some *other* entry's topic, so answers only pull the wrong entry up
    topics = ["pay", "ship", "login", "refund", "cancel", "track"]
    misleading = [" ".join([topics[(i + 1) % 6]] * 10) for i in range(6)]
    analyzer = Analyzer(load_stopwords())
    assert len(_entries(misleading)) * 2 >= MIN_PROBES
    assert answer_weight(_entries(misleading), analyzer) == min(ANSWER_WEIGHTS)


def test_answer_weight_keeps_the_default_without_enough_aliases() -> None:
    entries = [Entry(id="a", question="How do I pay?", answer="Use a card.")]
    assert answer_weight(entries, Analyzer(load_stopwords())) == FIELD_WEIGHTS["answer"]


def test_a_pack_with_aliases_is_indexed_with_its_own_answer_weight(write_pack: PackWriter) -> None:
    # the weight chosen from a pack's aliases is used for its index, and answers still work
    pack = load_pack(
        write_pack(
            {
                "lexicon": {"builtin": False},
                "entries": [
                    {
                        "id": e.id,
                        "question": e.question,
                        "answer": e.answer,
                        "aliases": list(e.aliases),
                    }
                    for e in _entries([f"answer {i}" for i in range(6)])
                ],
            }
        )
    )
    answer = Engine(pack).ask("how can I get a refund for my order")
    assert answer.match is not None and answer.match.entry.id == "e3"


def test_explanation_says_why_a_near_miss_is_not_confident(engine: Engine) -> None:
    results = engine.ask("is spinal muscular atrophy curable").to_dict(explain=True)["results"]
    assert results[0]["explain"]["question_type"] == -1
    hinge = engine.ask("how do I fix a stiff door hinge").to_dict(explain=True)["results"]
    assert hinge[0]["explain"]["names_subject"] is False


# --- issue 11, holdout 10's classes (each tested with wordings of our own) ------------------------


@pytest.mark.parametrize(
    "question",
    [
        # a correctly spelt word taken as a typo names nothing ("paint" is not "pain")
        "why does the paint on my old chair go stiff when it sits in the sun",
        "why does wall paint get stiff after sitting open",
        # phrasal verbs with "back" name no body part; dough is no body either
        "how do I relax bread dough that keeps shrinking back",
        # things of other domains that share a back FAQ's words
        "which muscle car is the easiest to restore",
        "how fast can a muscle car go",
    ],
)
def test_other_domains_sharing_words_get_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        # a choice between two things the FAQ names by one word ("medication") or not at all
        "is aspirin or paracetamol safer for a stiff back",
        "is pilates or swimming better for my lower back",
        # a medicine named by two words, which no entry names together
        "are muscle relaxants safe to take every day",
        # a procedure done to the back is what is asked, even after "after"
        "my lower back has ached since the epidural, how long will that last",
    ],
)
def test_near_domain_choices_medicines_and_procedures_get_no_answer(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question).match is None


# the mechanisms that keep a wrong answer out keep these right ones
SAME_MECHANISMS: list[tuple[str, str]] = [
    # the entry tells heat and cold apart, so it answers the choice
    ("is heat or cold better for tight muscles", "get-rid-tight-muscles"),
    # "muscles relax" is no medicine
    ("how do I get my stiff muscles to relax", "get-rid-tight-muscles"),
    # surgery is only the setting of a question about rebuilding muscle
    (
        "how long to rebuild thigh muscle after knee surgery",
        "long-take-rebuild-muscle-after-atrophy",
    ),
    # a real-word typo that is the entry's own word still counts ("siting": sitting)
    ("back stiff from siting all day", "back-get-stiff-sit"),
    ("clinical features of spinal muscle wasting", "signs-symptoms-spinal-muscular-atrophy"),
]


@pytest.mark.parametrize(
    "question",
    [
        # the entry's "massage" stands for both balls: it tells neither from the other
        "Tennis ball or lacrosse ball, which is better for an erector spinae release?",
        "peanut ball or tennis ball, which works better on spinal erectors",
    ],
)
def test_a_choice_found_by_a_word_both_sides_stand_for_gets_no_answer(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        # a muscle of another region, offered as the cause, reaches the back's entries only
        # through the broader "muscle" (quality20)
        "Can tight hamstrings cause lower back pain?",
        "Can tight calves cause back pain?",
        "can weak glutes cause lower back pain",
    ],
)
def test_another_regions_muscles_get_no_back_muscle_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


# other muscles of a story or a condition keep the answer
STORY_MUSCLES: list[tuple[str, str]] = [
    # the glutes are the story's, the erectors what is asked
    (
        "My mate says my back is always tight because I never train my glutes. Why are my"
        " spinal erectors so tight all the time?",
        "spinal-erectors-tight",
    ),
    # a trapped nerve is a condition, not the traps
    ("can a trapped nerve make my back muscles go thin", "causes-paraspinal-muscle-atrophy"),
]


def test_a_choice_is_told_apart_only_by_words_of_one_side_alone() -> None:
    heat = {0: (1.0, "heat", "answer"), 1: (1.0, "massag", "tags")}
    cold = {0: (1.0, "cold", "answer"), 1: (1.0, "ball", "tags"), 2: (1.0, "cold", "tags")}
    choice = ("heat or cold", heat, cold, frozenset({"heat"}), frozenset({"cold", "massag"}))
    assert _unchosen(choice, 0) == ()  # each by its own word
    assert _unchosen(choice, 1) == ("heat or cold",)  # the second side stands for "massag" too
    assert _unchosen(choice, 2) == ("heat or cold",)  # one side not found
    same = (
        "a or b",
        {0: (1.0, "medic", "answer")},
        {0: (1.0, "medic", "answer")},
        frozenset[str](),
        frozenset[str](),
    )
    assert _unchosen(same, 0) == ("a or b",)  # both by one word
    assert _unchosen(None, 0) == ()


def test_a_choice_is_the_two_words_around_or_before_a_comparative() -> None:
    sense = default_sense(default_analyzer())
    assert sense.choice("Is ibuprofen or naproxen better for back pain?") == (
        "ibuprofen",
        "naproxen",
    )
    assert sense.choice("is a hot bath or an ice pack best") == ("bath", "ice")
    # "better" before the "or" asks what to do, not which of two things
    assert sense.choice("is it better to rest or keep moving") is None
    assert sense.choice("should I rest or keep moving") is None


def test_topics_are_matched_on_inflections_not_on_shared_stems() -> None:
    analyzer = default_analyzer()
    assert [w for _, w in analyzer.topics("do muscle relaxants work")] == ["muscle relaxants"]
    assert analyzer.topics("how do I make tight muscles relax") == ()
    assert [w for _, w in analyzer.topics("best mattresses for a bad back")] == ["mattresses"]


def test_a_word_of_two_english_words_is_corrected_within_one_edit_only(engine: Engine) -> None:
    matcher = engine.matcher
    assert matcher is not None
    assert _correction(matcher, "backspin") != "backpain"  # back + spin, not two edits off
    assert _correction(matcher, "tenshun") == "tension"  # "ten" + "shun": parts too short
    assert _correction(matcher, "stifnes") == "stiffness"


def _correction(matcher: Matcher, word: str) -> str | None:
    found = matcher._correct(word)
    return None if found is None else found[0]


@pytest.mark.parametrize(
    "question",
    [
        # topics of holdout 11's kinds, in wordings of our own (each confident on main e24d932)
        "how do you repair a loose spine on an old hardback book",
        "back pain with chills and a fever, what helps",
        "my back hurts and I have a high temperature, what should I take",
        "how many painkillers can I safely take for back pain",
        "what's the right deadlift form to protect my lower back",
    ],
)
def test_books_fevers_doses_and_gym_lifts_get_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


# lay anatomy, durations and general muscles pick the entry
LAY_ANATOMY: list[tuple[str, str]] = [
    # lay names of the erector spinae (no answer on main e24d932)
    ("why are the muscles up both sides of my back always tight", "spinal-erectors-tight"),
    # a break from the gym is muscle loss; an old size is what is regained (no answer on main)
    (
        "after a long break from the gym how long to get my old size back",
        "long-take-rebuild-muscle-after-atrophy",
    ),
    # "a few months later": how long it lasts (main: the tight-back entry)
    ("my back is still tight a few months later, is that normal", "long-stiff-back-last"),
    # stiff muscles that are not the back's: the general entry (main: the tight-back entry)
    ("how do I treat stiff calves at home", "get-rid-tight-muscles"),
    ("how can I ease stiff neck muscles at home", "get-rid-tight-muscles"),
]


@pytest.mark.parametrize(("question", "expected"), [*SAME_MECHANISMS, *STORY_MUSCLES, *LAY_ANATOMY])
def test_questions_the_entry_answers_get_it(engine: Engine, question: str, expected: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        # two medicines taken together, which the entry names by one word ("medication")
        "is it ok to have advil and tylenol together for my lower back",
        "can i take aleve with aspirin for a sore back",
        # children as a group, and a child's age stated as a number
        "do toddlers and kids get stiff backs from car seats",
        "my 11 yr old has a tight back after football practice, what helps",
        "what causes back pain in teenagers",
        # a condition of another body part, reached only through a broader word ("shoulder")
        "how long does a separated shoulder take to get better",
    ],
)
def test_combinations_children_and_qualified_limbs_get_no_answer(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a choice or a list of medicines, not asked together, still gets the home treatments
        ("can advil or tylenol help a stiff back", "helps-tight-back-muscles"),
        # SMA is a disease of children: its entry names babies
        (
            "early signs of spinal muscular atrophy in a 5 month old",
            "signs-symptoms-spinal-muscular-atrophy",
        ),
        ("how does sma show up in teenagers", "signs-symptoms-spinal-muscular-atrophy"),
        # an adult's age is no topic; a typo before a limb qualifies nothing
        ("I'm 34 years old, why does my back get stiff when I sit", "back-get-stiff-sit"),
        ("how do i loosen really tight calves", "get-rid-tight-muscles"),
        # a story cue ("until") does not clash with a question that asks in words of no type
        (
            "I cannot see a physio until next month. My back is killing me. "
            "What is the quickest thing I can do at home?",
            "fastest-home-remedy-back-pain",
        ),
    ],
)
def test_children_combinations_and_stories_keep_right_answers(
    engine: Engine, question: str, expected: str
) -> None:
    results = engine.ask(question).results
    assert results and results[0].entry.id == expected


def test_ages_and_combinations_are_read_from_the_question() -> None:
    analyzer = default_analyzer()
    sense = default_sense(analyzer)
    assert [w for _, w in analyzer.topics("is a 12-year-old too young for back pain")] == [
        "12 year old"
    ]
    assert analyzer.topics("I am 45 years old with a stiff back") == ()
    assert [w for _, w in analyzer.topics("weak muscles in a 6 month old")] == ["6 month old"]
    about = analyzer.topics("can I take codeine with ibuprofen")
    assert sense.combined("can I take codeine with ibuprofen", about)
    about = analyzer.topics("is ibuprofen or naproxen better")
    assert not sense.combined("is ibuprofen or naproxen better", about)
    about = analyzer.topics("naproxen and paracetamol at the same time")
    assert sense.combined("naproxen and paracetamol at the same time", about)


def test_generic_words_of_a_multi_word_cue_say_what_is_asked_not_the_topic(
    sense: Sense, engine: Engine
) -> None:
    assert sense.cue_words("does a language atrophy, and how fast?") == {"how", "fast"}
    # a cue's words that may name a topic stay ("leads" of "leads to"), and one-word cues too
    assert "leads" not in sense.cue_words("what leads to paraspinal wasting")
    assert sense.cue_words("how do I loosen my erector spinae") >= {"how", "do", "i"}
    assert "loosen" not in sense.cue_words("how do I loosen my erector spinae")
    # "fast" shared with "How fast can I regain muscle I have lost?" is the type, not a topic
    answer = engine.ask("Does a foreign language atrophy if you don't use it, and how fast?")
    assert answer.match is None
    assert engine.ask("how fast can I rebuild muscle after atrophy").match is not None


def test_a_question_word_run_together_with_is_reads_as_both(sense: Sense) -> None:
    # "where's the clinic" asks where, as "where is the clinic" does (typed with or without the
    # apostrophe); the contraction hid the place cue
    assert sense.types("where's the clinic").types == {"place"}
    assert sense.types("wheres the clinic").types == {"place"}
    assert sense.types("where is the clinic") == sense.types("where's the clinic")
    # not "what's": "what is" is a weak definition cue, and "What's happening?" is no definition
    assert sense.entry_types(["What's happening?"]) == frozenset()
    # a possessive is no contraction
    assert sense.types("its address").types == frozenset()


def test_wheres_the_clinic_is_answered_on_a_clinic_page() -> None:
    from tests.conftest import EVAL

    engine = Engine(load_pack(EVAL / "clinic3_faq.json"))
    answer = engine.ask("where's the clinic")
    assert answer.match is not None and answer.match.entry.id == "where-clinic"


def test_a_thing_to_bring_is_not_a_person_to_bring(sense: Sense) -> None:
    from tests.conftest import EVAL

    assert sense.types("what do I need to bring with me").types == {"things"}
    assert sense.entry_types(["Can I bring someone with me?"]) == {"company"}
    assert sense.entry_types(["What should I bring to my first appointment?"]) == {"things"}
    # two different practical types clash; a practical type and no type do not
    assert {"things", "company", "place", "cost"} <= sense.cues.practical
    engine = Engine(load_pack(EVAL / "clinic3_faq.json"))
    for question in ("what do I need to bring with me", "do I need to bring anything"):
        answer = engine.ask(question)
        assert answer.match is not None and answer.match.entry.id == "what-to-bring", question
    answer = engine.ask("can my husband come in with me")
    assert answer.results[0].entry.id == "bring-someone"


def test_phone_typed_remedy_cues(sense: Sense) -> None:
    # "wat" is a stop word (a typo of "what"), so "wat to do" said nothing of what was asked
    assert sense.types("tight lowerback muscels after gym, wat to do").types == {"remedy"}
    # "how do u know if" is no remedy cue: a symptoms question typed quickly keeps no type
    assert "remedy" not in sense.types("how do u know if a kid has it").types


def test_a_practical_cue_types_an_entry_beside_a_strong_one(sense: Sense) -> None:
    # "treatment" is a remedy cue, but a clinic's "How much does a treatment cost?" asks a cost
    assert sense.entry_types(["How much does a treatment cost?"]) == {"remedy", "cost"}
    assert sense.types("how much is a sports massage").types == {"cost"}
    # practical types never make a question firm, so they clash with no other type
    assert not sense.types("how much is a sports massage").firm


def test_problem_kinds_name_body_problems_in_general() -> None:
    sense = default_sense(default_analyzer())
    assert sense.names_problems(frozenset({stem("conditions")}))
    assert not sense.names_problems(frozenset({stem("conditions"), stem("children")}))
    assert not sense.names_problems(frozenset())


@pytest.mark.parametrize(
    ("text", "to_pack"),
    [
        ("this back pain is killing me, do you have any appointments today", True),
        ("my lower back aches after squats, do you do sports massage", True),
        # a clause that refers back to the story, or names nothing of its own, asks about it
        ("I'd like to share my photos with my grandma, is there a way to do this?", False),
        ("my lower back is really tight, can you suggest anything", False),
        ("my laptop crashed, can you remind me how to do it", False),
        # the words before hold a cue of their own: they ask
        ("why is my back stiff, do you think", False),
        ("do you have any appointments today", False),  # no story
    ],
)
def test_a_clause_put_to_the_pack_after_a_story(sense: Sense, text: str, to_pack: bool) -> None:
    assert sense.asks_the_pack(text) is to_pack
    if to_pack:
        assert sense.asking_text(text) == text.rpartition(",")[2]


def test_a_clause_that_only_asks_leaves_the_story_its_subject(engine: Engine) -> None:
    match = engine.ask("my lower back is really tight, can you suggest anything").match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


def test_a_region_named_by_words_that_are_stop_words_alone(sense: Sense, engine: Engine) -> None:
    # "all over" names the whole body though "all" and "over" are stop words: the general
    # tight-muscles entry answers, not the back one
    body = sense.regions([stem("body")])
    assert sense.phrase_regions("my muscles feel stiff all over") == body
    assert sense.phrase_regions("over it all") == frozenset()
    match = engine.ask("my muscles feel stiff all over, how do i loosen them at home").match
    assert match is not None and match.entry.id == "get-rid-tight-muscles"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # who gets a condition, and when it starts: no entry on its signs or causes answers it
        ("Can adults develop spinal muscular atrophy?", "onset"),
        ("at what age does SMA show up", "onset"),
        ("how common is paraspinal atrophy", "onset"),
        # a question word's cue still leads ("why" of a developer's story)
        ("I'm a software developer. Why does my back get stiff when I sit?", "cause"),
        # a thing chosen as the best for something, options or none
        ("which office chair is best for lower back pain", "comparison"),
        ("Which mattresses are better for a bad back?", "comparison"),
        # "what is best for" still asks for a remedy
        ("what is best for a tight back", "remedy"),
        # recognising a condition is telling its signs, not a how-to
        ("How can you recognise spinal muscular atrophy?", "symptoms"),
        ("how to spot SMA in a baby", "symptoms"),
    ],
)
def test_onset_and_the_best_thing_for_are_types_of_their_own(
    sense: Sense, text: str, kind: str
) -> None:
    asked = sense.types(text)
    assert asked.types == {kind}
    assert asked.firm


@pytest.mark.parametrize(
    "text",
    [
        "What is the best sleeping position for back pain?",
        "What are the best exercises for a stiff back?",
        "Which is the best chair for sitting all day?",
    ],
)
def test_what_is_the_best_x_asks_a_choice_not_a_definition(sense: Sense, text: str) -> None:
    # an entry worded so answers "which sleeping position is best for a bad back" (a comparison
    # question): read as a definition ("what is"), it clashed and validate missed a duplicate
    assert sense.entry_types([text]) == {"comparison"}
    assert sense.types(text).types == {"comparison"}


def test_what_is_the_best_way_to_still_asks_a_remedy(sense: Sense) -> None:
    assert sense.types("what is the best way to relieve back pain").types == {"remedy"}


def test_a_need_is_a_practical_question_of_its_own(sense: Sense) -> None:
    # "do I need ..." asks whether something is required (a referral, a scan, socks): a weak
    # (practical) type, so it never clashes, but an entry that asks it ("Do I need a referral from
    # my GP?") answers it
    asked = sense.types("do I need to see my doctor first before booking physio")
    assert asked.types == {"need"}
    assert not asked.firm
    assert sense.entry_types(["Do I need a referral from my GP?"]) == {"need"}


def test_a_numeral_never_names_a_subject(sense: Sense) -> None:
    # an age, a count, a week of pregnancy: how much or how old, not what about
    assert sense.generic("20") and sense.generic("14")
    assert not sense.generic("reformer") and not sense.generic("x11")


def test_practical_cue_words(sense: Sense) -> None:
    assert sense.practical("price") and sense.practical("fees")
    assert not sense.practical("back") and not sense.practical("how")


def test_a_yes_no_question_asks_whether_it_hurts_by_its_last_word(sense: Sense) -> None:
    # no entry on the causes or signs of muscle atrophy says whether it hurts
    asked = sense.types("Is muscle atrophy painful?")
    assert asked.types == {"sensation"} and asked.firm
    # the last word as typed: "... for my back pain?" is no tail ("painful" stems to "pain")
    assert "sensation" not in sense.types("Do I need a scan for my back pain?").types
    # a strong cue still leads ("does massage help when muscles are sore" asks a remedy)
    assert sense.types("does massage help when my muscles are sore").types == {"remedy"}
    # an entry asking it answers it, beside its other cues
    assert sense.entry_types(["Does chiropractic treatment hurt?"]) == {"remedy", "sensation"}


def test_a_type_asked_alone_keeps_no_side_cues() -> None:
    # "what size ball should I buy to loosen my erectors" asks a size; "loosen" says what the
    # ball is for, so an entry on loosening them is no side answer (issue 11, quality24)
    types = {"size": {"cues": ["what size"]}, "remedy": {"cues": ["loosen"]}}
    sense = Sense(Analyzer([]), cues_from(types, alone=["size"]), [])
    asked = sense.types("what size ball should I buy to loosen my back")
    assert asked.types == {"size"} and asked.firm
    assert asked.also == frozenset()
    # a type not marked alone keeps them, as before
    plain = Sense(Analyzer([]), cues_from(types), [])
    assert plain.types("what size ball should I buy to loosen my back").also == {"remedy"}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What size massage ball should I buy to loosen my erector spinae?", "size"),
        ("how big should a lacrosse ball be for loosening a tight back", "size"),
        ("What percentage of adults get back pain at some point in their life?", "statistic"),
        ("how many people in the UK have a stiff back", "statistic"),
        ("What are the three muscles that make up the erector spinae?", "anatomy"),
        ("which muscles is the erector spinae made up of", "anatomy"),
        ("Is it safe to wear a heat patch on my back overnight?", "safety"),
    ],
)
def test_questions_of_a_type_no_back_care_entry_asks(
    sense: Sense, question: str, kind: str
) -> None:
    asked = sense.types(question)
    assert asked.types == {kind} and asked.firm and asked.also == frozenset()
