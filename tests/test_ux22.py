"""ux22 (fifteenth session): the CLI and import leftovers of the fourteenth session's reviewers.

- `ask --input jsonl -`: one JSON object `{"q": MESSAGE}` a line, so a message of several lines
  is one question, its red-flag check over the whole message (newcomer14 D2);
- the rest in the sections below, each finding as a class, tests written before the fix.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.conftest import run_backcare

# ---- newcomer14 D2: a multi-line message through the batch worker as one question --------------


def jsonl(*messages: Any) -> str:
    return "".join((m if isinstance(m, str) else json.dumps(m)) + "\n" for m in messages)


def ask_jsonl(stdin: str, *args: str) -> tuple[int, list[dict[str, Any]], str]:
    done = CliRunner().invoke(app, ["ask", "--json", "--input", "jsonl", *args, "-"], input=stdin)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return done.exit_code, lines, done.stderr


PATIENT = "Hi, my back has been bad for a week.\nWhere do I park?\nAlso since this morning I cant feel my bum"


def test_a_message_of_several_lines_is_one_question_with_one_reply() -> None:
    code, out, _ = ask_jsonl(jsonl({"q": PATIENT}, {"q": "heat or ice for a stiff back?"}))
    assert [o["line"] for o in out] == [1, 2]
    assert out[0]["query"] == PATIENT  # as given, newlines and all
    assert [f["urgency"] for f in out[0]["red_flags"]][:1] == ["emergency"]
    assert out[1]["match"]["id"]
    assert code == 3


def test_the_red_flag_check_reads_the_whole_message_across_its_lines() -> None:
    # no line alone describes it, and no wrap word joins them: only the message whole does
    # (as two plain lines of `ask -`, neither raises a notice)
    code, out, _ = ask_jsonl(jsonl({"q": "both of my legs\nhave gone weak"}))
    assert out[0]["red_flags"] and out[0]["red_flags"][0]["urgency"] == "emergency"
    assert code == 3


def test_framed_messages_are_never_joined_with_one_another() -> None:
    # two messages, perhaps of two people: the wrapped-line reading of plain lines must not
    # join them ("I want to kill" / "myself" as two plain lines raise the crisis notice)
    code, out, _ = ask_jsonl(jsonl({"q": "I want to kill"}, {"q": "myself"}))
    assert [o["red_flags"] for o in out] == [[], []]
    assert code == 1


def test_an_empty_message_or_blank_line_gets_its_error_line_as_in_a_plain_batch() -> None:
    code, out, _ = ask_jsonl(jsonl({"q": "  "}, "", {"q": "heat or ice for a stiff back?"}))
    assert out[0] == {"line": 1, "error": "the question is empty"}
    assert out[1] == {"line": 2, "error": "the question is empty"}
    assert out[2]["line"] == 3 and out[2]["match"]
    assert code == 0


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("stiff back after sitting", "not JSON"),
        ('["stiff back"]', "not a JSON object"),
        ('{"question": "stiff back"}', '"q"'),
        ('{"q": 3}', '"q"'),
        ('{"q": "stiff back", "q": "heat or ice"}', "twice"),
    ],
)
def test_a_line_that_is_not_a_message_gets_an_error_line_and_exit_2(line: str, said: str) -> None:
    code, out, err = ask_jsonl(jsonl(line, {"q": "heat or ice for a stiff back?"}))
    assert out[0]["line"] == 1 and said in out[0]["error"]
    assert out[1]["line"] == 2 and out[1]["match"]  # the lines after it are answered
    assert code == 2
    assert said in err


def test_a_line_that_is_not_a_message_is_still_read_for_red_flags() -> None:
    code, out, _ = ask_jsonl(
        jsonl("i cant pee and my bum is numb", '{"q": "i want to kill myself"')
    )
    assert [bool(o.get("red_flags")) for o in out[:2]] == [True, True]
    assert code == 3  # an emergency outranks the error


def test_plain_output_reads_the_same_framing() -> None:
    done = CliRunner().invoke(app, ["ask", "--input", "jsonl", "-"], input=jsonl({"q": PATIENT}))
    assert done.stdout.startswith("EMERGENCY")
    assert done.exit_code == 3


def test_input_jsonl_is_for_a_batch_only() -> None:
    done = CliRunner().invoke(app, ["ask", "--input", "jsonl", "i", "cant", "pee"])
    assert done.exit_code == 3  # the words are still read for red flags first
    assert "--input jsonl" in done.stderr
    done = CliRunner().invoke(app, ["ask", "--input", "jsonl", "stiff", "back"])
    assert done.exit_code == 2


def test_the_default_input_is_one_question_a_line() -> None:
    done = CliRunner().invoke(app, ["ask", "--json", "--input", "lines", "-"], input='{"q": "x"}\n')
    assert json.loads(done.stdout)["query"] == '{"q": "x"}'


def test_the_installed_command_takes_input_jsonl_given_first(tmp_path: Path) -> None:
    # `backcare --json --input jsonl < messages.jsonl`: ask's options first mean a batch
    done = run_backcare(
        "--json", "--input", "jsonl", home=tmp_path, stdin=jsonl({"q": PATIENT}).encode(), text=True
    )
    assert json.loads(done.stdout.splitlines()[0])["red_flags"]
    assert done.returncode == 3
    # a line that holds no message: its error line, and the run ends with that error (exit 2)
    stdin = jsonl('{"question": "stiff back"}', {"q": "heat or ice for a stiff back?"})
    done = run_backcare(
        "ask", "--json", "--input", "jsonl", "-", home=tmp_path, stdin=stdin.encode(), text=True
    )
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o.get("line") for o in out] == [1, 2, None]
    assert out[-1] == {"error": f"line 1 of the input: {out[0]['error']}"}
    assert done.returncode == 2


def test_a_worker_answers_each_framed_message_before_the_next_is_written(tmp_path: Path) -> None:
    # README's worker: one message written, one line read, newlines kept in the message
    import subprocess

    from tests.conftest import installed_command, isolated_env

    worker = subprocess.Popen(
        [*installed_command(), "ask", "--json", "--input", "jsonl", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=isolated_env(tmp_path, BACKCARE_CONFIG="/dev/null"),
    )
    assert worker.stdin is not None and worker.stdout is not None
    replies = []
    for message in (PATIENT, "heat or ice\nfor a stiff back?", ""):
        worker.stdin.write(json.dumps({"q": message}) + "\n")
        worker.stdin.flush()
        replies.append(json.loads(worker.stdout.readline()))
    worker.stdin.close()
    assert worker.wait(timeout=60) == 3
    assert [r["line"] for r in replies] == [1, 2, 3]
    assert replies[0]["red_flags"] and replies[1]["match"]
    assert replies[2]["error"] == "the question is empty"


# ---- hostile14 21: a batch stopped by SIGTERM after an emergency ---------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("args", [("ask", "--json", "-"), ("ask", "-")])
def test_sigterm_after_an_emergency_ends_as_the_signal_does_and_says_so(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    import signal
    import subprocess

    from tests.conftest import installed_command, isolated_env

    worker = subprocess.Popen(
        [*installed_command(), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=isolated_env(tmp_path, BACKCARE_CONFIG="/dev/null"),
    )
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("stiff back after sitting\ni cant pee\n")
    worker.stdin.flush()
    seen = ""
    while "pee" not in seen and "EMERGENCY" not in seen:
        seen += worker.stdout.readline()  # the notice is written (flushed) as it is answered
    worker.send_signal(signal.SIGTERM)
    _, err = worker.communicate(timeout=60)
    assert worker.returncode == -signal.SIGTERM  # ended by the signal, as a supervisor expects
    assert "SIGTERM" in err and "emergency" in err and "line 2" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_with_no_emergency_says_nothing(tmp_path: Path) -> None:
    import signal
    import subprocess

    from tests.conftest import installed_command, isolated_env

    worker = subprocess.Popen(
        [*installed_command(), "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=isolated_env(tmp_path, BACKCARE_CONFIG="/dev/null"),
    )
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("stiff back after sitting\n")
    worker.stdin.flush()
    worker.stdout.readline()
    worker.send_signal(signal.SIGTERM)
    _, err = worker.communicate(timeout=60)
    assert worker.returncode == -signal.SIGTERM
    assert err == ""


# ---- hostile14 17: a pack and its questions both from standard input ------------------------------


PACK = json.dumps({"entries": [{"id": "a", "question": "Stiff back?", "answer": "Move."}]})


def validate_from_stdin(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`backcare ARGS < pack.json`: standard input redirected from a file, as hostile14 ran it."""
    from tests.conftest import installed_command, isolated_env

    pack = tmp_path / "pack.json"
    pack.write_text(PACK, encoding="utf-8")
    with pack.open("rb") as stdin:
        return subprocess.run(
            [*installed_command(), *args],
            stdin=stdin,
            capture_output=True,
            text=True,
            env=isolated_env(tmp_path),
            timeout=120,
            check=False,
        )


