"""newcomer9 5: the pack's contact under emergency notices is said once, after the notices, never
as "The pack's own contact:" (tool jargon); the same in plain, Rich and JSON (where each flag's
action keeps it). review9 3e (harden13): its label is fixed ("This FAQ's contact:", newcomer13: packs come from charities and employers too), never the
pack's title: a title such as "Call 999 FAQ" or "Urgent Care FAQ" put an instruction or a service
name right after "call your local emergency number now"."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.cli.notices import notices_to_stderr, safety_answer
from backcare.output.messages import labelled_contact

TWO_NOTICES = "i cant pee and my legs are numb"
NUMBER = "0161 496 0732 (weekdays 8.30am-5pm)"


LABEL = "This FAQ's contact:"


@pytest.mark.parametrize(
    ("contact", "shown"),
    [
        (NUMBER, f"{LABEL} {NUMBER}"),
        ("Northgate Clinic on 0161 496 0732", f"{LABEL} Northgate Clinic on 0161 496 0732"),
        # a contact that names itself (words, then a colon) is shown as it is
        ("Riverside reception: 01234 567890", "Riverside reception: 01234 567890"),
        ("  ", ""),
    ],
)
def test_the_contact_has_a_fixed_label(contact: str, shown: str) -> None:
    assert labelled_contact(contact) == shown


@pytest.mark.parametrize(
    "title",
    [
        "Call 999 FAQ",
        "Urgent Care FAQ",
        "Back Pain FAQ",
        "Emergency Physio FAQ",
        "Sciatica: your questions answered",
    ],
)
@pytest.mark.parametrize("how", ["plain", "rich", "json"])
def test_no_title_labels_the_line_under_an_emergency(tmp_path: Path, title: str, how: str) -> None:
    flags = {"plain": [], "rich": ["--color", "always"], "json": ["--json"]}[how]
    result = run("ask", *flags, "--faq", clinic(tmp_path, title=title), TWO_NOTICES)
    assert result.exit_code == 3
    assert f"{LABEL} {NUMBER}" in result.stdout
    label = title.removesuffix(" FAQ")
    assert f"{label}: 0161" not in result.stdout
    assert f"{label}: {LABEL}" not in result.stdout


def test_the_answer_keeps_the_raw_contact(tmp_path: Path) -> None:
    """One place labels it (output), not the CLI overwriting Answer.contact (review9 code 5)."""
    from backcare.cli.ask import answers
    from backcare.cli.context import open_engine
    from backcare.engine.query import query_template

    engine = open_engine([clinic(tmp_path)])
    template = query_template(engine.pack, top=3, topic=None)
    (answer,) = answers(engine, template, [TWO_NOTICES])
    assert answer.contact == NUMBER


def test_no_answer_says_the_contact_once_unlabelled(tmp_path: Path) -> None:
    result = run("ask", "--faq", clinic(tmp_path), "what colour is the sky")
    assert f"Contact: {NUMBER}" in result.stdout + result.stderr
    assert LABEL not in result.stdout + result.stderr


def clinic(tmp_path: Path, title: str | None = "FAQs – Northgate Clinic") -> str:
    data: dict[str, Any] = {
        "contact": NUMBER,
        "entries": [{"id": "park", "question": "Is there parking?", "answer": "Yes, 4 spaces."}],
    }
    if title is not None:
        data["title"] = title
    path = tmp_path / "clinic.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), env={"BACKCARE_REGION": "UK", "COLUMNS": "100"})


def test_plain_says_the_contact_once_after_the_notices(tmp_path: Path) -> None:
    result = run("ask", "--faq", clinic(tmp_path), TWO_NOTICES)
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    assert [line.startswith("EMERGENCY") for line in lines[:3]] == [True, True, False]
    assert lines[2] == f"{LABEL} {NUMBER}"
    assert result.stdout.count("0161 496 0732") == 1
    assert "pack's own" not in result.stdout


def test_a_pack_without_a_title_says_your_clinic(tmp_path: Path) -> None:
    result = run("ask", "--faq", clinic(tmp_path, title=None), TWO_NOTICES)
    assert result.stdout.splitlines()[2] == f"{LABEL} {NUMBER}"  # not 'clinic: ...'
    assert result.stdout.count("0161 496 0732") == 1


def test_rich_says_the_contact_once_after_the_panels(tmp_path: Path) -> None:
    result = run("ask", "--color", "always", "--faq", clinic(tmp_path), TWO_NOTICES)
    out = result.stdout
    assert out.count("0161 496 0732") == 1
    assert out.index(f"{LABEL} 0161") > out.rindex("╰")  # below the last panel
    assert "pack's own" not in out


def test_json_keeps_the_contact_in_each_flags_action(tmp_path: Path) -> None:
    result = run("ask", "--json", "--faq", clinic(tmp_path), TWO_NOTICES)
    flags = json.loads(result.stdout)["red_flags"]
    assert len(flags) == 2
    for flag in flags:
        assert flag["action"].endswith(f"A&E. {LABEL} {NUMBER}")
        assert "pack's own" not in flag["action"]


def test_a_door_without_an_answer_says_it_once_too(tmp_path: Path) -> None:
    """`show 'words'`: the words are no id, checked for red flags first (notices alone)."""
    result = run("show", "--faq", clinic(tmp_path), TWO_NOTICES)
    assert result.exit_code == 3
    assert result.stdout.count("0161 496 0732") == 1
    assert result.stdout.splitlines()[2] == f"{LABEL} {NUMBER}"


def test_packs_searched_together_each_name_their_own_contact(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text(
        json.dumps(
            {
                "title": "Riverside Physio",
                "contact": "01234 567890",
                "entries": [{"id": "hours", "question": "When do you open?", "answer": "9-5."}],
            }
        ),
        encoding="utf-8",
    )
    result = run("ask", "--faq", clinic(tmp_path), "--faq", str(other), TWO_NOTICES)
    assert f"{LABEL} {NUMBER}; 01234 567890" in result.stdout


def test_notices_sent_to_stderr_when_stdout_fails_say_the_contact_once_last() -> None:
    answers = [
        safety_answer(q)._replace(contact=f"{LABEL} {NUMBER}")
        for q in (TWO_NOTICES, "i wet myself")
    ]
    stream = io.StringIO()
    notices_to_stderr(stream, answers, "UK")
    lines = stream.getvalue().splitlines()
    assert lines[-1] == f"{LABEL} {NUMBER}"
    assert stream.getvalue().count("0161") == 1
    assert all(line.startswith(("EMERGENCY", "URGENT", "SEE")) for line in lines[:-1])
