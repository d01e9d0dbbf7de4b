"""A verified snapshot of the tables every run builds from the bundled data, in the user cache.

Every cold `ask` used to rebuild the same things from the same files: the analyzer (stop words,
lexicon, topics: ~13 ms), the red-flag rules and phrase index (~12 ms) and the bundled pack's
index with its chosen answer weight (~7 ms). The first run builds them as before and writes their
state here; later runs load it (a few ms) and hand it to the engine (backcare.engine.prebuilt).

Keyed by what they are built from: the bytes of every data file read while building (content
digest), the size and modification time of every module of the building code's directories (CODE)
and of every other file of the data directory (as Python keys its bytecode cache), the Python
version and the stemmer's module, the backcare version and FORMAT. Any change gives another key, so
another file (an edit keeping a code file's size and time is the one change it cannot see:
docs/threat-model.md); old ones are removed (at most KEEP stay, for the user's other installs:
several virtual environments or checkouts).

The file is not trusted. It is read whole (a regular file, opened without blocking, at most
MAX_BYTES); its header must name this key and
lay out its parts (lexicon, analyzer, safety, index, screen) with their lengths and BLAKE2 digests. A part
is read when first needed (`validate` needs the analyzer alone): its digest checked, then decoded
with marshal (data only: marshal builds no class instances and runs no code) and checked against a
typed description of every attribute (SPECS): exact types, the attributes present, and the bounds
of every number used as an index; the red-flag tables must hold the rules and learned settings
red_flags.json declares. Only then are objects made from it. Anything else - truncated,
bit-flipped, foreign, of other types, too large, unreadable - is ignored and the tables are built
as if there were no snapshot (and written again when the cache is writable). Writing is atomic
(backcare.store.files).

Those checks find damage, not forgery: a digest anyone can recompute vouches for nothing, and
tables of the right shape may still read "i" and "my" as someone else's words (hostile10 6). So the
cache directory, the snapshot directory and the file itself are read, and written, only when they
are the user's own (or root's) and no one else can write them (backcare.store.cachedir, as ssh
treats its files); else one warning, and the tables are built.

An attribute the description does not cover (a builder that grew a new table) is not guessed at:
the snapshot is then not written at all and every run builds, which is slower, never wrong;
tests/test_snapshot.py names the attribute. BACKCARE_NO_SNAPSHOT=1 turns the snapshot off.
"""

from __future__ import annotations

import contextlib
import marshal
import math
import os
import stat
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Mapping
from itertools import chain
from typing import TYPE_CHECKING, Any

from backcare import __version__
from backcare.engine.analyze import Analyzer, build_analyzer
from backcare.engine.index import IndexData, build_index
from backcare.engine.safety.detect import Safety, load_safety
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.reading import PhraseIndex, Requirements
from backcare.engine.safety.rules import Rule
from backcare.errors import BackcareError
from backcare.packs.load import BUNDLED, parse_pack, read_file_bytes
from backcare.resources import data_file
from backcare.store.cachedir import MODE, cache_dir_name, make_root, refused, root_refused
from backcare.store.memory import MemoryStore
from backcare.store.protocol import DocFeatures

if TYPE_CHECKING:
    from backcare.engine.safety.quiet import SenseGroups
    from backcare.packs.schema import Pack

FORMAT = 3  # 2: the quick exits' index (part "screen"); 3: PhraseIndex._alternatives
MAGIC = b"BCSNAP1\n"
MAX_BYTES = 16_000_000  # the bundled tables take about 0.4 MB
STALE_TEMP_SECONDS = 600  # a temporary file older than this belongs to a killed write
KEEP = 4  # snapshots kept in the directory (the user's other versions or checkouts)
PREFIX = "bundled-"
# every data file the builders read (tests/test_snapshot.py traces the builders to check the list)
DATA_FILES = (
    BUNDLED,
    "stopwords.txt",
    "framing_words.txt",
    "lexicon.json",
    "red_flags.json",
    "safety_vocabulary.json",
    "emergency_numbers.json",
)
# the code that builds them: the package's directories whose modules' sizes and times are in the
# key (the builders and everything they import; the CLI's and output's are not read by them)
CODE = ("", "engine", "engine/safety", "packs", "store")


class Damaged(Exception):
    """The snapshot is not what this code wrote for this key: build instead."""


