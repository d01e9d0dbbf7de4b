"""hostile11 F3, F5, F6, F8 and newcomer11 5 (harden17): invisible characters after a question's
"?", unmarked UTF-16/32 JSON packs, SVG text after a nested <script>, a no-break space before "?",
and a page's call-to-action intro. Unit tests per importer, then the installed command."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from backcare.packs.importers import import_bytes, import_text
from backcare.packs.importers.lines import one_line, spaced_question, trim
from backcare.packs.importers.result import call_to_action, is_routine_note
from backcare.packs.load import parse_pack
from backcare.packs.validate import emergency_questions
from tests.conftest import run_backcare

INVISIBLE = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u200e", "\u200b \u00ad"]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_trim_drops_invisible_format_characters_at_the_ends(mark: str) -> None:
    assert trim(f"{mark}Is there wifi?{mark} ") == "Is there wifi?"
    assert trim("Is\u200bthere wifi?") == "Is\u200bthere wifi?"  # inside: kept


def test_one_line_keeps_a_no_break_space_before_a_question_mark_only() -> None:
    assert one_line("Do you open late\u00a0?") == "Do you open late\u00a0?"
    assert one_line("Ouvrez-vous tard\u202f?") == "Ouvrez-vous tard\u202f?"
    # between words it is kept (newcomer26 F7: "24\u00a0hours" in an answer); a question's is
    # made a space where the entry is made (importers.result.add_entry: spaced_question)
    assert one_line("Is it\u00a0free?") == "Is it\u00a0free?"
    assert spaced_question("Is it\u00a0free\u00a0?") == "Is it free\u00a0?"
    assert one_line("  a \n b\t ") == "a b"


def _questions(text: str, fmt: str) -> list[str]:
    return [e["question"] for e in import_text(text, fmt).entries]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_markdown_heading_with_an_invisible_after_its_question_mark(mark: str) -> None:
    text = f"# FAQ\n\n## Is there wifi?{mark}\n\nYes, wifi.\n\n## Do you open late?\n\nUntil 8.\n"
    result = import_text(text, "markdown")
    assert [(e["question"], e["answer"]) for e in result.entries] == [
        ("Is there wifi?", "Yes, wifi."),
        ("Do you open late?", "Until 8."),
    ]
    assert all("topic" not in e for e in result.entries)


@pytest.mark.parametrize("mark", ["&#8203;", "&shy;", "&#8288;", "&#xFEFF;"])
def test_html_heading_with_an_invisible_after_its_question_mark(mark: str) -> None:
    page = (
        f"<h1>FAQ</h1><h2>Should I rest if I cant pee?{mark}</h2><p>Yes rest a week.</p>"
        "<h2>Is parking free?</h2><p>Yes.</p>"
    )
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == [
        "Should I rest if I cant pee?",
        "Is parking free?",
    ]
    assert all("topic" not in e for e in result.entries)


def test_the_emergency_question_is_warned_once_it_is_an_entry() -> None:
    page = "<h2>Should I rest if I cant pee?&#8203;</h2><p>Yes rest a week.</p>"
    pack = parse_pack(json.dumps(import_text(page, "html").to_pack()).encode(), "zw.json")
    assert [w.kind for w in emergency_questions(pack)] == ["emergency-question"]


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff"])
def test_text_page_question_with_an_invisible_after_it(mark: str) -> None:
    text = f"Is there wifi?{mark}\nYes, wifi.\n\nWhy is my back stiff?{mark}\nPosture.\n"
    assert _questions(text, "page") == ["Is there wifi?", "Why is my back stiff?"]


@pytest.mark.parametrize("fmt", ["markdown", "page"])
def test_french_no_break_space_before_the_question_mark_is_kept(fmt: str) -> None:
    heading = "## " if fmt == "markdown" else ""
    text = f"{heading}Ouvrez-vous tard\u00a0?\n\nJusqu'à 20 h.\n"
    assert _questions(text, fmt) == ["Ouvrez-vous tard\u00a0?"]


def test_html_no_break_space_before_the_question_mark_is_kept() -> None:
    page = "<h2>Do you open late&nbsp;?</h2><p>Until 8.</p>"
    assert _questions(page, "html") == ["Do you open late\u00a0?"]


@pytest.mark.parametrize("inner", ["<script>x</script>", "<style>a{}</style>"])
def test_svg_text_after_a_nested_raw_text_element_is_dropped(inner: str) -> None:
    page = (
        "<h2>How long is a session?</h2><p>45 minutes. "
        f"<svg>{inner}<text>Hidden svg text</text></svg> Bring water.</p>"
    )
    result = import_text(page, "html")
    assert [e["answer"] for e in result.entries] == ["45 minutes. Bring water."]
    assert any("<svg>" in n for n in result.notes)


def test_an_svg_left_open_ends_at_the_next_paragraph() -> None:
    page = (
        "<h2>How long is a session?</h2><p>45 minutes. <svg><path d='x'></p>"
        "<p>Bring water.</p><h2>Is it free?</h2><p>Yes.</p>"
    )
    result = import_text(page, "html")
    assert [e["answer"] for e in result.entries] == ["45 minutes.\n\nBring water.", "Yes."]


def _pack_json() -> str:
    entry = {"id": "a", "question": "Why is my back stiff?", "answer": "Posture."}
    return json.dumps({"entries": [entry]})


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_an_unmarked_utf16_or_utf32_pack_is_read(encoding: str) -> None:
    pack = parse_pack(_pack_json().encode(encoding), "p.json")
    assert [e.answer for e in pack.entries] == ["Posture."]


def test_an_unmarked_utf16_pack_that_is_no_json_says_how_it_was_read() -> None:
    from backcare.errors import PackError

    with pytest.raises(PackError, match="read as UTF-16-BE: the file has no byte-order mark"):
        parse_pack(_pack_json()[:-3].encode("utf-16-be"), "p.json")


INTRO = "Can't find your answer here? Call us on 0117 496 0123 or email hello@clinic.example."


def test_a_call_to_action_intro_is_a_note_offering_contact() -> None:
    page = f"<h1>FAQ</h1><p>{INTRO}</p><h2>Is parking free?</h2><p>Yes.</p>"
    notes = import_text(page, "html").notes
    [note] = [n for n in notes if "call to action" in n]
    assert not is_routine_note(note)  # stranger F3: [check] until a contact keeps the details
    assert "--contact 'Call us on 0117 496 0123 or email hello@clinic.example.'" in note
    # a text page reads "Can't find your answer here? Call us..." as a question and its answer
    # (an opening question); an intro with no question is the call to action alone
    intro = "Call us on 0117 496 0123 about anything not answered here."
    text_notes = import_text(f"{intro}\n\nIs parking free?\nYes.\n", "page").notes
    assert [is_routine_note(n) for n in text_notes if "call to action" in n] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Do I need a referral? No, ring 0117 496 0123 to book.",  # answers its question
        "If you cannot pee, call 999 now. Otherwise call us on 0117 496 0123.",  # care words
        "Is parking free? Where is it? Call 0117 496 0123.",  # two questions
        "Can't find it here? Call us.",  # no number, no address
        "Questions? Call us on 0117 496 0123. " + "More text here. " * 20,  # a section
    ],
)
def test_other_intros_stay_content_notes(text: str) -> None:
    assert call_to_action(text) == ""


def test_a_page_that_loses_its_questions_still_fails(tmp_path: Path) -> None:
    questions = "".join(f"<p>Question number {n} here?</p>" for n in range(8))
    page = f"<h1>FAQ</h1><p>{INTRO}</p>{questions}<h2>Is parking free?</h2><p>Yes.</p>"
    path = tmp_path / "lost.html"
    path.write_text(page, encoding="utf-8")
    done = _run(["validate", str(path)], tmp_path)
    assert done.returncode == 1


def _run(
    args: list[str], home: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return run_backcare(*args, home=home, stdin=stdin, cwd=home)


def test_installed_validate_checks_a_page_whose_call_to_action_is_dropped(tmp_path: Path) -> None:
    # the intro's phone number reaches no reader until the pack is imported with --contact: a
    # [check] note and exit 1, no longer "routine: nothing lost" (stranger trial F3, ux33)
    page = f"<h1>FAQ</h1><p>{INTRO}</p>" + "".join(
        f"<h2>Is question {n} answered here?</h2><p>Yes, answer {n}.</p>" for n in range(6)
    )
    path = tmp_path / "faq.html"
    path.write_text(page, encoding="utf-8")
    done = _run(["validate", str(path)], tmp_path)
    assert done.returncode == 1, done.stderr
    assert b"--contact" in done.stderr and b"[check]" in done.stderr


def test_installed_import_keeps_the_answer_under_a_zero_width_heading(tmp_path: Path) -> None:
    page = tmp_path / "zw.html"
    page.write_text(
        "<h1>FAQ</h1><h2>Should I rest if I cant pee?&#8203;</h2><p>Yes rest a week.</p>"
        "<h2>Is parking free?</h2><p>Yes.</p>",
        encoding="utf-8",
    )
    done = _run(["import", str(page), "-o", str(tmp_path / "zw.json")], tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"describes an emergency" in done.stderr
    written = json.loads((tmp_path / "zw.json").read_text(encoding="utf-8"))
    assert written["entries"][0]["question"] == "Should I rest if I cant pee?"


def test_installed_ask_reads_an_unmarked_utf16_pack(tmp_path: Path) -> None:
    pack = tmp_path / "p16.json"
    pack.write_bytes(_pack_json().encode("utf-16-le"))
    done = _run(["--faq", str(pack), "ask", "why is my back stiff"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"Posture." in done.stdout


def test_a_text_page_keeps_an_email_address_whole() -> None:
    text = "Is parking free?\nYes, or mail hello@clinic.example. Thanks.\n"
    [entry] = import_text(text, "page").entries
    assert entry["answer"] == "Yes, or mail hello@clinic.example. Thanks."


def test_import_bytes_of_an_unmarked_utf16_page_still_notes_it() -> None:
    raw = "# FAQ\n\n## Is there wifi?\n\nYes.\n".encode("utf-16-le")
    result = import_bytes(raw, "u16.md")
    assert result.notes[0].startswith("read as UTF-16-LE")


# harden16's leftovers: a text page's section headings and title line, <li><p>Q?</p> shapes

SECTIONED = """Harbourside Clinic FAQ

