"""review14's findings on the fourteenth session's merged tree (a cold review), as tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_backcare
from tests.safety_cases import SAFETY


@pytest.mark.parametrize(
    "question",
    [
        # the reader does not see a T-score's minus sign: a score it reads as osteoporosis must be
        # one no normal or osteopenic score can be (osteoporosis is T <= -2.5)
        "My T score is 1 and I have sudden back pain after lifting a box",
        "my dexa T score was 2, I have sudden back pain after lifting a box",
        "my dexa T score was -1.1, I have sudden back pain after lifting a box",
        "My back pain since the DEXA came back normal: t scores 1.0 and 1.2, back pain",
    ],
)
def test_a_t_score_outside_osteoporosis_raises_nothing(question: str) -> None:
    assert "steroids-osteoporosis" not in [f.id for f in SAFETY.check(question)]


@pytest.mark.parametrize(
    "question",
    [
        "my T score was -2.6 and my back hurts since I bent over",
        "DEXA T-score -3.2, my back hurts since yesterday",
    ],
)
def test_an_osteoporotic_t_score_still_raises_the_soon_notice(question: str) -> None:
    assert "steroids-osteoporosis" in [f.id for f in SAFETY.check(question)]


@pytest.mark.parametrize(
    "question",
    [
        "I had a fever with back pain in 2025, which stretches help?",
        "In 2025 I had a fever with my back pain. Which stretches help?",
    ],
)
def test_last_year_told_by_its_number_is_past(question: str) -> None:
    # 'in <year>' is the past, as 'in 2019' is; the year class ended at 2024 (review14)
    assert SAFETY.check(question) == []


def test_an_answer_sentence_ending_two_pages_is_not_a_running_line() -> None:
    from backcare.packs.importers import import_text

    advice = "If your pain is not improving, contact the physiotherapy team on 01632 960000."
    page = (
        "Northbrook Teaching Hospitals\n\n"
        "How long will it last?\nMost back pain gets better within six weeks.\n"
        f"{advice}\n\nLeaflet PHY-12   Page 1 of 3\nNorthbrook Teaching Hospitals\n\n"
        "Should I rest in bed?\nNo. Walk a little every hour.\n"
        f"{advice}\n\nLeaflet PHY-12   Page 2 of 3\nNorthbrook Teaching Hospitals\n\n"
        "Can I work?\nYes, most people can.\n\nLeaflet PHY-12   Page 3 of 3\n"
    )
    entries = import_text(page, "page", "leaflet.txt").to_pack()["entries"]
    assert [advice in e["answer"] for e in entries] == [True, True, False]
    assert not any("Northbrook" in e["answer"] or "Page" in e["answer"] for e in entries)


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (
            "Medicines questions\n\nHow much amitriptyline should I take?\nWeek 1: take\n1/2\n"
            "a tablet at night.\nWeek 2: take\n3/4\na tablet at night.\n\nCan I drink alcohol?\nNo.\n",
            ["1/2", "3/4", "a tablet at night."],
        ),
        (
            "Back care FAQ\n\nWhich exercises should I do?\nGentle stretches, twice a day.\n"
            "See page 4 of your booklet.\n\nWhat about lifting?\nBend your knees.\n"
            "See page 7 of your booklet.\n\nIs it safe to run?\nYes.\n",
            ["See page 4 of your booklet.", "See page 7 of your booklet."],
        ),
    ],
)
def test_a_dose_or_a_page_reference_in_an_answer_is_no_page_number(
    page: str, kept: list[str]
) -> None:
    from backcare.packs.importers import import_text

    answers = " ".join(
        e["answer"] for e in import_text(page, "page", "faq.txt").to_pack()["entries"]
    )
    for text in kept:
        assert text in answers


def test_a_hyphen_join_keeps_the_punctuation_and_a_prefix_that_makes_another_word() -> None:
    from backcare.packs.importers import import_text

    page = (
        "Physiotherapy questions\n\nCan I take ibu-\nprofen?\nYes, if it is safe. Ask your pharma-\n"
        "cist.\n\nWhat if it comes back?\nMost people make a full re-\ncovery. Use heat for self-\n"
        "care, and walk. If your symptoms return, re-\npresent to the emergency department.\n"
    )
    entries = import_text(page, "page", "faq.txt").to_pack()["entries"]
    assert entries[0]["question"] == "Can I take ibu-profen?"
    assert entries[0]["answer"] == "Yes, if it is safe. Ask your pharmacist."
    assert "a full recovery. Use heat for self-care, and walk." in entries[1]["answer"]
    assert "re-present to the emergency department" in entries[1]["answer"]


@pytest.mark.parametrize(
    ("page", "fmt"),
    [
        (
            "# Clinic FAQ\n\n## Can I drive after my injection?\nNot for 24 hours.\n\n"
            "## ~~Should I go to A&E if my leg is numb?~~\nNo, call 111 first.\n\n"
            "## Is parking free?\nYes.\n",
            "markdown",
        ),
        (
            "<html><head><title>T</title></head><body><h2>Can I drive after my injection?</h2>"
            "<p>Not for 24 hours.</p><h2><del>Should I go to A&amp;E if my leg is numb?</del></h2>"
            "<p>No, call 111 first.</p><h2>Is parking free?</h2><p>Yes.</p></body></html>",
            "html",
        ),
    ],
)
def test_a_question_struck_through_whole_withdraws_its_answer_with_a_note(
    page: str, fmt: str
) -> None:
    from backcare.packs.importers import import_text

    result = import_text(page, fmt, "faq")
    entries = result.to_pack()["entries"]
    assert [(e["question"], e["answer"], e.get("topic")) for e in entries] == [
        ("Can I drive after my injection?", "Not for 24 hours.", None),
        ("Is parking free?", "Yes.", None),
    ]
    assert any("No, call 111 first." in str(note) for note in result.notes)


def test_a_device_as_the_cache_is_named_as_such_with_no_chmod_advice(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("# C\n## Is parking free?\nYes.\n", encoding="utf-8")
    done = run_backcare(
        "--faq", str(page), "ask", "parking", home=tmp_path, BACKCARE_CACHE_DIR="/dev/null"
    )
    assert done.returncode == 0 and done.stdout.strip() == b"Yes."
    assert b"/dev/null is not used: it is a character device, not a directory" in done.stderr
    assert b"chmod" not in done.stderr
