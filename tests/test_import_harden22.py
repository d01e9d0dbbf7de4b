"""hostile14's import findings (harden22): nothing a user gave is altered or lost.

1. Struck-through text (`<del>`, `<s>`, `<strike>`, a line-through style, Markdown `~~...~~`) is
   withdrawn advice: dropped, with a content note; `<ins>` kept (F8).
2. Superscripts and subscripts keep their meaning (10⁻³, not 10-3); `<q>` keeps its quotation
   marks; `<ol reversed>`, `<li value>` and `<ol type>` number as a browser does (F9).
3. A field over a pack limit that the page made (aliases, title, source...) is cut with a note;
   the rest of the pack is written (F12).
4. Files of the wrong kind (ZIP, PDF, images) and BOM-less UTF-16/32 with a bad unit get a line
   naming what they are (F15, F16).
5. A reference escaped twice reads as the browser shows it (F19).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.packs.importers import import_text
from backcare.packs.importers.result import is_routine_note
from tests.conftest import run_backcare


def _page(body: str, title: str = "T") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _entry(text: str, fmt: str = "html") -> dict[str, str]:
    return import_text(text, fmt, "page").to_pack()["entries"][0]  # type: ignore[no-any-return]


def _notes(text: str, fmt: str = "html") -> list[str]:
    return [str(n) for n in import_text(text, fmt, "page").notes]


# ---- 1. struck-through text -------------------------------------------------------------------

STRUCK = [
    "<del>Yes, rest in bed for two weeks.</del>",
    "<s>Yes, rest in bed for two weeks.</s>",
    "<strike>Yes, rest in bed for two weeks.</strike>",
    '<span style="color: red; text-decoration: line-through">Yes, rest in bed for two weeks.</span>',
    '<span style="text-decoration-line:line-through">Yes, rest in bed for two weeks.</span>',
    "<del><p>Yes, rest in bed for two weeks.</p></del>",
]


@pytest.mark.parametrize("struck", STRUCK)
def test_struck_through_html_is_dropped_with_a_content_note(struck: str) -> None:
    page = _page(
        f"<h2>Should I rest in bed?</h2><div>{struck} <p>No: keep <ins>moving</ins> gently.</p></div>"
    )
    assert _entry(page)["answer"] == "No: keep moving gently."
    [note] = [n for n in import_text(page, "html", "p").notes if "struck" in str(n)]
    assert "Yes, rest in bed for two weeks." in str(note)
    assert not is_routine_note(note)


def test_struck_through_markdown_is_dropped_with_a_content_note() -> None:
    text = "# T\n\n## Should I rest in bed?\n\n~~Yes, rest in bed.~~ <del>Stay in bed.</del> No: move. `~~code~~`\n"
    assert _entry(text, "markdown")["answer"] == "No: move. ~~code~~"
    notes = [n for n in import_text(text, "markdown", "p").notes if "struck" in str(n)]
    assert len(notes) == 2 and not any(map(is_routine_note, notes))


def test_a_struck_question_is_no_question() -> None:
    page = _page(
        "<h2>Do you open Sundays?</h2><p>No.</p><del><h2>Do you open Mondays?</h2><p>Yes.</p></del>"
    )
    result = import_text(page, "html", "p")
    assert [e["question"] for e in result.entries] == ["Do you open Sundays?"]


# ---- 2. numbers and marks that flattening changed ---------------------------------------------


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        ("10<sup>-3</sup> g", "10⁻³ g"),
        ("10<sup>3</sup> times", "10³ times"),
        ("2&times;10<sup>&minus;6</sup>", "2×10⁻⁶"),
        ("H<sub>2</sub>O", "H₂O"),
        ("m<sup>2</sup>", "m²"),
        ("x<sup>2.5</sup>", "x^(2.5)"),
        ("C<sub>6.1</sub>", "C_(6.1)"),
        ("the 1<sup>st</sup> visit", "the 1st visit"),
        ("see<sup>[1]</sup>", "see[1]"),
        ("note<sup>*</sup>", "note*"),
        ("Brand<sup>TM</sup>", "Brand™"),
        ("he said <q>rest</q>", "he said “rest”"),
    ],
)
def test_marks_keep_their_meaning(markup: str, shown: str) -> None:
    assert _entry(_page(f"<h2>Dose?</h2><p>{markup}</p>"))["answer"] == shown
    assert _entry(f"# T\n\n## Dose?\n\n{markup}\n", "markdown")["answer"] == shown


def test_a_superscript_in_a_question_and_its_note() -> None:
    page = _page("<h2>Can I take 10<sup>6</sup> IU?</h2><p>Dose: 10<sup>-3</sup> g.</p>")
    assert _entry(page)["question"] == "Can I take 10⁶ IU?"
    [note] = [n for n in import_text(page, "html", "p").notes if "superscript" in str(n)]
    assert "2 superscripts" in str(note) and is_routine_note(note)


def test_a_raised_style_is_a_superscript_and_soft_hyphens_go() -> None:
    page = _page(
        '<h2>Do you offer physio&shy;therapy?</h2><p>5<span style="vertical-align: super">2</span>'
        ' and CO<span style="vertical-align:sub">2</span>, physio&shy;therapy.</p>'
    )
    entry = _entry(page)
    assert entry["question"] == "Do you offer physiotherapy?"
    assert entry["answer"] == "5² and CO₂, physiotherapy."
    assert any("soft hyphen" in n for n in _notes(page))


@pytest.mark.parametrize(
    ("lists", "answer"),
    [
        ("<ol reversed><li>three</li><li>two</li><li>one</li></ol>", "3. three\n2. two\n1. one"),
        ('<ol><li value="10">ten</li><li>eleven</li></ol>', "10. ten\n11. eleven"),
        ('<ol start="5"><li>five</li><li>six</li></ol>', "5. five\n6. six"),
        ('<ol type="a"><li>lie</li><li>sit</li></ol>', "- a. lie\n- b. sit"),
        ('<ol type="I" start="3"><li>c</li><li>d</li></ol>', "- III. c\n- IV. d"),
        (
            '<ol reversed start="1"><li>one</li><li>zero</li><li>minus</li></ol>',
            "1. one\n0. zero\n- -1. minus",
        ),
        ('<ol><li>a</li><li value="7">b</li><li>c</li></ol>', "1. a\n7. b\n8. c"),
    ],
)
def test_list_numbers_are_the_browsers(lists: str, answer: str) -> None:
    assert _entry(_page(f"<h2>Steps?</h2>{lists}"))["answer"] == answer


# ---- 3. a field over a pack limit ---------------------------------------------------------------


def _dl(n: int) -> str:
    terms = "".join(f"<dt>Can I park my car at the clinic number {i}?</dt>" for i in range(n))
    return _page(f"<dl>{terms}<dd>Yes.</dd><dt>Do you open Sundays?</dt><dd>No.</dd></dl>")


def test_more_than_100_aliases_keep_the_first_100_with_a_note(tmp_path: Path) -> None:
    source = tmp_path / "many_dt.html"
    source.write_text(_dl(150), encoding="utf-8")
    done = run_backcare(
        "import", str(source), "-o", str(tmp_path / "p.json"), home=tmp_path, text=True
    )
    assert done.returncode == 0, done.stderr
    pack = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert len(pack["entries"]) == 2
    assert len(pack["entries"][0]["aliases"]) == 100
    assert "49 left out" in done.stderr


@pytest.mark.parametrize(
    ("head", "field"),
    [
        ("<title>" + "Title word " * 30 + "</title>", "title"),
        ('<link rel="canonical" href="https://x.example/' + "a" * 1200 + '">', "source"),
    ],
)
def test_a_page_field_over_its_limit_is_cut_with_a_note(
    tmp_path: Path, head: str, field: str
) -> None:
    source = tmp_path / "p.html"
    source.write_text(
        f"<html><head>{head}</head><body><h2>Can I park?</h2><p>Yes.</p></body></html>",
        encoding="utf-8",
    )
    done = run_backcare("import", str(source), home=tmp_path, text=True)
    assert done.returncode == 0, done.stderr
    pack = json.loads(done.stdout)
    assert (field in pack) == (field == "title") and pack["entries"][0]["answer"] == "Yes."
    assert f"note: {field}: the page's" in done.stderr


def test_fit_to_limits_cuts_every_list_and_field_with_a_note() -> None:
    from backcare.packs.importers.fitted import fit_to_limits
    from backcare.packs.schema import pack_from_data

    entry = {
        "id": "park",
        "question": "Can I park?",
        "answer": "Yes.",
        "aliases": ["Where do I park?", "x" * 1_001, "", *(f"park {i}?" for i in range(120))],
        "tags": [f"t{i}" for i in range(101)] + ["y" * 201],
    }
    data = {
        "title": "word " * 60,
        "page_title": "word " * 60,
        "source": "https://x.example/" + "a" * 1_000,
        "entries": [entry],
    }
    notes: list[str] = []
    fit_to_limits(data, notes)
    pack = pack_from_data(data, "p")  # loads: nothing over a limit is left
    assert len(pack.entries[0].aliases) == 100 and pack.entries[0].aliases[0] == "Where do I park?"
    assert len(pack.entries[0].tags) == 100
    assert len(pack.title) <= 200 and pack.title.endswith("…") and "source" not in data
    assert len(notes) == 6 and not any(map(is_routine_note, notes)), notes


# ---- 4. files of the wrong kind -----------------------------------------------------------------

SIGNATURES = [
    (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "f.docx", "ZIP archive"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "f.pdf", "PDF document"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "faq.html", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 40, "f.jpg", "JPEG image"),
    (b"GIF89a" + b"\x00" * 40, "f.gif", "GIF image"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 40, "f.webp", "WebP image"),
]


@pytest.mark.parametrize(("raw", "name", "what"), SIGNATURES)
@pytest.mark.parametrize("command", ["import", "validate", "ask", "validate --json"])
def test_a_file_of_another_kind_is_named_in_one_line(
    tmp_path: Path, raw: bytes, name: str, what: str, command: str
) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    args = {
        "import": ("import", str(path)),
        "validate": ("validate", str(path)),
        "ask": ("--faq", str(path), "ask", "back"),
        "validate --json": ("validate", "--json", str(path)),
    }[command]
    done = run_backcare(*args, home=tmp_path, text=True)
    assert done.returncode == 2, done
    if command == "validate --json":
        [error] = json.loads(done.stdout)["errors"]
        lines = [error]
    else:
        lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and f"is a {what}" in lines[0] and "Traceback" not in done.stderr, lines


def test_a_bomless_utf16_pack_with_a_bad_unit_names_utf16(tmp_path: Path) -> None:
    text = json.dumps(
        {"title": "U", "entries": [{"id": "p", "question": "Can I park?", "answer": "Yes."}]}
    )
    raw = bytearray(text.encode("utf-16-le"))
    raw[60:60] = b"\x00\xd8"  # a lone high surrogate
    path = tmp_path / "p.json"
    path.write_bytes(bytes(raw))
    done = run_backcare("--faq", str(path), "ask", "park", home=tmp_path, text=True)
    assert done.returncode == 2
    assert "not UTF-16-LE text, as its start reads" in done.stderr, done.stderr


def test_a_bomless_utf16_page_with_a_bad_unit_names_utf16(tmp_path: Path) -> None:
    raw = bytearray(_page("<h2>Can I park?</h2><p>Yes, behind the clinic.</p>").encode("utf-16-le"))
    raw[40:40] = b"\x00\xd8"
    path = tmp_path / "p.html"
    path.write_bytes(bytes(raw))
    done = run_backcare("import", str(path), home=tmp_path, text=True)
    assert "UTF-16-LE" in done.stderr, done.stderr


# ---- 5. a reference escaped twice ---------------------------------------------------------------


def test_a_reference_escaped_twice_or_more_is_decoded_whole() -> None:
    page = _page(
        "<h2>Can I come?</h2><p>&amp;amp;lt;script&amp;gt; &amp;amp; &amp;amp;amp;c &amp;nbsp;x</p>"
    )
    assert _entry(page)["answer"] == "<script> & &c x"
    [note] = [n for n in _notes(page) if "escaped twice" in n]
    assert "not as a browser shows them" in note and "5 character references" in note


def test_more_entries_than_a_pack_holds_keep_the_first_with_a_note() -> None:
    from backcare.packs import limits
    from backcare.packs.importers.fitted import fit_to_limits

    entries = [{"question": f"q {i}?"} for i in range(limits.MAX_ENTRIES + 3)]
    notes: list[str] = []
    fit_to_limits({"title": "T", "entries": entries}, notes)
    assert len(entries) == limits.MAX_ENTRIES
    [note] = notes
    assert "3 left out" in note and f"'q {limits.MAX_ENTRIES}?'" in note


@pytest.mark.parametrize(
    ("contact", "said"), [("x" * 300, "300 characters long"), ("a\nb", "one line")]
)
def test_a_contact_past_the_limit_names_the_option(tmp_path: Path, contact: str, said: str) -> None:
    source = tmp_path / "p.html"
    source.write_text(_page("<h2>Can I park?</h2><p>Yes.</p>"), encoding="utf-8")
    done = run_backcare("import", str(source), "--contact", contact, home=tmp_path, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("backcare: --contact ") and said in done.stderr, done.stderr


def test_json_ld_answers_drop_struck_text_with_a_note_and_keep_superscripts() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": "Should I rest in bed?",
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": "<p><del>Yes.</del> No, 10<sup>3</sup> steps.</p>",
                },
            }
        ],
    }
    page = _page(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    assert _entry(page)["answer"] == "No, 10³ steps."
    notes = _notes(page)
    assert any("struck-through" in n and "'Yes.'" in n for n in notes), notes
    assert any("superscript" in n for n in notes), notes


def test_bomless_utf16_stdin_with_a_bad_unit_is_read_as_utf16(tmp_path: Path) -> None:
    text = ("stiff back\n" * 15 + "i cant pee\n").encode("utf-16-le")
    done = run_backcare(
        "ask", "--json", "-", home=tmp_path, stdin=text[:40] + b"\x00\xd8" + text[40:]
    )
    assert done.returncode == 3
    replies = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert replies[0]["query"] == "stiff back" and replies[-1]["red_flags"]
    assert "reads as UTF-16-LE" in done.stderr.decode()
