"""newcomer12 F1 (harden19): an intro that is a call to action after a line of welcome, opening
after a clause ("If you can't find your answer here, email ... or call extension 4417.") gets the
routine note offering `--contact`, from an HTML page and from a Markdown page whose intro stands
under its `# Title`. Unit tests per importer, then the installed command."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcare.packs.importers import import_text
from backcare.packs.importers.result import call_to_action, is_routine_note
from tests.conftest import run_backcare

INTRO = (
    "From the Occupational Health team. Most back pain gets better within a few weeks. If you "
    "can't find your answer here, email oh@works.example or call extension 4417."
)
DETAILS = "email oh@works.example or call extension 4417."
QUESTIONS = "".join(
    f"<h2>Is question {n} answered here?</h2><p>Yes, answer {n}.</p>" for n in range(6)
)
MARKDOWN = (
    "---\ntitle: Staff FAQ\nowner: oh\n---\n\n# Back care: staff FAQ\n\n"
    f"{INTRO}\n\n## Your workstation\n\n### Can I have a standing desk?\n\nYes, after an "
    "assessment.\n\n### Can I get a footrest?\n\nYes, from the portal.\n"
)


@pytest.mark.parametrize(
    ("text", "details"),
    [
        (INTRO, DETAILS),
        ("If you have any other questions, please call us on 0117 496 0123.",
         "please call us on 0117 496 0123."),
        ("Welcome to the staff FAQ. Call extension 4417 about anything not answered here.",
         "Call extension 4417 about anything not answered here."),
        ("For anything else, ring ext. 2210 (Mon-Fri).", "ring ext. 2210 (Mon-Fri)."),
    ],
)  # fmt: skip
def test_a_call_opening_after_a_welcome_or_a_clause_is_a_call_to_action(
    text: str, details: str
) -> None:
    assert call_to_action(text) == details


@pytest.mark.parametrize(
    "text",
    [
        "Do I need a referral? No, ring 0117 496 0123 to book.",  # answers its question
        "If you cannot pee, call 999 now. Otherwise call us on 0117 496 0123.",  # care words
        "From the OH team. Most back pain gets better within a few weeks.",  # no details
        "From the OH team, at oh@works.example. Most back pain gets better quickly.",  # no call
        "Our extension 4417 line is staffed by nurses, and it is busy.",  # no call
    ],
)
def test_other_intros_are_no_call_to_action(text: str) -> None:
    assert call_to_action(text) == ""


def test_an_html_intro_with_a_welcome_line_gets_the_contact_note() -> None:
    notes = import_text(f"<h1>Staff FAQ</h1><p>{INTRO}</p>{QUESTIONS}", "html").notes
    [note] = [n for n in notes if "call to action" in n]
    assert not is_routine_note(note)  # stranger F3: [check] until a contact keeps the details
    assert f"--contact '{DETAILS}'" in note
    assert not [n for n in notes if "skipped text" in n]


def test_a_markdown_intro_under_the_title_heading_gets_the_contact_note() -> None:
    notes = import_text(MARKDOWN, "markdown").notes
    [note] = [n for n in notes if "call to action" in n]
    assert not is_routine_note(note)  # stranger F3: [check] until a contact keeps the details
    assert f"--contact '{DETAILS}'" in note
    assert not [n for n in notes if "skipped text" in n]


def test_a_text_page_intro_above_a_section_heading_gets_the_contact_note() -> None:
    page = f"{INTRO}\n\nWorkstations\nCan I have a standing desk?\nYes, after an assessment.\n"
    notes = import_text(page, "page").notes
    assert [is_routine_note(n) for n in notes if f"--contact '{DETAILS}'" in n] == [False]


@pytest.mark.parametrize(("name", "page"), [("faq.html", f"<h1>FAQ</h1><p>{INTRO}</p>{QUESTIONS}"),
                                            ("faq.md", MARKDOWN)])  # fmt: skip
def test_installed_import_offers_the_contact_and_passes_only_with_it(
    tmp_path: Path, name: str, page: str
) -> None:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    done = run_backcare("import", str(path), "-o", str(tmp_path / "faq.json"), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"--contact '{DETAILS}'".encode() in done.stderr
    # the page alone has no contact: its only details are lost, so validate says [check] and
    # exits 1 (stranger F3); imported with the offered --contact, the pack validates clean
    checked = run_backcare("validate", str(path), home=tmp_path)
    assert checked.returncode == 1 and b"[check]" in checked.stderr
    kept = tmp_path / "kept.json"
    done = run_backcare("import", str(path), "-o", str(kept), "--contact", DETAILS, home=tmp_path)
    assert done.returncode == 0 and b"[check]" not in done.stderr, done.stderr
    checked = run_backcare("validate", str(kept), home=tmp_path)
    assert checked.returncode == 0, checked.stderr + checked.stdout


def test_an_update_counts_every_entry_it_matched_and_those_reworded(tmp_path: Path) -> None:
    # newcomer12: "the ids, aliases, tags and review dates of 1 entry" when all 19 were matched
    # and one was reworded (only its id needed carrying) read as if 18 had been lost
    import json

    from backcare.cli.author import import_pack

    page = tmp_path / "faq.md"
    questions = ["Is there parking?", "How do I book a session?", "Do you take card payments?"]
    page.write_text(
        "# FAQ\n\n" + "".join(f"## {q}\n\nYes, answer {n}.\n\n" for n, q in enumerate(questions)),
        encoding="utf-8",
    )
    pack = tmp_path / "faq.json"
    import_pack(str(page), pack, "auto", False)
    data = json.loads(pack.read_text(encoding="utf-8"))
    data["contact"] = "Reception: 0117 496 0123"
    pack.write_text(json.dumps(data), encoding="utf-8")
    reworded = page.read_text(encoding="utf-8").replace("book a session", "book an appointment")
    page.write_text(reworded + "## Is there wifi?\n\nYes.\n", encoding="utf-8")
    result = import_pack(str(page), pack, "auto", True)
    [note] = [n for n in result.notes if n.startswith("kept from")]
    assert note.endswith(
        "contact; the ids, aliases, tags and review dates of the 3 entries matched "
        "(1 reworded; 1 new on the page)"
    )
