"""An entry whose own question describes an emergency the asker's words did not (arch10).

One engine decision (engine/entryflags.entry_emergency, Engine.entry_emergency) for `ask`, `show`
and the prompt's open; the result (`EntryEmergency`) is rendered by the output layer. The answer
is withheld with that emergency's call to action, and the exit status is 1 (no answer given),
never 3: exit 3 says the words asked described an emergency. A pack's author silences a misread
text with the entry's `not_an_emergency` (the exact words reviewed), never the asker's words.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from backcare.cli.browse import entry_red_flags
from backcare.engine.answer import Engine
from backcare.engine.entryflags import EntryEmergency, entry_emergency
from backcare.packs.schema import PackErrors, pack_from_data
from tests.conftest import run_backcare

# an entry the rules misread (a leak on running, its everyday cause not told), and one that does
# describe an emergency, answered with self-care (hostile9 3)
LEAK = {
    "id": "leak",
    "question": "Is it normal to leak a little when I run?",
    "answer": "It is common but not something you have to live with: book our pelvic physio.",
}
NUMB = {
    "id": "numb",
    "question": "My legs have gone numb and I can't pee since this morning. Should I rest?",
    "answer": "Yes, rest in bed for a week and take ibuprofen.",
}
PARKING = {"id": "parking", "question": "Is there parking?", "answer": "Yes, free parking."}
ASKED = "is it normal when i run"  # describes nothing; finds LEAK
EMERGENCY = "i cant feel my bum and i cant pee"


Item = Mapping[str, object]


def pack_data(*entries: Item) -> dict[str, object]:
    return {"title": "Maple", "contact": "0161 555 0199", "entries": [dict(e) for e in entries]}


def write(tmp_path: Path, *entries: Item) -> Path:
    path = tmp_path / "clinic.json"
    path.write_text(json.dumps(pack_data(*entries)), encoding="utf-8")
    return path


REVIEWED = {**LEAK, "not_an_emergency": [LEAK["question"]]}


# the engine: one decision, one result ---------------------------------------------------------


def test_the_engine_withholds_an_entry_whose_question_describes_an_emergency() -> None:
    engine = Engine(pack_from_data(pack_data(LEAK, PARKING), "clinic.json"))
    answer = engine.ask(ASKED)
    assert answer.match is not None and answer.match.entry.id == "leak"
    assert isinstance(answer.withheld, EntryEmergency) and answer.withheld.entry.id == "leak"
    assert answer.withheld.which == "question" and answer.withheld.flags
    assert not answer.answered and not answer.emergency and answer.red_flags == ()
    data = answer.to_dict()
    assert data["match"] is None and data["withheld"]["id"] == "leak"
    assert engine.ask("is there parking").to_dict().keys() == {
        "query",
        "match",
        "results",
        "red_flags",
        "pointer",
        "outcome",
    }  # no `withheld` key when nothing is withheld: every other line as it was


def test_show_and_ask_decide_by_the_same_function() -> None:
    pack = pack_from_data(pack_data(LEAK, PARKING), "clinic.json")
    engine = Engine(pack)
    for entry in pack.entries:
        # `show`: the same function, with the default rules imported when a text is read
        assert entry_emergency(entry, pack.path, entry_red_flags) == engine.entry_emergency(entry)
    assert engine.entry_emergency(pack.by_id["parking"]) is None


def test_the_bundled_faq_is_vetted_and_never_read() -> None:
    from backcare.engine.entryflags import entry_emergency as decide
    from backcare.packs.load import load_pack

    bundled = load_pack()

    def never(text: str) -> tuple[()]:
        raise AssertionError(f"read {text!r}")

    assert all(decide(e, bundled.path, never) is None for e in bundled.entries)


def test_a_reviewed_text_is_silenced_only_for_those_exact_words() -> None:
    aliased = {**REVIEWED, "aliases": ["i cant pee after giving birth"]}
    engine = Engine(pack_from_data(pack_data(aliased, PARKING), "clinic.json"))
    found = engine.entry_emergency(engine.pack.by_id["leak"])
    assert found is not None and found.text == "i cant pee after giving birth"
    assert found.which == "alias"
    reviewed = Engine(pack_from_data(pack_data(REVIEWED, PARKING), "clinic.json"))
    assert reviewed.entry_emergency(reviewed.pack.by_id["leak"]) is None
    answer = reviewed.ask(ASKED)
    assert answer.answered and answer.withheld is None
    # the asker's words are never silenced by an entry's review
    assert reviewed.ask(f"{ASKED}, {EMERGENCY}").emergency


@pytest.mark.parametrize("value", ["Is it normal?", [""], [3], "x" * 3, [LEAK["question"]] * 200])
def test_not_an_emergency_must_be_a_short_list_of_texts(value: object) -> None:
    with pytest.raises(PackErrors, match="not_an_emergency"):
        pack_from_data(pack_data({**LEAK, "not_an_emergency": value}), "clinic.json")


def test_not_an_emergency_survives_the_index_and_to_dict() -> None:
    from backcare.packs.schema import Entry
    from backcare.store.sqlite import _entry_from
    from backcare.store.sqlitebuild import _entry_json

    entry = pack_from_data(pack_data(REVIEWED), "clinic.json").entries[0]
    assert entry.not_an_emergency == (LEAK["question"],)
    assert Entry.from_dict(entry.to_dict()) == entry
    assert _entry_from(json.loads(_entry_json(entry))) == entry
    assert json.loads(_entry_json(entry)) == entry.to_dict()


# every door: ask, JSON, batch, show, the prompt -------------------------------------------------


def test_ask_withholds_it_exit_1_and_never_says_what_you_describe(tmp_path: Path) -> None:
    pack = write(tmp_path, LEAK, PARKING)
    done = run_backcare("--faq", str(pack), "ask", ASKED, home=tmp_path)
    assert done.returncode == 1
    out = done.stdout.decode()
    assert out.startswith("The FAQ's answer is not shown: the question it answers, ")
    assert "If this is happening to you now: " in out and "0161 555 0199" in out
    assert "what you describe" not in out and "EMERGENCY" not in out
    assert LEAK["answer"] not in out
    assert b"no confident match" not in done.stderr


def test_show_answer_prints_it_below_and_the_status_stays_1(tmp_path: Path) -> None:
    pack = write(tmp_path, LEAK, PARKING)
    done = run_backcare("--faq", str(pack), "ask", "--show-answer", ASKED, home=tmp_path)
    assert done.returncode == 1
    out = done.stdout.decode()
    assert out.startswith("Read this first: ") and out.index("happening") < out.index(
        LEAK["answer"]
    )


def test_json_has_no_match_no_red_flags_and_the_withheld_entry(tmp_path: Path) -> None:
    pack = write(tmp_path, LEAK, PARKING)
    done = run_backcare("--faq", str(pack), "ask", "--json", ASKED, home=tmp_path)
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["match"] is None and data["red_flags"] == [] and data["pointer"] is None
    assert data["results"][0]["id"] == "leak"
    withheld = data["withheld"]
    assert withheld["id"] == "leak" and withheld["text"] == LEAK["question"]
    assert all(f["urgency"] == "emergency" for f in withheld["red_flags"])
    assert all(f["action"].endswith("0161 555 0199") for f in withheld["red_flags"])


def test_the_asker_s_emergency_still_exits_3_whatever_the_entry(tmp_path: Path) -> None:
    pack = write(tmp_path, NUMB, PARKING)
    done = run_backcare("--faq", str(pack), "ask", "--json", NUMB["question"], home=tmp_path)
    data = json.loads(done.stdout)
    assert done.returncode == 3 and data["red_flags"] and "withheld" not in data


@pytest.mark.parametrize(
    ("lines", "status"),
    [([ASKED, "is there parking"], 1), ([ASKED, EMERGENCY], 3), (["is there parking"], 0)],
)
def test_a_batch_counts_a_withheld_entry_as_unanswered(
    tmp_path: Path, lines: list[str], status: int
) -> None:
    pack = write(tmp_path, LEAK, PARKING)
    stdin = "\n".join(lines).encode() + b"\n"
    done = run_backcare("--faq", str(pack), "ask", "--json", "-", stdin=stdin, home=tmp_path)
    assert done.returncode == status
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert [("withheld" in o) for o in objects] == [line == ASKED for line in lines]
    plain = run_backcare("--faq", str(pack), "ask", "-", stdin=stdin, home=tmp_path)
    assert plain.returncode == status


def test_show_json_gives_the_withheld_object_never_the_answer(tmp_path: Path) -> None:
    pack = write(tmp_path, NUMB, PARKING)
    done = run_backcare("--faq", str(pack), "show", "--json", "numb", home=tmp_path)
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["id"] == "numb" and data["withheld"]["id"] == "numb"
    assert "answer" not in data and b"rest in bed" not in done.stdout


def test_a_reviewed_entry_is_answered_and_shown_at_every_door(tmp_path: Path) -> None:
    pack = write(tmp_path, REVIEWED, PARKING)
    done = run_backcare("--faq", str(pack), "ask", ASKED, home=tmp_path)
    assert done.returncode == 0 and LEAK["answer"].encode() in done.stdout
    shown = run_backcare("--faq", str(pack), "show", "leak", home=tmp_path)
    assert shown.returncode == 0 and LEAK["answer"].encode() in shown.stdout
    data = json.loads(
        run_backcare("--faq", str(pack), "show", "--json", "leak", home=tmp_path).stdout
    )
    assert data["not_an_emergency"] == [LEAK["question"]]


def test_the_prompt_session_opens_it_withheld_and_exits_0(tmp_path: Path) -> None:
    from io import StringIO

    from backcare.cli.interactive import Session
    from backcare.output.terminal import make_console

    out = StringIO()
    engine = Engine(pack_from_data(pack_data(LEAK, PARKING), "clinic.json"))
    session = Session(engine, make_console("never", width=100, file=out), plain=True)
    session.handle(":show leak")
    assert "is not shown" in out.getvalue() and LEAK["answer"] not in out.getvalue()
    session.handle(":answer")
    assert "Read this first" in out.getvalue() and LEAK["answer"] in out.getvalue()
    session.handle(ASKED)
    assert out.getvalue().count("is not shown") == 2
    assert not session.emergency  # the session exits 0: nothing was described


# validate: the warning, and the review said -----------------------------------------------------


def test_validate_says_a_text_was_reviewed_and_notes_a_stale_review(tmp_path: Path) -> None:
    stale = {**PARKING, "not_an_emergency": ["Is there a car park?"]}
    pack = write(tmp_path, REVIEWED, stale)
    done = run_backcare("validate", "--json", str(pack), home=tmp_path)
    assert done.returncode == 0, done.stdout
    report = json.loads(done.stdout)
    assert report["warnings"] == []
    assert any("'leak'" in n and "reviewed as none" in n for n in report["notes"])
    assert any("'parking'" in n and "silences nothing" in n for n in report["notes"])
    warned = run_backcare("validate", str(write(tmp_path, LEAK, PARKING)), home=tmp_path)
    assert warned.returncode == 1 and b'"not_an_emergency"' in warned.stdout
