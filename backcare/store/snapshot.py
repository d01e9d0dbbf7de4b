"""A verified snapshot of the tables every run builds from the bundled data, in the user cache.

Every cold `ask` used to rebuild the same things from the same files: the analyzer (stop words,
lexicon, topics: ~13 ms), the red-flag rules and phrase index (~12 ms) and the bundled pack's
index with its chosen answer weight (~7 ms), and the question types' cues (~2.4 ms). The first run builds them as before and writes their
state here; later runs load it (a few ms) and hand it to the engine (backcare.engine.prebuilt).

Keyed by what they are built from: the bytes of every data file read while building (their
length, CRC-32 and Adler-32), the size and modification time of every module of the building code's directories (CODE)
and of every other file of the data directory (as Python keys its bytecode cache), the Python
version and the stemmer's module, the backcare version and FORMAT. Any change gives another key, so
another file (an edit keeping a code file's size and time is the one change it cannot see:
docs/threat-model.md); old ones are removed (at most KEEP stay, for the user's other installs:
several virtual environments or checkouts).

The file is not trusted. It is read whole (a regular file, opened without blocking, at most
MAX_BYTES); its header must name this key and
lay out its parts (lexicon, analyzer, safety, index, screen, cues, and the red-flag tables read
later: safety._rules, ...) with their lengths and CRC-32s. A part is read when first needed
(`validate` needs the analyzer alone; a calm question needs neither the rules nor the typo
targets: backcare.store.later): its CRC-32 checked, then decoded
with marshal (data only: marshal builds no class instances and runs no code) and checked against a
typed description of every attribute (SPECS): exact types, the attributes present, and the bounds
of every number used as an index; the red-flag tables must hold the rules and learned settings
red_flags.json declares. Only then are objects made from it. Anything else - truncated,
bit-flipped, foreign, of other types, too large, unreadable - is ignored and the tables are built
as if there were no snapshot (and written again when the cache is writable); a red-flag table
read later that fails is taken from tables built then. Writing is atomic
(backcare.store.files).

Those checks find damage, not forgery: a digest anyone can recompute vouches for nothing, and
tables of the right shape may still read "i" and "my" as someone else's words (hostile10 6). So the
cache directory, the snapshot directory and the file itself are read, and written, only when they
are the user's own (or root's) and no one else can write them (backcare.store.cachedir, as ssh
treats its files); else one warning, and the tables are built.

An attribute the description does not cover (a builder that grew a new table) is not guessed at:
the snapshot is then not written at all and every run builds, which is slower, never wrong;
tests/test_snapshot.py names the attribute. BACKCARE_NO_SNAPSHOT=1 turns the snapshot off.

This module holds the tables (`Tables`, `tables()`); the typed descriptions' language is
backcare.store.described, the tables' descriptions and bounds backcare.store.tablespec, and the
key and the file backcare.store.snapfile.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping

from backcare.errors import BackcareError
from backcare.hints import TYPE_CHECKING, Any
from backcare.packs.load import BUNDLED, parse_pack, read_file_bytes
from backcare.resources import data_file
from backcare.store.cachedir import MODE, make_root, refused, root_refused
from backcare.store.datasums import data_sums
from backcare.store.described import Damaged, Spec, Uncovered, decode, encode
from backcare.store.snapfile import (
    DATA_FILES,
    KEEP,
    MAX_BYTES,
    PARTS,
    PREFIX,
    SAFETY_LATER,
    Part,
    assemble,
    inputs_key,
    read_snapshot,
    snapshot_folder,
    snapshot_path,
    unmarshal,
    write_snapshot,
)

if TYPE_CHECKING:
    from backcare.engine.analyze import Analyzer
    from backcare.engine.cues import Cues
    from backcare.engine.index import IndexData
    from backcare.engine.intent import Sense
    from backcare.engine.prebuilt import EntrySenses
    from backcare.engine.safety.detect import Safety
    from backcare.engine.safety.quiet import SenseGroups
    from backcare.engine.safety.reading import Requirements
    from backcare.packs.schema import Pack
    from backcare.store.memory import MemoryStore
    from backcare.store.verdicts import Verdicts

# The tables' descriptions (store/tablespec.py) and the builders import the engine's classes (the
# matcher's, the red-flag check's: ~130 ms of imports); they are imported when a table is decoded
# or built, so that finding the snapshot's key and file (a repeated `validate`, whose readings
# are kept: store/verdicts.py) imports none of them. Named here as before for tests and tools.
_DESCRIBED = ("ANALYZER", "CUES", "INDEX", "SAFETY", "SAFETY_WORD_SETS", "SCREEN", "SENSE", "SPECS")


def __getattr__(name: str) -> Any:
    if name in _DESCRIBED:
        from backcare.store import tablespec

        return getattr(tablespec, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# the snapshot's parts, which tests and tools name from here (and _DESCRIBED's, through __getattr__)
__all__ = [
    "DATA_FILES",
    "KEEP",
    "MAX_BYTES",
    "PARTS",
    "PREFIX",
    "SAFETY_LATER",
    "Damaged",
    "Tables",
    "Uncovered",
    "assemble",
    "decode",
    "encode",
    "forget",
    "inputs_key",
    "read_snapshot",
    "tables",
    "unmarshal",
]


RULES = "red_flags.json"
PARSED = (BUNDLED, RULES)  # the data files a run from the snapshot parses (the pack, the rules)


# ---- the tables -------------------------------------------------------------------------------


class Tables:
    """The bundled pack, its analyzer and index, and the red-flag rules: each decoded from the
    snapshot when first asked for (validate needs only the analyzer), or all built when there is
    no usable snapshot (and the snapshot written). What the engine asks for (prebuilt.Source)."""

    def __init__(self) -> None:
        self._loaded = False
        self._pack: Pack | None = None
        self._lexicon: tuple[bool, tuple[tuple[str, ...], ...]] | None = None
        self._parts: dict[str, Part] = {}  # not yet read
        self._path = ""
        self.read = False  # whether the tables come from the snapshot file (else built)
        self._built: dict[str, Any] = {}
        self._rules: Mapping[str, Any] | None = None  # red_flags.json as read for the key
        self._kept: dict[str, Any] = {}  # parts asked for more than once, as first handed over
        self._rebuilt: Safety | None = None  # built when a red-flag table read later failed
        self._analyzer: Analyzer | None = None  # the analyzer handed over (the sense reads it)
        # the bundled store and the sense handed over: the entries' senses are theirs only
        self._store: MemoryStore | None = None
        self._sense: Sense | None = None

    def analyzer(self, builtin: bool, synonyms: tuple[tuple[str, ...], ...]) -> Analyzer | None:
        self._load()
        if self._lexicon != (builtin, synonyms):
            return None
        from backcare.store.tablespec import ANALYZER, check_analyzer

        found: Analyzer | None = self._part("analyzer", ANALYZER, check_analyzer)
        self._analyzer = found
        return found

    def safety(self) -> Safety | None:
        self._load()
        from backcare.store.later import SAFETY_FIRST, Deferred
        from backcare.store.tablespec import check_safety

        declared = self._rules or {}
        found: Safety | None = self._part(
            "safety", SAFETY_FIRST, lambda s: check_safety(s, declared)
        )
        if found is not None:
            ready = found  # the quick exits' tables, read only if these tables screen
            found._ready_screen = lambda: self._screen(ready)
            if isinstance(found, Deferred):  # decoded, not built (backcare.store.later)
                found._read_later = self._later
        return found

    def _later(self, name: str) -> Any:
        """A red-flag table of SAFETY_LATER, read when the check first uses it: its digest, types
        and bounds checked as the rest were (the rules: those red_flags.json declares). If that
        fails, the snapshot is removed (as for any damaged part) and the table is taken from
        tables built now. Kept: the author's reader (Safety.as_written) asks too."""
        part = f"safety.{name}"
        if part not in self._kept:
            from backcare.store.tablespec import SAFETY, check_later

            declared = self._rules or {}
            found = self._part(part, SAFETY[2][name], lambda t: check_later(name, t, declared))
            if found is None:
                if self._rebuilt is None:
                    from backcare.engine.safety.detect import load_safety

                    self._rebuilt = load_safety()
                found = getattr(self._rebuilt, name)
            self._kept[part] = found
        return self._kept[part]

    def cues(self) -> Cues | None:
        self._load()
        from backcare.store.tablespec import CUES, check_cues

        found: Cues | None = self._part("cues", CUES, check_cues)
        return found

    def sense(self, analyzer: Analyzer) -> Sense | None:
        """The question-type and subject tables over the analyzer this handed over (none over
        another: a pack's own synonyms make another analyzer) and the bundled cues. When the
        part fails its checks the cues are kept for the builder (`cues`)."""
        self._load()
        if analyzer is not self._analyzer or self._analyzer is None:
            return None
        if "sense" in self._built:  # built this run, over these very tables
            built: Sense = self._built.pop("sense")
            return built
        cues = self.cues()
        if cues is None:
            return None
        from backcare.store.tablespec import SENSE, check_sense

        found: Sense | None = self._part("sense", SENSE, lambda t: check_sense(t, cues))
        if found is None:
            self._built["cues"] = cues  # the builder's, handed over once more
            return None
        vars(found).update(analyzer=analyzer, cues=cues)
        self._sense = found
        return found

    def _screen(self, safety: Safety) -> tuple[Requirements, SenseGroups] | None:
        """The quick exits' tables (kept: the screen and the learned check's exit each ask)."""
        if "screen" not in self._kept:
            from backcare.store.tablespec import SCREEN, check_screen

            self._kept["screen"] = self._part("screen", SCREEN, lambda t: check_screen(t, safety))
        found: tuple[Requirements, SenseGroups] | None = self._kept["screen"]
        return found

    def kept(self) -> Verdicts | None:
        """validate's readings kept beside this key's snapshot (store/verdicts.py), or None
        when there is no key or the cache is refused (engine/prebuilt.kept)."""
        self._load()
        if not self._path:
            return None
        from backcare.store.verdicts import verdicts_for

        return verdicts_for(self._path)

    def bundled(self) -> tuple[Pack, MemoryStore | None]:
        """The bundled pack and a store over its index (None: the engine builds one)."""
        self._load()
        pack = self._pack
        if pack is None:  # the data could not be read: the loader says why, as before
            from backcare.packs.load import load_pack

            return load_pack(), None
        from backcare.store.memory import MemoryStore
        from backcare.store.tablespec import INDEX, check_index

        index: IndexData | None = self._part("index", INDEX, lambda i: check_index(i, pack))
        self._store = None if index is None else MemoryStore(pack, index)
        return pack, self._store

    def entry_senses(self, store: object, sense: Sense) -> EntrySenses | None:
        """Every bundled entry's sense (engine/prebuilt.entry_senses), for the very store and
        sense this handed over; None for any other (a pack's own, or tables built this run)."""
        bundled = self._store
        if bundled is None or store is not bundled or sense is not self._sense:
            return None
        from backcare.store.tablespec import SENSES, check_senses

        regions = frozenset(sense.analyzer.regions.values())
        found: EntrySenses | None = self._part(
            "senses", SENSES, lambda t: check_senses(t, bundled.size, regions)
        )
        return found

    def _part(self, name: str, spec: Spec, check: Callable[[Any], None]) -> Any:
        """One table, handed over once (the process keeps it): as built this run, or decoded and
        checked; None when neither (the engine builds it)."""
        if name in self._built:
            return self._built.pop(name)
        part = self._parts.pop(name, None)
        if part is None:
            return None
        try:
            made = decode(spec, unmarshal(part))
            check(made)
        except (Damaged, RecursionError, ValueError, TypeError, AttributeError):
            # its digest was right, so it was written so: removed, the next run writes it afresh
            with contextlib.suppress(OSError):
                os.unlink(self._path)  # noqa: PTH108
            return None
        return made

    @staticmethod
    def _trusted() -> bool:
        """Whether the cache and its snapshot directory are the user's own, so that its snapshot
        (and the data files' remembered sums) may be read and written (hostile10 6: a planted
        one switched emergencies off); refused (reported once) otherwise, and the tables built as
        with no cache."""
        return not (root_refused() or refused(snapshot_folder()))

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        trusted: list[bool] = []

        def folder() -> str | None:
            trusted.append(self._trusted())
            return snapshot_folder() if trusted[0] else None

        try:
            data = {name: _read_data(name) for name in PARSED}
        except OSError:
            return  # the loaders report a missing data file, as without a snapshot
        try:
            pack = parse_pack(data[BUNDLED], "bundled FAQ")
        except BackcareError:
            return  # the loader reports it, as without a snapshot
        try:
            # the files parsed here are checksummed from the bytes parsed; the others' sums are
            # remembered by file identity (store/datasums.py: ~2% of a cold ask, issue 17)
            remembered = data_sums([n for n in DATA_FILES if n not in data], _read_data, folder)
        except OSError:
            return
        self._pack = pack
        self._lexicon = (pack.builtin_lexicon, pack.synonyms)
        self._rules = _declared_rules(data[RULES])
        lexicon = [pack.builtin_lexicon, list(map(list, pack.synonyms))]
        try:
            key: str | None = inputs_key(data, remembered)
        except OSError:
            key = None
        if key is not None and trusted[0]:
            self._path = snapshot_path(key)
            try:
                parts = read_snapshot(self._path, key)
                if unmarshal(parts.pop("lexicon")) != lexicon:
                    raise Damaged("another lexicon")
                self._parts = parts
                self.read = True
                return
            except (OSError, Damaged, RecursionError, MemoryError, ValueError, TypeError):
                pass  # build, below
        from backcare.engine.analyze import build_analyzer
        from backcare.engine.cues import load_cues
        from backcare.engine.index import build_index
        from backcare.engine.intent import build_sense
        from backcare.engine.safety.detect import load_safety
        from backcare.store.tablespec import ANALYZER, CUES, INDEX, SAFETY, SCREEN, SENSE, SENSES

        analyzer = build_analyzer(pack.builtin_lexicon, pack.synonyms)
        safety = load_safety()
        index = build_index(pack, analyzer)
        cues = load_cues()
        sense = build_sense(analyzer, cues)
        self._built = {
            "analyzer": analyzer,
            "safety": safety,
            "index": index,
            "cues": cues,
            "sense": sense,
        }
        if key is None or not self._path or not _writable(os.path.dirname(self._path)):  # noqa: PTH120
            return  # a read-only (or refused) cache: not worth encoding what cannot be written
        try:
            from backcare.engine.safety.quiet import sense_groups  # not imported by a single ask

            screen = (
                safety.build_requirements(),
                sense_groups(safety._index._texts, safety._as_senses),
            )
            # each phrase's needs as text: a later run compiles only the phrases a question's
            # stems can hold (compiling every phrase here: once a snapshot)
            phrases = safety._index
            phrases._needs = phrases.needs_rows()
            try:
                tables = encode(SAFETY, safety)  # its tables read later are parts of their own
            finally:
                phrases._needs = None  # this run compiles them, as built
            encoded = {
                "lexicon": lexicon,
                "analyzer": encode(ANALYZER, analyzer),
                "safety": {a: v for a, v in tables.items() if a not in SAFETY_LATER},
                **{f"safety.{a}": tables[a] for a in SAFETY_LATER},
                "index": encode(INDEX, index),
                "screen": encode(SCREEN, screen),
                "cues": encode(CUES, cues),
                "sense": encode(SENSE, _unshared(sense)),
            }
            # last: reading the entries fills the analyzer's and the sense's memos, which the
            # parts above are encoded without
            encoded["senses"] = encode(SENSES, _entry_senses(pack, index, analyzer, sense))
            safety._ready_screen = lambda: screen  # this run's check has them too
            write_snapshot(self._path, key, encoded)
        except (Uncovered, OSError, ValueError, TypeError, AttributeError):
            pass  # not kept (not described, or not writable): the next run builds again


