"""newcomer31's pack-author findings: the import -> validate loop tells the truth.

F2: what an import could not place (its notes marked [check]) is kept in the pack it writes
(`import_checks`), so `validate PACK` reports it and exits 1, as `validate PAGE` does, until the
author deletes it; the field's shape is checked like any pack field. F3: an id the front matter pins
(`ids:`) wins over the id an earlier pack kept, with a note naming both. F5: British calls to
action are read as such (data/import_hints.json), and a Markdown page's imprint after a rule is
furniture. F6: one note for a skipped text and its links; the kept-links count counts the pack's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.packs import limits
from backcare.packs.importchecks import recorded
from tests.conftest import PYTHON_M, REPO, run_backcare

FRONT = '---\ncontact: "Call 0161 496 0123"\nids:\n  What should I wear?: what-to-wear\n---\n'
QUESTIONS = (
    "## Is there parking?\n\nYes, three spaces behind the clinic.\n\n"
    "## What should I wear?\n\nLoose clothes; you will be covered with towels.\n\n"
    "## Do you treat sciatica?\n\nYes, with massage of the glutes and lower back.\n"
)
# an intro the importer cannot place: no call to action, no question of the FAQ
LOST_INTRO = "# Clinic FAQ\n\nOur therapists trained at the national sports institute in 2019.\n\n"


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# ---- F2: the pack carries what its import could not place -------------------------------------


def test_the_pack_of_a_lossy_import_validates_with_its_check_notes_and_exit_1(here: Path) -> None:
    (here / "faq.md").write_text(LOST_INTRO + QUESTIONS, encoding="utf-8")
    code, _, err = _invoke("import", "faq.md", "-o", "clinic.json")
    assert code == 0, err
    pack = json.loads((here / "clinic.json").read_text("utf-8"))
    assert pack["import_checks"] == [
        "faq.md: line 3: skipped text before the first question: 'Our therapists trained at "
        "the national sports institute in …'"
    ]
    assert list(pack).index("import_checks") < list(pack).index("entries")
    code, out, err = _invoke("validate", "clinic.json")
    assert code == 1
    assert out.splitlines()[0] == (
        "clinic.json: 3 entries, 0 warnings, 2 import notes (1 may have lost or misread content: "
        "marked [check])"
    )
    assert err.splitlines() == [
        "note: clinic.json (import_checks): faq.md: line 3: skipped text before the first "
        "question: 'Our therapists trained at the national sports institute in …' [check]",
        "note: clinic.json: the import that wrote it recorded 1 note marked [check] in "
        "'import_checks': check each against the page (fix the page and import again, or edit "
        "the pack), then delete it from 'import_checks'",
    ]
    # the page and the pack agree
    assert _invoke("validate", "faq.md")[0] == 1


def test_deleting_the_checked_notes_makes_the_pack_clean(here: Path) -> None:
    (here / "faq.md").write_text(LOST_INTRO + QUESTIONS, encoding="utf-8")
    _invoke("import", "faq.md", "-o", "clinic.json")
    pack = json.loads((here / "clinic.json").read_text("utf-8"))
    del pack["import_checks"]
    (here / "clinic.json").write_text(json.dumps(pack), encoding="utf-8")
    code, out, err = _invoke("validate", "clinic.json")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "clinic.json: 3 entries, 0 warnings"


def test_a_clean_import_records_nothing_and_validates_clean(here: Path) -> None:
    (here / "faq.md").write_text("# Clinic FAQ\n\n" + QUESTIONS, encoding="utf-8")
    assert _invoke("import", "faq.md", "-o", "clinic.json")[0] == 0
    assert "import_checks" not in json.loads((here / "clinic.json").read_text("utf-8"))
    assert _invoke("validate", "clinic.json")[0] == 0


def test_a_pack_written_to_standard_output_carries_its_checks_too(here: Path) -> None:
    (here / "faq.md").write_text(LOST_INTRO + QUESTIONS, encoding="utf-8")
    code, out, _ = _invoke("import", "faq.md")
    assert code == 0
    assert [c.split(": ")[0] for c in json.loads(out)["import_checks"]] == ["faq.md"]
    piped = CliRunner().invoke(
        app, ["import", "--format", "markdown", "-"], input=LOST_INTRO + QUESTIONS
    )
    assert piped.exit_code == 0
    checks = json.loads(piped.stdout)["import_checks"]
    assert [c.split(": ")[0] for c in checks] == ["standard input"]


def test_the_page_is_named_by_its_file_name_not_the_authors_folders(here: Path) -> None:
    (here / "site" / "deep").mkdir(parents=True)
    (here / "site" / "deep" / "faq.md").write_text(LOST_INTRO + QUESTIONS, encoding="utf-8")
    _invoke("import", str(here / "site" / "deep" / "faq.md"), "-o", "clinic.json")
    checks = json.loads((here / "clinic.json").read_text("utf-8"))["import_checks"]
    assert checks and all(c.startswith("faq.md: line ") for c in checks)
    assert not any(str(here) in c for c in checks)


def test_an_update_records_its_own_checks_never_the_earlier_packs(here: Path) -> None:
    page = here / "faq.md"
    page.write_text(LOST_INTRO + QUESTIONS, encoding="utf-8")
    _invoke("import", "faq.md", "-o", "clinic.json")
    page.write_text("# Clinic FAQ\n\n" + QUESTIONS, encoding="utf-8")  # the author fixed the page
    code, _, err = _invoke("import", "faq.md", "-o", "clinic.json", "--force")
    assert code == 0, err
    assert "import_checks" not in json.loads((here / "clinic.json").read_text("utf-8"))
    assert _invoke("validate", "clinic.json")[0] == 0


def test_questions_the_import_lost_are_recorded(here: Path) -> None:
    # five lines that read as questions, one entry: the lost-questions warning is kept too
    lines = "".join(f"- Is question number {n} answered here?\n" for n in range(5))
    (here / "faq.md").write_text(
        f"# FAQ\n\n{lines}\n## Is there parking?\n\nYes.\n", encoding="utf-8"
    )
    code, _, _ = _invoke("import", "faq.md", "-o", "clinic.json")
    assert code == 1
    checks = json.loads((here / "clinic.json").read_text("utf-8"))["import_checks"]
    assert any("lines that read as questions" in c for c in checks)
    assert _invoke("validate", "clinic.json")[0] == 1


def test_validate_json_lists_the_recorded_checks_as_import_warnings(here: Path) -> None:
    (here / "faq.md").write_text(LOST_INTRO + QUESTIONS, encoding="utf-8")
    _invoke("import", "faq.md", "-o", "clinic.json")
    code, out, _ = _invoke("validate", "--json", "clinic.json")
    assert code == 1
    found = json.loads(out)
    assert [w.split(": ", 2)[1] for w in found["import_warnings"]] == ["faq.md"]
    assert found["import_warnings"][0].startswith("clinic.json (import_checks): faq.md: line 3:")


def test_validate_of_several_files_reports_each_packs_checks(here: Path) -> None:
    (here / "faq.md").write_text(LOST_INTRO + QUESTIONS, encoding="utf-8")
    _invoke("import", "faq.md", "-o", "clinic.json")
    other = {
        "title": "Other",
        "entries": [
            {"id": "x", "question": "Do you sell vouchers?", "answer": "Yes, at reception."}
        ],
    }
    (here / "other.json").write_text(json.dumps(other), encoding="utf-8")
    code, _, err = _invoke("validate", "other.json", "clinic.json")
    assert code == 1
    assert "note: clinic.json (import_checks): faq.md: line 3: skipped text" in err


def _pack_with(checks: object) -> dict[str, object]:
    return {
        "title": "T",
        "import_checks": checks,
        "entries": [{"id": "p", "question": "Is there parking?", "answer": "Yes."}],
    }


@pytest.mark.parametrize(
    ("checks", "said"),
    [
        ("one note", "field 'import_checks' must be a list of strings, not a string"),
        ({"a": 1}, "field 'import_checks' must be a list of strings, not an object"),
        ([5], "field 'import_checks'[0] must be a non-empty string"),
        (["  "], "field 'import_checks'[0] must be a non-empty string"),
        (["two\nlines"], "field 'import_checks'[0] must be one line, without control characters"),
        (["\x1b[2Jcleared"], "field 'import_checks'[0] must be one line, without control"),
        (["\u202eevil"], "field 'import_checks'[0] must be one line, without control"),
        (["x" * 1001], "field 'import_checks'[0] is 1,001 characters long (the limit is 1,000)"),
        (["n"] * 201, "field 'import_checks' has 201 items (the limit is 200)"),
    ],
)
def test_a_recorded_check_of_the_wrong_shape_is_a_pack_error(
    here: Path, checks: object, said: str
) -> None:
    (here / "p.json").write_text(json.dumps(_pack_with(checks)), encoding="utf-8")
    code, _, err = _invoke("validate", "p.json")
    assert code == 2
    assert said in err
    assert "Traceback" not in err
    code, _, err = _invoke("--faq", "p.json", "ask", "parking")
    assert code == 2 and said in err


def test_a_recorded_check_is_shown_escaped_never_as_markup(here: Path) -> None:
    (here / "p.json").write_text(
        json.dumps(_pack_with(["faq.md: [red]not markup[/red] :thumbs_up:"])), encoding="utf-8"
    )
    code, _, err = _invoke("validate", "p.json")
    assert code == 1
    assert "faq.md: [red]not markup[/red] :thumbs_up: [check]" in err


def test_recorded_checks_are_kept_within_the_packs_limits() -> None:
    many = recorded([f"line {n}: skipped text" for n in range(500)], "faq.md")
    assert len(many) == limits.MAX_IMPORT_CHECKS
    assert many[-1] == (
        "faq.md: and 301 more notes marked [check]: import the page again to see them all"
    )
    long_one = recorded(["x" * 5000, "a\x1b[31mb\nc\u2028d"], "faq.md")
    assert len(long_one[0]) == limits.MAX_IMPORT_CHECK_CHARS and long_one[0].endswith("…")
    assert long_one[1] == "faq.md: a [31mb c d"


# ---- F3: an id pinned in the front matter wins over a kept one --------------------------------


def _with_old_ids(here: Path, ids: dict[str, str]) -> None:
    pack = json.loads((here / "clinic.json").read_text("utf-8"))
    for entry in pack["entries"]:
        entry["id"] = ids.get(entry["question"], entry["id"])
    (here / "clinic.json").write_text(json.dumps(pack), encoding="utf-8")


@pytest.mark.parametrize(
    ("old_ids", "wear", "parking", "said"),
    [
        (  # the pin replaces the kept id; an entry with no pin keeps its own
            {"What should I wear?": "should-wear", "Is there parking?": "parking"},
            "what-to-wear",
            "parking",
            "note: 'what-to-wear': the id the page's front matter pins (ids:) for 'What should I "
            "wear?' replaces 'should-wear', its id in clinic.json: labels and scripts that name "
            "'should-wear' must name 'what-to-wear'",
        ),
        (  # the earlier pack had given 'what-to-wear' to the parking entry: it is renumbered
            {"Is there parking?": "what-to-wear", "What should I wear?": "wear"},
            "what-to-wear",
            "what-to-wear-2",
            "the entry 'Is there parking?' that had it is now 'what-to-wear-2'",
        ),
    ],
)
def test_force_keeps_the_pinned_id_and_says_which_it_replaced(
    here: Path, old_ids: dict[str, str], wear: str, parking: str, said: str
) -> None:
    (here / "faq.md").write_text("# FAQ\n\n" + QUESTIONS, encoding="utf-8")
    _invoke("import", "faq.md", "-o", "clinic.json")
    _with_old_ids(here, old_ids)
    (here / "faq.md").write_text(FRONT + "# FAQ\n\n" + QUESTIONS, encoding="utf-8")
    code, _, err = _invoke("import", "faq.md", "-o", "clinic.json", "--force")
    assert code == 0, err
    ids = {
        e["question"]: e["id"] for e in json.loads((here / "clinic.json").read_text())["entries"]
    }
    assert (ids["What should I wear?"], ids["Is there parking?"]) == (wear, parking)
    assert said in err
    assert _invoke("validate", "clinic.json")[0] == 0


def test_a_pin_equal_to_the_kept_id_says_nothing(here: Path) -> None:
    (here / "faq.md").write_text(FRONT + "# FAQ\n\n" + QUESTIONS, encoding="utf-8")
    _invoke("import", "faq.md", "-o", "clinic.json")
    code, _, err = _invoke("import", "faq.md", "-o", "clinic.json", "--force")
    assert code == 0
    assert "pins (ids:)" not in err


# ---- F5: British calls to action; a Markdown imprint is furniture ------------------------------

BRITISH_CALLS = [
    "Can't find your answer here? Give us a ring on 0161 496 0123.",
    "Still stuck? Give us a bell on 0161 496 0123 and we'll sort it.",
    "Anything else? Ring us on 0113 496 0777 any weekday.",
    "Not covered here? Drop us a line at hello@clinic.example.",
    "Questions? Pop in to reception at 12 Mill Street or call 0161 496 0123.",
    "Ready to start? Book online at clinic.example/book or phone 0161 496 0123.",
    "Can't see it? WhatsApp us on 07700 900123.",
    "If your question isn't here, give us a call on 020 7946 0000.",
    "Something else? Pop into the clinic or email hi@clinic.example.",
    "Still wondering? Drop in to see us or ring 0117 496 0555.",
]
# the same openings with no details to keep, or with advice a reader must not lose: not a call
NOT_CALLS = [
    "Give us a ring sometime, we love to chat.",
    "Pop in to reception when you arrive and take a seat.",
    "Book online at least a day ahead so we can prepare the room.",
    "Drop us a line about what you would like to see on this page.",
    "Give us a ring on 0161 496 0123, or if you cannot pee call 999 now.",
    "Ring us on 0161 496 0123 if your legs go numb; in an emergency go to A&E.",
    "Pop in to see our new treatment room, opened by the mayor in 2019.",
    "WhatsApp is not monitored at weekends.",
]


@pytest.mark.parametrize(
    ("intro", "call"),
    [*((intro, True) for intro in BRITISH_CALLS), *((intro, False) for intro in NOT_CALLS)],
)
def test_an_intro_is_routine_only_as_a_call_to_action_with_details_and_no_care_advice(
    here: Path, intro: str, call: bool
) -> None:
    """A British call to action offers its details (--contact), and is routine once the pack's
    contact keeps them (stranger F3: [check] without); an intro with none, or with care advice,
    stays a [check] note, and the pack's validate says so."""
    (here / "faq.md").write_text(f"# FAQ\n\n{intro}\n\n{QUESTIONS}", encoding="utf-8")
    code, _, err = _invoke("import", "faq.md", "-o", "without.json")
    assert code == 0 and "[check]" in err
    code, _, err = _invoke("import", "faq.md", "-o", "clinic.json", "--contact", "0161 496 0000")
    assert code == 0
    assert ("[check]" in err) is not call
    assert ("skipped a call to action before the first question" in err) is call
    assert ("--contact" in err) is call
    pack = json.loads((here / "clinic.json").read_text("utf-8"))
    assert ("import_checks" in pack) is not call
    assert _invoke("validate", "clinic.json")[0] == (0 if call else 1)
    assert _invoke("validate", "faq.md")[0] == 1  # the page alone: no contact


