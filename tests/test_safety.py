"""Red flags: how a question is read (negation, whose symptom, senses, the past, typos) and the rule
and vocabulary files themselves. The labelled sets are guarded in test_safety_sets.py."""

from __future__ import annotations

import json
from typing import Any

import pytest

from backcare.engine.safety import URGENCIES, RedFlag, Safety, load_safety
from backcare.resources import data_path

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


def test_a_symptom_long_over_raises_nothing_but_a_cancer_history_counts() -> None:
    assert ids("had covid with a high temperature last year, fine since. tips for running?") == []
    assert ids("had a car crash when I was 19, no injuries, back fine for years") == []
    assert ids("had breast cancer five years ago and now I have new back pain") == [
        "cancer-history"
    ]


def test_risk_factors_need_back_pain_described() -> None:
    assert ids("I had leukaemia as a kid, all clear, no back problems - can I deadlift?") == []
    assert ids("I have osteoporosis and my back started hurting") == ["steroids-osteoporosis"]


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("numbess in my buttocks", "cauda-equina-saddle"),
        ("bak pain n cant feel my bum properly wen i wipe", "cauda-equina-saddle"),
        ("back pain and tinglling in both legs", "both-legs"),
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
    used |= {"PAIN", "PAST"} | set(vocabulary["background"])
    used |= {c for spec in vocabulary["concepts"].values() for c in spec.get("unless", ())}
    assert set(vocabulary["concepts"]) == used


def test_a_rule_naming_an_unknown_concept_is_refused() -> None:
    rules = rules_data()
    rules["rules"][0]["when"] = ["SADDLE + NUMBNESS"]
    with pytest.raises(ValueError, match="NUMBNESS"):
        Safety(rules, vocabulary_data())


@pytest.mark.parametrize("phrase", ["... numb", "numb ...", "numb ... ... bum"])
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