# ---- the typed description -------------------------------------------------------------------
# A spec is a leaf type (str, int, float, bool), None (the value None), or a tuple naming a shape:
# ("frozenset"|"set"|"list"|"tuple", item), ("fixed", (item, ...)), ("dict", key, value),
# ("optional", spec), ("counter", key), ("array", typecode), ("record", NamedTupleClass, fields),
# ("object", Class, {attribute: spec}), ("json",) (JSON data: str keys, lists, numbers, ...),
# ("empty",) (a memo: an empty dict).
Spec = Any

STR, INT, FLOAT, BOOL = str, int, float, bool
STRS = ("frozenset", STR)
JSON = ("json",)
EMPTY = ("empty",)  # a memo: empty when the tables are built


def fs(item: Spec) -> Spec:
    return ("frozenset", item)


def ls(item: Spec) -> Spec:
    return ("list", item)


def tp(item: Spec) -> Spec:
    return ("tuple", item)


def fx(*items: Spec) -> Spec:
    return ("fixed", items)


def dc(key: Spec, value: Spec) -> Spec:
    return ("dict", key, value)


def opt(spec: Spec) -> Spec:
    return ("optional", spec)


STEMS = tp(STR)  # a phrase as stems

ANALYZER: Spec = (
    "object",
    Analyzer,
    {
        "stopwords": STRS,
        "_stop_stems": STRS,
        "framing": STRS,
        "_only_broader": dc(STR, STRS),
        "_expansions": dc(STEMS, STEMS),
        "_longest": INT,
        "_phrase_starts": STRS,
        "_phrase_heads": fs(STEMS),
        "_gaps": ls(fx(STEMS, STEMS, STEMS)),
        "_gap_starts": dc(STR, ls(INT)),
        "_single": EMPTY,
        "_merged": EMPTY,
        "regions": dc(STR, INT),
        "_idioms": dc(STR, ls(fx(STEMS, INT))),
        "_idiom_groups": dc(STR, ls(fx(INT, INT, fs(STEMS)))),
        "_idiomatic": fx(STR, fs(INT)),
        "vocabulary": STRS,
        "_topic_words": dc(STEMS, ls(STEMS)),
        "_topics": fs(STEMS),
        "_topic_longest": INT,
        "_topic_starts": STRS,
        "_topic_lengths": dc(STR, tp(INT)),
        "_setting": STRS,
        "_always_asked": fs(STEMS),
        "_topic_forms": EMPTY,
        "_source": STRS,
        "_ages": tp(fx(STEMS, BOOL)),
        "_age_topic": STEMS,
        "_seen_on": fs(STEMS),
        "_seen_before": tp(STEMS),
        "_seen_unless": tp(STEMS),
    },
)
RED_FLAG: Spec = ("record", RedFlag, (STR, STR, STR, STR, opt(FLOAT), opt(STR)))
RULE: Spec = (
    "record",
    Rule,
    (
        RED_FLAG,
        tp(tp(STR)),
        tp(STRS),
        INT,
        BOOL,
        BOOL,
        STRS,
        tp(fx(STRS, tp(STRS))),
        fs(STRS),
        BOOL,
        BOOL,  # anyone
    ),
)
PHRASE_INDEX: Spec = (
    "object",
    PhraseIndex,
    {
        "_texts": ls(fx(STR, STR)),
        "_compiled": EMPTY,  # compiled on first use
        "_classes": dc(STR, fx(FLOAT, FLOAT)),
        "_by_stem": dc(STR, ls(INT)),
        "_by_prefix": dc(STR, ls(INT)),
        "_numeric": ls(INT),
        "_starts": EMPTY,
        "_alternatives": EMPTY,
        "_longest_prefix": INT,
    },
)
# Safety: most of its attributes are word sets; the others are listed
_SAFETY_OTHERS: dict[str, Spec] = {
    "_spellings": dc(STR, STR),
    "_number_words": dc(STR, FLOAT),
    "_symptoms": ("set", STR),
    "_required": None,  # built on first use
    "_checks": INT,
    "_negation_reach": INT,
    "_pain_negation_reach": INT,
    "_exclusion_reach": INT,
    "_judged_gap": INT,
    "_unless": dc(STR, tp(STR)),
    "_kept_live": dc(STR, STRS),
    "_index": PHRASE_INDEX,
    "_joined": STR,
    "_by_prefix": EMPTY,  # memos
    "_word_reading": EMPTY,
    "_known_stems": EMPTY,
    "_corrections": EMPTY,
    "_rules": ls(RULE),
    "_learned": opt(JSON),
    "_net": None,
    "_quiet": None,
    "_screen": None,
    "_last_read": None,
    "_last_pointer": fx(STR, opt(STR)),  # the last question's pointer tier (a memo)
    "_accident_reach": INT,
    "_accident_not_told": fs(tp(STR)),
    "_combos": ls(fx(STRS, INT)),
    "_combos_by": dc(STR, ls(STRS)),
}
SAFETY_WORD_SETS = (
    "_fillers _negations _approximators _amount_words _range_starts _events _comparisons "
    "_partitives _breakers _joiners _openers _normal _self _others_stems _others_words "
    "_object_cues _determiners _relatives _proxies _reporters _subject_verbs _apposition "
    "_introductions _intensity _caused_by_others _pronouns _their_reflexives _animal_stems "
    "_back_stems _region_concepts _binding _yielding _denied_symptoms _reported _wishes "
    "_unexplained _stopwords _items _framing _generic _story _happening _general_cues _topics "
    "_disclaimers _one_off _background_words _background _surfaces _typo_targets _asking _settings _leads "
    "_question_words _generic_people _accident_concepts _accident_words _accident_told "
    "_distancing _toilet_words _live _over_after _kept_live_words _kept_live_story"
    " _disowning _disowning_verbs _disowning_subjects _disowning_sign_verbs _wellness_words _recent _kept_live_idioms"
    " _kept_live_timing _alarm_regions _hedges _one_side _occurring _emergency_concepts _sense_vetoes _bound_signs"
    " _own_case _goes_on _goes_on_words _list_ends"
    " _initials"
    " _work_jobs _work_introducers _work_places _work_verbs _work_routine _work_routine_after"
    " _work_routine_leads _work_live _work_telling _work_objects _work_seeing _work_cases"  # safety31: the asker's health or care job
    " _shorthand"  # safety25: clinical shorthand negatives ("retention nil")
    " _judgements _judged_complements"  # safety27: "not normal to have a numb bum"
    " _long_signs _long_bars"  # safety27: "both my legs weak for years"
    " _concord"  # safety27: "I can't feel nothing"
    " _fronted_skip _fronted_auxiliaries _fronted_negations"  # safety27: "fever I don't have"
    " _posture_regions _posture_words"  # safety27: "with both legs crossed"
    " _supposing _supposing_subjects _supposed_events _precautions"  # safety27: "in case I crash"
    " _beside_causes"  # safety30: causes read beside, which name nothing for a "long ago"
    " _affirming_skip _affirming_verbs _affirming_onsets _real_claims"
    " _exclusion_verbs _exclusion_checks _found_nothing _spent_signs _spent_causes"
    " _lasting_signs _lasting_recovery _lasting_persisting _lasting_spans _lasting_units"
    " _defining _term_starts _term_breaks _covering _covering_breaks _general_markers _covering_people _reported_care _covering_possessives"
    " _inquiry_verbs _inquiry_objects _inquiry_openers _inquiry_abilities _answers_no _answer_words _retractions"
    " _future_openers _future_times _future_next _future_units _future_ongoing"
    " _future_embedders _future_subjects _future_keeping _future_remedies"
    " _hearers _hearer_joins _advice_care _advice_conditions _doubts"
    " _minor_concepts _minor_prepositions _list_breaks _double_negations _double_leads _sense_events _sense_vehicles"
    " _part_modifiers _parts _title_cues _title_joining _titled"
).split()
SAFETY: Spec = (
    "object",
    Safety,
    {**dict.fromkeys(SAFETY_WORD_SETS, STRS), **_SAFETY_OTHERS},
)
POSTINGS: Spec = fx(("array", "I"), ("array", "f"), ("array", "B"))
INDEX: Spec = (
    "record",
    IndexData,
    (
        INT,
        dc(STR, POSTINGS),
        ("set", STR),
        ("counter", STR),
        FLOAT,
        ls(("record", DocFeatures, (("counter", STR), INT))),
        dc(STR, ls(fx(INT, INT))),
        FLOAT,  # answer_share
        FLOAT,  # text_length
    ),
)
# the red-flag check's quick exits' index (detect.Safety.build_requirements): a part of its own,
# read only when a run screens (validate, a batch), so a single ask decodes nothing more
REQUIREMENTS: Spec = (
    "record",
    Requirements,
    (dc(STR, tp(INT)), dc(STR, tp(INT)), tp(INT), tp(fx(STR, tp(STRS)))),
)
# ... and the learned check's quick exit's senses (quiet.sense_groups)
SENSE_GROUPS: Spec = fx(ls(ls(STRS)), dc(STR, ls(INT)), ls(INT))
SCREEN: Spec = fx(REQUIREMENTS, SENSE_GROUPS)
SPECS: dict[str, Spec] = {
    "analyzer": ANALYZER,
    "safety": SAFETY,
    "index": INDEX,
    "screen": SCREEN,
}


