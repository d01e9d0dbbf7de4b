"""safety32 (issue #12, redteam12's classes): signs told in ways the rules did not read, each with
twins that must stay calm, and every kept sign also inside a message of more than 200 words (the
learned check reads those a window at a time, the rules in full) and inside a batch:

- A1 age told as a birth year ("born in 1949") or a life stage ("pensioner", "OAP");
- A2 the commonest bladder, bowel and saddle words in Spanish and Italian inside an English message;
- A3 a sign told as a scan or test finding ("scan shows cord compression", "900ml residual");
- A4 a cancer history in clinical shorthand ("Hx Ca prostate", "NSCLC", "DCIS");
- A5 chest pain told by its medicine ("had to use my GTN spray");
- A6 injected drug use in slang ("I shoot up", "injecting gear");
- A7 a changed walk beside a cancer history ("my walking has gone wobbly");
- B1 "confusing" advice, B3 a place's temperature in degrees, B8 a negative screening result;
- B4 a clinician's screening question answered no in its own sentence ("..., no to both");
- B5 safety-netting advice quoted ("told me to call 999 if I lose control of my bladder");
- B2 signs named as a list's members or a textbook case, B7 terms compared ("is X the same as Y").
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.safety_cases import SAFETY, long_message, rules

KEPT = [
    ("born in 1949 and this back pain is brand new", "age-onset"),
    ("I'm a pensioner and this back pain is new", "age-onset"),
    ("I'm an OAP and this back pain came out of nowhere on Monday", "age-onset"),
    ("back pain terrible and no puedo orinar desde anoche", "cauda-equina-bladder"),
    ("se me escapa la orina sin darme cuenta and my back hurts", "cauda-equina-bladder"),
    ("my back is killing me and no siento nada ahí abajo", "cauda-equina-saddle"),
    ("non riesco a fare pipì da ieri, mal di schiena", "cauda-equina-bladder"),
    ("the MRI report says cauda equina compression, what now?", "cauda-equina-suspected"),
    ("scan showed my spinal cord is being squashed by a disc", "cauda-equina-suspected"),
    ("the bladder scan showed 900ml residual and my back hurts", "cauda-equina-bladder"),
    ("the nurse found I had 800ml left after peeing, and my back hurts", "cauda-equina-bladder"),
    ("MRI shows spinal metastases, best stretches for my back?", "cancer-history"),
    ("Hx Ca prostate, new thoracic back pain", "cancer-history"),
    ("ex-ca bowel, back pain getting worse every week", "cancer-history"),
    ("NSCLC, new pain between my shoulder blades", "cancer-history"),
    ("back pain between my shoulders and I had to use my GTN spray", "chest-heart"),
    ("upper back ache, took a nitro tablet under my tongue", "chest-heart"),
    ("I shoot up and my back has been aching for a week", "infection-risk"),
    ("I inject gear and my back's been sore for a week", "infection-risk"),
    ("had breast cancer, now my walk has gone funny and my back hurts", "cancer-cord"),
    ("on chemo and I'm walking like a penguin since the back pain started", "cancer-cord"),
    ("breast cancer survivor and I've started shuffling when I walk, back aching", "cancer-cord"),
    ("my bowel cancer screening came back positive and now my upper back hurts", "cancer-history"),
]

CALM = [
    "our house was built in 1952 and the stairs are steep, how do I carry boxes safely?",
    "my car was built in 1949 and restoring it hurts my back, any tips?",
    "how do you say back pain in Spanish? dolor de espalda?",
    "MRI showed no compression of the nerves, just wear and tear, what exercises?",
    "my scan was clear, no cord compression, so what now for the ache?",
    "my nursing essay is on spinal cord compression in cancer, what are the key warning signs?",
    "Watched a documentary about spinal cord compression in cancer. Does everyone get that?",
    "my daughter's friend's dad had cancer in his spine, I've no symptoms myself",
    "Ca and vitamin D tablets - do they help back pain?",
    "my dad keeps a GTN spray in his car, I have a stiff lower back, any advice?",
    "I shot up out of bed and my back twinged, any tips?",
    "I jack up my car to change tyres, how do I avoid hurting my back?",
    "prices shot up at the gym so I'm training at home, how do I protect my back?",
    "the advice online is so confusing, is heat or ice better for back pain?",
    "I find the physio's instructions confusing, should the stretch hurt?",
    "my office is at 38 degrees this afternoon, is heat good for a stiff back?",
    "the gym was 38°C during hot yoga, is that good for a stiff back?",
    "my HIV test came back negative, what's the best exercise for a stiff back?",
    "did the bowel cancer screening kit, all clear, now how do I ease my back ache?",
    "had my smear test for cervical cancer, nothing found, and my back aches from work",
]

# a screening question answered no in its own sentence, and safety-netting advice quoted
CALM += [
    "the physio asked whether I had trouble peeing or a numb bum, no to both, how long now?",
    "the GP asked if I had bladder or bowel problems and I said no, so what exercises?",
    "111 asked if I had numbness down there or trouble peeing and I don't, so what stretches?",
    "the doctor asked about numbness in my saddle area, none, what now?",
    "111 told me to call 999 if I lose control of my bladder, what exercises are safe meanwhile?",
    "the GP said to go to A&E if my bum goes numb or I can't pee, until then what painkillers?",
    "my physio said if both legs go weak I should go straight to hospital, meanwhile what stretches?",
    "the discharge sheet says go to A&E if you can't pass urine, but mine's just sciatica, tips?",
]
KEPT += [
    (
        "the physio asked if I had numbness down there and I said yes, it started yesterday",
        "cauda-equina-saddle",
    ),
    (
        "the physio asked whether I had a numb bum, no, but I can't pee since last night",
        "cauda-equina-bladder",
    ),
    (
        "the GP said to go to A&E if my bum goes numb, and now it has gone numb",
        "cauda-equina-saddle",
    ),
    (
        "111 told me to call 999 if I couldn't pee, and I haven't peed since last night",
        "cauda-equina-bladder",
    ),
    ("my bum is numb and the GP said to call 999 if I can't pee", "cauda-equina-saddle"),
]

# a list, a textbook case, terms compared; the asker's own sign beside them keeps its notice
CALM += [
    "For my physio exam: what are the red flags for cauda equina, like saddle anaesthesia?",
    "revision question: list the cauda equina red flags - saddle numbness, retention",
    "a textbook cauda equina case has saddle anaesthesia and retention, how rare is it?",
    "list the classic cauda equina symptoms: saddle numbness, urinary retention, incontinence",
    "what red flags should a physio ask about, e.g. bowel incontinence or numbness in the groin?",
    "is numbness down there the same as sciatica?",
    "is saddle anaesthesia the same as a numb bum from sitting too long?",
    "is loss of bowel control the same as IBS?",
]
KEPT += [
    (
        "studying for my exam on red flags and now I actually have saddle numbness myself",
        "cauda-equina-saddle",
    ),
    (
        "what are the red flags for cauda equina? I can't pee since last night",
        "cauda-equina-bladder",
    ),
    (
        "is numbness down there the same as sciatica? because I have it since yesterday",
        "cauda-equina-saddle",
    ),
    (
        "I can't pee since this morning, is that the same as a urine infection?",
        "cauda-equina-bladder",
    ),
    ("is not being able to pee a sign of a slipped disc?", "cauda-equina-bladder"),
    # a list's words said of one's own signs, or no list at all
    ("I have symptoms like a numb bum and can't pee", "cauda-equina-saddle"),
    ("Symptoms of cauda equina: numb bum, can't pee", "cauda-equina-bladder"),
    ("red flags: numb bum, can't pee, back pain", "cauda-equina-saddle"),
    ("legs like jelly before my presentation, back pain, can't pee", "cauda-equina-bladder"),
]

# the condition or the question answered no has come true since, told elliptically
KEPT += [
    ("my physio said to go to A&E if my legs go weak, they have gone weak", "both-legs"),
    ("the GP said to call 999 if I can't pee and I can't", "cauda-equina-bladder"),
    ("111 told me to go to A&E if I lost feeling in my bum, which I have", "cauda-equina-saddle"),
    (
        "the doctor said if my bum goes numb I should go to hospital. It has gone numb.",
        "cauda-equina-saddle",
    ),
    (
        "the physio asked if I had numbness down there, I said no, but now I have",
        "cauda-equina-saddle",
    ),
    (
        "GP asked whether I had numbness in my bum, no, it came on later that night",
        "cauda-equina-saddle",
    ),
    (
        "what are the red flags for cauda equina, like saddle numbness? got that since monday",
        "cauda-equina-saddle",
    ),
]

# the same words as a fever or confusion of the asker's keep the fever rule
FEVER_KEPT = [
    "it's 30 degrees here but I've got a temperature of 39 and shivering, back aches",
    "my back aches and I've been feeling really confused and shivery today",
]


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_raises_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_raises_its_rule_in_a_long_message(question: str, rule: str) -> None:
    text = long_message(question)
    assert rule in rules(text)
    assert rule in {f.id for f in SAFETY.check(text)}


@pytest.mark.parametrize("question", CALM)
def test_calm(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", FEVER_KEPT)
def test_the_asker_s_fever_keeps_its_rule(question: str) -> None:
    assert "infection-fever" in rules(question)
    assert "infection-fever" in rules(long_message(question))


def test_the_signs_raise_their_notice_inside_a_batch() -> None:
    ordinary = "is heat or ice better for a stiff back?"
    lines = []
    for question, _ in KEPT:
        lines += [ordinary, question]
    result = CliRunner().invoke(app, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(lines)
    for k, (_, rule) in enumerate(KEPT):
        assert not answers[2 * k]["red_flags"]
        assert rule in {f["id"] for f in answers[2 * k + 1]["red_flags"]}
    assert result.exit_code == 3  # an emergency among them


def test_an_ability_asked_and_answered_no_is_the_loss() -> None:
    # the rules read no sign in "can pee properly" (on main too); the learned check raises it
    question = "the GP asked whether I can pee properly and I said no, not since this morning"
    assert [f.urgency for f in SAFETY.check(question)][:1] == ["emergency"]
