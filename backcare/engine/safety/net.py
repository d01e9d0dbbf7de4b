"""A learned red-flag check beside the rules: it may ADD one notice when the rules raise none.

The rules (detect.py) catch the phrasings someone wrote down; people who never saw them describe
the same symptoms in other words. This is a linear model (multinomial logistic regression over
hashed features, trained by tools/train_redflag_net.py on every labelled set) that reads the same
normalised question the rules read: word stems and stem pairs (a word after a negation marked
"~"), the vocabulary's concepts as judged by the rules' reading (live, denied, someone else's,
over) and pairs of live concepts in one sentence, and letter 3-5-grams inside words for typos.

Its output is an ordinal judgement: P(at least soon), P(at least urgent), P(emergency). The most
urgent tier whose probability passes that tier's threshold (chosen by leave-sets-out
cross-validation, stored in the model file) raises one notice of that tier. It is consulted only
when the rules raise nothing, so it never removes or lowers a rule's notice.

Model file (data/redflag_net.bin): MAGIC, one line of JSON (classes, bucket bits, per-class
scale and bias, thresholds, provenance), then int8 weights, class-major (class * 2**bits + bucket).
Loading reads it once (~0.6 ms for the 1 MB, no copy); a damaged or missing file is a DataError, never a traceback.
"""

from __future__ import annotations

import json
import math
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter

from backcare.engine.safety.checklist import TICK_MARK
from backcare.engine.safety.flags import URGENCIES
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.tuning import (
    NET_FEATURE_CACHE,
    NET_MAX_GRAM_WORD,
    NET_MAX_WINDOWS,
    NET_WINDOW_WORDS,
    NET_WORD_CACHE,
)
from backcare.hints import Any
from backcare.namedtuple import NamedTuple
from backcare.resources import DataError

MAGIC = b"BCNET1\n"
NONE = "none"
CLASSES = (NONE, "soon", "urgent", "emergency")  # in order of urgency, as the model's classes
NGRAMS = (3, 4, 5)  # letter n-grams inside a word ("<numbess>"), for typos and word forms


class Concept(NamedTuple):
    """A concept mention as the net reads it: the rules' judgement flattened to a few states."""

    name: str
    sentence: int
    state: str  # "" live, "!" denied, "@" someone else's, "^" over (long ago or lately)


def features(
    tokens: Sequence[Token], concepts: Iterable[Concept], negations: frozenset[str], reach: int
) -> list[str]:
    """The features of a question read by the rules' reader. Words within `reach` after a
    negation in the same scope are marked '~' ("no numbness" is not "numbness")."""
    out: list[str] = []
    marked = _marked(tokens, negations, reach)
    tick = TICK_MARK
    for i, word in enumerate(marked):
        if tokens[i].surface == tick:
            continue  # the checklist's mark of a ticked item: no word of the writer's
        out.append(f"w:{word}")
        if i and tokens[i - 1].clause == tokens[i].clause and tokens[i - 1].surface != tick:
            out.append(f"b:{marked[i - 1]}_{word}")
    for token in tokens:
        if (
            token.number is None
            and len(token.surface) <= NET_MAX_GRAM_WORD
            and token.surface != tick
        ):
            out.extend(_letter_grams(token.surface))
    live: dict[int, set[str]] = {}
    for c in concepts:
        out.append(f"c:{c.name}{c.state}")
        if not c.state:
            live.setdefault(c.sentence, set()).add(c.name)
    for names in live.values():
        ordered = sorted(names)
        out.extend(f"p:{a}+{b}" for k, a in enumerate(ordered) for b in ordered[k + 1 :])
    return out


_NO_VALUES: frozenset[int] = frozenset()  # a position's letter n-grams when it has none


