"""safety118 (issue #12): the evidence behind false alarms, measured against the catches of the
same rules (tools/redflag_evidence.py, data/evidence_classes.json; docs/safety.md "safety118").

Three general gates for soft evidence were measured over every labelled set and rejected, because
each would quieten more caught red flags than false alarms (docs/safety.md has the table):
- benign: a soft sign beside a benign course told ("getting better", "easing", "fine now");
- single: a soft rule resting on one live sign, with no corroborating sign;
- frame: a soft sign in a message that also asks in general terms or names a study, story or
  document.
These tests hold each class's real signs (written for this round, not taken from any set) raised,
so such a gate cannot come in unnoticed, and each class's calm twins quiet where they are quiet
today (a twin still raised is a strict xfail: the class is open). The tool's own reading (set
groups of the design protocol, the evidence of a notice) is tested on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from backcare.engine.safety import Mention
from backcare.resources import read_shared_json
from tests.safety_cases import SAFETY
from tools.redflag_evidence import Classes, evidence, group, load_classes, newest_blind

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# real signs told beside a benign course: the course is over, or another pain's, or came first
RAISED_BENIGN = {
    "My back was settling nicely after the gardening, but I've had a temperature of 38.9 and shivers since last night.": "urgent",
    "Pain is easing a bit day by day, but I've lost nearly a stone in six weeks without trying.": "soon",
    "I had prostate cancer three years ago. The back ache was getting better, now it's back and worse every week.": "urgent",
    "The physio says I'm improving, yet the pain still wakes me every night and nothing eases it lying down.": "soon",
    "Was recovering well from the disc flare until I fell down the stairs this morning, now my back really hurts.": "soon",
    "My back's a lot better than last week but I've been on prednisolone tablets for my asthma for two years and now there's a new sharp pain in my back.": "soon",
    "Things got better for a few days, but it's been 8 weeks now and it's no better overall, painkillers aren't touching it.": "soon",
    "The ache from lifting eased off, but now I've got a hard lump on my spine that wasn't there before.": "soon",
}

# real signs resting on one live sign: the guidance's risk factor or course alone is the flag
RAISED_SINGLE = {
    "In remission from lymphoma and my lower back has started aching.": "urgent",
    "Back pain and I feel hot and shivery.": "urgent",
    "I slipped on the stairs yesterday and my back hurts.": "soon",
    "Three months of back pain and it's no better.": "soon",
    "My back hurts more when I cough.": "soon",
    "I inject heroin and my back has been aching for a week.": "soon",
    "My back pain wakes me every night.": "soon",
    "There's a pain between my shoulder blades that won't go away.": "soon",
}

# real signs told inside a general, study or story frame
RAISED_FRAME = {
    "Just curious, but is it normal that I've had a fever of 39 and back pain since Tuesday?": "urgent",
    "What does it mean when back pain wakes you up every night? Mine has for a month.": "soon",
    "Does cancer come back? I had breast cancer and now my back aches all the time.": "urgent",
    "My leaflet says to see a GP if back pain isn't better in 6 weeks; it's been 10 weeks and it's no better.": "soon",
    "Asking for my study notes, but also for me: I've lost 8kg without trying and my back aches.": "soon",
    "Is it common to hurt your back falling off a ladder? I did yesterday, from about 3 metres.": "emergency",
    "Hypothetically, would night sweats with back pain matter? Because I've had them all week with mine.": "urgent",
    "What's the definition of a red flag? I'm 70 and this back pain is brand new.": "soon",
}

QUIET_BENIGN = [
    "I had a small trip on the kerb last week, my back was sore for two days and it's already much better. Can I go back to the gym?",
    "My temperature was 37.1 this morning, totally normal, and the back ache from moving house is easing. Is it fine to drive?",
    "Had a chest infection in the spring, all cleared. Back twinge from hoovering is settling already, heat pack or not?",
    "Steroid injection in my knee last month worked a treat; my back is fine, just a bit stiff after a long flight.",
    "Back pain for three weeks after decorating, but every day it's a little better now. When can I run again?",
    "The lump on my back turned out to be a harmless cyst, removed last year, and my back has been fine since.",
    "I'm 55 and tweaked my back gardening on Sunday; it's getting better each day. Any stretches?",
]
QUIET_SINGLE = [
    "Slipped on a wet floor but caught myself on the counter, didn't fall. Back fine, wrist a bit sore.",
    "My aunt had cancer years ago; I've got ordinary stiffness from sitting at a desk. Best chair?",
    "The office is so hot my back sweats under my rucksack, any breathable bags?",
    "Does coughing use your back muscles? Just curious for a biology project.",
    "Which mattress is best for someone who sleeps on their side with a stiff lower back?",
    "Two weeks into a new running plan and my back feels great, legs a bit tired.",
    "I'm 23 and my back gets tired after a long shift in the warehouse, normal?",
    "My physio says the laptop is causing my upper back tightness. Exercises?",
]
QUIET_FRAME = [
    "For my nursing exam: which back pain red flags need A&E the same day?",
    "In the show last night a man fell off scaffolding and broke his back. How realistic was his recovery?",
    "Hypothetically, if someone on long-term steroids hurt their back, would that be more serious?",
    "Our first aid course asked what to do if someone falls from a height: do you move them?",
    "Just wondering why night pain is considered a warning sign in back pain guidelines.",
    "Writing a quiz: is unexplained weight loss a red flag for back pain? True or false?",
    "My book club novel has a character with cancer in her spine; what would her back pain feel like?",
]
# calm twins raised today: the classes are open (no general gate separates them, module doc)
LEFT = [
    # night-pain on one waking, with the course improving
    "My ache woke me once on Monday night but it's improving and I slept through last night. Should I keep taking ibuprofen?",
    # cauda-equina-saddle on a leaflet's term asked about: a hard sign, never quietened by a gate
    "What does 'saddle anaesthesia' mean? It was in a leaflet I was given, my own back is only stiff.",
]

RAISED = {**RAISED_BENIGN, **RAISED_SINGLE, **RAISED_FRAME}


@pytest.mark.parametrize("question", sorted(RAISED))
def test_a_real_sign_beside_a_rejected_gates_cue_is_raised(question: str) -> None:
    flags = SAFETY.check(question)
    raised = flags[0].urgency if flags else None
    assert RANK[raised] >= RANK[RAISED[question]], (question, [f.id for f in flags])


@pytest.mark.parametrize("question", QUIET_BENIGN + QUIET_SINGLE + QUIET_FRAME)
def test_a_calm_twin_stays_quiet(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize("question", LEFT)
@pytest.mark.xfail(
    strict=True, reason="an open class: no general gate separates it (docs/safety.md)"
)
def test_a_calm_twin_left_raised_is_known(question: str) -> None:
    assert SAFETY.check(question) == [], question


def test_every_class_has_eight_real_signs_and_eight_calm_twins() -> None:
    calm = {"benign": QUIET_BENIGN, "single": QUIET_SINGLE, "frame": QUIET_FRAME}
    left = {"benign": LEFT[:1], "single": [], "frame": LEFT[1:]}
    for raised in (RAISED_BENIGN, RAISED_SINGLE, RAISED_FRAME):
        assert len(raised) >= 8
    for name, quiet in calm.items():
        assert len(quiet) + len(left[name]) >= 8, name


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("red_flags_holdout39", "design"),
        ("red_flags_holdout1", "design"),
        ("red_flags_holdout38", "transfer"),
        ("red_flags_holdout2", "transfer"),
        ("red_flags_bankA", "transfer"),
        ("red_flags_bankB", "transfer"),
        ("red_flags_probe57", "design"),
        ("red_flags_review30", "design"),
        ("red_flags_safety101", "design"),
        ("red_flags", "others"),
        ("red_flags_redteam12", "others"),
        ("redflags_dev", "others"),
    ],
)
def test_sets_fall_in_the_design_protocols_groups(stem: str, expected: str) -> None:
    assert group(stem) == expected


def _m(concept: str, **marks: bool) -> Mention:
    return Mention(
        concept,
        0,
        0,
        0,
        marks.get("negated", False),
        marks.get("other", False),
        marks.get("past", False),
        resolved=marks.get("resolved", False),
        general=marks.get("general", False),
        asked=marks.get("asked", False),
    )


CLASSES = Classes(
    hard_rules=frozenset({"both-legs"}),
    weak=frozenset({"ONSET"}),
    benign=frozenset({"EASING"}),
    frame=frozenset({"CURIOUS"}),
    worse=frozenset({"WORSENING"}),
)
SYMPTOMS = frozenset({"FEVER", "NUMB", "ONSET", "CANCER"})


def test_only_live_signs_of_the_asker_count_and_weak_ones_do_not() -> None:
    mentions = [
        _m("FEVER"),
        _m("NUMB", negated=True),
        _m("CANCER", other=True),
        _m("FEVER", past=True),
        _m("ONSET"),
        _m("PAIN"),  # no symptom concept
    ]
    found = evidence(mentions, ["infection-fever"], False, SYMPTOMS, CLASSES)
    assert found.strong_signs == 1
    assert not found.hard and not found.learned_alone


def test_a_hard_rule_and_the_learned_check_alone_are_told_apart() -> None:
    assert evidence([], ["both-legs", "fall"], False, SYMPTOMS, CLASSES).hard
    assert evidence([], [], True, SYMPTOMS, CLASSES).learned_alone
    assert not evidence([], ["fall"], True, SYMPTOMS, CLASSES).learned_alone


def test_a_benign_course_and_a_frame_are_read_from_the_mentions() -> None:
    assert evidence([_m("EASING")], [], True, SYMPTOMS, CLASSES).benign
    assert evidence([_m("FEVER", resolved=True)], [], True, SYMPTOMS, CLASSES).benign
    assert not evidence([_m("EASING", negated=True)], [], True, SYMPTOMS, CLASSES).benign
    assert not evidence([_m("EASING", other=True)], [], True, SYMPTOMS, CLASSES).benign
    assert evidence([_m("CURIOUS")], [], True, SYMPTOMS, CLASSES).frame
    assert evidence([_m("FEVER", asked=True)], [], True, SYMPTOMS, CLASSES).frame
    assert not evidence([_m("FEVER")], [], True, SYMPTOMS, CLASSES).frame


def test_the_bundled_classes_name_known_rules_and_concepts() -> None:
    classes = load_classes()
    assert classes.hard_rules <= set(SAFETY.rule_ids)
    for hard in (
        "cauda-equina-saddle",
        "cauda-equina-bladder",
        "cauda-equina-bowel",
        "both-legs",
        "chest-heart",
        "crisis",
    ):
        assert hard in classes.hard_rules
    known = set(read_shared_json("safety_vocabulary.json")["concepts"])
    assert classes.weak | classes.benign | classes.frame | classes.worse <= known


def _at(concept: str, last: int, **marks: bool) -> Mention:
    return _m(concept, **marks)._replace(first=last, last=last)


def test_a_benign_course_is_the_last_word_only_after_every_live_sign_and_no_worsening() -> None:
    fever, easing = _at("FEVER", 2), _at("EASING", 9)
    assert evidence([fever, easing], ["infection-fever"], False, SYMPTOMS, CLASSES).benign_last
    # a sign told after the easing ("was settling, but a fever since last night")
    later = [_at("EASING", 1), _at("FEVER", 6)]
    assert not evidence(later, ["infection-fever"], False, SYMPTOMS, CLASSES).benign_last
    # a worsening told live beside it
    worse = [fever, easing, _at("WORSENING", 4)]
    assert not evidence(worse, ["infection-fever"], False, SYMPTOMS, CLASSES).benign_last
    # a weak concept after the easing is no sign
    weak = [fever, easing, _at("ONSET", 12)]
    assert evidence(weak, ["infection-fever"], False, SYMPTOMS, CLASSES).benign_last


def test_signs_denied_are_the_askers_only() -> None:
    mentions = [
        _m("NUMB", negated=True),
        _m("FEVER", negated=True, other=True),
        _m("ONSET", negated=True),
    ]
    assert evidence(mentions, [], True, SYMPTOMS, CLASSES).denied_signs == 1


def test_the_newest_blind_set_is_found_by_number_not_by_a_kept_name() -> None:
    # review32 H2: a hand-kept name went stale the session the next blind set landed, and the
    # tool would have read the lead's newest set; by number, holdout 100 is newer than holdout 41
    names = ["red_flags_holdout9", "red_flags_holdout41", "red_flags_holdout100", "red_flags_bankA"]
    found = newest_blind(Path(f"tests/eval/{n}.jsonl") for n in names)
    assert found is not None and found.stem == "red_flags_holdout100"
    assert newest_blind([Path("red_flags_probe3.jsonl"), Path("red_flags_bankB.jsonl")]) is None
