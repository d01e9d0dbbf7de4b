"""stranger41: bad and hostile input a stranger tried (docs/hardening.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, run_backcare


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("&#x1b;[2J", "&#x1b;[2J"),
        ("&#27;[1;31m", "&#27;[1;31m"),
        ("&#155;31m", "&#155;31m"),
        ("&#27;]8;;http://evil.example&#27;\\", "&#27;]8;;http://evil.example&#27;\\"),
    ],
)
def test_escape_sequences_written_as_references_leave_no_residue(
    fmt: str, written: str, first: str
) -> None:
    """A Markdown page's '&#27;[31m' was read by markdown-it as U+FFFD then '[31m', kept in the
    answer with no note; HTML dropped it whole. Both now drop it, and the note names it."""
    from backcare.packs.importers import import_text
    from backcare.packs.importers.result import is_routine_note

    if fmt == "markdown":
        page = f"# FAQ\n\n## Is there parking?\n\nYes {written}behind{written} the clinic.\n"
    else:
        page = (
            f"<h1>FAQ</h1><h2>Is there parking?</h2><p>Yes {written}behind{written} the clinic.</p>"
        )
    result = import_text(page, fmt, "faq." + ("md" if fmt == "markdown" else "html"))
    (entry,) = result.entries
    assert entry["answer"] == "Yes behind the clinic."
    assert "\ufffd" not in entry["answer"]
    notes = [n for n in result.notes if "escape sequence" in n]
    assert len(notes) == 1 and is_routine_note(notes[0])
    assert "dropped 2 terminal escape sequences" in notes[0] and repr(first) in notes[0]


def test_an_escape_sequence_over_lines_keeps_the_lines_notes_name() -> None:
    from backcare.packs.importers import import_text

    page = "# FAQ\n\n## Is there parking?\n\nYes &#27;]8;;x\ny&#7; behind.\n\n## Heat?\n\n[a](javascript:b)\n"
    result = import_text(page, "markdown", "faq.md")
    assert any(n.startswith("line 10:") and "javascript:" in n for n in result.notes)


def test_inline_script_and_style_in_markdown_are_dropped_with_their_code() -> None:
    """'## Is there parking? <script>var x=1</script>' read as 'Is there parking? var x=1', no
    question, and its answer was skipped; a script's code was kept in answers and titles."""
    from backcare.packs.importers import import_text
    from backcare.packs.importers.result import is_routine_note

    page = (
        "# FAQ <script>alert(1)</script>\n\n"
        "## Is there parking? <SCRIPT type='text/javascript'>var x=1</SCRIPT>\n\n"
        "Yes <script>steal()</script>behind <style>p{color:red}</style>the clinic.\n\n"
        "## Do you open <template>hidden</template>on Sundays?\n\n"
        "No <svg><title>icon</title></svg>.\n"
    )
    result = import_text(page, "markdown", "faq.md")
    assert result.title == "FAQ"
    assert [(e["question"], e["answer"]) for e in result.entries] == [
        ("Is there parking?", "Yes behind the clinic."),
        ("Do you open on Sundays?", "No ."),
    ]
    (note,) = [n for n in result.notes if "<script>" in n]
    assert is_routine_note(note) and "3 <script>, 1 <style>, 1 <svg>, 1 <template>" in note


def test_a_stray_inline_script_tag_loses_no_text() -> None:
    """An opening tag never closed on its line drops only the tag: the words after it stay."""
    from backcare.packs.importers import import_text

    page = "# FAQ\n\n## Is there parking?\n\nYes, <script> behind the clinic.\n"
    result = import_text(page, "markdown", "faq.md")
    assert result.entries[0]["answer"] == "Yes, behind the clinic."


