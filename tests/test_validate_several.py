"""`validate A B ...`: every file's errors and warnings, each attributed to its file, in plain and
JSON output, and the exit code from all of them (not only up to the first file that fails)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.packs.validate import validate_pack
from tests.conftest import PackWriter

TYPES = {"entries": [{"id": 1, "question": 2, "answer": 3}]}  # 3 errors
DUP = {
    "entries": [
        {"id": "a", "question": "Why does my back hurt?", "answer": "x"},
        {"id": "a", "question": "Can I park at the clinic?", "answer": "y"},
    ]
}  # 1 error
NO_TOPIC = {
    "entries": [
        {"id": "park", "question": "Can I park at the clinic?", "answer": "Yes.", "topic": "visit"},
        {"id": "pay", "question": "How do I pay for a session?", "answer": "By card."},
    ]
}  # passes, with a no-topic warning on 'pay'


@pytest.fixture
def files(write_pack: PackWriter) -> dict[str, Path]:
    return {
        "types": write_pack(TYPES, "types.json"),
        "dup": write_pack(DUP, "dup.json"),
        "warned": write_pack(NO_TOPIC, "warned.json"),
        "bad": write_pack("not json", "evil.json"),
    }


def validate(*args: str) -> Any:
    return CliRunner().invoke(app, ["validate", *args])


@pytest.mark.parametrize("order", [("types", "dup"), ("dup", "types"), ("bad", "dup")])
def test_every_pack_s_errors_are_reported_in_json(files: dict[str, Path], order: Any) -> None:
    paths = [str(files[name]) for name in order]
    result = validate(*paths, "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    expected = {"types": 3, "dup": 1, "bad": 1}
    assert data["error_count"] == sum(expected[name] for name in order)
    assert [p["pack"] for p in data["packs"]] == paths
    for name, part in zip(order, data["packs"], strict=True):
        assert part["error_count"] == expected[name] == len(part["errors"])
        assert all(error.startswith(f"{files[name]}: ") for error in part["errors"])
    assert data["errors"] == [e for part in data["packs"] for e in part["errors"]]
    dup_errors = [e for e in data["errors"] if "duplicate id" in e]
    assert len(dup_errors) == 1  # once, attributed to dup.json


def test_entries_count_every_file(files: dict[str, Path]) -> None:
    data = json.loads(validate(str(files["types"]), str(files["dup"]), "--json").stdout)
    assert data["entries"] == 3 and [p["entries"] for p in data["packs"]] == [1, 2]


def test_plain_output_lists_every_pack_s_errors_on_stderr(files: dict[str, Path]) -> None:
    result = validate(str(files["types"]), str(files["dup"]), str(files["warned"]))
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 4
    assert sum(str(files["dup"]) in line for line in errors) == 1
    assert f"{files['types']}: 1 entry, 3 errors" in result.stdout
    assert f"{files['dup']}: 2 entries, 1 error" in result.stdout
    assert f"{files['warned']}: 2 entries, 1 warning" in result.stdout


def test_a_passing_pack_s_warnings_are_kept_beside_another_s_errors(
    files: dict[str, Path],
) -> None:
    result = validate(str(files["dup"]), str(files["warned"]), "--json")
    assert result.exit_code == 2  # errors outrank warnings
    data = json.loads(result.stdout)
    (warning,) = data["warnings"]
    assert warning["kind"] == "no-topic" and warning["id"] == "pay"
    assert warning["pack"] == str(files["warned"])
    assert data["packs"][1]["warnings"] == [warning] and data["packs"][0]["warnings"] == []
    plain = validate(str(files["dup"]), str(files["warned"]))
    assert f"no-topic\tpay\thas no topic while others do\t{files['warned']}" in plain.stdout


def test_ids_used_in_two_packs_are_an_error_of_the_later_one(write_pack: PackWriter) -> None:
    first = write_pack(NO_TOPIC, "first.json")
    second = write_pack({"entries": [{**NO_TOPIC["entries"][0], "topic": "visit"}]}, "second.json")
    report = validate_pack([first, second])
    assert report.status == "errors" and report.error_count == 1
    assert [p.error_count for p in report.packs] == [0, 1]
    assert "id also used in" in report.packs[1].errors[0]


def test_the_same_file_twice_is_an_error_of_the_repeat(files: dict[str, Path]) -> None:
    data = json.loads(validate(str(files["warned"]), str(files["warned"]), "--json").stdout)
    assert [p["error_count"] for p in data["packs"]] == [0, 1]
    assert "given twice" in data["packs"][1]["errors"][0]


def test_one_pack_keeps_the_documented_shape(files: dict[str, Path]) -> None:
    data = json.loads(validate(str(files["warned"]), "--json").stdout)
    assert set(data) == {"pack", "entries", "errors", "error_count", "warnings", "backcare"}
    assert set(data["warnings"][0]) == {"kind", "id", "message"}


def test_clean_packs_together_exit_0(write_pack: PackWriter) -> None:
    one = write_pack({"entries": [NO_TOPIC["entries"][0]]}, "one.json")
    two = write_pack({"entries": [{**NO_TOPIC["entries"][1], "topic": "money"}]}, "two.json")
    result = validate(str(one), str(two), "--json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["error_count"] == 0


# A clinic's practical questions: nothing on back care, so nothing of the bundled pack's to compete
# with; beside the bundled pack they change every word's frequency in the search together.
ADMIN = {
    "entries": [
        {"id": i, "question": q, "answer": a, "topic": "Visits"}
        for i, q, a in [
            ("parking", "Is there parking at the clinic?", "Yes, free parking behind it."),
            ("pay", "How do I pay for my appointment?", "By card or cash at reception."),
            ("cancel", "Can I cancel my appointment?", "Yes, with 24 hours notice."),
            ("wear", "What should I wear to my first session?", "Loose clothes such as shorts."),
            ("gp", "Do I need a GP referral?", "No, you can book directly."),
            ("insurance", "Do you accept health insurance?", "Yes, most insurers, Bupa and AXA."),
            ("long", "How long is a session?", "First sessions last 45 minutes, then 30."),
            ("online", "Can I book online?", "Yes, on our website's booking page."),
            ("home", "Do you offer home visits?", "Yes, within five miles, for an extra fee."),
            ("massage", "Do you offer sports massage?", "Yes, on Saturdays."),
            ("child", "Do you treat children?", "Yes, from age eight with a parent present."),
            ("bring", "Can I bring someone with me?", "Yes, a friend or relative is welcome."),
        ]
    ]
}
RANKED = ("not-found-by-own-question", "competing-entries")


def ranked_warnings(report: Any) -> set[tuple[str, str, str]]:
    return {(w.kind, w.entry_id, w.message) for w in report.warnings if w.kind in RANKED}


@pytest.mark.parametrize("bundled_first", [True, False])
def test_a_clinic_pack_beside_the_bundled_one_leaves_each_file_s_own_pairs_as_they_are(
    write_pack: PackWriter, bundled_first: bool
) -> None:
    # newcomer 6, item 6: `validate bundled clinic.json` warned that two bundled entries compete
    # (48.6 alone, 50.5 beside the clinic's pack), which `validate bundled` does not say and the
    # clinic cannot change: a clinic's CI that checks both failed
    clinic = str(write_pack(ADMIN, "clinic.json"))
    names = ["bundled", clinic] if bundled_first else [clinic, "bundled"]
    together = validate_pack(names)
    assert together.status == "clean", together.warnings
    for name in names:
        alone = ranked_warnings(validate_pack(name))
        assert {
            (k, i, m) for k, i, m in ranked_warnings(together) if i in by_file(names)[name]
        } == (alone)
    result = validate(*names, "--json")
    assert result.exit_code == 0, result.stdout


def by_file(names: list[str]) -> dict[str, set[str]]:
    from backcare.packs.multi import load_one

    return {name: {e.id for e in load_one(name).entries} for name in names}


def test_a_clinic_entry_competing_with_a_bundled_one_is_warned_under_the_clinic_s_entry(
    write_pack: PackWriter,
) -> None:
    entry = {
        "id": "stiff-when-sitting",
        "question": "Why does my back get stiff when I sit at my desk?",
        "answer": "Sitting still for long stiffens the back; stand up every half hour.",
        "topic": "Visits",
    }
    clinic = str(write_pack({"entries": [*ADMIN["entries"], entry]}, "clinic.json"))
    report = validate_pack(["bundled", clinic])
    competing = [w for w in report.warnings if w.kind == "competing-entries"]
    assert [(w.entry_id, w.pack) for w in competing] == [("stiff-when-sitting", clinic)]
    assert "'back-get-stiff-sit'" in competing[0].message
    assert validate("bundled", clinic).exit_code == 1


def test_a_pair_within_the_clinic_s_pack_is_warned_alone_and_together(
    write_pack: PackWriter,
) -> None:
    fees = [
        {"id": "session-cost", "question": "How much does a physio session cost?",
         "answer": "£50 for a session.", "topic": "Fees"},
        {"id": "session-price", "question": "What is the price of a physio session?",
         "answer": "Sessions are £50.", "topic": "Fees"},
    ]  # fmt: skip
    clinic = str(write_pack({"entries": [*ADMIN["entries"], *fees]}, "clinic.json"))
    expected = [("competing-entries", "session-cost", clinic)]
    for names in ([clinic], ["bundled", clinic], [clinic, "bundled"]):
        report = validate_pack(names)
        found = [(w.kind, w.entry_id, w.pack or clinic) for w in report.warnings]
        assert found == expected, names