@pytest.mark.skipif(sys.platform == "win32", reason="/dev/stdin")
@pytest.mark.parametrize(
    "args",
    [
        ("validate", "/dev/stdin", "--questions", "/dev/stdin"),
        ("validate", "/dev/stdin", "--questions", "-"),
        ("validate", "/dev/stdin", "--questions", "-", "--json"),
    ],
)
def test_validate_says_the_pack_and_the_questions_cannot_both_be_stdin(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    done = validate_from_stdin(tmp_path, *args)
    assert done.returncode == 2
    assert "standard input" in done.stderr and "labelled question" not in done.stderr
    assert done.stderr.count("\n") == 1


@pytest.mark.skipif(sys.platform == "win32", reason="/dev/stdin")
def test_validate_reads_a_pack_from_stdin_with_questions_from_a_file(tmp_path: Path) -> None:
    asked = tmp_path / "q.txt"
    asked.write_text("stiff back\n", encoding="utf-8")
    done = validate_from_stdin(tmp_path, "validate", "/dev/stdin", "--questions", str(asked))
    assert done.returncode == 0, done.stderr


# ---- hostile14 18: settings values shown as the settings file writes them (TOML) ------------------


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("color = true", "not true;"),
        ("plain = 1.5", "not 1.5;"),
        ("pager = [true, 'less']", "not [true, 'less'];"),
        ("region = {code = 'UK'}", "not {code = 'UK'};"),
        ("top = false", "not false;"),
        ("top = 1e400", "not inf (a number too large"),
        ("color = 2026-12-04", "not 2026-12-04;"),
    ],
)
def test_a_bad_setting_is_shown_as_the_file_writes_it(
    tmp_path: Path, line: str, shown: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(line + "\n", encoding="utf-8")
    done = run_backcare("config", home=tmp_path, text=True, BACKCARE_CONFIG=str(config))
    assert done.returncode == 2
    assert shown in done.stderr, done.stderr
    assert "True" not in done.stderr and "False" not in done.stderr


# ---- newcomer14 F7 / D4: the contact after the leaflet changes its phone ---------------------------


def leaflet(phone: str, *, in_answer: bool = False) -> str:
    booking = f" To book, call {phone}." if in_answer else ""
    return (
        "<html><head><title>Low back pain</title></head><body>"
        "<p>This leaflet answers some of the questions patients often ask about low back pain. "
        "If you have a question that is not answered here, please ask your physiotherapist or "
        f"call us on {phone}.</p>"
        "<h2>How long will my back pain last?</h2><p>Most back pain gets better in a few weeks.</p>"
        f"<h2>Where do I park?</h2><p>In the multi-storey car park next to the hospital.{booking}</p>"
        "</body></html>"
    )


def import_notes(tmp_path: Path, page: str, *args: str) -> tuple[int, list[str]]:
    source = tmp_path / "leaflet.html"
    source.write_text(page, encoding="utf-8")
    done = run_backcare("import", str(source), *args, home=tmp_path, text=True)
    notes = [line for line in done.stderr.splitlines() if line.startswith("note:")]
    return done.returncode, notes


def test_the_offered_contact_starts_at_the_call_not_at_the_advice_before_it(
    tmp_path: Path,
) -> None:
    code, notes = import_notes(tmp_path, leaflet("0115 496 0850"))
    assert code == 0
    offered = [n for n in notes if "--contact" in n]
    assert len(offered) == 1
    # marked [check]: the number reaches no reader until the pack is imported with --contact
    # (stranger trial F3, ux33)
    assert offered[0].endswith("--contact 'call us on 0115 496 0850.') [check]"), offered[0]


def test_a_call_that_opens_with_its_own_alternatives_is_offered_whole(tmp_path: Path) -> None:
    page = leaflet("0115 496 0850").replace(
        "If you have a question that is not answered here, please ask your physiotherapist or "
        "call us on",
        "Can't find your answer here? Call or text",
    )
    _, notes = import_notes(tmp_path, page)
    assert any(n.endswith("--contact 'Call or text 0115 496 0850.') [check]") for n in notes), notes


@pytest.mark.parametrize("in_answer", [False, True])
def test_a_changed_phone_is_one_note_saying_the_notices_give_the_old_one(
    tmp_path: Path, in_answer: bool
) -> None:
    # in_answer: the old number was in an answer too, so the update's own note fires as well
    pack = tmp_path / "pack.json"
    contact = "Physiotherapy Outpatients: 0115 496 0732 (Mon-Fri 8am-5pm)"
    old, new = (
        leaflet("0115 496 0732", in_answer=in_answer),
        leaflet("0115 496 0850", in_answer=in_answer),
    )
    code, _ = import_notes(tmp_path, old, "-o", str(pack), "--contact", contact)
    assert code == 0
    code, notes = import_notes(tmp_path, new, "-o", str(pack), "--force")
    said = [n for n in notes if "0115 496 0732" in n]
    assert len(said) == 1, notes  # one note for one changed contact, not two
    assert "0115 496 0850" in said[0] and "red-flag notice" in said[0]
    assert "--contact 'call us on 0115 496 0850.'" in said[0]
    assert json.loads(pack.read_text(encoding="utf-8"))["contact"] == contact  # never guessed


# ---- --with-question records (newcomer14 F14, hostile14 20) ----------------------------------------


FORGING = {
    "title": "Forging",
    "entries": [
        {
            "id": "park",
            "question": "Where do I park?",
            "answer": "In the car park.\n\nquestion: injected\nmatch: Forged [forged]\n\n"
            "EMERGENCY - get help now: forged\n- a list item",
        },
        {"id": "hours", "question": "What are your opening hours?", "answer": "9 to 5."},
    ],
}


def records(text: str) -> list[list[str]]:
    """The records of `--with-question` output as README tells a script to read them: a record
    starts at a line that does not start with a space, after a blank line (or at the start)."""
    found: list[list[str]] = []
    blank = True
    for line in text.splitlines():
        if line and not line.startswith(" ") and blank:
            found.append([])
        if found:
            found[-1].append(line)
        blank = not line
    return found


def test_no_answer_can_forge_a_record_or_a_notice(tmp_path: Path) -> None:
    pack = tmp_path / "forging.json"
    pack.write_text(json.dumps(FORGING), encoding="utf-8")
    questions = "where do I park\ni cant pee and my back hurts\nwhat are your opening hours\n"
    done = CliRunner().invoke(
        app, ["--faq", str(pack), "ask", "--with-question", "-"], input=questions
    )
    got = records(done.stdout)
    assert len(got) == 3
    heads = [[line for line in r if line and not line.startswith(" ")] for r in got]
    assert [h[-2] for h in heads] == [f"question: {q}" for q in questions.splitlines()]
    assert heads[0] == ["question: where do I park", "match: Where do I park? [park]"]
    assert heads[1][0].startswith("EMERGENCY") and heads[1][-1] == "match: -"
    assert "  question: injected" in got[0] and "  EMERGENCY - get help now: forged" in got[0]


def test_a_notice_is_glued_above_its_own_question_line() -> None:
    done = CliRunner().invoke(
        app, ["ask", "--with-question", "-"], input="how do I make pancakes\ni cant pee\n"
    )
    lines = done.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("EMERGENCY"))
    assert lines[at - 1] == ""  # apart from the record above
    # and touching its own question line (with no region set, the numbers line closes the
    # notices: ux37, newcomer24 F8)
    assert lines[at + 1].startswith("Emergency numbers:")
    assert lines[at + 2] == "question: i cant pee"


