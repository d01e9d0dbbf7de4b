"""The data files' sums in the snapshot's key, remembered by file identity (store/datasums.py): the
same key as checksumming the bytes, the files read again whenever their identity changed or the
record is racy, damaged, foreign or not the user's own."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare.engine import prebuilt
from backcare.resources import data_file
from backcare.store import datasums, snapshot
from backcare.store.datasums import RECORD, checksum, data_sums

OTHERS = [name for name in snapshot.DATA_FILES if name not in snapshot.PARSED]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BACKCARE_NO_SNAPSHOT", raising=False)
    yield tmp_path / "cache"
    prebuilt.use(None)
    snapshot.forget()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the data files the key reads for nothing else, which a test may edit."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in OTHERS:
        shutil.copy(data_file(name), folder / name)
    monkeypatch.setattr(datasums, "data_file", lambda name: str(folder / name))
    # the copies' ctimes are now, which cannot be set back: a record made after them is trusted
    # (test_a_racy_record_is_not_trusted puts the bound back)
    monkeypatch.setattr(datasums, "RACY_NS", 0)
    return folder


def reading(folder: Path, read: list[str]) -> object:
    def read_file(name: str) -> bytes:
        read.append(name)
        return (folder / name).read_bytes()

    return read_file


def sums(folder: Path, where: Path | None, read: list[str]) -> dict[str, datasums.Sum]:
    return data_sums(OTHERS, reading(folder, read), lambda: None if where is None else str(where))  # type: ignore[arg-type]


def test_the_sums_are_the_bytes_checksums_and_remembered_for_the_next_run(
    data: Path, tmp_path: Path
) -> None:
    read: list[str] = []
    first = sums(data, tmp_path / "snap", read)
    assert first == {name: checksum((data / name).read_bytes()) for name in OTHERS}
    assert read == OTHERS
    read.clear()
    assert sums(data, tmp_path / "snap", read) == first
    assert read == []  # every identity as remembered: nothing read


def test_a_file_changed_is_read_again_and_gives_another_key(data: Path, tmp_path: Path) -> None:
    read: list[str] = []
    before = sums(data, tmp_path / "snap", read)
    (data / "lexicon.json").write_bytes((data / "lexicon.json").read_bytes() + b" ")
    read.clear()
    after = sums(data, tmp_path / "snap", read)
    assert read == ["lexicon.json"]
    assert after["lexicon.json"] == checksum((data / "lexicon.json").read_bytes())
    assert after["lexicon.json"] != before["lexicon.json"]
    parsed = {name: snapshot._read_data(name) for name in snapshot.PARSED}
    assert snapshot.inputs_key(parsed, after) != snapshot.inputs_key(parsed, before)


def test_a_file_replaced_with_the_same_size_and_times_is_read_again(
    data: Path, tmp_path: Path
) -> None:
    """A rename over the file keeps no inode and no ctime: another identity, whatever its times."""
    read: list[str] = []
    sums(data, tmp_path / "snap", read)
    other = data / "other"
    other.write_bytes((data / "intents.json").read_bytes().replace(b"a", b"b", 1))
    os.utime(other, ns=(1, 1))
    other.replace(data / "intents.json")
    read.clear()
    assert sums(data, tmp_path / "snap", read)["intents.json"] == checksum(
        (data / "intents.json").read_bytes()
    )
    assert read == ["intents.json"]


def test_a_racy_record_is_not_trusted(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file changed within RACY_NS before the record was made may change again in the same
    clock tick: its sums are taken from its bytes."""
    folder = tmp_path / "snap"
    read: list[str] = []
    sums(data, folder, read)
    monkeypatch.setattr(datasums, "RACY_NS", 2_000_000_000)
    record = json.loads((folder / RECORD).read_text())
    changed = {name: record["files"][str(data / name)][4] for name in OTHERS}
    last = max(changed.values())
    record["made"] = last + datasums.RACY_NS + 1  # the last file changed 2 s before: not racy
    (folder / RECORD).write_text(json.dumps(record))
    read.clear()
    sums(data, folder, read)
    assert read == []
    first = min(changed.values())
    record["made"] = first + datasums.RACY_NS + 1  # within 2 s after the first: all but it racy
    (folder / RECORD).write_text(json.dumps(record))
    read.clear()
    sums(data, folder, read)
    assert read == [name for name in OTHERS if changed[name] > first]


