"""The red-flag reading's explanations a red-team broke (issue #12): each lets a sign lapse only in
the form it was written for, and a live sign beside its words keeps the notice. The labelled
probes 90-95 hold the red-team's lines; these name the causes."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()


def flagged(question: str) -> bool:
    return bool(SAFETY.check(question))


@pytest.mark.parametrize(
    "question",
    [
        # "I don't get it" is "I don't understand", never "I don't have it"
        "Why does she keep wetting herself since her back went? I don't get it.",
        "What does it mean if both your legs go numb? I don't get it",
        # a question word alone is no definition or curiosity cue
        "Why are both legs numb? I haven't got it.",
        # someone else's report, in the question or beside the denial
        "What does it mean when my dad can't pee? I don't have it",
        "What does saddle numbness mean? I don't have it, my wife does",
        # a duration, a recent time or a clock time keeps the notice
        "What does urinary retention mean? I don't have it. Not been able to wee for hours",
        "What is saddle anaesthesia? I haven't got it. Numb down there since 4am",
        # (a denial by nobody in particular after a bare definition: the definition alone gets
        # the pointer since safety21, tests/test_safety_general.py)
    ],
)
def test_a_denial_disowns_only_the_askers_definition_question(question: str) -> None:
    assert flagged(question)


@pytest.mark.parametrize(
    "question",
    [
        "What does saddle numbness mean? I don't have it, just curious",
        "What does bladder retention mean? I haven't got it, just wondering",
    ],
)
def test_a_curious_askers_own_denial_still_disowns(question: str) -> None:
    assert not flagged(question)


@pytest.mark.parametrize(
    "question",
    [
        "I wet the bed ages ago in the night and my back hurts",
        "Lost control of my bladder a long time ago this afternoon, back agony",
        "had a fever ages ago, about an hour, back really sore",
    ],
)
def test_a_recent_time_overrides_a_lay_long_ago(question: str) -> None:
    assert flagged(question)


def test_a_lay_long_ago_alone_is_still_past() -> None:
    # the rules' reading (the learned check is retrained on these sets by the coordinator)
    assert not SAFETY.check_rules("had a temperature ages ago, my back aches now and then")


@pytest.mark.parametrize(
    "question",
    [
        # the sign produced the local trouble: no reason given for the sign
        "Dragging my foot and it's given me blisters, lower back aches",
        "Keep tripping over my foot and twisted my ankle doing it, back sore",
        # present-tense hurt is no injury
        "Can hardly walk with my back, it hurts my ankle to even try",
        # a dragging foot never lapses, whatever the reason
        "got a bunion so my foot drags, lower back sore",
    ],
)
def test_a_local_cause_explains_a_sign_only_as_its_reason(question: str) -> None:
    assert flagged(question)


@pytest.mark.parametrize(
    "question",
    [
        "can't walk properly because of my sprained ankle, back a bit stiff",
        "limping around with gout in my toe and my lower back aches",
    ],
)
def test_a_local_cause_given_as_the_reason_explains_a_limp(question: str) -> None:
    assert not SAFETY.check_rules(question)


@pytest.mark.parametrize(
    "question",
    [
        # exertion merely mentioned, not given as the cause
        "Sore all over and my lower back is throbbing, couldn't manage my swim",
        "Everything hurts, back is agony, had to skip yoga",
        "I ache all over and my back is killing me, my wife did the gardening for me",
    ],
)
def test_exertion_explains_aches_all_over_only_as_the_askers_cause(question: str) -> None:
    assert flagged(question)


@pytest.mark.parametrize(
    "question",
    [
        "Had back surgery ten days ago and I'm aching all over after the gym",
        "I'm on chemo for breast cancer and I ache all over after my spin class, back sore",
    ],
)
def test_no_exertion_explains_aches_beside_a_spinal_operation_or_cancer(question: str) -> None:
    # the aches themselves reach the infection rules, not only the history beside them
    assert {"infection-fever", "wound-infection"} & {f.id for f in SAFETY.check_rules(question)}


def test_the_askers_own_exertion_as_the_cause_explains_aches_all_over() -> None:
    assert not SAFETY.check_rules("achy all over after a weekend of digging, lower back stiff")


@pytest.mark.parametrize(
    "question",
    [
        # feeling fine after an accident makes it neither minor nor over while the back hurts
        "Been fine since the crash yesterday, only my back is sore",
        "Walked away unhurt from a car crash this afternoon but my back is getting really sore",
        "Came out of the motorbike accident without a scratch, back is agony now",
    ],
)
def test_feeling_fine_after_an_accident_keeps_it(question: str) -> None:
    assert "trauma" in {f.id for f in SAFETY.check_rules(question)}


@pytest.mark.parametrize(
    "question",
    [
        "Any tips for a seat cushion so my bottom doesn't get numb on long flights?",
        "Best gel seat so my bum won't go numb on the turbo trainer?",
    ],
)
def test_numbness_prevented_or_denied_is_no_sign(question: str) -> None:
    assert not SAFETY.check_rules(question)


def test_numbness_said_outright_beside_a_denied_one_still_fires() -> None:
    question = "my bum doesn't go numb when I sit, it is numb all the time and I can't pee"
    assert "cauda-equina-saddle" in {f.id for f in SAFETY.check_rules(question)}


def test_a_computer_crash_is_no_accident() -> None:
    assert not SAFETY.check_rules(
        "had to rebuild my laptop after the crash, back sore from hunching"
    )


# safety15: the asker's own denial after a general question, in more forms (naming the sign,
# "either", limiting their own case, a report sentence between); probes 97-100 hold the lines.
@pytest.mark.parametrize(
    "question",
    [
        "Is back pain with a temperature a red flag? I don't have a temperature, just curious",
        "Are night sweats with back pain a bad sign? I don't get night sweats, out of interest",
        "is not being able to pee with a bad back an emergency? my aunt said so. "
        "I don't have either, just wondering",
        "What's the difference between sciatica in one leg and in both legs? "
        "Mine is just the left calf and mild.",
    ],
)
def test_the_askers_own_denial_disowns_a_general_question(question: str) -> None:
    assert not SAFETY.check_rules(question)


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        # a denial of something else leaves the sign asked about
        (
            "is not being able to pee with a bad back an emergency? I don't have a fever, "
            "just wondering",
            "cauda-equina-bladder",
        ),
        # a live sign beside the denial
        (
            "Is back pain with a temperature a red flag? I don't have a temperature, "
            "but I've wet myself twice and didn't notice",
            "cauda-equina-bladder",
        ),
        (
            "Does numbness between the legs mean cauda equina? I don't have any numbness "
            "but I haven't been able to pee since this morning",
            "cauda-equina-bladder",
        ),
        # fear, a plea, a time, a number, someone else's report
        (
            "is it an emergency when you can't feel your legs? I don't have it, I'm scared",
            "both-legs",
        ),
        (
            "Is a fever with back pain serious? I don't have a fever, please help",
            "infection-fever",
        ),
        (
            "Is back pain with a fever serious? I haven't got a fever, my husband has",
            "infection-fever",
        ),
        # wellness alone is no denial (curiosity words are how frightened people write); a
        # general question then "I'm fine" gets the pointer instead since safety81
        # (tests/test_safety.py::test_a_general_question_then_im_fine_gets_the_pointer_not_a_notice)
        (
            "Does a fever with back pain mean something serious? just curious",
            "infection-fever",
        ),
        # the sign stated, not asked: "can't pee, is that bad?"
        ("cant pee and back pain, is that bad? I don't have a fever, just curious", None),
        # the limited own case widened
        (
            "can sciatica go into both legs? mine only goes to both legs when I walk",
            "both-legs",
        ),
    ],
)
def test_a_denial_keeps_what_it_does_not_deny(question: str, rule: str | None) -> None:
    ids = {f.id for f in SAFETY.check_rules(question)}
    assert ids if rule is None else rule in ids, (question, ids)


def test_a_bare_first_name_is_another_person_but_their_emergency_counts() -> None:
    assert not SAFETY.check_rules("Sarah had cancer years ago and I help lift her, my back aches")
    ids = {f.id for f in SAFETY.check_rules("Dave can't feel his legs and his back is agony")}
    assert "both-legs" in ids
    mine = "Sarah had cancer years ago and I lift her, now I can't feel my bum when I wipe"
    assert "cauda-equina-saddle" in {f.id for f in SAFETY.check_rules(mine)}


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("a lump in my throat and a new lump on my spine that's growing", "lump-shape"),
        ("my legs buckled on the stairs this morning and my back hurts", "both-legs"),
        (
            "legs gave way on the last set of squats and now they're numb and I can't feel my bum",
            "cauda-equina-saddle",
        ),
        ("went sober for october but I've lost two stone without trying, back aches", None),
        ("broke my back laughing, then fell off the stage and now I can't feel my legs", None),
    ],
)
def test_idioms_and_objects_hide_only_their_own_words(question: str, rule: str | None) -> None:
    ids = {f.id for f in SAFETY.check_rules(question)}
    assert ids if rule is None else rule in ids, (question, ids)


def test_the_labour_notice_puts_the_midwife_first_and_the_emergency_number_as_the_fallback() -> (
    None
):
    # the tier's call to action ("Call 999 now or go to A&E") follows every emergency message; for
    # labour the maternity unit comes first (NHS), so the message leads into the numbers as the
    # fallback for bleeding, severe pain or less movement rather than contradicting itself
    flag = SAFETY.check("my waters broke an hour ago and my back is really hurting")[0]
    assert flag.id == "labour"
    assert "midwife or maternity unit first" in flag.message
    assert flag.message.endswith("use the emergency number:")
    assert flag.action.startswith("Call ")


def rule_ids(question: str) -> set[str]:
    return {f.id for f in SAFETY.check_rules(question)}


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # severe pain easing over days is no sudden-severe pain ...
        ("my back locked and I was in agony on monday, it's eased off each day since", False),
        ("worst pain I've ever had in my back at the weekend, down to a mild ache now", False),
        # ... unless it worsens, will not improve, comes with cancer or frightens the asker
        ("back went in agony on monday, easing each day but getting worse again tonight", True),
        ("worst back pain of my life on sunday, down to a niggle, I had breast cancer", True),
        ("my back locked in agony two days ago, easing each day but I'm frightened", True),
        # "easing a bit" within hours is no course over days
        ("sudden agony in my back this morning, it's easing a bit with ibuprofen", True),
    ],
)
def test_severe_pain_that_eases_over_days_is_not_sudden_severe(question: str, kept: bool) -> None:
    assert ("sudden-severe" in rule_ids(question)) is kept, question


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # a lump a clinician named harmless, or removed, in the same sentence
        ("my GP said lipoma about the lump on my back, is it ok to swim?", False),
        ("had the cyst on my back cut out in may, can I lie on it now?", False),
        # growth, a new lump, weight loss, fever, worry, or a lump in another sentence
        ("the lump on my back, GP said lipoma, is getting bigger every month", True),
        ("GP said cyst about the lump on my back but I've lost weight without trying", True),
        ("the lump on my back, doctor said cyst, I'm worried as it hurts", True),
        ("GP said lipoma last year. Now a lump on my spine that is hard", True),
    ],
)
def test_a_lump_a_clinician_named_harmless_is_explained(question: str, kept: bool) -> None:
    assert ("lump-shape" in rule_ids(question)) is kept, question


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        # the asker's own case ("mine") told in an alarm region is the asked sign, there, now
        (
            "Is weakness in the legs bad? Just curious, mine's only in both legs since Friday",
            "both-legs",
        ),
        (
            "Is tingling a worry? Only wondering, mine is just around my back passage",
            "cauda-equina-saddle",
        ),
        # one side named, or no alarm region, carries nothing
        ("Is weakness in the legs bad? Just curious, mine's only in my right calf", None),
        (
            "Is a numb bottom an emergency? Only wondering, mine's just a stiff neck from my desk",
            None,
        ),
    ],
)
def test_the_askers_own_case_in_an_alarm_region_carries_the_asked_sign(
    question: str, rule: str | None
) -> None:
    ids = rule_ids(question)
    assert (rule in ids) if rule else not SAFETY.check(question), (question, ids)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # someone else's case told after the asker's denial keeps the notice ...
        (
            "What happens if you can't empty your bladder with back pain? I don't have it. My mum does.",
            True,
        ),
        # ... a person who only reports it does not
        (
            "What happens if you can't empty your bladder with back pain? I don't have it, my sister mentioned it.",
            False,
        ),
    ],
)
def test_someone_elses_case_after_a_denial_keeps_the_notice(question: str, kept: bool) -> None:
    assert ("cauda-equina-bladder" in rule_ids(question)) is kept, question


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # an intended cause explains the loss it took, not one told as going on in another scope
        (
            "Did the 5:2 diet over summer, lost a stone, but the weight keeps coming off now, back aches",
            True,
        ),
        ("Was on Ozempic till June. Came off it and I'm still losing weight, my back hurts", True),
        # a loss going on beside its cause, or "still" said of the back, is explained
        ("Still losing weight nicely on Ozempic, back a bit sore", False),
        ("Lost two stone on a diet and my back still twinges", False),
    ],
)
def test_an_intended_loss_does_not_explain_a_loss_that_goes_on(question: str, kept: bool) -> None:
    assert ("weight-loss" in rule_ids(question)) is kept, question


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # unpunctuated: "years back" before a back phrase is no "long ago" over what follows
        ("dodgy disc for years back went again tonight and cant wee", True),
        # "years back" as long ago still is
        ("i had a slipped disc years back and my bladder was affected at the time", False),
    ],
)
def test_years_back_before_a_back_phrase_is_not_long_ago(question: str, kept: bool) -> None:
    assert ("cauda-equina-bladder" in rule_ids(question)) is kept, question


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # "mine just/only" with no complement says yes (redteam7)
        ("Is it an emergency if you can't wee with back pain? Mine just did.", True),
        ("Is a numb bum with back pain bad? Mine only is.", True),
        ("Is a numb bum with back pain bad? Just wondering, mine's only a tight neck.", False),
        # a framing taken back in words
        (
            "Nursing student: is a numb bum with back pain cauda equina? Genuinely asking, for real.",
            True,
        ),
        # a negated list ends at its "or"; a clause naming the asker is no item of it
        ("I haven't had any numbness, trouble peeing or weak legs, back just stiff", False),
        ("I haven't had a temperature, my bum is numb and my back hurts", True),
    ],
)
def test_this_rounds_readings_keep_a_told_sign_and_deny_a_denied_list(
    question: str, kept: bool
) -> None:
    assert bool(SAFETY.check_rules(question)) is kept, question
