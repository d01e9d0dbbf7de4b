"""newcomer19's import findings. F1: `import --force` replaces a pack, never a page, Markdown or text
file (nor what a symbolic link names) that is not one: that is refused with one line saying what the
file is, and the file is kept byte for byte; a write through a link is said in a note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_backcare

PAGE = "# Clinic\n## Is there parking?\nYes, behind the clinic.\n## Are you open on Sundays?\nNo.\n"
OTHER_PAGE = (
    "<!doctype html><html><body><main><h2>Do you treat children?</h2><p>Yes, from 5 years.</p>"
    "</main></body></html>"
)


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "faq.md"
    page.write_text(PAGE, encoding="utf-8")
    return page


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("other-page.html", OTHER_PAGE, "an HTML page"),
        ("notes.md", "# Notes\n\nCall the plumber on Monday.\n", "Markdown"),
        ("notes.txt", "Call the plumber on Monday.\n", "text"),
        ("data.json", '{"name": "not a pack"}', "no 'entries'"),
        ("list.json", "[1, 2, 3]", "no 'entries'"),
    ],
)
def test_force_never_replaces_a_file_that_is_no_pack(
    tmp_path: Path, name: str, content: str, said: str
) -> None:
    target = tmp_path / name
    target.write_text(content, encoding="utf-8")
    done = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(target), "--force", home=tmp_path, text=True
    )
    assert done.returncode == 2
    assert said in done.stderr and "not a backcare pack" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == content
    assert not list(tmp_path.glob(name + "*.bak*"))


def test_force_through_a_link_to_a_text_file_keeps_the_file_and_says_it_is_a_link(
    tmp_path: Path,
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("my notes\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(victim.name)
    done = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(link), "--force", home=tmp_path, text=True
    )
    assert done.returncode == 2 and "symbolic link" in done.stderr
    assert victim.read_text(encoding="utf-8") == "my notes\n" and link.is_symlink()


def test_force_through_a_link_to_a_pack_says_which_file_it_updated(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    first = run_backcare("import", str(_page(tmp_path)), "-o", str(real), home=tmp_path, text=True)
    assert first.returncode == 0, first.stderr
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    again = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(link), "--force", home=tmp_path, text=True
    )
    assert again.returncode == 0, again.stderr
    said = [line for line in again.stderr.splitlines() if "symbolic link" in line]
    assert said and str(real) in said[0]
    assert len(json.loads(real.read_text(encoding="utf-8"))["entries"]) == 2


def test_force_still_replaces_a_pack(tmp_path: Path) -> None:
    target = tmp_path / "pack.json"
    first = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(target), home=tmp_path, text=True
    )
    assert first.returncode == 0, first.stderr
    again = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(target), "--force", home=tmp_path, text=True
    )
    assert again.returncode == 0, again.stderr


# ---- F2: FAQPage data (JSON-LD) that differs from the visible page ------------------------------

LD = """<script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [%s]}</script>"""


def _ld(*pairs: tuple[str, str]) -> str:
    items = [
        json.dumps({"@type": "Question", "name": q, "acceptedAnswer": {"text": a}})
        for q, a in pairs
    ]
    return LD % ", ".join(items)


def _visible(*pairs: tuple[str, str]) -> str:
    return "<main>" + "".join(f"<h2>{q}</h2>{a}" for q, a in pairs) + "</main>"


def test_a_question_worded_otherwise_in_the_data_is_one_entry_with_the_visible_wording() -> None:
    from backcare.packs.importers import import_text

    answer = "No. You can book directly with us, without a letter from your doctor."
    page = _ld(
        ("Can I book a massage?", "Yes, online."),
        ("Do I need a referral from my GP?", answer),
    ) + _visible(
        ("Can I book a massage?", "<p>Yes, online.</p>"),
        ("Do I need a GP referral to see a physiotherapist?", f"<p>{answer}</p>"),
    )
    result = import_text(page, "html")
    assert [e["question"] for e in result.entries] == [
        "Can I book a massage?",
        "Do I need a GP referral to see a physiotherapist?",
    ]
    assert result.entries[1]["aliases"] == ["Do I need a referral from my GP?"]
    said = [n for n in result.notes if "Do I need a referral from my GP?" in n]
    assert said and "visible question kept" in said[0]


def test_the_visible_answer_keeps_its_list_steps_and_link_over_the_datas_flattened_one() -> None:
    from backcare.packs.importers import import_text

    page = _ld(
        ("Do you take insurance?", "Yes: Bupa and AXA. Self-pay: assessment £60, follow-up £45."),
        ("Which exercises help?", "Knee rolls and bridges, ten times a day."),
    ) + _visible(
        (
            "Do you take insurance?",
            "<p>Yes: Bupa and AXA.</p><p>Self-pay:</p><ul><li>Assessment: £60</li>"
            "<li>Follow-up: £45</li><li>Massage (60 min): £55</li></ul>",
        ),
        (
            "Which exercises help?",
            "<ol><li>Knee rolls: lie on your back</li><li>Bridges</li></ol><p>Ten times a day. "
            'See <a href="https://clinic.example/videos/">our videos</a>.</p>',
        ),
    )
    result = import_text(page, "html")
    answers = [e["answer"] for e in result.entries]
    assert len(answers) == 2
    assert "- Massage (60 min): £55" in answers[0]
    assert answers[1].startswith("1. Knee rolls: lie on your back\n2. Bridges")
    assert "https://clinic.example/videos/" in answers[1]
    kept = [n for n in result.notes if "kept the visible answer" in n]
    assert len(kept) == 2 and "Bupa" in kept[0] and "Knee rolls" in kept[1]


def test_a_shared_answer_that_could_pair_two_questions_is_not_guessed() -> None:
    from backcare.packs.importers import import_text

    same = "Yes, tell reception when you book and we will help."
    page = _ld(
        ("Is there a lift?", "Yes."),
        ("Is there parking?", "No."),
        ("Are pets welcome?", same),
        ("Is the building accessible?", same),
    ) + _visible(
        ("Is there a lift?", "<p>Yes.</p>"),
        ("Is there parking?", "<p>No.</p>"),
        ("Can I bring my dog?", f"<p>{same}</p>"),
        ("Can I come in a wheelchair?", f"<p>{same}</p>"),
    )
    result = import_text(page, "html")
    # the two reworded questions share their answer with each other: neither pairing is sure,
    # so both wordings stay, each noted (as before), never one merged on a guess
    assert len(result.entries) == 6
    assert not any("visible question kept" in n for n in result.notes)


def test_a_short_answer_alone_never_makes_two_different_questions_one() -> None:
    from backcare.packs.importers import import_text

    page = _ld(("Is there parking?", "No."), ("Is there a lift?", "Yes.")) + _visible(
        ("Is there parking?", "<p>No.</p>"), ("Can I bring my dog?", "<p>Yes.</p>")
    )
    result = import_text(page, "html")
    questions = [e["question"] for e in result.entries]
    assert "Is there a lift?" in questions and "Can I bring my dog?" in questions


# ---- F4: the contact reading keeps every number the intro gives for contact --------------------

INTRO = (
    "Can’t find your answer here? Call reception on 020 7946 0321 (Mon–Fri 8am–7pm, Sat "
    "9am–1pm). Out of hours, for existing patients: 07700 900 123. This is not an emergency "
    "line: in an emergency call 999."
)


def _clinic_page(intro: str = INTRO, extra: str = "") -> str:
    return (
        f"<main><h1>FAQ</h1><p>{intro}</p>"
        "<h2>Is there parking?</h2><p>Two spaces behind the clinic.</p>"
        f"<h2>How do I pay?</h2><p>By card or cash.</p>{extra}</main>"
    )


def _notes(tmp_path: Path, page: str, output: Path | None, contact: str | None) -> list[str]:
    from backcare.cli.author import import_pack

    source = tmp_path / "faq.html"
    source.write_text(page, encoding="utf-8")
    return list(import_pack(str(source), output, "auto", output is not None, contact).notes)


def test_the_contact_offered_keeps_the_out_of_hours_number(tmp_path: Path) -> None:
    notes = _notes(tmp_path, _clinic_page(), None, None)
    offered = [n for n in notes if "imported with --contact" in n]
    assert len(offered) == 1
    assert "020 7946 0321" in offered[0] and "07700 900 123" in offered[0].split("--contact")[1]
    # the advice said with it is still named as advice, apart from the contact
    assert "its advice 'This is not an emergency line: in an emergency call 999.'" in offered[0]


def test_an_unchanged_page_gets_no_differs_note_for_a_contact_in_other_notation(
    tmp_path: Path,
) -> None:
    out = tmp_path / "clinic.json"
    own = (
        "Ribeiro Clinic reception: 020 7946 0321 (Mon-Fri 8-19, Sat 9-13); out of hours for "
        "patients: 07700 900 123"
    )
    _notes(tmp_path, _clinic_page(), out, own)
    again = _notes(tmp_path, _clinic_page(extra="<h2>Can I park?</h2><p>Yes.</p>"), out, None)
    assert not any("differs" in n for n in again), again
    assert any("its details are the pack's contact, kept from" in n for n in again)
    assert json.loads(out.read_text(encoding="utf-8"))["contact"] == own
    # hours that did change are still said: Saturday now closes at noon
    moved = _clinic_page(INTRO.replace("Sat 9am–1pm", "Sat 9am–12pm"))
    differs = [n for n in _notes(tmp_path, moved, out, None) if "differs" in n]
    assert len(differs) == 1 and "07700 900 123" in differs[0]


def test_a_contact_of_the_authors_own_gets_no_differs_note_while_the_page_is_unchanged(
    tmp_path: Path,
) -> None:
    out = tmp_path / "clinic.json"
    own = "Reception: 020 7946 0321; email hello@ribeiro.example"  # an address the page lacks
    _notes(tmp_path, _clinic_page(), out, own)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert "07700 900 123" in written["page_contact"] and written["contact"] == own
    again = _notes(tmp_path, _clinic_page(extra="<h2>Can I park?</h2><p>Yes.</p>"), out, None)
    assert not any("differs" in n for n in again), again
    assert any("as at the last import" in n for n in again)
    # the page's out-of-hours number changes: now it is said
    moved = _clinic_page(INTRO.replace("07700 900 123", "07700 900 456"))
    differs = [n for n in _notes(tmp_path, moved, out, None) if "differs" in n]
    assert len(differs) == 1 and "07700 900 456" in differs[0]
