"""safety124 (issue #12): the learned check's emergency on a message whose every sign is denied,
a foreign "no trouble" read in the message's own words, and a cancer long ago.

- all denied: "no numbness in the legs, no trouble passing urine, only back pain" raised the
  learned check's emergency (P 0.89) though the rules read every sign in it as denied; only a
  calm word ("better", "settling") held it back (denied.py). Now such a message is read again
  without its denials (denied_rest.py) and the emergency stands only if the rest alone is one;
  a negated verb ("can't tell if I need to", "not since last night") keeps the message whole,
  since the rules' denial may be the sign itself.
- foreign: a message read only in part keeps the emergency of its own words; "pas de problème
  pour uriner" was read there as "problème ... urine" (trouble passing urine) with its "pas de"
  unread. The code-switch reading (code_switch.py) now reads the languages' "no trouble".
- cancer long ago: a cancer dated five or more years ago beside a low backache is the
  remote history of cancer-history-remote (see a doctor soon), as a treatment so dated was.
- sudden onset: a back that "exploded" is a sudden onset, as one that "went" or "snapped".
Every line is of this session's own writing, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from backcare.engine.safety.denied_rest import denied_rest
from tests.safety_cases import SAFETY


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


def ids(question: str) -> list[str]:
    return [f.id for f in SAFETY.check(question)]


# -- all denied ----------------------------------------------------------------------------------

# every sign denied, no calm word: the learned emergency raised on each before
DENIED_PLAIN = [
    "no numbness in either leg, no trouble having a wee, only my back hurts",
    "no numbness in the legs no trouble passing urine only back pain",
    "i have no numbness in my legs and no trouble passing urine only back pain",
    "no numbness in both legs, no trouble passing urine, back pain only",
    "no numbness in my legs, no trouble passing urine, no problem with my bowels, only back pain",
    "no pins and needles no trouble peeing no weakness just my lower back hurting since saturday",
    "no numbness in my legs, no trouble passing urine, only back pain",
    "no numbness in the legs, no trouble passing urine, only a bad back",
]
# denials with a calm word, short forms, dictated (no punctuation): calm before and after
DENIED_CALM = [
    "no numbness in the legs, no trouble passing urine, and the back pain is getting better",
    "no tingling in my groin no problems weeing and the pain is easing",
    "Legs fine, bladder fine, nothing numb - back already improving after two days",
    "no bladder problems and no numb bum, the ache is settling with ibuprofen",
    "legs fine, wee fine, just sore",
    "Bladder and bowels normal, no numbness, legs both strong. Lower back ache from the garden.",
    "no numbness or weakness in the legs and no trouble passing urine its only my back",
    "no loss of feeling between my legs no incontinence only a dull ache on the left side",
]
# denials beside a sign in words the rules do not know: the learned check's emergency stands
DENIED_BESIDE_UNKNOWN = [
    "no fever, no tingling, only back pain, and my legs keep folding under me on the stairs",
    "no fever, no leaking, only back pain and both inner thighs feel fuzzy and cold",
    "no fever, no pins and needles, only back pain but my willy is floppy since my disc went",
    "no tingling in my legs, no fever, only back pain, and my bowels let me down twice this week",
    "no numbness no fever just back pain and wiping feels half there since it started",
    "no numbness in the legs, no trouble passing urine, but I have not been for a poo and can't tell if I need to",
    "no numbness in my legs, no bladder trouble, but my bits feel like they belong to someone else",
    "no fever no tingling only back pain and my todger has stopped working since my back went",
]
# one sign denied, another told: the rules' emergency
DENIED_ONE_OTHER_TOLD = [
    "no numbness in my legs but I wet myself this morning without noticing",
    "no fever but I cant pee since last night",
    "no bladder trouble, but both my legs have gone numb and weak today",
    "no tingling, but I have lost control of my bowels",
    "no weakness in my legs, but my bum is numb since yesterday",
    "no problems with my legs but I haven't been able to pass urine since this morning",
    "no numbness in the legs, no trouble passing urine, only back pain but I keep dribbling",
    "no numbness in the legs, no trouble passing urine, only back pain since I fell off the roof",
]


@pytest.mark.parametrize("question", DENIED_PLAIN + DENIED_CALM)
def test_every_sign_denied_raises_no_emergency(question: str) -> None:
    assert tier(question) != "emergency", ids(question)


@pytest.mark.parametrize("question", DENIED_BESIDE_UNKNOWN + DENIED_ONE_OTHER_TOLD)
def test_a_sign_told_beside_denials_keeps_its_emergency(question: str) -> None:
    assert tier(question) == "emergency", ids(question)


def _rest(question: str) -> str | None:
    tokens, mentions, _ = SAFETY._reading(question)
    return denied_rest(
        tokens,
        mentions,
        (SAFETY._emergency_concepts | SAFETY._region_concepts) - SAFETY._background,
        SAFETY._negations,
        SAFETY._negation_reach,
        SAFETY._denied_rest_kept,
        SAFETY._denied_rest_between,
    )


def test_the_rest_is_the_message_without_its_denials() -> None:
    assert _rest("no numbness in the legs, no trouble passing urine, only back pain") == (
        "only back pain"
    )
    # words between two denials stay: the nearest negation opens each denial
    rest = _rest("no numbness in my legs and the garden is lovely, no bladder trouble")
    assert rest == "and the garden is lovely", rest


@pytest.mark.parametrize(
    "question",
    [
        # a negated verb may be the sign: read whole
        "no numbness, but I have not been for a poo and can't tell if I need to",
        "the nurse asked are you able to pee? not since last night",
        "Numbness: never. Can feel my bum: never since the fall.",
        # a yes answers one
        "no numbness? no. bladder trouble? actually yes",
        # a region told outside a denial
        "no numbness, no bladder trouble, power 5/5 in both legs",
        # a sign told live
        "no numbness in my legs but I wet myself",
        # nothing denied
        "just back pain",
        # a word of another kind between a negation and its sign (a foreign verb left unread)
        "my mother no consegue pee since yesterday and has back pain",
    ],
)
def test_no_rest_where_a_sign_or_a_negated_verb_stands(question: str) -> None:
    assert _rest(question) is None


# -- foreign "no trouble" ------------------------------------------------------------------------

FOREIGN_CALM = [
    "Mal au dos depuis lundi. Pas de problème pour uriner, rien de spécial, combien de temps ça dure en général ?",
    "Bonjour, dos bloqué après le déménagement samedi. Pas de fourmillements, pas de problème pour uriner. Combien de temps ça dure normalement ?",
    "Dolor de espalda desde el sábado, sin problemas para orinar, ¿cuánto tiempo dura esto normalmente?",
    "Mal di schiena dopo il trasloco, nessun problema a urinare, quanto dura di solito?",
    "Rückenschmerzen seit dem Umzug, keine Probleme beim Wasserlassen, wie lange dauert das meistens?",
    "Dor nas costas desde sábado, sem problemas para urinar, quanto tempo isso costuma durar?",
    "Aucun problème pour uriner, juste le dos raide depuis le jardinage, combien de temps en général ?",
    "Ból pleców od soboty, bez problemu z oddawaniem moczu, jak długo to zwykle trwa?",
]
FOREIGN_KEPT = [
    "Pas de fièvre, mais depuis hier soir je n'arrive plus à uriner",
    "Keine Inkontinenz, aber seit gestern kommt kein Urin",
    "non riesco a fare pipì, nessun problema con le gambe però",
    "no puedo orinar desde ayer, ningún problema con las piernas",
    "pas de sensation dans les deux jambes depuis ce matin",
    "Sem problemas para urinar, mas as duas pernas estão dormentes desde ontem",
    "Pas de problème pour uriner mais je ne sens plus mes jambes depuis ce matin",
    "Keine Probleme beim Wasserlassen, aber beide Beine sind taub seit heute",
]


@pytest.mark.parametrize("question", FOREIGN_CALM)
def test_a_foreign_no_trouble_raises_no_emergency(question: str) -> None:
    assert tier(question) != "emergency", ids(question)


@pytest.mark.parametrize("question", FOREIGN_KEPT)
def test_a_foreign_sign_beside_a_no_trouble_stays_an_emergency(question: str) -> None:
    assert tier(question) == "emergency", ids(question)


# -- tiers (SAFETY_FACTS) ------------------------------------------------------------------------

# a cancer five or more years ago beside a plain low backache: see a doctor soon
CANCER_LONG_AGO = [
    "had breast cancer 11 years ago and my lower back has ached since Tuesday",
    "I had a melanoma 7 years ago, lower back a bit sore after digging, nothing dramatic",
    "had a lymphoma 15 years ago, low back ache since I started running again",
    "20 years ago I had cervical cancer, now my lower back aches after gardening",
    "had kidney cancer 6 years ago and a sore lower back since the weekend",
    "Had prostate cancer 8 yrs ago. Lower back niggle after the long drive.",
    "had thyroid cancer 12 years ago, lower back aching from my desk job",
    "had bowel cancer nine years ago, my lower back has been a bit sore for five days",
]
# the same day: a recent cancer or one still treated, a sign the guidance lists for a history of cancer, or weeks
# without improvement (kept: it is how "constant" pain is told, review23)
CANCER_SAME_DAY = [
    "had breast cancer 2 years ago and my lower back has ached for three weeks",
    "had breast cancer 11 years ago and my lower back aches, worse at night and wakes me up",
    "had bowel cancer 9 years ago, lower back ache for weeks and it is getting steadily worse",
    "had breast cancer 10 years ago and now pain between my shoulder blades",
    "had a melanoma 7 years ago, lower back ache and I've lost a stone without trying",
    "had prostate cancer 8 years ago, back ache, and it has come back in my bones",
    "had lymphoma 15 years ago, my back hurts when I cough or sneeze",
    "had kidney cancer 6 years ago and a sore lower back for about a month, not getting better",
    "I have breast cancer found 7 years ago and I'm still on treatment, lower back aches",
]
# severe pain that came on at once: the same day (SAFETY_FACTS' urgent tier)
SUDDEN_SEVERE = [
    "went to sneeze and my back just exploded, pain 10/10, can't get up off the kitchen floor",
    "lifted the dog and my back just exploded, screaming pain, stuck on the floor",
    "bent over to tie my shoe and my back exploded, worst pain of my life, can't stand up",
]
# another sense, or no severe pain
NOT_SUDDEN_SEVERE = [
    "my inbox exploded this morning and my back is stiff from sitting at the desk",
    "the kettle exploded and I jumped back, my back is a bit sore now",
]


@pytest.mark.parametrize("question", CANCER_LONG_AGO)
def test_a_cancer_long_ago_with_a_plain_low_backache_is_soon(question: str) -> None:
    assert tier(question) == "soon", ids(question)
    assert "cancer-history-remote" in ids(question)


@pytest.mark.parametrize("question", CANCER_SAME_DAY)
def test_a_recent_cancer_or_a_listed_sign_keeps_the_same_day(question: str) -> None:
    assert tier(question) in ("urgent", "emergency"), ids(question)


@pytest.mark.parametrize("question", SUDDEN_SEVERE)
def test_a_back_that_exploded_in_severe_pain_is_urgent(question: str) -> None:
    assert tier(question) == "urgent", ids(question)


@pytest.mark.parametrize("question", NOT_SUDDEN_SEVERE)
def test_an_exploding_thing_is_no_sudden_onset(question: str) -> None:
    assert tier(question) is None, ids(question)
