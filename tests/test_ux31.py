"""ux31 (newcomer22 F6): an emergency notice read aloud gives the numbers first, and once a tier.

A screen reader reached "Call 999 now" after about 45 words of explanation, and lines read
together ("I SUDDENLY CANT" / "PEE PROPERLY SINCE THIS MORNING") gave the rule's EMERGENCY and
then the learned check's "If this is new or getting worse..." with the whole number list again."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from backcare.engine.safety import RedFlag, one_per_tier
from tests.conftest import run_backcare

TWO_LINES = b"I SUDDENLY CANT\nPEE PROPERLY SINCE THIS MORNING\n"


def _flag(
    id: str, urgency: str, *, learned: float | None = None, call: str | None = None
) -> RedFlag:
    return RedFlag(id, urgency, f"{id} noticed.", "Call now.", learned, call)


def test_a_learned_notice_merges_into_a_rules_notice_of_its_tier() -> None:
    rule = _flag("cauda-equina-bladder", "emergency")
    learned = _flag("described-warning-sign", "emergency", learned=0.9)
    assert one_per_tier([rule, learned]) == (rule,)
    assert one_per_tier([learned, rule]) == (rule,)


def test_a_learned_notice_of_another_tier_or_beside_the_crisis_lines_stays() -> None:
    urgent = _flag("infection-fever", "urgent")
    learned = _flag("described-warning-sign", "emergency", learned=0.9)
    assert one_per_tier([learned, urgent]) == (learned, urgent)
    crisis = _flag("crisis", "emergency", call="crisis")  # a different thing to do
    assert one_per_tier([crisis, learned]) == (crisis, learned)
    assert one_per_tier([learned]) == (learned,)


def test_lines_read_together_give_one_emergency_notice(tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "-", home=tmp_path, stdin=TWO_LINES)
    assert done.returncode == 3
    second = json.loads(done.stdout.decode().splitlines()[1])
    assert [f["id"] for f in second["red_flags"]] == ["cauda-equina-bladder"]


def test_plain_notice_gives_the_call_to_action_first(tmp_path: Path) -> None:
    done = run_backcare("ask", "--plain", "-", home=tmp_path, stdin=TWO_LINES)
    notices = [line for line in done.stdout.decode().splitlines() if "EMERGENCY" in line]
    assert len(notices) == 1, notices
    assert notices[0].startswith("EMERGENCY - get help now: Call your local emergency number now")
    assert notices[0].endswith("It needs treatment within hours.")
    uk = run_backcare(
        "ask", "--plain", "i cant pee and my bum is numb", home=tmp_path, BACKCARE_REGION="UK"
    )
    assert uk.stdout.decode().startswith("EMERGENCY - get help now: Call 999 now"), uk.stdout


# ux32's leftovers (newcomer22 F2): validate and import say once that a pack is not English, and
# the interactive prompt gives the not-English line above a matched answer

SPANISH_PACK: dict[str, Any] = {
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
        {
            "id": "aparcamiento",
            "question": "¿Dónde puedo aparcar cerca de la clínica?",
            "answer": "Hay un aparcamiento público en la calle de enfrente.",
        },
    ],
}


def _spanish(tmp_path: Path) -> Path:
    path = tmp_path / "clinica.json"
    path.write_text(json.dumps(SPANISH_PACK, ensure_ascii=False), encoding="utf-8")
    return path


def test_validate_warns_once_that_a_pack_is_not_english(tmp_path: Path) -> None:
    done = run_backcare("validate", "--json", str(_spanish(tmp_path)), home=tmp_path)
    assert done.returncode == 1, done.stderr
    warnings = json.loads(done.stdout)["warnings"]
    assert [(w["kind"], w["id"]) for w in warnings] == [("not-english", "(pack)")]
    assert "red flags are read in English only" in warnings[0]["message"]
    # an English pack searched with it: the warning names the Spanish file only
    both = run_backcare("validate", "--json", "bundled", str(_spanish(tmp_path)), home=tmp_path)
    parts = json.loads(both.stdout)["packs"]
    assert [[w["kind"] for w in part["warnings"]] for part in parts] == [[], ["not-english"]]


def test_an_english_pack_gets_no_language_warning(tmp_path: Path) -> None:
    done = run_backcare("validate", "--json", "bundled", home=tmp_path)
    assert done.returncode == 0 and json.loads(done.stdout)["warnings"] == []


def test_import_notes_that_a_pack_is_not_english(tmp_path: Path) -> None:
    page = tmp_path / "preguntas.md"
    page.write_text(
        "# Preguntas\n\n"
        + "".join(f"## {e['question']}\n\n{e['answer']}\n\n" for e in SPANISH_PACK["entries"]),
        encoding="utf-8",
    )
    done = run_backcare("import", str(page), "-o", str(tmp_path / "out.json"), home=tmp_path)
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stderr.decode().splitlines() if "not read as English" in line]
    assert len(notes) == 1 and "red flags are read in English only" in notes[0], done.stderr


def test_the_prompt_says_a_matched_answer_was_not_read_as_english(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / ".config"),
        "INPUTRC": os.devnull,
        "TERM": "xterm",
        "NO_COLOR": "1",
    }
    env.pop("BACKCARE_FAQ", None)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "backcare", "--faq", str(_spanish(tmp_path))],
        env=env,
        encoding="utf-8",
        dimensions=(50, 100),
        timeout=20,
    )
    child.expect_exact("backcare> ")
    child.send("¿frío o calor para la espalda? me duele mucho\r")
    child.expect_exact("backcare> ")
    shown = " ".join(str(child.before).split())
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()
    assert "does not look like English" in shown, shown
    assert "only those were checked for an emergency" in shown  # Spanish signs: stranger F6
    assert shown.index("does not look like English") < shown.index("En las primeras 48 horas")


# newcomer22's minor findings: F4 --help at 40 columns, F5 ids at the margin, F7 a call to action
# in another language, F8 the dumb terminal's banner, F9 letters on an ASCII stream

HELPED = ["", "ask", "topics", "show", "import", "validate", "config"]


@pytest.mark.parametrize("command", HELPED)
def test_help_fits_a_40_column_terminal_with_words_whole(tmp_path: Path, command: str) -> None:
    done = run_backcare(*([command] if command else []), "--help", home=tmp_path, COLUMNS="40")
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode()
    assert max(len(line) for line in text.splitlines()) <= 40, text
    wide = run_backcare(*([command] if command else []), "--help", home=tmp_path, COLUMNS="80")
    for word in {w for w in wide.stdout.decode().split() if w.startswith("BACKCARE_")}:
        assert word in text.split(), (word, text)  # "BACKCAR" / "E_PLAIN=1" was cut


def test_help_examples_can_be_pasted_at_40_columns(tmp_path: Path) -> None:
    ask = run_backcare("ask", "--help", home=tmp_path, COLUMNS="40").stdout.decode()
    assert "    backcare ask - < questions.txt\n" in ask
    assert '    backcare ask "heat or ice?"\n' in ask
    wide = run_backcare("ask", "--help", home=tmp_path, COLUMNS="80").stdout.decode()
    assert any(line.startswith("  --json ") and line.split()[1:] for line in wide.splitlines())


def test_an_id_too_long_for_its_indentation_starts_at_the_margin() -> None:
    from backcare.output.wrapping import wrapped

    line = "  - What are the signs of spinal muscular atrophy? [signs-symptoms-spinal-muscular-atrophy]"
    lines = wrapped(line, 40).splitlines()
    assert "[signs-symptoms-spinal-muscular-atrophy]" in lines, lines
    assert all(len(part) <= 40 for part in lines), lines
    assert wrapped("  - short [an-id]", 40) == "  - short [an-id]"


@pytest.mark.parametrize(
    ("intro", "details"),
    [
        (
            "¿No encuentra su respuesta? Llámenos al 918 765 432 (lunes a viernes).",
            "Llámenos al 918 765 432 (lunes a viernes).",
        ),
        ("¿No encuentra su respuesta? Llamenos al 918 765 432.", "Llamenos al 918 765 432."),
        (
            "Vous ne trouvez pas votre réponse ? Appelez-nous au 01 23 45 67 89.",
            "Appelez-nous au 01 23 45 67 89.",
        ),
        (
            "Keine Antwort gefunden? Rufen Sie uns an: 030 1234 5678.",
            "Rufen Sie uns an: 030 1234 5678.",
        ),
        (
            "Non trovi la risposta? Chiamaci allo 06 1234 5678.",
            "Chiamaci allo 06 1234 5678.",
        ),
        (
            "Não encontrou a resposta? Ligue para 21 123 4567.",
            "Ligue para 21 123 4567.",
        ),
        (
            "Can't find your answer here? Call us on 0117 496 0123.",
            "Call us on 0117 496 0123.",
        ),
    ],
)
def test_a_call_to_action_in_another_language_is_recognised(intro: str, details: str) -> None:
    from backcare.packs.importers.result import call_to_action

    assert call_to_action(intro) == details


def test_an_answer_in_another_language_is_still_no_call_to_action() -> None:
    from backcare.packs.importers.result import call_to_action

    assert call_to_action("¿Necesito volante? No, la primera cita es 918 765 432.") == ""


def test_the_dumb_terminal_banner_offers_no_tab_and_fits_40_columns(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    env.update(TERM="dumb", NO_COLOR="1")
    for name in ("BACKCARE_FAQ", "COLUMNS"):
        env.pop(name, None)
    child = pexpect.spawn(
        sys.executable, ["-m", "backcare"], env=env, encoding="utf-8", dimensions=(50, 40)
    )
    child.timeout = 20
    child.expect_exact("backcare> ")
    banner = str(child.before).replace("\r", "")
    child.send("help\r")
    child.expect_exact("backcare> ")
    helped = str(child.before)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()
    assert "Tab" not in banner and "Tab" not in helped, (banner, helped)
    lines = [line for line in banner.splitlines() if line]
    assert all(len(line) <= 40 and not line.startswith(" ") for line in lines), lines
    assert "If you are worried" in banner


def test_an_ascii_stream_writes_letters_without_their_accents() -> None:
    from backcare.output.ascii import to_ascii

    text = "Hay un aparcamiento público en la calle Peñalara. Straße, Ærø, Łódź."
    assert (
        to_ascii(text) == "Hay un aparcamiento publico en la calle Penalara. Strasse, AEro, Lodz."
    )
    assert to_ascii("¡Hola!") == "!Hola!"
    assert to_ascii("ωμέγα") == "?????"  # no ASCII form: still '?', never an escape
    assert to_ascii("Peñalara", "latin-1") == "Peñalara"  # a stream that can write it
