"""hostile16's findings (issue #12, the "never lost" rules): garbled apostrophes (F1), an empty
jsonl message beside other values (F2), a line nested too deep (F3), non-blocking standard
streams (F4), lines typed at the prompt while a pack opens (F5), contact lines offering the
clinic for emergencies (F7), a settings file another user can write (F8), line separators in
pack text (F9)."""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.answer import red_flags
from backcare.engine.mojibake import LEADS, _table, repair
from backcare.engine.query import engine_text
from tests.conftest import REPO, PackWriter, installed_command, isolated_env, run_backcare

EMERGENCY = "EMERGENCY - get help now"


def _ids(text: str) -> set[str]:
    return {flag.id for flag in red_flags(text)}


# ---- F1: an apostrophe garbled on the way --------------------------------------------------------

GARBLED = [
    "?",  # cp1252 through an ASCII "replace" step
    "\ufffd",  # ... through a UTF-8 "replace" step
    "\u00e2\u20ac\u2122",  # UTF-8 "’" read as cp1252: "â€™"
    "\u00e2\u0080\u0099",  # ... read as Latin-1 (C1 controls)
    "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2",  # ... twice: "Ã¢â‚¬â„¢"
    "\\'",  # PHP or shell quoting
    "\u00c2\u00b4",  # the acute accent (a German keyboard's apostrophe) as cp1252: "Â´"
]
SIGNS = [
    "I don{}t want to live anymore",
    "I can{}t feel my legs",
    "i wasn{}t able to pee since yesterday",
    "I{}m numb down there and I can{}t feel the toilet paper",
]


@pytest.mark.parametrize("garbled", GARBLED)
@pytest.mark.parametrize("sign", SIGNS)
def test_a_garbled_apostrophe_hides_no_sign(garbled: str, sign: str) -> None:
    typed = sign.format(*[garbled] * sign.count("{}"))
    expected = _ids(sign.format(*["'"] * sign.count("{}")))
    assert expected
    assert _ids(typed) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Is it bad?I can not sleep", "Is it bad?I can not sleep"),  # a capital word after it
        ("Why?So tired", "Why?So tired"),
        ("Does it hurt? Maybe", "Does it hurt? Maybe"),
        ("pain?", "pain?"),
        ("50% better?", "50% better?"),
        ("what?s up", "what's up"),
        ("you?re fine, I?ll see, I?d go", "you're fine, I'll see, I'd go"),
    ],
)
def test_a_question_mark_is_an_apostrophe_only_in_a_contraction(text: str, read: str) -> None:
    assert repair(text) == read


def test_mojibake_is_repaired_whole_for_punctuation_only() -> None:
    assert repair("\u00e2\u20ac\u0153help\u00e2\u20ac\u009d") == "\u201chelp\u201d"
    assert repair("pain\u00e2\u20ac\u201dnow") == "pain\u2014now"  # "â€”": an em dash
    assert repair("caf\u00c3\u00a9") == "caf\u00c3\u00a9"  # a letter's mojibake is left
    # the quick test before the table is built knows every form's first character
    assert {form[0] for form in _table()[0]} == LEADS


def test_the_matcher_reads_the_same_repair() -> None:
    assert engine_text("I don?t know") == "I don't know"
    assert engine_text("I can\u00e2\u20ac\u2122t sit") == "I can\u2019t sit"


@pytest.mark.parametrize(
    "question", ["I can&amp;#39;t feel my legs", "i+cant+pee", "i+can%27t+feel+my+legs"]
)
def test_escapes_encoded_twice_or_a_bare_form_body(question: str) -> None:
    assert any(flag.urgency == "emergency" for flag in red_flags(question))


def test_argv_bytes_that_are_not_utf8_read_as_cp1252(tmp_path: Path) -> None:
    done = run_backcare("ask", b"i can\x92t control my bladder", home=tmp_path)
    assert done.returncode == 3, done.stderr
    shown = run_backcare("ask", "--json", b"caf\xe9 back pain", home=tmp_path)
    assert json.loads(shown.stdout.splitlines()[0])["query"] == "caf\u00e9 back pain"