class Uncovered(Exception):
    """A built object has attributes the description does not cover (so it is not written)."""


def encode(spec: Spec, value: Any) -> Any:
    """The value as marshal writes it (built-in types only), checked against the spec."""
    if spec is None:
        if value is not None:
            raise Uncovered(f"expected None, found {type(value).__name__}")
        return value
    if isinstance(spec, type):
        if type(value) is not spec:
            raise Uncovered(f"expected {spec.__name__}, found {type(value).__name__}")
        return value
    kind = spec[0]
    if kind == "empty":
        if type(value) is not dict or value:
            raise Uncovered("expected an empty memo")
        return {}
    if kind in ("frozenset", "set", "list", "tuple"):
        container = {"frozenset": frozenset, "set": set, "list": list, "tuple": tuple}[kind]
        if type(value) is not container:
            raise Uncovered(f"expected {kind}, found {type(value).__name__}")
        return container(encode(spec[1], item) for item in value)
    if kind == "fixed":
        if type(value) is not tuple or len(value) != len(spec[1]):
            raise Uncovered("expected a tuple of the described length")
        return tuple(encode(s, v) for s, v in zip(spec[1], value, strict=True))
    if kind == "dict":
        if type(value) is not dict:
            raise Uncovered(f"expected dict, found {type(value).__name__}")
        return {encode(spec[1], k): encode(spec[2], v) for k, v in value.items()}
    if kind == "optional":
        return None if value is None else encode(spec[1], value)
    if kind == "counter":
        if type(value) is not Counter:
            raise Uncovered(f"expected Counter, found {type(value).__name__}")
        return {encode(spec[1], k): encode(INT, v) for k, v in value.items()}
    if kind == "array":
        if type(value) is not array or value.typecode != spec[1]:
            raise Uncovered(f"expected array({spec[1]!r})")
        return value.tobytes()
    if kind == "record":
        if type(value) is not spec[1] or len(value) != len(spec[2]):
            raise Uncovered(f"expected {spec[1].__name__}")
        return tuple(encode(s, v) for s, v in zip(spec[2], value, strict=True))
    if kind == "object":
        if type(value) is not spec[1]:
            raise Uncovered(f"expected {spec[1].__name__}")
        state = vars(value)
        if state.keys() != spec[2].keys():
            extra = sorted(state.keys() - spec[2].keys())
            missing = sorted(spec[2].keys() - state.keys())
            raise Uncovered(f"{spec[1].__name__}: not described {extra}, gone {missing}")
        return {name: encode(spec[2][name], state[name]) for name in spec[2]}
    if kind == "json":
        decode(spec, value)  # JSON data is its own encoding
        return value
    raise AssertionError(f"unknown spec {kind}")


