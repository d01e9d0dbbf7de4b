"""newcomer9 3 and 4: `validate` warns about a question that holds answer text (sentences after its
question mark, or a length no question has), and a page's routine import notes (furniture, scripts
dropped) are information, not warnings: only notes of content that may be lost or misread make
`validate page.html` exit 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.answer import Engine
from backcare.packs.entry_text import LONG_QUESTION, answer_in_question
from backcare.packs.importers.result import is_routine_note
from backcare.packs.load import load_pack
from backcare.packs.notes import Note, dropped, routine
from backcare.packs.validate import check
from tests.conftest import PackWriter

REPO = Path(__file__).resolve().parent.parent
GLUED = (
    "Is there parking? We have 4 free spaces behind the clinic, including one disabled bay. There "
    "is also a pay and display car park on Mill Lane, two minutes’ walk away. The 42 and 50 buses "
    "stop outside."
)


@pytest.mark.parametrize(
    "question",
    [
        GLUED,
        "Do you open on Sundays? We are closed on Sundays. We open Monday to Saturday from 8am.",
        "x" * (LONG_QUESTION + 1) + "?",
    ],
)
def test_a_question_holding_answer_text_is_named(question: str) -> None:
    assert answer_in_question(question)


@pytest.mark.parametrize(
    "question",
    [
        "Is there a fee? I am a student.",  # one sentence of context
        "Why is liblzma named liblzma if its primary file format is .xz? Shouldn't it be e.g. libxz?",
        "Can I trust dropbox and similar services? [closed]",
        "Why can't I use \"C:\\temp\\foo\" in DOS paths? Why doesn't `C:\\temp\\foo.exe` work?",
        "How can I make a filehandle local? How do I pass filehandles? How do I make an array?",
        "Stiff back",
    ],
)
def test_a_real_question_is_not(question: str) -> None:
    assert answer_in_question(question) == ""


def real_packs() -> list[Path]:
    found = [REPO / "data" / "faq.json", *sorted((REPO / "tests" / "eval").glob("*_faq.json"))]
    found += sorted((REPO / "tests" / "importers").glob("*.pack.json"))
    shared = REPO.parent.parent / "shared" / "eval" / "stackfaq" / "faq.json"
    return found + ([shared] if shared.is_file() else [])


@pytest.mark.parametrize("path", real_packs(), ids=lambda p: p.name)
def test_no_question_of_a_real_pack_warns(path: Path) -> None:
    """Measured on every pack the project evaluates on: none of their 570 questions and aliases
    is taken for answer text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = [t for e in data["entries"] for t in (e["question"], *e.get("aliases", []))]
    assert [t for t in texts if answer_in_question(t)] == []


def test_check_reports_a_glued_question_not_an_alias(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    small_pack["entries"][0]["aliases"] = [
        "Do you open late? We open until 8pm on Thursdays. Other days we close at 6pm."
    ]
    small_pack["entries"].append(
        {"id": "parking", "question": GLUED, "answer": "See above.", "topic": "misc"}
    )
    warnings = check(Engine(load_pack(write_pack(small_pack))))
    found = sorted(w.entry_id for w in warnings if w.kind == "answer-in-question")
    # aliases hold a patient's pasted wording, sentences and all (review9 3f, harden13)
    assert found == ["parking"]
    [glued] = [w for w in warnings if w.entry_id == "parking" and w.kind == "answer-in-question"]
    assert "3 sentences after its question mark" in glued.message


# ---- routine import notes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "routine"),
    [
        # the kinds the importers give them where they are made (arch10: never read from wording)
        (dropped("dropped <div> marked 'cookie': 'We use cookies'", "We use cookies"), True),
        (dropped("dropped the page header: '0161 496 0732'", "0161 496 0732"), True),
        (dropped("dropped a footer: 'Northgate'", "Northgate"), True),
        (routine("dropped 1 <script> (code and graphics, not content)"), True),
        (dropped("dropped an image: 'Our team'", "Our team"), True),
        (routine("read as cp1252, the character set the page declares"), True),
        (routine("a table of 4 rows became a list ('; ' between cells)"), True),
        (Note("dropped a <dd> with no <dt> before it: 'Yes.'"), False),
        (Note("skipped text before the first question: 'Call us'"), False),
        ("question 'How often?': no answer text, skipped", False),
        ("imported the accordion item 'What to wear' as a question and its answer (...)", False),
        ("a table of 3 rows with a question in its first column: each row imported (...)", False),
        # a note made without a kind is content, whatever its words say
        ("dropped 1 <script> (code and graphics, not content)", False),
        ("read as cp1252, the character set the page declares", False),
    ],
)
def test_which_import_notes_are_routine(note: str, routine: bool) -> None:
    assert is_routine_note(note) is routine


FURNISHED = """<html><head><title>Clinic FAQ</title><script>track()</script></head><body>
<div class="cookie-banner">We use cookies.</div><header><a href="/">Home</a></header>
<main><h2>Is there parking?</h2><p>Four spaces.</p></main><footer>12 High St</footer></body></html>"""


def test_a_page_with_only_routine_notes_validates_clean(tmp_path: Path) -> None:
    page = tmp_path / "faq.html"
    page.write_text(FURNISHED, encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["validate", str(page)])
    assert plain.exit_code == 0, plain.output
    assert "import notes (routine: nothing lost)" in plain.stdout
    assert "note: " in plain.stderr and "cookie" in plain.stderr  # still said
    shown = runner.invoke(app, ["validate", str(page), "--json"])
    data = json.loads(shown.stdout)
    assert shown.exit_code == 0 and data["import_warnings"] == [] and data["notes"]


def test_a_page_whose_import_skipped_text_still_warns(tmp_path: Path) -> None:
    page = tmp_path / "faq.html"
    # a call to action ("Call 0161 496 0732.") is a routine note offering --contact (harden17):
    # text that says something of its own is what may be lost
    skipped = "<main><p>Our physios see 400 patients a month.</p>"
    page.write_text(FURNISHED.replace("<main>", skipped), "utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["validate", str(page)])
    assert plain.exit_code == 1
    assert "(1 may have lost or misread content: marked [check])" in plain.stdout
    # the note it counts is the one marked (harden20, newcomer13), the routine ones are not
    marked = [line for line in plain.stderr.splitlines() if line.endswith(" [check]")]
    assert len(marked) == 1 and "skipped text before the first question" in marked[0]
    assert any("cookie" in line for line in plain.stderr.splitlines() if line not in marked)
    data = json.loads(runner.invoke(app, ["validate", str(page), "--json"]).stdout)
    [warned] = data["import_warnings"]
    assert "skipped text before the first question" in warned


def test_a_page_whose_intro_is_a_call_to_action_is_checked(tmp_path: Path) -> None:
    # stranger F3: the page's only phone number reaches no reader of a pack without a contact
    # (it follows red-flag notices and "no confident match"), so its note is [check], exit 1
    page = tmp_path / "faq.html"
    page.write_text(FURNISHED.replace("<main>", "<main><p>Call 0161 496 0732.</p>"), "utf-8")
    plain = CliRunner().invoke(app, ["validate", str(page)])
    assert plain.exit_code == 1, plain.output
    assert "--contact 'Call 0161 496 0732.') [check]" in plain.stderr
    assert "nothing lost" not in plain.stdout
