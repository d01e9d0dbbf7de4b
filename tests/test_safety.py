"""Red flags: how a question is read (negation, whose symptom, senses, the past, typos) and the rule
and vocabulary files themselves. The labelled sets are guarded in test_safety_sets.py."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.safety import URGENCIES, RedFlag, Safety, load_safety
from backcare.engine.safety.detect import QUICK_AFTER
from backcare.resources import DataError, data_path
from tests.conftest import EVAL, read_jsonl

SAFETY = load_safety()


def ids(question: str) -> list[str]:
    return [f.id for f in SAFETY.check(question)]


def rules_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(data_path("red_flags.json").read_text(encoding="utf-8"))
    return data


def vocabulary_data() -> dict[str, Any]:
    text = data_path("safety_vocabulary.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.mark.parametrize(
    "question",
    [
        "no fever",
        "I am not feverish",
        "I don't have a fever",
        "without any numbness in my bum",
        "no numbness or tingling, just stiff",
        "no numbness, no bladder or bowel problems, just a stiff lower back",
        "bladder fine, bowels fine, nothing numb - just tight hamstrings",
        "peeing normally, no tingling anywhere, back sore after a run",
        "my back is tight but my legs are strong and I'm walking normally",
        "nearly wet myself laughing, anyway how do I stretch my back",
    ],
)
def test_denied_symptoms_raise_nothing(question: str) -> None:
    assert ids(question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("no fever but I wet myself", ["cauda-equina-bladder"]),
        (
            "no tingling, no numbness, legs ok, but i havent peed since last night",
            ["cauda-equina-bladder"],
        ),
        ("I've been losing weight without trying and my back aches", ["weight-loss"]),
        ("not dieting but my clothes are getting loose and my back aches", ["weight-loss"]),
    ],
)
def test_a_negation_reaches_only_its_own_symptom(question: str, expected: list[str]) -> None:
    assert ids(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "fell asleep on the sofa and woke up with a stiff back",
        "I fell behind on my stretching and my back feels tighter",
        "did chest day yesterday and my upper back is stiff today",
        "I stack Fever-Tree mixer crates at a warehouse and my back gets tight",
        "back ache after my first horse riding lesson, didn't fall off, just sore",
        "crashed my laptop and sat hunched fixing it, now my back's stiff",
        "crashed on my mate's floor after a party and now my back hurts",
        "I'm a Cancer star sign and I carry all my stress in my back",
        "fixed a leaking tap under the sink, back tight from crouching",
        "back sore after sitting in the car seat on a long drive",
        "this back's a right pain in the bum, just stiff after painting",
        "the bottom of my back aches after standing at a gig",
    ],
)
def test_everyday_senses_of_alarm_words_raise_nothing(question: str) -> None:
    assert ids(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "my mum had cancer and I've been lifting her in and out of bed, my back is sore",
        "my flatmate has a fever so I've been doing the housework, my back's stiff",
        "My wife is on chemo and I'm her carer, my back gets achy helping her",
        "my dog got hit by a car and now I carry him up the stairs, tips for my back?",
        "My grandma is in remission from cancer and wants gentle exercise for her posture",
    ],
)
def test_someone_elses_symptom_raises_nothing(question: str) -> None:
    assert ids(question) == []


def test_someone_elses_symptom_counts_when_the_question_is_about_their_back() -> None:
    question = "my father is having back pain and from morning he is not able to pass urine"
    assert ids(question) == ["cauda-equina-bladder"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the person described has back trouble (in lay words) and a current symptom: they need help
        ("my husband did his back in and now his foot slaps the floor", ["both-legs"]),
        ("my brother has a slipped disc and he can't pass urine", ["cauda-equina-bladder"]),
        ("my sister has sciatica in both legs, my own back is fine", ["both-legs"]),
        # the asker's back hurts too: the relative's symptom still counts
        (
            "I hurt my back lifting dad, he's got a bad back and has wet himself",
            ["cauda-equina-bladder"],
        ),
    ],
)
def test_a_relatives_symptom_counts_when_their_back_trouble_is_described(
    question: str, expected: list[str]
) -> None:
    assert ids(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # a person named as the object of handling, or inside an everyday compound, is not the
        # subject of what follows: the pain is the asker's and nothing else is the relative's
        "lifting my toddler who wets the bed has made my back sore",
        "I bent down for the cat food and now my back aches",
        "my toddler had an accident in her pants and bending to change her is hurting my back",
    ],
)
def test_a_person_named_as_an_object_is_not_the_patient(question: str) -> None:
    assert ids(question) == []


def test_someone_elses_pain_must_be_their_backs() -> None:
    question = "my nephew fell off his bike and hurt his elbow, nothing to do with backs"
    assert ids(question + ", but I lifted him and hurt mine") == []
    assert ids("my nephew fell off his bike and hurt his back") == ["trauma"]


def test_an_animals_symptoms_are_no_ones() -> None:
    question = "my dog has a slipped disc and can't walk, I carry him and my back is sore"
    assert ids(question) == []
    assert ids("my dog has a slipped disc and my husband can't walk, his back is bad") == [
        "both-legs"
    ]


def test_asking_for_someone_makes_them_the_subject() -> None:
    question = "asking for my brother: back pain after a fall off his roof yesterday"
    assert ids(question) == ["trauma"]


@pytest.mark.parametrize(
    "question",
    [
        "is a numb bum a sign of something serious? revising for my nursing exam",
        "writing a first aid quiz: if someone has back pain and a fever what should they do?",
        "for a first aid course: a casualty fell from scaffolding and has back pain, what should they do?",
        "revising for finals: the signs of cauda equina - numbness between the legs, leaking urine",
    ],
)
def test_a_study_question_about_symptoms_in_the_abstract_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "is a numb bum serious?",  # no framing: it may be the asker's own
        "revising for my exam, is a numb bum a sign of something? I have one",  # said of myself
        "revising for exams, is not being able to pee since last night a sign of something?",
        "asking for a friend: is it serious if your back hurts and you can't control your bladder",
        "nursing student. numb bum and cant pee, is that a sign of something?",  # who, not a task
        "sitting in lectures all day my bum has gone numb, is that a sign of something?",
        "exam question lol. numb bum and can't pee since last night",  # a time course
        # review of issue #12: "is it serious", exams or classes never make a report abstract;
        # only a generic subject introducing the symptoms does
        "legs went numb after training with the team and cant pee, is that serious?",
        "cant pee and numb bum, is it serious, im revising for an exam",
        "numb bum and can't pee, teach a class in an hour, is this an emergency?",
        "fell off a ladder at work, cant feel legs, what does this mean? writing up an essay",
        "crushing chest pain going into left arm, is it serious? for the first aid course tomorrow",
        "trivia question: numb bum and can't pee - emergency?",
        "exam question: back pain, numb bum and can't pee",  # a person may phrase their own so
        "quiz for my class: cant feel my legs and my back is killing me, is that bad?",
        "coursework due, numb between my legs and wet myself, what does that suggest?",
        "pub quiz tonight. can't feel my bum, is it a red flag?",
        "studying and my legs went numb for my exam, what does it mean?",  # framing's gap
        "cramming for my exam and both legs went numb, what does it mean?",
    ],
)
def test_own_symptoms_keep_their_notice_whatever_the_framing(question: str) -> None:
    assert [f.urgency for f in SAFETY.check(question)][:1] == ["emergency"]


def test_an_own_infection_after_surgery_keeps_its_notice_in_study_framing() -> None:
    assert ids("fever and back pain after spinal surgery, is this serious? revising for exams")


def test_a_thing_that_fell_is_no_fall_but_a_person_who_fell_is() -> None:
    assert ids("my umbrella fell over and I bent awkwardly to grab it, back twinged") == []
    assert ids("the remote fell behind the sofa and I hurt my back reaching for it") == []
    assert ids("I fell over in the garden yesterday and my back hurts") == ["fall"]
    assert ids("my mum fell in the kitchen and now her back hurts") == ["fall"]


@pytest.mark.parametrize(
    "who",
    ["pensioner", "carer", "lodger", "nurse", "man", "bloke", "teenager", "pupil", "neighbour"],
)
def test_anyone_unknown_who_fell_is_a_fall(who: str) -> None:
    # no code rule decides what is a thing: only the vocabulary's list of objects that fall
    assert "fall" in ids(f"a {who} fell on the ice and hurt his back, he's 79")
    assert "fall" in ids(f"my {who} fell and hurt her back")


def test_a_relative_clause_keeps_the_person_the_subject() -> None:
    assert ids("I'm a carer for my husband who has cancer; my back is sore") == []
    assert ids("I care for my mum who has a bad back and she can't feel her bum") == [
        "cauda-equina-saddle"
    ]


def test_a_person_word_ending_in_here_introduces_the_asker() -> None:
    # "dad of two here" is the asker, not someone else whose fever it would be
    assert "infection-fever" in ids("dad of two here, lower back aching and I have a fever")
    assert ids("my dad has a fever so I've been doing the housework and my back aches") == []


def test_strong_after_a_pain_word_is_how_much_it_hurts() -> None:
    assert "infection-fever" in ids("lower back pain strong, feverish")
    assert ids("my back feels strong again, had a fever last month, all better now") == []


def test_someone_else_keeping_the_asker_up_is_no_night_pain() -> None:
    assert ids("my newborn keeps me awake all night and my back aches from feeding") == []
    assert "night-pain" in ids("the pain in my back keeps me awake all night")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("peed myself without knowing and it spilled on the sofa, lower back agony", "bladder"),
        ("wet myself and knocked over my tea, back is agony", "bladder"),
        ("both legs weak with fatigue and my back is killing me", "both-legs"),
        ("both my legs feel weak with fatigue, lower back pain", "both-legs"),
        ("legs like jelly before my presentation, back pain, can't pee", "both-legs"),
        ("legs went weak before my exam, back pain and I've wet myself", "both-legs"),
        ("nerves on edge, both legs numb and weak, back pain", "both-legs"),
        ("I work nights and the pain in my back wakes me every night, nothing eases it", "night"),
        ("I work nights, the pain in my back wakes me every night", "night"),
    ],
)
def test_a_harmless_cause_explains_only_what_it_governs(question: str, expected: str) -> None:
    assert any(expected in flag for flag in ids(question))


def test_a_denied_better_says_nothing_is_over() -> None:
    assert "night-pain" in ids("my back aches all night long and nothing has made it better")
    assert ids("my back ached all night last week, it's much better now") == []


def test_a_harmless_cause_is_not_an_alarm_words_other_form() -> None:
    # the stems of "urinal", "flushes", "teething", "crush" are those of "urine", "flushed",
    # "teeth", "crushing": such causes are matched as written
    assert ids("back pain and my urine is dribbling out without control") == [
        "cauda-equina-bladder"
    ]
    assert ids("I feel flushed, shivering, back aching") == ["infection-fever"]
    assert ids("crushing pain in my chest and both legs feel weak") == ["both-legs", "chest-heart"]
    # the rules read a urinal as a shy bladder (SHY_CAUSE); whether the learned check adds a
    # notice is the model's call (bank B's writer, who never saw the rules, labelled "Stood at
    # the urinal for ages and nothing came out" an emergency), so only the rules are held here
    assert SAFETY.check_rules("can't pee at a urinal and my back aches") == []


def test_alternatives_of_one_word_are_single_words() -> None:
    # "same as ... last week|last month" needed "last" then "week|last" then "month": each
    # multi-word choice is its own phrase (a week alone is not "a few weeks": probe 58)
    assert ids("my back pain is just the same as last month") == ["not-improving"]
    assert ids("my back pain is the same as last week, should I keep stretching?") == []
    assert ids("lying down doesn't help my back pain at all") == ["night-pain"]


def test_a_denial_ending_its_clause_denies_the_clause_before() -> None:
    assert (
        ids("the leaflet says leaking urine is serious, I don't have that, just a sore back") == []
    )
    # only the clause just before, and "never had that" says it is new, not absent
    assert ids("numb bum, the doctor asked about pain in both legs, I don't have that") == [
        "cauda-equina-saddle"
    ]
    assert ids("bad back, trouble peeing since yesterday, never had that") == [
        "cauda-equina-bladder"
    ]


@pytest.mark.parametrize(
    "question",
    [
        "My bum is numb and I can't pee, I hope I don't have that",
        "Numb bum and can't wee, pray I don't have that",
        "can't feel my legs and back agony, worried I don't have any feeling left",
        "numb between my legs and leaking, scared I don't have long",
        "my legs are numb and I can't pee, don't have any idea why",  # no reported speech
        "I've wet myself and can't feel my bum, the leaflet says I have that",
    ],
)
def test_a_hope_or_an_own_report_is_no_denial_of_the_clause_before(question: str) -> None:
    assert [f.urgency for f in SAFETY.check(question)][:1] == ["emergency"]


def test_a_fragment_joins_the_next_sentence() -> None:
    assert ids("Back pain. Both legs. Numb since this morning.") == ["both-legs"]
    assert ids("My legs are strong. My bladder is fine. Back is stiff.") == []


def test_an_ellipsis_is_a_pause_not_a_new_sentence() -> None:
    assert ids("got hit by a car... in GTA lol, is a beanbag bad for posture?") == []
    assert ids("got hit by a car. my back hurts") == ["trauma"]


def test_a_plain_fall_counts_unless_the_asker_says_they_are_young() -> None:
    assert ids("I'm 24 and slipped on the ice, my back is a bit sore") == []
    assert ids("I'm 78 and slipped on the ice, my back is a bit sore") != []
    assert ids("slipped on the ice and my back is sore") == ["fall"]


@pytest.mark.parametrize(
    "question",
    [
        # chat words and common words are never "corrected" into symptoms ("lol" is not "loo")
        "still numb from the dentist's injection lol, stiff back, what do I ask the physio?",
        "too tired to walk far after work, back a bit stiff",
        "frozen peas on my back until I can't feel it, is that ok?",
    ],
)
def test_short_words_are_not_corrected_into_symptoms(question: str) -> None:
    assert ids(question) == []


def test_transliterated_words_that_are_english_words_need_their_language_around_them() -> None:
    # "mal", "potty", "sunn" are English words too ("grand mal", "potty training")
    assert ids("grand mal seizure history, back ache") == []
    assert ids("potty training my toddler wrecked my back") == []
    assert "cauda-equina-bowel" not in ids("grand mal seizures and numb legs, back ache")
    assert "cauda-equina-bowel" not in ids("potty training my son, my legs go numb, back aches")
    assert ids("my legs are sunn ho gaye and back pain") == ["both-legs"]
    assert ids("potty nikal jata hai pata nahi chalta, kamar dard") == ["cauda-equina-bowel"]


def test_dont_feel_before_a_symptom_is_a_denial() -> None:
    assert ids("my legs don't feel weak or numb, but my lower back is tight after running") == []
    assert ids("I don't feel anything weird down there, just back ache") == []
    assert ids("I don't feel anything down there and my back hurts") == ["cauda-equina-saddle"]


def test_a_symptom_goes_with_the_body_part_it_names() -> None:
    assert ids("my legs are not weak but I cannot feel my bum") == ["cauda-equina-saddle"]
    assert ids("can't feel my legs or my bum") == ["cauda-equina-saddle", "both-legs"]
    assert ids("my groin is tingling and my back is sore") == ["cauda-equina-saddle"]


@pytest.mark.parametrize(
    "question",
    [
        "both legs ache after running a marathon",
        "weak legs after leg day",
        "after the gym my legs feel heavy and my back is a bit tight",
    ],
)
def test_legs_tired_from_exercise_raise_nothing(question: str) -> None:
    assert ids(question) == []


def test_a_crushing_chest_pain_is_no_accident() -> None:
    assert ids("crushing chest pain into my back") == ["chest-heart"]


def test_a_phrase_ending_in_a_dollar_must_end_its_clause() -> None:
    # "it's gone $" is over; "it's gone up again" is not
    assert ids("had a fever last week, it's gone, back stiff from bed rest") == []
    assert ids("I've had a fever since monday, it's gone up again and my back aches") == [
        "infection-fever"
    ]


def test_an_emergency_symptom_that_came_and_went_still_counts() -> None:
    assert ids("both legs went numb for a few minutes but it's gone now") == ["both-legs"]
    assert ids("I wet myself last night but I'm fine now") == ["cauda-equina-bladder"]
    assert ids("had a fever last week, all better now, back stiff") == []
    assert ids("I had sciatica in both legs in 2015 which cleared up with physio") == []


def test_only_what_is_named_as_better_is_over() -> None:
    assert ids("I can't feel my bum, but the pain is much better today") == ["cauda-equina-saddle"]
    assert ids("my legs have gone completely numb") == ["both-legs"]
    assert ids("had a fever last week, all better now, back stiff") == []


def test_what_follows_the_past_after_a_joiner_is_new() -> None:
    question = "had prostate cancer two years ago and the ache in my back is getting worse"
    assert ids(question) == ["cancer-history"]
    assert ids("had a fever two years ago and my back aches now") == []


def test_a_symptom_long_over_raises_nothing_but_a_cancer_history_counts() -> None:
    assert ids("had covid with a high temperature last year, fine since. tips for running?") == []
    assert ids("had a car crash when I was 19, no injuries, back fine for years") == []
    assert ids("had breast cancer five years ago and now I have new back pain") == [
        "cancer-history"
    ]


def test_suspecting_cauda_equina_is_an_emergency_but_reading_about_it_is_not() -> None:
    assert ids("worried I might have cauda equina syndrome") == ["cauda-equina-suspected"]
    assert ids("what are the symptoms of cauda equina?") == []
    assert ids("I watched a documentary about cauda equina and now I'm paranoid") == []


@pytest.mark.parametrize(
    "question",
    [
        "I suddenly realised my posture is terrible, what should I do?",
        "woke up with a stiff back, worst mattress ever",
    ],
)
def test_sudden_or_worst_needs_pain_described(question: str) -> None:
    assert ids(question) == []


def test_a_fever_counts_with_back_pain_only() -> None:
    assert ids("I have a fever, can I still do my back exercises?") == []
    assert ids("I feel really poorly with my back and keep shivering") == ["infection-fever"]


def test_risk_factors_need_back_pain_described() -> None:
    assert ids("I had leukaemia as a kid, all clear, no back problems - can I deadlift?") == []
    assert ids("I have osteoporosis and my back started hurting") == ["steroids-osteoporosis"]


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("numbess in my buttocks", "cauda-equina-saddle"),
        ("bak pain n cant feel my bum properly wen i wipe", "cauda-equina-saddle"),
        ("back pain and tinglling in both legs", "both-legs"),
        # short words: a swap, a vowel for a vowel, a letter missing, letters typed twice
        ("i cnat pee and my back hurts", "cauda-equina-bladder"),
        ("cant feal my bum", "cauda-equina-saddle"),
        ("i cant fel my legs", "both-legs"),
        ("cant peee, back pain", "cauda-equina-bladder"),
        ("cant feel my bumm", "cauda-equina-saddle"),
        ("numbness in my groyne", "cauda-equina-saddle"),
    ],
)
def test_typos_are_tolerated(question: str, rule: str) -> None:
    assert rule in ids(question)


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("back pain and the weakness in my leg is worse every day", "both-legs"),
        ("my leg is getting weaker and weaker", "both-legs"),
        ("i dont get the feeling that i need a wee anymore", "cauda-equina-bladder"),
        ("when I wipe it feels like someone else's skin", "cauda-equina-saddle"),
    ],
)
def test_word_forms_and_change_over_time_are_read(question: str, rule: str) -> None:
    assert rule in ids(question)


def test_flags_come_most_urgent_first() -> None:
    flags = SAFETY.check("fever and I can't pee and I've lost weight without trying, back aches")
    assert [f.id for f in flags] == ["cauda-equina-bladder", "infection-fever", "weight-loss"]
    assert [f.urgency for f in flags] == sorted((f.urgency for f in flags), key=URGENCIES.index)


def test_a_flag_says_what_was_noticed_and_the_action_separately() -> None:
    [flag] = SAFETY.check("I wet myself and my back hurts")
    assert isinstance(flag, RedFlag) and flag.urgency == "emergency"
    assert "999" not in flag.message and "emergency number" not in flag.message
    assert "999" in flag.action and "911" in flag.action
    assert flag.to_dict() == {
        "id": flag.id,
        "urgency": "emergency",
        "message": flag.message,
        "action": flag.action,
    }


def test_no_rule_message_repeats_its_tiers_action() -> None:
    for rule in rules_data()["rules"]:
        message = rule["message"]
        assert "Get medical help today" not in message, rule["id"]
        assert "Call your local emergency number" not in message, rule["id"]


def test_rules_file_is_complete_and_cites_sources() -> None:
    data = rules_data()
    sources = data["sources"]
    assert len(sources) >= 5 and all(s["name"] and s["url"] for s in sources.values())
    rule_ids = [rule["id"] for rule in data["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    for rule in data["rules"]:
        assert rule["urgency"] in URGENCIES
        assert len(rule["message"]) > 20 and rule["when"]
        assert rule["sources"] and set(rule["sources"]) <= set(sources), rule["id"]
    assert {r["urgency"] for r in data["rules"]} == set(URGENCIES)


def test_every_concept_is_used_by_a_rule_or_by_the_reading() -> None:
    vocabulary = vocabulary_data()
    used = {
        concept.strip()
        for rule in rules_data()["rules"]
        for combo in rule["when"]
        for concept in combo.split("+")
    }
    # concepts the code names: HEREDITY makes back trouble asked about as inherited the asker's
    used |= {
        "PAIN",
        "PAST",
        "PAST_LAY",
        "RESOLVED",
        "RECOVERED",
        "DENIES_BEFORE",
        "HEREDITY",
        "FULL_RECOVERY",  # past.py: a past episode told up to the asker's full recovery
        "RETURNED",  # ... that a sign come back ("again") interrupts
        "RECURRED",  # returned.py: a sign told as back by a pronoun ("it's back"), safety36
        "BACK_GUARDING",  # back_trouble.py: a back held stiff ("won't bend"), safety48
    } | set(vocabulary["background"])
    used |= set(vocabulary["context"])  # read to hide words ("I'm 30 weeks") and by the net
    # signs told by a pronoun, read as their sign by returned.py (safety39)
    used |= set(vocabulary["returned"]["pronoun_signs"]["concepts"])
    # abilities asked about, read as their loss when answered no by ability_answers.py (safety44)
    used |= set(vocabulary["inquiries"]["ability_losses"])
    used |= {  # causes that explain a rule's combination ("EXERCISE + SORE")
        concept.strip()
        for rule in rules_data()["rules"]
        for causes in rule.get("explained", {}).values()
        for cause in causes
        for concept in cause.split("+")
    }
    kinds = ("framing", "generic", "items", "general", "topics", "disclaimers", "one_off", "asking")
    used |= {c for kind in kinds for c in vocabulary["abstract"][kind]}
    used |= {
        c.lstrip("*~!") for spec in vocabulary["concepts"].values() for c in spec.get("unless", ())
    }
    assert set(vocabulary["concepts"]) == used


def test_a_rule_naming_an_unknown_concept_is_refused() -> None:
    rules = rules_data()
    rules["rules"][0]["when"] = ["SADDLE + NUMBNESS"]
    with pytest.raises(ValueError, match="NUMBNESS"):
        Safety(rules, vocabulary_data())


@pytest.mark.parametrize("combo", ["PAIN", "PAIN + BACK", "STUDY + GENERIC"])
def test_a_rule_of_background_concepts_only_is_refused_by_name(combo: str) -> None:
    rules = rules_data()
    rules["rules"][1]["when"] = [combo]
    with pytest.raises(DataError, match=rules["rules"][1]["id"]):
        Safety(rules, vocabulary_data())


@pytest.mark.parametrize("phrase", ["... numb", "numb ...", "numb ... ... bum", "numb $ bum", "$"])
def test_a_malformed_phrase_is_refused(phrase: str) -> None:
    vocabulary = vocabulary_data()
    vocabulary["concepts"]["NUMB"]["phrases"].append(phrase)
    with pytest.raises(ValueError, match="phrase"):
        Safety(rules_data(), vocabulary).validate()


def test_every_bundled_phrase_compiles() -> None:
    load_safety().validate()


def test_an_ordinary_question_needs_no_typo_library() -> None:
    import subprocess
    import sys

    probe = (
        "import sys; from backcare.engine.safety import load_safety; "
        "s = load_safety(); s.check('why does my back get stiff when I sit at my desk'); "
        "print('rapidfuzz' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_vocabulary_words_keep_their_first_letter_when_stemmed() -> None:
    """The word-form check looks a token's stem up among the vocabulary words with the same first
    letter (detect.Safety._is_word_form): true only while stemming keeps the first letter."""
    from backcare.engine.analyze import stem
    from backcare.engine.safety import load_safety

    surfaces = load_safety()._surfaces
    assert surfaces
    assert all(stem(word)[:1] == word[:1] for word in surfaces if stem(word))


class _Unhurried(Safety):
    """The same check without its quick exit: every question read in full."""

    def _may_fire(self, question: str) -> bool:
        return True


def test_the_quick_exit_never_hides_a_flag() -> None:
    full = _Unhurried(rules_data(), vocabulary_data())
    questions = [item["q"] for path in sorted(EVAL.glob("*.jsonl")) for item in read_jsonl(path)]
    questions += ["stiff bakc aftr siting", "cnt pee", "numbess in my bum", "temp of 39.5"]
    assert len(questions) > 5000
    differ = [q for q in questions if SAFETY.check(q) != full.check(q)]
    assert differ == []
    # and it does its job: most ordinary questions stop there
    assert sum(SAFETY._may_fire(q) for q in questions) < 0.8 * len(questions)


_QUICK = load_safety()
_FULL = _Unhurried(rules_data(), vocabulary_data())
for _ in range(QUICK_AFTER + 1):
    _QUICK.check("warm up")  # past QUICK_AFTER: the quick exit is built and used


@settings(max_examples=300, deadline=None)
@given(
    st.text()
    | st.builds(
        "back pain {} day {}".format,
        st.text(),
        st.sampled_from(["\u1369", "\u19da", "\U00010a40", "\u00b2", "\u2460", "3", "x"]),
    )
)
def test_the_quick_exit_agrees_with_the_full_reading_on_any_text(question: str) -> None:
    # digits that are no decimal digits ("\u1369", "\u19da", "\U00010a40") are words to the
    # tokenizer: reading them as numbers crashed a batch only once the quick exit was on
    assert _QUICK.check(question) == _FULL.check(question)


def test_a_non_decimal_digit_is_a_word_in_a_batch() -> None:
    for question in ["back pain \u1369 day", "\u19da", "\U00010a40 numb bum"] * QUICK_AFTER:
        _QUICK.check(question)


def test_safety_keeps_its_own_stop_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # the matcher tunes data/stopwords.txt for ranking; the quick exit must not move with it
    import backcare.engine.analyze as analyze

    def refuse() -> list[str]:
        raise AssertionError("safety read the matcher's stop words")

    monkeypatch.setattr(analyze, "load_stopwords", refuse)
    safety = Safety(rules_data(), vocabulary_data())
    for _ in range(QUICK_AFTER + 1):
        safety.check("need a possible stretch, trying everything")
    assert [f.id for f in safety.check("I can't feel my bum, back hurts")] == [
        "cauda-equina-saddle"
    ]
    assert "stopwords" in vocabulary_data()


# Issue 12, strangers' banks A and B: false alarms fixed by class. Each "off" change has real
# emergencies phrased near it that must keep their notice.


@pytest.mark.parametrize(
    "question",
    [
        "Hypothetically, if both my legs went weak, is that A&E? They're fine, just wondering.",
        "Could someone get a numb bum from a slipped disc? I've never had that",
        "What if you can't feel your bum when you wipe, is that serious? Mine's just a sore back",
        "Can people get back pain from shingles? Just curious, I feel fine",
    ],
)
def test_a_general_question_with_a_disclaimer_raises_nothing(question: str) -> None:
    assert ids(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "Can steroids cause back pain?",
        "Are steroid tablets linked to back problems?",
        "Is it true that a fever can come with back pain?",
        "How do you know if back pain is from cancer?",
    ],
)
def test_a_risk_factor_asked_about_as_a_topic_raises_no_lesser_notice(question: str) -> None:
    assert ids(question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why does my bum go numb, I feel fine", "cauda-equina-saddle"),
        ("I can't feel my bum. I feel fine", "cauda-equina-saddle"),
        ("numb bum, I've never had it", "cauda-equina-saddle"),
        (
            "Hypothetically if I couldn't feel my bum what would that mean? I've never had it before",
            "cauda-equina-saddle",
        ),
        (
            "Hypothetically, if my legs went numb, would that be an emergency? They're fine now",
            "both-legs",
        ),
        ("If the pain goes into both legs is that bad? My legs are numb", "both-legs"),
        (
            "Can you get numb legs from a slipped disc? Mine have been numb since yesterday",
            "both-legs",
        ),
        ("If I walk more than 50 metres both my legs go weak. I'm fine though", "both-legs"),
        # an own symptom told by ellipsis beside the disclaimer
        ("Can you get numb legs from sciatica? Mine are numb, I feel fine", "both-legs"),
        (
            "If you can't feel your bum when you wipe is that bad? Mine is numb. I'm fine",
            "cauda-equina-saddle",
        ),
        # a topic in emergency words asked about in general gets a pointer, not a notice
        # (test_a_general_question_about_a_sign_gets_a_pointer_not_a_notice); told as one's own,
        # it keeps the emergency
        (
            "Why do doctors ask about bladder problems? I can't pee since this morning",
            "cauda-equina-bladder",
        ),
        (
            "Can you get back pain from a kidney infection? I've got one and a fever",
            "infection-fever",
        ),
        (
            "Does osteoporosis cause back pain? I have osteoporosis and my back hurts",
            "steroids-osteoporosis",
        ),
        ("can you get back pain from cancer, i have leukaemia and back pain", "cancer-history"),
        ("Does a cough make back pain worse? Mine hurts every time I cough", "cough-strain"),
        ("Why does my back hurt when I cough?", "cough-strain"),
        (
            "How would I know if my back pain is from an infection? I've had a temperature of 39",
            "infection-fever",
        ),
    ],
)
def test_an_own_symptom_keeps_its_notice_beside_general_words(question: str, expected: str) -> None:
    assert expected in ids(question)


@pytest.mark.parametrize(
    "question",
    [
        "Slipped on ice in 2015 and wet myself from the shock, never happened again. Best mattress?",
        "My back twinged when I coughed yesterday, just the once. Heat or ice?",
        "My dad fell off a roof in the 80s and had a bad back after. Is it hereditary?",
    ],
)
def test_a_one_off_or_a_decade_ago_is_over(question: str) -> None:
    assert ids(question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I wet myself on Monday, nothing since, back pain", "cauda-equina-bladder"),
        (
            "wet myself once last week, just a one-off, my back is killing me",
            "cauda-equina-bladder",
        ),
        ("my back hurts every time I sneeze, not a one-off", "cough-strain"),
        ("I sneezed and my back went, now it hurts every time I cough", "cough-strain"),
        ("Years ago I hurt my back and now my legs are numb", "both-legs"),
        ("In the 90s I had cancer, now back pain", "cancer-history"),
        ("my grandad had a car crash yesterday and hurt his back", "trauma"),
    ],
)
def test_an_emergency_that_came_and_went_or_a_recent_one_still_counts(
    question: str, expected: str
) -> None:
    assert expected in ids(question)


def test_a_negated_symptom_phrase_before_a_symptom_denies_it() -> None:
    assert ids("No feeling of numbness in my legs, just a stiff back") == []
    assert ids("no feeling of pins and needles in my bum, just achy from the hard bench") == []
    assert ids("no feeling in my legs and back pain") == ["both-legs"]
    assert ids("I have no feeling of needing to pee and back pain") == ["cauda-equina-bladder"]
    assert ids("no feeling at all in my bum, back agony") == ["cauda-equina-saddle"]
    # one symptom read two ways is not a denial of itself
    assert ids("back ache and when i wipe it feels like its not my skin") == ["cauda-equina-saddle"]


@pytest.mark.parametrize(
    "question",
    [
        "I keep tripping over my dressing gown, could that be why my back hurts?",
        "Both legs of my pyjamas are too long, and my back aches",
        "I keep falling onto the crash pads at bouldering, is that bad for my lower back?",
        "Came off the climbing wall onto the crash mat, bruised bum, back feels fine",
        "My husband is a Virgo and I'm a Cancer, we both have bad backs",
        "Is a chest binder bad for my lower back?",
        "Could a wonky office chair cause back ache?",
        "walking on uneven pavements makes my back ache",
        "Does Icy Hot work on a stiff back?",
        "sat on metal bleachers all game and my bum went numb, back stiff too",
        "If sciatica goes into both legs is that worse than one? Mine's only a stiff back",
    ],
)
def test_things_clothes_products_and_star_signs_are_no_symptoms(question: str) -> None:
    assert ids(question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("both legs are weak and my jeans feel loose", "both-legs"),
        ("I keep tripping over my own feet and my back hurts", "both-legs"),
        ("I keep tripping on the stairs since my back pain started", "both-legs"),
        ("fell off the climbing wall from 5 metres and missed the crash mat, back pain", "trauma"),
        (
            "fell off the bouldering wall onto the crash mat and now I can't feel my legs",
            "both-legs",
        ),
        ("I'm a Cancer survivor and my back hurts", "cancer-history"),
        ("I had a cancer and I'm a Leo, back hurts", "cancer-history"),
        ("chest pain and back pain when wearing my chest strap", "chest-heart"),
        ("My back has gone lopsided", "lump-shape"),
        ("My back is lopsided and my desk is too", "lump-shape"),
        ("I'm hot then freezing, back pain, should I use Icy Hot?", "infection-fever"),
        (
            "sitting on hard bleachers and now my bum is numb and I can't pee",
            "cauda-equina-bladder",
        ),
        ("legs going weak, it's getting worse than yesterday", "both-legs"),
    ],
)
def test_the_same_words_about_the_asker_keep_their_notice(question: str, expected: str) -> None:
    assert expected in ids(question)


def test_exercise_beside_both_legs_never_silences_them() -> None:
    """Exercise named beside pain in both legs no longer explains it away: "after exercise my back
    is sore and both my legs hurt badly" lost its notice that way (a cold review), and telling
    whose soreness it is takes more than a word in the same sentence. Sore legs after a leg day
    are an accepted false alarm (docs/safety.md)."""
    assert ids("after exercise my back is sore and both my legs hurt badly") == ["both-legs"]
    assert ids("Did some exercise, sore back, pain in both legs") == ["both-legs"]
    assert ids("I go running and since Monday both legs hurt and my back is agony") == ["both-legs"]
    assert ids("both legs numb after the gym and my back aches") == ["both-legs"]
    assert ids("both legs sore and tingling after the gym, back pain") == ["both-legs"]


def test_a_rule_explaining_a_combination_it_lacks_is_refused() -> None:
    rules = rules_data()
    rules["rules"][0]["explained"] = {"SADDLE + WEAK": ["EXERCISE"]}
    with pytest.raises(DataError):
        Safety(rules, vocabulary_data())


def test_accidents_in_general_are_no_accident_of_the_asker() -> None:
    assert ids("why do paramedics strap people to boards after car crashes") == []
    assert ids("my back hurts after a car accident, whiplash?") == ["trauma"]
    assert ids("How long does whiplash last after a car crash?") == ["trauma"]


def test_a_person_denied_is_no_one_the_question_is_about() -> None:
    assert ids("asking about me, not a patient: new bowel incontinence this morning") == [
        "cauda-equina-bowel"
    ]
    assert ids("for me not my mum: I can't feel my bum and my back hurts") == [
        "cauda-equina-saddle"
    ]


def test_in_bed_or_off_work_with_a_back_is_back_trouble() -> None:
    assert ids("My husband had a bowel accident today, he's been off work with his back") == [
        "cauda-equina-bowel"
    ]
    assert ids("she's been in bed with her back for days and can't feel between her legs") == [
        "cauda-equina-saddle"
    ]
    assert ids("can't feel anything in bed with my husband since my back went") == [
        "sexual-function"
    ]


def test_a_relatives_cancer_with_their_legs_failing_is_their_emergency() -> None:
    assert ids("Mum has myeloma and since this morning her legs won't hold her") == ["cancer-cord"]
    assert ids("Dad's cancer has spread to his bones and today he's dragging his right foot") == [
        "cancer-cord"
    ]
    # their cancer alone, or my legs with their cancer, are no one person's
    assert ids("my mum had cancer and I've been lifting her, my back is sore") == []
    assert "cancer-cord" not in ids("my mum has cancer and my legs are numb, back aches")


def test_a_person_who_noticed_reports_about_the_asker() -> None:
    assert ids("Partner noticed the sheets were wet this morning, back's been killing me") == [
        "cauda-equina-bladder"
    ]
    assert ids("my husband noticed his legs are weak, my back is fine") == []


# Issue 12, round 4 (safety10): a general question about what a warning sign is, with no report of
# anyone's current state, raises no notice (no exit 3) but names the tier for a calm pointer ("If
# this is happening to you now: ..."). Each case has must-flag twins worded near it below.
GENERAL_QUESTIONS = [
    ("for my physio exam: is loss of bladder control with back pain an emergency?", "emergency"),
    (
        "In films when someone falls off a building and can't feel their legs, is that real?",
        "emergency",
    ),
    (
        "Reading a novel where the hero goes numb below the waist. How fast would that happen?",
        "emergency",
    ),
    ("is numbness in the groin serious? asking for a first aid course", "emergency"),
    (
        "my character in a story I'm writing can't feel her legs after a fall, what happens next?",
        "emergency",
    ),
    (
        "Saw a documentary where a climber couldn't feel his legs after a fall, how common?",
        "emergency",
    ),
]


@pytest.mark.parametrize(("question", "tier"), GENERAL_QUESTIONS)
def test_a_general_question_about_a_sign_gets_a_pointer_not_a_notice(
    question: str, tier: str
) -> None:
    assert SAFETY.check(question) == []
    assert SAFETY.pointer(question) == tier


def test_a_general_question_then_im_fine_gets_the_pointer_not_a_notice() -> None:
    # safety81 (red flags 8's blind label: ordinary): curiosity alone still keeps the notice (the
    # red-team's frightened askers, above); a general question the asker then calls fine by a
    # wellness word gets the pointer ("If this is happening to you now: ...") instead
    question = "Does a fever with back pain mean something serious? just curious, I'm fine"
    assert SAFETY.check(question) == []
    assert SAFETY.pointer(question) is not None


@pytest.mark.parametrize(
    ("question", "tier"),
    [
        # the same words told as one's own, someone's now, with a time course or stated before
        # the question: the notice stays
        (
            "for my physio exam I'm revising, but I can't control my bladder since Monday",
            "emergency",
        ),
        ("Why do doctors ask about bladder problems? I can't pee since this morning", "emergency"),
        ("What does 'saddle anaesthesia' mean? The doctor said I have it", "emergency"),
        ("Watching a film and suddenly I can't feel my legs, back is bad", "emergency"),
        ("Reading a novel when my legs went numb below the waist, back is agony", "emergency"),
        ("numbness in the groin, is it serious? just curious", "emergency"),
        ("Does a fever with back pain mean something serious? I've got both", "urgent"),
        (
            "Out of curiosity, he can't control his bowels since his back went, is that bad?",
            "emergency",
        ),
        (
            "hypothetically speaking I think I wet myself without noticing, back is killing me",
            "emergency",
        ),
        ("he can't feel his legs, is it true that's serious?", "emergency"),
        ("trivia question: numb bum and can't pee - emergency?", "emergency"),
        ("cramming for my exam and both legs went numb, what does it mean?", "emergency"),
        ("just wondering, numb bum and can't pee now, is that bad?", "emergency"),
        ("is a numb bum serious?", "emergency"),  # no cue of a general question: may be one's own
        ("whats happening, cant feel legs", "emergency"),  # a question, then the report
        ("what is going on, numb bum and cant pee", "emergency"),
        # probe 72's cues, told as one's own or someone's now
        (
            "Saw a documentary, then realised I can't feel my legs properly since the fall",
            "emergency",
        ),
        (
            "What exactly is saddle numbness? The term confuses me, the doctor says I have it",
            "emergency",
        ),
        ("just asking generally: can't pee since this morning and my back is in bits", "emergency"),
        ("he says his legs gave way with his bad back, what does it mean?", "emergency"),
        # a definition, a generic "you" or a topic with nothing that sets the asker apart from
        # the symptom (curiosity, fiction, study) is how people ask about their own: a cold
        # review found each of these silenced, and safety10's two general questions without
        # such a cue keep their notice with them
        ("help me, what does it mean when you cant pee and your bum is numb", "emergency"),
        ("what does it mean if you cant pee and your back is killing you please help", "emergency"),
        ("is a numb bum and not being able to pee a sign of something serious?", "emergency"),
        ("what helps a stiff back when you also cant feel your bum, is that serious", "emergency"),
        ("is it an emergency if you cant feel your legs", "emergency"),
        ("is it bad if u cant pee n cant feel ur bum", "emergency"),
        ("is it true losing bladder control with sciatica is an emergency", "emergency"),
        ("what does numb groin and not being able to pee mean", "emergency"),
        ("what does it mean when we cant pee and our bums are numb", "emergency"),
        (
            "what does it mean if the back pain is crushing and spreads to the chest and jaw",
            "emergency",
        ),
        ("Why do doctors ask about bladder problems when you go in with back pain?", "emergency"),
        ("What does it mean when people say their legs 'gave way' with a bad back?", "emergency"),
        # curiosity alone ("just curious", "wondering", "asking generally", "heard that") is no
        # longer a cue for the pointer: a red-team found frightened people write exactly so
        # ("wondering whether to go to A&E - is it serious when you can't pee?")
        # (a definition of a term with no one's sign, "What does 'saddle anaesthesia' mean? I saw
        # it on a poster", gets the pointer since safety21: tests/test_safety_general.py; bank A
        # labels it ordinary)
        ("Out of curiosity, why is losing bowel control with back pain an emergency?", "emergency"),
        (
            "Is a high temperature with back ache worrying in general? asking out of interest",
            "urgent",
        ),
        ("What exactly is 'saddle numbness'? The term confuses me", "emergency"),
        ("Is weight loss with back pain something to worry about? just asking generally", "soon"),
        (
            "is it serious when you can't pee and your bum goes numb? wondering whether to go to A&E",
            "emergency",
        ),
        (
            "heard that not being able to pee with back pain is serious, is it? been 8 hours",
            "emergency",
        ),
        ("for my first aid course: is it serious if you can't pee? please help", "emergency"),
        # a symptom's own word never read as a place or a job ("chest nurse"), a person's fall
        # never as a thing coming off a wall, a lump never explained by another one
        ("back pain and tight chest nurse said go to a&e is that right", "emergency"),
        (
            "cleaning the gutter i fell off the ladder onto the fence, landed on my back",
            "emergency",
        ),
        ("had a little accident, tripped up the stairs trying to get there in time", "emergency"),
        ("had a little accident, dropped everything and ran but too late", "emergency"),
        # an "accident" whose next clause is a toilet or a timing idiom is the bladder's
        (
            "my back is agony and I had a little accident, cut it too fine getting to the toilet",
            "emergency",
        ),
        ("my back is killing me, had a little accident, cut it too close", "emergency"),
        ("back in bits, had an accident, dropped my guard and wet the bed", "emergency"),
        ("on Casualty last night my husband couldn't feel his legs, he is in A&E", "emergency"),
    ],
)
def test_a_report_near_a_general_question_keeps_its_notice(question: str, tier: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == tier, question
    assert SAFETY.pointer(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "had a little accident - spilled coffee on my keyboard, then hours hunched fixing it",
        "little accident in the kitchen, dropped a pan, bent awkwardly and my back twinged",
        "the shelf came off the wall and I had to hold it up, pulled something in my back",
        "the curtain pole came off its brackets and I caught it, tweaked my back",
        "Back in my 20s I had a kidney infection with fever, sorted with antibiotics. Back aches now",
    ],
)
def test_an_accident_told_a_thing_that_came_off_or_an_infection_sorted_is_no_flag(
    question: str,
) -> None:
    assert ids(question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "had a little accident, didn't make it to the loo, back is killing me",
            "cauda-equina-bladder",
        ),
        ("had a little accident this morning and my back is agony", "cauda-equina-bladder"),
        ("came off my horse at a gallop and landed on my back", "trauma"),
        ("came off the wall I was climbing, about 3 metres, back hurts", "trauma"),
        (
            "had a kidney infection with fever last week, still feverish, back aches",
            "infection-fever",
        ),
        (
            "pins and needles right where a bike seat would touch, and my back is agony",
            "cauda-equina-saddle",
        ),
        ("my belt's on the last notch though I eat the same, and my back aches", "weight-loss"),
        ("every sneeze feels like a kick in the spine", "cough-strain"),
        (
            "woke up in wet sheets, never happens, and my back has been sore all week",
            "cauda-equina-bladder",
        ),
    ],
)
def test_accidents_falls_infections_and_lay_signs_near_those_still_raise(
    question: str, expected: str
) -> None:
    assert expected in ids(question)


@pytest.mark.parametrize(
    "question",
    [
        "went for a run and now both my legs are numb and dead",
        "after the marathon both my legs went weak and numb and my back is sore",
        "did a long hike, legs dead, and i cant feel my legs properly now",
    ],
)
def test_exercise_never_explains_numb_or_weak_legs_away(question: str) -> None:
    # safety11 let a spent-legs phrase after exercise explain numb and weak legs too; the rules
    # then left "went for a run and now both my legs are numb" to the learned check alone. It
    # explains only wobbly legs, and since safety20 the tired word itself after the asker's
    # exercise ("legs are dead" after a run), never a numbness word beside it
    assert any(flag.id == "both-legs" for flag in SAFETY.check_rules(question)), question


@pytest.mark.parametrize(
    "question",
    [
        "my waters broke and my back hurts",
        "think my water has broken, lower back cramping",
        "I think I'm in labour, my back pain comes every 5 minutes",
    ],
)
def test_labour_is_named_as_labour_not_a_broken_spine(question: str) -> None:
    # safety13: "waters broke ... my back" read as "broke ... back", a fracture (trauma); labour
    # keeps an emergency notice, with the midwife or maternity unit named, and no fracture
    ids = [flag.id for flag in SAFETY.check_rules(question)]
    assert ids[0] == "labour" and "trauma" not in ids, (question, ids)


@pytest.mark.parametrize(
    ("question", "flagged"),
    [
        ("walking is hard when my back is stiff in the morning", False),
        ("I can't walk far because my back is tight", False),
        ("I can't walk far because my back is tight and I'm scared", True),
        ("can't walk far because my back is tight, please help", True),
        ("suddenly I can't walk because my back is tight", True),
        ("I can't walk properly since this morning because my back is stiff", True),
        ("walking is hard because my back is stiff and my foot is dragging", True),
        ("I can't walk far because my back is tight and both legs are numb", True),
    ],
)
def test_a_stiff_back_explains_limited_walking_only_when_nothing_is_live(
    question: str, flagged: bool
) -> None:
    # back stiffness named as the cause explains "can't walk far" (WALK_LIMIT); fear, a plea,
    # "now" or a time course keep the notice (kept_live), and a dragging foot is never explained
    raised = any(flag.id == "both-legs" for flag in SAFETY.check_rules(question))
    assert raised is flagged, question


@pytest.mark.parametrize(
    ("question", "flagged"),
    [
        ("back ache from carrying my baby bump", False),
        ("I'm 30 weeks and my back aches", False),
        ("I crashed my car last week and now my back is stiff", True),
        ("someone drove into me yesterday and my back is sore", True),
        ("new lump on my spine that keeps growing, I'm 20 weeks pregnant", True),
    ],
)
def test_pregnancy_is_context_and_collisions_are_read_in_other_words(
    question: str, flagged: bool
) -> None:
    assert bool(SAFETY.check_rules(question)) is flagged, question


@pytest.mark.parametrize(
    "question",
    [
        "I keep thinking about killing myself, my back pain never stops",
        "I want to end it all because of this pain",
        "dont wanna be here no more",
        "everyone would be better off if I wasn't around, my back is wrecked",
        "there's no point going on with this sciatica",
        "I want to hurt myself, the pain is too much",
        "thinking about taking all my painkillers at once",
        "ive felt suicidal since the disc went",
        "i wish i was dead, 10 years of back pain",
        "my son says he wants to kill himself because of his back",
    ],
)
def test_thoughts_of_suicide_or_self_harm_raise_the_crisis_notice_first(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags[0].id == "crisis" and flags[0].urgency == "emergency"
    assert flags[0].call == "crisis" and "116 123" in flags[0].action


@pytest.mark.parametrize(
    "question",
    [
        "this back pain is killing me, what stretches help?",
        "I could kill for a massage, back is so tight",
        "I'd die for a day without back pain",
        "I hurt myself lifting a box at work, lower back sore",
        "how do I lift without hurting myself?",
        "I'm not suicidal, just fed up with the back pain",
        "my uncle took his own life years ago, does back pain run in families?",
        "doing suicide sprints at football made my back sore",
        "I'm killing myself at the gym but my back still aches",
    ],
)
def test_idioms_injuries_denials_and_others_past_raise_no_crisis(question: str) -> None:
    assert "crisis" not in ids(question)


@pytest.mark.parametrize(
    "question",
    [
        "feeling down because of the pain",
        "I've been feeling down since my back injury",
        "feeling flat since my back injury",
        "been feeling low lately with the sciatica",
    ],
)
def test_low_mood_is_no_emergency(question: str) -> None:
    assert all(f.urgency != "emergency" for f in SAFETY.check(question))


def test_low_mood_stays_the_not_coping_sign_and_down_there_the_saddle() -> None:
    assert ids("feeling really down because of the pain") == ["not-improving"]
    assert ids("feeling down there is numb and my back hurts") == ["cauda-equina-saddle"]
    assert ids("no feeling down there since my back went") == ["cauda-equina-saddle"]


def test_a_relatives_cancer_asked_about_as_heredity_is_no_cancer_history() -> None:
    assert ids("my mum had cancer, is back pain hereditary") == []
    assert ids("my mum had breast cancer. is back pain genetic?") == []
    assert ids("my dad had bowel cancer, does back pain run in families?") == []
    assert ids("I had breast cancer like my mum did, is this back pain hereditary?") == [
        "cancer-history"
    ]
    assert "cancer-history" in ids("my mum has cancer and her back pain is getting worse at night")


@pytest.mark.parametrize("question", ["N Ed", "x rtc q", "RTAs cnmR", "gI aOra", "¤§rtc¶®©°"])
def test_initials_or_corrections_in_random_letters_raise_nothing(question: str) -> None:
    assert ids(question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("rta", "trauma"),
        ("rtc yesterday", "trauma"),
        ("i had an rtc", "trauma"),
        ("cant pee", "cauda-equina-bladder"),
        ("cnt pee", "cauda-equina-bladder"),
        ("ED and numb bum", "cauda-equina-saddle"),
    ],
)
def test_short_real_emergencies_keep_their_notice(question: str, expected: str) -> None:
    assert expected in ids(question)
