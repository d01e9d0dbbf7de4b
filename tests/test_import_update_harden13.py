"""review9 3b (harden13): `import --force` after a light rewording kept nothing the user added and
gave the user's id 'price' to an unrelated new entry, with exit 0 and no copy of the old pack.
Entries are now also matched by similar questions; what still cannot be carried is kept in a
backup beside the pack (PACK.bak, numbered on, never overwritten), named in a note; an id the user
gave an entry never moves to another entry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.packs.update import carry_over

P1 = """# Northgate Physio FAQ

## How much does a session cost?
A session costs £50.

## Do I need a referral?
No, you can book directly.

## What should I bring?
Loose clothing.

## Do you treat sciatica?
Yes, we treat sciatica.
"""

P2 = """# Northgate Physio FAQ

## What does a session cost?
A session costs £55.

## Do I need a referral from my GP?
No, you can book directly without one.

## What should I bring with me?
Loose clothing and a list of your medicines.

## Price?
See the price list at the desk.
"""


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def pack(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def setup(tmp_path: Path) -> Path:
    (tmp_path / "p1.md").write_text(P1, encoding="utf-8")
    (tmp_path / "p2.md").write_text(P2, encoding="utf-8")
    out = tmp_path / "p.json"
    assert run("import", str(tmp_path / "p1.md"), "-o", str(out)).exit_code == 0
    data = pack(out)
    by_q = {e["question"]: e for e in data["entries"]}
    session = by_q["How much does a session cost?"]
    session.update(id="price", aliases=["How much is it?"], tags=["fees"])
    by_q["Do I need a referral?"]["aliases"] = ["Can I self-refer?"]
    by_q["What should I bring?"].update(aliases=["What do I wear?"], reviewed="2026-11-01")
    by_q["Do you treat sciatica?"]["aliases"] = ["Can you help my sciatica?"]
    data["contact"] = "0161 555 0100"
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def test_light_rewording_keeps_every_addition(tmp_path: Path) -> None:
    out = setup(tmp_path)
    result = run("import", str(tmp_path / "p2.md"), "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    by_q = {e["question"]: e for e in pack(out)["entries"]}
    session = by_q["What does a session cost?"]
    assert session["id"] == "price" and session["aliases"] == ["How much is it?"]
    assert session["tags"] == ["fees"]
    assert by_q["Do I need a referral from my GP?"]["aliases"] == ["Can I self-refer?"]
    assert by_q["What should I bring with me?"]["reviewed"] == "2026-11-01"
    # the user's id never moves to another entry
    assert by_q["Price?"]["id"] != "price"


def test_what_cannot_be_carried_is_kept_in_a_numbered_backup(tmp_path: Path) -> None:
    out = setup(tmp_path)
    before = out.read_bytes()
    result = run("import", str(tmp_path / "p2.md"), "-o", str(out), "--force")
    backup = tmp_path / "p.json.bak"
    assert backup.read_bytes() == before  # the sciatica entry's alias is there
    assert f"{backup}" in result.stderr and "Can you help my sciatica?" not in out.read_text()
    # a second time: the first backup is never overwritten
    out.write_bytes(before)
    again = run("import", str(tmp_path / "p2.md"), "-o", str(out), "--force")
    assert backup.read_bytes() == before
    assert (tmp_path / "p.json.bak.2").read_bytes() == before
    assert "p.json.bak.2" in again.stderr


def test_no_backup_when_everything_was_carried(tmp_path: Path) -> None:
    out = setup(tmp_path)
    run("import", str(tmp_path / "p1.md"), "-o", str(out), "--force")
    assert not (tmp_path / "p.json.bak").exists()


def test_a_gone_entrys_user_id_is_not_given_to_a_new_entry() -> None:
    earlier = {
        "title": "T",
        "entries": [{"id": "price", "question": "Do you treat knees?", "answer": "Yes."}],
    }
    new = {
        "title": "T",
        "entries": [{"id": "price", "question": "Price?", "answer": "See the desk."}],
    }
    data, _ = carry_over(new, earlier, "p.json")
    assert data["entries"][0]["id"] == "price-2"


def test_different_questions_are_not_matched_by_similarity() -> None:
    earlier = {
        "title": "T",
        "entries": [
            {"id": "a", "question": "Do you treat sciatica?", "answer": "Yes.", "tags": ["x"]}
        ],
    }
    new = {"title": "T", "entries": [{"id": "b", "question": "Price?", "answer": "£50."}]}
    data, _ = carry_over(new, earlier, "p.json")
    assert "tags" not in data["entries"][0]


# ---- review9 3c: the page's new title follows when the user never changed it --------------------


def test_a_title_the_user_did_not_change_follows_the_page(tmp_path: Path) -> None:
    (tmp_path / "p1.md").write_text(P1, encoding="utf-8")
    renamed = P1.replace("# Northgate Physio FAQ", "# Southgate Physio FAQ")
    (tmp_path / "p3.md").write_text(renamed, encoding="utf-8")
    out = tmp_path / "q.json"
    assert run("import", str(tmp_path / "p1.md"), "-o", str(out)).exit_code == 0
    result = run("import", str(tmp_path / "p3.md"), "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert pack(out)["title"] == "Southgate Physio FAQ"
    assert "kept the pack's title" not in result.stderr
    assert run("validate", str(out)).exit_code == 0


def test_a_title_the_user_changed_is_kept_when_the_page_renames_too(tmp_path: Path) -> None:
    (tmp_path / "p1.md").write_text(P1, encoding="utf-8")
    renamed = P1.replace("# Northgate Physio FAQ", "# Southgate Physio FAQ")
    (tmp_path / "p3.md").write_text(renamed, encoding="utf-8")
    out = tmp_path / "q.json"
    run("import", str(tmp_path / "p1.md"), "-o", str(out))
    data = pack(out)
    data["title"] = "Northgate Clinic"
    out.write_text(json.dumps(data), encoding="utf-8")
    result = run("import", str(tmp_path / "p3.md"), "-o", str(out), "--force")
    assert pack(out)["title"] == "Northgate Clinic"
    assert "kept the pack's title 'Northgate Clinic'" in result.stderr
