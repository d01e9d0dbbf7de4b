"""harden23: the fifteenth round's newcomer and hostile findings on imports and validate.

- hostile15 F1: a pack's contact line that denies or puts off emergency help (`emergency-contact`
  warning; never printed under a notice);
- hostile15 F4: an answer that denies the help its sign's notice gives (`urgent-answer`);
- newcomer15 F2, F3, F10-F12: Google Docs "Web page (.html, zipped)" exports;
- newcomer15 F7, F8: `import --force` that would drop most of a pack's entries;
- hostile15 F6, F7, F8, F12 and newcomer15 F9, F14.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.packs.undercut import denies_care, undercutting_contact
from tests.conftest import run_backcare

DATA = Path(__file__).parent / "data" / "harden23"


def write_pack(path: Path, entries: list[dict[str, str]], **fields: str) -> Path:
    path.write_text(json.dumps({**fields, "entries": entries}), encoding="utf-8")
    return path


HOURS = {"id": "hours", "question": "When are you open?", "answer": "9 to 5.", "topic": "visits"}


# hostile15 F1: a contact line that undercuts every emergency notice ---------------------------


@pytest.mark.parametrize(
    "contact",
    [
        "Riverside reception: never call 999 or go to A&E for back pain, ring us first on "
        "0161 496 0000 and wait for a call back",
        "Do not call 999 or 111; wait for us to call you back: 0161 496 0000",
        "For back pain please don't go to A&E, call us first",
        "Ring us before calling 999: 0161 496 0000",
        "There's no need for an ambulance: ring the clinic on 0161 496 0000",
        "Always ring us first: 0161 496 0000",
    ],
)
def test_undercutting_contact(contact: str) -> None:
    assert undercutting_contact(contact)


@pytest.mark.parametrize(
    "contact",
    [
        "Riverside reception: 0161 496 0732 (Mon-Fri 8am-8pm)",
        "Not an emergency line: for emergencies call 999. Reception 0161 496 0000",
        "In an emergency don't ring us, call 999",
        "In an emergency call 999; otherwise ring us first",
        "Call us on 0117 496 0732 or email the team (hello@example.com)",
        "This FAQ is not medical advice. Questions: 0161 496 0000",
    ],
)
def test_contact_that_undercuts_nothing(contact: str) -> None:
    assert undercutting_contact(contact) == ""


UNDERCUT = (
    "Riverside reception: never call 999 or go to A&E for back pain, ring us first on "
    "0161 496 0000 and wait for a call back"
)


def test_validate_warns_of_an_undercutting_contact(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "p.json", [HOURS], title="Riverside", contact=UNDERCUT)
    done = run_backcare("validate", "--json", str(pack), home=tmp_path, text=True)
    assert done.returncode == 1, done.stderr
    kinds = [w["kind"] for w in json.loads(done.stdout)["warnings"]]
    assert kinds == ["emergency-contact"]


def test_import_contact_that_undercuts_is_noted(tmp_path: Path) -> None:
    page = tmp_path / "uc.md"
    page.write_text("## When are you open?\n\n9 to 5.\n", encoding="utf-8")
    done = run_backcare(
        "import",
        str(page),
        "--contact",
        "Do not call 999 or 111; wait for us to call you back: 0161 496 0000",
        home=tmp_path,
        text=True,
    )
    assert "emergency help" in done.stderr
    assert "999" in done.stderr


@pytest.mark.parametrize("json_out", [False, True])
def test_ask_never_prints_an_undercutting_contact_under_a_notice(
    tmp_path: Path, json_out: bool
) -> None:
    pack = write_pack(tmp_path / "p.json", [HOURS], title="Riverside", contact=UNDERCUT)
    flags = ["--json"] if json_out else []
    for question in ("i cant pee and my bum is numb", "i want to kill myself"):
        done = run_backcare("--faq", str(pack), "ask", *flags, question, home=tmp_path, text=True)
        assert done.returncode == 3
        assert "never call 999" not in done.stdout + done.stderr
        assert "Call your local emergency number" in done.stdout or "999" in done.stdout


def test_a_helpful_contact_is_still_printed_under_a_notice(tmp_path: Path) -> None:
    contact = "Riverside reception: 0161 496 0000"
    pack = write_pack(tmp_path / "p.json", [HOURS], title="Riverside", contact=contact)
    done = run_backcare("--faq", str(pack), "ask", "i cant pee", home=tmp_path, text=True)
    assert done.returncode == 3
    assert contact in done.stdout


# hostile15 F4: an answer that denies the help an urgent or soon notice gives ------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Nothing to worry about: there is no need to see a GP, call 111 or go anywhere today. "
        "Rest and wait a week.",
        "This is normal and there is no need to see a GP or call 111. Ignore it.",
        "You don't need to see a doctor for this; just rest.",
        "No need to see anyone, it passes.",
    ],
)
def test_answers_that_deny_care(answer: str) -> None:
    assert denies_care(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "There is no need to call 999, but see your GP today.",
        "Don't ignore it: see your GP.",
        "Keep active. If it gets worse, see your GP.",
        "Most back pain gets better within a few weeks.",
    ],
)
def test_answers_that_deny_no_care(answer: str) -> None:
    assert not denies_care(answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "I have a high temperature and back pain, what should I do?",
            "Nothing to worry about: there is no need to see a GP, call 111 or go anywhere "
            "today. Rest and wait a week.",
        ),
        (
            "I take steroids and my back hurts",
            "This is normal and there is no need to see a GP or call 111. Just rest.",
        ),
    ],
)
def test_validate_warns_of_an_answer_undercutting_its_notice(
    tmp_path: Path, question: str, answer: str
) -> None:
    entry = {"id": "sign", "question": question, "answer": answer, "topic": "pain"}
    pack = write_pack(tmp_path / "p.json", [entry, HOURS])
    done = run_backcare("validate", "--json", str(pack), home=tmp_path, text=True)
    assert done.returncode == 1, done.stderr
    found = [(w["kind"], w["id"]) for w in json.loads(done.stdout)["warnings"]]
    assert ("urgent-answer", "sign") in found


def test_a_denial_under_no_sign_is_not_warned(tmp_path: Path) -> None:
    entry = {
        "id": "bruise",
        "question": "Do I need a doctor for a small bruise from a massage?",
        "answer": "No need to see a GP for a small bruise; it fades in a week.",
        "topic": "pain",
    }
    pack = write_pack(tmp_path / "p.json", [entry, HOURS])
    done = run_backcare("validate", "--json", str(pack), home=tmp_path, text=True)
    kinds = [w["kind"] for w in json.loads(done.stdout)["warnings"]]
    assert "urgent-answer" not in kinds


# newcomer15 F2, F3, F10-F12: a Google Docs "Web page (.html, zipped)" export -------------------

GDOC = DATA / "gdocs_export.html"  # newcomer15's export, trimmed to 14 of its 22 questions
GDOC_QUESTIONS = [
    "What causes back pain?",
    "Do I need an X-ray or MRI scan?",
    "How long will my back pain take to get better?",
    "What exercises can I do for back pain?",
    "What happens at my first appointment?",
    "What should I wear?",
    "How much does physiotherapy cost?",
    "Do you accept health insurance?",
    "What is your cancellation policy?",
    "Is there parking at the clinic?",
    "Can I book online?",
    "When should I go to A&E or call 999?",
    "When should I call NHS 111 or my GP?",
]


@pytest.fixture(scope="module")
def gdoc_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str]:
    home = tmp_path_factory.mktemp("gdoc")
    done = run_backcare("import", str(GDOC), home=home, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), done.stderr


def _entries(pack: dict[str, object]) -> list[dict[str, str]]:
    entries = pack["entries"]
    assert isinstance(entries, list)
    return entries


def test_gdoc_bold_by_class_questions_are_read(gdoc_pack: tuple[dict[str, object], str]) -> None:
    questions = [e["question"] for e in _entries(gdoc_pack[0])]
    assert questions == GDOC_QUESTIONS


def test_gdoc_comments_never_reach_an_answer(gdoc_pack: tuple[dict[str, object], str]) -> None:
    pack, notes = gdoc_pack
    for entry in _entries(pack):
        assert "[a]" not in entry["answer"] and "Sarah" not in entry["answer"], entry
    assert "comment" in notes


def test_gdoc_redirect_links_are_unwrapped(gdoc_pack: tuple[dict[str, object], str]) -> None:
    text = json.dumps(gdoc_pack[0])
    assert "google.com/url" not in text
    assert "https://www.nhs.uk/live-well/exercise/exercises-for-back-pain/" in text


def test_gdoc_table_heading_row_is_no_item(gdoc_pack: tuple[dict[str, object], str]) -> None:
    cost = next(e for e in _entries(gdoc_pack[0]) if e["question"].startswith("How much"))
    assert "Appointment; Length; Price" not in cost["answer"]
    assert "Appointment: Initial assessment" in cost["answer"]


def test_gdoc_title_is_the_documents(gdoc_pack: tuple[dict[str, object], str]) -> None:
    assert gdoc_pack[0]["title"] == "Back Pain FAQs"


# newcomer15 F7, F8: an update that would drop most of the pack ---------------------------------

SIX = [
    ("When are you open?", "9 to 5."),
    ("Where can I park?", "Behind the clinic."),
    ("How much is an assessment?", "£65."),
    ("Do you take Bupa?", "Yes."),
    ("Can I book online?", "Yes, on the website."),
    ("What should I wear?", "Loose clothes."),
]


def _page(path: Path, pairs: list[tuple[str, str]]) -> Path:
    path.write_text("".join(f"## {q}\n\n{a}\n\n" for q, a in pairs), encoding="utf-8")
    return path


def _imported(tmp_path: Path) -> Path:
    pack = tmp_path / "clinic.json"
    page = _page(tmp_path / "faq.md", SIX)
    done = run_backcare("import", str(page), "-o", str(pack), home=tmp_path, text=True)
    assert done.returncode == 0, done.stderr
    # what the user added, which an update carries over (and backs up when it cannot)
    data = json.loads(pack.read_text(encoding="utf-8"))
    for entry in data["entries"]:
        entry["tags"] = ["added by hand"]
    pack.write_text(json.dumps(data), encoding="utf-8")
    return pack


@pytest.mark.parametrize("kept", [SIX[:2], SIX[:1]])
def test_an_update_losing_most_entries_is_refused(
    tmp_path: Path, kept: list[tuple[str, str]]
) -> None:
    pack = _imported(tmp_path)
    before = pack.read_bytes()
    page = _page(tmp_path / "faq.md", kept)
    done = run_backcare("import", str(page), "-o", str(pack), "--force", home=tmp_path, text=True)
    assert done.returncode == 2, done.stderr
    error = [line for line in done.stderr.splitlines() if line.startswith("backcare:")]
    assert len(error) == 1 and "--allow-shrink" in error[0], done.stderr
    assert pack.read_bytes() == before
    assert not list(tmp_path.glob("clinic.json.bak*"))


def test_allow_shrink_replaces_the_pack(tmp_path: Path) -> None:
    pack = _imported(tmp_path)
    page = _page(tmp_path / "faq.md", SIX[:2])
    done = run_backcare(
        "import", str(page), "-o", str(pack), "--force", "--allow-shrink", home=tmp_path, text=True
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(pack.read_text(encoding="utf-8"))["entries"]) == 2


def test_an_update_losing_a_few_entries_goes_through(tmp_path: Path) -> None:
    pack = _imported(tmp_path)
    page = _page(tmp_path / "faq.md", SIX[:4])
    done = run_backcare("import", str(page), "-o", str(pack), "--force", home=tmp_path, text=True)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(pack.read_text(encoding="utf-8"))["entries"]) == 4


# hostile15 F6: an undeclared Windows-1252 page is read as docs/importing.md says ---------------


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("w1252.html", b"<html><body><h2>Can\x92t I park \x93here\x94?</h2><p>No \x96 sorry.</p>"),
        ("w.md", b"## Can\x92t I park?\n\nNo \x96 sorry.\n"),
        ("w.txt", b"How do I book?\nOnline.\n\nCan\x92t I park?\nNo \x96 sorry.\n"),
    ],
)
def test_an_undeclared_cp1252_page_is_read_as_cp1252(tmp_path: Path, name: str, raw: bytes) -> None:
    page = tmp_path / name
    page.write_bytes(raw)
    done = run_backcare("import", str(page), home=tmp_path, text=True)
    assert done.returncode == 0, done.stderr
    questions = [e["question"] for e in json.loads(done.stdout)["entries"]]
    assert any(q.startswith("Can\u2019t I park") for q in questions), questions
    assert "Windows-1252" in done.stderr


def test_an_undeclared_page_is_a_content_note_for_validate(tmp_path: Path) -> None:
    page = tmp_path / "w.md"
    page.write_bytes(b"## Can\x92t I park?\n\nNo \x96 sorry.\n")
    done = run_backcare("validate", str(page), home=tmp_path, text=True)
    assert done.returncode == 1, done.stdout + done.stderr


# hostile15 F7: a --questions file written as a JSON array -------------------------------------


@pytest.mark.parametrize(
    "line",
    ['[{"q": "stiff back", "expect": ["back-get-stiff-sit"]}]', '[{"q": "stiff back"},'],
)
def test_a_questions_file_as_a_json_array_is_an_error(tmp_path: Path, line: str) -> None:
    questions = tmp_path / "qa.txt"
    questions.write_text(line + "\n", encoding="utf-8")
    done = run_backcare(
        "validate", "data/faq.json", "--questions", str(questions), home=tmp_path, text=True
    )
    assert done.returncode == 2, done.stdout
    assert "line 1" in done.stderr and "JSON Lines" in done.stderr


# hostile15 F8: import and --questions of a URL ------------------------------------------------


def test_import_of_a_url_says_how(tmp_path: Path) -> None:
    done = run_backcare("import", "https://example.com/faq.html", home=tmp_path, text=True)
    assert done.returncode == 2
    assert "no such file" not in done.stderr
    assert "curl" in done.stderr and "https://example.com/faq.html" in done.stderr


def test_import_of_a_file_url_names_the_path(tmp_path: Path) -> None:
    page = _page(tmp_path / "p.md", SIX[:1])
    done = run_backcare("import", f"file://{page}", home=tmp_path, text=True)
    assert done.returncode == 2
    assert "no such file" not in done.stderr and str(page) in done.stderr


def test_questions_file_url_is_echoed_as_typed(tmp_path: Path) -> None:
    given = f"file://{tmp_path}/q.txt"
    done = run_backcare("validate", "data/faq.json", "--questions", given, home=tmp_path, text=True)
    assert done.returncode == 2
    assert given in done.stderr


# hostile15 F12: --against with no title in either pack ----------------------------------------


def test_against_reports_no_title_change_when_neither_sets_one(tmp_path: Path) -> None:
    data = {"entries": [HOURS]}
    old = tmp_path / "t_old.json"
    new = tmp_path / "t_new.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    new.write_text(json.dumps(data), encoding="utf-8")
    done = run_backcare("validate", str(new), "--against", str(old), home=tmp_path, text=True)
    assert done.returncode == 0, done.stdout
    assert not [line for line in done.stdout.splitlines() if line.startswith("title")]


# newcomer15 F14: a kept contact with the page's own number is no mismatch ----------------------


def test_a_kept_contact_with_the_pages_number_gives_no_warning(tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    intro = "Can't find your answer? Call us on 0117 496 0732 or email the team (hello@example.com).\n\n"
    page.write_text(intro + "".join(f"## {q}\n\n{a}\n\n" for q, a in SIX), encoding="utf-8")
    pack = tmp_path / "clinic.json"
    contact = "Avonside reception: 0117 496 0732 (Mon-Thu 8am-8pm)"
    first = run_backcare(
        "import", str(page), "-o", str(pack), "--contact", contact, home=tmp_path, text=True
    )
    assert first.returncode == 0, first.stderr
    again = run_backcare("import", str(page), "-o", str(pack), "--force", home=tmp_path, text=True)
    assert again.returncode == 0, again.stderr
    assert "differs" not in again.stderr


# newcomer15 F9: a booking widget's heading is no FAQ entry -------------------------------------

_ACCORDION = "".join(
    f"<details><summary>{q}</summary><p>{a}</p></details>"
    for q, a in [
        ("When are you open?", "9 to 5."),
        ("Where can I park?", "Behind the clinic."),
        ("Do I need a GP referral?", "No, you can book directly."),
    ]
)


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        (
            "Ready to book?",
            '<p>Choose a time that suits you below.</p><iframe src="https://x.example/b">'
            '</iframe><a href="/book-online">Book an appointment</a>',
        ),
        ("Still have questions?", "<p>Call us on 0117 496 0732 or email hello@example.com.</p>"),
        ("Want to know more?", '<p><a href="/contact">Get in touch</a></p>'),
    ],
)
def test_a_call_to_action_heading_after_the_faq_is_no_entry(
    tmp_path: Path, heading: str, text: str
) -> None:
    page = tmp_path / "faq.html"
    page.write_text(
        f"<main><h1>FAQ</h1>{_ACCORDION}<section><h2>{heading}</h2>{text}</section></main>",
        encoding="utf-8",
    )
    done = run_backcare("import", str(page), home=tmp_path, text=True)
    assert done.returncode == 0, done.stderr
    questions = [e["question"] for e in json.loads(done.stdout)["entries"]]
    assert heading not in questions and len(questions) == 3
    assert heading in done.stderr  # said, never dropped silently


@pytest.mark.parametrize(
    ("heading", "answer"),
    [
        ("Need a GP referral?", "No, you can book directly."),
        ("Ready to return to sport?", "Most people can return gradually after 2 to 6 weeks."),
        ("Still in pain after 6 weeks?", "See your GP."),
    ],
)
def test_a_short_question_with_an_answer_stays(tmp_path: Path, heading: str, answer: str) -> None:
    page = tmp_path / "faq.html"
    page.write_text(
        f"<main><h1>FAQ</h1>{_ACCORDION}<h2>{heading}</h2><p>{answer}</p></main>",
        encoding="utf-8",
    )
    done = run_backcare("import", str(page), home=tmp_path, text=True)
    questions = [e["question"] for e in json.loads(done.stdout)["entries"]]
    assert heading in questions


def test_no_match_line_never_gives_an_undercutting_contact(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "p.json", [HOURS], title="Riverside", contact=UNDERCUT)
    for question in ("I take steroids and my back hurts", "do you do pilates"):
        done = run_backcare("--faq", str(pack), "ask", question, home=tmp_path, text=True)
        assert "never call 999" not in done.stdout + done.stderr
