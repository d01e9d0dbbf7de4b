"""review9 3a (harden13): a dropped block is routine only when it is page furniture holding no
question and no red-flag or care words; text dropped outside <main> is never routine. validate's
"(routine: nothing lost)" and exit 0 were given for a dropped "call 999" entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.packs.importers.result import is_routine_note
from backcare.packs.notes import Note, dropped

PAGE = """<html><head><title>Clinic FAQ</title></head><body>
<main><h2>Do you treat sciatica?</h2><p>Yes, we treat sciatica.</p>
<h2>How much is a session?</h2><p>£50.</p></main>
<section><h2>What if my legs go numb?</h2><p>If both legs go numb or you cannot pee, call 999 at once.</p></section>
<aside class="sidebar"><h3>Can I park?</h3><p>Yes, behind the clinic.</p></aside>
</body></html>"""


def test_a_dropped_emergency_entry_is_not_routine(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["validate", str(page)])
    assert plain.exit_code == 1, plain.output
    assert "nothing lost" not in plain.stdout
    data = json.loads(runner.invoke(app, ["validate", str(page), "--json"]).stdout)
    assert len(data["import_warnings"]) == 2  # the <main>-less entry and the sidebar's question


@pytest.mark.parametrize(
    ("note", "routine"),
    [
        (
            Note("dropped text outside the page's <main>: 'What if my legs go numb? call 999'"),
            False,
        ),
        (Note("dropped text outside the page's <main>: 'Opening hours 9-5'"), False),
        (dropped("dropped a sidebar: '...'", "Can I park? Yes, behind the clinic."), False),
        (dropped("dropped a sidebar: '...'", "If you cannot pee, go to A&E"), False),
        (dropped("dropped a footer: '...'", "Out of hours ring 111"), False),
        (dropped("dropped an image: '...'", "Numb legs: call 999"), False),
        (dropped("dropped a sidebar: '...'", "Latest news"), True),
        (dropped("dropped a footer: '...'", "12 High St, Leeds"), True),
        # a one-word prompt is no question a patient asks
        (dropped("dropped <div> marked 'cookie': '...'", "We use cookies. Accept?"), True),
        (
            dropped(
                "dropped <div> marked 'cookie': '...'", "We use cookies. Do you need a referral?"
            ),
            False,
        ),
        (dropped("dropped <div> marked 'cookie': '...'", "We use cookies"), True),
    ],
)
def test_dropped_text_holding_a_question_or_care_words_is_not_routine(
    note: str, routine: bool
) -> None:
    assert is_routine_note(note) is routine


# ---- review9 3f: the answer-in-question check is for questions, not aliases ---------------------


@pytest.mark.parametrize(
    "alias",
    [
        "Can I claim on insurance? I have Bupa. My policy covers physio.",
        "Do you offer home visits? We are based in Leeds. Call us on 0113 555.",
        "Where are you? 12 High St. Leeds LS1 4AB.",
    ],
)
def test_a_patients_wording_in_an_alias_does_not_warn(tmp_path: Path, alias: str) -> None:
    path = tmp_path / "p.json"
    entry = {"id": "q", "question": "Do you take insurance?", "answer": "Yes.", "aliases": [alias]}
    path.write_text(json.dumps({"title": "T", "entries": [entry]}), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert "answer-in-question" not in result.output
    assert result.exit_code == 0, result.output
