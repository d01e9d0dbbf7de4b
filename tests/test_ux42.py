"""ux42: the notes `import` writes about an HTML page name the page line they are about, in text
and JSON, as a Markdown page's do (newcomer26 F8's second half: `validate` named an HTML entry's
line since ux41, but the import's notes about a dropped image, a table, an empty answer, a question
with no answer or a repeated question named none). A Markdown page's notes about a dropped image
or a table name theirs too."""

from __future__ import annotations

import json
from pathlib import Path

from backcare.packs.importers import import_bytes, import_text
from tests.conftest import PYTHON_M, run_backcare

PAGE = """<!doctype html>
<html><head><title>Riverside FAQ</title></head>
<body>
<nav><a href="/">Home</a> <a href="/faq">FAQ</a></nav>
<main>
<p>Welcome to our questions page.</p>
<h2>Is there parking?</h2>
<p>Yes, behind the building.
  <img src="map.png" alt="Map of the car park"></p>
<h2>What are your prices?</h2>
<table>
  <tr><th>Session</th><th>Price</th></tr>
  <tr><td>First</td><td>£50</td></tr>
</table>
<h2>Do you take cards?</h2>
<h2>Do you take credit cards?</h2>
<p>Yes.</p>
<h2>How long is a session?</h2>
<h2>Can I bring a friend?</h2>

<p>
  Yes, <b>bring</b> one.</p>
<dl>
  <dt>Do you do home visits?</dt>
  <dd></dd>
  <dt>Is it near a bus stop?</dt>
  <dd>Yes, the 42.</dd>
</dl>
<ul>
  <li>Our <a href="/team">team</a>.</li>
  <li><a href="#top">Back to top</a></li>
</ul>
</main>
<footer>Riverside Physio, 1 Mill Lane</footer>
</body></html>
"""


def _lines(text: str) -> list[tuple[int, str]]:
    """Each note's line (0 for none) and its first words."""
    found: list[tuple[int, str]] = []
    for note in import_text(text, "html").notes:
        head, _, rest = note.partition(": ")
        line = int(head.removeprefix("line ")) if head.startswith("line ") else 0
        found.append((line, " ".join((rest if line else note).split()[:4])))
    return found


def test_each_note_about_a_part_of_the_page_names_its_line() -> None:
    assert _lines(PAGE) == [
        (4, "dropped navigation: 'Home FAQ'"),
        (9, "dropped an image: 'Map"),  # the <img>, not its paragraph's line 8
        (11, "a table of 1"),
        (31, "dropped a link within"),  # its <li>, not the list's line 29
        (34, "dropped a footer: 'Riverside"),
        (0, "kept 1 link with"),  # about the whole page
        (6, "skipped text before the"),
        (16, "question 'Do you take"),  # the second heading, read as the first's alias
        (18, "question 'How long is"),  # no answer text
        (24, "question 'Do you do"),  # a <dt> whose <dd> is empty
        # one note for the skipped text and its link (import31 F6: was a second note per link)
        (29, "skipped text after question"),
    ]
    assert import_text(PAGE, "html").notes[-1].endswith("(with its link team (/team))")


def test_the_first_visible_character_of_a_paragraph_names_its_line() -> None:
    """A paragraph's text after a line break of the markup (`<p>` then its text on the next
    line) is on that next line; so is text after a comment or a hidden element."""
    page = "<h2>About us</h2>\n<p>\n\n  We are a clinic.</p>\n<h2>Is it open?</h2>\n<p>Yes.</p>"
    assert _lines(page) == [(4, "skipped text under the")]


def test_a_tag_cut_to_its_name_keeps_the_lines_after_it() -> None:
    """A start tag of more than 20,000 characters loses its attributes (htmltree.bounded), not
    the line breaks they held: the lines after it are still the page's."""
    page = '<div data-x="' + ("a" * 30_000 + "\n") * 3 + '">intro</div>\n<h2>Is it open?</h2>\n'
    assert _lines(page)[1:] == [(4, "skipped text before the"), (5, "question 'Is it open?':")]


def test_notes_of_the_whole_page_name_no_line() -> None:
    page = "<script>x()</script>\n<h2>Is it open?</h2>\n<p>Yes, <a href='/hours'>hours</a>.</p>"
    notes = import_text(page, "html").notes
    assert notes and not any(n.startswith("line ") for n in notes)


def test_faqpage_data_notes_name_the_visible_question_line() -> None:
    data = {
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
            for q, a in (("Is there parking?", "Yes, behind the building, free."),)
        ],
    }
    page = (
        f'<script type="application/ld+json">{json.dumps(data)}</script>\n'
        "<h2>Is there parking?</h2>\n<p>Yes, behind the building.</p>\n"
        "<h2>Do you take cards?</h2>\n<p>Yes.</p>\n"
    )
    summary, *notes = import_text(page, "html").notes
    assert summary.startswith("imported the page's FAQPage data")  # of the whole page: no line
    assert [n.split(": ", 1)[0] for n in notes] == ["line 2", "line 4"]
    assert "part of the answer" in notes[0] and "not in its FAQPage data" in notes[1]


def test_html_quoted_in_faqpage_data_names_no_line() -> None:
    """An answer's HTML inside JSON-LD has lines of its own string, not of the page."""
    answer = "<p>Yes.</p>\n\n<p><img src='a.png' alt='A map'> Behind it.</p>"
    data = {
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": "Is there parking?", "acceptedAnswer": {"text": answer}}
        ],
    }
    page = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    notes = import_text(page, "html").notes
    assert any("dropped an image: 'A map'" in n for n in notes)
    assert not any(n.startswith("line ") for n in notes)


def test_a_page_saved_as_one_mime_file_names_no_line() -> None:
    """MHTML's page lines are the decoded page's, not the file's an author opens."""
    raw = (
        "From: <Saved by Blink>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related; boundary="B"\n\n--B\n'
        "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
        f"{PAGE.replace('=', '=3D')}\n--B--\n"
    ).encode()
    notes = import_bytes(raw, "clinic.mhtml").notes
    assert any("no answer text" in n for n in notes)
    assert not any(n.startswith("line ") for n in notes)


def test_markdown_notes_about_an_image_and_a_table_name_their_lines() -> None:
    text = "# FAQ\n\n## Is there parking?\n\n![A map](map.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    notes = import_text(text, "markdown").notes
    assert notes[0] == "line 5: dropped an image: 'A map'"
    assert notes[1].startswith("line 7: a table of 1 row became a list")


def test_import_prints_the_lines_and_validate_lists_them_in_json(tmp_path: Path) -> None:
    page = tmp_path / "clinic.html"
    page.write_text(PAGE, encoding="utf-8")
    done = run_backcare("import", str(page), home=tmp_path, command=PYTHON_M, text=True)
    assert done.returncode == 0
    assert "note: line 18: question 'How long is a session?': no answer text" in done.stderr
    done = run_backcare("validate", "--json", str(page), home=tmp_path, command=PYTHON_M, text=True)
    report = json.loads(done.stdout)
    assert f"{page}: line 9: dropped an image: 'Map of the car park'" in report["notes"]
    assert any(w.startswith(f"{page}: line 24: ") for w in report["import_warnings"])