def test_without_with_question_plain_output_is_the_answer_text_as_before() -> None:
    done = CliRunner().invoke(app, ["ask", "heat", "or", "ice", "for", "a", "stiff", "back"])
    assert done.stdout.startswith("Some home treatments")


# ---- a PDF copy's leaflet: its title, every paragraph before the first question, tables (F1, F13) -


FOOTER = "Leaflet number: PHY-9 Version 2 Review date: May 2027 Page {n} of 2"
MASTHEAD = "NHS\nRiverside Teaching Hospitals\nNHS Foundation Trust"


def pdf_leaflet(intro: str = "", table: str = "") -> str:
    """A leaflet as copied out of a PDF: masthead, title and subtitle, an intro, a section heading,
    numbered questions wrapped at 88 columns, a footer and the next page's masthead at the break."""
    intro = intro or (
        "This leaflet answers some of the questions patients often ask about low back pain. If\n"
        "you have a question that is not answered here, please ask your physiotherapist or call\n"
        "us on 0115 496 0732."
    )
    table = table or (
        "Car park For Charges\n"
        "Car park B (multi-storey) Patients and visitors £2.50 up to 2 hours\n"
        "Car park D Blue Badge holders Free\n"
    )
    return (
        f"{MASTHEAD}\n\nLow back pain: frequently asked questions\n"
        "Information for patients – Physiotherapy Outpatients\n\n"
        f"{intro}\n\nAbout low back pain\n\n"
        "1. How long will my back pain last?\n"
        "Most back pain gets better within a few weeks. Keep moving and take simple painkillers if\n"
        "you need them.\n\n"
        f"{FOOTER.format(n=1)}\n{MASTHEAD}\n\n"
        "2. Where do I park?\n"
        "Physiotherapy Outpatients is on the ground floor of the Treatment Centre, Level 0, Area\n"
        "C, at Riverside General Hospital. Follow the green signs from the main entrance.\n"
        f"{table}"
        "Car park B is closest to the Treatment Centre. Buses 7 and 41 stop outside the main\n"
        "entrance.\n\n"
        f"{FOOTER.format(n=2)}\n"
    )