# what follows a rule below the last answer: an imprint is routine furniture (`footer`), one
# holding care advice or a question stays a [check] note (`check`), other text is the answer's
FOOTERS = [
    ("© 2026 Peak Performance · 12 Mill Street, Manchester · [Privacy](/privacy)", "footer"),
    ("(c) 2026 Clinic Ltd | [Privacy](/privacy) | [Terms](/terms)", "footer"),
    ("Copyright 2026 Mill Street Physio. Registered in England no. 01234567.", "footer"),
    ("All rights reserved. Mill Street Physio Ltd.", "footer"),
    ("© 2026 Clinic · If your legs go numb or you cannot pee, call 999.", "check"),
    ("© 2026 Clinic. Do you need a GP referral before booking with us?", "check"),
    ("Also bring your list of medicines.", "answer"),
]


@pytest.mark.parametrize(("footer", "read_as"), FOOTERS)
def test_what_follows_a_final_rule_is_furniture_only_as_an_imprint(
    here: Path, footer: str, read_as: str
) -> None:
    (here / "faq.md").write_text(f"# FAQ\n\n{QUESTIONS}\n---\n\n{footer}\n", encoding="utf-8")
    code, _, err = _invoke("import", "faq.md", "-o", "clinic.json")
    assert code == 0
    assert ("footer" in err) is (read_as != "answer")
    if read_as != "answer":
        assert "dropped the page's footer, after a rule below its last answer" in err
    # kept in the last answer, the text after a rule is a [check] note too (it may be misread)
    assert ("[check]" in err) is (read_as != "footer")
    answer = json.loads((here / "clinic.json").read_text("utf-8"))["entries"][-1]["answer"]
    assert (footer.split()[1] in answer) is (read_as == "answer")
    assert _invoke("validate", "clinic.json")[0] == (0 if read_as == "footer" else 1)
    if read_as == "footer":
        assert _invoke("validate", "faq.md")[0] == 0


