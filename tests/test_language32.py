"""ux32 (newcomer22 F2): a message that does not read as English is told so whatever its match:
a pack in another language answers Spanish emergencies confidently, which the red-flag check
(English only) cannot read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_backcare

SPANISH_PACK = {
    "title": "Clínica",
    "entries": [
        {
            "id": "frio-o-calor",
            "question": "¿Es mejor aplicar frío o calor en la espalda?",
            "answer": "En las primeras 48 horas de una lesión, frío. Para la rigidez, calor.",
        },
        {
            "id": "ejercicios",
            "question": "¿Qué ejercicios puedo hacer para el dolor lumbar?",
            "answer": "Rodillas al pecho, el gato-camello y caminar 20 minutos al día.",
        },
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "me duele la espalda",  # short, the back listed by the lexicon
        "frio o calor?",  # two words, no accents
        "¿Aceptáis Sanitas?",
        "Rückenschmerzen seit gestern",
        "mae fy nghefn yn brifo",  # Welsh
        "boli mnie plecy",  # Polish
    ],
)
def test_a_short_message_in_another_language_does_not_read_as_english(text: str) -> None:
    from backcare.engine.language import reads_as_english

    assert not reads_as_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "my back hurts since the caída",  # one foreign word
        "Peñalara clinic, where do I park",
        "rebuilding atrophied musle timeline",  # inflections and a compound
        "by 0x1DB63EEB: ???",  # a code is no language
        "went to the ER with back pain",
        "si joint pain",
    ],
)
def test_english_with_a_foreign_word_or_a_code_reads_as_english(text: str) -> None:
    from backcare.engine.language import reads_as_english

    assert reads_as_english(text)


def test_no_listed_foreign_word_is_an_english_word() -> None:
    from backcare.engine.analyze import common_words
    from backcare.engine.language import foreign_words, plain_word

    english = common_words()
    assert not [w for w in foreign_words() if w in english or plain_word(w) in english]


def test_a_spanish_pack_s_confident_answer_is_told_its_message_was_not_checked(
    tmp_path: Path,
) -> None:
    pack = tmp_path / "clinica.json"
    pack.write_text(json.dumps(SPANISH_PACK, ensure_ascii=False), encoding="utf-8")
    chest = "¿frío o calor para la espalda? me duele el pecho y me cuesta respirar"
    done = run_backcare("--faq", str(pack), "ask", "--", chest, home=tmp_path, text=True)
    assert done.stdout.startswith("This does not look like English")
    # Spanish signs are read word by word: only those were checked (stranger trial F6)
    assert "in Spanish only its words for the red-flag signs" in done.stdout.splitlines()[0]
    assert "frío" in done.stdout  # the answer is still given
    as_json = run_backcare("--faq", str(pack), "ask", "--json", "--", chest, home=tmp_path)
    data = json.loads(as_json.stdout)
    assert data["match"] is not None and data["not_english"] is True
    assert data["signs_read_in"] == "Spanish"
    batch = run_backcare(
        "--faq", str(pack), "ask", "-", home=tmp_path, stdin=f"{chest}\n".encode(), text=True
    )
    assert "only those were checked for an emergency" in batch.stdout


def test_an_english_pack_s_own_words_read_as_english() -> None:
    """valgrind's pack: "valgrind", "stdout" are its words, not another language."""
    from backcare.engine.answer import Engine
    from backcare.packs.load import load_pack

    here = Path(__file__).parent / "eval"
    engine = Engine(load_pack(here / "valgrind_faq.json"))
    assert not engine.ask("valgrind supp file").not_english
    spanish = Engine(load_pack(None)).ask("me duele mucho la espalda desde ayer")
    assert spanish.not_english
