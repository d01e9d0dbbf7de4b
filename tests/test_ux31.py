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
    assert "could not check it for an emergency" in shown
    assert shown.index("does not look like English") < shown.index("En las primeras 48 horas")
