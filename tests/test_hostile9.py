"""hostile9's findings (docs/hardening.md, ninth session): apostrophe look-alikes, input that is
not UTF-8, emergencies in a pack's own questions, long questions, `python -m` start-up, pagers that
fail, settings with a byte-order mark, and the smaller ones. Unit tests per layer first, then the
command line in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from backcare.engine.analyze import words
from backcare.engine.answer import Engine, red_flags
from backcare.engine.apostrophes import APOSTROPHES, fold_apostrophes
from backcare.store.open import open_store
from tests.conftest import PYTHON_M, REPO, installed_command, isolated_env, run_backcare

BACKCARE = installed_command()

# emergencies and ordinary questions whose meaning hangs on an apostrophe
APOSTROPHE_QUESTIONS = (
    "I can'{}t pee since yesterday",
    "I don'{}t want to live anymore",
    "I can'{}t feel my bum or my privates",
    "I can'{}t feel my legs and I can'{}t pee",
    "my back hurts and I can'{}t sleep",
    "what'{}s the best chair for a stiff back",
    "I wouldn'{}t lift that, would you?",
)


# 1. apostrophe look-alikes ---------------------------------------------------------------------


def test_the_apostrophe_table_is_what_unicode_data_gives() -> None:
    from tools.apostrophes import FILE, render

    header = FILE.read_text(encoding="utf-8").splitlines()[1]
    if unicodedata.unidata_version not in header:
        pytest.skip(f"written for another Unicode version ({header})")
    assert FILE.read_text(encoding="utf-8") == render()


@pytest.mark.parametrize(
    "look_alike", ["´", "′", "‵", "ˊ", "＇", "ʹ", "’", "‘", "ʼ", "`", "ˋ", "΄"]
)
def test_the_reported_look_alikes_are_in_the_table(look_alike: str) -> None:
    assert ord(look_alike) in APOSTROPHES


def test_the_table_keeps_out_letters_marks_and_quotes_that_are_not_apostrophes() -> None:
    for ch in ("\u0301", "\u0300", "é", "\u201a", "\u2039", "\u2033", '"', ",", "ʻ"):
        assert ord(ch) not in APOSTROPHES, repr(ch)


@pytest.mark.parametrize("template", APOSTROPHE_QUESTIONS)
def test_every_look_alike_reads_as_the_apostrophe(template: str) -> None:
    # words() and the red-flag reader must see exactly what "'" gives, for every table character
    plain = template.replace("'{}", "'")
    expected_words = words(plain)
    expected_flags = [f.id for f in red_flags(plain)]
    for code in APOSTROPHES:
        text = template.replace("'{}", chr(code))
        assert words(text) == expected_words, (hex(code), words(text))
        assert [f.id for f in red_flags(text)] == expected_flags, hex(code)


def test_every_look_alike_gives_the_same_answer_as_the_apostrophe() -> None:
    engine = Engine(*open_store(None))
    for template in APOSTROPHE_QUESTIONS:
        plain = engine.ask(template.replace("'{}", "'")).to_dict()
        for code in APOSTROPHES:
            got = engine.ask(template.replace("'{}", chr(code))).to_dict()
            for key in ("match", "red_flags"):
                assert got[key] == plain[key], (template, hex(code), key)


def test_the_acute_accent_is_folded_before_nfkc_splits_it() -> None:
    assert unicodedata.normalize("NFKC", "´") == " \u0301"  # why the fold comes first
    assert fold_apostrophes("can´t") == "can't"
    assert words("I can´t pee") == words("I can't pee")


def test_an_acute_accent_on_a_letter_is_still_an_accent() -> None:
    assert words("café résumé") == ("cafe", "resume")


@pytest.mark.parametrize("look_alike", ["´", "′", "ˊ", "‵"])
def test_a_look_alike_apostrophe_gives_the_notice_at_the_command_line(
    look_alike: str, tmp_path: Path
) -> None:
    done = run_backcare("ask", f"I can{look_alike}t pee since yesterday", home=tmp_path)
    assert done.returncode == 3, done.stderr
    done = run_backcare("ask", "--json", f"I don{look_alike}t want to live anymore", home=tmp_path)
    assert done.returncode == 3
    assert json.loads(done.stdout)["red_flags"]


@pytest.mark.parametrize(
    "question",
    [
        "I can t pee since yesterday",
        "I don t want to live anymore",
        "I CAN T feel my legs and I CAN T pee",
        "my bladder isn t emptying and my back hurts",
    ],
)
def test_an_apostrophe_typed_as_a_space_in_a_negation_keeps_the_notice(question: str) -> None:
    assert [f.id for f in red_flags(question)] == [
        f.id for f in red_flags(question.replace("n t ", "n't ").replace("N T ", "N'T "))
    ]
    assert red_flags(question)


def test_a_lone_t_elsewhere_is_left_alone() -> None:
    from backcare.engine.apostrophes import join_spaced_nots

    assert join_spaced_nots("a t-shirt in t4") == "a t-shirt in t4"
    assert join_spaced_nots("mr t") == "mr t"
    assert join_spaced_nots("nothing to join") == "nothing to join"


# 2. input that is not UTF-8 --------------------------------------------------------------------

CP1252_BATCH = b"I can\x92t pee\nI don\x92t want to live any more\n"


def test_windows_1252_bytes_are_read_as_such() -> None:
    from backcare.packs.decoding import decode

    got = decode(b"I can\x92t pee")
    assert got.text == "I can\u2019t pee"
    assert "Windows-1252" in (got.note("x") or "")
    mixed = decode("café ".encode() + b"can\x92t")
    assert mixed.text == "café can\u2019t"  # UTF-8 stays UTF-8 beside it
    undefined = decode(b"x\x81y")
    assert undefined.text == "x\ufffdy"
    assert "replaced" in (undefined.note("x") or "")
    assert decode(b"plain").note("x") is None


def test_utf32_without_a_mark_is_sniffed() -> None:
    from backcare.packs.load import text_encoding

    for codec in ("utf-32-be", "utf-32-le"):
        assert text_encoding("i cant pee\n".encode(codec)) == (codec, True)


def test_a_nul_is_a_gap_and_a_backspace_erases() -> None:
    from backcare.engine.query import engine_text

    assert engine_text("i can\0t pee") == "i can t pee"  # read as "can't" by the red flags
    assert red_flags("i can\0t pee")
    assert engine_text("i cant\0pee") == "i cant pee"
    assert engine_text("i cant pex\be") == "i cant pee"
    assert engine_text("a\tb") == "a b"  # other controls stay gaps between words


@pytest.mark.parametrize(
    "typed", ["cant\x1bpee", "my\x1bbum\x1bis\x1bnumb", "i have\x1bnumbness\x1bin my\x1bgroin"]
)
def test_a_lone_esc_between_words_is_a_gap(typed: str) -> None:
    # review15 F4: reading a lone ESC inside a word as nothing (Alt+letter, hostile15 F10) joined
    # the words an ESC parts and lost these emergencies; the gap reading stays until both readings
    # are checked (hostile15 F10's `c<ESC>ant pee` is left open: docs/hardening.md)
    assert red_flags(typed)


def flagged_lines(stdout: bytes) -> list[bool]:
    return [bool(json.loads(line)["red_flags"]) for line in stdout.splitlines()]


def test_a_windows_1252_batch_keeps_its_emergencies(tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "-", stdin=CP1252_BATCH, home=tmp_path)
    assert done.returncode == 3, done.stderr
    assert flagged_lines(done.stdout) == [True, True]
    assert b"Windows-1252" in done.stderr and done.stderr.count(b"note:") == 1


def test_a_windows_1252_questions_file_keeps_its_emergencies(tmp_path: Path) -> None:
    questions = tmp_path / "cp.txt"
    questions.write_bytes(CP1252_BATCH)
    done = run_backcare("validate", "bundled", "--questions", str(questions), home=tmp_path)
    assert b"2 with red flags" in done.stdout, done.stdout
    assert b"Windows-1252" in done.stderr


def test_replaced_bytes_get_a_note(tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "-", stdin=b"stiff back \x81\x8d\n", home=tmp_path)
    assert b"replaced" in done.stderr


@pytest.mark.parametrize("codec", ["utf-32-be", "utf-32-le"])
def test_utf32_without_a_mark_keeps_the_emergency(codec: str, tmp_path: Path) -> None:
    done = run_backcare("ask", "-", stdin="i cant pee\n".encode(codec), home=tmp_path)
    assert done.returncode == 3, done.stderr


@pytest.mark.parametrize("raw", [b"i can\x00t pee\n", b"i cant pex\x08e\n"])
def test_a_nul_or_backspace_inside_a_word_keeps_the_emergency(raw: bytes, tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "-", stdin=raw, home=tmp_path)
    assert done.returncode == 3, done.stderr


# 4. a question longer than the red-flag check reads -------------------------------------------


def long_story() -> str:
    from backcare.engine.tuning import MAX_SAFETY_CHARS

    filler = "My lower back has been stiff for a few weeks after long days at my desk. "
    half = filler * (MAX_SAFETY_CHARS // len(filler) + 50)
    return half + "Since yesterday I cant pee and my legs are numb. " + half


def test_an_argument_too_long_to_check_whole_says_the_middle_was_not_checked(
    tmp_path: Path,
) -> None:
    done = run_backcare(
        "ask", "--json", *long_story().split(), home=tmp_path
    )  # one argument: 128 kB at most
    assert b"NOT checked for emergencies" in done.stderr, done.stderr[-300:]


def test_a_short_argument_gives_no_such_note(tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "stiff back after sitting", home=tmp_path)
    assert b"checked for emergencies" not in done.stderr


# 5, 6. `python -m backcare`: a deleted working directory, modules lying in the current one ---


def test_python_m_in_a_deleted_directory_keeps_the_emergency(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    # a child started inside the directory, which is removed before it runs anything
    done = subprocess.run(
        [
            "bash",
            "-c",
            'cd "$1" && rmdir "$1" && exec "$0" -m backcare ask i cant pee',
            sys.executable,
            str(gone),
        ],
        capture_output=True,
        timeout=120,
        env={**isolated_env(tmp_path), "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"EMERGENCY" in done.stdout


def test_importing_backcare_imports_nothing_else() -> None:
    code = "import sys; b = set(sys.modules); import backcare; print(sorted(set(sys.modules) - b))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == "['backcare']"


def _modules_of_a_run(tmp_path: Path) -> set[str]:
    """The top-level modules a whole `ask` loads that a bare `python -m` of an empty module does
    not (those are Python's own start-up's: backcare cannot help them)."""
    (tmp_path / "bare_module_h9.py").write_text("import sys; print(*sorted(sys.modules))\n")
    bare = subprocess.run(
        [sys.executable, "-m", "bare_module_h9"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.split()
    code = (
        "import sys\nsys.argv = ['backcare', 'ask', '--json', 'stiff back']\n"
        "from backcare.cli.entry import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(*sorted(sys.modules), file=sys.stderr)\n"
    )
    done = run_backcare(home=tmp_path, command=(sys.executable, "-c", code), stdin=None, text=True)
    run_modules = done.stderr.split()
    top = {name.split(".")[0] for name in run_modules}
    return {n for n in top if n not in {m.split(".")[0] for m in bare} and n != "backcare"}


def test_python_m_runs_no_module_lying_in_the_current_directory(tmp_path: Path) -> None:
    names = _modules_of_a_run(tmp_path) | {"typing", "__future__"}
    assert "typing" in names and len(names) > 20
    cwd = tmp_path / "shadow"
    cwd.mkdir()
    for name in names:
        if name.isidentifier():
            (cwd / f"{name}.py").write_text(f"import sys; sys.stderr.write('RAN {name}\\n')\n")
    done = run_backcare("ask", "--json", "stiff back", cwd=cwd, home=tmp_path, command=PYTHON_M)
    assert b"RAN" not in done.stderr, done.stderr[:500]
    assert done.returncode == 0, done.stderr[-500:]


# 8 (the report's 10). a settings file that starts with a byte-order mark -----------------------


def test_a_settings_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    folder = tmp_path / ".config" / "backcare"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_bytes(b'\xef\xbb\xbfcolor = "never"\nregion = "UK"\n')
    done = run_backcare("config", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"not valid TOML" not in done.stderr
    assert b"UK" in done.stdout


# 7. a pager that starts and then fails ----------------------------------------------------------

PAGED = "\n".join(f"line {n}" for n in range(200))


@pytest.mark.parametrize(
    ("pager", "said"),
    [
        ("false", "exited with status 1"),
        ("sh -c 'exit 3'", "exited with status 3"),
        ("sh -c 'kill -9 $$'", "killed by signal 9"),
    ],
)
def test_a_pager_that_fails_before_reading_prints_directly(pager: str, said: str) -> None:
    pexpect = pytest.importorskip("pexpect")
    code = f"from backcare.output.pager import page\npage({PAGED!r}, {pager!r})\n"
    child = pexpect.spawn(
        sys.executable, ["-c", code], encoding="utf-8", dimensions=(10, 80), timeout=20
    )
    child.expect(pexpect.EOF)
    child.close()
    shown = str(child.before)
    assert "line 199" in shown
    assert said in shown
    assert child.exitstatus == 0


def test_a_pager_that_quits_with_status_0_says_nothing() -> None:
    pexpect = pytest.importorskip("pexpect")
    code = f"from backcare.output.pager import page\npage({PAGED!r}, 'true')\n"
    child = pexpect.spawn(
        sys.executable, ["-c", code], encoding="utf-8", dimensions=(10, 80), timeout=20
    )
    child.expect(pexpect.EOF)
    child.close()
    assert "pager" not in str(child.before)


def test_the_command_prints_directly_when_its_pager_fails(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {**isolated_env(tmp_path), "NO_COLOR": "1", "TERM": "xterm", "PAGER": "sh -c 'exit 3'"}
    child = pexpect.spawn(
        BACKCARE[0],
        [*BACKCARE[1:], "topics"],
        env=env,
        encoding="utf-8",
        dimensions=(5, 80),
        timeout=60,
    )
    child.expect(pexpect.EOF)
    child.close()
    shown = str(child.before)
    assert "exited with status 3; printed directly" in shown
    assert len(shown.splitlines()) > 5
    assert child.exitstatus == 0


# 3. an entry whose own question describes an emergency ---------------------------------------

EMERGENCY_ENTRY = {
    "id": "numb-cant-pee",
    "question": "My legs have gone numb and I can't pee since this morning. Should I rest?",
    "answer": "Yes, rest in bed for a week and take ibuprofen. It will settle.",
}
EMERGENCY_PACK = {
    "title": "Riverside back clinic",
    "entries": [
        {
            "id": "rest",
            "question": "Should I rest if my back hurts?",
            "answer": "Keep moving gently; rest makes stiffness worse.",
        },
        EMERGENCY_ENTRY,
        {"id": "parking", "question": "Is there parking?", "answer": "Yes, free parking."},
    ],
}


@pytest.fixture
def emergency_pack(tmp_path: Path) -> Path:
    path = tmp_path / "emq.json"
    path.write_text(json.dumps(EMERGENCY_PACK), encoding="utf-8")
    return path


def test_an_entry_whose_question_describes_an_emergency_is_found() -> None:
    from backcare.engine.entryflags import emergency_text
    from backcare.packs.schema import pack_from_data

    pack = pack_from_data(EMERGENCY_PACK, "emq.json")
    text, flags = emergency_text(pack.by_id["numb-cant-pee"], red_flags)
    assert text == EMERGENCY_ENTRY["question"] and flags
    assert all(f.urgency == "emergency" for f in flags)
    assert emergency_text(pack.by_id["rest"], red_flags) == ("", ())
    aliased = pack_from_data(
        {"entries": [{"id": "x", "question": "Q?", "answer": "A.", "aliases": ["i cant pee"]}]},
        "p.json",
    )
    assert emergency_text(aliased.entries[0], red_flags)[0] == "i cant pee"


def test_no_bundled_entry_describes_an_emergency() -> None:
    # what lets `ask` skip the check for the bundled FAQ's entries (entryflags.VETTED_PACK)
    from backcare.engine.entryflags import VETTED_PACK, emergency_text, vetted
    from backcare.packs.load import load_pack

    pack = load_pack()
    assert pack.path == VETTED_PACK == open_store(None)[0].path
    assert all(vetted(e, pack.path) for e in pack.entries)
    assert [e.id for e in pack.entries if emergency_text(e, red_flags)[1]] == []


def test_an_answer_matching_such_an_entry_withholds_it_and_asked_words_keep_their_notice() -> None:
    from backcare.packs.schema import pack_from_data

    engine = Engine(pack_from_data(EMERGENCY_PACK, "emq.json"))
    parking = engine.ask("is there parking")
    assert parking.answered and not parking.red_flags and parking.withheld is None
    asked = engine.ask(EMERGENCY_ENTRY["question"])  # the asker's own words: their emergency
    assert asked.emergency and asked.withheld is None
    found = engine.entry_emergency(engine.pack.by_id["numb-cant-pee"])
    assert found is not None and found.text == EMERGENCY_ENTRY["question"]


def test_the_entry_matched_by_an_ordinary_question_raises_its_notice(
    emergency_pack: Path, tmp_path: Path
) -> None:
    done = run_backcare(
        "--faq", str(emergency_pack), "ask", "--json", "numb legs should i rest", home=tmp_path
    )
    answer = json.loads(done.stdout)
    assert answer["results"][0]["id"] == "numb-cant-pee"
    assert done.returncode == 3 and answer["red_flags"]  # these words describe it themselves
    plain = run_backcare(
        "--faq", str(emergency_pack), "ask", "numb legs should i rest", home=tmp_path
    )
    assert b"rest in bed for a week" not in plain.stdout
    assert plain.stdout.startswith(b"EMERGENCY")


def test_show_withholds_the_entry_with_the_call_to_action(
    emergency_pack: Path, tmp_path: Path
) -> None:
    done = run_backcare("--faq", str(emergency_pack), "show", "numb-cant-pee", home=tmp_path)
    assert done.returncode == 1  # not shown; the id typed described nothing (arch10)
    assert done.stdout.startswith(b"The FAQ's answer is not shown")
    assert b"If this is happening to you now: " in done.stdout
    assert b"rest in bed" not in done.stdout
    ordinary = run_backcare("--faq", str(emergency_pack), "show", "parking", home=tmp_path)
    assert ordinary.returncode == 0 and b"free parking" in ordinary.stdout


def test_validate_and_import_warn(emergency_pack: Path, tmp_path: Path) -> None:
    done = run_backcare("validate", str(emergency_pack), home=tmp_path)
    assert done.returncode == 1
    assert b"emergency-question\tnumb-cant-pee" in done.stdout
    page = tmp_path / "emq.md"
    page.write_text(
        "# Clinic\n## Should I rest if my back hurts?\nKeep moving.\n"
        f"## {EMERGENCY_ENTRY['question']}\n{EMERGENCY_ENTRY['answer']}\n",
        encoding="utf-8",
    )
    imported = run_backcare("import", str(page), "-o", str(tmp_path / "out.json"), home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert b"describes an emergency" in imported.stderr


def test_the_prompt_withholds_such_an_entry_until_answer(
    emergency_pack: Path, tmp_path: Path
) -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {
        **isolated_env(tmp_path),
        "BACKCARE_FAQ": str(emergency_pack),
        "BACKCARE_PLAIN": "1",
        "INPUTRC": os.devnull,
        "TERM": "xterm",
        "NO_COLOR": "1",
    }
    child = pexpect.spawn(
        sys.executable,
        ["-m", "backcare"],
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 100),
        cwd=str(REPO),
    )
    child.expect_exact("backcare> ")
    child.send(":show numb-cant-pee\r")
    child.expect_exact("backcare> ")
    shown = str(child.before)
    assert "is not shown" in shown and "rest in bed for a week" not in shown
    assert "If this is happening to you now" in shown and "type :answer" in shown
    child.send(":answer\r")
    child.expect_exact("backcare> ")
    assert "rest in bed for a week" in str(child.before)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0  # an entry's words are not the asker's: 3 only for those


# the report's 13: a completion request typed by hand ------------------------------------------


@pytest.mark.parametrize("cword", ["abc", "", "1.5"])
def test_a_completion_word_index_that_is_no_number_completes_nothing(
    cword: str, tmp_path: Path
) -> None:
    done = run_backcare(
        home=tmp_path,
        _BACKCARE_COMPLETE="complete_bash",
        COMP_WORDS="backcare show ",
        COMP_CWORD=cword,
    )
    assert done.returncode == 1
    assert done.stdout == b"" and done.stderr == b""


def test_a_completion_request_still_completes(tmp_path: Path) -> None:
    done = run_backcare(
        home=tmp_path,
        _BACKCARE_COMPLETE="complete_bash",
        COMP_WORDS="backcare show stiff",
        COMP_CWORD="2",
    )
    assert done.returncode == 0


# the report's 14: the emergency panel's title on a very narrow terminal ----------------------


@pytest.mark.parametrize("columns", ["1", "16", "20"])
def test_a_narrow_terminal_keeps_the_whole_emergency_label(columns: str, tmp_path: Path) -> None:
    done = run_backcare("--color", "always", "ask", "i cant pee", home=tmp_path, COLUMNS=columns)
    assert done.returncode == 3
    shown = re.sub(rb"\x1b\[[0-9;]*m|[\s\xe2\x94\x82]+", b" ", done.stdout).decode(errors="replace")
    assert "get help now" in re.sub(r"[\s│]+", " ", shown), shown[:300]


def test_a_wide_terminal_keeps_the_label_on_the_border(tmp_path: Path) -> None:
    done = run_backcare("--color", "always", "ask", "i cant pee", home=tmp_path, COLUMNS="80")
    first = done.stdout.decode().splitlines()[0]
    assert "EMERGENCY - get help now" in first


# the report's cosmetic list: CRLF inside an answer -------------------------------------------


def test_a_crlf_line_end_in_pack_text_is_a_line_end() -> None:
    from backcare.output.text import sanitize

    assert sanitize("one\r\ntwo\r\n") == "one\ntwo\n"
    assert sanitize("over\rwrite") == "over\ufffdwrite"  # a lone CR still cannot overwrite


def test_an_answer_with_crlf_shows_no_replacement_characters(tmp_path: Path) -> None:
    pack = tmp_path / "crlf.json"
    entry = {"id": "a", "question": "Is there parking?", "answer": "Yes.\r\nBehind the clinic."}
    pack.write_text(json.dumps({"title": "T", "entries": [entry]}), encoding="utf-8")
    done = run_backcare("--faq", str(pack), "ask", "--plain", "is there parking", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\ufffd" not in done.stdout.decode() and b"Behind the clinic." in done.stdout