@pytest.mark.parametrize("given", ["faq.md", "notes.txt"])
def test_a_baseline_that_is_not_json_is_never_advised_to_be_overwritten(
    tmp_path: Path, given: str
) -> None:
    """`validate clinic.json --baseline faq.md` (arguments swapped) advised
    `backcare validate ... --json > faq.md`: pasted, it replaced the user's page."""
    page = tmp_path / given
    page.write_text("# Clinic\n\n## Is there parking?\n\nYes.\n", encoding="utf-8")
    pack = str(REPO / "data" / "faq.json")
    done = run_backcare("validate", pack, "--baseline", str(page), home=tmp_path, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1 and "not JSON" in done.stderr
    assert f"> {page}" not in done.stderr and "> baseline.json" in done.stderr


def test_an_empty_baseline_may_be_named_as_the_file_to_save(tmp_path: Path) -> None:
    empty = tmp_path / "accepted.json"
    empty.write_bytes(b"\n")
    pack = str(REPO / "data" / "faq.json")
    done = run_backcare("validate", pack, "--baseline", str(empty), home=tmp_path, text=True)
    assert done.returncode == 2 and f"--json > {empty}'" in done.stderr


@pytest.mark.parametrize(
    ("argv", "owner"),
    [
        (["topics", "--top", "3"], "--top is an option of ask"),
        (["show", "--topic", "x", "some-id"], "--topic is an option of ask"),
        (["topics", "--handout"], "--handout is an option of show"),
        (["ask", "--version", "stiff"], "--version is given alone: backcare --version"),
    ],
)
def test_another_commands_option_is_named_as_such_not_as_a_misspelling(
    tmp_path: Path, argv: list[str], owner: str
) -> None:
    """`topics --top 3` said "no such option: --top (did you mean --top?)"; `ask --version` said
    "(Possible options: --json)"."""
    done = run_backcare(*argv, home=tmp_path, text=True)
    assert done.returncode == 2 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert owner in line and "did you mean" not in line and "Possible options" not in line


@pytest.mark.parametrize(
    "argv",
    [["--plain", "--version"], ["--json", "--version"], ["--no-pager", "--version"]],
)
@pytest.mark.parametrize("fast", ["", "1"])
def test_version_among_options_only_prints_the_version(
    tmp_path: Path, argv: list[str], fast: str
) -> None:
    """`backcare --plain --version` was read as `ask --plain --version`: a usage error, where
    `backcare --version --plain` printed the version; both routes (fast path, Typer) agree."""
    done = run_backcare(*argv, home=tmp_path, text=True, BACKCARE_NO_FAST_PATH=fast)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("backcare ") and "sha256" in done.stdout


@pytest.mark.parametrize("argv", [["--version", "stiff"], ["stiff", "--version"]])
def test_version_with_words_stays_a_usage_error(tmp_path: Path, argv: list[str]) -> None:
    done = run_backcare(*argv, home=tmp_path, text=True)
    assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr


_NO_CHARSETS = ["unicode_escape", "raw_unicode_escape", "undefined", "idna", "punycode", "utf-7"]


@pytest.mark.parametrize("declared", [*_NO_CHARSETS, "hz", "cp037", "utf-32"])
def test_a_meta_charset_that_no_page_is_written_in_is_read_as_none(declared: str) -> None:
    """`<meta charset="unicode_escape">` made the page's '\\x1b[2J' a terminal escape in the pack;
    "undefined", "idna" and "punycode" ended the import in "unexpected error ... please report
    it". The page is read as one declaring no character set (its own note, Windows-1252)."""
    from backcare.packs.importers import import_bytes

    page = (
        f'<html><head><meta charset="{declared}"></head><body>'
        "<h2>Is there parking \\x1b[2J \\u202e?</h2><p>Yes, caf\xe9 +ADw-b+AD4-.</p></body></html>"
    ).encode("latin-1")
    result = import_bytes(page, "faq.html", "auto")
    (entry,) = result.entries
    assert entry["question"] == "Is there parking \\x1b[2J \\u202e?"
    assert entry["answer"] == "Yes, café +ADw-b+AD4-."
    assert any("declares no known character set" in n for n in result.notes)


@pytest.mark.parametrize("declared", _NO_CHARSETS)
def test_an_mhtml_part_naming_no_charset_is_imported(declared: str) -> None:
    from backcare.packs.importers import import_bytes

    archive = (
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
        f'Content-Type: text/html; charset="{declared}"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        "<h2>Is there parking \\x1b[2J?</h2><p>Yes caf\xe9.</p>\r\n--B--\r\n"
    ).encode("latin-1")
    (entry,) = import_bytes(archive, "faq.mht", "auto").entries
    assert entry["question"] == "Is there parking \\x1b[2J?" and entry["answer"] == "Yes café."


@pytest.mark.parametrize(
    ("declared", "word"),
    [("iso-8859-1", "café"), ("windows-1252", "café"), ("shift_jis", "日本"), ("koi8-r", "жаль")],
)
def test_a_real_charset_is_still_read_as_declared(declared: str, word: str) -> None:
    from backcare.packs.importers import import_bytes

    page = f'<meta charset="{declared}"><h2>Is there parking?</h2><p>Yes, {word}.</p>'
    result = import_bytes(page.encode(declared), "faq.html", "auto")
    assert result.entries[0]["answer"] == f"Yes, {word}."
    assert any("the character set the page declares" in n for n in result.notes)


@pytest.mark.parametrize("digits", [310, 400, 5000])
def test_a_number_past_a_floats_range_keeps_the_red_flag_check(tmp_path: Path, digits: int) -> None:
    """'Bob 111...1 cant pee': float('1' * 400) is inf, and int(inf) in the reading of an age
    ended the run in "unexpected error" before the emergency was told; a --input jsonl line
    with such a number ended the whole batch."""
    number = "1" * digits
    done = run_backcare("ask", f"Bob {number} cant pee", home=tmp_path, text=True)
    assert done.returncode == 3 and "unexpected error" not in done.stderr
    assert "EMERGENCY" in done.stdout
    quiet = run_backcare("ask", f"q {number}", home=tmp_path, text=True)
    assert quiet.returncode == 1 and "unexpected error" not in quiet.stderr
    lines = f'{{"q": {number}}}\n{{"q": "stiff back"}}\n'.encode()
    batch = run_backcare("ask", "--json", "--input", "jsonl", "-", home=tmp_path, stdin=lines)
    assert b"unexpected error" not in batch.stderr
    assert b'"back-get-stiff-sit"' in batch.stdout


def test_read_number_is_finite() -> None:
    from backcare.engine.safety.numbers import read_number

    assert read_number("12") == 12.0
    assert read_number("9" * 400) == int(read_number("9" * 400))  # no OverflowError