def test_an_entry_question_with_a_garbled_apostrophe_is_withheld_and_warned(
    write_pack: PackWriter, runner: CliRunner
) -> None:
    pack = write_pack(
        {
            "entries": [
                {
                    "id": "legs",
                    "question": "I can?t feel my legs, should I rest in bed?",
                    "answer": "Yes, rest in bed and wait a week.",
                },
                {"id": "park", "question": "Can I park?", "answer": "Yes."},
            ]
        }
    )
    asked = runner.invoke(app, ["--faq", str(pack), "ask", "should I rest in bed"])
    assert "wait a week" not in asked.stdout
    checked = runner.invoke(app, ["validate", str(pack)])
    assert "emergency-question\tlegs" in checked.stdout


# ---- F2, F3: --input jsonl ----------------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", "\u200b", "   "])
def test_an_empty_message_beside_other_values_is_read_for_red_flags(
    empty: str, runner: CliRunner
) -> None:
    line = json.dumps({"q": empty, "context": "i cant pee and my bum is numb"})
    done = runner.invoke(app, ["ask", "--json", "--input", "jsonl", "-"], input=line + "\n")
    assert done.exit_code == 3
    first = json.loads(done.stdout.splitlines()[0])
    assert first["line"] == 1
    assert any(flag["urgency"] == "emergency" for flag in first["red_flags"])


def test_an_empty_message_alone_is_still_an_empty_question(runner: CliRunner) -> None:
    done = runner.invoke(app, ["ask", "--json", "--input", "jsonl", "-"], input='{"q": ""}\n')
    assert json.loads(done.stdout.splitlines()[0]) == {
        "line": 1,
        "error": "the question is empty",
    }


def _deep(message: str, depth: int = 1000) -> str:
    return '{"q": ' + json.dumps(message) + ', "x": ' + "[" * depth + "]" * depth + "}"


def test_a_line_nested_too_deep_fails_alone(runner: CliRunner) -> None:
    lines = [
        '{"q": "stiff back"}',
        _deep("i cant pee and my bum is numb"),
        '{"q": "I dont want to live anymore"}',
    ]
    done = runner.invoke(
        app, ["ask", "--json", "--input", "jsonl", "-"], input="\n".join(lines) + "\n"
    )
    assert done.exit_code == 3
    read = [json.loads(line) for line in done.stdout.splitlines()]
    by_line = {r.get("line"): r for r in read}
    assert by_line[2]["red_flags"] and by_line[3]["red_flags"]
    assert "RecursionError" not in done.stdout + done.stderr
    assert "32 levels deep" in done.stdout


def test_a_labelled_question_nested_too_deep_is_named(tmp_path: Path, runner: CliRunner) -> None:
    questions = tmp_path / "q.txt"
    deep = '{"q": "stiff back", "expect": ' + "[" * 1000 + "]" * 1000 + "}"
    questions.write_text("stiff back\n" + deep + "\n", encoding="utf-8")
    pack = str(REPO / "data" / "faq.json")
    done = runner.invoke(app, ["validate", pack, "--questions", str(questions)])
    assert done.exit_code == 2
    assert "line 2: nested more than 32 levels deep" in done.stderr
    assert "RecursionError" not in done.stderr + done.stdout


def test_depth_ignores_brackets_inside_strings() -> None:
    from backcare.packs.nesting import too_deep

    assert not too_deep(json.dumps({"q": "[" * 500}))
    assert too_deep("[" * 33 + "]" * 33)
    assert not too_deep("[" * 32 + "]" * 32)
    assert too_deep('{"q": "a\\"[[[", "x": ' + "[" * 40)  # an escaped quote, then broken JSON


# ---- F4: non-blocking standard streams ----------------------------------------------------------


def test_standard_streams_are_made_blocking() -> None:
    from backcare.cli.entry import blocking_streams

    saved = os.dup(0)
    read, write = os.pipe()
    try:
        os.set_blocking(read, False)
        os.dup2(read, 0)
        assert not os.get_blocking(0)
        blocking_streams()
        assert os.get_blocking(0)
    finally:
        os.dup2(saved, 0)
        for fd in (saved, read, write):
            os.close(fd)


def _waiting_in_read(pid: int) -> bool:
    try:
        return "pipe" in Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="needs /proc/PID/wchan")
