"""newcomer14 (harden21): real leaflets, as a word processor saves them and as a PDF copies them.

1. Page furniture (Word's MsoHeader/MsoFooter paragraphs and page-break <br>; in a PDF copy the
   line giving the page number and the lines repeated beside it) and section headings are left
   out of answers, with a note; a page break mid-answer joins the two halves.
2. A PDF copy's private-use bullet glyphs are bullets.
3. "1." / "1)" / "Q1." / "Q1:" before each question, numbered in sequence, is list numbering.
5. Hyphenated line breaks joined only into a word, ligatures as letters, numbered steps as lists.
"""

from __future__ import annotations

from pathlib import Path

from backcare.packs.importers import import_text
from backcare.packs.importers.result import is_routine_note


def _entries(text: str, fmt: str = "page") -> list[dict[str, str]]:
    return list(import_text(text, fmt, "page").to_pack()["entries"])


def _notes(text: str, fmt: str = "page") -> list[str]:
    return list(import_text(text, fmt, "page").notes)


def _pdf(
    footer: str = "Leaflet ABC-1 Page {n} of 3", header: str = "Riverside Hospital NHS Trust"
) -> str:
    """A leaflet of four questions as copied out of a PDF: a footer and the next page's header at
    each page break, one break mid-sentence, one between a lead-in and its bullets."""
    return (
        f"{header}\n\nBack pain questions\n\n"
        "Is parking free?\nYes, behind the building. The car park opens at 7am and closes at\n"
        f"\n{footer.format(n=1)}\n{header}\n\n"
        "10pm every day.\n\n"
        "When should I call 999?\nCall 999 if you have any of these:\n"
        f"\n{footer.format(n=2)}\n{header}\n\n"
        "\uf0b7 numbness around your bottom\n\uf0b7 weakness in both legs, or being unsteady\n"
        "  on your feet\nCall 111 if you have a fever.\n\n"
        "Can I have an interpreter?\nYes, please ask when you book. Please always follow the instru-\n"
        "ctions on the form. Our pain-\nfree waiting area is quiet.\n\n"
        "What exercises help?\nTry these:\n1. Knee rolls: lie on your back and roll your\n"
        "   knees.\n2. Pelvic tilts: flatten your back.\nStop if it hurts more.\n"
        f"\n{footer.format(n=3)}\n"
    )


def test_running_footer_and_header_left_out_and_page_break_joined() -> None:
    entries = _entries(_pdf())
    assert [e["question"] for e in entries][:2] == ["Is parking free?", "When should I call 999?"]
    parking = entries[0]["answer"]
    assert parking == (
        "Yes, behind the building. The car park opens at 7am and closes at 10pm every day."
    )
    for entry in entries:
        assert "Page" not in entry["answer"] and "Riverside" not in entry["answer"]
    notes = _notes(_pdf())
    said = [n for n in notes if "running header and footer" in n]
    assert len(said) == 1 and "'Riverside Hospital NHS Trust' (3 times)" in said[0]
    assert is_routine_note(said[0])  # a trust's name repeated on every page loses nothing


def test_repeated_footer_with_emergency_words_is_checked() -> None:
    notes = _notes(_pdf(header="In an emergency call 999"))
    said = [n for n in notes if "running header and footer" in n]
    assert said and not is_routine_note(said[0])


def test_no_page_numbers_no_furniture() -> None:
    # two lines that repeat, but no line gives a page number: nothing is taken for furniture
    text = "Is parking free?\nYes.\nAsk at the desk.\n\nDo you open late?\nYes.\nAsk at the desk.\n"
    assert [e["answer"] for e in _entries(text)] == ["Yes. Ask at the desk."] * 2


def test_private_use_bullets_are_bullets_and_a_list_ends_at_the_margin() -> None:
    urgent = _entries(_pdf())[1]["answer"]
    assert "\uf0b7" not in urgent
    assert urgent == (
        "Call 999 if you have any of these:\n\n- numbness around your bottom\n"
        "- weakness in both legs, or being unsteady on your feet\n\nCall 111 if you have a fever."
    )


def test_hyphenated_breaks_joined_only_into_words() -> None:
    answer = _entries(_pdf())[2]["answer"]
    assert "instructions on the form" in answer  # an English word
    assert "pain-free waiting area" in answer  # 'painfree' is no word: the hyphen is kept
    notes = " ".join(_notes(_pdf()))
    assert "'instru-ctions'" in notes and "'pain-free'" in notes