@pytest.mark.parametrize(
    "record",
    [
        b"not json",
        b"[]",
        b'{"made": "1", "files": {}}',
        b'{"made": 1e30, "files": {}}',
        b'{"files": {}}',
        b'{"made": 9000000000000000000, "files": []}',
        b'{"made": 9000000000000000000, "files": {"stopwords.txt": [1, 2, 3, 4, 5, 6, 7, 8]}}',
        b'{"made": 9000000000000000000, "files": {"/stopwords.txt": "2 1 1"}}',
        b" " * (datasums.RECORD_BYTES + 1),
    ],
)
def test_a_damaged_or_foreign_record_counts_as_none(
    data: Path, tmp_path: Path, record: bytes
) -> None:
    folder = tmp_path / "snap"
    folder.mkdir()
    (folder / RECORD).write_bytes(record)
    read: list[str] = []
    assert sums(data, folder, read) == {n: checksum((data / n).read_bytes()) for n in OTHERS}
    assert read == OTHERS


def test_an_entry_of_other_types_is_not_taken(data: Path, tmp_path: Path) -> None:
    """Each entry is eight non-negative ints: a bool, a float or a negative number is not one."""
    folder = tmp_path / "snap"
    read: list[str] = []
    sums(data, folder, read)
    record = json.loads((folder / RECORD).read_text())
    files = {name: record["files"][str(data / name)] for name in OTHERS}
    files["stopwords.txt"][5] = -1
    files["framing_words.txt"][6] = float(files["framing_words.txt"][6])
    files["lexicon.json"].append(0)
    files["intents.json"][7] = True
    (folder / RECORD).write_text(json.dumps(record))
    read.clear()
    found = sums(data, folder, read)
    assert sorted(read) == sorted(
        ["stopwords.txt", "framing_words.txt", "lexicon.json", "intents.json"]
    )
    assert found == {n: checksum((data / n).read_bytes()) for n in OTHERS}


def test_another_install_s_entries_are_kept_beside_ours(data: Path, tmp_path: Path) -> None:
    """Checkouts and virtual environments share one cache: each keeps its files' entries, so
    neither reads its files again after the other ran."""
    folder = tmp_path / "snap"
    read: list[str] = []
    sums(data, folder, read)
    record = json.loads((folder / RECORD).read_text())
    theirs = {f"/elsewhere{path}": entry for path, entry in record["files"].items()}
    record["files"] = {**theirs, **record["files"], str(data / "lexicon.json"): [0] * 8}
    (folder / RECORD).write_text(json.dumps(record))
    read.clear()
    sums(data, folder, read)  # reads lexicon.json again, keeps the other install's entries
    assert read == ["lexicon.json"]
    kept = json.loads((folder / RECORD).read_text())["files"]
    assert theirs.items() <= kept.items()
    read.clear()
    sums(data, folder, read)
    assert read == []


def test_a_record_too_long_keeps_our_entries_first(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "snap"
    folder.mkdir()
    theirs = {f"/other{n:05}/" + "x" * 200: [1] * 8 for n in range(200)}
    (folder / RECORD).write_text(json.dumps({"made": 1, "files": theirs}))
    read: list[str] = []
    sums(data, folder, read)
    raw = (folder / RECORD).read_bytes()
    assert len(raw) <= datasums.RECORD_BYTES
    assert {str(data / n) for n in OTHERS} <= json.loads(raw)["files"].keys()
    read.clear()
    sums(data, folder, read)
    assert read == []


def test_a_record_others_can_write_is_not_read(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "snap"
    read: list[str] = []
    sums(data, folder, read)
    (folder / RECORD).chmod(0o666)
    read.clear()
    sums(data, folder, read)
    assert read == OTHERS


def test_with_no_trusted_folder_every_file_is_read_and_nothing_written(
    data: Path, tmp_path: Path
) -> None:
    read: list[str] = []
    sums(data, None, read)
    sums(data, None, read)
    assert read == OTHERS * 2
    assert not list(tmp_path.rglob(RECORD))


def test_a_missing_data_file_is_an_os_error_before_the_folder_is_asked_for(
    data: Path, tmp_path: Path
) -> None:
    """As reading every file was: the snapshot's loader then builds, and the builders say which
    file is missing; a refused cache is not reported first."""
    (data / "intents.json").unlink()
    asked: list[bool] = []
    with pytest.raises(OSError):
        data_sums(OTHERS, lambda name: b"", lambda: asked.append(True) or None)  # type: ignore[func-returns-value]
    assert asked == []


def test_a_cold_ask_from_the_snapshot_reads_only_the_files_it_parses(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot.Tables()._load()  # builds, writes the snapshot and the record
    read: list[str] = []
    original = snapshot._read_data

    def noted(name: str) -> bytes:
        read.append(name)
        return original(name)

    monkeypatch.setattr(snapshot, "_read_data", noted)
    tables = snapshot.Tables()
    tables._load()
    assert tables.read
    assert sorted(read) == sorted(snapshot.PARSED)
    # the same key as the bytes' own sums: a snapshot written before the record is still read
    data = {name: original(name) for name in snapshot.DATA_FILES}
    assert f"bundled-{snapshot.inputs_key(data)}.bin" in {
        p.name for p in (cache / "snapshot").iterdir()
    }