def _entry_senses(pack: Pack, index: IndexData, analyzer: Analyzer, sense: Sense) -> EntrySenses:
    """What a matcher over the bundled pack's store reads of each entry (SubjectChecks._sense_of),
    read here by one, so that a later run's ranking only looks them up."""
    from backcare.engine.match import Matcher
    from backcare.store.memory import MemoryStore

    matcher = Matcher(MemoryStore(pack, index), analyzer, sense)
    matcher._asked_prebuilt = True  # read, not asked for
    for doc in range(len(pack.entries)):
        matcher._sense_of(doc)
    return dict(matcher._entry_sense), dict(matcher._answered)


def _unshared(sense: Sense) -> Sense:
    """A copy of the tables without the objects they share with other parts (SENSE_SHARED): what
    the "sense" part holds."""
    from backcare.store.tablespec import SENSE_SHARED

    copy = object.__new__(type(sense))
    vars(copy).update({a: v for a, v in vars(sense).items() if a not in SENSE_SHARED})
    return copy


def _declared_rules(raw: bytes) -> Mapping[str, Any]:
    """red_flags.json as data (0.1 ms); {} when unreadable, which no snapshot's tables match (the
    loader then reports the file when it builds)."""
    import json

    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _writable(directory: str) -> bool:
    """Whether the snapshot directory is there, or can be made, and takes files (a cheap look
    first: encoding the tables costs about two thirds of building them)."""
    try:
        make_root()
        os.makedirs(directory, MODE, exist_ok=True)  # noqa: PTH103
    except OSError:
        return False
    return os.access(directory, os.W_OK)


def _read_data(name: str) -> bytes:
    if name == BUNDLED:  # exactly as load_pack reads it (bounded, a regular file)
        from backcare.errors import PackError

        try:
            return read_file_bytes(data_file(name), "bundled FAQ")
        except PackError as exc:
            raise OSError(str(exc)) from None
    with open(data_file(name), "rb") as file:  # noqa: PTH123
        return file.read()


_TABLES: list[Tables] = []


def tables() -> Tables | None:
    """The process's tables (made on first use; nothing is read until one of them is asked for),
    or None with BACKCARE_NO_SNAPSHOT set to a yes word (1/true/yes/on)."""
    if not _TABLES:
        from backcare.config import snapshot_off

        if snapshot_off(os.environ):
            return None
        _TABLES.append(Tables())
    return _TABLES[0]


def forget() -> None:
    """Drop the process's tables (tests: the next use reads the snapshot again)."""
    _TABLES.clear()
