"""ux37: the CLI's open leftovers.

- F8 (newcomer24): with no region set, a notice opened with seven numbers before "or go to the
  nearest emergency department", 111 (New Zealand's emergency number, the UK's non-emergency
  line) among them, and said them again in every notice. Now the locale's region counts as a
  setting (en_GB -> UK), and with none each notice opens with one instruction that holds
  everywhere, the numbers following every notice once with how to set a region;
- F16: a shell completion run prints its candidates and nothing on stderr (a cache warning came
  three times in the middle of the line being typed under `sudo -E`);
- `ask --json` names each pack searched with the SHA-256 of its file, as `config --json` does;
- a Markdown page's import notes name the page line they are about.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

from backcare.config import locale_region, resolve
from backcare.engine.safety import action_text, unset_action, unset_numbers
from backcare.engine.safety.flags import region_codes
from backcare.packs.importers import import_text
from tests.conftest import PYTHON_M, REPO, run_backcare

EMERGENCY = "since Monday I can't feel when I need to go to the toilet"  # two emergency notices
INSTRUCTION = "Call your local emergency number now or go to the nearest emergency department."
BUNDLED_SHA256 = hashlib.sha256((REPO / "data" / "faq.json").read_bytes()).hexdigest()


def ask(home: Path, *args: str, lang: str = "C.UTF-8", region: str = "") -> tuple[int, str, str]:
    """`ask ARGS` under the locale `lang`, with BACKCARE_REGION `region` ('': none)."""
    done = run_backcare(
        "ask", *args, home=home, command=PYTHON_M, text=True, LANG=lang, BACKCARE_REGION=region
    )
    return done.returncode, done.stdout, done.stderr


# ---- F8: one instruction first --------------------------------------------------------------------


def test_with_no_region_each_notice_opens_with_one_instruction_and_the_numbers_come_once(
    tmp_path: Path,
) -> None:
    code, out, _ = ask(tmp_path, "--faq", "bundled", EMERGENCY)
    assert code == 3
    lines = out.splitlines()
    notices = [line for line in lines if line.startswith("EMERGENCY - get help now: ")]
    assert len(notices) == 2
    # what to do first, whole, and no number to read through before it; said once (ux43,
    # newcomer29 F3: the second notice gives only what was noticed)
    assert notices[0].removeprefix("EMERGENCY - get help now: ").startswith(INSTRUCTION)
    assert INSTRUCTION not in notices[1]
    for notice in notices:
        assert not any(number in notice for number in ("999", "911", "112", "000", "111"))
    numbers = [line for line in lines if line.startswith("Emergency numbers: ")]
    assert len(numbers) == 1  # once, however many notices
    # ux43: right after the first notice, whose "your local emergency number" they explain
    assert lines.index(numbers[0]) == lines.index(notices[0]) + 1
    assert "999 in the UK" in numbers[0] and "111 in New Zealand" in numbers[0]
    assert "BACKCARE_REGION" in numbers[0] and "backcare config" in numbers[0]


def test_json_gives_the_one_instruction_and_each_regions_own_when_no_region_is_known(
    tmp_path: Path,
) -> None:
    code, out, _ = ask(tmp_path, "--json", "--faq", "bundled", EMERGENCY)
    assert code == 3
    flags = json.loads(out)["red_flags"]
    # ux39: a bot relays `action` whole, so it is the short instruction that holds everywhere
    # (no longer every region's numbers on one line); `by_region` lets it pick the reader's
    assert flags and all(f["action"] == unset_action("emergency") for f in flags)
    assert all(f["by_region"]["UK"] == action_text("emergency", "UK") for f in flags)
    assert "999" not in flags[0]["action"]


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en_GB.UTF-8", "Call 999 now or go to the nearest A&E."),
        ("de_DE.UTF-8", "Call 112 now"),
        ("en_NZ.UTF-8", "Call 111 now"),
        ("fr_CA.UTF-8", "Call 911 now"),
    ],
)
def test_the_locale_names_the_region_when_no_setting_does(
    tmp_path: Path, lang: str, says: str
) -> None:
    code, out, err = ask(tmp_path, "--faq", "bundled", EMERGENCY, lang=lang)
    assert code == 3
    notices = [line for line in out.splitlines() if line.startswith("EMERGENCY")]
    # the call to action is said once, by the first notice (ux43, newcomer29 F3)
    assert notices and f"get help now: {says}" in notices[0]
    assert not any(says in n for n in notices[1:])
    assert "Emergency numbers:" not in out  # their own number only
    assert "warning" not in err


def test_config_says_the_region_came_from_the_locale(tmp_path: Path) -> None:
    done = run_backcare(
        "config", "--json", home=tmp_path, command=PYTHON_M, text=True, LANG="en_GB.UTF-8"
    )
    region = json.loads(done.stdout)["settings"]["region"]
    assert region == {"value": "UK", "source": "the locale (LANG)"}


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "ja_JP.UTF-8", "C.UTF-8", "POSIX"])
def test_a_locale_that_says_nothing_of_where_one_is_gives_the_generic_instruction(
    tmp_path: Path, lang: str
) -> None:
    # en_US is the default of most systems and containers whatever the country: "Call 911" would
    # be a wrong number in the UK, where the generic line is right; Japan has no numbers here
    code, out, err = ask(tmp_path, "--faq", "bundled", EMERGENCY, lang=lang)
    assert code == 3
    assert f"get help now: {INSTRUCTION}" in out and "Emergency numbers:" in out
    assert "warning" not in err  # a locale is no setting of the person's to warn about


def test_a_region_setting_beats_the_locale(tmp_path: Path) -> None:
    _, out, _ = ask(tmp_path, "--faq", "bundled", EMERGENCY, lang="en_GB.UTF-8", region="US")
    assert "get help now: Call 911 now" in out and "999" not in out


def test_locale_region_reads_the_telephone_locale_in_posix_order() -> None:
    assert locale_region({"LANG": "en_GB.UTF-8"}) == ("LANG", "GB")
    assert locale_region({"LANG": "de_DE@euro"}) == ("LANG", "DE")
    assert locale_region({"LC_ALL": "en_AU.UTF-8", "LANG": "en_GB.UTF-8"}) == ("LC_ALL", "AU")
    assert locale_region({"LC_TELEPHONE": "en_IE.UTF-8", "LANG": "en_GB"}) == ("LC_TELEPHONE", "IE")
    assert locale_region({"LC_ALL": "", "LANG": "en_NZ"}) == ("LANG", "NZ")  # empty: unset
    for nothing in ("C", "POSIX", "C.UTF-8", "en", "en_US.UTF-8", "en_US", ""):
        assert locale_region({"LANG": nothing}) is None, nothing
    assert locale_region({}) is None


def test_resolve_takes_the_locale_below_every_setting() -> None:
    def settings(environ: dict[str, str]) -> tuple[str | None, str]:
        found = resolve({}, environ, None, regions=region_codes)
        return found.region, found.sources["region"]

    assert settings({"LANG": "en_GB.UTF-8"}) == ("UK", "the locale (LANG)")
    assert settings({"LANG": "nl_NL.UTF-8"}) == ("EU", "the locale (LANG)")  # an alias: NL -> EU
    assert settings({"LANG": "en_GB.UTF-8", "BACKCARE_REGION": "IE"}) == ("IE", "BACKCARE_REGION")
    assert settings({"LANG": "ja_JP.UTF-8"}) == (None, "default")
    # a library caller that gives no region codes gets no guess either
    assert resolve({}, {"LANG": "en_GB.UTF-8"}, None).region is None


def test_the_unset_texts_hold_for_every_tier_and_the_crisis_call() -> None:
    assert unset_action("emergency") == INSTRUCTION
    assert "999" not in unset_action("urgent") and "doctor" in unset_action("urgent")
    assert unset_action("soon") == action_text("soon")  # no number in it anyway
    crisis = unset_action("emergency", "crisis")
    assert crisis.startswith("If your life is at risk now, call your local emergency number")
    assert "116 123" in crisis and "988" in crisis  # few people know the crisis lines
    assert unset_numbers(["emergency"]).startswith("Emergency numbers: 999 in the UK")
    assert unset_numbers(["urgent"]).startswith("Non-emergency medical lines: 111 in the UK")
    both = unset_numbers(["urgent", "emergency"])
    assert both.index("Emergency numbers") < both.index("Non-emergency")  # the most urgent first
    assert unset_numbers(["soon"]) == "" and unset_numbers([]) == ""


def test_the_crisis_notice_is_followed_by_the_emergency_numbers_too() -> None:
    from backcare.engine.safety import RedFlag
    from backcare.output.messages import flag_text, region_numbers

    crisis = RedFlag(
        "crisis", "emergency", "You said you want to end your life.", "", call="crisis"
    )
    assert flag_text(crisis, None).startswith("If your life is at risk now, call your local")
    assert region_numbers([crisis], None).startswith("Emergency numbers: 999 in the UK")
    assert region_numbers([crisis], "UK") == ""  # a region set: its own numbers in the notice


# ---- F16: completion prints nothing but completions -----------------------------------------------


def test_a_completion_run_writes_nothing_on_stderr_when_the_cache_is_refused(
    tmp_path: Path,
) -> None:
    cache = tmp_path / ".cache" / "backcare"
    cache.mkdir(parents=True)
    cache.chmod(0o777)  # anyone can write to it: refused, with a warning on a normal run
    asked = run_backcare("show", "nothing-here", home=tmp_path, command=PYTHON_M, text=True)
    assert "is not used" in asked.stderr  # the warning a completion would have printed
    done = run_backcare(
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        _BACKCARE_COMPLETE="complete_bash",
        COMP_WORDS="backcare show back",
        COMP_CWORD="2",
    )
    assert done.returncode == 0
    assert done.stderr == ""
    assert "back-get-stiff-sit" in done.stdout.split()


# ---- ask --json: which packs answered ---------------------------------------------------------------


def test_ask_json_names_the_bundled_pack_by_its_sha256(tmp_path: Path) -> None:
    code, out, _ = ask(tmp_path, "--json", "stiff back after sitting")
    assert code == 0
    data = json.loads(out)
    assert data["packs"] == [{"name": "bundled", "sha256": BUNDLED_SHA256}]
    # after every field that was there before; only `backcare` (ux39) comes after it
    assert list(data)[-2:] == ["packs", "backcare"]
    config = run_backcare("config", "--json", home=tmp_path, command=PYTHON_M, text=True)
    assert json.loads(config.stdout)["packs"] == data["packs"]  # the same names and digests


def test_ask_json_names_each_pack_searched_and_every_batch_line_does(tmp_path: Path) -> None:
    page = tmp_path / "clinic.md"
    page.write_text("# Clinic\n\n## Can I park at the clinic?\n\nYes, behind it.\n", "utf-8")
    done = run_backcare(
        "--faq",
        "bundled",
        "--faq",
        str(page),
        "ask",
        "--json",
        "-",
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        stdin=b"can I park at the clinic\n\nstiff back\n",
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    packs = [
        {"name": "bundled", "sha256": BUNDLED_SHA256},
        {"name": str(page), "sha256": hashlib.sha256(page.read_bytes()).hexdigest()},
    ]
    assert [line.get("packs") for line in lines] == [packs, None, packs]  # not on an error line
    assert lines[0]["match"]["pack"] == str(page)  # which of them answered


def test_a_pack_that_cannot_be_read_has_no_digest(tmp_path: Path) -> None:
    from backcare.cli.provenance import pack_digests

    assert pack_digests([str(tmp_path / "gone.json")]) == ((str(tmp_path / "gone.json"), None),)
    assert pack_digests([]) == (("bundled", BUNDLED_SHA256),)


# ---- Markdown import notes name their line ----------------------------------------------------------

PAGE = """---
title: Clinic FAQ
---