def _marked(tokens: Sequence[Token], negations: frozenset[str], reach: int) -> list[str]:
    """Each token's word as the features name it: its stem ("#" for a number), "~" before it
    within `reach` after a negation in the same scope. A token's mark depends only on the tokens
    before it, so a prefix of the tokens is marked as the whole's prefix."""
    marked: list[str] = []
    denied_until = -1
    scope = -1
    for i, token in enumerate(tokens):
        if token.scope != scope:
            scope, denied_until = token.scope, -1
        word = "#" if token.number is not None else token.stem
        if token.surface in negations:
            denied_until = i + reach
            marked.append(word)
            continue
        marked.append(f"~{word}" if i <= denied_until else word)
    return marked


def windows(
    tokens: Sequence[Token], size: int = NET_WINDOW_WORDS, most: int = NET_MAX_WINDOWS
) -> list[tuple[int, int]]:
    """The spans (start, end) of a long message's tokens that the check scores one at a time,
    a sentence or a few as the lines it was trained on: each sentence alone, and with the whole
    sentences after it that fit in `size` tokens (a sign may need the sentence before it, "my
    back went on monday. now I can't feel my bum"; a question about chairs after it must not
    drown it). A sentence longer than `size` (a run-on without stops) is cut into pieces of half
    of it, so windows overlap by half. More than `most` windows (a pasted book): windows that do
    not overlap, the first `most` of them: the cost stays bounded, every word up to there read."""
    units: list[tuple[int, int]] = []  # sentences, or pieces of a long one
    half = max(1, size // 2)
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i].sentence != tokens[start].sentence:
            if i - start > size:
                units.extend((k, min(k + half, i)) for k in range(start, i, half))
            else:
                units.append((start, i))
            start = i
    spans: list[tuple[int, int]] = []
    end_unit = 0
    for k, (first, end) in enumerate(units):
        spans.append((first, end))
        end_unit = max(end_unit, k + 1)
        while end_unit < len(units) and units[end_unit][1] - first <= size:
            end_unit += 1
        if end_unit > k + 1:
            spans.append((first, units[end_unit - 1][1]))
    if len(spans) <= most:
        return spans
    packed: list[tuple[int, int]] = []
    k = 0
    while k < len(units) and len(packed) < most:
        first, end_unit = units[k][0], k + 1
        while end_unit < len(units) and units[end_unit][1] - first <= size:
            end_unit += 1
        packed.append((first, units[end_unit - 1][1]))
        k = end_unit
    return packed


@lru_cache(maxsize=NET_WORD_CACHE)
def _letter_grams(surface: str) -> tuple[str, ...]:
    """A word's letter n-gram features ("<numbess>"), kept per word: a batch repeats its words."""
    padded = f"<{surface}>"
    return tuple(f"g:{padded[k : k + n]}" for n in NGRAMS for k in range(len(padded) - n + 1))


def letter_grams(surface: str) -> tuple[str, ...]:
    """A word's letter n-gram features, as `features` reads them (spelt.py drops some)."""
    return _letter_grams(surface)


_crcs: dict[str, int] = {}  # feature -> its CRC-32, across questions (bounded: NET_FEATURE_CACHE)


def buckets(names: Iterable[str], bits: int) -> dict[int, int]:
    """Each feature's bucket (CRC-32 of its UTF-8, the low `bits` bits) with its count."""
    mask = (1 << bits) - 1
    counts: dict[int, int] = {}
    crcs = _crcs
    for name in names:
        crc = crcs.get(name)
        if crc is None:
            if len(crcs) >= NET_FEATURE_CACHE:
                crcs.clear()
            crc = crcs[name] = zlib.crc32(name.encode())
        b = crc & mask
        counts[b] = counts.get(b, 0) + 1
    return counts


def vector(names: Iterable[str], bits: int) -> dict[int, float]:
    """The hashed features, each present once (1.0): a story told twice is no more alarming than
    once. Not scaled to unit length: a short question ("back pain") then carries little evidence
    either way and the model's bias decides, where a unit-length vector gave its few words the
    weight of a whole story."""
    return dict.fromkeys(buckets(names, bits), 1.0)


