"""Emergencies the thirty-fifth session's red-flag readings silenced, found by a cold review of
the merged diff (issue #12): each was raised by bca86a60 and lost on the integration branch until
the reading that swallowed it was narrowed. A carer's bare "What do I do?" after someone else's
story is no turn to the asker's own case (their_past.py); an ellipsis after "the", "my", "with"
no longer joins a denial to the sign after it (data/pause_held.json); "lost all feeling for" is
no everyday sense (it is mostly a duration); a back "getting better" or "only hurting when" is no
denial of a sign supposed beside it (hypothetical.py's general denials); a denial of one sign no
longer covers a different sign asked about in a bare question (framing._asked_apart); the
asker's own reluctance to call 999 is no attitude set aside, nor an attitude beside a sign the
rules do not read at all (care_attitude.py, learned_check._attitude_held). Safety over
quiet: each must raise an emergency. The first list is the review's own messages, the second is
new wording of the same shapes."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

REVIEW = [
    "My dad had really bad back pain and then went numb in both legs. What do I do?",
    "My son went numb down there after a fall on his back. What should I do?",
    "My wife's back went and she lost control of her bladder. Should I drive to A&E or call 111?",
    "no fever or anything in the... legs are weak and numb now",
    "Never had a problem with... numbness down there until today",
    "I'm not sure about the... numbness in my bum",
    "Not fussed about the... numb bum when I sit on the loo, it's my back that hurts, best pillow?",
    "I don't know about the... weakness in both legs, came on suddenly, is heat or ice better for my back?",
    "I've lost all feeling for two days in my bum and legs",
    "Lost all feeling for hours down there, started this morning",
    "Back is getting better but what if I lost control of my bladder? It happened twice today.",
    "My back is getting better. What if my legs went numb, like they did an hour ago?",
    "Getting better now, but what if my legs went weak? They gave way on the stairs an hour ago",
    "my back is improving, would it be bad if I went numb in my saddle area",
    "Is saddle numbness an emergency? I don't have leg pain.",
    "Is numbness between the legs an emergency? I don't have numb legs.",
    "Back pain and my lips are going blue but I don't want to bother 999",
    "No pain down... legs just gone numb since this morning",
    "Not much pain in my... bum is numb though since yesterday",
    "I didn't want to... can't pee since last night",
]

OWN_WORDING = [
    "Grandad lost control of his bowels after his back went. Do I call an ambulance?",
    "My husband went numb between his legs after lifting the sofa. Should I take him in?",
    "Dad started wetting himself with this back pain. What do I do?",
    "My sister's back went and then both her legs gave way. Is this A&E?",
    "My son couldn't feel his bum after falling off the trampoline. What now?",
    "no temperature or anything with the... bum has gone numb since lunch",
    "Nothing wrong with my... actually I can't pee since last night and my back is killing me",
    "never bothered by the... legs both went weak an hour ago",
    "I've lost all feeling for a day now in my groin and bum",
    "Lost all feeling since this morning in both legs, back agony",
    "lost all feeling for ages down below, can't tell if I need a wee",
    "Back is improving but what if my legs went numb? They did an hour ago and still are.",
    "It's getting better but what if I can't pee? I haven't since yesterday.",
    "Is losing bladder control an emergency? I don't have back pain in my legs.",
    "Is numbness around the back passage serious? I've got no leg weakness.",
    "Back pain and I've wet myself twice today but I don't want to bother the ambulance",
    "Can't feel my legs after my back went but I don't want to call 999",
]

# a red-team trial of the merged tree after the review's fixes (286 messages in the new readings'
# shapes with a real sign, base vs head): these 20 still fell from an emergency to nothing. A
# joke's "lost all feeling in my sense of humour" sense swallowed "and in my bum"; a carer's "What
# do I do about the pain?" read as the asker's own case; an attitude beside a sign only the
# learned check reads ("Her legs gave way twice today") held its emergency back
RED_TEAM = [
    "My dad went numb in both legs. What do I do about the pain?",
    "She's very independent. Her legs gave way twice today.",
    "I've lost all feeling in my sense of humour and in my bum.",
    "My mum went numb in both legs. What do I do about the pain?",
    "Dad went numb down there and wet himself. What do I do about the pain?",
    "My wife went numb in both legs. How do I ease the back pain?",
    "I've lost all feeling in my sense of humour and in my legs.",
    "Lost all feeling in my sense of humour and my bottom.",
    "I've lost all feeling in my patience and in both legs.",
    "Lost all my feeling in my sense of humour and down below.",
    "I've lost all feeling in my will to live and between my legs.",
    "Lost all feeling in my faith in doctors and in my groin.",
    "I've lost all feeling in my interest in work and my bum.",
    "Lost all feeling in my wallet and in my feet, both sides.",
    "I've lost all sensation in my pride and my backside.",
    "She's very independent. Her legs gave way twice this morning.",
    "My dad went numb in both legs. What do I do about the back?",
    "Lost all feeling in my sense of humour and my bottom since yesterday, help.",
    "Lost all feeling in my enthusiasm and in my privates.",
    "I've lost all feeling in my sense of humour. And in my legs.",
]

# a second red-team round (212 messages in the other new readings' shapes with a real sign):
# these 11 fell to nothing. A general question, "None of that", then the sign told by a time
# alone ("Well, only since Sunday": framing._timed_after); a form's "bladder leaking since
# yesterday. Ok to sign off?" (the rules did not read "bladder ... leaking"; base raised only a
# spurious "not improving" from "sign off")
RED_TEAM_2 = [
    "Is wetting yourself serious? I don't have any of that. Well, only once this morning.",
    "Is numbness in both legs serious? None of that. Well, only since Sunday.",
    "Is numbness in both legs serious? None of that. Only since Sunday.",
    "Is trouble passing urine serious? I don't have any of that. Well, only for two days.",
    "Is numb bum serious? None of that. Well, only since Sunday.",
    "Is chest pain serious? None of that. Well, only since lunch.",
    "Is chest pain with back pain serious? None of that. Since an hour ago.",
    "Forms say no fever, no night pain; but yes bladder leaking since yesterday. Ok to sign off?",
    "Form says no fever, no night pain, but bladder leaking since yesterday. Ok to sign off?",
    "Form says no fever, but bladder leaking since yesterday. Ok to sign off?",
    "No fever, no night pain, but bladder leaking since yesterday. Ok to sign off?",
]


@pytest.mark.parametrize("question", RED_TEAM + RED_TEAM_2)
def test_the_red_teams_emergency_is_raised(question: str) -> None:
    urgencies = {flag.urgency for flag in load_safety().check(question)}
    assert "emergency" in urgencies, question


@pytest.mark.parametrize("question", REVIEW + OWN_WORDING)
def test_the_emergency_is_raised(question: str) -> None:
    urgencies = {flag.urgency for flag in load_safety().check(question)}
    assert "emergency" in urgencies, question


# blue lips is a sign only the learned check reads (no rule names it), on bca86a60 too
LEARNED_ONLY = {"Back pain and my lips are going blue but I don't want to bother 999"}


@pytest.mark.parametrize("question", [q for q in REVIEW + OWN_WORDING if q not in LEARNED_ONLY])
def test_the_rules_raise_it_not_the_learned_check_alone(question: str) -> None:
    # the specific notice (cauda equina, both legs) and its action, not only the net's generic one
    ids = {flag.id for flag in load_safety().check(question)}
    assert ids - {"described-warning-sign"}, question