Welcome to our page.

## How do I book?

Call us.

## Where do we park

Behind the hall.

## Can I bring a friend?

## What should I wear?

Loose clothes.
"""


def test_markdown_import_notes_name_the_line_of_the_page() -> None:
    notes = import_text(PAGE, "markdown").notes
    lines = PAGE.splitlines()
    said = {note.split(":", 1)[0]: note for note in notes}
    assert set(said) == {"line 5", "line 13", "line 15"}, notes
    assert lines[5 - 1] == "Welcome to our page."  # the text the note quotes is on its line
    assert "before the first question" in said["line 5"]
    assert lines[13 - 1] == "Behind the hall." and "'Where do we park'" in said["line 13"]
    assert lines[15 - 1] == "## Can I bring a friend?" and "no answer text" in said["line 15"]


def test_a_lined_note_keeps_its_kind() -> None:
    from backcare.packs.importers.result import is_routine_note
    from backcare.packs.notes import Note

    page = "Can't find your answer? Call us on 01234 567890.\n\n## How do I book?\n\nCall us.\n"
    [note] = import_text(page, "markdown").notes
    assert note.startswith("line 1: skipped a call to action")
    # as it was without its line: validate counts it the same (a content note until a contact
    # keeps its details: stranger F3)
    assert not is_routine_note(note)
    assert isinstance(note, Note) and note.without_line().kind is note.kind


def test_html_notes_name_their_line_too() -> None:
    """HTML notes were left without lines here; since ux42 they name theirs, as Markdown's do."""
    page = "<h1>FAQ</h1>\n<p>Welcome.</p><h2>How do I book?</h2><p>Call us.</p>"
    [note] = import_text(page, "html").notes
    assert note == "line 2: skipped text before the first question: 'Welcome.'"


