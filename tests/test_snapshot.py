"""The snapshot of the bundled tables (backcare.store.snapshot): the same answers as building them,
rebuilt silently from anything damaged, foreign, stale or unwritable, and keyed by its inputs."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from backcare.engine import cues as cue_loader
from backcare.engine import prebuilt
from backcare.engine.analyze import build_analyzer
from backcare.engine.answer import Engine
from backcare.engine.index import build_index
from backcare.engine.intent import build_sense
from backcare.engine.query import make_query
from backcare.engine.safety import load_safety
from backcare.engine.safety.detect import QUICK_AFTER_READY
from backcare.engine.safety.quiet import sense_groups
from backcare.engine.safety.rules import Rule
from backcare.packs.load import load_pack
from backcare.store import datasums, snapfile, snapshot, tablespec
from backcare.store.cachedir import cache_dir_name

EVAL = Path(__file__).resolve().parent / "eval"
QUESTIONS = [
    "stiff back after sitting",
    "stiff bakc aftr siting",  # typo correction
    "heat or ice for a stiff back?",
    "how long to get it back to normal",  # an idiom
    "can't feel my bum and can't pee",  # an emergency
    "my back hurts and I have a fever of 39",
    "best mattress for sciatica",
    "zzzz qqqq",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BACKCARE_NO_SNAPSHOT", raising=False)
    yield tmp_path / "cache"
    prebuilt.use(None)
    snapshot.forget()


def observe(tables: snapshot.Tables | None) -> list[Any]:
    """Everything an ask shows, through tables from the snapshot (or built, for None)."""
    if tables is None:
        pack = load_pack()
        analyzer = build_analyzer(pack.builtin_lexicon, pack.synonyms)
        engine = _engine(pack, None, analyzer, load_safety())
    else:
        # a part that fails its checks is None: the engine builds it, as here
        pack, store = tables.bundled()
        read = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
        analyzer = read or build_analyzer(pack.builtin_lexicon, pack.synonyms)
        # the question-type tables over that analyzer (None over a built one: then built)
        sense = tables.sense(analyzer)
        engine = _engine(pack, store, analyzer, tables.safety() or load_safety(), sense)
    seen = []
    for question in QUESTIONS:
        answer = engine.answer(make_query(question, pack, top=10))
        seen.append(json.dumps(answer.to_dict(explain=True), sort_keys=True))
    return seen


def _engine(pack: Any, store: Any, analyzer: Any, safety: Any, sense: Any = None) -> Engine:
    """An engine over exactly these tables (not the process's shared analyzer)."""
    from backcare.engine.match import Matcher
    from backcare.store.memory import MemoryStore

    store = store or MemoryStore(pack, build_index(pack, analyzer))
    engine = Engine(pack, store, safety=safety, semantic=False)
    engine.analyzer = analyzer
    engine.matcher = Matcher(store, analyzer, sense=sense)
    return engine


def snapshot_file(cache: Path) -> Path:
    found = list((cache / "snapshot").glob("bundled-*.bin"))
    assert len(found) == 1, found
    return found[0]


def loaded(cache: Path) -> snapshot.Tables:
    """Tables read from the snapshot file (failing if they were built instead)."""
    tables = snapshot.Tables()
    tables._load()
    assert tables.read, "built, not read from the snapshot"
    return tables


def test_a_snapshot_gives_what_building_gives(cache: Path) -> None:
    first = snapshot.Tables()
    first._load()
    assert not first.read  # nothing to read yet: built, and written
    path = snapshot_file(cache)
    assert path.stat().st_size < snapshot.MAX_BYTES
    assert observe(loaded(cache)) == observe(None)


def test_every_attribute_of_the_tables_is_described() -> None:
    """A builder that grew a new table stops the snapshot from being written (every run then
    builds): this names what to add to snapshot.SPECS."""
    pack = load_pack()
    analyzer = build_analyzer(pack.builtin_lexicon, pack.synonyms)
    snapshot.encode(snapshot.ANALYZER, analyzer)
    snapshot.encode(snapshot.SAFETY, load_safety())
    snapshot.encode(snapshot.INDEX, build_index(pack, analyzer))
    safety = load_safety()
    snapshot.encode(
        snapshot.SCREEN,
        (safety.build_requirements(), sense_groups(safety._index._texts, safety._as_senses)),
    )
    snapshot.encode(snapshot.CUES, cue_loader.load_cues())
    sense = build_sense(analyzer, cue_loader.load_cues())
    snapshot.encode(snapshot.SENSE, snapshot._unshared(sense))
    shared = set(vars(sense)) - set(vars(snapshot._unshared(sense)))
    assert shared == set(tablespec.SENSE_SHARED)  # attached when read, from their own parts


def test_the_derived_word_sets_are_exactly_the_safetys_frozensets_of_words() -> None:
    """SAFETY_WORD_SETS is read from the constructors' code, not kept by hand: it names every
    frozenset of words a built Safety holds, in the order it was built, and nothing else."""
    state = vars(load_safety())
    words = [
        name
        for name, value in state.items()
        if type(value) is frozenset
        and all(type(word) is str for word in value)
        and name not in tablespec._SAFETY_OTHERS
    ]
    assert words == snapshot.SAFETY_WORD_SETS
    assert snapshot.SAFETY[2].keys() == state.keys()


def test_a_word_set_the_derivation_misses_stops_the_snapshot() -> None:
    """A set stored outside a constructor (so not derived) is not silently left out of the
    snapshot: encoding the tables fails and names it (the snapshot is then not written)."""
    safety = load_safety()
    safety._made_later = frozenset({"word"})  # type: ignore[attr-defined]
    with pytest.raises(snapshot.Uncovered, match="_made_later"):
        snapshot.encode(snapshot.SAFETY, safety)


class _Base:
    def __init__(self) -> None:
        self._first = frozenset({"a"})
        self.public = 1


class _Grown(_Base):
    def __init__(self) -> None:
        super().__init__()
        self._second = frozenset({"b"})
        self._third = self._helper(self._first)

    def _helper(self, words: frozenset[str]) -> frozenset[str]:
        return words | _EXTRA


_EXTRA = frozenset({"c"})


def test_constructed_names_what_every_constructor_stores_not_globals_or_methods() -> None:
    assert tablespec.constructed(_Grown) == ["_first", "_second", "_third"]


def test_red_flag_verdicts_are_the_same_on_every_labelled_set(cache: Path) -> None:
    snapshot.Tables()._load()
    read = loaded(cache).safety()
    assert read is not None
    built = load_safety()
    count = 0
    for path in sorted(EVAL.glob("*.jsonl")):  # not untuned/: no test reads the sets kept unread
        for line in path.read_text(encoding="utf-8").splitlines():
            question = json.loads(line).get("q") if line.strip() else None
            if isinstance(question, str):
                count += 1
                assert read.check(question) == built.check(question), (path.name, question)
    assert count > 5000


def test_the_authors_reader_from_the_snapshot_gives_the_built_ones_verdicts(cache: Path) -> None:
    """The reader of an author's text (Safety.as_written) screens from its first text with the
    snapshot's tables, and after QUICK_AFTER without them: the same flags and pointers."""
    snapshot.Tables()._load()
    read = loaded(cache).safety()
    assert read is not None
    written, built = read.as_written(), load_safety().as_written()
    count = 0
    for path in sorted(EVAL.glob("red_flags*.jsonl")):  # not untuned/
        for line in path.read_text(encoding="utf-8").splitlines():
            question = json.loads(line).get("q") if line.strip() else None
            if isinstance(question, str):
                count += 1
                assert written.check(question) == built.check(question), (path.name, question)
                rules = written.check_rules(question), written.pointer(question)
                assert rules == (built.check_rules(question), built.pointer(question)), question
    assert count > 3000


def test_the_data_files_listed_are_those_the_builders_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import backcare.resources as resources

    read: set[str] = set()
    original = resources.data_file

    def spy(name: str) -> str:
        read.add(name)
        return original(name)

    monkeypatch.setattr(resources, "data_file", spy)
    for module in ("analyze", "safety.flags"):  # the lazily cached loaders read through data_file
        loader = sys.modules[f"backcare.engine.{module}"]
        for name in ("_lexicon", "emergency_numbers"):
            cached = getattr(loader, name, None)
            if cached is not None:
                monkeypatch.setattr(loader, name, cached.__wrapped__)
    import backcare.engine.analyze as analyze
    import backcare.engine.safety.detect as detect
    import backcare.packs.load as load

    monkeypatch.setattr(analyze, "read_json", lambda n: resources.read_json(n))
    monkeypatch.setattr(detect, "read_json", lambda n: resources.read_json(n))
    monkeypatch.setattr(detect, "read_shared_json", lambda n: resources.read_json(n))
    monkeypatch.setattr(cue_loader, "read_json", lambda n: resources.read_json(n))
    import backcare.engine.intent as intent

    monkeypatch.setattr(intent, "read_shared_json", lambda n: resources.read_json(n))
    monkeypatch.setattr(load, "data_file", spy)
    pack = load_pack()
    analyzer = build_analyzer(pack.builtin_lexicon, pack.synonyms)
    load_safety()
    build_index(pack, analyzer)
    build_sense(analyzer, cue_loader.load_cues.__wrapped__())  # the cues: cached once a process
    assert read == set(snapshot.DATA_FILES)


@pytest.mark.parametrize("name", snapshot.DATA_FILES)
def test_a_change_to_any_data_file_gives_another_key(name: str) -> None:
    data = {n: snapshot._read_data(n) for n in snapshot.DATA_FILES}
    key = snapshot.inputs_key(data)
    changed = {**data, name: data[name] + b" "}
    assert snapshot.inputs_key(changed) != key
    assert snapshot.inputs_key(data) == key


def test_changed_data_is_built_afresh_not_read_from_the_old_snapshot(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot.Tables()._load()
    old = snapshot_file(cache)
    lexicon = json.loads(snapshot._read_data("lexicon.json"))
    lexicon["synonyms"].append(["zorblax", "stiffness"])
    changed = json.dumps(lexicon).encode()
    original = snapshot._read_data
    monkeypatch.setattr(
        snapshot, "_read_data", lambda n: changed if n == "lexicon.json" else original(n)
    )
    # the bytes are swapped here, not the file: an edit gives it another identity, so its sums
    # are not taken from the record (tests/test_datasums.py); without the record they are not
    (cache / "snapshot" / datasums.RECORD).unlink()
    import backcare.engine.analyze as analyze

    monkeypatch.setattr(analyze, "_lexicon", lambda: lexicon)
    tables = snapshot.Tables()
    tables._load()
    assert not tables.read  # the old snapshot was not read
    pack = load_pack()
    analyzer = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
    assert analyzer is not None and ("zorblax",) in analyzer._expansions
    files = sorted((cache / "snapshot").glob("bundled-*.bin"))
    assert old in files and len(files) == 2  # a new key, a new file


def test_code_and_other_data_files_count_by_size_and_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = {n: snapshot._read_data(n) for n in snapshot.DATA_FILES}
    code = tmp_path / "code"
    code.mkdir()
    (code / "builder.py").write_text("x = 1\n")
    monkeypatch.setattr(snapfile, "CODE", (*snapfile.CODE, str(code)))  # an absolute part
    key = snapshot.inputs_key(data)
    assert snapshot.inputs_key(data) == key
    os.utime(code / "builder.py", ns=(1, 1))  # an edit, as far as times tell
    edited = snapshot.inputs_key(data)
    assert edited != key
    (code / "notes.txt").write_text("not code")  # not a module: not read by anyone
    assert snapshot.inputs_key(data) == edited
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setattr(snapfile, "data_file", lambda name: str(folder / name))
    before = snapshot.inputs_key(data)
    (folder / "new_rules.json").write_text("{}")  # a data file the builders may start to read
    assert snapshot.inputs_key(data) != before


# ---- damage --------------------------------------------------------------------------------


def resign(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Rewrite a snapshot with its parts changed and valid digests: only the typed checks can
    tell (what a crafted file would be)."""
    key = path.stem.removeprefix(snapshot.PREFIX)
    parts = {n: snapshot.unmarshal(p) for n, p in snapshot.read_snapshot(str(path), key).items()}
    change(parts)
    path.unlink()
    payloads = {n: marshal.dumps(parts[n]) if n in parts else b"" for n in snapshot.PARTS}
    path.write_bytes(snapshot.assemble(key, payloads))


def _set(part: str, attribute: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(parts: dict[str, Any]) -> None:
        parts[part][attribute] = value

    return change


def _later(attribute: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A red-flag table of a part of its own (read when first used) replaced."""

    def change(parts: dict[str, Any]) -> None:
        assert attribute in snapshot.SAFETY_LATER
        parts[f"safety.{attribute}"] = value

    return change


def _drop_rule(parts: dict[str, Any]) -> None:
    parts["safety._rules"].pop()


def _rule_reach(reach: int) -> Callable[[dict[str, Any]], None]:
    def change(parts: dict[str, Any]) -> None:
        rule = list(parts["safety._rules"][0])
        rule[Rule._fields.index("within")] = reach
        parts["safety._rules"][0] = tuple(rule)

    return change


def _combo_past_the_rules(parts: dict[str, Any]) -> None:
    combos = parts["safety"]["_combos"]
    combos[0] = (combos[0][0], len(parts["safety._rules"]))


def _postings_out_of_range(parts: dict[str, Any]) -> None:
    from array import array

    postings = parts["index"][1]
    term = next(iter(postings))
    docs, tfs, fields = postings[term]
    postings[term] = (array("I", [10**6] * (len(docs) // 4)).tobytes(), tfs, fields)


DAMAGE: dict[str, Callable[[Path], object]] = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "empty": lambda p: p.write_bytes(b""),
    "a bit flipped": lambda p: p.write_bytes(_flip(p.read_bytes(), 0.6)),
    "a bit flipped in the header": lambda p: p.write_bytes(_flip(p.read_bytes(), 0.0)),
    "foreign": lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(1000)),
    "not marshal data": lambda p: resign_raw(p, b"\xff\x00garbage"),
    "too large": lambda p: _sparse(p, snapshot.MAX_BYTES + 10),
    "a directory": lambda p: _replace_with_directory(p),
    "wrong type (a list for a set)": lambda p: resign(p, _set("analyzer", "stopwords", ["a"])),
    "wrong type (an int for a string)": lambda p: resign(p, _later("_joined", 7)),
    "wrong type in a table read later": lambda p: resign(p, _later("_typo_targets", ["a"])),
    "wrong item type": lambda p: resign(p, _set("safety", "_surfaces", frozenset({1, 2}))),
    "missing attribute": lambda p: resign(p, lambda parts: parts["safety"].pop("_fillers")),
    "extra attribute": lambda p: resign(p, _set("analyzer", "_extra", 1)),
    "negative phrase number": lambda p: resign(
        p, lambda parts: parts["safety"]["_index"]["_by_stem"].update({"back": [-1]})
    ),
    "phrase number past the end": lambda p: resign(
        p, lambda parts: parts["safety"]["_index"]["_by_stem"].update({"back": [10**6]})
    ),
    "postings past the end": lambda p: resign(p, _postings_out_of_range),
    # the index record ends with text_length, then answer_weight (quality71)
    "an average of zero": lambda p: resign(
        p,
        lambda parts: parts.update({"index": (*parts["index"][:-2], 0.0, parts["index"][-1])}),
    ),
    "an answer weight past one": lambda p: resign(
        p, lambda parts: parts.update({"index": (*parts["index"][:-1], 2.0)})
    ),
    "an average not a number": lambda p: resign(
        p,
        lambda parts: parts.update(
            {"index": (*parts["index"][:4], float("nan"), *parts["index"][5:])}
        ),
    ),
    "a memo not empty": lambda p: resign(
        p, lambda parts: parts["safety"].update({"_corrections": {"a": ("b",)}})
    ),
    "another lexicon": lambda p: resign(p, lambda parts: parts.update({"lexicon": [False, []]})),
    "missing part": lambda p: resign(p, lambda parts: parts.pop("index")),
    "a part's length wrong": lambda p: p.write_bytes(
        p.read_bytes().replace(b"\nindex ", b"\nindex 1", 1)
    ),
    "a byte added": lambda p: p.write_bytes(p.read_bytes() + b"\0"),
    "code inside": lambda p: resign(p, _set("analyzer", "_source", compile("1", "x", "eval"))),
    # crafted with valid digests and types (a cold review): each crashed every calm question or
    # silenced every emergency
    "the learned check's settings emptied": lambda p: resign(p, _set("safety", "_learned", {})),
    "the learned check's model a path": lambda p: resign(p, _learned_model("../../x.bin")),
    "no rules": lambda p: resign(p, _later("_rules", [])),
    "a rule dropped": lambda p: resign(p, _drop_rule),
    "a rule's reach past any sentence": lambda p: resign(p, _rule_reach(10**6)),
    "a combination's rule number past the rules": lambda p: resign(p, _combo_past_the_rules),
    "a cue's reach negative": lambda p: resign(p, _cue_reach(-1)),
    "a cue's reach past any sentence": lambda p: resign(p, _cue_reach(10**6)),
    "cues of another type": lambda p: resign(p, lambda parts: parts.update({"cues": [1]})),
    "a fifo": lambda p: _replace_with_fifo(p),
}


def _sense_lengths(length: int) -> Callable[[dict[str, Any]], None]:
    def change(parts: dict[str, Any]) -> None:
        lengths = parts["sense"]["_cue_lengths"]
        lengths[next(iter(lengths))] = (length,)

    return change


# the "sense" part damaged (read only through Tables.sense: test_damaged_question_type_tables_...)
SENSE_DAMAGE: dict[str, Callable[[Path], object]] = {
    "question-type tables of another type": lambda p: resign(
        p, lambda parts: parts.update({"sense": ["borders"]})
    ),
    "a cue length past any sentence": lambda p: resign(p, _sense_lengths(10**6)),
    "a cue length negative": lambda p: resign(p, _sense_lengths(-1)),
    "a region phrase's region past any region": lambda p: resign(
        p, _set("sense", "_region_phrases", {("all", "over"): 10**6})
    ),
    "the longest cue not the cues'": lambda p: resign(p, _set("sense", "_longest", 0)),
    "a cue's kind not a string": lambda p: resign(
        p, _set("sense", "_cue_kinds", {("why",): (1, True)})
    ),
    "the shared analyzer stored with the tables": lambda p: resign(
        p, _set("sense", "analyzer", {})
    ),
}


def _cue_reach(reach: int) -> Callable[[dict[str, Any]], None]:
    def change(parts: dict[str, Any]) -> None:
        fields = list(parts["cues"])
        fields[16] = reach  # negation_reach
        parts["cues"] = tuple(fields)

    return change


def _learned_model(name: str) -> Callable[[dict[str, Any]], None]:
    def change(parts: dict[str, Any]) -> None:
        parts["safety"]["_learned"] = {**parts["safety"]["_learned"], "model": name}

    return change


def _replace_with_fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)  # opening it to read would wait for a writer for ever


def _replace_with_directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _flip(data: bytes, where: float) -> bytes:
    at = max(1, int(len(data) * where)) if where else 3
    return data[:at] + bytes([data[at] ^ 0x10]) + data[at + 1 :]


def _sparse(path: Path, size: int) -> None:
    with path.open("r+b") as file:
        file.truncate(size)


def resign_raw(path: Path, payload: bytes) -> None:
    """The safety part replaced by bytes that are not marshal data, with a valid digest."""
    key = path.stem.removeprefix(snapshot.PREFIX)
    parts = snapshot.read_snapshot(str(path), key)
    payloads = {n: bytes(p[0]) for n, p in parts.items()}
    path.write_bytes(snapshot.assemble(key, {**payloads, "safety": payload}))


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_snapshot_is_rebuilt_silently(cache: Path, damage: str) -> None:
    snapshot.Tables()._load()
    path = snapshot_file(cache)
    expected = observe(None)
    DAMAGE[damage](path)
    tables = snapshot.Tables()
    tables._load()
    pack = load_pack()
    safety = tables.safety()
    parts = (
        tables.analyzer(pack.builtin_lexicon, pack.synonyms),
        safety,
        tables.bundled()[1],
        tables.cues(),
    )
    later = [getattr(safety, name) for name in snapshot.SAFETY_LATER] if safety else []
    built = load_safety()
    assert later == [getattr(built, name) for name in snapshot.SAFETY_LATER][: len(later)]
    # refused: all built, or the part that failed (or, read later, its table built and the
    # file removed)
    assert not tables.read or None in parts or not path.exists()
    assert observe(snapshot.Tables()) == expected  # rebuilt, or built for the failed part
    if damage not in ("a directory", "a fifo"):  # in the file's way, which cannot be written
        assert observe(loaded(cache)) == expected  # written again: read from the file once more


def test_the_cli_answers_the_same_from_a_damaged_snapshot(tmp_path: Path) -> None:
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("BACKCARE_NO_SNAPSHOT", None)
    args = [sys.executable, "-m", "backcare", "ask", "--json", "--explain", "-n", "10"]
    question = "stiff back after sitting, can't feel my bum"

    def ask(extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*args, question], capture_output=True, text=True, env={**env, **(extra or {})}
        )

    plain = ask({"BACKCARE_NO_SNAPSHOT": "1"})
    assert not (tmp_path / "cache").exists()
    first = ask()
    path = snapshot_file(tmp_path / "cache")
    second = ask()
    path.write_bytes(path.read_bytes()[:1000])
    third = ask()
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    unwritable = ask({"BACKCARE_CACHE_DIR": str(blocker / "cache")})
    for run in (first, second, third, unwritable):
        assert (run.stdout, run.stderr, run.returncode) == (plain.stdout, "", plain.returncode)
    assert path.stat().st_size > 1000  # written again


def test_an_unwritable_cache_still_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(blocker / "cache"))
    tables = snapshot.Tables()
    tables._load()
    assert not tables.read and observe(tables) == observe(None)


def test_a_read_only_cache_still_answers(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, permissions do not stop a write: the write itself is made to fail."""
    import backcare.store.files as files

    def refuse(target: Path, data: bytes, **options: object) -> None:  # keep_mode: datasums.py
        raise PermissionError(13, "Read-only file system", str(target))

    monkeypatch.setattr(files, "write_atomic", refuse)
    tables = snapshot.Tables()
    tables._load()
    assert not tables.read and observe(tables) == observe(None)
    assert not list((cache / "snapshot").glob("bundled-*.bin"))
    # a directory that takes no files is seen before the tables are encoded for it
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    monkeypatch.setattr(snapshot, "encode", refuse)
    tables = snapshot.Tables()
    tables._load()
    assert not tables.read and observe(tables) == observe(None)


def test_old_snapshots_are_removed_beyond_a_few(cache: Path) -> None:
    snapshot.Tables()._load()
    current = snapshot_file(cache)
    directory = current.parent
    current.unlink()
    for n in range(6):  # other versions' snapshots, the last the newest
        (directory / f"bundled-{n:032x}.bin").write_bytes(b"old")
        os.utime(directory / f"bundled-{n:032x}.bin", (n, n))
    snapshot.Tables()._load()
    kept = sorted(p.name for p in directory.glob("bundled-*.bin"))
    newest = [f"bundled-{n:032x}.bin" for n in range(6 - snapshot.KEEP + 1, 6)]
    assert kept == sorted([current.name, *newest])


def test_no_snapshot_when_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BACKCARE_NO_SNAPSHOT", "1")
    snapshot.forget()
    assert snapshot.tables() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fast path is Linux's")
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"XDG_CACHE_HOME": "/tmp/xdg-cache"},
        {"XDG_CACHE_HOME": "relative/cache"},
        {"XDG_CACHE_HOME": ""},
        {"HOME": "/tmp/home/"},
        {"HOME": "relative"},
        {"HOME": ""},
    ],
)
def test_the_cache_directory_is_the_one_platformdirs_names(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from platformdirs import user_cache_dir

    monkeypatch.delenv("BACKCARE_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cache_dir_name() == user_cache_dir("backcare", appauthor=False)


# ---- the question types' cues ---------------------------------------------------------------


def test_the_cues_read_are_those_built(cache: Path) -> None:
    snapshot.Tables()._load()
    read = loaded(cache).cues()
    assert read is not None
    assert read == cue_loader.load_cues()
    assert type(read) is cue_loader.Cues


def test_a_matcher_takes_the_snapshots_cues_not_stemming_them_again(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cues are stemmed (~2.4 ms of every cold ask) only when no snapshot holds them."""
    from backcare.engine.match import Matcher

    snapshot.Tables()._load()
    tables = loaded(cache)
    prebuilt.use(lambda: tables)
    pack, store = tables.bundled()
    analyzer = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
    assert store is not None and analyzer is not None
    built = cue_loader.load_cues()

    def refused() -> cue_loader.Cues:
        raise AssertionError("cues stemmed again")

    monkeypatch.setattr(cue_loader, "load_cues", refused)
    monkeypatch.setattr("backcare.engine.intent.load_cues", refused)
    assert Matcher(store, analyzer).sense.cues == built
    # handed over once, as the other parts: a second matcher builds its own
    monkeypatch.undo()
    assert Matcher(store, analyzer).sense.cues == built


# ---- the question-type and subject tables (part "sense") --------------------------------------


def test_the_sense_read_is_the_one_built_over_the_analyzer_handed_over(cache: Path) -> None:
    snapshot.Tables()._load()
    tables = loaded(cache)
    pack, _ = tables.bundled()
    analyzer = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
    assert analyzer is not None
    read = tables.sense(analyzer)
    assert read is not None and type(read) is type(build_sense(analyzer, cue_loader.load_cues()))
    assert read.analyzer is analyzer
    built = build_sense(analyzer, cue_loader.load_cues())
    assert read.cues == built.cues
    assert {a: v for a, v in vars(read).items() if a not in tablespec.SENSE_SHARED} == {
        a: v for a, v in vars(built).items() if a not in tablespec.SENSE_SHARED
    }
    texts = ["how long does sciatica last?", "why is my back stiff", "all over pain", "heat or ice"]
    for text in texts:
        assert read.types(text) == built.types(text)
        assert read.phrase_regions(text) == built.phrase_regions(text)


def test_no_sense_is_read_over_another_analyzer(cache: Path) -> None:
    """A pack's own synonyms make another analyzer: the tables read would not be its tables."""
    snapshot.Tables()._load()
    tables = loaded(cache)
    pack, _ = tables.bundled()
    handed = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
    assert handed is not None
    other = build_analyzer(pack.builtin_lexicon, (("lumbago", "back pain"),))
    assert tables.sense(other) is None
    assert "sense" in tables._parts  # nothing read for it
    assert tables.sense(handed) is not None


def test_no_sense_is_read_before_an_analyzer_is_handed_over(cache: Path) -> None:
    snapshot.Tables()._load()
    tables = loaded(cache)
    pack = load_pack()
    assert tables.sense(build_analyzer(pack.builtin_lexicon, pack.synonyms)) is None


def test_a_matcher_takes_the_snapshots_sense_not_building_it(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tables are built (every cue, generic and stop word stemmed, intents.json and
    lexicon.json parsed: ~4% of a cold ask) only when no snapshot holds them."""
    import backcare.engine.intent as intent
    from backcare.engine.match import Matcher

    snapshot.Tables()._load()
    tables = loaded(cache)
    prebuilt.use(lambda: tables)
    pack, store = tables.bundled()
    analyzer = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
    assert store is not None and analyzer is not None
    built = build_sense(analyzer, cue_loader.load_cues())

    def refused(*_: object) -> None:
        raise AssertionError("question-type tables built again")

    monkeypatch.setattr(intent, "build_sense", refused)
    monkeypatch.setattr(intent, "read_shared_json", refused)
    first = Matcher(store, analyzer).sense
    assert first.analyzer is analyzer and first._not_subject == built._not_subject
    # handed over once, as the other parts: a second matcher builds its own
    monkeypatch.undo()
    second = Matcher(store, analyzer).sense
    assert second is not first and second._not_subject == built._not_subject


def test_the_tables_built_this_run_hand_their_sense_over(cache: Path) -> None:
    tables = snapshot.Tables()
    tables._load()
    assert not tables.read
    pack, _ = tables.bundled()
    analyzer = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
    assert analyzer is not None
    sense = tables.sense(analyzer)
    assert sense is not None and sense.analyzer is analyzer
    assert tables.cues() is sense.cues  # the cues it was built over


@pytest.mark.parametrize("damage", sorted(SENSE_DAMAGE))
def test_damaged_question_type_tables_are_built_over_the_cues_read(
    cache: Path, damage: str
) -> None:
    """Refused: the file removed (written afresh by the next run), the cues read are kept for
    the builder, and the tables built give what building them gives."""
    snapshot.Tables()._load()
    path = snapshot_file(cache)
    SENSE_DAMAGE[damage](path)
    tables = loaded(cache)
    pack, _ = tables.bundled()
    analyzer = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
    assert analyzer is not None
    assert tables.sense(analyzer) is None
    assert not path.exists()
    cues = tables.cues()
    assert cues is not None and cues == cue_loader.load_cues()
    built = build_sense(analyzer, cues)
    again = build_sense(analyzer, cue_loader.load_cues())
    assert vars(built).keys() == vars(again).keys()
    assert built._cue_lengths == again._cue_lengths and built._longest == cues.longest


# ---- the quick exits' tables (a part read only by a run that screens) -----------------------


def test_the_quick_exits_tables_read_are_those_built(cache: Path) -> None:
    snapshot.Tables()._load()
    read = loaded(cache).safety()
    assert read is not None
    built = load_safety()
    assert read._ready_tables() == (
        built.build_requirements(),
        sense_groups(built._index._texts, built._as_senses),
    )


def test_a_single_check_reads_no_quick_exit_table(cache: Path) -> None:
    """A single ask checks its question (and a user pack's matched entry's few texts): the part
    is decoded only once the check screens, after QUICK_AFTER_READY texts."""
    snapshot.Tables()._load()
    tables = loaded(cache)
    safety = tables.safety()
    assert safety is not None
    for question in QUESTIONS[:QUICK_AFTER_READY]:
        safety.check(question)
    assert "screen" in tables._parts and safety._screen is None
    for question in QUESTIONS[QUICK_AFTER_READY:]:
        safety.check(question)
    assert "screen" not in tables._parts and safety._screen is not None


def _screen_needs(change: Callable[[list[Any]], None]) -> Callable[[dict[str, Any]], None]:
    def apply(parts: dict[str, Any]) -> None:
        required, senses = parts["screen"]
        needs = list(required[3])
        change(needs)
        parts["screen"] = ((*required[:3], tuple(needs)), senses)

    return apply


def _screen_senses(index: int, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(parts: dict[str, Any]) -> None:
        required, senses = parts["screen"]
        parts["screen"] = (
            required,
            tuple(value if i == index else s for i, s in enumerate(senses)),
        )

    return apply


SCREEN_DAMAGE: dict[str, Callable[[Path], object]] = {
    "a requirement dropped": lambda p: resign(p, _screen_needs(lambda needs: needs.pop())),
    "a requirement's concept changed": lambda p: resign(
        p, _screen_needs(lambda needs: needs.__setitem__(0, ("OTHER", needs[0][1])))
    ),
    "a phrase number past the end": lambda p: resign(
        p,
        lambda parts: parts.update(
            {
                "screen": (
                    (*parts["screen"][0][:2], (10**6,), parts["screen"][0][3]),
                    parts["screen"][1],
                )
            }
        ),
    ),
    "a sense number past the end": lambda p: resign(p, _screen_senses(1, {"back": [10**6]})),
    "senses of other phrases": lambda p: resign(p, _screen_senses(2, [0, 1])),
    "wrong type": lambda p: resign(p, _screen_senses(0, [["back"]])),
}


@pytest.mark.parametrize("damage", sorted(SCREEN_DAMAGE))
def test_damaged_quick_exit_tables_are_built_instead(cache: Path, damage: str) -> None:
    snapshot.Tables()._load()
    SCREEN_DAMAGE[damage](snapshot_file(cache))
    safety = loaded(cache).safety()
    assert safety is not None  # the rest of the tables are read
    assert safety._ready_tables() is None  # refused: built on first use, as without a snapshot
    built = load_safety()
    assert safety._requirements() == built.build_requirements()
    assert [safety.check(q) for q in QUESTIONS * 2] == [built.check(q) for q in QUESTIONS * 2]


# ---- the red-flag tables read when first used (backcare.store.later) ------------------------

CALM = "stiff back after sitting"
EMERGENCY = "can't feel my bum and can't pee"


def test_a_calm_question_reads_neither_the_rules_nor_the_typo_targets(cache: Path) -> None:
    snapshot.Tables()._load()
    tables = loaded(cache)
    safety = tables.safety()
    assert safety is not None
    assert safety.check(CALM) == []
    unread = {f"safety.{name}" for name in snapshot.SAFETY_LATER}
    assert unread <= tables._parts.keys()
    flags = safety.check(EMERGENCY)
    assert flags and flags == load_safety().check(EMERGENCY)
    assert "safety._rules" not in tables._parts  # read, checked, kept on the object
    assert safety._rules is vars(safety)["_rules"]
    assert safety.as_written()._rules is safety._rules  # the author's reader shares it


def test_a_typo_reads_the_typo_targets_once(cache: Path) -> None:
    snapshot.Tables()._load()
    tables = loaded(cache)
    safety = tables.safety()
    assert safety is not None
    built = load_safety()
    assert safety.check("stiff bakc aftr siting") == built.check("stiff bakc aftr siting")
    assert "safety._typo_targets" not in tables._parts
    assert safety._typo_targets == built._typo_targets


@pytest.mark.parametrize(
    "damage", ["no rules", "a rule dropped", "a rule's reach past any sentence"]
)
def test_rules_damaged_are_found_when_first_read_and_built_instead(
    cache: Path, damage: str
) -> None:
    """A table read later is checked then, as the rest were: a crafted one that passes the
    digests is found at the first question that needs it, mid-run, and the built table answers
    it (the file removed, written afresh by the next run): never an error, never a missed flag."""
    snapshot.Tables()._load()
    path = snapshot_file(cache)
    DAMAGE[damage](path)
    tables = loaded(cache)
    safety = tables.safety()
    assert safety is not None  # the rest is read
    built = load_safety()
    assert safety.check(CALM) == built.check(CALM) == []
    assert path.exists()  # nothing read yet that is damaged
    flags = safety.check(EMERGENCY)
    assert flags == built.check(EMERGENCY) and flags
    assert not path.exists()
    assert safety._rules == built._rules
    assert [safety.check(q) for q in QUESTIONS] == [built.check(q) for q in QUESTIONS]
    assert loaded_after_rebuild(cache)


def loaded_after_rebuild(cache: Path) -> bool:
    """The next run builds and writes the snapshot; the one after reads it."""
    first = snapshot.Tables()
    first._load()
    return not first.read and loaded(cache).read


def test_the_cli_answers_the_same_from_rules_damaged_in_the_snapshot(tmp_path: Path) -> None:
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("BACKCARE_NO_SNAPSHOT", None)
    args = [sys.executable, "-m", "backcare", "ask", "--json", "--explain", "-n", "10"]

    def ask(question: str, extra: dict[str, str] | None = None) -> tuple[str, str, int]:
        done = subprocess.run(
            [*args, question], capture_output=True, text=True, env={**env, **(extra or {})}
        )
        return done.stdout, done.stderr, done.returncode

    built = {q: ask(q, {"BACKCARE_NO_SNAPSHOT": "1"}) for q in (CALM, EMERGENCY)}
    assert built[EMERGENCY][2] == 3
    ask(CALM)  # writes the snapshot
    path = snapshot_file(tmp_path / "cache")
    resign(path, _drop_rule)
    assert ask(CALM) == built[CALM]  # needs no rule: the damage is not read
    assert path.exists()
    assert ask(EMERGENCY) == built[EMERGENCY]  # found, and the rules built
    assert not path.exists()
    assert ask(EMERGENCY) == built[EMERGENCY]  # built and written again
    assert path.exists()