def test_numbered_steps_are_a_list() -> None:
    answer = _entries(_pdf())[3]["answer"]
    assert answer == (
        "Try these:\n\n1. Knee rolls: lie on your back and roll your knees.\n"
        "2. Pelvic tilts: flatten your back.\n\nStop if it hurts more."
    )


def test_ligatures_are_letters() -> None:
    text = "What is non-speci\ufb01c pain?\nPain with no \ufb01xed cause, as the \ufb02ow chart says.\n"
    entry = _entries(text)[0]
    assert entry["question"] == "What is non-specific pain?"
    assert entry["answer"] == "Pain with no fixed cause, as the flow chart says."
    assert any("ligatures" in n for n in _notes(text))


def test_section_heading_after_a_blank_line_is_a_topic() -> None:
    text = (
        "Is parking free?\nYes.\n\nYour appointment\n\n3. What should I wear?\nLoose clothes.\n\n"
        "Getting help\n\n4. When should I call 111?\nIf you have a fever.\n"
    )
    entries = _entries(text)
    assert entries[0]["answer"] == "Yes."
    assert [e.get("topic") for e in entries[1:]] == ["Your appointment", "Getting help"]


def _word_page(after_footer: str = "") -> str:
    """A Word "Web Page, Filtered" leaflet: numbered questions, a footer and the next page's
    header at a page break between two answers."""
    return (
        "<html><head><meta name=Generator content='Microsoft Word 15 (filtered)'>"
        "<title>Back pain FAQ</title></head><body><div class=WordSection1>"
        "<h2>1. Is parking free?</h2><p class=MsoNormal>Yes, behind the building.</p>"
        "<p class=MsoFooter>Leaflet ABC-1 Page 1 of 2</p>"
        "<span><br clear=all style='page-break-before:always'></span>"
        f"<p class=MsoHeader>{after_footer or 'Riverside Hospital NHS Trust'}</p>"
        "<h2>2. Can I have an interpreter?</h2><p class=MsoNormal>Yes, ask when you book.</p>"
        "</div></body></html>"
    )


def test_word_header_and_footer_are_furniture() -> None:
    result = import_text(_word_page(), "html", "page.htm")
    answers = [e["answer"] for e in result.entries]
    assert answers == ["Yes, behind the building.", "Yes, ask when you book."]
    said = [n for n in result.notes if "MsoHeader" in n]
    assert len(said) == 1 and "Page 1 of 2" in said[0] and is_routine_note(said[0])
    urgent = import_text(_word_page("In an emergency call 999"), "html", "page.htm")
    assert not is_routine_note(next(n for n in urgent.notes if "MsoHeader" in n))


def test_list_numbers_dropped_from_questions_and_ids() -> None:
    for mark in ("{n}.", "{n})", "Q{n}.", "Q{n}:"):
        text = "".join(
            f"{mark.format(n=n)} {q}\nYes.\n\n"
            for n, q in enumerate(["Is parking free?", "Do you open late?", "Can I self refer?"], 1)
        )
        entries = _entries(text)
        assert [e["question"] for e in entries] == [
            "Is parking free?",
            "Do you open late?",
            "Can I self refer?",
        ], mark
        assert entries[0]["id"] == "parking-free"
        if mark != "Q{n}:":  # "Q1:" was read as a 'Q:' label already (question_markers)
            assert any("dropped the list numbers" in n for n in _notes(text))


def test_numbers_out_of_sequence_or_on_some_questions_are_kept() -> None:
    jumbled = "3. Is parking free?\nYes.\n\n1. Do you open late?\nYes.\n"
    assert _entries(jumbled)[0]["question"] == "3. Is parking free?"
    some = "1. Is parking free?\nYes.\n\nDo you open late?\nYes.\n"
    assert _entries(some)[0]["question"] == "1. Is parking free?"
    # "1 in 10 people" is no list number
    assert _entries("Is it common?\nYes.\n\nDo 2 in 3 get better?\nYes.\n")[1]["question"] == (
        "Do 2 in 3 get better?"
    )


