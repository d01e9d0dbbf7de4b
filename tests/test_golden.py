"""Golden files for every view: plain, JSON and Rich (at fixed widths, with and without colour).

The views print into string streams through an `Environment` built by hand, as a terminal of a
given width would get. UPDATE_GOLDEN=1 rewrites the files after an intended change
(tests/golden_files.py, the one switch of every golden test); then read the diff before committing.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from backcare.cli import actions
from backcare.engine.answer import Engine
from backcare.localeregion import LocaleRegion
from backcare.output.environment import Environment, Mode, ViewOptions
from backcare.output.views import View, make_view
from backcare.packs.load import load_pack
from backcare.packs.schema import Pack
from backcare.packs.validate import validate_pack
from backcare.results import EntryFound, EntryMissing
from tests.conftest import REPO
from tests.golden_files import check, render

ENGINE = Engine(load_pack())


def found_entry(pack: Pack, entry_id: str) -> EntryFound:
    found = actions.find_entry(pack, entry_id)
    assert isinstance(found, EntryFound)
    return found


def ask(question: str, top: int = 3) -> Callable[[View], None]:
    return lambda view: view.answer(ENGINE.ask(question, top=top))


POINTER_QUESTION = "Why do doctors ask about bladder problems? Asking for my first aid course"
EMERGENCY_QUESTION = "my back hurts and I can't control my bladder"
LOCALE_QUESTIONS = (EMERGENCY_QUESTION, POINTER_QUESTION, "stiff back after sitting")
LOCALE = ViewOptions(region=LocaleRegion("UK", "LANG"))
CASES = {
    "ask_rich_80.txt": (Mode.RICH, ask("what helps tight back muscles"), 80, "never", None),
    "ask_rich_color.txt": (Mode.RICH, ask("stiff back after sitting"), 100, "always", None),
    "ask_rich_60_explain.txt": (
        Mode.RICH,
        ask("stif bak after siting", top=3),
        60,
        "never",
        ViewOptions(explain=True),
    ),
    "ask_rich_no_match.txt": (Mode.RICH, ask("how do I make pancakes"), 80, "never", None),
    "ask_rich_emergency.txt": (
        Mode.RICH,
        ask("my back hurts and I can't control my bladder"),
        80,
        "never",
        None,
    ),
    "ask_plain_with_question.txt": (
        Mode.PLAIN,
        ask("heat or ice for a stiff back"),
        80,
        "never",
        ViewOptions(with_question=True),
    ),
    # a batch's records (ux22): each one's notice glued above its question line, every line of
    # pack text indented, so no answer can forge a record and no notice reads as the one above's
    "ask_plain_with_question_batch.txt": (
        Mode.PLAIN,
        lambda view: [
            view.answer(ENGINE.ask(q))
            for q in (
                "how do I make pancakes",
                "i cant pee and my back hurts",
                "heat or ice for a stiff back",
            )
        ],
        80,
        "never",
        ViewOptions(with_question=True, batch=True, region="UK"),
    ),
    "ask_json_explain.txt": (
        Mode.JSON,
        ask("stiff back after sitting"),
        80,
        "never",
        ViewOptions(explain=True),
    ),
    # a general question about a warning sign: no notice, one calm pointer (docs/safety.md)
    "ask_plain_pointer.txt": (Mode.PLAIN, ask(POINTER_QUESTION), 80, "never", None),
    "ask_rich_pointer.txt": (Mode.RICH, ask(POINTER_QUESTION), 80, "never", None),
    "ask_json_pointer.txt": (
        Mode.JSON,
        ask(POINTER_QUESTION),
        80,
        "never",
        ViewOptions(region="uk"),
    ),
    # newcomer25 F3: what each line is, from `outcome`; under an emergency `match` is null, as the
    # terminal withholds the answer (the entry stays in `results`), unless --show-answer
    "ask_json_outcomes.txt": (
        Mode.JSON,
        lambda view: [
            view.answer(ENGINE.ask(q))
            for q in (
                "stiff back after sitting",
                "why does my back get stiff when I sit? I also have a fever",
                "stiff back after sitting and both legs weak",
                "how do I make pancakes",
            )
        ],
        80,
        "never",
        ViewOptions(region="UK"),
    ),
    "ask_json_emergency_show_answer.txt": (
        Mode.JSON,
        ask("stiff back after sitting and both legs weak"),
        80,
        "never",
        ViewOptions(region="UK", show_answer=True),
    ),
    "show_rich_80.txt": (
        Mode.RICH,
        lambda view: view.entry(found_entry(ENGINE.pack, "loosen-erector-spinae")),
        80,
        "never",
        None,
    ),
    "ask_rich_40_long_question.txt": (
        Mode.RICH,
        ask("how long does it take to rebuild muscle after atrophy"),
        40,
        "never",
        None,
    ),
    "topics_rich_80.txt": (
        Mode.RICH,
        lambda view: view.topics(actions.list_topics(ENGINE.pack, None)),
        80,
        "never",
        None,
    ),
    # speed52: topics and show drawn without rich (output/browsed.py); these files were written
    # by terminal.RichView before that, so they hold Rich's own bytes
    "topics_rich_40_color.txt": (
        Mode.RICH,
        lambda view: view.topics(actions.list_topics(ENGINE.pack, None)),
        40,
        "always",
        None,
    ),
    "topics_rich_24_flat.txt": (
        Mode.RICH,
        lambda view: view.topics(actions.list_topics(ENGINE.pack, "muscle")),
        24,
        "always",
        None,
    ),
    "show_rich_100_color.txt": (
        Mode.RICH,
        lambda view: view.entry(found_entry(ENGINE.pack, "back-get-stiff-sit")),
        100,
        "always",
        None,
    ),
    "show_rich_36_narrow.txt": (
        Mode.RICH,
        lambda view: view.entry(found_entry(ENGINE.pack, "signs-symptoms-spinal-muscular-atrophy")),
        36,
        "always",
        None,
    ),
    "topics_json.txt": (
        Mode.JSON,
        lambda view: view.topics(actions.list_topics(ENGINE.pack, "muscle")),
        80,
        "never",
        None,
    ),
    # ux39: no region, JSON's `action` is the one instruction that holds everywhere and
    # `by_region` each region's own (the terminal's line of numbers stays in the other views)
    "ask_json_no_region.txt": (
        Mode.JSON,
        lambda view: [view.answer(ENGINE.ask(q)) for q in (EMERGENCY_QUESTION, POINTER_QUESTION)],
        80,
        "never",
        None,
    ),
    # ux39: a region the locale implied is said to be a guess where its numbers are shown
    **{
        name: (mode, lambda view: [view.answer(ENGINE.ask(q)) for q in LOCALE_QUESTIONS], w, c, o)
        for name, mode, w, c, o in (
            ("ask_json_locale_region.txt", Mode.JSON, 80, "never", LOCALE),
            ("ask_plain_locale_region.txt", Mode.PLAIN, 80, "never", LOCALE),
            ("ask_rich_locale_region_60.txt", Mode.RICH, 60, "never", LOCALE),
        )
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_view_matches_golden_file(name: str) -> None:
    mode, action, width, color, options = CASES[name]
    check(name, render(mode, action, width=width, color=color, options=options))


def test_a_region_the_locale_implied_is_said_on_a_plain_terminal() -> None:
    """ux39: plain lines for a person at a terminal (a screen reader) say the numbers are the
    locale's guess, once after the notices and on the pointer's line, with how to set a region."""
    out, err = io.StringIO(), io.StringIO()
    options = ViewOptions(region=LocaleRegion("EU", "LC_ALL"))
    env = Environment(out, err, True, True, Mode.PLAIN, "never", 60, options, linear=True)
    view = make_view(env)
    for question in LOCALE_QUESTIONS:
        view.answer(ENGINE.ask(question))
    view.finish()
    text = out.getvalue() + err.getvalue()
    check("ask_plain_terminal_locale_region.txt", text)
    said = " ".join(text.split())
    assert said.count("Region: European Union, from your locale (LC_ALL).") == 2
    assert said.count("BACKCARE_REGION=") == 2


def test_prose_is_capped_at_a_readable_measure() -> None:
    text = render(Mode.RICH, ask("stiff back after sitting"), width=100)
    assert max(len(line) for line in text.splitlines()) <= 100


def test_explanation_never_breaks_an_id_apart() -> None:
    text = render(
        Mode.RICH, ask("stiff back after sitting"), width=60, options=ViewOptions(explain=True)
    )
    assert "back-get-stiff-sit" in text


def test_rich_validation_report_and_unknown_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)  # the report names the pack as given: keep it the same in any clone
    report = validate_pack(Path("data/faq.json"))
    check("validate_rich_80.txt", render(Mode.RICH, lambda view: view.validation(report)))
    broken = tmp_path / "broken.json"
    broken.write_text("[]", encoding="utf-8")
    failed = validate_pack(broken)
    text = " ".join(render(Mode.RICH, lambda view: view.validation(failed)).split())
    assert "error: " in text and "top level must be a JSON object" in text
    missing = actions.find_entry(ENGINE.pack, "back-stiff-sit")
    assert isinstance(missing, EntryMissing)
    text = render(Mode.RICH, lambda view: view.entry_missing(missing))
    assert "Did you mean: back-get-stiff-sit" in text


def test_numbered_answer_items_stay_numbered_in_every_view() -> None:
    from backcare.packs.schema import pack_from_data

    pack = pack_from_data(
        {
            "entries": [
                {
                    "id": "steps",
                    "question": "How do I do the cat-cow stretch?",
                    "answer": "Start on all fours.\n\n1. Arch your back.\n2. Round it.\n10. Repeat.",
                }
            ]
        },
        "steps.json",
    )
    answer = Engine(pack).ask("cat cow stretch")
    rich = render(Mode.RICH, lambda view: view.answer(answer))
    assert "  1. Arch your back." in rich and " 10. Repeat." in rich
    plain = render(Mode.PLAIN, lambda view: view.answer(answer))
    assert "1. Arch your back.\n2. Round it.\n10. Repeat." in plain


def test_index_progress_bar_starts_and_goes_away(capsys: pytest.CaptureFixture[str]) -> None:
    from backcare.output import terminal

    for done in (1, 500, 1000):
        terminal.index_progress(done, 1000)
    assert terminal._progress is None  # stopped when done


def test_huge_answers_and_listings_are_cut_on_a_terminal_only() -> None:
    from backcare.output import terminal
    from backcare.packs.schema import Entry
    from backcare.results import TopicList

    long_answer = "\n".join(f"- item {i}" for i in range(5_000))
    entry = Entry("big", "Big list?", long_answer, "t")
    pack = Pack("Big", (entry,), "big.json", by_id={"big": entry})
    found = found_entry(pack, "big")
    rich = render(Mode.RICH, lambda view: view.entry(found))
    assert "more characters not shown here" in rich
    assert rich.count("• item") == terminal.MAX_SHOWN_LINES
    plain = render(Mode.PLAIN, lambda view: view.entry(found))
    assert plain.count("- item") == 5_000
    many = tuple(Entry(f"e{i}", f"Question {i}?", "A.", f"t{i % 3}") for i in range(3_000))
    listing = TopicList(Pack("Many", many, "many.json"), many)
    shown = render(Mode.RICH, lambda view: view.topics(listing), width=100)
    assert shown.count("[e") == terminal.MAX_TREE_ENTRIES and "3,000 entries" in shown


def test_conftest_leaves_the_rewrite_switch_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """ux39: conftest clears every BACKCARE_* variable before tests are collected, which killed
    the importer corpus's BACKCARE_REWRITE_GOLDEN; the one switch, UPDATE_GOLDEN, must survive it
    (README, Development) and be read when a test compares."""
    from tests import conftest, golden_files

    monkeypatch.setenv(golden_files.SWITCH, "1")
    session = dict(os.environ)
    try:
        conftest._isolate_from_the_user()  # as at start-up (it gives a fresh HOME: put back)
        assert golden_files.rewriting()
    finally:
        os.environ.clear()
        os.environ.update(session)
    monkeypatch.setenv(golden_files.SWITCH, "0")
    assert not golden_files.rewriting()


PAGE = """# Clinic FAQ

