"""Where a question's strong cues are not what it asks: said to be absent ("no sciatica or leg
symptoms"), denied ("why don't my erectors ever relax"), or said to be known or set aside ("I
understand why ..., but how do I loosen them"). Each reading gives the places of those cues among
the strong ones, from the stems and cue spans intent.Sense has read (pure: no I/O). Also where a
cue with a gap stands ("when can I ... after": gap_cue), and the words a question names that an
entry must name apart from its subject (a method's name, a verdict's "with" part: named_apart)."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

from backcare.engine.cues import Cues
from backcare.engine.tuning import OBJECT_REACH

METHOD_REACH = 2  # words before a method word that may name it ("the McKenzie method")

Spans = Sequence[tuple[int, int, tuple[str, bool]]]  # (first stem, length, (type, strong))


def absent_places(cues: Cues, stems: Sequence[str], spans: Spans) -> frozenset[int]:
    """The places, among a text's strong cues, of those that start up to `absent_reach` words
    after a word saying a thing is absent ("no sciatica or leg symptoms", "without any leg
    symptoms"), with no other cue between; never one starting with a question word."""
    absent = cues.absent
    if not absent or absent.isdisjoint(stems):
        return frozenset()
    found = set()
    end = 0
    strong = 0
    for first, size, (_, firm) in spans:
        if firm:
            reach = stems[max(end, first - cues.absent_reach) : first]
            if not absent.isdisjoint(reach) and stems[first] not in cues.leading:
                found.add(strong)
            strong += 1
        end = first + size
    return frozenset(found)


def absent_cue_places(cues: Cues, stems: Sequence[str], spans: Spans) -> frozenset[int]:
    """The places, among all of a text's cues, strong or weak, of those `absent_places` would read
    as said absent ("can chronic back pain waste the muscles even without leg symptoms"): when no
    strong cue is left to ask, the question asks by its other cues, never by these."""
    absent = cues.absent
    if not absent or absent.isdisjoint(stems):
        return frozenset()
    found = set()
    end = 0
    for place, (first, size, _) in enumerate(spans):
        reach = stems[max(end, first - cues.absent_reach) : first]
        if not absent.isdisjoint(reach) and stems[first] not in cues.leading:
            found.add(place)
        end = first + size
    return frozenset(found)


def mentioned_places(
    cues: Cues, stems: Sequence[str], spans: Spans, absent: frozenset[int]
) -> frozenset[int]:
    """The places, among a text's strong cues less the `absent` ones, of those that start with a
    question word up to `mentioned_reach` words after a word saying it is known or set aside ("I
    understand why", "forget how to"), when a later strong cue starts with a question word; not
    after "you" ("do you know why ..." asks why). Also those right after a word of contrast
    ("not how long it lasts - what causes it") when any later strong cue of another type asks."""
    known = cues.mentioned
    contrast = cues.contrast
    if known.isdisjoint(stems) and contrast.isdisjoint(stems):
        return frozenset()
    leads: list[tuple[int, bool]] = []  # (place among the strong cues kept, said to be known)
    kept: list[tuple[int, str]] = []  # (place among the strong cues kept, type), every one
    contrasted: list[tuple[int, str]] = []  # a question word's cue right after "not"
    end = 0
    strong = 0
    for first, size, (kind, firm) in spans:
        if firm:
            if strong not in absent:
                place = strong - sum(1 for i in absent if i < strong)
                kept.append((place, kind))
                if stems[first] in cues.leading:
                    start = max(end, first - cues.mentioned_reach)
                    at = max((i for i in range(start, first) if stems[i] in known), default=None)
                    said = at is not None and (
                        at == 0 or stems[at - 1] not in cues.mentioned_unless
                    )
                    leads.append((place, said))
                    if first > end and stems[first - 1] in contrast:
                        contrasted.append((place, kind))
            strong += 1
        end = first + size
    found = {
        place
        for k, (place, said) in enumerate(leads)
        if said and any(not later for _, later in leads[k + 1 :])
    }
    found.update(
        place
        for place, kind in contrasted
        if any(later > place and other != kind for later, other in kept)
    )
    return frozenset(found)


def denied_places(cues: Cues, stems: Sequence[str], spans: Spans) -> frozenset[int]:
    """The places, among a text's strong cues, of those a negation comes shortly before with no
    other cue, and no conjunction, between ("why don't my spinal erectors ever relax": "relax");
    never one starting with a question word."""
    negations = cues.negations
    if not negations or negations.isdisjoint(stems):
        return frozenset()
    denied = set()
    end = 0  # where the cue before ends: a negation before it denies that one, not this
    strong = 0
    for first, size, (_, firm) in spans:
        if firm:
            reach = stems[max(end, first - cues.negation_reach) : first]
            # a cue that starts with a question word asks ("... and what helps?"); a conjunction
            # after the negation starts another clause ("can't sit and ...")
            at = max((i for i, s in enumerate(reach) if s in negations), default=None)
            if (
                at is not None
                and stems[first] not in cues.leading
                and cues.clause_breaks.isdisjoint(reach[at:])
            ):
                denied.add(strong)
            strong += 1
        end = first + size
    return frozenset(denied)


def negated_spans(cues: Cues, stems: Sequence[str], spans: Spans) -> frozenset[int]:
    """The places, among all of a text's cues, of the weak ones a negation comes shortly before
    with no other cue, and no conjunction, between: "I don't want to pay every week" says what the
    asker will not do, and asks no price ("... so how do you relieve spinal tension at home")."""
    negations = cues.negations
    if not negations or negations.isdisjoint(stems):
        return frozenset()
    denied = set()
    end = 0
    for place, (first, size, (_, firm)) in enumerate(spans):
        reach = stems[max(end, first - cues.negation_reach) : first]
        at = max((i for i, s in enumerate(reach) if s in negations), default=None)
        if not firm and at is not None and cues.clause_breaks.isdisjoint(reach[at:]):
            denied.add(place)
        end = first + size
    return frozenset(denied)


def priced(cues: Cues, text: str, stems: Sequence[str], spans: Spans) -> frozenset[str]:
    """The price type (Cues.price_type) when a price sign stands right beside a figure ("a
    massage ball under $20", "20€"): a price named asks one, in whatever words; else nothing.
    Not in a text that asks by a question word's cue: the price is then its story's ("I paid
    £40 for a massage ..., how do I loosen them")."""
    if not cues.price_type or any(firm and stems[i] in cues.leading for i, _, (_, firm) in spans):
        return frozenset()
    for i, c in enumerate(text):
        if c in cues.price_signs and any(
            0 <= k < len(text) and text[k].isdigit() for k in (i - 1, i + 1)
        ):
            return frozenset({cues.price_type})
    return frozenset()


def asks_yes_no(cues: Cues, stems: Sequence[str]) -> bool:
    """Whether the stems are a yes/no question of three words or more ("is heat good", "can
    stress cause back pain"): one that may name what it asks a verdict or a cause on."""
    return len(stems) >= 3 and stems[0] in cues.yes_no


def verdict_place(cues: Cues, stems: Sequence[str], spans: Spans) -> int | None:
    """The place of the verdict word ("good", "effective") a yes/no question asks by, when it
    comes before any strong cue and two or more words in ("is apple cider vinegar a good home
    remedy": "good"; not "is it good", which names nothing); else None, and None for any
    other question ("what is a good home remedy")."""
    verdicts = cues.verdicts
    if not verdicts or verdicts.isdisjoint(stems) or not asks_yes_no(cues, stems):
        return None
    first_cue = next((first for first, _, (_, firm) in spans if firm), len(stems))
    return next((i for i in range(2, first_cue) if stems[i] in verdicts), None)


def gap_cue(
    cues: Cues, stems: Sequence[str], at: int, lengths: Mapping[str, Sequence[int]]
) -> tuple[int, str] | None:
    """The (length, type) of a gapped cue starting at a place (Cues.gapped: "when can i" with
    "after" up to gap_reach words on), or None; `lengths`: the lengths of the gapped cues
    starting with each stem, longest first."""
    for size in lengths.get(stems[at], ()):
        first = tuple(stems[at : at + size])
        spec = cues.gapped.get(first)
        if spec is not None and len(first) == size:
            closing, kind = spec
            if not closing.isdisjoint(stems[at + size : at + size + cues.gap_reach]):
                return size, kind
    return None


def named_apart(
    cues: Cues,
    stems: Sequence[str],
    typed: Sequence[str],
    not_subject: Container[str],
    spans: Spans,
) -> tuple[frozenset[str], ...]:
    """Groups of words (as typed) that an entry must each name by one of its words: a method's
    name, the words right before a method word back to the first that names no subject ("what
    is the McKenzie method": mckenzie; "what method helps": none); and what a yes/no question's
    verdict judges joined by "with" or "plus" ("is a hot bath with lavender oil good for back
    pain": lavender, oil; the bath alone is no answer)."""
    groups: list[frozenset[str]] = []
    method: set[str] = set()
    for start, end in _method_runs(cues, stems):
        for k in range(end - 1, start - 1, -1):
            if stems[k] in not_subject or stems[k] in cues.methods:
                break
            method.add(typed[k])
    if method:
        groups.append(frozenset(method))
    verdict = verdict_place(cues, stems, spans)
    if verdict is not None:
        joiner = next((i for i in range(1, verdict) if typed[i] in cues.joiners), None)
        joined = frozenset(
            typed[k]
            for k in range(joiner + 1 if joiner is not None else verdict, verdict)
            if stems[k] not in not_subject
        )
        if joined:
            groups.append(joined)
    return tuple(groups)


def _method_runs(cues: Cues, stems: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) of the METHOD_REACH places right before each method word ("the mckenzie"
    of "what is the McKenzie method"), where words naming it may stand."""
    methods = cues.methods
    if not methods or methods.isdisjoint(stems):
        return []
    return [(max(0, i - METHOD_REACH), i) for i, s in enumerate(stems) if s in methods and i]


def verdict_object(
    stems: Sequence[str], typed: Sequence[str], stopwords: frozenset[str]
) -> list[tuple[str, str]]:
    """The (stem, word) pairs a verdict link leads to ("is it ok to exercise with a sore back":
    exercise): from the first word that is no stop word to the next stop word, at most
    OBJECT_REACH."""
    taken: list[tuple[str, str]] = []
    for s, w in zip(stems, typed, strict=True):
        if w in stopwords:
            if taken:
                break
            continue
        taken.append((s, w))
        if len(taken) >= OBJECT_REACH:
            break
    return taken
