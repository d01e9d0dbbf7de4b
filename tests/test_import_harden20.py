"""newcomer13 (harden20): what site builders and Markdown flavours write that the importers read
wrongly, as classes.

1. Lists written with line breaks and bullet characters (`<br/>&#8226; item`, `<br>- item`,
   `<br>· item`, `<p>• item</p>` paragraphs, Markdown lines opening with `•`) are list items, and
   `<br><br>` a paragraph break, as the author meant them (the terminal joins a paragraph's lines).
2. Text after the last question that is the page's, not the answer's (after the FAQ block's
   container ends, after a rule, a review-date line) is left out of the answer with a note.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.packs.importers import import_text
from backcare.packs.importers.answer import read_answer
from backcare.packs.importers.result import is_routine_note


def _answers(text: str, fmt: str = "html") -> list[str]:
    return [e["answer"] for e in import_text(text, fmt, "page").to_pack()["entries"]]


def _notes(text: str, fmt: str = "html") -> list[str]:
    return list(import_text(text, fmt, "page").notes)


def _yoast(answer: str, after: str = "") -> str:
    """A WordPress page with a Yoast FAQ block of two questions, the second answered by `answer`."""
    return (
        "<html><body><main><article><h1>FAQ</h1>"
        '<div class="schema-faq wp-block-yoast-faq-block">'
        '<div class="schema-faq-section"><strong class="schema-faq-question">Is parking free?'
        '</strong> <p class="schema-faq-answer">Yes, behind the building.</p></div>'
        '<div class="schema-faq-section"><strong class="schema-faq-question">How do I plan ahead'
        f' for flare-ups?</strong> <p class="schema-faq-answer">{answer}</p></div>'
        f"</div>{after}</article></main></body></html>"
    )


# ---- 1. lists written with line breaks and bullet characters --------------------------------

LISTED = "Write a plan. List:\n\n- what has helped before\n- who can help\n\nOur template helps."


@pytest.mark.parametrize(
    "bullet",
    ["&#8226; ", "&bull;", "- ", "&middot; ", "· ", "* ", "&#9679; ", "▪ ", "◦ ", "– ", "&#8259; "],
)
def test_html_line_break_bullets_are_list_items(bullet: str) -> None:
    answer = (
        f"Write a plan. List:<br/>{bullet}what has helped before<br/>{bullet}who can help<br/>"
        "Our template helps."
    )
    assert _answers(_yoast(answer))[1] == LISTED


def test_double_line_break_is_a_paragraph_break() -> None:
    answer = "Pacing means a steady amount.<br/><br/>Start by timing it.<br>Then build up."
    assert _answers(_yoast(answer))[1] == (
        "Pacing means a steady amount.\n\nStart by timing it.\nThen build up."
    )


def test_bullet_paragraphs_make_one_list() -> None:
    page = (
        "<h2>What should I bring?</h2><p>Please bring:</p><p>&#8226; your letter</p>"
        "<p>&#8226; a list of medicines</p><p>&bull; comfortable clothes</p><p>Thanks.</p>"
        "<h2>Is parking free?</h2><p>Yes.</p>"
    )
    assert _answers(page)[0] == (
        "Please bring:\n\n- your letter\n- a list of medicines\n- comfortable clothes\n\nThanks."
    )


def test_numbered_lines_are_a_numbered_list() -> None:
    page = (
        "<h2>How do I book?</h2><p>To book:<br>1. choose a time<br>2. fill in the form<br>"
        "3) pay the deposit</p><h2>Is parking free?</h2><p>Yes.</p>"
    )
    assert (
        _answers(page)[0] == "To book:\n\n1. choose a time\n2. fill in the form\n3. pay the deposit"
    )


@pytest.mark.parametrize(
    "text",
    [
        "It was -5 degrees.<br>Wrap up warm.",  # a minus sign, not a bullet
        "Prices: £20 • £30 • £40",  # a separator inside a line
        "Open in 2026.<br>2. floor, room 4",  # one numbered line is no list
        "Call us.<br>*Terms apply.",  # a footnote mark
    ],
)
def test_text_that_is_no_list_stays_as_written(text: str) -> None:
    answer = _answers(_yoast(text))[1]
    assert all(isinstance(block, str) for block in read_answer(answer)), answer
    assert "\n\n" not in answer


def test_jsonld_answer_with_line_break_bullets() -> None:
    page = (
        '<script type="application/ld+json">{"@type": "FAQPage", "mainEntity": ['
        '{"@type": "Question", "name": "What should I bring?", "acceptedAnswer": {"@type": '
        '"Answer", "text": "Bring:<br>&#8226; your letter<br>&#8226; your medicines"}}]}</script>'
        "<p>FAQ</p>"
    )
    assert _answers(page) == ["Bring:\n\n- your letter\n- your medicines"]


@pytest.mark.parametrize("bullet", ["•", "·", "▪", "–"])
def test_markdown_lines_opening_with_a_bullet_character(bullet: str) -> None:
    page = (
        "## How do I plan ahead?\n\nList:\n"
        f"{bullet} what has helped before\n{bullet} who can help\n\n## Is parking free?\n\nYes.\n"
    )
    assert _answers(page, "markdown")[0] == "List:\n\n- what has helped before\n- who can help"


def test_markdown_bullet_paragraphs_make_one_list() -> None:
    page = "## What should I bring?\n\n• your letter\n\n• your medicines\n\n## Is parking free?\n\nYes.\n"
    assert _answers(page, "markdown")[0] == "- your letter\n- your medicines"


def test_markdown_code_keeps_its_bullets() -> None:
    page = "## How do I run it?\n\n```\n• one\n• two\n```\n\n## Is parking free?\n\nYes.\n"
    assert _answers(page, "markdown")[0] == "• one\n• two"


def test_markdown_soft_breaks_stay_spaces_without_bullets() -> None:
    page = "## Is it safe?\n\nYes, it is safe\nfor most people.\n\n## Is parking free?\n\nYes.\n"
    assert _answers(page, "markdown")[0] == "Yes, it is safe for most people."


# ---- 2. the page's text after the last question ----------------------------------------------

REVIEWED = "<p>Page last reviewed: October 2026. Next review: October 2027.</p>"


def test_review_line_after_the_faq_block_is_left_out_with_a_routine_note() -> None:
    answers = _answers(_yoast("Write a plan.", REVIEWED))
    assert answers[1] == "Write a plan."
    notes = [n for n in _notes(_yoast("Write a plan.", REVIEWED)) if "Page last reviewed" in n]
    assert len(notes) == 1 and is_routine_note(notes[0]), notes


def test_text_after_the_faq_block_is_left_out_with_a_content_note() -> None:
    after = "<p>Thank you for reading. The Backbone team</p>"
    assert _answers(_yoast("Write a plan.", after))[1] == "Write a plan."
    notes = [n for n in _notes(_yoast("Write a plan.", after)) if "Thank you for reading" in n]
    assert len(notes) == 1 and not is_routine_note(notes[0]), notes


def test_text_after_a_rule_after_the_last_question_is_left_out() -> None:
    page = (
        "<h2>Is parking free?</h2><p>Yes.</p><h2>Do you see children?</h2><p>From 12.</p>"
        "<hr><p>Thank you for reading. The team</p>"
    )
    assert _answers(page) == ["Yes.", "From 12."]
    assert any("Thank you for reading" in n for n in _notes(page))


def test_a_rule_inside_an_earlier_answer_keeps_the_answer_whole() -> None:
    page = (
        "<h2>Is parking free?</h2><p>Yes.</p><hr><p>Blue badge bays at the front.</p>"
        "<h2>Do you see children?</h2><p>From 12.</p>"
    )
    assert _answers(page) == ["Yes.\n\nBlue badge bays at the front.", "From 12."]


@pytest.mark.parametrize(
    "line",
    [
        "Page last reviewed: October 2026. Next review: October 2027.",
        "Last updated 3 May 2026",
        "Last updated: 03/05/2026",
        "This page was last reviewed on 14 October 2026.",
        "Reviewed: 2026-10-14",
        "Updated June 2025",
    ],
)
def test_review_line_ending_the_last_answer_in_one_container(line: str) -> None:
    page = (
        f"<article><h2>Is parking free?</h2><p>Yes.</p><h2>Do you see children?</h2>"
        f"<p>From 12.</p><p><em>{line}</em></p></article>"
    )
    assert _answers(page) == ["Yes.", "From 12."]
    notes = [n for n in _notes(page) if line in n]
    assert len(notes) == 1 and is_routine_note(notes[0]), notes


@pytest.mark.parametrize(
    "last",
    [
        "We review your plan every six weeks.",
        "Last updated guidance from NICE says to keep moving.",
        "Updated advice: keep moving.",
    ],
)
def test_a_sentence_about_reviews_stays_in_the_answer(last: str) -> None:
    page = f"<h2>Is parking free?</h2><p>Yes.</p><h2>What next?</h2><p>Rest.</p><p>{last}</p>"
    assert _answers(page)[1] == f"Rest.\n\n{last}"


def test_markdown_text_after_a_rule_and_review_line() -> None:
    page = (
        "## Is parking free?\n\nYes.\n\n## Do you share my data?\n\nNo, never.\n\n---\n\n"
        "*Page last reviewed: October 2026.*\n"
    )
    assert _answers(page, "markdown") == ["Yes.", "No, never."]
    notes = [n for n in _notes(page, "markdown") if "Page last reviewed" in n]
    assert len(notes) == 1 and is_routine_note(notes[0]), notes


def test_markdown_review_line_without_a_rule() -> None:
    page = "## Is parking free?\n\nYes.\n\n## Do you share my data?\n\nNo.\n\nLast updated: 3 May 2026\n"
    assert _answers(page, "markdown") == ["Yes.", "No."]


def test_markdown_rule_between_answers_is_no_end() -> None:
    page = "## Is parking free?\n\nYes.\n\n---\n\nBays at the front.\n\n## Do you share my data?\n\nNo.\n"
    assert _answers(page, "markdown") == ["Yes.\n\nBays at the front.", "No."]


def test_entries_get_no_review_date_from_the_page() -> None:
    entries = import_text(_yoast("Write a plan.", REVIEWED), "html", "page").to_pack()["entries"]
    assert all("reviewed" not in entry for entry in entries)


# ---- 3. notes that mislead ----------------------------------------------------------------------

CALL = "Call our helpline on 0808 157 0123 (Mon-Fri 10am-4pm, Tue 6-8pm)."
MOVED = "Call our helpline on 0808 157 0123 (Mon-Fri 10am-4pm, Wed 6-8pm)."


def _charity_page(call: str) -> str:
    return (
        f"<main><h1>FAQ</h1><p>Can't find your answer here? {call}</p>"
        "<h2>Is there a group near me?</h2><p>We have 38 groups.</p>"
        "<h2>How do I donate?</h2><p>On our donate page.</p></main>"
    )


def _import(
    tmp_path: Path, call: str, output: Path | None, contact: str | None, force: bool = False
) -> list[str]:
    from backcare.cli.author import import_pack

    page = tmp_path / "faq.html"
    page.write_text(_charity_page(call), encoding="utf-8")
    return list(import_pack(str(page), output, "auto", force, contact).notes)


def test_no_contact_hint_when_contact_was_given(tmp_path: Path) -> None:
    for contact in (CALL.removesuffix("."), "Helpline: 0808 157 0123"):
        notes = _import(tmp_path, CALL, None, contact)
        call = [n for n in notes if "call to action" in n]
        assert len(call) == 1 and is_routine_note(call[0]), notes
        assert "imported with --contact" not in call[0] and "--contact gives" in call[0]
    assert "'Helpline: 0808 157 0123'" in call[0]  # a contact of its own is named


def test_force_says_when_the_kept_contact_no_longer_matches_the_page(tmp_path: Path) -> None:
    out = tmp_path / "pack.json"
    _import(tmp_path, CALL, out, CALL)
    same = _import(tmp_path, CALL, out, None, force=True)
    assert not any("differs" in n for n in same), same
    assert any("its details are the pack's contact, kept from" in n for n in same), same
    moved = _import(tmp_path, MOVED, out, None, force=True)
    differs = [n for n in moved if "differs from what the page's call to action now gives" in n]
    assert len(differs) == 1 and "Tue 6-8pm" in differs[0] and "Wed 6-8pm" in differs[0], moved
    assert json.loads(out.read_text(encoding="utf-8"))["contact"] == CALL  # kept, as before


@pytest.mark.parametrize(
    ("page", "fmt"),
    [
        ("## Where are the groups?\n\nSee the [group finder](groups.md).\n", "markdown"),
        (
            '<h2>Where are the groups?</h2><p>See the <a href="groups/">group finder</a>.</p>',
            "html",
        ),
    ],
)
def test_relative_links_kept_as_written_are_named(page: str, fmt: str) -> None:
    result = import_text(page, fmt, "page")
    assert "group finder (groups" in result.entries[0]["answer"]  # kept, as written
    kept = [n for n in result.notes if "relative address as written" in n]
    # readers cannot follow it: [check] (stranger F9)
    assert len(kept) == 1 and "group finder (groups" in kept[0] and not is_routine_note(kept[0])


def test_links_resolved_or_absolute_get_no_note() -> None:
    page = (
        '<link rel="canonical" href="https://charity.example/faq/"><h2>Where are the groups?</h2>'
        '<p>See the <a href="/groups/">group finder</a>, <a href="https://x.example/">x</a> or '
        '<a href="mailto:a@b.example">mail</a>.</p>'
    )
    result = import_text(page, "html", "page")
    assert "https://charity.example/groups/" in result.entries[0]["answer"]
    assert not any("relative address" in n for n in result.notes)


# ---- the same classes in text pages ------------------------------------------------------------


def test_text_page_bullet_lines_and_review_line() -> None:
    page = (
        "What should I bring?\nPlease bring:\n• your letter\n• your medicines\n\n• a towel\n\n"
        "Thanks.\n\nIs parking free?\nYes, behind the building.\n\n"
        "Page last reviewed: October 2026.\n"
    )
    result = import_text(page, "page", "page")
    assert [e["answer"] for e in result.entries] == [
        "Please bring:\n\n- your letter\n- your medicines\n- a towel\n\nThanks.",
        "Yes, behind the building.",
    ]
    dated = [n for n in result.notes if "Page last reviewed" in n]
    assert len(dated) == 1 and is_routine_note(dated[0])


def test_text_page_wrapped_lines_are_still_joined() -> None:
    page = "Is it safe?\nYes, it is safe\nfor most people.\n\nIs parking free?\nYes.\n"
    assert [e["answer"] for e in import_text(page, "page", "page").entries] == [
        "Yes, it is safe for most people.",
        "Yes.",
    ]


# ---- hostile13 F8: a page whose declared character set lies ------------------------------------


def test_bytes_not_of_the_declared_utf8_are_read_as_cp1252_with_a_content_note() -> None:
    from backcare.packs.importers import import_bytes

    raw = b'<meta charset="utf-8"><h2>I can\x92t pee, what now?</h2><p>Yes, caf\xe9 parking.</p>'
    result = import_bytes(raw, "l2.html")
    [entry] = result.entries
    assert (
        entry["question"] == "I can\u2019t pee, what now?"
        and entry["answer"] == "Yes, café parking."
    )
    assert "\ufffd" not in json.dumps(result.to_pack(), ensure_ascii=False)
    [note] = [n for n in result.notes if "declares" in n]
    assert not is_routine_note(note) and "utf-8" in note and "2 byte(s)" in note, note
    first = raw.index(b"\x92")
    assert f"byte {first:,}" in note


def test_bytes_not_of_another_declared_charset_are_named() -> None:
    from backcare.packs.importers import import_bytes

    raw = '<meta charset="shift_jis"><h2>駐車場はありますか?</h2><p>はい。</p>'.encode("shift_jis")
    result = import_bytes(raw + b"<p>\x81\x20</p>", "sj.html")
    [note] = [n for n in result.notes if "declares" in n]
    assert not is_routine_note(note) and "replaced (U+FFFD)" in note, note
    assert result.entries[0]["question"] == "駐車場はありますか?"


def test_a_true_declaration_is_still_a_routine_note() -> None:
    from backcare.packs.importers import import_bytes

    raw = b'<meta charset="iso-8859-1"><h2>Can I park?</h2><p>Yes, caf\xe9 parking.</p>'
    result = import_bytes(raw, "l1.html")
    assert result.entries[0]["answer"] == "Yes, café parking."
    [note] = [n for n in result.notes if "the character set the page declares" in n]
    assert is_routine_note(note)


# ---- hostile13 F14: a comment holding a question -----------------------------------------------


def test_a_comment_holding_a_question_is_named() -> None:
    page = (
        "<h2>Can I park?</h2><p>Yes.</p><!-- <h2>Do you open Sundays?</h2> --><p>No.</p>"
        "<!--[if IE]><p>Is this IE?</p><![endif]--><!-- layout: two columns -->"
    )
    result = import_text(page, "html", "page")
    assert [e["answer"] for e in result.entries] == ["Yes.\n\nNo."]  # as a browser shows it
    [note] = [n for n in result.notes if "comment" in n]
    assert "'Do you open Sundays?'" in note and "IE" not in note and not is_routine_note(note)


def test_comments_without_questions_give_no_note() -> None:
    page = "<!-- wp:yoast/faq-block --><h2>Can I park?</h2><p>Yes.</p><!-- /wp:yoast/faq-block -->"
    assert not any("comment" in n for n in import_text(page, "html", "page").notes)


# ---- hostile13 F9 and F13: MHTML, compressed pages, a web archive, a UTF-8 mark on UTF-16 ------

MHT = b"""From: <Saved by Blink>
Snapshot-Content-Location: https://example.com/faq
Subject: FAQ
MIME-Version: 1.0
Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc----"