def test_one_cell_table_of_paragraphs_is_a_box() -> None:
    page = (
        "<html><body><h2>When should I get help?</h2><table border=1><tr><td>"
        "<p>Call 999 if you have any of these:</p><ul><li>numbness around your bottom</li>"
        "<li>weakness in both legs</li></ul><p>Call 111 if you have a fever.</p>"
        "</td></tr></table><h2>Is parking free?</h2><p>Yes.</p></body></html>"
    )
    answer = import_text(page, "html", "page.htm").entries[0]["answer"]
    assert answer == (
        "Call 999 if you have any of these:\n\n- numbness around your bottom\n"
        "- weakness in both legs\n\nCall 111 if you have a fever."
    )
    # a one-cell table of plain text is still a table (a list of its cell)
    plain = (
        "<html><body><h2>Is parking free?</h2><table><tr><td>Yes</td></tr></table></body></html>"
    )
    assert import_text(plain, "html", "page.htm").entries[0]["answer"] == "- Yes"


def test_masthead_before_the_first_question_is_routine() -> None:
    page = (
        "<html><head><title>Riverside Physio: Back pain questions</title></head><body>"
        "<img src=logo.png alt='NHS logo'><p class=MsoHeader>Riverside Hospital NHS Trust</p>"
        "<p>Riverside Hospital NHS Trust</p><p>Back pain questions</p>"
        "<p>Information for patients - Physiotherapy</p>"
        "<p>If your legs go numb, go to A&amp;E</p>"
        "<h2>Is parking free?</h2><p>Yes.</p><h2>Do you open late?</h2><p>No.</p></body></html>"
    )
    notes = import_text(page, "html", "page.htm").notes
    # each note's quoted text after what it says (and the page line it names: ux42)
    kinds = {
        n.split(": ", 2 if n.startswith("line ") else 1)[-1]: is_routine_note(n)
        for n in notes
        if ": '" in n
    }
    assert kinds["'NHS logo'"]
    assert kinds["'Riverside Hospital NHS Trust'"]  # the running header left out elsewhere
    assert kinds["'Back pain questions'"]  # a part of the title
    assert kinds["'Information for patients - Physiotherapy'"]  # a subtitle line
    assert not kinds["'If your legs go numb, go to A&E'"]  # care words: a reader's content


def test_h1_sections_under_a_title_are_topics() -> None:
    page = (
        "<html><head><title>Back pain leaflet</title></head><body>"
        "<h1>About back pain</h1><h2>Is it serious?</h2><p>Rarely.</p>"
        "<h1>Your appointment</h1><h2>What should I wear?</h2><p>Loose clothes.</p></body></html>"
    )
    result = import_text(page, "html", "page.htm")
    assert [e.get("topic") for e in result.entries] == ["About back pain", "Your appointment"]
    assert result.title == "Back pain leaflet"
    one = "<html><head><title>FAQ</title></head><body><h1>Clinic FAQ</h1><h2>Is it serious?</h2><p>Rarely.</p></body></html>"
    assert "topic" not in import_text(one, "html", "page.htm").entries[0]


def test_closing_section_of_a_text_page_is_skipped_with_a_check_note() -> None:
    text = (
        "Back pain FAQ\n\nIs it serious?\nRarely.\n\nGetting help\n\nWhen should I call 111?\n"
        "If you have a fever.\n\nContact us\nPhysio 0115 496 0732 Monday to Friday\n"
        "PALS 0115 496 0199\n"
    )
    result = import_text(text, "page", "page.txt")
    assert result.entries[-1]["answer"] == "If you have a fever."
    said = [n for n in result.notes if "under the heading 'Contact us'" in n]
    assert said and not is_routine_note(said[0])
    # a page with no section headings keeps such text in its last answer, as before
    plain = text.replace("Getting help\n\n", "")
    assert "Contact us" in import_text(plain, "page", "page.txt").entries[-1]["answer"]


def test_validate_opens_a_text_page(tmp_path: Path) -> None:
    from backcare.packs.formats import opens_as_page

    page = tmp_path / "leaflet.txt"
    page.write_text("Is parking free?\nYes.\n", encoding="utf-8")
    pack = tmp_path / "pack.txt"
    pack.write_text('{"title": "x", "entries": []}', encoding="utf-8")
    assert opens_as_page(page) and not opens_as_page(pack)
    assert opens_as_page(tmp_path / "faq.md") and not opens_as_page(tmp_path / "pack.json")


def _pack(phone: str, question: str = "1. How do I book?") -> dict[str, object]:
    return {
        "title": "Clinic",
        "entries": [
            {"id": "book", "question": question, "answer": f"Call {phone}."},
            {"id": "park", "question": "2. Is parking free?", "answer": "Yes."},
        ],
    }