## Can I park at the clinic?

Yes, behind it.

## Can I *park* at the clinic? {#parking}

Yes, there is a car park behind the building with spaces for disabled drivers.

**How do I book an appointment with the physiotherapist for my lower back pain?**

Call reception.
"""


@pytest.mark.parametrize(
    ("name", "mode", "width"),
    [
        ("validate_page_plain.txt", Mode.PLAIN, 80),
        ("validate_page_json.txt", Mode.JSON, 80),
        ("validate_page_rich_40.txt", Mode.RICH, 40),
        ("validate_page_rich_60.txt", Mode.RICH, 60),
        ("validate_page_rich_80.txt", Mode.RICH, 80),
    ],
)
def test_a_markdown_pages_warnings_name_its_lines_in_every_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, mode: Mode, width: int
) -> None:
    """ux39: `validate`'s own warnings about a Markdown page name the page line of the entry's
    question (the importer's ids are nowhere in the page); below 80 columns the warnings are a
    list, each message under its kind and id, broken between words (the table folded
    "duplicate-ques" / "tion" and a message one word a line)."""
    monkeypatch.chdir(tmp_path)  # the report names the page as given
    Path("clinic.md").write_text(PAGE, encoding="utf-8")
    report = validate_pack("clinic.md")
    assert [w.line for w in report.warnings if w.kind == "duplicate-question"] == [7]
    text = render(mode, lambda view: view.validation(report), width=width)
    check(name, text)
    if mode is Mode.RICH:
        assert all(len(line.rstrip()) <= width for line in text.splitlines())
        assert "duplicate-question" in text.split()  # never folded inside the word


HTML_PAGE = """<!doctype html>
<html><head><title>Clinic FAQ</title></head>
<body><main>
<h2>Can I park at the clinic?</h2>
<p>Yes, behind it.</p>
<details>
  <summary>Can I <em>park</em> at the clinic?</summary>
  <p>Yes, there is a car park behind the building with spaces for disabled drivers.</p>
</details>
<p><b>How do I book an appointment with the physiotherapist for my lower back pain?</b></p>
<p>Call reception.</p>
</main></body></html>
"""


@pytest.mark.parametrize(
    ("name", "mode", "width"),
    [
        ("validate_html_page_plain.txt", Mode.PLAIN, 80),
        ("validate_html_page_json.txt", Mode.JSON, 80),
        ("validate_html_page_rich_60.txt", Mode.RICH, 60),
    ],
)
def test_an_html_pages_warnings_name_its_lines_in_every_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, mode: Mode, width: int
) -> None:
    """ux41: an HTML page's warnings name the page line of the entry's question too (the line
    of the `<summary>`), as a Markdown page's do."""
    monkeypatch.chdir(tmp_path)
    Path("clinic.html").write_text(HTML_PAGE, encoding="utf-8")
    report = validate_pack("clinic.html")
    assert [w.line for w in report.warnings if w.kind == "duplicate-question"] == [7]
    check(name, render(mode, lambda view: view.validation(report), width=width))