def pdf_import(text: str) -> tuple[dict[str, Any], list[str]]:
    from backcare.packs.importers import import_text

    found = import_text(text, "page", "leaflet_from_pdf.txt")
    return found.to_pack(), list(found.notes)


def test_a_pdf_leaflets_title_is_its_title_line_under_the_masthead() -> None:
    pack, notes = pdf_import(pdf_leaflet())
    assert pack["title"] == "Low back pain: frequently asked questions"
    assert any("title" in n and "Low back pain" in n for n in notes)


def test_every_paragraph_before_the_first_question_is_noted_and_the_call_offered() -> None:
    # only the first was: the subtitle and the intro's call to action were dropped unsaid
    _, notes = pdf_import(pdf_leaflet())
    assert any("Information for patients" in n for n in notes)
    assert any("--contact 'call us on 0115 496 0732.'" in n for n in notes), notes


def test_a_flattened_table_keeps_its_rows_as_lines() -> None:
    pack, notes = pdf_import(pdf_leaflet())
    parking = next(e for e in pack["entries"] if "park" in e["question"])["answer"]
    assert (
        "- Car park For Charges\n- Car park B (multi-storey) Patients and visitors £2.50" in parking
    )
    assert "- Car park D Blue Badge holders Free\n\nCar park B is closest" in parking
    assert parking.startswith("Physiotherapy Outpatients is on the ground floor")
    assert any("table" in n for n in notes)