def test_ravis_page_validates_clean_without_editing_its_text(here: Path) -> None:
    """The shape of the newcomer's page: front matter contact, a British call to action, an
    image, a table, a footer after a rule with a relative link. (Run as a user runs it.)"""
    page = (
        '---\ncontact: "Call 0161 496 0123 or WhatsApp 07700 900123"\n---\n'
        "# Peak Sports Massage – FAQ\n\n"
        "Can't find your answer here? Give us a ring on 0161 496 0123 or WhatsApp 07700 900123 – "
        "we're happy to help!\n\n![Our room](/img/room.jpg)\n\n"
        "## Prices\n\n### How much does a massage cost?\n\n| Session | Price |\n|---|---|\n"
        "| 30 minutes | £35 |\n\n" + QUESTIONS + "\n---\n\n"
        "© 2026 Peak Sports Massage · 12 Mill Street, Manchester M1 1AA · [Privacy](/privacy)\n"
    )
    (here / "faq.md").write_text(page, encoding="utf-8")
    runs = [("import", "faq.md", "-o", "clinic.json"), ("validate", "faq.md")]
    runs.append(("validate", "clinic.json"))
    for args in runs:  # as a user runs them, in order: the import, then both checks
        done = run_backcare(
            *args,
            home=here,
            cwd=here,
            command=PYTHON_M,
            text=True,
            PYTHONPATH=str(REPO),
            BACKCARE_CACHE_DIR="off",
        )
        assert done.returncode == 0, (args, done.stderr)
        if args[0] == "import":
            assert "[check]" not in done.stderr
            assert "kept 1 link" not in done.stderr  # the footer's link is in no answer