Booking
How do I book an appointment?
Online or by phone.

Do I need a referral?
No.

Payments
How much does a session cost?
45 pounds.

Can I do Pilates
With sciatica and a bad knee?
Yes, gently.
"""


def test_a_text_page_section_heading_is_a_topic_not_part_of_the_question() -> None:
    result = import_text(SECTIONED, "page")
    assert [(e["question"], e.get("topic", "")) for e in result.entries] == [
        ("How do I book an appointment?", "Booking"),
        ("Do I need a referral?", "Booking"),
        ("How much does a session cost?", "Payments"),
        # a short line opening with a question word is the question's first line
        ("Can I do Pilates With sciatica and a bad knee?", "Payments"),
    ]


def test_a_text_page_title_line_is_its_title_with_a_routine_note() -> None:
    result = import_text(SECTIONED, "page")
    assert result.title == "Harbourside Clinic FAQ"
    assert [is_routine_note(n) for n in result.notes] == [True]


@pytest.mark.parametrize(
    "first",
    ["Welcome to our clinic. Read on.", "Call 0117 496 0123", "Is parking free?"],
)
def test_a_first_line_that_is_no_title_is_not_taken_as_one(first: str) -> None:
    result = import_text(f"{first}\n\nHow do I book an appointment?\nOnline.\n", "page")
    assert result.title == ""


def test_list_items_opening_with_a_question_paragraph_are_questions() -> None:
    page = (
        "<h1>FAQ</h1><ul><li><p>How do I book an appointment?</p><p>Online or by phone.</p></li>"
        "<li><p>Do I need a referral?</p><p>No.</p></li>"
        "<li><p><strong>How much does a session cost?</strong></p>45 pounds.</li></ul>"
    )
    result = import_text(page, "html")
    assert [(e["question"], e["answer"]) for e in result.entries] == [
        ("How do I book an appointment?", "Online or by phone."),
        ("Do I need a referral?", "No."),
        ("How much does a session cost?", "45 pounds."),
    ]
    assert result.notes == []


def test_an_answer_list_with_one_question_item_stays_a_list() -> None:
    page = (
        "<h2>What helps?</h2><ul><li><p>Is heat good for pain?</p><p>Often.</p></li>"
        "<li>Keep moving.</li><li>Sleep well.</li></ul>"
    )
    [entry] = import_text(page, "html").entries
    assert entry["answer"] == "- Is heat good for pain? Often.\n- Keep moving.\n- Sleep well."