_CONTAINERS: dict[str, Any] = {"frozenset": frozenset, "set": set, "list": list, "tuple": tuple}


_PURE: dict[int, bool] = {}  # id of a spec (module constants, never freed) -> _pure(spec)


def _pure(spec: Spec) -> bool:
    """Whether marshal's value is already the described value (built-in types all the way down),
    so it needs checking only, not rebuilding."""
    found = _PURE.get(id(spec))
    if found is None:
        found = _PURE[id(spec)] = _is_pure(spec)
    return found


def _is_pure(spec: Spec) -> bool:
    if spec is None or isinstance(spec, type):
        return True
    kind = spec[0]
    if kind in _CONTAINERS or kind == "optional":
        return _pure(spec[1])
    if kind == "fixed":
        return all(map(_pure, spec[1]))
    if kind == "dict":
        return _pure(spec[1]) and _pure(spec[2])
    return False


def _all(spec: Spec, values: list[Any]) -> bool:
    """Whether every value matches a pure spec. Checked a level of the description at a time over
    all the values together (their types collected in C: set(map(type, ...))), not value by value:
    the bundled tables hold about 40,000 objects, and a call per object would cost about as much
    as building them."""
    if not values:
        return True
    if spec is None:
        return set(map(type, values)) == {type(None)}
    if isinstance(spec, type):
        return set(map(type, values)) == {spec}
    kind = spec[0]
    if kind in _CONTAINERS:
        return set(map(type, values)) == {_CONTAINERS[kind]} and _all(
            spec[1], list(chain.from_iterable(values))
        )
    if kind == "optional":
        return _all(spec[1], [v for v in values if v is not None])
    if kind == "fixed":
        size = len(spec[1])
        if set(map(type, values)) != {tuple} or set(map(len, values)) != {size}:
            return False
        return all(
            _all(s, list(column))
            for s, column in zip(spec[1], zip(*values, strict=True), strict=True)
        )
    if kind == "dict":
        return (
            set(map(type, values)) == {dict}
            and _all(spec[1], list(chain.from_iterable(values)))
            and _all(spec[2], list(chain.from_iterable(map(dict.values, values))))
        )
    return False


