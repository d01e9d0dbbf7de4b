"""newcomer10 F11: an initialism joined by '&' keeps its letters in the id ('A&E' -> 'a-e'), and
the carried-over note counts one entry in the singular."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.cli.author import import_pack
from backcare.packs.importers import slugify


@pytest.mark.parametrize(
    ("question", "slug"),
    [
        ("When should I go to A&E instead?", "should-go-a-e-instead"),
        ("Do you do R&D?", "r-d"),
        ("Is there a B&B nearby?", "there-b-b-nearby"),
        ("Fish & chips nearby?", "fish-chips-nearby"),  # words around a spaced '&': as before
        ("Do you sell fish&chips?", "sell-fish-chips"),  # longer words: two words, as before
    ],
)
def test_an_initialism_with_an_ampersand_stays_in_the_id(question: str, slug: str) -> None:
    assert slugify(question) == slug


def test_one_carried_entry_is_said_in_the_singular(tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text("# FAQ\n\n## Is there parking?\n\nYes, four spaces.\n", encoding="utf-8")
    pack = tmp_path / "faq.json"
    result = import_pack(str(page), pack, "auto", False)
    data = json.loads(pack.read_text(encoding="utf-8"))
    data["entries"][0]["aliases"] = ["Where do I park?"]
    pack.write_text(json.dumps(data), encoding="utf-8")
    result = import_pack(str(page), pack, "auto", True)
    assert any(
        n.endswith("the ids, aliases, tags and review dates of the 1 entry matched")
        for n in result.notes
    )