------MultipartBoundary--abc----
Content-Type: text/html
Content-Transfer-Encoding: quoted-printable
Content-Location: https://example.com/faq

<html><body><h2>Can I park?</h2><p>Yes, caf=C3=A9 parking =3D free.</p><h2>What are your h=
ours?</h2><p>9 to 5.</p></body></html>
------MultipartBoundary--abc----
Content-Type: image/png
Content-Transfer-Encoding: base64

iVBORw0KGgo=
------MultipartBoundary--abc------
"""


def test_mhtml_reads_the_page_inside() -> None:
    from backcare.packs.importers import import_bytes

    result = import_bytes(MHT, "p.mht")
    assert [(e["question"], e["answer"]) for e in result.entries] == [
        ("Can I park?", "Yes, café parking = free."),
        ("What are your hours?", "9 to 5."),
    ]
    assert result.source == "https://example.com/faq"
    assert is_routine_note(result.notes[0]) and "MHTML" in result.notes[0]


def test_mhtml_without_a_page_is_one_line_error() -> None:
    from backcare.errors import PackError
    from backcare.packs.importers import import_bytes

    raw = MHT.replace(b"Content-Type: text/html\n", b"Content-Type: text/plain\n")
    with pytest.raises(PackError, match="MHTML archive with no web page"):
        import_bytes(raw, "p.mht")


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (
            # mtime=0: gzip stamps the time into its bytes, which name this case; a name that
            # changed by the second made two pytest-xdist workers collect different tests
            __import__("gzip").compress(b"<h2>Can I park?</h2><p>Yes.</p>", mtime=0),
            "gzip-compressed",
        ),
        (b"bplist00\xd1\x01\x02_\x10\x0fWebMainResource", "webarchive"),
        (b"\xef\xbb\xbf" + "<h2>Can I park?</h2>".encode("utf-16-le"), "looks like UTF-16"),
    ],
)
def test_files_that_are_no_text_say_what_they_are(raw: bytes, said: str) -> None:
    from backcare.errors import PackError
    from backcare.packs.importers import import_bytes

    with pytest.raises(PackError, match=said):
        import_bytes(raw, "p.html")
