"""ux43: what the newcomer29 trial found in the output, the settings and `validate`.

- F3: under an emergency the human output gave every notice: two "SEE A DOCTOR SOON ... within the
  next few days" between "get help now" and the numbers, the call to action said by each
  emergency notice again, and every region's numbers only after the last notice. Now the
  emergency notices come first and alone, the call to action once, the numbers (no region set)
  straight after the first notice, and the lower tiers folded into one line; JSON keeps every
  flag.
- F11: the prompt and a piped batch printed an emergency's notices and then nothing when no entry
  answered: now one line says no self-care answer is shown and how to see what the FAQ has
  (`:answer`, `--show-answer`), once per emergency, as `ask` says it of a withheld answer.
- F8: `validate --json` on an error writes its line on stderr too.
- F6, F14, F13: a settings line that is not TOML is named with how TOML writes values, and a
  bare-word line alone is left out; one's own settings file's missing pack says to correct its
  faq line; BACKCARE_CACHE_DIR=off turns the cache off.
- F10: "[id, score N]" and "(confidence N of 100)" kept whole when they fit a line.
- F4, F12, F5, F9, F15: `validate --questions --against OLD` scores renamed labels through the
  rename and removed ones as expecting no answer; the hint names this run's pack and file; the
  summaries and `python -m backcare.eval` say what each share is out of; a slow validate says
  what it is doing on a terminal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backcare.cli.notices import kept_notices, safety_answer
from backcare.engine.safety.flags import RedFlag
from backcare.output.messages import (
    ANSWER_WITHHELD,
    ANSWER_WITHHELD_NONE,
    ANSWER_WITHHELD_NONE_PROMPT,
    FOLDED_LEAD,
    URGENCY_LABELS,
    folded_line,
    notice_lines,
)
from backcare.output.plain import plain_answer
from backcare.output.wrapping import wrapped
from tests.conftest import PYTHON_M, REPO, run_backcare

# a fall, numb legs and no peeing, at 74: two emergency notices and two see-a-doctor-soon ones
FALL = (
    "My dad is 74 and he fell in the bathroom this morning, now he says he cant feel his legs "
    "properly and he hasnt been able to pee since, his back is agony. what do we do"
)
SOON = URGENCY_LABELS["soon"]
EMERGENCY = URGENCY_LABELS["emergency"]


def test_the_message_raises_emergency_and_lower_tiers_so_the_tests_below_mean_something() -> None:
    tiers = [flag.urgency for flag in safety_answer(FALL).red_flags]
    assert tiers.count("emergency") >= 2 and "soon" in tiers


@pytest.mark.parametrize("region", [None, "UK", "US"])
def test_under_an_emergency_the_emergency_notices_come_first_and_alone(region: str | None) -> None:
    answer = safety_answer(FALL)
    text = plain_answer(answer, region=region)
    lines = text.splitlines()
    labelled = [line for line in lines if line.startswith(tuple(URGENCY_LABELS.values()))]
    assert labelled and all(line.startswith(EMERGENCY) for line in labelled)
    assert SOON not in text and URGENCY_LABELS["urgent"] not in text
    folded = [line for line in lines if line.startswith(FOLDED_LEAD)]
    assert len(folded) == 1 and lines.index(folded[0]) > lines.index(labelled[-1])
    assert "2 signs worth a doctor's check within days" in folded[0]


@pytest.mark.parametrize("region", [None, "UK", "AU"])
def test_the_call_to_action_is_said_once(region: str | None) -> None:
    notices = notice_lines(safety_answer(FALL), region)
    first, second = [n.text for n in notices if n.urgency][:2]
    action = first.split(". ")[0]
    assert action.startswith("Call")
    assert action not in second
    assert sum(n.text.count(action) for n in notices) == 1


def test_with_no_region_the_numbers_come_straight_after_the_first_notice() -> None:
    lines = [notice.line for notice in notice_lines(safety_answer(FALL), None)]
    assert lines[0].startswith(EMERGENCY)
    assert lines[1].startswith("Emergency numbers: ")
    assert lines[2].startswith(EMERGENCY)
    assert sum(line.startswith("Emergency numbers: ") for line in lines) == 1


def test_a_crisis_call_of_its_own_keeps_its_action_beside_another_emergency() -> None:
    # two emergencies that tell different things to do: each says its own
    flags = (
        RedFlag("a", "emergency", "One thing was noticed.", "", call=None),
        RedFlag("b", "emergency", "Another was noticed.", "", call="crisis"),
    )
    answer = safety_answer("")._replace(red_flags=flags)
    texts = [n.text for n in notice_lines(answer, "UK") if n.urgency]
    assert texts[0].startswith("Call 999")
    assert not texts[1].startswith("Another")  # its own call leads it
    assert texts[1].endswith("Another was noticed.")


def test_without_an_emergency_every_notice_is_shown_whole() -> None:
    flags = (
        RedFlag("u", "urgent", "Urgent thing.", ""),
        RedFlag("s", "soon", "Soon thing.", ""),
    )
    answer = safety_answer("")._replace(red_flags=flags)
    lines = [n.line for n in notice_lines(answer, "UK")]
    assert lines[0].startswith(URGENCY_LABELS["urgent"]) and lines[0].endswith("Urgent thing.")
    assert lines[1].startswith(SOON) and lines[1].endswith("Soon thing.")
    assert not any(line.startswith(FOLDED_LEAD) for line in lines)


def test_the_folded_line_counts_each_tier_most_urgent_first() -> None:
    flags = [
        RedFlag("s1", "soon", "", ""),
        RedFlag("u1", "urgent", "", ""),
        RedFlag("s2", "soon", "", ""),
    ]
    line = folded_line(flags)
    assert line.index("1 sign that needs medical help today") < line.index("2 signs worth")
    assert folded_line([]) == ""


def test_the_pack_contact_ends_the_notices_once() -> None:
    answer = safety_answer(FALL)._replace(contact="Riverside reception: 01234 567890")
    lines = [n.line for n in notice_lines(answer, None)]
    assert lines[-1] == "Riverside reception: 01234 567890"
    assert lines.count(lines[-1]) == 1


def test_the_stderr_copy_reads_the_notices_as_the_output_shows_them() -> None:
    answer = safety_answer(FALL)
    lines: dict[str, None] = {}
    list(kept_notices([answer, answer], lines, None))
    assert list(lines) == [n.line for n in notice_lines(answer, None)]


def test_ask_on_a_narrow_dumb_terminal_is_shorter_and_json_keeps_every_flag(
    tmp_path: Path,
) -> None:
    done = run_backcare("ask", "--json", FALL, home=tmp_path, command=PYTHON_M, text=True)
    assert done.returncode == 3
    tiers = [flag["urgency"] for flag in json.loads(done.stdout)["red_flags"]]
    assert tiers.count("emergency") >= 2 and tiers.count("soon") >= 2  # every flag, whole
    done = run_backcare("ask", FALL, home=tmp_path, command=PYTHON_M, text=True)
    assert done.returncode == 3
    out = done.stdout
    assert SOON not in out and FOLDED_LEAD in out
    assert out.index("Emergency numbers:") < out.rindex(EMERGENCY)


# ---- F11: the prompt and a batch say the answer waits, and how to see it ---------------------------

NO_MATCH_EMERGENCY = "my dad fell and now he cant pee and his legs are numb"  # no entry answers it


def test_a_piped_batch_says_once_per_emergency_that_no_answer_is_shown(tmp_path: Path) -> None:
    stdin = f"stiff back after sitting\n{NO_MATCH_EMERGENCY}\n{FALL}\n".encode()
    done = run_backcare("--faq", "bundled", home=tmp_path, command=PYTHON_M, stdin=stdin, text=True)
    assert done.returncode == 3
    out = done.stdout
    said = out.count(ANSWER_WITHHELD_NONE) + out.count(ANSWER_WITHHELD)
    assert said == 2  # one line under each emergency, none under the answered question
    assert ANSWER_WITHHELD_NONE in out and "--show-answer" in ANSWER_WITHHELD_NONE


def test_show_answer_gives_what_the_faq_has_in_place_of_the_line(tmp_path: Path) -> None:
    done = run_backcare(
        "ask", "--show-answer", NO_MATCH_EMERGENCY, home=tmp_path, command=PYTHON_M, text=True
    )
    assert done.returncode == 3
    assert ANSWER_WITHHELD_NONE not in done.stdout
    assert "no confident match" in done.stderr  # what the FAQ has: its closest questions


def test_notices_of_words_that_were_never_searched_say_nothing_of_an_answer() -> None:
    # a pack that failed, a usage error: the FAQ was not searched, so nothing waits
    text = plain_answer(safety_answer(NO_MATCH_EMERGENCY))
    assert EMERGENCY in text and ANSWER_WITHHELD_NONE not in text


@pytest.mark.parametrize("plain", [True, False])
def test_the_prompt_says_the_answer_waits_and_answer_shows_what_the_faq_has(
    tmp_path: Path, plain: bool
) -> None:
    pexpect = pytest.importorskip("pexpect")
    from tests.test_interactive import PROMPT, clean

    env = {k: v for k, v in os.environ.items() if not k.startswith("BACKCARE_")}
    env.update(HOME=str(tmp_path), TERM="xterm", NO_COLOR="1", INPUTRC=os.devnull)
    if plain:
        env["BACKCARE_PLAIN"] = "1"
    child = pexpect.spawn(
        sys.executable,
        ["-m", "backcare", "--faq", "bundled"],
        env=env,
        cwd=str(REPO),
        encoding="utf-8",
        dimensions=(50, 200),
        timeout=60,
    )
    child.expect_exact(PROMPT)
    child.send(NO_MATCH_EMERGENCY + "\r")
    child.expect_exact(PROMPT)
    shown = " ".join(clean(str(child.before)).split())
    child.send(":answer\r")
    child.expect_exact(PROMPT)
    again = " ".join(clean(str(child.before)).split())
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 3
    assert shown.count(ANSWER_WITHHELD_NONE_PROMPT) == 1
    assert "No answer is withheld" not in again
    assert "No confident match" in again  # the closest questions, or what the FAQ covers


# ---- F8: validate --json's errors on stderr too --------------------------------------------------


@pytest.mark.parametrize("extra", [(), ("--questions", "-")])
def test_validate_json_writes_its_error_line_on_stderr_too(
    tmp_path: Path, extra: tuple[str, ...]
) -> None:
    stdin = b'{"q": "stiff back", "expect": []}\n'
    done = run_backcare(
        "validate",
        "--json",
        "nosuch.json",
        *extra,
        home=tmp_path,
        command=PYTHON_M,
        stdin=stdin,
        text=True,
    )
    assert done.returncode == 2
    assert json.loads(done.stdout.splitlines()[0])["errors"] == ["nosuch.json: no such file"]
    assert done.stderr.splitlines() == ["backcare: nosuch.json: no such file"]


def test_validate_json_of_a_clean_pack_leaves_stderr_empty(tmp_path: Path) -> None:
    done = run_backcare(
        "validate", "--json", "data/faq.json", home=tmp_path, command=PYTHON_M, text=True
    )
    assert done.returncode in (0, 1) and done.stderr == ""


# ---- F6, F14, F13: the settings file and the cache -----------------------------------------------


def settings_home(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / ".config" / "backcare"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("bad", ["plain = yes", "region = UK", "top = five"])
def test_a_line_that_is_not_toml_is_named_with_how_to_write_it_and_the_others_are_kept(
    tmp_path: Path, bad: str
) -> None:
    home = settings_home(
        tmp_path, f'{bad}\nregion = "US"\n' if "region" not in bad else f"{bad}\nplain = true\n"
    )
    done = run_backcare("config", "--json", home=home, command=PYTHON_M, text=True)
    said = done.stderr
    assert f"line 1 reads {bad!r}" in said
    assert "plain = true" in said and 'region = "UK"' in said  # how TOML writes them
    assert "that line is ignored" in said and "the file is ignored" not in said
    values = json.loads(done.stdout.splitlines()[0])["settings"]  # then config's error line
    if "region" in bad:
        assert values["plain"]["value"] is True
    else:
        assert values["region"]["value"] == "US"  # the other lines still count


def test_an_unclosed_quote_still_ignores_the_whole_file_and_says_so(tmp_path: Path) -> None:
    home = settings_home(tmp_path, 'region = "UK\nplain = true\n')
    done = run_backcare("ask", "stiff back", home=home, command=PYTHON_M, text=True)
    assert "the file is ignored" in done.stderr and "line 1 reads" in done.stderr
    assert "strings in quotes" in done.stderr


def test_a_control_character_in_a_bad_line_is_shown_escaped(tmp_path: Path) -> None:
    home = settings_home(tmp_path, "plain = y\x1b[31mes\n")
    done = run_backcare("ask", "stiff back", home=home, command=PYTHON_M, text=True)
    assert "\x1b" not in done.stderr and "\\x1b" in done.stderr


def test_a_missing_pack_named_by_ones_own_settings_file_says_to_correct_that_line(
    tmp_path: Path,
) -> None:
    home = settings_home(tmp_path, 'faq = "~/nosuch.json"\n')
    done = run_backcare("ask", "stiff back", home=home, command=PYTHON_M, text=True)
    assert done.returncode == 2
    assert "correct its faq line or remove it" in done.stderr
    assert "tell them" not in done.stderr


def test_backcare_cache_dir_off_turns_the_cache_off(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    entries = [
        {"id": f"e{n}", "question": f"Question number {n} about posture?", "answer": "Sit up."}
        for n in range(400)
    ]
    big.write_text(json.dumps({"title": "Big", "entries": entries}), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    done = run_backcare(
        "--faq",
        str(big),
        "ask",
        "posture",
        home=home,
        command=PYTHON_M,
        text=True,
        BACKCARE_CACHE_DIR="off",
    )
    assert done.returncode in (0, 1) and "warning" not in done.stderr
    assert not any(home.rglob("*"))  # nothing written anywhere in the home
    assert not (Path.cwd() / "off").exists()
    done = run_backcare("config", home=home, command=PYTHON_M, text=True, BACKCARE_CACHE_DIR="off")
    assert "cache directory: none (turned off: BACKCARE_CACHE_DIR=off)" in done.stdout
    assert done.returncode == 0


# ---- F10: references kept whole at narrow widths ----------------------------------------------------


@pytest.mark.parametrize("width", [30, 40, 50, 60])
def test_an_id_and_score_in_brackets_is_never_broken_inside_when_it_fits(width: int) -> None:
    line = "  - What helps tight back muscles today?  [tight-back, score 35.4]"
    out = wrapped(line, width)
    assert "[tight-back, score 35.4]" in out.splitlines()[-1]
    assert all(len(piece) <= width for piece in out.splitlines())


def test_a_reference_too_long_for_a_line_keeps_its_score_with_its_number() -> None:
    line = "  - What helps tight back muscles?  [helps-tight-back-muscles, score 35.4]"
    lines = wrapped(line, 40).splitlines()
    assert lines[-1].strip() == "score 35.4]"  # never "score" / "35.4]"


@pytest.mark.parametrize("width", [24, 30, 40])
def test_the_confidence_is_never_broken_inside_when_it_fits(width: int) -> None:
    out = wrapped("[back-get-stiff-sit] (confidence 70.6 of 100)", width, hang="")
    assert "(confidence 70.6 of 100)" in out.splitlines()


def test_wrapping_changes_no_character_of_the_text() -> None:
    # the glue is a character the text does not hold, so text holding one is kept as it is
    text = "a \ue000 b [x, score 1.0] " * 4 + "(confidence 5 of 100) \u00a0 end"
    out = wrapped(text, 20)
    assert out.replace("\n", " ").split() == text.split()
    assert "\ue000" in out and "\u00a0" in out


def test_the_plain_answer_at_40_columns_keeps_its_references_whole(tmp_path: Path) -> None:
    done = run_backcare(
        "ask",
        "--plain",
        "why does my back get stiff when i sit at my desk all day",
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        COLUMNS="40",
        TERM="dumb",
    )
    lines = done.stdout.splitlines()
    assert not any(line.rstrip().endswith(("score", "(confidence", "of")) for line in lines)


# ---- F4, F12, F5, F9, F15: validate --questions ---------------------------------------------------


def _packs(tmp_path: Path) -> tuple[Path, Path]:
    """An old pack and a new one: `opening-hours` renamed `open` (its question reworded, as a
    fresh import names it), `offer-acupuncture` removed."""
    common = [
        {"id": "heat-or-ice", "question": "Heat or ice for a stiff back?", "answer": "Heat."},
        {"id": "parking", "question": "Is there parking?", "answer": "Yes, behind the clinic."},
    ]
    old = tmp_path / "packA.json"
    old.write_text(
        json.dumps(
            {
                "title": "A",
                "entries": [
                    *common,
                    {
                        "id": "opening-hours",
                        "question": "What are your opening hours?",
                        "answer": "9 to 5, Monday to Saturday.",
                    },
                    {
                        "id": "offer-acupuncture",
                        "question": "Do you offer acupuncture?",
                        "answer": "Yes, on Tuesdays.",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    new = tmp_path / "packB.json"
    new.write_text(
        json.dumps(
            {
                "title": "B",
                "entries": [
                    *common,
                    {
                        "id": "open",
                        "question": "What are your opening hours?",
                        "answer": "9 to 5, Monday to Saturday.",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    return old, new


def _labelled(tmp_path: Path, *lines: dict[str, object]) -> Path:
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _validate(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    # run from the repository (run_backcare's default), so `python -m` runs this tree's backcare
    return run_backcare("validate", *map(str, args), home=tmp_path, command=PYTHON_M, text=True)


def test_against_scores_a_renamed_label_through_the_rename(tmp_path: Path) -> None:
    old, new = _packs(tmp_path)
    questions = _labelled(
        tmp_path, {"q": "what are your opening hours", "expect": ["opening-hours"]}
    )
    alone = _validate(tmp_path, new, "--questions", questions, "--json")
    assert json.loads(alone.stdout)["questions"][0]["verdict"] == "unknown_label"
    done = _validate(tmp_path, new, "--questions", questions, "--against", old, "--json")
    result = json.loads(done.stdout)["questions"][0]
    assert result["verdict"] == "right" and result["moved_labels"] == {"opening-hours": "open"}
    assert "'opening-hours' is now entry 'open'" in result["hint"]
    assert json.loads(done.stdout)["summary"]["right_share"] == 1.0


def test_against_scores_a_label_of_a_removed_entry_as_expecting_no_answer(tmp_path: Path) -> None:
    old, new = _packs(tmp_path)
    questions = _labelled(
        tmp_path,
        {"q": "is there parking at the clinic", "expect": ["offer-acupuncture"]},  # answered
        {"q": "do you do needles", "expect": ["Do you offer acupuncture?"]},  # not answered
    )
    done = _validate(tmp_path, new, "--questions", questions, "--against", old, "--json")
    results = json.loads(done.stdout)["questions"]
    assert [r["verdict"] for r in results] == ["wrong", "right"]
    assert results[0]["removed_labels"] == ["offer-acupuncture"]
    assert "was removed in this version" in results[0]["hint"]
    assert done.returncode == 4  # a confidently wrong answer, no longer hidden as unknown


def test_the_unknown_label_hint_names_this_runs_pack_and_file(tmp_path: Path) -> None:
    _old, new = _packs(tmp_path)
    questions = _labelled(
        tmp_path, {"q": "what are your opening hours", "expect": ["opening-hours"]}
    )
    done = _validate(tmp_path, new, "--questions", questions)
    said = done.stderr
    assert f"backcare validate {new} --questions {questions} --against OLD.json" in said
    assert "faq.md" not in said and "FILE" not in said


def test_the_plain_summary_says_what_each_share_is_out_of(tmp_path: Path) -> None:
    _old, new = _packs(tmp_path)
    questions = _labelled(
        tmp_path,
        {"q": "heat or ice for a stiff back", "expect": ["heat-or-ice"]},
        {"q": "what is the wifi password", "expect": []},
    )
    done = _validate(tmp_path, new, "--questions", questions)
    assert "answered (50% of 2)" in done.stdout
    assert "2 labelled: 2 right (100% of 2)" in done.stdout


def test_eval_says_what_its_columns_are_out_of(tmp_path: Path) -> None:
    _old, new = _packs(tmp_path)
    questions = _labelled(
        tmp_path,
        {"q": "heat or ice for a stiff back", "expect": ["heat-or-ice"]},
        {"q": "is there parking", "expect": ["parking"]},
        {"q": "what is the wifi password", "expect": []},
    )
    done = run_backcare(
        str(new),
        str(questions),
        home=tmp_path,
        text=True,
        command=(sys.executable, "-m", "backcare.eval"),
    )
    assert done.returncode == 0, done.stderr
    assert "out of the 2 questions with an answer" in done.stdout
    assert "other domain 0, near 1" in done.stdout


def test_a_slow_step_says_what_it_does_on_a_terminal_only() -> None:
    import io
    import time

    from backcare.cli import slowstep

    class Terminal(io.StringIO):
        pass

    slow, quick, piped = Terminal(), Terminal(), Terminal()
    old = slowstep.SLOW_AFTER
    slowstep.SLOW_AFTER = 0.05
    try:
        with slowstep.said_if_slow(slow, "Checking...", terminal=True):
            time.sleep(0.5)
        with slowstep.said_if_slow(quick, "Checking...", terminal=True):
            pass
        with slowstep.said_if_slow(piped, "Checking...", terminal=False):
            time.sleep(0.3)
        time.sleep(0.2)  # a timer that was stopped never writes late
    finally:
        slowstep.SLOW_AFTER = old
    assert slow.getvalue() == "Checking...\n"
    assert quick.getvalue() == "" and piped.getvalue() == ""


def test_validate_in_a_pipe_says_nothing_of_its_progress(tmp_path: Path) -> None:
    done = _validate(tmp_path, str(Path(REPO) / "data" / "faq.json"))
    assert "Checking" not in done.stderr and "Checking" not in done.stdout