# the states a concept feature may carry ("c:NUMB!"): detect.Safety.learned_features writes them
CONCEPT_STATES = ("", "!", "@", "^", "?")
# a bound must clear a threshold by this much before a question is skipped: the bound and
# `probabilities` add the same integers but divide in another order
BOUND_MARGIN = 1e-9
_TIER_CLASS = tuple((tier, CLASSES.index(tier)) for tier in URGENCIES)  # most urgent first
# a packed feature value (Net._sums_of): its bucket in the low bits (a sum of fewer than PACK_MAX
# buckets of at most 24 bits fits), then one field per class (as does a sum of (weight + 128) <=
# 255 a bucket); more buckets than that (never: a question's features are bounded) are summed
# row by row
PACK_LOW = 48
PACK_FIELD = 32
PACK_MAX = 1 << 24
# int8 weights as bytes -> the weight if positive (else 0), and if negative (else 0)
_POSITIVE = bytes(b if b < 128 else 0 for b in range(256))
_NEGATIVE = bytes(b if b >= 128 else 0 for b in range(256))


# concepts added after the learned check was trained (safety28), as the model knows them: feeling
# hot was read as FEVER; the others were no concept (a sense, or nothing) and stay no feature, so
# the model's inputs are those it was trained on until it is retrained with them
UNTRAINED: dict[str, str] = {
    "FEEL_HOT": "FEVER",
    "BREATH_PAIN": "BREATHLESS",  # safety139: a pain on breathing, split from breathlessness
    "HOT_WEATHER": "",
    "RACE_CAUSE": "",
    "FULL_RECOVERY": "",
    "RETURNED": "",
    "LONG_STANDING": "",  # safety27: background times and causes
    "ACHE_CAUSE": "",
    "VACCINE_CAUSE": "",  # safety123: a vaccination, aches all over its after-effect
    "ANGINA_MED": "",  # safety32: chest pain told by its medicine
    "GAIT_CHANGE": "",  # safety32: a changed walk, read with cancer only
    "EASED_ON_STOPPING": "",  # safety34: a numbness easing on getting off or up
    "RECURRED": "",  # safety36: a sign told as back by a pronoun ("it's back")
    "CANCER_SPREAD": "",  # safety103: a cancer told as spread or come back, read by cancer-history only
    "UNCHANGED": "",  # safety119: a course told as not changed at all, read by not-improving
    "STEADY_WORSE": "",  # safety103: pain told as steadily worsening, read by cancer-history only
    "CLINICIAN": "",  # safety41: a clinician's instruction to get care now or today
    "NOT_CARED_FOR": "",  # safety55: a patient, a client: a bar on others' emergencies
    "SENT_NOW": "",
    "SENT_TODAY": "",
    "PULSING_BELLY": "",  # safety39: a pulse in the belly, read by chest-heart's rule only
    "BLADDER_IT_STOPPED": "",  # safety39: a bladder told by a pronoun (returned.py)
    "BLADDER_IT_LET_GO": "",
    "CES_NAMED": "",  # safety91: a condition named, and its claim by a pronoun (returned.py)
    "CES_IT": "",
    "FOOTWEAR_CAUSE": "",  # safety112: broken footwear, a dragging foot's cause
    "LEGS_THEY": "",
    "IN_BOTH": "",  # safety44: "in both" after a leg's sign, read by both-legs only
    "ASKED_FEEL": "",  # safety44: an ability asked about, its loss when answered no
    "ASKED_PEE": "",
    "OD_TAKEN": "",  # safety58: an overdose told as taken, and its times and aims
    "OD_MANY": "",
    "OD_RECENT": "",
    "OD_PURPOSE": "",
    "OD_SPREAD": "",
    "OD_DOUBLE": "",  # safety61: more than a dose taken by mistake
    "NEAR_WET": "INCONTINENCE",  # safety61: a near leak, read as the leak it was trained as
    "CONTROL_LOST": "",  # safety60: a loss of control told, read with a leak's time only
    "OD_ACCIDENT": "",  # safety60: an overdose taken by mistake
    "PILLS_ALL_TAKEN": "",  # a whole supply told as taken, read with a purpose only
    "STUCK_DOWN": "",  # safety60: unable to get up, read with a fall by trauma only
    "LEGS_STILL": "",  # safety65: both legs not moving, read by both-legs only
    "MOVE_PAIN_CAUSE": "",  # safety65: legs kept still because moving hurts
    "OD_SUPPLY": "",  # safety70: a supply taken, a routine, a stated limit and a count past it
    "OD_ROUTINE": "",
    "OD_ROUTINE_TIME": "",
    "OD_NOT_SUPPLY": "",
    "OD_LIMIT": "",
    "OD_OVER": "",
    "OD_DAYS": "",
    "OD_COURSE": "",  # safety75: a supply told as a course of treatment
    "COLD_DIP": "",  # safety72: a cold-water dip, a heat patch, a device a crash word meant
    "HEAT_APPLIED": "",
    "DEVICE_MEANT": "",
    "OD_COUNT_SPAN": "",  # safety88: a count of tablets over hours, and what too many do
    "OD_EFFECTS": "",
    "HISTORY_CLEAR": "",  # safety88: a cancer told cleared, the low back named
    "LOW_BACK": "",
    "NOT_ONESELF": "",  # safety116: older persons' signs, read by sepsis-shock only
    "ELDER": "",
    "TEMP_TOLD": "",
    "SMALL_CHILD": "",  # safety116: a bar on a wetting unnoticed
    "SHAPE_CHANGE": "",  # fixE: a back's shape told as changing, read by lump-shape only
    "INCONT_ONSET": "",  # safety137: a leak told as begun, in INCONTINENCE's own words
    "HIGH_FEVER": "",  # safety137: a fever told high, read from a FEVER mention
    "WEIGHT_DOWN": "",  # safety137: a weight told down by a figure, read with "not trying" only
}