# ---- F8 at the prompt (a pseudo-terminal) -----------------------------------------------------------


@pytest.mark.parametrize(("lang", "numbers"), [("C.UTF-8", 1), ("en_GB.UTF-8", 0)])
def test_the_prompt_gives_one_instruction_per_notice_and_the_numbers_once(
    tmp_path: Path, lang: str, numbers: int
) -> None:
    pexpect = pytest.importorskip("pexpect")
    from tests.test_interactive import PROMPT, clean

    env = {k: v for k, v in os.environ.items() if not k.startswith("BACKCARE_")}
    env.update(HOME=str(tmp_path), TERM="xterm", NO_COLOR="1", INPUTRC=os.devnull, LANG=lang)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "backcare", "--faq", "bundled"],
        env=env,
        cwd=str(REPO),
        encoding="utf-8",
        dimensions=(50, 100),
        timeout=30,
    )
    child.expect_exact(PROMPT)
    assert ("Set BACKCARE_REGION=UK" in clean(str(child.before))) == (numbers == 1)
    child.send(EMERGENCY + "\r")
    child.expect_exact(PROMPT)
    shown = " ".join(clean(str(child.before)).split())
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 3  # a session that raised an emergency leaves with 3
    assert shown.count("Emergency numbers:") == numbers
    first = shown.split("EMERGENCY - get help now", 1)[1]
    if numbers:
        assert first.split("│")[1].strip().startswith("Call your local emergency number now")
        notice = first.split("Emergency numbers:")[0]  # up to the numbers' line
        assert "999" not in notice and "New Zealand" not in notice
        # ux43 (newcomer29 F3): the numbers come straight after the first notice
        assert shown.index("EMERGENCY - get help now") < shown.index("Emergency numbers:")
        assert shown.index("Emergency numbers:") < shown.rindex("EMERGENCY - get help now")
    else:
        assert "Call 999 now or go to the nearest A&E" in shown
