"""safety126 (issue #12): red flags 43's false alarms left after safety124 and safety125, by class.
- not_feeling_state: "not feeling ill / sick / poorly / myself" is "feel" as a linking verb before
  a state of the whole person, no loss of sensation: NOT_FEEL's "not feeling" read it as "cannot
  feel", and beside a bladder or bowel named calmly ("bladder and bowels behaving, not feeling
  ill") raised cauda-equina's emergency. An everyday sense (data/safety_vocabulary.json 'senses')
  now holds the negated "feel" with such a state word, directly or after one intensifier ("not
  feeling particularly ill", "not feeling at all sick"); a "not feeling" with anything else after
  it ("not feeling anything when I wipe", "not feeling my bladder fill") is still the sign, and so
  is any other sign in the message.
- foreign_no_fever: "sem febre", "sin fiebre", "senza febbre", "sans fièvre", "pas de fièvre",
  "kein Fieber", "bez gorączki": the message's own words read "febre" as a fever with its "sem"
  unread, and a message read only in part (a sentence the word-for-word reading leaves unread)
  keeps its own words' flags (test_safety_net's oracle). The code-switch reading
  (data/code_switch_words.json) now reads each language's "without / no fever" as "no fever", so
  the own words deny the fever as the English reading does. Only the fever, a symptom whose
  absence is calm: "without bladder control" or "kein Urin" name a loss, and stay as they were.
Every line is of this session's own writing, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from tests.safety_cases import class_tests, tier

CALM = {
    "not_feeling_state": [
        "Bladder and bowels behaving, not feeling ill, just a stiff lower back after the gym. Can I still swim?",
        "Not feeling sick, bladder ok, back sore from carrying the shopping. Heat or ice?",
        "Waterworks normal and I'm not feeling poorly at all, only a twinge in my back from gardening.",
        "My bowels are regular, I'm not feeling at all ill, just back ache after a long drive. Any stretches?",
        "Peeing as usual, not feeling particularly rough, lower back tight since decorating. Should I rest?",
        "No numbness, bladder behaving itself, not feeling myself only because I'm tired from the move. Back aches, what helps?",
        "Bladder and bowel habits unchanged and I don't feel ill, just pulled my back lifting a suitcase.",
        "Toilet habits fine, not feeling queasy or anything, back stiff after sleeping on the sofa. Is that normal?",
    ],
    "foreign_no_fever": [
        "Dor nas costas desde que mudei os móveis da sala da minha tia no sábado. Sem febre. Posso fazer caminhada?",
        "Me duele la espalda desde que cargué cajas en la mudanza de mi hermana. Sin fiebre. ¿Puedo tomar ibuprofeno?",
        "Mal di schiena dopo aver giocato a calcetto con gli amici. Senza febbre. Posso prendere un antinfiammatorio?",
        "Mal au dos depuis le déménagement de ma soeur avec des cartons lourds. Sans fièvre. Je peux prendre de l'ibuprofène ?",
        "J'ai mal au dos après avoir porté les valises de toute la famille à la gare. Pas de fièvre. La chaleur aide ?",
        "Rückenschmerzen seit dem Umzug meiner Schwester mit schweren Kisten. Kein Fieber. Darf ich Ibuprofen nehmen?",
        "Dor nas costas depois de carregar sacos de cimento na obra do meu primo. Nada de febre. Gelo ou calor?",
        "Me duele la espalda baja después de pintar toda la casa de mis suegros. Sin fiebre, nada más. ¿Cuánto dura?",
    ],
}
KEPT = {
    "not_feeling_state": [
        ("Not feeling ill but I can't feel when my bladder is full since yesterday.", "emergency"),
        ("Not feeling sick, but I'm not feeling anything when I wipe.", "emergency"),
        ("I'm not feeling ill, but since the fall I can't feel my bum at all.", "emergency"),
        ("Not feeling myself, and I don't feel it when I pee any more.", "emergency"),
        ("Not feeling ill. My legs gave way on the stairs and I've wet myself.", "emergency"),
        (
            "not feeling my bladder fill up, not feeling poorly otherwise, back very sore",
            "emergency",
        ),
        ("Not feeling at all down there since yesterday and my back is killing me.", "emergency"),
        ("Not feeling sick but I'm burning up with a fever of 39 and my back is agony.", "urgent"),
    ],
    "foreign_no_fever": [
        (
            "Dor nas costas depois de carregar meu filho no colo o dia todo. Estou com febre alta e calafrios.",
            "urgent",
        ),
        (
            "Dor nas costas depois de carregar meu filho no colo. Sem febre ontem, mas hoje 39 graus e calafrios.",
            "urgent",
        ),
        (
            "Me duele la espalda desde que cargué cajas en la mudanza. Sin fiebre, pero no puedo orinar desde ayer.",
            "emergency",
        ),
        (
            "Rückenschmerzen seit dem Umzug meiner Schwester. Kein Fieber, aber beide Beine taub.",
            "emergency",
        ),
        (
            "Mal au dos depuis le déménagement. Sans fièvre, mais j'ai 39,5 et des frissons.",
            "urgent",
        ),
        (
            "Ho mal di schiena da quando ho spostato i mobili. Senza febbre ma non riesco a fare pipì da ieri.",
            "emergency",
        ),
        ("Dor nas costas. Sem febre, mas não sinto as pernas desde a queda.", "emergency"),
        ("Me duele la espalda. Sin fiebre pero tengo fiebre alta ahora, 39 grados.", "urgent"),
    ],
}

class_tests(globals(), CALM, KEPT, {})


FIRST_RUN = [
    "No numbness anywhere, bladder and bowels behaving, not feeling ill. 29, back twinged lifting weights Sunday, already about half better. Can I train upper body?",
    "Dor nas costas depois de carregar meu filho no colo o dia todo no passeio. Sem febre, sem formigamento, xixi normal. Posso tomar ibuprofeno?",
]


def test_the_first_run_false_alarms_of_the_classes_now_raise_nothing() -> None:
    safety = load_safety()
    for question in FIRST_RUN:
        assert safety.check(question) == [], question


@pytest.mark.parametrize(
    "question",
    [
        "Sem controle da bexiga desde ontem e dor nas costas.",
        "Keine Inkontinenz, aber seit gestern kommt kein Urin.",
    ],
)
def test_a_foreign_loss_is_no_fever_denied(question: str) -> None:
    """Only the fever's "without" is read as a denial; a lost function stays the sign."""
    assert tier(question) == "emergency"
