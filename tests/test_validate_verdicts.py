"""speed13: validate keeps the red-flag check's verdicts on a pack's texts and its ranking warnings
beside the snapshot (store/verdicts.py), so a repeated validate reads and ranks nothing; the
warnings, notes and exit status are the same as a first run's, an edited text is read again, and
a damaged file, another key or a library caller without the CLI's tables change nothing."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backcare.cli import entry
from backcare.engine import answer, prebuilt
from backcare.packs import validate
from backcare.store import snapshot, verdicts

PACK: dict[str, Any] = {
    "title": "Verdicts",
    "entries": [
        {
            "id": "numb",
            "question": "My legs went numb and I can't pee since this morning, what now?",
            "answer": "Rest in bed for a week and it will pass.",
            "topic": "signs",
        },
        {
            "id": "groin",
            "question": "Is tingling in the back normal?",
            "answer": "Numbness in the groin and trouble peeing pass in a week or two, no need "
            "to see anyone.",
            "topic": "signs",
        },
        {
            "id": "stiff",
            "question": "Why is my back stiff in the morning?",
            "answer": "Stiffness after a night's rest is common; move gently.",
            "topic": "stiffness",
        },
        {
            "id": "stiff-2",
            # not the same question: a repeated one's ranking warnings are left to
            # duplicate-question (newcomer23 F14), and the cache must keep some
            "question": "Why is my back so stiff in the morning?",
            "answer": "Sleeping still for hours stiffens the back.",
            "topic": "stiffness",
            "aliases": ["how do I fix a stiff door hinge"],
        },
        {"id": "fall", "question": "i fel off a ladder and hit my back", "answer": "Rest."},
    ],
}


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "argv", ["backcare", *argv])
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    with pytest.raises(SystemExit) as done:
        entry.main()
    code = done.value.code
    return (code if isinstance(code, int) else 1), out.getvalue(), err.getvalue()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache of the test's own, its tables and verdicts read afresh."""
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BACKCARE_NO_SNAPSHOT", raising=False)
    snapshot.forget()
    verdicts._OPEN.clear()
    answer._default_safety.cache_clear()
    yield tmp_path / "cache"
    snapshot.forget()
    verdicts._OPEN.clear()
    answer._default_safety.cache_clear()
    prebuilt.use(None)


class Counted:
    """How many texts the red-flag check read and how many questions were ranked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read = 0
        self.ranked = 0
        flags, rules, ranking = answer.red_flags, answer.rule_warnings, validate._ranking

        def read_flags(*args: Any, **kwargs: Any) -> Any:
            self.read += 1
            return flags(*args, **kwargs)

        def read_rules(*args: Any, **kwargs: Any) -> Any:
            self.read += 1
            return rules(*args, **kwargs)

        def rank(*args: Any, **kwargs: Any) -> Any:
            self.ranked += 1
            return ranking(*args, **kwargs)

        monkeypatch.setattr(answer, "red_flags", read_flags)
        monkeypatch.setattr(answer, "rule_warnings", read_rules)
        monkeypatch.setattr(validate, "_ranking", rank)

    def reset(self) -> None:
        self.read = self.ranked = 0


def _again(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts from: tables and verdicts not yet read."""
    snapshot.forget()
    verdicts._OPEN.clear()
    answer._default_safety.cache_clear()