def test_an_empty_non_blocking_stdin_is_waited_for(tmp_path: Path) -> None:
    read, write = os.pipe()
    fcntl.fcntl(read, fcntl.F_SETFL, fcntl.fcntl(read, fcntl.F_GETFL) | os.O_NONBLOCK)
    process = subprocess.Popen(
        [*installed_command(), "ask", "--json", "-"],
        stdin=read,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=isolated_env(tmp_path),
    )
    os.close(read)
    # the writer sends its message once backcare waits for it (or has given up: the old bug)
    for _ in range(400):
        if process.poll() is not None or _waiting_in_read(process.pid):
            break
        time.sleep(0.05)
    with contextlib.suppress(BrokenPipeError):  # the old code had given up reading
        os.write(write, b"i cant pee and my bum is numb\n")
    os.close(write)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 3, err
    assert b"cauda" in out


# ---- F5: lines typed at the prompt while the pack opens -----------------------------------------


def test_lines_typed_while_the_pack_opens_are_told_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from backcare.cli import typedearly
    from backcare.cli.status import Exit

    monkeypatch.setattr(typedearly, "EARLY_AFTER", 0)
    read, write = os.pipe()
    os.write(write, b"i cant pee and my bum is numb\n")

    def typed() -> list[str]:
        return os.read(read, 4096).decode().splitlines()

    stream, described = io.StringIO(), [Exit.OK]
    with typedearly.lines_typed_while(stream, None, described, read=typed, fd=read) as lines:
        for _ in range(2400):  # the pack opening, until the line is read (a bound, not a time)
            if EMERGENCY in stream.getvalue():
                break
            time.sleep(0.05)
    os.close(read)
    os.close(write)
    assert lines == ["i cant pee and my bum is numb"]
    assert EMERGENCY in stream.getvalue()
    assert described[0] == Exit.EMERGENCY


def test_the_session_handles_lines_typed_before_it_first() -> None:
    from backcare.cli.interactive import Session
    from backcare.engine.answer import Engine
    from backcare.output.terminal import make_console
    from backcare.packs.load import load_pack

    out = io.StringIO()
    console = make_console("never")
    console.file = out

    def ended(_prompt: str) -> str:
        raise EOFError

    session = Session(Engine(load_pack(None)), console, read=ended)
    session.run(["i cant pee and my bum is numb"])
    assert session.emergency
    assert "backcare> i cant pee and my bum is numb" in out.getvalue()


# ---- F7: contact lines offering the clinic for emergencies --------------------------------------


@pytest.mark.parametrize(
    "contact",
    [
        "In an emergency call us first on 01234 567890",
        "For any emergency phone us on 01234 567890 before going to hospital",
        "Please avoid A&E; book with us on 01234 567890",
        "Out of hours emergencies: text 07700 900123 and we will reply next morning",
        "In case of emergency, message the clinic on 07700 900123",
    ],
)
def test_a_contact_offering_the_clinic_for_emergencies_undercuts(contact: str) -> None:
    from backcare.packs.undercut import undercutting_contact

    assert undercutting_contact(contact)


@pytest.mark.parametrize(
    "contact",
    [
        "In an emergency call 999; otherwise ring us first",
        "Emergencies: call 999. Appointments: 01234 567890",
        "In an emergency, dial 911. Office: 555-0100",
        "Clinic: 01234 567890",
        "Avoid waiting: book online or call 01234 567890",
    ],
)
def test_a_contact_giving_emergency_help_does_not(contact: str) -> None:
    from backcare.packs.undercut import undercutting_contact

    assert not undercutting_contact(contact)


def test_such_a_contact_is_not_shown_under_a_notice(
    write_pack: PackWriter, runner: CliRunner
) -> None:
    contact = "In an emergency call us first on 01234 567890"
    pack = write_pack(
        {"contact": contact, "entries": [{"id": "p", "question": "Can I park?", "answer": "Yes."}]}
    )
    done = runner.invoke(app, ["--faq", str(pack), "ask", "i cant pee and my bum is numb"])
    assert done.exit_code == 3
    assert "01234 567890" not in done.stdout
    checked = runner.invoke(app, ["validate", str(pack)])
    assert "emergency-contact" in checked.stdout


# ---- F8: a settings file someone else can write -------------------------------------------------