def concept_of(m: Mention) -> Concept | None:
    """A mention as the concept features read it (its concept as the model knows it, UNTRAINED;
    None for one that is no feature), its state flattened: "!" denied, "@" someone else's, "^"
    over (long ago or lately), "?" named as a topic ("is it true that a fever can come with..."),
    "" live."""
    name = UNTRAINED.get(m.concept, m.concept)
    if not name:
        return None
    state = (
        "!"
        if m.negated
        else "@"
        if m.other
        else "^"
        if m.past or m.resolved
        else "?"
        if m.general or m.asked
        else ""
    )
    return Concept(name, m.sentence, state)


def concept_features(concepts: Iterable[str]) -> list[str]:
    """Every concept feature (`features`) of a question whose mentions name some of these
    concepts, in any state, and any two of them live in one sentence."""
    names = sorted(set(concepts))
    out = [f"c:{name}{state}" for name in names for state in CONCEPT_STATES]
    out += [f"p:{a}+{b}" for k, a in enumerate(names) for b in names[k + 1 :]]
    return out


class Net:
    """The model: per class a bias and int8 weights with one scale, and each tier's threshold."""

    def __init__(self, meta: Mapping[str, Any], weights: memoryview) -> None:
        self.meta = meta
        self.bits = int(meta["bits"])
        self._weights = weights
        size = 1 << self.bits
        # one view per class (no copy), so a class's sum is read in C: sum(map(row.__getitem__))
        self._rows = [weights[c * size : (c + 1) * size] for c in range(len(CLASSES))]
        self._scale = [float(s) for s in meta["scale"]]
        self._bias = [float(b) for b in meta["bias"]]
        self.thresholds = {t: float(meta["thresholds"][t]) for t in URGENCIES}
        # per class, the positive and the negative weights alone (`may_raise`), made when needed
        self._signed: tuple[list[memoryview], list[memoryview]] | None = None
        # feature -> its bucket, across a batch's questions (bounded: NET_FEATURE_CACHE), so a
        # question's buckets are one lookup a feature in C (`present`)
        self._buckets: dict[str, int] = {}
        # feature -> its bucket and that bucket's weights packed in one integer (`_packed`)
        self._packed: dict[str, int] = {}
        # a word -> its letter n-grams' packed values (`word_values`), bounded: NET_WORD_CACHE
        self._grams: dict[str, frozenset[int]] = {}

    def present(self, names: Iterable[str]) -> set[int]:
        """The buckets of these features (the keys of `vector(names, self.bits)`)."""
        names = names if isinstance(names, (list, tuple)) else list(names)
        return self._memoised(self._buckets, names, None)

    def _sums_of(self, names: Sequence[str]) -> list[int]:
        """Each class's sum of weights over the buckets of these features (each bucket once),
        as `_sums(self._rows, self.present(names))` but in one pass: a feature's value packs
        its bucket in the low PACK_LOW bits and each class's weight plus 128 in a PACK_FIELD-bit
        field above, so the set of values holds each bucket once (a value names its bucket) and
        their one sum holds every class's sum (no field overflows: 255 x buckets < 2**32)."""
        return self.sums_of_values(self._memoised(self._packed, names, self._pack))

    def _memoised(
        self, memo: dict[str, int], names: Sequence[str], value: Callable[[int], int] | None
    ) -> set[int]:
        """The set of these features' values in `memo` (`present`'s buckets, `_sums_of`'s packed
        values): one lookup a feature in C, then, for the features the memo lacks, their bucket
        (CRC-32 of the UTF-8, low `bits` bits) or `value(bucket)`, each kept. The memo is
        bounded (NET_FEATURE_CACHE), cleared when full: values already found stay in the set."""
        found = set(map(memo.get, names))
        if None in found:
            found.discard(None)
            mask = (1 << self.bits) - 1
            for name in names:
                if name not in memo:
                    if len(memo) >= NET_FEATURE_CACHE:
                        memo.clear()
                    bucket = zlib.crc32(name.encode()) & mask
                    found.add(memo.setdefault(name, bucket if value is None else value(bucket)))
        return found  # type: ignore[return-value]  # None was discarded

    def word_values(
        self, tokens: Sequence[Token], negations: frozenset[str], reach: int
    ) -> list[tuple[int, ...] | frozenset[int]]:
        """The packed values (`_sums_of`) of `features(tokens, (), negations, reach)`, two
        entries a position: its word and its pair with the word before in its clause, then its
        letter n-grams (kept per word; none for a number or an over-long word). Every feature of a position depends only on the tokens
        up to it, so the union of the first k positions' values is the set `_sums_of` reads for
        the first k tokens' features (`sums_of_values`); tests/test_speed18.py checks it."""
        marked = _marked(tokens, negations, reach)
        value, grams, get = self._value, self._grams, self._packed.get
        out: list[tuple[int, ...] | frozenset[int]] = []
        tick = TICK_MARK
        for i, word in enumerate(marked):
            if tokens[i].surface == tick:  # no word of the writer's (features)
                out.extend(((), _NO_VALUES))
                continue
            name = "w:" + word
            single = get(name) or value(name)  # (a value of 0, if any, is only made again)
            if i and tokens[i - 1].clause == tokens[i].clause and tokens[i - 1].surface != tick:
                name = f"b:{marked[i - 1]}_{word}"
                out.append((single, get(name) or value(name)))
            else:
                out.append((single,))
            token = tokens[i]
            if token.number is None and len(token.surface) <= NET_MAX_GRAM_WORD:
                found = grams.get(token.surface)
                if found is None:
                    if len(grams) >= NET_WORD_CACHE:
                        grams.clear()
                    found = grams[token.surface] = frozenset(
                        self._memoised(self._packed, _letter_grams(token.surface), self._pack)
                    )
                out.append(found)
            else:
                out.append(_NO_VALUES)
        return out

    def sums_of_values(self, values: set[int]) -> list[int]:
        """`_sums_of` for the set of the features' packed values (`word_values`)."""
        if len(values) >= PACK_MAX:  # a field could overflow: row by row
            return _sums(self._rows, {v & ((1 << PACK_LOW) - 1) for v in values})
        total = sum(values)
        bias = 128 * len(values)
        field = (1 << PACK_FIELD) - 1
        return [
            ((total >> (PACK_LOW + PACK_FIELD * c)) & field) - bias for c in range(len(self._rows))
        ]

    def _value(self, name: str) -> int:
        """One feature's packed value (`_pack`), kept in the same memo as `_memoised`'s."""
        found = self._packed.get(name)
        if found is None:
            if len(self._packed) >= NET_FEATURE_CACHE:
                self._packed.clear()
            bucket = zlib.crc32(name.encode()) & ((1 << self.bits) - 1)
            found = self._packed[name] = self._pack(bucket)
        return found

    def _pack(self, bucket: int) -> int:
        """A bucket with its weights packed above it (`_sums_of`): each class's weight plus 128
        in its PACK_FIELD-bit field above the low PACK_LOW bits."""
        value = bucket
        for c, row in enumerate(self._rows):
            value += (row[bucket] + 128) << (PACK_LOW + PACK_FIELD * c)
        return value

    def spread(self, maybe: Iterable[str]) -> tuple[list[int], list[int]]:
        """Per class, the most and the least that any subset of these features adds to its sum:
        its positive weights, and its negative weights (each bucket once)."""
        if self._signed is None:
            self._signed = self._split()
        found = self.present(maybe)
        positive, negative = self._signed
        return _sums(positive, found), _sums(negative, found)

    def spread_of_values(self, values: Iterable[int]) -> tuple[list[int], list[int]]:
        """`spread` of the features whose packed values (`_pack`) these are."""
        if self._signed is None:
            self._signed = self._split()
        low = (1 << PACK_LOW) - 1
        found = {v & low for v in values}
        positive, negative = self._signed
        return _sums(positive, found), _sums(negative, found)

    def may_raise(self, known: Iterable[str], spread: tuple[list[int], list[int]]) -> bool:
        """Whether `judge` could return a tier for a question whose features are `known` plus
        any subset of features whose `spread` is given. False is exact: each class's sum lies
        between the known features' sum plus the spread's negative and plus its positive part
        (a bucket both known and maybe only widens that); P(at least a tier) grows with that
        tier's and the more urgent classes' logits and falls with the others', so it is at most
        what the bounds give, and none of those reaches its tier's threshold. A batch's
        questions mostly name no symptom: this skips reading them in full (quiet.py)."""
        return self.sums_may_raise(
            self._sums_of(known if isinstance(known, list) else list(known)), spread
        )

    def sums_may_raise(self, sums: list[int], spread: tuple[list[int], list[int]]) -> bool:
        """`may_raise` for the known features' sums (`_sums_of`, `sums_of_values`)."""
        most, least = spread
        high: list[float] = []
        low: list[float] = []
        for c, base in enumerate(sums):
            up = self._bias[c] + self._scale[c] * (base + most[c])
            down = self._bias[c] + self._scale[c] * (base + least[c])
            high.append(max(up, down))
            low.append(min(up, down))
        top = max(high)
        # each class's two exponentials once (the tiers share them), summed in the same order
        # as before: the same floats, so the same answer to the bit
        ups = [math.exp(x - top) for x in high]
        downs = [math.exp(x - top) for x in low]
        thresholds = self.thresholds
        for tier, at in _TIER_CLASS:
            above = sum(ups[at:])
            below = sum(downs[:at])
            if above / (above + below) >= thresholds[tier] - BOUND_MARGIN:
                return True
        return False

    def _split(self) -> tuple[list[memoryview], list[memoryview]]:
        size = 1 << self.bits
        raw = bytes(self._weights.cast("B"))
        signed = []
        for table in (_POSITIVE, _NEGATIVE):
            weights = memoryview(raw.translate(table)).cast("b")
            signed.append([weights[c * size : (c + 1) * size] for c in range(len(CLASSES))])
        return signed[0], signed[1]

    def probabilities(self, names: Iterable[str]) -> dict[str, float]:
        """P(class) for every class of CLASSES."""
        present = self.present(names)
        # integer weights: the sum is exact in any order
        logits = [
            self._bias[c] + self._scale[c] * total
            for c, total in enumerate(_sums(self._rows, present))
        ]
        top = max(logits)
        exp = [math.exp(x - top) for x in logits]
        total = sum(exp)
        return {name: e / total for name, e in zip(CLASSES, exp, strict=True)}

    def judge(self, names: Iterable[str]) -> tuple[str, float] | None:
        """None unless P(at least soon) passes the soon threshold (which alone decides whether
        anything is flagged); then the most urgent tier whose P(at least this tier) passes its
        threshold, with that probability. Urgent and emergency thresholds may be lower than the
        soon one (chosen against under-triage: tools/train_redflag_net.py), so they move tiers
        only."""
        p = self.probabilities(names)
        at_least = 0.0
        cumulative = {}
        for tier in ("emergency", "urgent", "soon"):
            at_least += p[tier]
            cumulative[tier] = at_least
        if cumulative["soon"] < self.thresholds["soon"]:
            return None
        for tier in URGENCIES:  # most urgent first
            if cumulative[tier] >= self.thresholds[tier]:
                return tier, cumulative[tier]
        return None

    def sure_emergency(self, verdict: tuple[str, float] | None) -> bool:
        """Whether a verdict is an emergency as sure as any notice must be read: P(emergency)
        past the soon threshold, not only the lower emergency one, which moves tiers. The one
        test of "the check is sure of an emergency" (detect.py, beside_rules.py, denied.py)."""
        return (
            verdict is not None
            and verdict[0] == "emergency"
            and verdict[1] >= self.thresholds["soon"]
        )


