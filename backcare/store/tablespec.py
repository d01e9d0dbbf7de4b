"""What the snapshot's tables hold (backcare.store.snapshot): the typed description of every
attribute of the analyzer, the red-flag tables, the bundled index and the quick exits' tables
(SPECS, in the language of backcare.store.described), and the bounds of every number in them used
as an index or a size, checked once they are decoded.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Collection, Mapping
from itertools import chain

from backcare.engine.analyze import Analyzer
from backcare.engine.cues import Cues
from backcare.engine.index import IndexData
from backcare.engine.intent import Sense, Subject
from backcare.engine.safety.detect import Safety
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.reading import PhraseIndex, Requirements
from backcare.engine.safety.rules import Rule
from backcare.engine.safety.stem_lists import StemLists
from backcare.engine.sorted_rows import PhraseRows, WordRows
from backcare.hints import TYPE_CHECKING, Any
from backcare.store.described import (
    BOOL,
    EMPTY,
    FLOAT,
    INT,
    JSON,
    STR,
    STRS,
    Damaged,
    Spec,
    dc,
    fs,
    fx,
    ls,
    opt,
    rows,
    tp,
)
from backcare.store.protocol import DocFeatures

if TYPE_CHECKING:
    from backcare.engine.prebuilt import EntrySenses
    from backcare.engine.safety.quiet import SenseGroups
    from backcare.packs.schema import Pack


STEMS = tp(STR)  # a phrase as stems

# A record (a NamedTuple) is described field by field, by name: `record` lays the descriptions out
# in the class's order and RECORD_FIELDS keeps the names described, so tests/test_tablespec.py can
# name a field left out rather than the snapshot silently not being written.
RECORD_FIELDS: dict[type, tuple[str, ...]] = {}


def record(cls: Any, fields: Mapping[str, Spec]) -> Spec:
    """The description of the NamedTuple `cls`, its fields described by name in `fields`. A field
    of the class left out makes the description short: `encode` then finds every value Uncovered
    and the snapshot is not written (not a crash: each run builds its tables instead)."""
    RECORD_FIELDS[cls] = tuple(fields)
    return ("record", cls, tuple(fields[name] for name in cls._fields if name in fields))


# one sorted text each (engine/sorted_rows.py), checked by their laid_out()
PHRASE_ROWS: Spec = (
    "object",
    PhraseRows,
    {"_text": STR, "_reads": INT, "_found": None},
)
WORD_ROWS: Spec = ("object", WordRows, {"_text": STR, "_reads": INT, "_set": None})
ANALYZER: Spec = (
    "object",
    Analyzer,
    {
        "stopwords": STRS,
        "_stop_stems": STRS,
        "framing": STRS,
        "_only_broader": dc(STR, STRS),
        "_expansions": PHRASE_ROWS,
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
        "_topic_longest": INT,
        "_topic_starts": STRS,
        "_topic_lengths": dc(STR, tp(INT)),
        "_setting": STRS,
        "_setting_from": STRS,  # quality78: "tight from lifting the toddler"
        "_doing": STRS,
        "_always_asked": fs(STEMS),
        "_classes": fs(STEMS),
        "_topic_forms": EMPTY,
        "_source": STRS,
        "_place_after": STRS,  # quality50: "the kidney area" is a place on the body
        "_ages": tp(fx(STEMS, BOOL)),
        "_age_topic": STEMS,
        "_seen_on": fs(STEMS),
        "_seen_before": tp(STEMS),
        "_seen_unless": tp(STEMS),
        "_which": STRS,  # quality28: words before a kind asked to be named ("which painkiller")
        "_best": STRS,  # quality36: a topic asked the best one of, named only by its own words
    },
)
RED_FLAG: Spec = record(
    RedFlag,
    {
        "id": STR,
        "urgency": STR,
        "message": STR,
        "action": STR,
        "learned": opt(FLOAT),
        "call": opt(STR),
    },
)
RULE: Spec = record(
    Rule,
    {
        "flag": RED_FLAG,
        "when": tp(tp(STR)),
        "sets": tp(STRS),
        "within": INT,
        "needs_pain": BOOL,
        "history": BOOL,
        "anywhere": STRS,
        "explained": tp(fx(STRS, tp(STRS))),
        "others_now": fs(STRS),
        "pain_only": BOOL,
        "anyone": BOOL,
        "unless_pain_denied": BOOL,  # safety34
        "explained_unless": STRS,  # safety36
        "others_barred": tp(fx(STRS, STRS)),  # safety54
        "spine_apart": BOOL,  # safety60
        "across": tp(fx(STR, INT)),  # safety88
        "across_in": tp(fx(STRS, tp(fx(STR, INT)))),  # safety119
        "pain_explained": STRS,  # safety136
    },
)
STEM_LISTS: Spec = (
    "object",
    StemLists,
    {
        "_keys": STR,
        "_key_lengths": ("array", "I"),
        "_numbers": STR,  # a character a phrase number
        "_number_lengths": ("array", "I"),
        "_found": EMPTY,  # made after many look-ups
        "_reads": INT,
        "_starts": None,  # made when first looked up
    },
)
PHRASE_INDEX: Spec = (
    "object",
    PhraseIndex,
    {
        "_texts": rows(2),  # (label, text) a phrase, made when the phrase is first compiled
        "_compiled": EMPTY,  # compiled on first use
        "_classes": dc(STR, fx(FLOAT, FLOAT, STR)),
        "_by_stem": STEM_LISTS,
        "_by_prefix": dc(STR, ls(INT)),
        "_numeric": ls(INT),
        "_starts": EMPTY,
        "_group_bits": EMPTY,  # given as phrases are compiled
        "_stem_bits": EMPTY,
        "_alternatives": EMPTY,
        "_longest_prefix": INT,
        # each phrase's needs as text (reading.needs_text), read before a phrase is compiled
        "_needs": opt(rows(1)),
        "_text_bits": EMPTY,  # given as phrases are met
    },
)
# Safety: most of its attributes are word sets; the others are listed
_SAFETY_OTHERS: dict[str, Spec] = {
    "_surfaces": WORD_ROWS,  # every word of the phrases
    "_spellings": dc(STR, STR),
    "_frame_cues": dc(STR, STR),  # safety68: a topic frame's cue phrase -> its kind
    "_frame_reach": dc(STR, INT),
    "_frame_owner_before": INT,
    "_frame_owner_after": INT,
    "_frame_live_reach": INT,
    "_frame_list_signs": INT,
    "_frame_years": fx(INT, INT),  # safety73: the years a care note's managed sign is dated by
    "_frame_resemblance_reach": INT,
    "_frame_bars_before": dc(STR, fs(STR)),  # safety73: a cue -> the words that bar it
    "_frame_bars_after": dc(STR, fs(STR)),
    "_hypothetical": dc(STR, fs(STR)),  # safety71: the words of signs only supposed, by role
    "_pronoun_sign_of": dc(STR, STR),  # safety39: a sign told by a pronoun -> its sign
    "_pronoun_named": dc(STR, fs(STR)),  # safety91: a claim by a pronoun -> names it takes
    "_pronoun_named_reach": INT,
    "_ability_sign_of": dc(STR, STR),  # safety44: an ability asked about -> its loss
    "_signs_told_by": dc(STR, STR),  # safety44: both of the above, for the quick exits
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
    "_anywhere_weak_causes": dc(STR, STRS),  # safety63: causes that explain from anywhere
    "_index": PHRASE_INDEX,
    "_joined": STR,
    "_by_prefix": EMPTY,  # memos
    "_word_reading": EMPTY,
    "_known_stems": EMPTY,
    "_corrections": EMPTY,
    "_typo_searches": EMPTY,
    "_rules": ls(RULE),
    "_learned": opt(JSON),
    "_net": None,
    "_quiet": None,
    "_screen": None,
    "_last_read": None,
    "_last_explained": fx(STR, fs(INT)),  # safety104: the signs a cause explained (a memo)
    "_last_pointer": fx(STR, opt(STR)),  # the last question's pointer tier (a memo)
    "_accident_reach": INT,
    "_accident_not_told": fs(tp(STR)),
    "_possessed_reach": INT,  # safety48: a thing's owner (possessed.py)
    "_asking_reach": INT,  # safety55: words a trailing question may take to name its asker
    "_possessed_idioms": fs(tp(STR)),
    "_sentence_causes": dc(STR, fx(STRS, STRS)),  # safety48: a cause's sentence reach
    "_told_causes": dc(STR, fx(STRS, STRS)),  # safety98: causes barred from a sign told
    "_combos": ls(fx(STRS, INT)),
    "_combos_by": dc(STR, ls(STRS)),
    "_reading_denials": dc(STR, STR),  # safety125: a normal reading's concept -> the sign it denies
}


def constructed(cls: type) -> list[str]:
    """The attributes the constructors of `cls` and its bases store on `self`, in order of first
    mention, read from their code's names (cheap: no constructor runs, no module is imported).
    Those names are every `self._x` they name, besides globals and methods, so a name of another
    object's private attribute read there would be counted as well: `encode` then finds it missing
    from the built object and the snapshot is not written (tests/test_snapshot.py names it)."""
    methods = set().union(*(vars(base) for base in cls.__mro__))
    found: dict[str, None] = {}
    for base in reversed(cls.__mro__):
        code = getattr(vars(base).get("__init__"), "__code__", None)
        if code is None:
            continue
        names = vars(sys.modules[base.__module__])
        found.update(
            (name, None)
            for name in code.co_names
            if name[0] == "_" and name[:2] != "__" and name not in names and name not in methods
        )
    return list(found)


# Safety's word sets: every attribute its constructors store that is not described above (the
# red-flag vocabulary's frozensets of words, ~160, one more with most safety changes). Derived,
# so that a new set needs no edit here; tests/test_snapshot.py checks that the derived names are
# exactly the frozensets of a built Safety.
SAFETY_WORD_SETS = [name for name in constructed(Safety) if name not in _SAFETY_OTHERS]
SAFETY: Spec = (
    "object",
    Safety,
    {**dict.fromkeys(SAFETY_WORD_SETS, STRS), **_SAFETY_OTHERS},
)
# Safety's tables stored as parts of their own (SAFETY_LATER: named in store/snapfile.py, the
# file's layout, which must not import the engine's classes this module describes)
# the question types' cues (intents.json, engine/cues.py): ~2.4 ms to stem at every cold ask
CUES: Spec = record(
    Cues,
    {
        "strong": dc(STEMS, STR),
        "weak": dc(STEMS, STR),
        "leading": STRS,
        "yes_no": STRS,
        "open_in_yes_no": STRS,
        "comparatives": fs(STEMS),
        "combining": fs(STEMS),
        "joiners": STRS,
        "choosing": STRS,
        "contracted": dc(STR, STEMS),
        "practical": STRS,
        "pleas": fs(STEMS),
        "to_pack": fs(STEMS),
        "back_references": STRS,
        "tails": dc(STR, STR),
        "negations": STRS,
        "negation_reach": INT,
        "clause_breaks": STRS,
        "alone": STRS,
        "named": dc(STR, STRS),
        "how_first": STRS,
        "joined": dc(fx(STR, STR), STR),
        "in_answers": dc(STEMS, STR),
        "join_actions": dc(STR, fx(STRS, STEMS, INT)),
        "absent": STRS,
        "absent_reach": INT,
        "mentioned": STRS,
        "mentioned_reach": INT,
        "mentioned_unless": STRS,
        "verdicts": STRS,
        "gapped": dc(STEMS, fx(STRS, STR)),
        "gap_reach": INT,
        "methods": STRS,
        "verdict_links": STRS,
        "contrast": STRS,
        "price_signs": STRS,
        "price_type": STR,
        "plain": fs(STEMS),  # quality50: "last month" (as typed words) asks nothing
        "set_against": STRS,  # quality55: "versus", "vs" set two things against each other
        "object_ends": STRS,  # quality60: "if", "so" end a cue's object before it starts
        "objectless_also": dc(STR, STRS),  # quality60: what to avoid asks a remedy too
    },
)
POSTINGS: Spec = fx(("array", "I"), ("array", "f"), ("array", "B"))
INDEX: Spec = record(
    IndexData,
    {
        "size": INT,
        "postings": dc(STR, POSTINGS),
        "vocabulary": ("set", STR),
        "gram_df": ("counter", STR),
        "gram_avg": FLOAT,
        "features": ls(record(DocFeatures, {"grams": ("counter", STR), "gram_len": INT})),
        "gram_postings": dc(STR, ls(fx(INT, INT))),
        "answer_share": FLOAT,
        "text_length": FLOAT,
        "answer_weight": FLOAT,
    },
)
# the red-flag check's quick exits' index (detect.Safety.build_requirements): a part of its own,
# read only when a run screens (validate, a batch), so a single ask decodes nothing more
REQUIREMENTS: Spec = record(
    Requirements,
    {
        "by_stem": dc(STR, tp(INT)),
        "by_prefix": dc(STR, tp(INT)),
        "numeric": tp(INT),
        "needs": tp(fx(STR, tp(STRS))),
    },
)
# ... and the learned check's quick exit's senses (quiet.sense_groups)
SENSE_GROUPS: Spec = fx(ls(ls(STRS)), dc(STR, ls(INT)), ls(INT))
SCREEN: Spec = fx(REQUIREMENTS, SENSE_GROUPS)
# the bundled question-type and subject tables (intent.build_sense) but the two objects they read
# through, the analyzer and the cues: parts of their own, attached again when read (SENSE_SHARED)
SENSE_SHARED = ("analyzer", "cues")
SENSE: Spec = (
    "object",
    Sense,
    {
        "borders": STRS,
        "_problem_kinds": STRS,
        "_longest": INT,
        "_starts": STRS,
        "_cue_kinds": dc(STEMS, fx(STR, BOOL)),
        "_cue_lengths": dc(STR, tp(INT)),
        "_gap_lengths": dc(STR, tp(INT)),
        "_plain_asking": STRS,
        "_asked": fx(STR, opt(STR)),  # the last text's asking sentence (a memo)
        "_spans": EMPTY,  # memos
        "_readings": EMPTY,
        "_plain_firsts": STRS,
        "_plain_sizes": tp(INT),
        "_region_phrases": dc(STEMS, INT),
        "_stop_stems": STRS,
        "_stopwords": STRS,
        "_practical_stems": STRS,
        "_practical_words": STRS,
        "_not_subject": STRS,
        "_naming_of": EMPTY,
    },
)
# every bundled entry's sense (prebuilt.entry_senses): (types, subject, regions) and the types its
# answer answers only there, with the stems saying so, by entry number
SUBJECT: Spec = record(Subject, {"stems": STRS, "phrases": tp(STEMS), "distinct": STRS})
SENSES: Spec = fx(dc(INT, fx(STRS, SUBJECT, fs(INT))), dc(INT, dc(STR, STRS)))
SPECS: dict[str, Spec] = {
    "analyzer": ANALYZER,
    "safety": SAFETY,
    "index": INDEX,
    "screen": SCREEN,
    "cues": CUES,
    "sense": SENSE,
    "senses": SENSES,
}


# ---- bounds: numbers used as indexes or sizes ----------------------------------------------------


def _within(values: Any, size: int) -> bool:
    """Every number in 0..size-1 (an index), checked in C."""
    return not values or (min(values) >= 0 and max(values) < size)


# the numbers that index or size something must be in range, so nothing reads past a table (or,
# with a negative number, from its other end)
SMALL = range(0, 1000)  # a phrase's length in words, a region number, a rule's reach


def check_analyzer(analyzer: Analyzer) -> None:
    if not analyzer._expansions.laid_out():
        raise Damaged("phrase expansions not laid out")
    if analyzer._longest not in SMALL or analyzer._topic_longest not in SMALL:
        raise Damaged("phrase lengths out of range")
    if not _within(analyzer.regions.values(), len(SMALL)):
        raise Damaged("region numbers out of range")
    for places in analyzer._idioms.values():
        if any(at not in SMALL or at >= len(idiom) for idiom, at in places):
            raise Damaged("idiom positions out of range")
    if not _within([n for ns in analyzer._gap_starts.values() for n in ns], len(analyzer._gaps)):
        raise Damaged("gap numbers out of range")


def declared_ids(rules: Mapping[str, Any]) -> list[Any]:
    """The rule ids red_flags.json declares, in order ([] when it declares none)."""
    declared = rules.get("rules")
    if not isinstance(declared, list):
        return []
    return [r.get("id") for r in declared if isinstance(r, dict)]


def check_safety(safety: Safety, rules: Mapping[str, Any]) -> None:
    """Bounds, and the learned check's settings as red_flags.json says them outright (`rules`,
    already read for the key); the rules themselves are a part read later (check_rules). A
    crafted file with valid digests (anyone who can write the cache can make one) once crashed
    every calm question (empty learned settings) or silenced every emergency (no rules)."""
    if safety._learned != rules.get("learned"):
        raise Damaged("not the learned check red_flags.json declares")
    if not safety._surfaces.laid_out():
        raise Damaged("the phrases' words not laid out")
    _check_bounds(safety, len(declared_ids(rules)))


def check_rules(found: list[Rule], rules: Mapping[str, Any]) -> None:
    """The rules (Safety._rules, read when first used): those red_flags.json declares, in order
    (so as many as the combinations' rule numbers were checked against), reaches in range."""
    if [rule.flag.id for rule in found] != declared_ids(rules):
        raise Damaged("not the rules red_flags.json declares")
    if any(rule.within not in SMALL for rule in found):
        raise Damaged("reaches out of range")


def check_later(name: str, table: Any, rules: Mapping[str, Any]) -> None:
    """The bounds of one of SAFETY_LATER's tables (only the rules have any)."""
    if name == "_rules":
        check_rules(table, rules)


def _stem_lists_laid_out(stems: StemLists, count: int) -> bool:
    """Whether the rows' lengths add up to the stems' and the numbers' strings, as many rows of
    each, every number (a character's code point) below `count`, and no look-up counted. The
    stems' order is not checked (a binary search of unsorted stems misses some, as a file that
    changes a phrase's text would: a crafted file is outside what the checks can find)."""
    keys, numbers = stems._key_lengths, stems._number_lengths
    # one search in C: a comparison a number, as _within makes, costs ~9M instructions here
    beyond = f"[^\\x00-\\U{max(count - 1, 0):08x}]" if count else "."
    return (
        len(keys) == len(numbers)
        and sum(keys) == len(stems._keys)
        and sum(numbers) == len(stems._numbers)
        and re.search(beyond, stems._numbers, re.DOTALL) is None
        and stems._reads == 0
    )


def _check_bounds(safety: Safety, rule_count: int) -> None:
    phrases = safety._index
    count = len(phrases._texts)
    lists = [*phrases._by_prefix.values(), phrases._numeric]
    if not _within(list(chain.from_iterable(lists)), count):
        raise Damaged("phrase numbers out of range")
    if not _stem_lists_laid_out(phrases._by_stem, count):
        raise Damaged("phrases by stem out of range")
    if phrases._needs is not None and len(phrases._needs) != count:
        raise Damaged("needs of other phrases")
    if phrases._longest_prefix not in SMALL or safety._checks != 0:
        raise Damaged("phrase index counters out of range")
    reaches = (
        safety._negation_reach,
        safety._pain_negation_reach,
        safety._exclusion_reach,
        safety._pronoun_named_reach,
    )
    if any(r not in SMALL for r in reaches):
        raise Damaged("reaches out of range")
    # rule numbers: the rules, read later, must be those declared (check_rules), so as many
    if not _within([n for _, n in safety._combos], rule_count):
        raise Damaged("rule numbers out of range")


def check_screen(tables: tuple[Requirements, SenseGroups], safety: Safety) -> None:
    """One requirement per phrase of the safety's index that names a concept (the senses name
    none: screen.py pairs them up by position), with its concept; one group per sense (and per phrase of
    a concept read as a sense), by its number in the index; every number within range."""
    required, (senses, by, phrase) = tables
    texts = safety._index._texts
    labels = [label for label, _ in texts if label]
    if [label for label, _ in required.needs] != labels:
        raise Damaged("requirements of other phrases")
    lists = [*required.by_stem.values(), *required.by_prefix.values(), required.numeric]
    if not _within(list(chain.from_iterable(lists)), len(labels)):
        raise Damaged("requirement numbers out of range")
    as_senses = safety._as_senses  # concepts the learned check reads as senses (quiet.py)
    if phrase != [n for n, (label, _) in enumerate(texts) if not label or label in as_senses]:
        raise Damaged("senses of other phrases")
    if len(senses) != len(phrase) or not _within(
        list(chain.from_iterable(by.values())), len(senses)
    ):
        raise Damaged("sense numbers out of range")


def check_cues(cues: Cues) -> None:
    """The reaches count words (a negation's, an absence's, a joined type's exception's)."""
    reaches = [cues.negation_reach, cues.absent_reach, cues.mentioned_reach, cues.gap_reach]
    reaches += [reach for _, _, reach in cues.join_actions.values()]
    if any(reach not in SMALL for reach in reaches):
        raise Damaged("cue reaches out of range")


def check_senses(senses: EntrySenses, size: int, regions: Collection[int]) -> None:
    """One sense for each of the store's `size` entries (none other), answered types only of
    them, and only the analyzer's region numbers (`regions`)."""
    found, answered = senses
    if list(found) != list(range(size)) or not set(answered) <= set(found):
        raise Damaged("senses of other entries")
    if not all(places <= frozenset(regions) for _, _, places in found.values()):
        raise Damaged("region numbers of no region")


def check_sense(sense: Sense, cues: Cues) -> None:
    """The cue lengths are the cues' (the longest read at each word), the sizes and region
    numbers in range."""
    if sense._longest != cues.longest:
        raise Damaged("the longest cue is not the cues'")
    lengths = [*chain.from_iterable(sense._cue_lengths.values()), *sense._plain_sizes]
    lengths += chain.from_iterable(sense._gap_lengths.values())
    if not _within(lengths, len(SMALL)) or not _within(sense._region_phrases.values(), len(SMALL)):
        raise Damaged("cue lengths or region numbers out of range")


def check_index(index: IndexData, pack: Pack) -> None:
    size = index.size
    if size != len(pack.entries) or len(index.features) != size:
        raise Damaged("index of another pack")
    averages = (index.gram_avg, index.text_length)  # lengths that scores are divided by
    if not all(math.isfinite(x) and x > 0 for x in averages) or not 0 <= index.answer_share <= 1:
        raise Damaged("averages out of range")
    if not 0 <= index.answer_weight <= 1:  # NaN fails too
        raise Damaged("answer weight out of range")
    postings = list(index.postings.values())
    if any(len(docs) != len(tfs) or len(docs) != len(fields) for docs, tfs, fields in postings):
        raise Damaged("postings of unequal lengths")
    docs = [docs for docs, _, _ in postings if docs]
    if docs and (min(map(min, docs)) < 0 or max(map(max, docs)) >= size):
        raise Damaged("postings out of range")
    grams = list(chain.from_iterable(index.gram_postings.values()))
    if not _within([doc for doc, _ in grams], size):
        raise Damaged("n-gram postings out of range")