def decode(spec: Spec, raw: Any) -> Any:
    """The value the spec describes, made from what marshal read; Damaged if it is anything else."""
    if _pure(spec):
        if not _all(spec, [raw]):
            raise Damaged(f"not as described: {spec!r}"[:200])
        return raw
    kind = spec[0]
    if kind == "empty":
        if type(raw) is not dict or raw:
            raise Damaged("expected an empty memo")
        return {}
    if kind in _CONTAINERS:
        container = _CONTAINERS[kind]
        if type(raw) is not container:
            raise Damaged(f"expected {kind}")
        return container(decode(spec[1], v) for v in raw)
    if kind == "fixed":
        if type(raw) is not tuple or len(raw) != len(spec[1]):
            raise Damaged("expected a tuple of the described length")
        return tuple(decode(s, v) for s, v in zip(spec[1], raw, strict=True))
    if kind == "dict":
        if type(raw) is not dict:
            raise Damaged("expected dict")
        key, value = spec[1], spec[2]
        if _pure(key):
            if not _all(key, list(raw)):
                raise Damaged("keys not as described")
            return {k: decode(value, v) for k, v in raw.items()}
        return {decode(key, k): decode(value, v) for k, v in raw.items()}
    if kind == "optional":
        return None if raw is None else decode(spec[1], raw)
    if kind == "counter":
        if not _all(dc(spec[1], INT), [raw]):
            raise Damaged("expected counts")
        return Counter(raw)
    if kind == "array":
        if type(raw) is not bytes:
            raise Damaged("expected an array's bytes")
        values = array(spec[1])
        if len(raw) % values.itemsize:
            raise Damaged("array bytes of a partial item")
        values.frombytes(raw)
        return values
    if kind == "record":
        if type(raw) is not tuple or len(raw) != len(spec[2]):
            raise Damaged(f"expected {spec[1].__name__}")
        return spec[1]._make(decode(s, v) for s, v in zip(spec[2], raw, strict=True))
    if kind == "object":
        if type(raw) is not dict or raw.keys() != spec[2].keys():
            raise Damaged(f"expected the attributes of {spec[1].__name__}")
        made = spec[1].__new__(spec[1])
        vars(made).update((name, decode(spec[2][name], raw[name])) for name in spec[2])
        return made
    if kind == "json":
        _check_json(raw, 0)
        return raw
    raise Damaged(f"unknown spec {kind}")


def _check_json(raw: Any, depth: int) -> None:
    if depth > 20:
        raise Damaged("JSON data nested too deeply")
    if type(raw) in (str, int, float, bool) or raw is None:
        return
    if type(raw) is list:
        for item in raw:
            _check_json(item, depth + 1)
        return
    if type(raw) is dict and _all(STR, list(raw)):
        for item in raw.values():
            _check_json(item, depth + 1)
        return
    raise Damaged("expected JSON data")


# ---- bounds: numbers used as indexes or sizes ----------------------------------------------------


def _within(values: Any, size: int) -> bool:
    """Every number in 0..size-1 (an index), checked in C."""
    return not values or (min(values) >= 0 and max(values) < size)


# the numbers that index or size something must be in range, so nothing reads past a table (or,
# with a negative number, from its other end)
SMALL = range(0, 1000)  # a phrase's length in words, a region number, a rule's reach


def check_analyzer(analyzer: Analyzer) -> None:
    if analyzer._longest not in SMALL or analyzer._topic_longest not in SMALL:
        raise Damaged("phrase lengths out of range")
    if not _within(analyzer.regions.values(), len(SMALL)):
        raise Damaged("region numbers out of range")
    for places in analyzer._idioms.values():
        if any(at not in SMALL or at >= len(idiom) for idiom, at in places):
            raise Damaged("idiom positions out of range")
    if not _within([n for ns in analyzer._gap_starts.values() for n in ns], len(analyzer._gaps)):
        raise Damaged("gap numbers out of range")