def test_a_repeated_validate_reads_and_ranks_nothing_and_says_the_same(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    counted = Counted(monkeypatch)
    first = run(["validate", "--json", str(pack)], monkeypatch)
    kinds = {w["kind"] for w in json.loads(first[1])["warnings"]}
    # the pack raises each kind the cache keeps
    assert {"emergency-question", "emergency-answer", "not-found-by-own-question"} <= kinds
    assert counted.read and counted.ranked
    assert list((cache / "snapshot").glob("verdicts-*.bin"))
    for argv in (["validate", "--json", str(pack)], ["validate", "--plain", str(pack)]):
        _again(monkeypatch)
        counted.reset()
        fresh = run(argv, monkeypatch)
        assert (counted.read, counted.ranked) == (0, 0)
        if argv[1] == "--json":
            assert fresh == first


def test_an_edited_text_is_read_again_and_the_others_are_not(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    counted = Counted(monkeypatch)
    run(["validate", "--json", str(pack)], monkeypatch)
    edited = json.loads(json.dumps(PACK))
    edited["entries"][2]["question"] = "My legs are numb and I cannot pee, what now?"
    pack.write_text(json.dumps(edited), encoding="utf-8")
    _again(monkeypatch)
    counted.reset()
    kept = run(["validate", "--json", str(pack)], monkeypatch)
    assert counted.read == 1  # the edited question alone (answers unchanged: kept)
    assert counted.ranked  # the pack changed: its rankings are made again
    # the same as a validate with nothing kept
    monkeypatch.setenv("BACKCARE_NO_SNAPSHOT", "1")
    _again(monkeypatch)
    assert run(["validate", "--json", str(pack)], monkeypatch) == kept
    warned = {w["id"] for w in json.loads(kept[1])["warnings"] if w["kind"] == "emergency-question"}
    assert {"numb", "stiff", "fall"} <= warned


@pytest.mark.parametrize(
    "content",
    [
        b"not marshal data",
        b"",
        # marshal data of other shapes: a verdict of the wrong kind under every key validate asks
        None,
    ],
)
def test_a_damaged_verdicts_file_changes_nothing(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    first = run(["validate", "--json", str(pack)], monkeypatch)
    (path,) = (cache / "snapshot").glob("verdicts-*.bin")
    if content is None:
        import marshal

        kept = marshal.loads(path.read_bytes())
        content = marshal.dumps(dict.fromkeys(kept, (("x", 1),)))
    path.write_bytes(content)
    _again(monkeypatch)
    assert run(["validate", "--json", str(pack)], monkeypatch) == first


def test_a_library_caller_keeps_nothing_in_the_users_cache(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    prebuilt.use(None)
    report = validate.validate_pack(pack)
    assert report.warnings
    assert not list(cache.glob("**/verdicts-*.bin"))


def test_without_a_snapshot_nothing_is_kept(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    monkeypatch.setenv("BACKCARE_NO_SNAPSHOT", "1")
    run(["validate", "--json", str(pack)], monkeypatch)
    assert not list(cache.glob("**/verdicts-*.bin"))


def _count_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The verdicts files written (store/verdicts.py's one writer), by name."""
    written: list[str] = []
    write = verdicts._write

    def counted(path: str, content: bytes) -> None:
        written.append(Path(path).name)
        write(path, content)

    monkeypatch.setattr(verdicts, "_write", counted)
    return written


def test_a_first_validate_writes_its_verdicts_once_and_a_repeated_one_never(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every check (rankings, questions, answers, notice tiers) reads texts; the file holding all
    # their readings is written once, after them (four times before, issue 17)
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    written = _count_writes(monkeypatch)
    first = run(["validate", "--json", str(pack)], monkeypatch)
    assert len(written) == 1
    (path,) = (cache / "snapshot").glob("verdicts-*.bin")
    assert written == [path.name]
    import marshal

    kinds = marshal.loads(path.read_bytes())
    assert len(kinds) >= 2 * len(PACK["entries"])  # the questions' and the answers' verdicts
    _again(monkeypatch)
    written.clear()
    counted = Counted(monkeypatch)
    assert run(["validate", "--json", str(pack)], monkeypatch) == first
    assert (written, counted.read, counted.ranked) == ([], 0, 0)


def test_an_import_writes_its_checks_verdicts_once(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "faq.md"
    page.write_text(
        "# Clinic FAQ\n\n## My legs went numb and I can't pee, what now?\n\nRest in bed.\n\n"
        "## Why is my back stiff in the morning?\n\nMove gently.\n",
        encoding="utf-8",
    )
    written = _count_writes(monkeypatch)
    code, _, _ = run(["import", str(page), "-o", str(tmp_path / "out.json")], monkeypatch)
    assert code == 0
    assert len(written) == 1


def test_saving_twice_writes_only_when_something_was_read_in_between(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _count_writes(monkeypatch)
    path = tmp_path / "verdicts-key.bin"
    kept = verdicts.Verdicts(str(path))
    kept.put(verdicts.Verdicts.digest("question", "a"), ("x",))
    kept.save()
    kept.save()  # nothing new: not written again
    assert len(written) == 1
    kept.put(verdicts.Verdicts.digest("question", "b"), ("y",))
    kept.save()
    assert len(written) == 2
    assert len(verdicts.Verdicts(str(path))._kept) == 2  # the first text's verdict kept too