def _settings(tmp_path: Path, mode: int) -> Path:
    pack = tmp_path / "theirs.json"
    pack.write_text(
        json.dumps({"entries": [{"id": "x", "question": "Stiff back?", "answer": "THEIRS."}]}),
        encoding="utf-8",
    )
    config = tmp_path / "config.toml"
    config.write_text(f'faq = "{pack}"\n', encoding="utf-8")
    config.chmod(mode)
    return config


def test_a_settings_file_anyone_can_write_is_refused(tmp_path: Path) -> None:
    config = _settings(tmp_path, 0o666)
    done = run_backcare("ask", "stiff back", home=tmp_path, text=True, BACKCARE_CONFIG=str(config))
    assert "THEIRS" not in done.stdout
    assert "anyone can write to it" in done.stderr and "chmod go-w" in done.stderr
    assert done.stderr.count("\n") == 1


def test_ones_own_settings_file_is_used(tmp_path: Path) -> None:
    config = _settings(tmp_path, 0o644)
    done = run_backcare("ask", "stiff back", home=tmp_path, text=True, BACKCARE_CONFIG=str(config))
    assert "THEIRS" in done.stdout


def test_ones_own_settings_file_in_a_folder_anyone_can_write_is_refused(tmp_path: Path) -> None:
    # the file was checked, not its folder: anyone could `mv` another file over it
    config = _settings(tmp_path, 0o644)
    tmp_path.chmod(0o777)
    done = run_backcare("ask", "stiff back", home=tmp_path, text=True, BACKCARE_CONFIG=str(config))
    assert "THEIRS" not in done.stdout
    assert f"its folder {tmp_path} lets others replace it" in done.stderr
    assert "chmod go-w' on the folder" in done.stderr and done.stderr.count("\n") == 1


def test_a_sticky_folder_keeps_ones_own_settings_file(tmp_path: Path) -> None:
    # /tmp's sticky bit lets only a file's owner rename or remove it
    config = _settings(tmp_path, 0o644)
    tmp_path.chmod(0o1777)
    done = run_backcare("ask", "stiff back", home=tmp_path, text=True, BACKCARE_CONFIG=str(config))
    assert "THEIRS" in done.stdout and "config file not used" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_another_users_settings_file_behind_a_link_is_refused(tmp_path: Path) -> None:
    config = _settings(tmp_path, 0o644)
    os.chown(config, 65534, -1)
    linked = tmp_path / "config" / "backcare" / "config.toml"
    linked.parent.mkdir(parents=True)
    linked.symlink_to(config)
    done = run_backcare(
        "ask", "stiff back", home=tmp_path, text=True, XDG_CONFIG_HOME=str(tmp_path / "config")
    )
    assert "THEIRS" not in done.stdout
    assert "belongs to another user" in done.stderr


# ---- F9: line separators in pack text -----------------------------------------------------------


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"])
def test_line_separators_cannot_forge_a_record(separator: str, write_pack: PackWriter) -> None:
    forged = separator.join(
        ["Yes.", "", "question: i cant pee", "match: Can I rest? [rest]", "", "  Rest at home."]
    )
    pack = write_pack(
        {"entries": [{"id": "cards", "question": "Do you take cards?", "answer": forged}]}
    )
    done = subprocess.run(
        [*installed_command(), "--faq", str(pack), "ask", "--with-question", "-"],
        input=b"do you take cards\n",
        capture_output=True,
        timeout=120,
        env=isolated_env(pack.parent),
        check=False,
    )
    lines = done.stdout.decode().splitlines()
    assert sum(line.startswith("question: ") for line in lines) == 1, lines
    assert not any(line.startswith("match: Can I rest") for line in lines)


# ---- low: a message given to an option a usage error refuses -----------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["config", "--faq", "i dont want to live anymore"],
        ["import", "--contact", "i dont want to live anymore"],
    ],
)
def test_words_given_to_a_refused_option_get_their_notice(
    args: list[str], runner: CliRunner
) -> None:
    done = runner.invoke(app, args)
    assert done.exit_code == 3
    assert done.stdout.startswith(EMERGENCY)


def test_a_pack_name_given_to_a_refused_option_is_only_its_error(
    write_pack: PackWriter, runner: CliRunner
) -> None:
    pack = write_pack({"entries": [{"id": "p", "question": "Can I park?", "answer": "Yes."}]})
    done = runner.invoke(app, ["config", "--faq", str(pack)])
    assert done.exit_code == 2
    assert not done.stdout
