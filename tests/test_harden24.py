"""harden24: a newcomer's findings on `--input jsonl` and on imports (newcomer16).

- F1, F2: `--input jsonl` counted its 200,000-character limit on the raw line, so a long message
  sent by `json.dumps` (ASCII escapes) or any valid message over the limit was "not JSON",
  unanswered and unread for red flags;
- F4: a Notion callout (`<aside>` in Markdown) holding the page's call to action or its emergency
  advice was dropped as a sidebar; `import` and `validate` disagreed on how serious that was;
- F5: `import --format csv` (a spreadsheet's FAQ);
- F6: an emoji opening a heading; F10: questions quoted on stderr without Python escaping.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app

DATA = Path(__file__).parent / "data" / "harden24"
EMERGENCY = " Since this morning I can't pee at all. "


def _worker(stdin: str, *args: str) -> tuple[list[dict[str, Any]], str, int]:
    done = CliRunner().invoke(app, [*args, "ask", "--json", "--input", "jsonl", "-"], input=stdin)
    return [json.loads(line) for line in done.stdout.splitlines()], done.stderr, done.exit_code


def _flags(reply: dict[str, Any]) -> list[str]:
    return [flag["id"] for flag in reply.get("red_flags", [])]


# F1, F2: the limit is the decoded message's ---------------------------------------------------


def test_escaped_non_english_message_is_read_whole() -> None:
    # 36,040 characters as a message, 216,049 as json.dumps writes it (ensure_ascii=True)
    message = "我的背很痛。" * 3000 + EMERGENCY + "我的背很痛。" * 3000
    line = json.dumps({"q": message})
    assert len(line) > 200_000 > len(message)
    replies, stderr, code = _worker(line + "\n")
    assert len(replies) == 1
    assert "error" not in replies[0]
    assert _flags(replies[0]) == ["cauda-equina-bladder"]
    assert replies[0]["query"].startswith("我的背很痛")
    assert "not JSON" not in stderr
    assert code == 3


@pytest.mark.parametrize("ascii_only", [True, False])
def test_message_over_the_limit_is_answered_from_its_ends(ascii_only: bool) -> None:
    padding = "I have been doing my exercises every day and walking a little more. " * 4000
    lines = [
        json.dumps(
            {"q": padding + "Should I use heat or ice for a stiff back?"}, ensure_ascii=ascii_only
        ),
        json.dumps({"q": padding + "😣" * 10 + EMERGENCY}, ensure_ascii=ascii_only),
    ]
    replies, stderr, code = _worker("\n".join(lines) + "\n")
    assert [reply.get("line") for reply in replies] == [1, 2]  # no trailing {"error"}
    assert all("error" not in reply for reply in replies)
    assert _flags(replies[1]) == ["cauda-equina-bladder"]
    assert not replies[1]["query"].startswith('{"q"')  # the message, not the JSON text
    assert "not JSON" not in stderr
    assert "the message on standard input line 1 is longer than 200,000 characters" in stderr
    assert "middle was NOT checked" in stderr
    assert code == 3


def test_a_line_too_long_to_decode_is_never_called_not_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import backcare.cli.framed as framed

    monkeypatch.setattr(framed, "MAX_LINE_BYTES", 300_000)
    line = json.dumps({"q": "a" * 400_000 + EMERGENCY})
    replies, stderr, code = _worker(line + "\n" + json.dumps({"q": "heat or ice?"}) + "\n")
    assert _flags(replies[0]) == ["cauda-equina-bladder"]  # its ends still read
    assert replies[1]["line"] == 2
    assert "of the input: the line is longer than 0.286102 MB" in stderr
    assert "not JSON" not in stderr
    assert code == 3


def test_an_undecodable_line_is_read_as_its_escapes_say() -> None:
    broken = (
        json.dumps({"q": "my back hurts and I can\u2019t pee since this morning"})[:-1] + ' "x"}'
    )
    assert "\\u2019" in broken
    replies, stderr, code = _worker(broken + "\n")
    assert _flags(replies[0]) == ["cauda-equina-bladder"]
    assert "can\u2019t pee" in replies[0]["query"]
    assert "the line is not JSON" in stderr
    assert code == 3


# F4: a Notion callout is the page's text -------------------------------------------------------


def _import(tmp_path: Path, source: Path, *args: str) -> tuple[str, int]:
    done = CliRunner().invoke(app, ["import", str(source), "-o", str(tmp_path / "out.json"), *args])
    return done.stderr, done.exit_code


def _marked(stderr: str) -> set[str]:
    """The [check] notes of `import` or `validate`, without the file-name prefix validate gives."""
    return {
        line.removeprefix("note: ").split(".md: ", 1)[-1]
        for line in stderr.splitlines()
        if line.endswith(" [check]")
    }


def test_notion_callouts_offer_the_contact_and_keep_the_emergency_advice_noted(
    tmp_path: Path,
) -> None:
    source = DATA / "notion_callouts.md"
    stderr, code = _import(tmp_path, source)
    assert code == 0
    assert "dropped a sidebar" not in stderr
    assert "--contact 'Call the MSK Physio line on 0161 496 0418 (Mon–Fri 8:00–17:00).'" in stderr
    marked = _marked(stderr)
    assert any("Go to A&E or call 999 straight away" in note for note in marked)
    assert any("in an emergency call 999" in note for note in marked)
    checked = CliRunner().invoke(app, ["validate", str(source)])
    assert checked.exit_code == 1
    assert _marked(checked.stderr + checked.stdout) == marked  # import and validate agree
    pack = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(pack["entries"]) == 3


def test_a_callout_inside_an_answer_stays_in_it(tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text(
        "# FAQ\n\n## Is back pain serious?\n\nUsually not.\n\n<aside>\n"
        "⚠️ Call 999 if you cannot control your bladder.\n\n</aside>\n\n"
        "## How do I book?\n\nRing reception.\n",
        encoding="utf-8",
    )
    stderr, code = _import(tmp_path, page)
    assert code == 0, stderr
    pack = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert "Call 999 if you cannot control your bladder" in pack["entries"][0]["answer"]


def test_an_html_sidebar_is_still_a_sidebar(tmp_path: Path) -> None:
    page = tmp_path / "faq.html"
    page.write_text(
        "<h1>FAQ</h1><aside>Latest news: the car park is resurfaced.</aside>"
        "<h2>How do I book?</h2><p>Ring reception.</p>",
        encoding="utf-8",
    )
    stderr, _ = _import(tmp_path, page)
    assert "dropped a sidebar" in stderr


@pytest.mark.parametrize(
    ("text", "contact", "advice"),
    [
        (
            "In an emergency call 999. Otherwise, can't find your answer? Call us on 0117 496 0123.",
            "Call us on 0117 496 0123.",
            "In an emergency call 999.",
        ),
        (
            "Still have questions? Email physio@example.org. If you suddenly cannot pee, go "
            "to A&E.",
            "Email physio@example.org.",
            "If you suddenly cannot pee, go to A&E.",
        ),
        ("If you cannot pee, call 999.", "", ""),  # advice alone: no call to action
    ],
)
def test_a_call_to_action_said_with_care_advice(text: str, contact: str, advice: str) -> None:
    from backcare.packs.importers.result import call_and_advice

    assert call_and_advice(text) == (contact, advice)


# F5: a spreadsheet's FAQ, saved as CSV --------------------------------------------------------


def _csv(tmp_path: Path, raw: bytes, *args: str, name: str = "faq.csv") -> tuple[Any, str, int]:
    source = tmp_path / name
    source.write_bytes(raw)
    out = tmp_path / "out.json"
    done = CliRunner().invoke(app, ["import", str(source), "-o", str(out), *args])
    pack = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return pack, done.stderr, done.exit_code


def test_the_newcomers_spreadsheet_imports(tmp_path: Path) -> None:
    pack, stderr, code = _csv(tmp_path, (DATA / "faq_spreadsheet.csv").read_bytes())
    assert code == 0, stderr
    assert [e["question"] for e in pack["entries"]][:2] == [
        "How do I refer myself to MSK physio?",
        "How long is the waiting list?",
    ]
    assert {e["topic"] for e in pack["entries"]} == {
        "Referrals and appointments",
        "Your appointment",
    }
    checked = CliRunner().invoke(app, ["validate", str(DATA / "faq_spreadsheet.csv")])
    assert "5 entries" in checked.stdout + checked.stderr
    asked = CliRunner().invoke(
        app, ["--faq", str(DATA / "faq_spreadsheet.csv"), "ask", "--json", "what should i wear"]
    )
    assert json.loads(asked.stdout)["match"]["id"] == "should-wear-appointment"


QUIRKS = (
    "Category;ANSWER;Question;Aliases;ID\r\n"
    'Visits;"Yes; bring it.\r\nAnd a towel, ""please"".";Can I bring water?;'
    '"may I bring a drink|water bottle ok?";water\r\n'
    ";;;;\r\n"
    "Sums;=SUM(A1:A3);What is =1+1?;;\r\n"
    "Cafés;-5 degrees is cold: wear layers.;@who runs the café?;;\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-8-sig", "faq.csv"), ("cp1252", "faq.csv"), ("utf-8", "faq.tsv")],
)
def test_excel_quirks(tmp_path: Path, encoding: str, name: str) -> None:
    text = QUIRKS.replace(";", "\t") if name.endswith(".tsv") else QUIRKS
    pack, stderr, code = _csv(tmp_path, text.encode(encoding), name=name)
    assert code == 0, stderr
    water, sums, cafe = pack["entries"]
    separator = "\t" if name.endswith(".tsv") else ";"
    assert water["answer"] == f'Yes{separator} bring it.\nAnd a towel, "please".'
    assert water["topic"] == "Visits"
    assert water["aliases"] == ["may I bring a drink", "water bottle ok?"]
    assert water["id"] == "water"
    assert sums["answer"] == "=SUM(A1:A3)"  # a formula is text, never evaluated
    assert sums["question"] == "What is =1+1?"
    assert cafe["question"] == "@who runs the café?"
    assert cafe["answer"] == "-5 degrees is cold: wear layers."
    assert cafe["topic"] == "Cafés"


def test_a_csv_with_no_question_header_says_what_it_found(tmp_path: Path) -> None:
    pack, stderr, code = _csv(tmp_path, b"Title,Body,Owner\nParking?,Free,Sam\n")
    assert pack is None
    assert code == 2
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "names no question column (found: 'Title', 'Body', 'Owner')" in lines[0]


def test_format_csv_reads_any_file_name(tmp_path: Path) -> None:
    raw = b"question,answer\nIs there parking?,Yes.\n"
    pack, stderr, code = _csv(tmp_path, raw, "--format", "csv", name="export.txt")
    assert code == 0, stderr
    assert pack["entries"][0]["answer"] == "Yes."


def test_one_cell_over_the_csv_modules_field_limit_loses_only_its_entry(tmp_path: Path) -> None:
    # review16: a cell over 131,072 characters (the csv module's default) refused the whole file
    long = b"word " * 40_000
    raw = b'question,answer\nIs there parking?,Yes.\nLong one?,"' + long + b'"\nSundays?,No.\n'
    pack, stderr, code = _csv(tmp_path, raw)
    assert code == 1, stderr  # written, with the warning a skipped question gets
    assert [e["question"] for e in pack["entries"]] == ["Is there parking?", "Sundays?"]
    assert "'Long one?': its answer is 199,999 characters long" in stderr


def test_rows_that_cannot_be_entries_are_noted(tmp_path: Path) -> None:
    raw = b"question,answer,notes\n,An answer with no question,x\nNo answer?,,y\nOk?,Yes.,z\n"
    pack, stderr, code = _csv(tmp_path, raw)
    assert code == 0, stderr
    assert [e["question"] for e in pack["entries"]] == ["Ok?"]
    assert "row 2: no question, skipped" in stderr
    assert "question 'No answer?': no answer text, skipped" in stderr
    assert "columns not read" in stderr and "'notes'" in stderr


# F10: a question quoted for people, not as a Python repr --------------------------------------


@pytest.mark.parametrize("mode", [[], ["--plain"]])
def test_a_question_is_quoted_without_python_escapes(mode: list[str]) -> None:
    question = 'he said "just rest" but it\'s been 2 weeks, how do I make pancakes'
    done = CliRunner().invoke(app, ["ask", *mode, "--", question + "\x1b[2J\x07"])
    assert done.exit_code == 1
    assert f"'{question}\ufffd'." in done.stderr + done.stdout  # BEL shown as U+FFFD
    assert "\\'" not in done.stderr + done.stdout
    assert "\x1b" not in done.stderr + done.stdout and "\x07" not in done.stderr + done.stdout


def test_a_long_question_is_cut_with_an_ellipsis() -> None:
    from backcare.output.text import said

    assert said("pancakes " * 20, 20) == "'pancakes pancakes pa…'"
    assert said("a\nb\tc\x1b[31m") == "'a b c'"


# F6: an emoji opening a heading ---------------------------------------------------------------


def test_an_emoji_heading_keeps_its_text_and_matches(tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text(
        "# Clinic FAQ\n\n## 🕐 Opening hours\n\n### 🕐 What are your opening times?\n\n"
        "Monday to Friday, 8 to 5.\n\n## 🅿️ Parking\n\n### Is there parking?\n\nYes, free.\n",
        encoding="utf-8",
    )
    stderr, code = _import(tmp_path, page)
    assert code == 0, stderr
    pack = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    first = pack["entries"][0]
    assert first["question"] == "🕐 What are your opening times?"  # the author's text, kept
    assert first["topic"] == "🕐 Opening hours"
    assert first["id"] == "opening-times"  # ids and matching read words only
    asked = CliRunner().invoke(
        app, ["--faq", str(tmp_path / "out.json"), "ask", "--json", "what are your opening times"]
    )
    assert json.loads(asked.stdout)["match"]["id"] == "opening-times"


def test_a_long_line_that_is_not_json_is_read_at_its_ends() -> None:
    line = '{"q": "' + "my back aches. " * 20_000 + EMERGENCY + "my back aches. " * 20_000
    replies, stderr, code = _worker(line + "\n")
    # its middle, as a message's, is not read: a guard of this branch's whole-line reading (on
    # main the line was cut when read), which would check a 16 MB line that is not JSON whole
    assert replies == [{"line": 1, "error": replies[0]["error"]}]
    assert "standard input line 1 is longer than 200,000 characters" in stderr
    assert "the line is not JSON" in stderr  # too long to open a string other lines go on with
    assert code == 2
