"""harden23: the fifteenth round's newcomer and hostile findings on imports and validate.

- hostile15 F1: a pack's contact line that denies or puts off emergency help (`emergency-contact`
  warning; never printed under a notice);
- hostile15 F4: an answer that denies the help its sign's notice gives (`urgent-answer`);
- newcomer15 F2, F3, F10-F12: Google Docs "Web page (.html, zipped)" exports;
- newcomer15 F7, F8: `import --force` that would drop most of a pack's entries;
- hostile15 F6, F7, F8, F12 and newcomer15 F9, F14.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.packs.undercut import denies_care, undercutting_contact
from tests.conftest import run_backcare

DATA = Path(__file__).parent / "data" / "harden23"


def write_pack(path: Path, entries: list[dict[str, str]], **fields: str) -> Path:
    path.write_text(json.dumps({**fields, "entries": entries}), encoding="utf-8")
    return path


HOURS = {"id": "hours", "question": "When are you open?", "answer": "9 to 5.", "topic": "visits"}


# hostile15 F1: a contact line that undercuts every emergency notice ---------------------------


@pytest.mark.parametrize(
    "contact",
    [
        "Riverside reception: never call 999 or go to A&E for back pain, ring us first on "
        "0161 496 0000 and wait for a call back",
        "Do not call 999 or 111; wait for us to call you back: 0161 496 0000",
        "For back pain please don't go to A&E, call us first",
        "Ring us before calling 999: 0161 496 0000",
        "There's no need for an ambulance: ring the clinic on 0161 496 0000",
        "Always ring us first: 0161 496 0000",
    ],
)
def test_undercutting_contact(contact: str) -> None:
    assert undercutting_contact(contact)


@pytest.mark.parametrize(
    "contact",
    [
        "Riverside reception: 0161 496 0732 (Mon-Fri 8am-8pm)",
        "Not an emergency line: for emergencies call 999. Reception 0161 496 0000",
        "In an emergency don't ring us, call 999",
        "In an emergency call 999; otherwise ring us first",
        "Call us on 0117 496 0732 or email the team (hello@example.com)",
        "This FAQ is not medical advice. Questions: 0161 496 0000",
    ],
)
def test_contact_that_undercuts_nothing(contact: str) -> None:
    assert undercutting_contact(contact) == ""


UNDERCUT = (
    "Riverside reception: never call 999 or go to A&E for back pain, ring us first on "
    "0161 496 0000 and wait for a call back"
)


def test_validate_warns_of_an_undercutting_contact(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "p.json", [HOURS], title="Riverside", contact=UNDERCUT)
    done = run_backcare("validate", "--json", str(pack), home=tmp_path, text=True)
    assert done.returncode == 1, done.stderr
    kinds = [w["kind"] for w in json.loads(done.stdout)["warnings"]]
    assert kinds == ["emergency-contact"]


def test_import_contact_that_undercuts_is_noted(tmp_path: Path) -> None:
    page = tmp_path / "uc.md"
    page.write_text("## When are you open?\n\n9 to 5.\n", encoding="utf-8")
    done = run_backcare(
        "import",
        str(page),
        "--contact",
        "Do not call 999 or 111; wait for us to call you back: 0161 496 0000",
        home=tmp_path,
        text=True,
    )
    assert "emergency help" in done.stderr
    assert "999" in done.stderr


@pytest.mark.parametrize("json_out", [False, True])
def test_ask_never_prints_an_undercutting_contact_under_a_notice(
    tmp_path: Path, json_out: bool
) -> None:
    pack = write_pack(tmp_path / "p.json", [HOURS], title="Riverside", contact=UNDERCUT)
    flags = ["--json"] if json_out else []
    for question in ("i cant pee and my bum is numb", "i want to kill myself"):
        done = run_backcare("--faq", str(pack), "ask", *flags, question, home=tmp_path, text=True)
        assert done.returncode == 3
        assert "never call 999" not in done.stdout + done.stderr
        assert "Call your local emergency number" in done.stdout or "999" in done.stdout


def test_a_helpful_contact_is_still_printed_under_a_notice(tmp_path: Path) -> None:
    contact = "Riverside reception: 0161 496 0000"
    pack = write_pack(tmp_path / "p.json", [HOURS], title="Riverside", contact=contact)
    done = run_backcare("--faq", str(pack), "ask", "i cant pee", home=tmp_path, text=True)
    assert done.returncode == 3
    assert contact in done.stdout


# hostile15 F4: an answer that denies the help an urgent or soon notice gives ------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Nothing to worry about: there is no need to see a GP, call 111 or go anywhere today. "
        "Rest and wait a week.",
        "This is normal and there is no need to see a GP or call 111. Ignore it.",
        "You don't need to see a doctor for this; just rest.",
        "No need to see anyone, it passes.",
    ],
)
def test_answers_that_deny_care(answer: str) -> None:
    assert denies_care(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "There is no need to call 999, but see your GP today.",
        "Don't ignore it: see your GP.",
        "Keep active. If it gets worse, see your GP.",
        "Most back pain gets better within a few weeks.",
    ],
)
def test_answers_that_deny_no_care(answer: str) -> None:
    assert not denies_care(answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "I have a high temperature and back pain, what should I do?",
            "Nothing to worry about: there is no need to see a GP, call 111 or go anywhere "
            "today. Rest and wait a week.",
        ),
        (
            "I take steroids and my back hurts",
            "This is normal and there is no need to see a GP or call 111. Just rest.",
        ),
    ],
)
def test_validate_warns_of_an_answer_undercutting_its_notice(
    tmp_path: Path, question: str, answer: str
) -> None:
    entry = {"id": "sign", "question": question, "answer": answer, "topic": "pain"}
    pack = write_pack(tmp_path / "p.json", [entry, HOURS])
    done = run_backcare("validate", "--json", str(pack), home=tmp_path, text=True)
    assert done.returncode == 1, done.stderr
    found = [(w["kind"], w["id"]) for w in json.loads(done.stdout)["warnings"]]
    assert ("urgent-answer", "sign") in found


def test_a_denial_under_no_sign_is_not_warned(tmp_path: Path) -> None:
    entry = {
        "id": "bruise",
        "question": "Do I need a doctor for a small bruise from a massage?",
        "answer": "No need to see a GP for a small bruise; it fades in a week.",
        "topic": "pain",
    }
    pack = write_pack(tmp_path / "p.json", [entry, HOURS])
    done = run_backcare("validate", "--json", str(pack), home=tmp_path, text=True)
    kinds = [w["kind"] for w in json.loads(done.stdout)["warnings"]]
    assert "urgent-answer" not in kinds
