"""ux41: `validate`'s warnings about an imported HTML page name the page line of the entry's
question, in text and JSON, as a Markdown page's do (ux39; newcomer26 F8: "An HTML page's notes
give no line at all", and its warnings named only the ids the importer made)."""

from __future__ import annotations

import json
from pathlib import Path

from backcare.packs.htmllines import html_question_lines
from tests.conftest import PYTHON_M, run_backcare

PAGE = """<!doctype html>
<html><head><title>Is there parking? | Riverside</title></head>
<body><main>
<h2>Getting here</h2>
<h3>Is there parking?</h3>
<p>Yes, behind it.</p>
<details>
  <summary>Is <b>there</b>
  parking?</summary>
  <p>Yes, a car park behind the building.</p>
</details>
<p><strong>Can I bring&nbsp;a friend?</strong></p>
<p>Yes.</p>
</main></body></html>
"""


def test_each_question_gets_the_line_it_starts_on_in_page_order() -> None:
    found = html_question_lines(
        PAGE,
        [
            ("park", "Is there parking?"),  # line 5, not the <title> on line 2
            ("park-2", "Is there parking?"),  # split by <b> and a line break: starts on 8
            ("friend", "Can I bring a friend?"),  # a no-break space written &nbsp;
            ("gone", "Do you do home visits?"),
        ],
    )
    assert found == {"park": 5, "park-2": 8, "friend": 12}


def test_character_references_are_read_in_the_page_not_in_the_imported_question() -> None:
    """The page writes `&amp;`, `&lt;`, `&copy` (no semicolon); the imported question holds the
    characters, and a question's own `&` is never read as the start of a reference."""
    page = "<h3>Sports &amp; work?</h3>\n<h3>What does &ldquo;&lt;L4&gt;&copy R&amp;D&rdquo; mean?</h3>"
    found = html_question_lines(
        page, [("sports", "Sports & work?"), ("l4", "What does \u201c<L4>\u00a9 R&D\u201d mean?")]
    )
    assert found == {"sports": 1, "l4": 2}


def test_questions_only_in_what_is_not_shown_get_the_line_there() -> None:
    page = "\n".join(
        [
            "<html><head>",  # 1
            '<script type="application/ld+json">{"mainEntity": [',  # 2
            '{"name": "Do you take cards?", "acceptedAnswer": {"text": "Yes."}},',  # 3
            '{"name": "Do you take cards?", "acceptedAnswer": {"text": "And cash."}}]}',  # 4
            "</script></head><body>",  # 5
            '<div itemscope><meta itemprop="name" content="Should I rest in bed?">',  # 6
            "<h3>Should I rest?</h3></div>",  # 7
            "<!-- <h3>Do you do home visits?</h3> -->",  # 8: a comment is no page text
            "</body></html>",
        ]
    )
    found = html_question_lines(
        page,
        [
            ("cards", "Do you take cards?"),
            ("cards-2", "Do you take cards?"),
            ("rest", "Should I rest in bed?"),
            ("visits", "Do you do home visits?"),
        ],
    )
    assert found == {"cards": 3, "cards-2": 4, "rest": 6}


def test_validate_names_an_html_pages_line_in_plain_and_json(tmp_path: Path) -> None:
    page = tmp_path / "clinic.html"
    page.write_text(PAGE, encoding="utf-8")
    done = run_backcare("validate", str(page), home=tmp_path, command=PYTHON_M, text=True)
    assert done.returncode == 1
    assert "\tthere-parking-2\tline 8: same question as 'there-parking'" in done.stdout
    done = run_backcare("validate", "--json", str(page), home=tmp_path, command=PYTHON_M, text=True)
    (warning,) = json.loads(done.stdout)["warnings"]
    assert warning["id"] == "there-parking-2" and warning["line"] == 8
    assert not warning["message"].startswith("line")
    # beside a Markdown page, each page's warnings name its own lines
    other = tmp_path / "more.md"
    other.write_text("# More\n\n\n\n## Can I park here?\n\nYes.\n\n## Can I park here?\n\nNo.\n")
    done = run_backcare(
        "validate", "--json", str(page), str(other), home=tmp_path, command=PYTHON_M, text=True
    )
    lines = {(w["pack"], w["id"], w["line"]) for w in json.loads(done.stdout)["warnings"]}
    assert (str(page), "there-parking-2", 8) in lines and (str(other), "park-here-2", 9) in lines
    assert all(line for _, _, line in lines)  # the Markdown page's other warnings too


def test_a_page_saved_as_one_mime_file_names_no_line(tmp_path: Path) -> None:
    """MHTML's quoted-printable lines are not the page's: its warnings keep their ids alone."""
    page = tmp_path / "clinic.html"
    body = PAGE.replace("=", "=3D")
    page.write_text(
        "From: <Saved by Blink>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related; boundary="B"\n\n--B\n'
        "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
        f"{body}\n--B--\n",
        encoding="utf-8",
    )
    done = run_backcare("validate", "--json", str(page), home=tmp_path, command=PYTHON_M, text=True)
    (warning,) = json.loads(done.stdout)["warnings"]
    assert warning["id"] == "there-parking-2" and "line" not in warning