# ---- F6: one note per thing skipped; kept links are the pack's ---------------------------------


def test_skipped_text_and_its_links_are_one_note(here: Path) -> None:
    (here / "faq.md").write_text(
        "# FAQ\n\n## Our team\n\nMeet [Sam](/team/sam) and [Jo](/team/jo), our therapists.\n\n"
        + QUESTIONS,
        encoding="utf-8",
    )
    code, _, err = _invoke("import", "faq.md", "-o", "clinic.json")
    assert code == 0
    skipped = [line for line in err.splitlines() if "skipped" in line]
    assert skipped == [
        "note: line 5: skipped text under the heading 'Our team', which is not a question: "
        "'Meet Sam (/team/sam) and Jo (/team/jo), our therapists.' (with its links "
        "Sam (/team/sam), Jo (/team/jo)) [check]"
    ]
    assert "kept 2 links" not in err and "relative address" not in err
    assert len(json.loads((here / "clinic.json").read_text("utf-8"))["import_checks"]) == 1


def test_the_kept_links_note_counts_only_links_in_answers(here: Path) -> None:
    (here / "faq.md").write_text(
        "# FAQ\n\nSee our [about page](/about) first.\n\n"
        "## Is there parking?\n\nYes, see [the map](/map).\n",
        encoding="utf-8",
    )
    code, _, err = _invoke("import", "faq.md")
    assert code == 0
    assert (
        "note: kept 1 link with its relative address as written (the page gives no address of "
        "its own to resolve it against; readers cannot follow it: edit the pack or link in "
        "full): 'the map (/map)' [check]"  # stranger F9
    ) in err.splitlines()
    assert "about page (/about)' [check]" not in err