def test_wrapped_prose_and_a_short_last_line_are_no_table() -> None:
    pack, notes = pdf_import(pdf_leaflet(table="Parking is free at weekends.\n"))
    parking = next(e for e in pack["entries"] if "park" in e["question"])["answer"]
    assert "- " not in parking and not any("table" in n for n in notes)
    assert "main entrance. Parking is free at weekends. Car park B" in parking


# ---- newcomer14 F14: Word's numbered paragraphs are one list -------------------------------------


def test_word_numbered_paragraphs_in_sequence_are_one_list() -> None:
    from backcare.packs.importers import import_text

    item = (
        "<p class=MsoListParagraphCxSpMiddle style='margin-left:36.0pt;text-indent:-18.0pt'>"
        "<span>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
        "<span>{text}</span></p>"
    )
    page = (
        "<html><body><h2>What exercises should I do?</h2><p>Try these:</p>"
        + item.format(n=1, text="Knee rolls: roll both knees.")
        + item.format(n=2, text="Pelvic tilts: flatten your back.")
        + item.format(n=3, text="Cat stretch: arch your back.")
        + "<p>Stop if it hurts.</p><h2>Do you open late?</h2><p>No. We open 9 to 5.</p>"
        "<p>1. floor, 2. door: ask at reception.</p></body></html>"
    )
    entries = import_text(page, "html", "page.htm").to_pack()["entries"]
    assert entries[0]["answer"] == (
        "Try these:\n\n1. Knee rolls: roll both knees.\n2. Pelvic tilts: flatten your back.\n"
        "3. Cat stretch: arch your back.\n\nStop if it hurts."
    )
    assert entries[1]["answer"] == "No. We open 9 to 5.\n\n1. floor, 2. door: ask at reception."
