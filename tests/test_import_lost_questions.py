"""newcomer10 F1: a Squarespace 7.1 page imported 1 entry of 22, exit 0. Its questions (list items)
are read now; and a page that still loses most of its question lines is said loudly: a warning
with both counts, the pack written, exit 1 (docs/importing.md), through the installed command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from backcare.packs.importers import import_file, import_text
from backcare.packs.importers.coverage import lost_questions, question_lines

PAGE = Path(__file__).parent / "data" / "harden16" / "squarespace_faq.html"
BACKCARE = shutil.which("backcare") or "backcare"
TOPICS = ["Booking & your first visit", "Prices, payment & insurance", "Treatment", "Who we see"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BACKCARE_CONFIG": os.devnull}
    return subprocess.run(
        [BACKCARE, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_the_squarespace_page_imports_its_22_questions_with_their_topics() -> None:
    result = import_file(PAGE)
    accordion = [e for e in result.entries if e["question"] != "Still have a question?"]
    assert len(accordion) == 22
    assert [e["topic"] for e in accordion[:1]] == ["Booking & your first visit"]
    assert sorted({e["topic"] for e in accordion}) == sorted(TOPICS)
    assert sum(e["topic"] == "Who we see" for e in accordion) == 5
    opening = accordion[0]
    assert opening["question"] == "What are your opening hours?"
    assert opening["answer"].startswith("Monday to Friday 7am")
    assert not lost_questions(result.question_lines, len(result.entries))


def _lossy_page(tmp_path: Path) -> Path:
    questions = ["Is there parking", "Do you treat children", "Can I pay by card", "Is it far"]
    items = "".join(
        f"<li><span>{q}?</span> <span>Answer {n}.</span></li>" for n, q in enumerate(questions)
    )
    page = tmp_path / "lossy.html"
    page.write_text(
        f"<main><h2>Where are you?</h2><p>Leeds.</p><ul>{items}</ul><h2>Do you open late?</h2>"
        "<p>Till 8.</p></main>",
        encoding="utf-8",
    )
    return page


def test_a_page_that_lost_most_questions_warns_and_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "pack.json"
    done = _run("import", str(_lossy_page(tmp_path)), "-o", str(out))
    assert done.returncode == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("backcare: warning: the page holds 6 lines that read as questions")
    assert "only 2 entries were imported" in last
    assert len(json.loads(out.read_text(encoding="utf-8"))["entries"]) == 2  # written, to look at


def test_a_page_imported_whole_exits_0(tmp_path: Path) -> None:
    done = _run("import", str(PAGE), "-o", str(tmp_path / "pack.json"))
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr


def test_question_lines_counts_distinct_questions_of_two_words_or_more() -> None:
    assert question_lines(["## Is there parking?\n- **Is there parking?**\nWhy?\nYes."]) == 1
    assert question_lines(["1. Can I pay by card?", "Do you treat kids?"]) == 2


def test_few_question_lines_or_half_kept_is_no_warning() -> None:
    assert lost_questions(4, 0) == ""
    assert lost_questions(10, 5) == ""
    assert "10 lines" in lost_questions(10, 4)
    assert "1 entry was" in lost_questions(5, 1)


def test_a_markdown_page_counts_its_question_lines() -> None:
    result = import_text(
        "# FAQ\n\n## Is there parking?\n\nYes.\n\n## Can I pay?\n\nCards.\n", "markdown"
    )
    assert result.question_lines == 2
