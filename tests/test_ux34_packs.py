"""newcomer23 F4 (ux34): the same question in two Markdown pages gave both the same generated id,
and the "ids must be unique" error took down every question of both. An id a page's importer
made is renamed `-2` with a note; ids a person wrote still collide."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backcare.packs.multi import load_packs
from backcare.packs.schema import PackErrors
from backcare.packs.validate import validate_pack
from tests.conftest import PYTHON_M, REPO, isolated_env, run_backcare

CLINIC = "# Clinic\n\n## Where do you meet?\n\nAt the hall.\n\n## Is there parking?\n\nYes, behind the hall.\n"
OTHER = "# Conditions\n\n## What is sciatica?\n\nPain along the nerve.\n\n## Is there parking?\n\nOn the street.\n"


def pack_json(entry_id: str) -> str:
    entry = {
        "id": entry_id,
        "question": "Is there parking?",
        "answer": "Ask at the desk.",
        "topic": "Visiting",
    }
    return json.dumps({"title": "Written", "entries": [entry]})


def test_two_pages_asking_the_same_question_are_searched_together(tmp_path: Path) -> None:
    (tmp_path / "clinic.md").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER, encoding="utf-8")
    notes: list[str] = []
    pack = load_packs([tmp_path / "clinic.md", tmp_path / "other.md"], notes)
    assert pack.by_id["there-parking"].answer == "Yes, behind the hall."
    assert pack.by_id["there-parking-2"].answer == "On the street."
    [note] = [n for n in notes if "gets the id" in n]
    assert note.startswith(
        f"{tmp_path / 'other.md'}: question 'Is there parking?' gets the id 'there-parking'"
    )
    assert "named 'there-parking-2' here" in note and "reword its heading" in note


@pytest.mark.parametrize("json_first", [True, False])
def test_a_page_id_that_a_written_id_uses_is_the_one_renamed(
    tmp_path: Path, json_first: bool
) -> None:
    (tmp_path / "clinic.md").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "written.json").write_text(pack_json("there-parking"), encoding="utf-8")
    names = [tmp_path / "written.json", tmp_path / "clinic.md"]
    pack = load_packs(names if json_first else names[::-1], [])
    assert pack.by_id["there-parking"].answer == "Ask at the desk."  # the person's id stays
    assert pack.by_id["there-parking-2"].answer == "Yes, behind the hall."


def test_ids_written_by_a_person_still_collide(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(pack_json("parking"), encoding="utf-8")
    (tmp_path / "b.json").write_text(pack_json("parking"), encoding="utf-8")
    with pytest.raises(PackErrors, match="ids must be unique"):
        load_packs([tmp_path / "a.json", tmp_path / "b.json"])


def test_validate_warns_instead_of_failing(tmp_path: Path) -> None:
    (tmp_path / "clinic.md").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER, encoding="utf-8")
    report = validate_pack([tmp_path / "clinic.md", tmp_path / "other.md"])
    assert report.error_count == 0 and report.status == "warnings"
    assert any("named 'there-parking-2' here" in note for note in report.import_warnings)


def test_ask_with_two_pages_answers_and_says_why_an_id_changed(tmp_path: Path) -> None:
    (tmp_path / "clinic.md").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER, encoding="utf-8")
    done = run_backcare(  # this checkout's backcare: `python -m` from the repository
        "--faq",
        str(tmp_path / "clinic.md"),
        "--faq",
        str(tmp_path / "other.md"),
        "ask",
        "where do you meet",
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "At the hall."
    assert "named 'there-parking-2' here" in done.stderr


LOSSY = "# FAQ\n\n## Is there parking?\nYes, behind the hall.\n---\n## Can I bring my dog?\n\nOnly assistance dogs.\n"


def test_validate_questions_keeps_the_check_marks_and_their_exit_1(tmp_path: Path) -> None:
    """newcomer23 F5: with --questions the notes lost their [check] marks and the exit was 0 for
    a page whose import misread content, every question answered."""
    (tmp_path / "faq.md").write_text(LOSSY, encoding="utf-8")
    (tmp_path / "asked.txt").write_text("can I bring my dog\n", encoding="utf-8")
    done = run_backcare(
        "validate",
        str(tmp_path / "faq.md"),
        "--questions",
        str(tmp_path / "asked.txt"),
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert done.returncode == 1, done.stderr
    assert "1 answered (100% of 1)" in done.stdout
    [marked] = [line for line in done.stderr.splitlines() if "underlined" in line]
    assert marked.endswith(" [check]")


def test_a_page_opening_with_front_matter_gets_the_markdown_pointer(tmp_path: Path) -> None:
    """newcomer23 F7: `mktemp` gives no extension; a page opening with front matter had no
    'it looks like Markdown' pointer, which the same page opening with `# FAQ` had."""
    from backcare.errors import PackError
    from backcare.packs.load import load_pack, markup_kind

    page = "---\ntitle: Exercises\nauthor: Tomasz\n---\n\n## Can I swim?\n\nYes.\n"
    assert markup_kind(page.encode(), "old") == "Markdown"
    assert markup_kind(b"---\n\nplain words\n", "old") is None  # a rule alone is no front matter
    (tmp_path / "old").write_text(page, encoding="utf-8")
    with pytest.raises(
        PackError, match="it looks like Markdown: make a pack with `backcare import"
    ):
        load_pack(tmp_path / "old")


@pytest.mark.parametrize("against", ["/dev/stdin"])  # `-` reads the pipe since ux35 (test_ux35)
def test_against_from_a_pipe_says_to_save_it_first_never_to_use_dev_stdin(
    tmp_path: Path, against: str
) -> None:
    (tmp_path / "faq.md").write_text(LOSSY, encoding="utf-8")
    done = subprocess.run(  # a real pipe, as `git show HEAD~1:faq.md | backcare ...` gives
        f"printf '# FAQ\\n' | {sys.executable} -m backcare validate {tmp_path / 'faq.md'} --against {against}",
        shell=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=isolated_env(tmp_path, BACKCARE_CONFIG="/dev/null"),
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "save what you pipe to a file first, keeping its extension" in line
    assert "/dev/stdin, to pipe" not in line


@pytest.mark.parametrize(
    "message",
    [
        '=HYPERLINK("http://x","click")',
        '=HYPERLINK("https://portal.example/a?b=c","click here")',
        "see https://www.nhs.uk/conditions/back-pain/ my back hurts",
        "mail jan.kowalski@example.org about my back pain",
    ],
)
def test_an_address_is_no_language(message: str) -> None:
    """newcomer23 F17: a formula a spreadsheet export left in a message was "not English"."""
    from backcare.engine.answer import Engine
    from backcare.packs.load import load_pack

    assert "not_english" not in Engine(load_pack()).ask(message).to_dict()


def test_a_message_in_another_language_beside_an_address_is_still_not_english() -> None:
    from backcare.engine.language import reads_as_english

    assert not reads_as_english("moj maz nie czuje nog, pisz na jan.kowalski@example.pl")
    assert not reads_as_english('=HYPERLINK("http://x","Klicken Sie hier bitte jetzt")')


def test_import_of_several_files_says_it_reads_one_and_how_to_search_several(
    tmp_path: Path,
) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(CLINIC, encoding="utf-8")
    done = run_backcare(
        "import",
        str(tmp_path / "a.md"),
        str(tmp_path / "b.md"),
        "-o",
        str(tmp_path / "all.json"),
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "import reads one file" in line and "--faq a.md --faq b.md" in line


def test_a_long_answer_warning_names_the_limit_and_the_fix() -> None:
    from backcare.engine.answer import Engine
    from backcare.packs.schema import pack_from_data
    from backcare.packs.validate import LONG_ANSWER, check

    entry = {"id": "long", "question": "What should I bring?", "answer": "Bring it. " * 300}
    entry["topic"] = "Visits"
    pack = pack_from_data({"title": "T", "entries": [entry]}, "t.json")
    [warning] = [w for w in check(Engine(pack)) if w.kind == "long-answer"]
    assert f"over {LONG_ANSWER:,}" in warning.message
    assert "split it into entries" in warning.message
