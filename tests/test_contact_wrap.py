"""newcomer19 F12: on a terminal, a contact line wrapped under the red-flag notices never breaks a
phone number over two lines ("... out of hours for patients: 07700" / "900 123" read as two
numbers to someone in a hurry): a number that does not fit starts the next line, whole."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.output.wrapping import numbers_whole

CONTACT = (
    "Ribeiro Clinic reception: 020 7946 0321 (Mon-Fri 8-19, Sat 9-13); out of hours for "
    "patients: 07700 900 123"
)
NUMBERS = ("020 7946 0321", "07700 900 123")
ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@pytest.mark.parametrize("width", range(30, 130, 3))
def test_no_width_breaks_a_number(width: int) -> None:
    lines = numbers_whole(CONTACT, width).splitlines()
    text = "\n".join(lines)
    assert all(number in text for number in NUMBERS)
    assert " ".join(lines) == CONTACT  # only spaces become line breaks
    assert all(len(line) <= width for line in lines)


def test_short_digit_runs_and_a_number_alone_are_wrapped_as_words() -> None:
    # "999 or 111" is no phone number (fewer than seven digits): its words part as any
    assert numbers_whole("Call 999 or 111 now", 8) == "Call 999\nor 111\nnow"


@pytest.mark.parametrize("columns", ["80", "100", "118"])
def test_the_contact_under_an_emergency_keeps_its_numbers_whole(
    tmp_path: Path, columns: str
) -> None:
    pack = tmp_path / "clinic.json"
    entry = {"id": "park", "question": "Is there parking?", "answer": "Yes, 4 spaces."}
    pack.write_text(json.dumps({"contact": CONTACT, "entries": [entry]}), encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["ask", "--color", "always", "--faq", str(pack), "i cant pee and my legs are numb"],
        env={"BACKCARE_REGION": "UK", "COLUMNS": columns},
    )
    assert result.exit_code == 3
    text = ESCAPE.sub("", result.stdout)
    assert all(number in text for number in NUMBERS), text
