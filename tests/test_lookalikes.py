"""Look-alike letters of other scripts (harden17, hostile11 F1, F2, F7): read as Latin by the
red-flag reading inside Latin words, never in a real Cyrillic or Greek sentence; ids that read
alike are warned about by validate."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from backcare.engine.lookalikes import read_as_latin, skeleton, table
from backcare.engine.safety.reading import normalize_text
from backcare.resources import read_text
from tests.conftest import run_backcare

CY_A, CY_E, CY_O, CY_P, CY_C = "\u0430", "\u0435", "\u043e", "\u0440", "\u0441"
GR_O, GR_IOTA_CAPITAL = "\u03bf", "\u0399"


def test_table_reads_cyrillic_greek_and_armenian_letters_as_latin() -> None:
    letters = table()
    assert letters[ord(CY_A)] == "a"
    assert letters[ord(GR_O)] == "o"
    assert letters[ord("\u0585")] == "o"  # ARMENIAN SMALL LETTER OH
    # the vertical-stroke class: a capital reads "I", not UTS #39's prototype "l"
    assert letters[ord(GR_IOTA_CAPITAL)] == "I"
    assert letters[ord("\u0406")] == "I"
    assert all(not chr(c).isascii() for c in letters)


def test_fullwidth_and_mathematical_letters_are_left_to_nfkc() -> None:
    letters = table()
    assert ord("\uff45") not in letters  # FULLWIDTH LATIN SMALL LETTER E
    assert ord("\U0001d41e") not in letters  # MATHEMATICAL BOLD SMALL E


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (f"i c{CY_A}nt pee", "i cant pee"),  # a mixed word
        (f"I want to kill mys{CY_E}lf", "I want to kill myself"),
        (f"I can't {CY_P}{CY_E}{CY_E}", "I can't pee"),  # a whole word, among Latin words
        (f"{GR_IOTA_CAPITAL} can't pee", "I can't pee"),
        (f"lost c{GR_O}ntrol", "lost control"),
    ],
)
def test_look_alikes_in_latin_text_read_as_latin(text: str, read: str) -> None:
    assert read_as_latin(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "у меня болит спина",  # "у" alone reads "y": it stays in a Russian sentence
        f"{CY_P}{CY_E}{CY_E} у меня нет",  # a Russian word spelt with look-alikes only
        "Ο πόνος στην πλάτη μου",
        f"{CY_P}{CY_E}{CY_E}",  # nothing Latin around it: not read as "pee"
        "plain ASCII text",
        "café crème",
    ],
)
def test_real_words_of_other_scripts_are_kept(text: str) -> None:
    assert read_as_latin(text) == text


def test_normalize_text_reads_look_alikes_after_nfkc() -> None:
    # a mathematical bold Greek omicron is a Greek omicron after NFKC, then "o"
    assert normalize_text("I've lost c\U0001d6d0ntrol") == "I've lost control"
    assert normalize_text(f"i c{CY_A}n t pee") == "i can't pee"


def test_skeleton_folds_case_width_and_look_alikes() -> None:
    assert skeleton("rest") == skeleton(f"r{CY_E}st") == skeleton("ｒｅｓｔ") == skeleton("Rest")
    assert skeleton("rest") != skeleton("rust")


def test_data_file_is_what_the_tool_writes() -> None:
    pytest.importorskip("confusable_homoglyphs")
    from tools.lookalikes import render

    assert read_text("lookalikes.txt") == render()


def _run(args: list[str], home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_backcare(*args, home=home, cwd=cwd, stdin=None, text=True)


@pytest.mark.parametrize(
    ("question", "notice"),
    [
        (f"i c{CY_A}nt pee", "cauda equina"),
        (f"I want to kill mys{CY_E}lf", "116 123"),
        (f"I have lost bladder {CY_C}{CY_O}ntrol", "cauda equina"),
    ],
)
def test_installed_command_keeps_the_notice(question: str, notice: str, tmp_path: Path) -> None:
    done = _run(["ask", "--", question], tmp_path, tmp_path)
    assert done.returncode == 3, done.stderr
    assert notice in done.stdout + done.stderr


def test_russian_sentence_raises_nothing(tmp_path: Path) -> None:
    done = _run(["ask", "--", f"{CY_P}{CY_E}{CY_E} у меня нет"], tmp_path, tmp_path)
    assert done.returncode == 1


def test_validate_warns_an_emergency_entry_spelt_with_look_alikes(tmp_path: Path) -> None:
    entries = [
        {
            "id": "rest",
            "question": f"I suddenly can't {CY_P}{CY_E}{CY_E}, should I just rest?",
            "answer": "Yes, rest in bed for a week.",
            "topic": "rest",
        },
        {"id": "stiff", "question": "Why is my back stiff?", "answer": "Posture.", "topic": "s"},
    ]
    pack = tmp_path / "p.json"
    pack.write_text(json.dumps({"entries": entries}, ensure_ascii=False), encoding="utf-8")
    done = _run(["validate", str(pack)], tmp_path, tmp_path)
    assert done.returncode == 1
    assert "emergency-question\trest" in done.stdout
    asked = _run(["--faq", str(pack), "ask", "should I just rest"], tmp_path, tmp_path)
    assert "rest in bed for a week" not in asked.stdout


def test_validate_warns_ids_that_read_alike(tmp_path: Path) -> None:
    ids = ["rest", f"r{CY_E}st", "ｒｅｓｔ", "Rest", "stretch"]
    entries = [
        {"id": i, "question": f"Question {n} about resting?", "answer": "x", "topic": "t"}
        for n, i in enumerate(ids)
    ]
    pack = tmp_path / "ids.json"
    pack.write_text(json.dumps({"entries": entries}, ensure_ascii=False), encoding="utf-8")
    done = _run(["validate", "--json", str(pack)], tmp_path, tmp_path)
    assert done.returncode == 1
    found = [w for w in json.loads(done.stdout)["warnings"] if w["kind"] == "look-alike-id"]
    assert sorted(w["id"] for w in found) == sorted(ids[1:4])
    assert "CYRILLIC SMALL LETTER IE" in next(w for w in found if w["id"] == ids[1])["message"]


def test_a_decomposed_id_is_refused_naming_the_accent_and_the_composed_form() -> None:
    from backcare.errors import PackError
    from backcare.packs.load import parse_pack

    entry = {"id": "cafe\u0301", "question": "Why is my back stiff?", "answer": "x"}
    with pytest.raises(
        PackError,
        match=r"COMBINING ACUTE ACCENT \(U\+0301\): write the id in composed form, 'café'",
    ):
        parse_pack(json.dumps({"entries": [entry]}).encode(), "nfd.json")