def check_safety(safety: Safety, rules: Mapping[str, Any] | None = None) -> None:
    """Bounds, and the parts red_flags.json says outright (`rules`, already read for the key):
    the rule ids in order and the learned check's settings. A crafted file with valid digests
    (anyone who can write the cache can make one) once crashed every calm question (empty learned
    settings) or silenced every emergency (no rules)."""
    if rules is not None:
        declared = rules.get("rules")
        ids = (
            [r.get("id") for r in declared if isinstance(r, dict)]
            if isinstance(declared, list)
            else []
        )
        if [rule.flag.id for rule in safety._rules] != ids:
            raise Damaged("not the rules red_flags.json declares")
        if safety._learned != rules.get("learned"):
            raise Damaged("not the learned check red_flags.json declares")
    _check_bounds(safety)


def _check_bounds(safety: Safety) -> None:
    phrases = safety._index
    count = len(phrases._texts)
    lists = [*phrases._by_stem.values(), *phrases._by_prefix.values(), phrases._numeric]
    if not _within(list(chain.from_iterable(lists)), count):
        raise Damaged("phrase numbers out of range")
    if phrases._longest_prefix not in SMALL or safety._checks != 0:
        raise Damaged("phrase index counters out of range")
    reaches = (safety._negation_reach, safety._pain_negation_reach, safety._exclusion_reach)
    if any(r not in SMALL for r in reaches) or any(r.within not in SMALL for r in safety._rules):
        raise Damaged("reaches out of range")
    if not _within([n for _, n in safety._combos], len(safety._rules)):
        raise Damaged("rule numbers out of range")


def check_screen(tables: tuple[Requirements, SenseGroups], safety: Safety) -> None:
    """One requirement per phrase of the safety's index that names a concept (the senses name
    none: screen.py pairs them up by position), with its concept; one group per sense, by its
    number in the index; every number within range."""
    required, (senses, by, phrase) = tables
    texts = safety._index._texts
    labels = [label for label, _ in texts if label]
    if [label for label, _ in required.needs] != labels:
        raise Damaged("requirements of other phrases")
    lists = [*required.by_stem.values(), *required.by_prefix.values(), required.numeric]
    if not _within(list(chain.from_iterable(lists)), len(labels)):
        raise Damaged("requirement numbers out of range")
    if phrase != [n for n, (label, _) in enumerate(texts) if not label]:
        raise Damaged("senses of other phrases")
    if len(senses) != len(phrase) or not _within(
        list(chain.from_iterable(by.values())), len(senses)
    ):
        raise Damaged("sense numbers out of range")


def check_index(index: IndexData, pack: Pack) -> None:
    size = index.size
    if size != len(pack.entries) or len(index.features) != size:
        raise Damaged("index of another pack")
    averages = (index.gram_avg, index.text_length)  # lengths that scores are divided by
    if not all(math.isfinite(x) and x > 0 for x in averages) or not 0 <= index.answer_share <= 1:
        raise Damaged("averages out of range")
    postings = list(index.postings.values())
    if any(len(docs) != len(tfs) or len(docs) != len(fields) for docs, tfs, fields in postings):
        raise Damaged("postings of unequal lengths")
    docs = [docs for docs, _, _ in postings if docs]
    if docs and (min(map(min, docs)) < 0 or max(map(max, docs)) >= size):
        raise Damaged("postings out of range")
    grams = list(chain.from_iterable(index.gram_postings.values()))
    if not _within([doc for doc, _ in grams], size):
        raise Damaged("n-gram postings out of range")


# ---- the key ----------------------------------------------------------------------------------


def _blake2b() -> Any:
    try:
        from _blake2 import blake2b  # hashlib would import OpenSSL's bindings: 3.6 ms
    except ImportError:  # pragma: no cover (every CPython build has it)
        from hashlib import blake2b
    return blake2b(digest_size=16)


