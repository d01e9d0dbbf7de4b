"""German "Urin lassen" (to pass urine) read as its English words, as "Wasser lassen" always was:
"Ich kann keinen Urin lassen seit gestern Abend" raised nothing (safety124's report: a German
retention read by no reading), while "kein Wasser lassen" raised the bladder emergency."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

RETENTION = [
    "Ich kann keinen Urin lassen seit gestern Abend",
    "Seit heute Morgen kann ich keinen Urin lassen, der Rücken tut auch weh",
    "Rückenschmerzen und ich kann nicht Urin lassen",
    "Mein Vater kann seit gestern kein Urin lassen und hat starke Rückenschmerzen",
    "Kreuzschmerzen, und seit dem Mittag kann ich keinen Urin lassen",
    "Hilfe, ich kann keinen Urin lassen und meine Beine sind schwach",
    "Ich kann seit 12 Stunden keinen Urin lassen",
    "Nach dem Heben kann ich keinen Urin lassen",
]
CALM = [
    "Ich kann normal Urin lassen, nur Rückenschmerzen",
    "Urin lassen geht ganz normal, kein Problem",
    "Mein Rücken tut weh. Urin lassen ist normal.",
    "Rückenschmerzen nach dem Umzug, Urin lassen ohne Probleme",
    "Urin lassen klappt gut, der Rücken ist nur steif",
    "Ich habe Rückenschmerzen, aber Urin lassen ist kein Problem",
    "Urin lassen normal, keine Taubheit, nur ein steifer Rücken",
    "Seit dem Sport tut der Rücken weh, Urin lassen wie immer",
]


def _urgencies(question: str) -> set[str]:
    return {flag.urgency for flag in SAFETY.check(question)}


@pytest.mark.parametrize("question", RETENTION)
def test_no_urine_passed_in_german_is_an_emergency(question: str) -> None:
    assert "emergency" in _urgencies(question)


@pytest.mark.parametrize("question", CALM)
def test_urine_passed_normally_in_german_raises_no_emergency(question: str) -> None:
    assert "emergency" not in _urgencies(question)
