"""newcomer26's findings for a clinic's pack author and a shell power user (ux40).

F3: an impossible front-matter date is one error at the front matter line. F11:
BACKCARE_NO_SNAPSHOT is read as every BACKCARE_ boolean is. F18: BACKCARE_FAQ naming a missing
pack is the asker's own setting. F19: a JSON trailing comma is named at its own line. The files
in tests/data/ux40 are newcomer26's (copied, not edited)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.config import snapshot_off, snapshot_problem
from tests.conftest import PYTHON_M, run_backcare

DATA = Path(__file__).resolve().parent / "data" / "ux40"


# ---- F3: a front matter date that does not exist ---------------------------------------------


def test_an_impossible_front_matter_date_is_one_error_at_its_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(DATA / "faq_baddate.md")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "front matter line 4: reviewed: '2026-11-31' is no date" in lines[0]
    assert "does not exist" in lines[0] and "entries[" not in lines[0]


@pytest.mark.parametrize("day", ["2026-13-02", "2026-02-30", "2026-11-31"])
def test_every_impossible_day_is_named_at_the_front_matter(
    runner: CliRunner, tmp_path: Path, day: str
) -> None:
    page = tmp_path / "faq.md"
    page.write_text(f"---\ntitle: T\nreviewed: {day}\n---\n\n## Q one?\n\nA.\n\n## Q two?\n\nB.\n")
    result = runner.invoke(app, ["validate", str(page)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "front matter line 3" in result.stderr


# ---- F11: BACKCARE_NO_SNAPSHOT ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "off"),
    [
        *[("1", True), ("true", True), (" YES ", True), ("on", True)],
        *[("", False), ("0", False), ("false", False), ("no", False), ("off", False)],
        ("banana", False),
    ],
)
def test_no_snapshot_is_read_as_a_yes_or_no_word(value: str, off: bool) -> None:
    assert snapshot_off({"BACKCARE_NO_SNAPSHOT": value}) is off


def test_only_a_word_of_neither_kind_is_warned_about() -> None:
    for fine in ("", "1", "0", "false", "Off"):
        assert snapshot_problem({"BACKCARE_NO_SNAPSHOT": fine}) is None
    said = snapshot_problem({"BACKCARE_NO_SNAPSHOT": "banana"})
    assert said is not None and "BACKCARE_NO_SNAPSHOT" in said and "'banana'" in said
    assert "snapshot is used" in said


def test_config_lists_the_snapshot_and_warns_on_junk(tmp_path: Path) -> None:
    used = run_backcare("config", home=tmp_path, command=PYTHON_M, text=True)
    assert "snapshot: used" in used.stdout.splitlines()
    off = run_backcare(
        "config", home=tmp_path, command=PYTHON_M, text=True, BACKCARE_NO_SNAPSHOT="1"
    )
    assert "snapshot: not used (BACKCARE_NO_SNAPSHOT)" in off.stdout.splitlines()
    kept = run_backcare(
        "config", home=tmp_path, command=PYTHON_M, text=True, BACKCARE_NO_SNAPSHOT="false"
    )
    assert kept.returncode == 0 and "snapshot: used" in kept.stdout.splitlines()
    junk = run_backcare(
        "config", home=tmp_path, command=PYTHON_M, text=True, BACKCARE_NO_SNAPSHOT="banana"
    )
    assert junk.returncode == 2 and "'banana'" in junk.stderr
    data = json.loads(
        run_backcare("config", "--json", home=tmp_path, command=PYTHON_M, text=True).stdout
    )
    assert data["cache"]["snapshot"] is True


def test_a_question_is_answered_with_a_warning_for_junk(tmp_path: Path) -> None:
    ran = run_backcare(
        "ask", "stiff back", home=tmp_path, command=PYTHON_M, text=True, BACKCARE_NO_SNAPSHOT="x"
    )
    assert ran.returncode == 0 and ran.stdout
    assert ran.stderr.count("BACKCARE_NO_SNAPSHOT") == 1


# ---- F18: a pack the variable names that is not there ----------------------------------------


def test_a_missing_pack_named_by_the_variable_is_the_askers_to_correct(
    runner: CliRunner, tmp_path: Path
) -> None:
    missing = str(tmp_path / "nope.json")
    result = runner.invoke(app, ["ask", "stiff back"], env={"BACKCARE_FAQ": missing})
    assert result.exit_code == 2
    assert "correct it or unset BACKCARE_FAQ" in result.stderr
    assert "someone else" not in result.stderr and "--faq bundled" in result.stderr


# ---- F19: a trailing comma ---------------------------------------------------------------------


def test_a_trailing_comma_is_named_on_its_own_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(DATA / "clinic_broken.json")])
    assert result.exit_code == 2
    assert "a trailing comma (before the closing ']') at line 68, column 37" in result.stderr


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"entries": [\n  {"id": "a"},\n  \n]}', "line 2, column 14"),
        ('{"title": "T",\n}', "line 1, column 14"),
    ],
)
def test_a_trailing_comma_before_either_bracket(
    runner: CliRunner, tmp_path: Path, text: str, where: str
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(text)
    result = runner.invoke(app, ["validate", str(pack)])
    assert result.exit_code == 2 and "trailing comma" in result.stderr
    assert where in result.stderr


def test_other_syntax_errors_keep_the_parsers_place(runner: CliRunner, tmp_path: Path) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text('{"title": "T" "entries": []}')
    result = runner.invoke(app, ["validate", str(pack)])
    assert result.exit_code == 2 and "trailing comma" not in result.stderr
    assert "line 1, column 15" in result.stderr


# ---- F13: the reader of a batch left ---------------------------------------------------------


def _batch_to_head(tmp_path: Path, lines: list[str]) -> tuple[str, str]:
    """`backcare ask - < file | head -n 1`: the PIPESTATUS and stderr."""
    import shlex
    import subprocess

    from tests.conftest import REPO, isolated_env

    batch = tmp_path / "batch.txt"
    batch.write_text("\n".join(lines) + "\n")
    err = tmp_path / "err.txt"
    command = " ".join(shlex.quote(part) for part in PYTHON_M)
    ran = subprocess.run(
        [
            "bash",
            "-c",
            f"{command} ask - < {shlex.quote(str(batch))} 2>{shlex.quote(str(err))} "
            '| head -n 1 >/dev/null; echo "${PIPESTATUS[*]}"',
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated_env(tmp_path, BACKCARE_REGION="UK"),
        cwd=REPO,
        check=False,
    )
    return ran.stdout.strip(), err.read_text()


def test_after_the_reader_left_the_emergencys_input_line_is_named(tmp_path: Path) -> None:
    routine = ["stiff back after sitting"] * 3000
    late = [*routine, "my legs are numb and i cant pee", *routine]
    status, said = _batch_to_head(tmp_path, late)
    assert status == "3 0", said
    assert "EMERGENCY" in said
    assert "emergency was described on line 3,001 of the input" in said.splitlines()[-1]


def test_each_emergency_line_is_named_once_the_reader_left(tmp_path: Path) -> None:
    lines = ["stiff back", "i cant feel my legs and wet myself", *["stiff back"] * 3000]
    lines += ["sudden numbness in my groin and cant pee"]
    status, said = _batch_to_head(tmp_path, lines)
    assert status == "3 0", said
    assert "described on lines 2, 3,003 of the input" in said


def test_nothing_is_named_when_no_emergency_was_described(tmp_path: Path) -> None:
    status, said = _batch_to_head(tmp_path, ["stiff back"] * 3000)
    assert status.split()[1] == "0" and "emergency was described" not in said


# ---- F14: a pager that is not there -------------------------------------------------------------


def test_a_pager_that_cannot_start_is_said_and_the_text_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from backcare.output.pager import run_pager

    with (tmp_path / "out.txt").open("w") as out:
        assert run_pager("text\n", "no-such-pager-ux40 -R", out) is False
    said = capsys.readouterr().err
    assert said == "backcare: the pager (no-such-pager-ux40) was not found; printed directly\n"


@pytest.mark.parametrize(
    ("pager", "problem"),
    [
        ("no-such-pager-ux40", "was not found"),
        ("less 'open", "quotes do not close"),
        ("   ", "names no command"),
        ("cat", None),
    ],
)
def test_pager_problem(pager: str, problem: str | None) -> None:
    from backcare.output.pager import pager_problem

    said = pager_problem(pager)
    assert said is None if problem is None else (said is not None and problem in said)


def test_config_says_the_pager_is_not_there(tmp_path: Path) -> None:
    ran = run_backcare(
        "config", home=tmp_path, command=PYTHON_M, text=True, BACKCARE_PAGER="no-such-pager-ux40"
    )
    assert ran.returncode == 1
    assert "the pager (no-such-pager-ux40) was not found (BACKCARE_PAGER)" in ran.stderr
    fine = run_backcare("config", home=tmp_path, command=PYTHON_M, text=True, BACKCARE_PAGER="cat")
    assert "pager" not in fine.stderr


# ---- F16: the plain prompt writes no escape codes --------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
@pytest.mark.parametrize("plain", ["1", ""])
def test_the_plain_prompt_writes_no_escape_codes(tmp_path: Path, plain: str) -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / ".config"),
        "INPUTRC": os.devnull,
        "TERM": "xterm",
        "NO_COLOR": "1",
        "BACKCARE_PLAIN": plain,
    }
    env.pop("BACKCARE_FAQ", None)
    child = pexpect.spawn(
        sys.executable, ["-m", "backcare"], env=env, encoding="utf-8", dimensions=(50, 100)
    )
    child.timeout = 30
    child.expect_exact("backcare> ")
    seen = str(child.before) + str(child.after)
    child.send("stiff back\r")
    child.expect_exact("backcare> ")
    seen += str(child.before) + str(child.after)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    seen += str(child.before)
    child.close()
    assert child.exitstatus == 0
    if plain:
        assert "\x1b" not in seen, repr(seen[:300])
    else:  # a paste the terminal marks comes whole (tests/test_ux28.py)
        assert "\x1b[?2004h" in seen


# ---- F2: near-duplicates ask ties are warned about, in ask's terms ----------------------------


def _warnings(runner: CliRunner, page: Path) -> list[dict[str, str]]:
    result = runner.invoke(app, ["validate", "--json", str(page)])
    data = json.loads(result.stdout)
    return [w for w in data["warnings"] if w["kind"] == "competing-entries"]


def test_entries_ask_ties_for_a_question_compete(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text((DATA / "clinic_faq.md").read_text(encoding="utf-8"), encoding="utf-8")
    found = {
        (w["kind"], w["id"], w["message"].split("'")[1]): w["message"]
        for w in _warnings(runner, page)
    }
    tie = found[("competing-entries", "there-parking", "there-parking-clinic")]
    assert "ask ties them for 'Is there parking?'" in tie and "alias" in tie
    # ask says the same: the very ranking validate read
    asked = runner.invoke(
        app, ["--faq", str(page), "ask", "--json", "--explain", "--", "Is there parking?"]
    )
    data = json.loads(asked.stdout)
    assert data["match"]["explain"]["tied_with"] == ["there-parking-clinic"]
    scores = {r["id"]: r["score"] for r in data["results"]}
    assert f"'there-parking' {scores['there-parking']:.0f}" in tie
    assert f"'there-parking-clinic' {scores['there-parking-clinic']:.0f}" in tie


def test_the_competing_message_says_what_ask_does(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text((DATA / "clinic_faq.md").read_text(encoding="utf-8"), encoding="utf-8")
    found = {(w["id"], w["message"].split("'")[1]): w["message"] for w in _warnings(runner, page)}
    said = found[("stretches-help-stiff-lower-back", "yoga-with-bad-back")]
    assert "finds the other confidently" not in said
    for asked, own, other in (
        (
            "Which stretches help a stiff lower back?",
            "stretches-help-stiff-lower-back",
            "yoga-with-bad-back",
        ),
        ("Can I do yoga with a bad back?", "yoga-with-bad-back", "stretches-help-stiff-lower-back"),
    ):
        data = json.loads(
            runner.invoke(app, ["--faq", str(page), "ask", "--json", "--", asked]).stdout
        )
        scores = {r["id"]: r["score"] for r in data["results"]}
        assert data["match"]["id"] == own and scores[own] == 100
        assert f"{scores[other]:.0f}" in said
    assert "ask answers with its own entry (100 and 100)" in said


# ---- F4: ids pinned from the front matter; a hint for a label renamed ---------------------------

ROSA = DATA / "rosa"


def _reworded(tmp_path: Path, pin: bool) -> Path:
    text = (ROSA / "faq.md").read_text(encoding="utf-8")
    text = text.replace("### What are your opening hours?", "### When are you open?")
    if pin:
        text = text.replace(
            "tags: [clinic]\n", "tags: [clinic]\nids:\n  When are you open?: opening-hours\n"
        )
    page = tmp_path / "faq.md"
    page.write_text(text, encoding="utf-8")
    return page


def test_an_id_pinned_in_the_front_matter_survives_a_reworded_heading(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = _reworded(tmp_path, pin=True)
    shown = runner.invoke(app, ["--faq", str(page), "show", "--json", "opening-hours"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["question"] == "When are you open?"
    report = runner.invoke(
        app, ["validate", str(page), "--questions", str(ROSA / "labelled.jsonl"), "--json"]
    )
    assert "opening-hours" not in report.stderr


def test_a_reworded_heading_without_a_pin_says_renamed(runner: CliRunner, tmp_path: Path) -> None:
    page = _reworded(tmp_path, pin=False)
    report = runner.invoke(
        app, ["validate", str(page), "--questions", str(ROSA / "labelled.jsonl")]
    )
    hint = next(line for line in report.stderr.splitlines() if "expect 'opening-hours'" in line)
    assert "the question finds entry 'open': renamed?" in hint and "--against" in hint
    assert "'ids:'" in hint


@pytest.mark.parametrize(
    ("ids", "said"),
    [
        ("ids:\n  Is there parking?: [a, b]\n", "gives 2 ids, not one"),
        ("ids:\n  Is there parking?: 'no id!'\n", "is no id"),
        ("ids:\n  Is there parking?: q-two\n", "is already the id of 'Q two?'"),
        ("ids: [parking]\n", "a list is one question's"),
    ],
)
def test_a_pinned_id_that_cannot_be_is_an_error_at_its_line(
    runner: CliRunner, tmp_path: Path, ids: str, said: str
) -> None:
    page = tmp_path / "faq.md"
    page.write_text(f"---\ntitle: T\n{ids}---\n\n## Is there parking?\n\nYes.\n\n## Q two?\n\nB.\n")
    result = runner.invoke(app, ["validate", str(page)])
    assert result.exit_code == 2, result.stderr
    line = 3 if ids.startswith("ids: [") else 4  # the question's own line in a mapping
    assert f"front matter line {line}:" in result.stderr and said in result.stderr


# ---- F6: --baseline ------------------------------------------------------------------------------


def _validate(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["validate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_baseline_accepts_its_warnings_and_fails_on_a_new_one(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "faq.md"
    page.write_text((ROSA / "faq.md").read_text(encoding="utf-8"), encoding="utf-8")
    status, saved, _ = _validate(runner, str(page), "--json")
    assert status == 1 and json.loads(saved)["warnings"]
    base = tmp_path / "accepted.json"
    base.write_text(saved)
    status, _, said = _validate(runner, str(page), "--baseline", str(base))
    assert status == 0, said
    assert "is in the baseline" in said
    with page.open("a", encoding="utf-8") as more:
        more.write("\n### Is there parking?\n\nNo.\n")
    status, _, said = _validate(runner, str(page), "--baseline", str(base))
    assert status == 1
    assert "new since the baseline" in said and "duplicate-question" in said
    assert "1 new warning not in the baseline" in said


def test_a_questions_baseline_fails_only_on_questions_answered_worse(
    runner: CliRunner, tmp_path: Path
) -> None:
    labelled = str(ROSA / "labelled.jsonl")
    page = tmp_path / "faq.md"
    page.write_text((ROSA / "faq.md").read_text(encoding="utf-8"), encoding="utf-8")
    status, saved, _ = _validate(runner, str(page), "--questions", labelled, "--json")
    assert status == 1  # some honest don't-knows
    base = tmp_path / "accepted.json"
    base.write_text(saved)
    status, _, said = _validate(runner, str(page), "--questions", labelled, "--baseline", str(base))
    assert status == 0, said
    worse = _reworded(tmp_path, pin=False)
    status, _, said = _validate(
        runner, str(worse), "--questions", labelled, "--baseline", str(base)
    )
    assert status == 1
    assert "worse than the baseline" in said and "'what time do you open on saturday'" in said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "not a saved 'backcare validate --json' output"),
        ('{"pack": "x"}', "no 'warnings' or 'questions' list"),
    ],
)
def test_a_baseline_that_is_no_saved_report_is_an_error(
    runner: CliRunner, tmp_path: Path, text: str, said: str
) -> None:
    base = tmp_path / "accepted.json"
    base.write_text(text)
    status, _, err = _validate(runner, str(ROSA / "faq.md"), "--baseline", str(base))
    assert status == 2 and said in err


def test_a_baseline_of_the_other_kind_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    base = tmp_path / "accepted.json"
    base.write_text('{"warnings": []}')
    labelled = str(ROSA / "labelled.jsonl")
    status, _, err = _validate(
        runner, str(ROSA / "faq.md"), "--questions", labelled, "--baseline", str(base)
    )
    assert status == 2 and "plain 'validate' report" in err


def test_a_missing_baseline_is_an_error_before_any_work(runner: CliRunner, tmp_path: Path) -> None:
    status, out, err = _validate(
        runner, str(ROSA / "faq.md"), "--baseline", str(tmp_path / "no.json")
    )
    assert status == 2 and not out and "no.json" in err


# ---- F5: text-speak is English ---------------------------------------------------------------


@pytest.mark.parametrize(
    "asked",
    [
        "wat r ur opening hrs",
        "pls can u tell me ur prices",
        "how many hrs b4 my appt",
        "thx, wen r u open",
    ],
)
def test_text_speak_reads_as_english(asked: str) -> None:
    from backcare.engine.language import reads_as_english

    assert reads_as_english(asked)


@pytest.mark.parametrize(
    "asked",
    ["ik heb pijn in mijn rug sinds gisteren", "ich habe seit gestern schmerzen im rücken"],
)
def test_other_languages_still_do_not(asked: str) -> None:
    from backcare.engine.language import reads_as_english

    assert not reads_as_english(asked)


def test_text_speak_is_not_told_it_is_not_english(runner: CliRunner) -> None:
    pack = str(DATA / "clinic.json")
    result = runner.invoke(app, ["--faq", pack, "ask", "wat r ur opening hrs"])
    assert "does not look like English" not in result.stderr
    assert "could not check" not in result.stderr
    assert result.exit_code in (0, 1)


# ---- F7: no-break spaces are kept ----------------------------------------------------------------


@pytest.mark.parametrize("kind", ["md", "html"])
def test_no_break_spaces_between_words_are_kept_on_import(
    runner: CliRunner, tmp_path: Path, kind: str
) -> None:
    if kind == "md":
        page_text = "# FAQ\n\n## When?\n\nGive 24\u00a0hours’ notice, £45\u00a0per session.\n"
    else:
        page_text = (
            "<html><body><h1>FAQ</h1><h2>When?</h2>"
            "<p>Give 24&nbsp;hours’ notice, £45\u00a0per session.</p></body></html>"
        )
    page = tmp_path / f"faq.{kind}"
    page.write_text(page_text, encoding="utf-8")
    result = runner.invoke(app, ["import", str(page), "-o", "-"])
    answer = json.loads(result.stdout)["entries"][0]["answer"]
    assert answer == "Give 24\u00a0hours’ notice, £45\u00a0per session."


def test_a_run_of_no_break_spaces_is_one_and_mixed_runs_are_a_space() -> None:
    from backcare.packs.importers.lines import one_line

    assert one_line("a\u00a0\u00a0\u00a0b") == "a\u00a0b"
    assert one_line("a \u00a0 b") == "a b"
    assert one_line("Ouvrez-vous tard\u00a0?") == "Ouvrez-vous tard\u00a0?"
    assert one_line("\u00a0a\u00a0") == "a"


# ---- F9: no --contact advice beside a front matter contact; no authoring notes on ask -------------


def test_a_front_matter_contact_gets_no_advice_to_import_with_contact(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(ROSA / "faq.md")])
    said = [line for line in result.stderr.splitlines() if "call to action" in line]
    assert said and "imported with --contact" not in said[0]
    assert "front matter" in said[0]


def test_asking_a_page_shows_no_routine_notes(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    page = tmp_path / "faq.md"
    page.write_text((ROSA / "faq.md").read_text(encoding="utf-8"), encoding="utf-8")
    asked = runner.invoke(app, ["--faq", str(page), "ask", "is there parking"])
    assert asked.exit_code == 0 and "note:" not in asked.stderr
    checked = runner.invoke(app, ["validate", str(page)])
    assert "note:" in checked.stderr  # the author is told


# ---- F15: help examples at the terminal's width ------------------------------------------------


def test_examples_use_a_wide_terminals_width() -> None:
    from backcare.cli.app import EPILOG
    from backcare.cli.helpformat import widened

    block = EPILOG.split("\n\n")[0]
    wide = widened(block, 100)
    assert "  backcare ask --json 'stiff back?' | jq .match.id" in wide.splitlines()
    said = "      ask a question (write 'ask' first if it starts with a command: backcare ask show me a stretch)"
    assert said in wide.splitlines()
    assert all(len(line) <= 100 for line in wide.splitlines())


def test_examples_stay_as_written_under_the_floor(runner: CliRunner) -> None:
    from backcare.cli.app import EPILOG
    from backcare.cli.helpformat import widened

    block = EPILOG.split("\n\n")[0]
    assert widened(block, 38).splitlines()[2] == block.splitlines()[2]


@pytest.mark.parametrize("columns", ["120", "80"])
def test_help_on_a_wide_terminal_is_not_squeezed(tmp_path: Path, columns: str) -> None:
    shown = run_backcare("--help", home=tmp_path, command=PYTHON_M, text=True, COLUMNS=columns)
    lines = shown.stdout.split("Examples:", 1)[1].splitlines()
    assert any("backcare ask --json 'stiff back?' | jq .match.id" in line for line in lines)
    assert max(len(line) for line in lines) <= int(columns)


# ---- F12: topics with a comma or spaces are offered by a safe first word -------------------------


@pytest.mark.parametrize(
    ("topic", "word"),
    [
        ("Fees, insurance and opening hours", "Fees"),
        ("Your back", "Your"),
        ("Booking", "Booking"),
        ("Q&A", "Q"),
        ("'quoted'", ""),
        ("état", ""),
        ("v1.2. notes", "v1.2"),
    ],
)
def test_a_topics_safe_prefix(topic: str, word: str) -> None:
    from backcare.cli.completion import SAFE_WORD, safe_prefix

    assert safe_prefix(topic) == word
    assert word == "" or SAFE_WORD.match(word)


def test_topic_completion_offers_every_topic_by_a_prefix_that_finds_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    from types import SimpleNamespace

    from backcare.cli.completion import topic_words
    from backcare.packs.load import load_pack
    from backcare.packs.lookup import find_topics

    pack_path = str(DATA / "clinic.json")
    ctx = SimpleNamespace(params={"faq": (pack_path,)}, parent=None)
    offered = topic_words(ctx, "")
    pack = load_pack(pack_path)
    for topic in pack.topics():
        word = next(w for w in offered if topic.casefold().startswith(w.casefold()))
        assert topic in find_topics(pack, word)
    assert topic_words(ctx, "fe") == ["fees"]