def inputs_key(data: Mapping[str, bytes]) -> str:
    """The key of the tables built from these data files' bytes by this code. Every other file
    of the data directory counts too, by size and time: a builder that starts reading one
    (which tests/test_snapshot.py would also notice) cannot be served stale tables."""
    digest = _blake2b()
    digest.update(f"format {FORMAT} version {__version__}\n".encode())
    # the stemmer's stems are stored in every table (PyStemmer 2 and 3 stem 9 bundled words
    # apart), and marshal's format follows Python's: both count, as the code files do
    import Stemmer

    stemmer = os.stat(Stemmer.__file__)  # noqa: PTH116 (no pathlib: start-up time)
    digest.update(
        f"{sys.version} {Stemmer.__file__} {stemmer.st_size} {stemmer.st_mtime_ns}\n".encode()
    )
    for name in DATA_FILES:
        digest.update(f"{name} {len(data[name])}\n".encode())
        digest.update(data[name])
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # noqa: PTH120
    folders = [(os.path.join(package, part), ".py") for part in CODE]  # noqa: PTH118
    folders.append((os.path.dirname(data_file(BUNDLED)), ""))  # noqa: PTH120
    for folder, suffix in folders:
        with os.scandir(folder) as found:
            files = sorted((f.name, f) for f in found if f.name.endswith(suffix) and f.is_file())
        for name, entry in files:
            stat = entry.stat()
            digest.update(f"{folder}/{name} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return str(digest.hexdigest())


# ---- the file ---------------------------------------------------------------------------------


def snapshot_path(key: str) -> str:
    return os.path.join(cache_dir_name(), "snapshot", f"{PREFIX}{key}.bin")  # noqa: PTH118


PARTS = ("lexicon", "analyzer", "safety", "index", "screen")
Part = tuple[bytes, bytes]  # a part's marshal data and its digest, as the file says


def read_snapshot(path: str, key: str) -> dict[str, Part]:
    """A snapshot file's parts, still encoded; Damaged (or OSError) unless its header is this
    key's and lays out the parts exactly. Each part's digest is checked when it is read
    (`unmarshal`): `validate` reads the analyzer alone."""
    # without blocking, and a regular file only: a FIFO put at this (predictable) path hung
    # every ask, emergencies included (a cold review)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(descriptor, "rb") as file:  # noqa: PTH123
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise Damaged("not a regular file")
        # the file as opened (no race with a rename): one only this user could have written
        if refused(path, status):
            raise Damaged("not the user's own file")
        if status.st_size > MAX_BYTES:
            raise Damaged("too large")
        content = file.read(MAX_BYTES + 1)
    header = MAGIC + key.encode() + b"\n"
    if not content.startswith(header):
        raise Damaged("not a snapshot for this key")
    at = len(header)
    layout = []
    for name in PARTS:
        end = content.find(b"\n", at, at + 100)
        fields = content[at:end].split(b" ") if end > 0 else []
        if (
            len(fields) != 3
            or fields[0] != name.encode()
            or not fields[1].isdigit()
            or len(fields[2]) != 32
        ):
            raise Damaged("not the described parts")
        layout.append((name, int(fields[1]), fields[2]))
        at = end + 1
    if at + sum(length for _, length, _ in layout) != len(content):
        raise Damaged("truncated or extended")
    parts = {}
    for name, length, digest in layout:
        parts[name] = (content[at : at + length], digest)
        at += length
    return parts


def unmarshal(part: Part) -> Any:
    """A part's data, once its digest is right; Damaged if not."""
    payload, digest = part
    check = _blake2b()
    check.update(payload)
    if check.hexdigest().encode() != digest:
        raise Damaged("damaged")
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError) as exc:
        raise Damaged(f"not marshal data ({exc})") from None


def assemble(key: str, payloads: Mapping[str, bytes]) -> bytes:
    """A snapshot file's bytes: the key, each part's length and digest, then the parts."""
    lines = [MAGIC, key.encode(), b"\n"]
    for name in PARTS:
        check = _blake2b()
        check.update(payloads[name])
        lines.append(f"{name} {len(payloads[name])} {check.hexdigest()}\n".encode())
    return b"".join(lines) + b"".join(payloads[name] for name in PARTS)


