"""newcomer9 2: `import --force` over an earlier import keeps what the user added to the pack (its
contact, lexicon and title; each entry's id, aliases, tags and review date), says in notes what was
kept and what could not be (entries gone from the page), and `--contact` sets the contact."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.packs.update import carry_over

PAGE = """<html><head><title>Northgate FAQ</title></head><body><main>
<h2>Booking</h2>
<details><summary>How do I book?</summary><p>Online or by phone.</p></details>
<details><summary>Do you take insurance?</summary><p>Yes, Bupa and AXA.</p></details>
<details><summary>Is there parking?</summary><p>Four spaces behind the clinic.</p></details>
</main></body></html>"""

CONTACT = "Northgate reception: 0161 496 0732"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def imported(runner: CliRunner, tmp_path: Path, page: str = PAGE, *extra: str) -> Any:
    source = tmp_path / "faq.html"
    source.write_text(page, encoding="utf-8")
    return run(runner, "import", str(source), "-o", str(tmp_path / "pack.json"), *extra)


def pack(tmp_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((tmp_path / "pack.json").read_text(encoding="utf-8"))
    return data


def edit(tmp_path: Path, change: Any) -> None:
    data = pack(tmp_path)
    change(data)
    (tmp_path / "pack.json").write_text(json.dumps(data), encoding="utf-8")


def by_question(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["question"]: e for e in data["entries"]}


def add_by_hand(data: dict[str, Any]) -> None:
    data["contact"] = CONTACT
    data["lexicon"] = {"synonyms": [["bupa", "insurance"]]}
    data["title"] = "Northgate Clinic"
    entries = by_question(data)
    entries["Do you take insurance?"]["tags"] = ["bupa", "vitality"]
    entries["Do you take insurance?"]["aliases"] = ["Can I claim on my health plan?"]
    entries["How do I book?"]["id"] = "booking"
    entries["How do I book?"]["reviewed"] = "2026-11-01"


def test_force_keeps_the_pack_settings_and_entry_additions(
    runner: CliRunner, tmp_path: Path
) -> None:
    assert imported(runner, tmp_path).exit_code == 0
    edit(tmp_path, add_by_hand)
    updated = PAGE.replace("Bupa and AXA", "Bupa, AXA and Vitality")
    result = imported(runner, tmp_path, updated, "--force")
    assert result.exit_code == 0, result.stderr
    data = pack(tmp_path)
    assert data["contact"] == CONTACT
    assert data["lexicon"] == {"synonyms": [["bupa", "insurance"]]}
    assert data["title"] == "Northgate Clinic"
    entries = by_question(data)
    insurance = entries["Do you take insurance?"]
    assert insurance["answer"] == "Yes, Bupa, AXA and Vitality."  # the page's new answer
    assert insurance["tags"] == ["bupa", "vitality"]
    assert insurance["aliases"] == ["Can I claim on my health plan?"]
    assert entries["How do I book?"]["id"] == "booking"
    assert entries["How do I book?"]["reviewed"] == "2026-11-01"
    assert "kept from" in result.stderr and "contact" in result.stderr
    assert "kept the pack's title 'Northgate Clinic'" in result.stderr
    assert list(data)[-1] == "entries"  # the pack's own settings first


def test_an_entry_gone_from_the_page_is_named_with_what_could_not_be_carried(
    runner: CliRunner, tmp_path: Path
) -> None:
    imported(runner, tmp_path)
    edit(tmp_path, add_by_hand)
    without = PAGE.replace(
        "<details><summary>Do you take insurance?</summary><p>Yes, Bupa and AXA.</p></details>", ""
    )
    result = imported(runner, tmp_path, without, "--force")
    assert result.exit_code == 0
    assert "Do you take insurance?" not in by_question(pack(tmp_path))
    [line] = [n for n in result.stderr.splitlines() if "no longer on the page" in n]
    assert "'take-insurance'" in line and "'bupa'" in line and "could not be carried" in line


def test_a_reworded_question_is_the_same_entry_by_its_unchanged_answer(
    runner: CliRunner, tmp_path: Path
) -> None:
    imported(runner, tmp_path)
    edit(tmp_path, add_by_hand)
    reworded = PAGE.replace("Do you take insurance?", "Can I pay with health insurance?")
    result = imported(runner, tmp_path, reworded, "--force")
    entry = by_question(pack(tmp_path))["Can I pay with health insurance?"]
    assert entry["id"] == "take-insurance"  # ids stay stable for scripts that stored them
    assert entry["tags"] == ["bupa", "vitality"]
    assert "words its question" in result.stderr
    assert "no longer on the page" not in result.stderr


def test_punctuation_and_case_changes_keep_the_entry(runner: CliRunner, tmp_path: Path) -> None:
    imported(runner, tmp_path)
    edit(tmp_path, add_by_hand)
    changed = PAGE.replace("Do you take insurance?", "Do you take INSURANCE ?").replace(
        "Bupa and AXA", "AXA only"
    )
    imported(runner, tmp_path, changed, "--force")
    assert by_question(pack(tmp_path))["Do you take INSURANCE ?"]["tags"] == ["bupa", "vitality"]


def test_contact_option_sets_replaces_and_removes_the_contact(
    runner: CliRunner, tmp_path: Path
) -> None:
    assert imported(runner, tmp_path, PAGE, "--contact", CONTACT).exit_code == 0
    assert pack(tmp_path)["contact"] == CONTACT
    imported(runner, tmp_path, PAGE, "--force")
    assert pack(tmp_path)["contact"] == CONTACT  # kept on update
    imported(runner, tmp_path, PAGE, "--force", "--contact", "Reception: 0161 000 0000")
    assert pack(tmp_path)["contact"] == "Reception: 0161 000 0000"
    imported(runner, tmp_path, PAGE, "--force", "--contact", "")
    assert "contact" not in pack(tmp_path)


def test_contact_option_on_standard_output_and_its_limits(
    runner: CliRunner, tmp_path: Path
) -> None:
    source = tmp_path / "faq.html"
    source.write_text(PAGE, encoding="utf-8")
    shown = run(runner, "import", str(source), "--contact", CONTACT)
    assert json.loads(shown.stdout)["contact"] == CONTACT
    bad = run(runner, "import", str(source), "--contact", "x" * 5000)
    assert bad.exit_code == 2 and "contact" in bad.stderr


def test_a_pack_with_errors_is_not_replaced(runner: CliRunner, tmp_path: Path) -> None:
    imported(runner, tmp_path)
    edit(tmp_path, lambda d: d["entries"][0].update(tags="not a list"))
    before = (tmp_path / "pack.json").read_text(encoding="utf-8")
    result = imported(runner, tmp_path, PAGE, "--force")
    assert result.exit_code == 2
    assert "has errors" in result.stderr and "backcare validate" in result.stderr
    assert (tmp_path / "pack.json").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("content", "said"),
    [('{"settings": {"theme": "dark"}}', "no 'entries'"), ("hello", "not JSON")],
)
def test_a_file_that_is_no_pack_is_refused_and_kept(
    runner: CliRunner, tmp_path: Path, content: str, said: str
) -> None:
    # newcomer19 F1: it was replaced with a note, and whatever it held was lost
    (tmp_path / "pack.json").write_text(content, encoding="utf-8")
    result = imported(runner, tmp_path, PAGE, "--force")
    assert (
        result.exit_code == 2 and said in result.stderr and "not a backcare pack" in result.stderr
    )
    assert (tmp_path / "pack.json").read_text(encoding="utf-8") == content


def test_an_empty_file_is_replaced_with_a_note(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "pack.json").write_text("\n", encoding="utf-8")
    result = imported(runner, tmp_path, PAGE, "--force")
    assert result.exit_code == 0 and "was empty: replaced" in result.stderr
    assert pack(tmp_path)["title"] == "Northgate FAQ"


@pytest.mark.parametrize("content", ["{}", "[]", "null"])
def test_an_empty_json_value_is_replaced_with_a_note(
    runner: CliRunner, tmp_path: Path, content: str
) -> None:
    # it holds nothing to lose (test_hostile_files: --force over "{}" still writes the pack)
    (tmp_path / "pack.json").write_text(content, encoding="utf-8")
    result = imported(runner, tmp_path, PAGE, "--force")
    assert result.exit_code == 0 and "empty JSON value: replaced" in result.stderr
    assert pack(tmp_path)["title"] == "Northgate FAQ"


# ---- carry_over, the library function ------------------------------------------------------------


def entry(question: str, answer: str, id_: str = "", **more: Any) -> dict[str, Any]:
    return {
        "id": id_ or question.lower().rstrip("?").replace(" ", "-"),
        "question": question,
        "answer": answer,
        **more,
    }


def test_a_new_entry_whose_slug_a_carried_id_took_is_numbered_on() -> None:
    new = {
        "title": "T",
        "entries": [entry("Why?", "New answer.", "why"), entry("Old?", "Old.", "old")],
    }
    earlier = {"title": "T", "entries": [entry("Old?", "Old.", "why")]}
    data, _ = carry_over(new, earlier, "p.json")
    assert [e["id"] for e in data["entries"]] == ["why-2", "why"]


def test_two_entries_sharing_an_answer_are_not_matched_by_it() -> None:
    new = {"title": "T", "entries": [entry("A new one?", "Same."), entry("B new one?", "Same.")]}
    earlier = {"title": "T", "entries": [entry("A old?", "Same.", tags=["x"])]}
    data, notes = carry_over(new, earlier, "p.json")
    assert all("tags" not in e for e in data["entries"])
    assert any("no longer on the page" in n for n in notes)


def test_an_alias_equal_to_the_new_question_is_not_repeated() -> None:
    new = {"title": "T", "entries": [entry("Can I park?", "Yes.")]}
    earlier = {
        "title": "T",
        "entries": [entry("Is there parking?", "Yes.", aliases=["Can I park?"])],
    }
    data, _ = carry_over(new, earlier, "p.json")
    assert "aliases" not in data["entries"][0]


def test_a_changed_answer_keeps_its_review_date_with_a_note() -> None:
    new = {"title": "T", "entries": [entry("Is there parking?", "No longer.")]}
    earlier = {"title": "T", "entries": [entry("Is there parking?", "Yes.", reviewed="2026-01-01")]}
    data, notes = carry_over(new, earlier, "p.json")
    assert data["entries"][0]["reviewed"] == "2026-01-01"
    assert any("review it again" in n for n in notes)


def test_the_earlier_pack_is_not_changed() -> None:
    earlier = {"title": "T", "contact": "c", "entries": [entry("Q?", "A.", tags=["t"])]}
    copy = json.loads(json.dumps(earlier))
    carry_over({"title": "T", "entries": [entry("Q?", "A.")]}, earlier, "p.json")
    assert earlier == copy
