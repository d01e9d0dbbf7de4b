"""Several packs searched together: one Pack, ids unique across files, each entry knows its pack."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from backcare.engine.answer import Engine
from backcare.errors import PackError
from backcare.packs.load import load_pack
from backcare.packs.multi import BUNDLED_NAME, faq_paths, load_packs
from backcare.packs.schema import PackErrors
from tests.conftest import PackWriter

CLINIC = {
    "title": "Riverside Physio",
    "contact": "Call reception on 01234 567890",
    "entries": [
        {
            "id": "book-appointment",
            "question": "How do I book an appointment?",
            "answer": "Call reception or book online.",
            "topic": "appointments",
        },
        {
            "id": "parking",
            "question": "Is there parking at the clinic?",
            "answer": "Yes, behind the building.",
            "topic": "pain relief",
        },
    ],
    "lexicon": {"synonyms": [["appointment", "booking", "session"]]},
}


def test_bundled_and_a_clinic_pack_are_searched_together(write_pack: PackWriter) -> None:
    clinic = str(write_pack(CLINIC, "clinic.json"))
    pack = load_packs([BUNDLED_NAME, clinic])
    assert len(pack.entries) == 14
    assert pack.title == "Back care FAQ + Riverside Physio"
    assert pack.contact == "Call reception on 01234 567890"
    assert [p.path for p in pack.parts] == ["bundled", clinic]
    assert [p.entries for p in pack.parts] == [12, 2]
    engine = Engine(pack)
    booking = engine.ask("can I get a booking").match
    assert booking is not None and booking.entry.id == "book-appointment"
    assert booking.entry.pack == clinic
    origin = pack.origin(booking.entry)
    assert origin is not None and origin.title == "Riverside Physio"
    stiff = engine.ask("stiff back after sitting").match
    assert stiff is not None and stiff.entry.pack == "bundled"
    assert stiff.entry.to_dict()["pack"] == "bundled"


def test_topics_and_synonyms_are_merged_in_pack_order(write_pack: PackWriter) -> None:
    pack = load_packs([BUNDLED_NAME, str(write_pack(CLINIC, "clinic.json"))])
    topics = pack.topics()
    assert topics[-1] == "appointments" and topics.count("pain relief") == 1
    assert ("appointment", "booking", "session") in pack.synonyms
    assert pack.builtin_lexicon
    assert pack.get("parking") is not None and pack.get("back-get-stiff-sit") is not None


def test_builtin_vocabulary_stays_on_unless_every_pack_turns_it_off(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    off = {**small_pack, "lexicon": {"builtin": False}}
    a = str(write_pack(off, "a.json"))
    b = str(write_pack({**CLINIC, "lexicon": {"builtin": False}}, "b.json"))
    assert not load_packs([a, b]).builtin_lexicon
    assert load_packs([a, BUNDLED_NAME]).builtin_lexicon


def test_colliding_ids_name_both_files_and_every_collision(write_pack: PackWriter) -> None:
    first = str(write_pack(CLINIC, "a.json"))
    second = str(write_pack({**CLINIC, "title": "Copy"}, "b.json"))
    with pytest.raises(PackErrors) as info:
        load_packs([first, second])
    assert info.value.errors == (
        f"{second}: entries[0] (id 'book-appointment'): id also used in {first} (entries[0]); "
        "ids must be unique across the packs searched together",
        f"{second}: entries[1] (id 'parking'): id also used in {first} (entries[1]); "
        "ids must be unique across the packs searched together",
    )


def test_the_same_file_twice_is_an_error_saying_so(
    write_pack: PackWriter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_pack(CLINIC, "a.json")
    with pytest.raises(PackError, match=r"a\.json: given twice; each pack may be used once"):
        load_packs([str(path), str(path)])
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PackError, match=r"given twice \(same file as .*a.json\)"):
        load_packs([str(path), "./a.json"])
    with pytest.raises(PackError, match="bundled: given twice"):
        load_packs([BUNDLED_NAME, BUNDLED_NAME])


def test_an_invalid_pack_among_several_is_named(write_pack: PackWriter) -> None:
    good = str(write_pack(CLINIC, "good.json"))
    bad = str(write_pack({"entries": [{"id": "x y", "question": "Q?", "answer": "A"}]}, "bad.json"))
    with pytest.raises(PackError, match=r"bad\.json: entries\[0\]"):
        load_packs([good, bad])
    with pytest.raises(PackError, match=r"missing\.json: no such file"):
        load_packs([good, str(Path(good).with_name("missing.json"))])


def test_one_pack_is_returned_as_load_pack_gives_it(write_pack: PackWriter) -> None:
    path = write_pack(CLINIC, "clinic.json")
    assert load_packs([str(path)]) == load_pack(path)
    assert load_packs([]) == load_pack()
    assert all(e.pack == "" for e in load_packs([str(path)]).entries)
    assert load_packs([BUNDLED_NAME]).entries == load_pack().entries


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, []),
        ("", []),
        ("a.json", ["a.json"]),
        (f"a.json{os.pathsep}bundled", ["a.json", "bundled"]),
        (f"{os.pathsep}a.json{os.pathsep}{os.pathsep} b.json {os.pathsep}", ["a.json", "b.json"]),
    ],
)
def test_backcare_faq_may_hold_a_path_list(value: str | None, expected: list[str]) -> None:
    assert faq_paths(value) == expected