def write_snapshot(path: str, key: str, parts: dict[str, Any]) -> None:
    """Write atomically; remove older snapshots beyond KEEP. OSError if it cannot be written."""
    from pathlib import Path

    from backcare.store.files import remove_stale_temps, write_atomic

    content = assemble(key, {name: marshal.dumps(parts[name]) for name in PARTS})
    if len(content) > MAX_BYTES:
        return  # not kept: a snapshot this large is not what the bundled data makes
    target = Path(path)
    make_root()
    target.parent.mkdir(MODE, exist_ok=True)
    remove_stale_temps(target.parent, STALE_TEMP_SECONDS)
    write_atomic(target, content, keep_mode=False)
    # never writable by the group (a `umask 002` session): the next run would refuse it
    os.chmod(target, stat.S_IMODE(target.stat().st_mode) & ~0o022)  # noqa: PTH101
    others = sorted(
        (p for p in target.parent.glob(f"{PREFIX}*.bin") if p != target),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in others[KEEP - 1 :]:
        old.unlink(missing_ok=True)


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

    def analyzer(self, builtin: bool, synonyms: tuple[tuple[str, ...], ...]) -> Analyzer | None:
        self._load()
        if self._lexicon != (builtin, synonyms):
            return None
        found: Analyzer | None = self._part("analyzer", ANALYZER, check_analyzer)
        return found

    def safety(self) -> Safety | None:
        self._load()
        declared = self._rules
        found: Safety | None = self._part("safety", SAFETY, lambda s: check_safety(s, declared))
        if found is not None:
            ready = found  # the quick exits' tables, read only if these tables screen
            found._ready_screen = lambda: self._screen(ready)
        return found

    def _screen(self, safety: Safety) -> tuple[Requirements, SenseGroups] | None:
        """The quick exits' tables (kept: the screen and the learned check's exit each ask)."""
        if "screen" not in self._kept:
            self._kept["screen"] = self._part("screen", SCREEN, lambda t: check_screen(t, safety))
        found: tuple[Requirements, SenseGroups] | None = self._kept["screen"]
        return found

    def bundled(self) -> tuple[Pack, MemoryStore | None]:
        """The bundled pack and a store over its index (None: the engine builds one)."""
        self._load()
        pack = self._pack
        if pack is None:  # the data could not be read: the loader says why, as before
            from backcare.packs.load import load_pack

            return load_pack(), None
        index: IndexData | None = self._part("index", INDEX, lambda i: check_index(i, pack))
        return pack, None if index is None else MemoryStore(pack, index)

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
    def _trusted(key: str) -> bool:
        """Whether the cache and its snapshot directory are the user's own, so that its snapshot
        may be read and written (hostile10 6: a planted one switched emergencies off); refused
        (reported once) otherwise, and the tables built as with no cache."""
        return not (root_refused() or refused(os.path.dirname(snapshot_path(key))))  # noqa: PTH120

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            data = {name: _read_data(name) for name in DATA_FILES}
        except OSError:
            return  # the loaders report a missing data file, as without a snapshot
        try:
            pack = parse_pack(data[BUNDLED], "bundled FAQ")
        except BackcareError:
            return  # the loader reports it, as without a snapshot
        self._pack = pack
        self._lexicon = (pack.builtin_lexicon, pack.synonyms)
        self._rules = _declared_rules(data["red_flags.json"])
        lexicon = [pack.builtin_lexicon, list(map(list, pack.synonyms))]
        try:
            key: str | None = inputs_key(data)
        except OSError:
            key = None
        if key is not None and self._trusted(key):
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
        analyzer = build_analyzer(pack.builtin_lexicon, pack.synonyms)
        safety = load_safety()
        index = build_index(pack, analyzer)
        self._built = {"analyzer": analyzer, "safety": safety, "index": index}
        if key is None or not self._path or not _writable(os.path.dirname(self._path)):  # noqa: PTH120
            return  # a read-only (or refused) cache: not worth encoding what cannot be written
        try:
            from backcare.engine.safety.quiet import sense_groups  # not imported by a single ask

            screen = (safety.build_requirements(), sense_groups(safety._index._texts))
            encoded = {
                "lexicon": lexicon,
                "analyzer": encode(ANALYZER, analyzer),
                "safety": encode(SAFETY, safety),
                "index": encode(INDEX, index),
                "screen": encode(SCREEN, screen),
            }
            safety._ready_screen = lambda: screen  # this run's check has them too
            write_snapshot(self._path, key, encoded)
        except (Uncovered, OSError, ValueError, TypeError, AttributeError):
            pass  # not kept (not described, or not writable): the next run builds again


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
    or None with BACKCARE_NO_SNAPSHOT set."""
    if not _TABLES:
        if os.environ.get("BACKCARE_NO_SNAPSHOT"):
            return None
        _TABLES.append(Tables())
    return _TABLES[0]


def forget() -> None:
    """Drop the process's tables (tests: the next use reads the snapshot again)."""
    _TABLES.clear()