def test_kept_contact_whose_number_the_page_dropped_is_noted() -> None:
    from backcare.packs.update import carry_over

    earlier = {**_pack("0115 496 0732"), "contact": "Physio: 0115 496 0732"}
    _, notes = carry_over(_pack("0115 496 0850", "How do I book?"), earlier, "pack.json")
    said = [n for n in notes if "the kept contact" in n]
    assert len(said) == 1 and "'0115 496 0732'" in said[0]
    # the page still gives it (written another way): no note
    _, notes = carry_over(_pack("0115-496-0732"), earlier, "pack.json")
    assert not [n for n in notes if "the kept contact" in n]


def test_update_matches_questions_without_their_list_numbers() -> None:
    from backcare.packs.update import carry_over

    earlier = _pack("0115 496 0732")
    new = {
        "title": "Clinic",
        "entries": [
            {"id": "parking-free", "question": "Is parking free?", "answer": "Yes."},
            {"id": "book", "question": "How do I book?", "answer": "Call 0115 496 0732."},
        ],
    }
    data, notes = carry_over(new, earlier, "pack.json")
    assert [e["id"] for e in data["entries"]] == ["park", "book"]
    assert not [n for n in notes if "words its question" in n]  # renumbered, not reworded


def test_answer_text_after_a_rule_in_the_last_answer_is_kept_with_a_note() -> None:
    page = (
        "<h2>How do I book?</h2><p>Call us.</p><hr><p>Or book online any time.</p>"
        "<h2>What should I bring?</h2><p>Your letter.</p><hr><p>Also bring your medicines list.</p>"
        "<p>Page last reviewed: 3 May 2026</p>"
    )
    result = import_text(page, "html", "page.html")
    assert [e["answer"] for e in result.entries] == [
        "Call us.\n\nOr book online any time.",
        "Your letter.\n\nAlso bring your medicines list.",
    ]
    said = [n for n in result.notes if "after a rule" in n]
    assert len(said) == 1 and not is_routine_note(said[0])
    # a sign-off after the rule is the page's, as before (harden20)
    signed = page.replace("Also bring your medicines list.", "Thank you for reading. The team")
    assert import_text(signed, "html", "page.html").entries[1]["answer"] == "Your letter."


def test_one_footnote_line_keeps_its_mark() -> None:
    page = (
        "<h2>When are you open?</h2><p>1. Monday 9-5<br>2. Tuesday 9-5<br>4. Thursday closed"
        "<br>* Terms apply<br>- 5 degrees outside</p>"
        "<h2>What do I bring?</h2><p>Bring:<br>- your letter<br>- your medicines</p>"
    )
    answers = [e["answer"] for e in import_text(page, "html", "page.html").entries]
    assert answers[0].endswith("4. Thursday closed\n* Terms apply\n- 5 degrees outside")
    assert answers[1] == "Bring:\n\n- your letter\n- your medicines"


def test_mhtml_faq_in_a_later_part() -> None:
    import quopri

    from backcare.packs.importers import import_bytes

    wrapper = b'<html><body><iframe src="cid:faq"></iframe></body></html>'
    faq = (
        "<html><body><h2>Is there parking?</h2><p>Yes, at the caf\u00e9.</p>"
        "<h2>Do you open late?</h2><p>No.</p></body></html>"
    ).encode()
    part = b"\r\n--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    archive = (
        b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n'
        + part
        + quopri.encodestring(wrapper)
        + part
        + quopri.encodestring(faq)
        + b"\r\n--B--\r\n"
    )
    result = import_bytes(archive, "frame.mhtml")
    assert [e["answer"] for e in result.entries] == ["Yes, at the caf\u00e9.", "No."]
    assert "web page number 2" in result.notes[0]


def test_a_thousand_page_numbers_make_a_short_note() -> None:
    text = "Is parking free?\nYes.\n\n" + "".join(
        f"More text {i}.\n\nLeaflet Page {i} of 999\nRiverside\n\n" for i in range(1, 1000)
    )
    said = [n for n in _notes(text) if "running header" in n]
    assert said and len(said[0]) < 1000 and "and 994 more" in said[0]


def test_one_line_answers_are_answers_not_headings() -> None:
    # short answers between blank lines look like headings; they answer the question above them
    for text in (
        "Is parking free?\n\nYes\n\nDo you open late?\n\nNo\n",
        "Intro line\n\nIs parking free?\nYes.\n\nGetting help\n\nDo you open late?\n\nNo\n",
    ):
        entries = _entries(text)
        assert [e["answer"] for e in entries][-1] == "No", text
        assert entries[0]["answer"] in ("Yes", "Yes.")
