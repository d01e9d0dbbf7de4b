"""Someone else's emergency told as happening now raises its notice, back named or not (issue #12:
a carer's "my husband can't pee" raised nothing); their past, resolved or long-standing troubles,
pets, and the carer's own sore back beside them stay silent."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()

MUST_FLAG = {
    "my wife had back surgery and now can't feel her bottom": "cauda-equina-saddle",
    "after his spinal surgery my husband can't pee": "cauda-equina-bladder",
    "my husband can't feel his legs": "both-legs",
    "my husband can't pee": "cauda-equina-bladder",
    "he can't feel his legs": "both-legs",
    "my partner suddenly can't pee and is in agony": "cauda-equina-bladder",
    "my mum can't feel her legs this morning": "both-legs",
    "our son says he can't feel his legs after rugby": "both-legs",
    "my friend says she can't feel her bum since this morning": "cauda-equina-saddle",
    "my patient now can't feel her legs": "both-legs",
    "she hasn't been able to pee all day": "cauda-equina-bladder",
    "my dad's had his disc op and since then can't pass urine": "cauda-equina-bladder",
}

MUST_NOT_FLAG = [
    "my cat can't feel her back legs",
    "our dog can't pee and keeps straining",
    "my husband couldn't pee last week but he is fine now",
    "my mum had cancer and I've been lifting her, my back is sore",
    "my grandma wets herself sometimes; how do I lift her without hurting my back?",
    "my dad's legs are weak from old age; how can I help him with back exercises?",
    "my partner can't feel his feet after his diabetes got worse, but I hurt my back lifting him",
    "years ago my uncle couldn't feel his legs after a fall, now I'm careful lifting",
]


@pytest.mark.parametrize("question", sorted(MUST_FLAG))
def test_someone_elses_emergency_now_raises_its_notice(question: str) -> None:
    assert MUST_FLAG[question] in [flag.id for flag in SAFETY.check(question)]


# the rules are silent on these; the learned check may still raise its emergency notice, which it
# does even where the rules judged every symptom named (a miss costs more than a false alarm:
# docs/safety.md lists these as accepted false alarms of the learned check)
LEARNED_MAY_RAISE = {
    "my cat can't feel her back legs",
    "my husband couldn't pee last week but he is fine now",
}


@pytest.mark.parametrize("question", MUST_NOT_FLAG)
def test_their_past_pets_and_long_standing_troubles_stay_silent(question: str) -> None:
    assert SAFETY.check_rules(question) == []
    if question in LEARNED_MAY_RAISE:
        assert {flag.id for flag in SAFETY.check(question)} <= {"described-warning-sign"}
    else:
        assert SAFETY.check(question) == []