def _sums(rows: Sequence[memoryview], buckets: set[int]) -> list[int]:
    """Each row's sum over these buckets. One itemgetter reads a row's weights in one C call
    (half the time of `sum(map(row.__getitem__, ...))` a row); integers, so exact in any order."""
    if len(buckets) < 2:  # itemgetter of one item returns it bare, of none is an error
        return [sum(map(row.__getitem__, buckets)) for row in rows]
    weights = itemgetter(*buckets)
    return [sum(weights(row)) for row in rows]


def load_net(data: bytes, name: str) -> Net:
    """The model in a model file's bytes; DataError naming the file when it is not one."""
    if not data.startswith(MAGIC):
        raise DataError(f"bundled data file {name}: not a backcare red-flag model")
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise DataError(f"bundled data file {name}: header line missing")
    try:
        meta = json.loads(data[len(MAGIC) : end].decode("utf-8"))
        bits = int(meta["bits"])
        if list(meta["classes"]) != list(CLASSES) or not 8 <= bits <= 24:
            raise ValueError("classes or bits not as this version reads them")
        for key in ("scale", "bias"):
            if len(meta[key]) != len(CLASSES):
                raise ValueError(f"{key} needs one value per class")
            [float(value) for value in meta[key]]  # numbers, or ValueError/TypeError here
        for tier in URGENCIES:
            float(meta["thresholds"][tier])
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(f"bundled data file {name}: bad header ({exc})") from None
    weights = memoryview(data)[end + 1 :].cast("b")  # no copy: the file's bytes are the weights
    if len(weights) != (1 << bits) * len(CLASSES):
        raise DataError(
            f"bundled data file {name}: {len(weights)} weights, expected {(1 << bits) * len(CLASSES)}"
        )
    return Net(meta, weights)
